import { StrataError } from '../errors';
import { isCalendarDate } from '../project';

/** Longest `--from`/`--to` range, a guard against a typo in the year. */
export const MAX_RUN_DAYS = 3660;

/** The run dates, in order: `--date D`, or every day from `--from` to `--to` inclusive. */
export function runDates(options: { date?: string; from?: string; to?: string }): string[] {
  const { date, from, to } = options;
  if (date !== undefined && (from !== undefined || to !== undefined)) throw new StrataError('usage', 'give either --date D or --from D1 --to D2, not both');
  if (date !== undefined) return [checked('--date', date)];
  if (from === undefined || to === undefined) throw new StrataError('usage', from === undefined && to === undefined ? 'give the run date: --date D, or --from D1 --to D2 for a range' : `--${from === undefined ? 'from' : 'to'} is missing: a range needs both --from D1 and --to D2`);
  const first = Date.parse(`${checked('--from', from)}T00:00:00Z`);
  const last = Date.parse(`${checked('--to', to)}T00:00:00Z`);
  if (first > last) throw new StrataError('usage', `--from ${from} is after --to ${to}; swap them`);
  const days = (last - first) / 86_400_000 + 1;
  if (days > MAX_RUN_DAYS) throw new StrataError('usage', `--from ${from} --to ${to} spans ${days} days; run at most ${MAX_RUN_DAYS} at once`);
  return Array.from({ length: days }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

function checked(flag: string, value: string): string {
  if (!isCalendarDate(value)) throw new StrataError('usage', `${flag} ${value}: not a valid date (expected yyyy-MM-dd, e.g. 2026-11-25)`);
  return value;
}
