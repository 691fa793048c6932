import * as path from 'node:path';

let root: string | undefined;

/**
 * The folder of the `@strata/core` package (its package.json, `dist/`), resolved by name rather
 * than from `__dirname`: the CLI ships core bundled into one file elsewhere (cli/dist/strata.js),
 * where `__dirname` is the bundle's folder. Where the name does not resolve (the VS Code
 * extension's server bundle has no node_modules; its bundler points `__dirname` at a copy of
 * core's layout), the folder two levels above this module's.
 */
export function packageRoot(): string {
  root ??= resolveRoot();
  return root;
}

function resolveRoot(): string {
  try {
    return path.dirname(require.resolve('@strata/core/package.json'));
  } catch {
    return path.resolve(__dirname, '..', '..');
  }
}
