import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';

/** Source-tree fixtures (tests run from dist/, fixtures are not compiled). */
export const fixtures = path.resolve(__dirname, '..', '..', '..', 'test', 'project', 'fixtures');

/** A throwaway project folder with the given files; `cleanup` removes it. */
export function tempProject(files: Record<string, string | Buffer>): { root: string; cleanup: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-project-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** The StrataError `fn` throws; fails the test when it does not throw one. */
export function caught(fn: () => unknown): StrataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StrataError) return e;
    throw e;
  }
  throw new Error('expected a StrataError');
}

/** `file:line:col  message` with 1-based line and column, as the CLI prints a located error. */
export function printed(e: StrataError): string {
  const at = e.location ? `${e.location.file}:${e.location.line + 1}:${e.location.character + 1}  ` : '';
  return at + e.message;
}
