import { StrataError } from '../errors';
import { VAR_NAME_PATTERN } from './config-schema';

/**
 * Parses repeated `--var k=v` flags into overrides. Values are checked later, against the
 * variable's declared format, by `resolveVariables`.
 */
export function parseVarFlags(flags: readonly string[] = []): Record<string, string> {
  const vars: Record<string, string> = {};
  const namePattern = new RegExp(VAR_NAME_PATTERN);
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 0) {
      throw new StrataError('usage', `--var ${flag}: missing '='; write --var name=value, e.g. --var date=2026-11-25`);
    }
    const name = flag.slice(0, eq).trim();
    if (!namePattern.test(name)) {
      throw new StrataError('usage', `--var ${flag}: '${name}' is not a variable name; use lower-case letters, digits and _ (starting with a letter or _)`);
    }
    if (name in vars && vars[name] !== flag.slice(eq + 1)) {
      throw new StrataError('usage', `--var ${flag}: '${name}' is already set to '${vars[name]}'; pass it once`);
    }
    vars[name] = flag.slice(eq + 1);
  }
  return vars;
}
