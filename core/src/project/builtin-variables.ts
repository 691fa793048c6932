/** How a variable's value is checked before it may reach SQL. */
export interface ValueRule {
  /** Undefined when the value is acceptable, else why not (without the value itself). */
  problem(value: string): string | undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date: `2026-02-30` is refused, `2028-02-29` accepted. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The variables every job has. `date_nodash` is derived from `date` and cannot be set on its own. */
export const BUILTIN_VARIABLES: Record<string, ValueRule & { derived?: boolean }> = {
  date: { problem: (v) => (isCalendarDate(v) ? undefined : 'not a valid date (expected yyyy-MM-dd)') },
  date_nodash: {
    derived: true,
    problem: (v) => (/^\d{8}$/.test(v) && isCalendarDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`) ? undefined : 'not a valid date (expected yyyyMMdd)'),
  },
  hour: { problem: (v) => (/^([01]\d|2[0-3])$/.test(v) ? undefined : 'not a valid hour (expected 00-23)') },
};

/**
 * Values without a declared pattern may hold only characters that cannot end a string literal,
 * start a comment or a new statement — so substituting them never changes what the SQL means.
 */
const SAFE_VALUE = /^[A-Za-z0-9_.:,+\-/@ ]*$/;

export const SAFE_VALUE_RULE: ValueRule = {
  problem: (v) =>
    SAFE_VALUE.test(v) && !v.includes('--')
      ? undefined
      : 'not a safe value (use letters, digits, spaces and _ . : , + - / @, or declare a pattern for it in strata.yaml vars)',
};

/** A rule from a declared `pattern` (the whole value must match). */
export function patternRule(pattern: string): ValueRule {
  const re = new RegExp(`^(?:${pattern})$`, 'u');
  return { problem: (v) => (re.test(v) ? undefined : `does not match the declared pattern '${pattern}'`) };
}

/** yyyy-MM-dd of the local calendar day before `now` (scheduler convention: jobs process yesterday). */
export function yesterday(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
