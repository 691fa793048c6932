/** Kind of each accepted `--flag value`. */
export type FlagSpec = Record<string, 'count' | 'number' | 'string'>;

/**
 * Parses `--name value` pairs against `spec`; throws an Error quoting the bad argument and
 * ending with `usage` on an unknown flag, a missing value or a malformed number.
 */
export function parseFlags(argv: readonly string[], spec: FlagSpec, usage: string): Map<string, string | number> {
  const values = new Map<string, string | number>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const kind = argv[i].startsWith('--') ? spec[name] : undefined;
    const raw = argv[i + 1];
    if (kind === undefined || raw === undefined) throw new Error(`unexpected argument "${argv[i]}"; ${usage}`);
    if (kind === 'string') {
      values.set(name, raw);
      continue;
    }
    const pattern = kind === 'count' ? /^\d+$/ : /^\d+(\.\d+)?$/;
    if (!pattern.test(raw)) {
      throw new Error(`--${name} must be a ${kind === 'count' ? 'whole' : 'positive'} number, got "${raw}"; ${usage}`);
    }
    values.set(name, Number(raw));
  }
  return values;
}

/** A numeric flag or its default. */
export function numberFlag(values: Map<string, string | number>, name: string, fallback: number): number {
  const value = values.get(name);
  return typeof value === 'number' ? value : fallback;
}
