import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Cell = string | number;

/** What a benchmark returns; the reporter prints it as a table and saves it as JSON. */
export interface BenchResult {
  name: string;
  /** Parameters of the run (sizes, seeds, budgets), recorded with the figures. */
  params: Record<string, Cell | boolean>;
  /** Column order of the printed table. */
  columns: string[];
  rows: Record<string, Cell>[];
  /** One-line remarks printed under the table (what a ratio means, caveats). */
  notes: string[];
}

/** Where results go: bench/results, git-ignored. */
export const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'results');

function formatCell(value: Cell | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

/** The result as an aligned text table with its notes. */
export function formatTable(result: BenchResult): string {
  const cells = result.rows.map((row) => result.columns.map((c) => formatCell(row[c])));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]): string => values.map((v, i) => v.padStart(widths[i])).join('  ').trimEnd();
  return [
    `${result.name}  ${Object.entries(result.params).map(([k, v]) => `${k}=${v}`).join(' ')}`,
    line(result.columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    ...result.notes.map((note) => `* ${note}`),
  ].join('\n');
}

/** Writes `<dir>/<name>-<timestamp>.json` with the result and the machine it ran on; returns the path. */
export function saveResult(result: BenchResult, dir: string = RESULTS_DIR, now: Date = new Date()): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${result.name}-${stamp}.json`);
  const machine = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.cpus().length };
  fs.writeFileSync(file, `${JSON.stringify({ ...result, date: now.toISOString(), machine }, null, 2)}\n`);
  return file;
}
