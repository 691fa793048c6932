import * as path from 'node:path';

let root: string | undefined;

/**
 * The folder of the `@strata/core` package (its package.json, `dist/`), resolved by name rather
 * than from `__dirname`: the CLI ships core bundled into one file elsewhere (cli/dist/strata.js),
 * where `__dirname` is the bundle's folder.
 */
export function packageRoot(): string {
  root ??= path.dirname(require.resolve('@strata/core/package.json'));
  return root;
}
