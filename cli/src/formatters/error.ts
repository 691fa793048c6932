import { StrataError } from '@strata/core';

/** One line for a user-facing error; the stack only with `--debug`. */
export function formatError(err: Error, debug: boolean): string {
  if (err instanceof StrataError) {
    const where = err.location ? `${err.location.file}:${err.location.line + 1}:${err.location.character + 1}  ` : '';
    const line = `${where}error  ${err.message}`;
    return debug && err.stack ? `${line}\n${err.stack}` : line;
  }
  if (debug) return err.stack ?? err.message;
  return `error  internal error: ${err.message.split('\n')[0]} (re-run with --debug for details, and please report it)`;
}
