import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, isMap, isScalar, isSeq, Scalar, YAMLMap } from 'yaml';
import type { TableInfo } from '../catalog';
import { seedTable } from '../engines';
import type { HiveType } from '../engines/hive-type';
import { plainValue } from '../engines/values';
import { StrataError } from '../errors';
import { readCsv } from '../project/csv-header';
import { readText } from '../project/read-text';
import { closest } from '../text/closest';
import { DEFAULT_TEST_TIMEOUT_SECONDS } from './test';
import { UnitTestContext } from './test-context';
import { runUnitTest } from './test-run';
import { columnType, writableColumns } from './test-rows';
import { jobTables, loadUnitTest } from './test-spec';
import { exactNumber } from './test-values';
import { writeFileAtomic } from './write-file-atomic';
import { loadWorkspace, type Workspace, type WorkspaceOptions } from './workspace';

/** Seed rows a skeleton gives per input table. */
export const SCAFFOLD_ROWS = 5;

export interface ScaffoldOptions extends WorkspaceOptions {
  job: string;
  /** The test's date (default: the newest `p_date` in the input seeds). */
  date?: string;
  /** Overwrite an existing test file. */
  force?: boolean;
}

export interface ScaffoldResult {
  /** Project-relative path of the written test file. */
  file: string;
  date?: string;
  given: { table: string; rows: number }[];
  expect: { table: string; rows: number }[];
}

/**
 * `strata test --scaffold JOB`: writes tests/<job>.yaml with a few seed rows of each input table
 * as `given` (rows of the test's date partition first) and, as `expect`, what the job makes of
 * them on DuckDB — marked for review, since that is what the job does, not what it should do.
 * Never overwrites a file without `force`; the file is written at once (temp file + rename).
 */
export async function scaffoldTest(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const ws = await loadWorkspace(options);
  const job = ws.files.find((wf) => wf.file.kind === 'job' && wf.file.name === options.job);
  if (!job) {
    const guess = closest(options.job, ws.files.filter((wf) => wf.file.kind === 'job').map((wf) => wf.file.name));
    throw new StrataError('usage', `'${options.job}' is not a job of this project${guess ? `; did you mean '${guess}'?` : ''}`);
  }
  const file = path.posix.join(ws.project.config.paths.tests, `${job.file.name}.yaml`);
  const absolute = path.join(ws.project.root, file);
  if (fs.existsSync(absolute) && !options.force) throw new StrataError('usage', `${file} already exists; pass --force to overwrite it`);
  const io = ws.jobs.get(job.file.path);
  const touched = jobTables(ws, job);
  const catalogInputs = (io?.reads ?? []).map((n) => ws.catalog.get(n)).filter((t): t is TableInfo => t !== undefined && !t.temporary);
  const connectorInputs = [...touched.temporary.values()].filter((t) => !touched.writes.has(t.name));
  const seeds = await seedRows(ws, [...catalogInputs, ...connectorInputs]);
  const date = options.date ?? newestDate(seeds);
  const doc = skeleton(job.file.name, date, seeds, [...touched.writes]);
  const draft = loadUnitTest(ws, file, doc.toString());
  if (!draft.test) throw new StrataError('usage', `cannot build a test from the seeds: ${draft.problems[0].message}`, { file: draft.problems[0].file, ...draft.problems[0].start });
  const context = new UnitTestContext(ws, DEFAULT_TEST_TIMEOUT_SECONDS * 1000);
  const run = await runUnitTest(ws, draft.test, context).finally(() => context.close());
  if (run.status === 'error') throw new StrataError('usage', `the job fails on its seed rows: ${run.problems[0].message}`, { file: run.problems[0].file, ...run.problems[0].start });
  const expect = doc.get('expect') as YAMLMap;
  for (const diff of run.tables) {
    const table = touched.temporary.get(diff.table) ?? ws.catalog.get(diff.table)!;
    expect.set(diff.table, flowRows(doc, table, diff.unexpected.map((r) => writableColumns(table).map((c) => r[c.name]))));
  }
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileAtomic(absolute, doc.toString({ lineWidth: 0, flowCollectionPadding: false }), file);
  const count = (section: unknown) => (isMap(section) ? section.items.map((p) => ({ table: String(p.key), rows: isSeq(p.value) ? p.value.items.length : 0 })) : []);
  return { file, date, given: count(doc.get('given')), expect: count(expect) };
}

/** Each input table with the rows of its seed file (values as text, empty fields as null; none without a seed). */
async function seedRows(ws: Workspace, inputs: TableInfo[]): Promise<{ table: TableInfo; rows: unknown[][] }[]> {
  const found: { table: TableInfo; rows: unknown[][] }[] = [];
  for (const table of inputs) {
    const seed = ws.project.seeds.find((s) => seedTable(ws.catalog, s)?.name === landedAs(ws, table).name);
    const read = seed ? await readText(path.join(ws.project.root, seed.path)) : undefined;
    if (!read || read.problem !== undefined) {
      found.push({ table, rows: [] });
      continue;
    }
    const csv = readCsv(read.text);
    const columns = writableColumns(table);
    const at = columns.map((c) => csv.columns.findIndex((h) => h.toLowerCase() === c.name));
    found.push({ table, rows: csv.records.map((r) => at.map((i) => (i < 0 || r.fields[i] === '' ? null : r.fields[i]))) });
  }
  return found;
}

/**
 * The catalog table whose seed feeds `table`: itself, or for a job's Kafka table the ODS table
 * landed from the same topic (its `source.topic` option); columns match by name.
 */
function landedAs(ws: Workspace, table: TableInfo): TableInfo {
  const topic = table.temporary ? table.options.topic?.toLowerCase() : undefined;
  return (topic && ws.catalog.tables().find((t) => t.options['source.topic']?.toLowerCase() === topic)) || table;
}

/** The newest `p_date` value in the seeds, the day a daily job would process. */
function newestDate(seeds: { table: TableInfo; rows: unknown[][] }[]): string | undefined {
  const dates = seeds.flatMap(({ table, rows }) => {
    const i = writableColumns(table).findIndex((c) => c.name === 'p_date');
    return i < 0 ? [] : rows.map((r) => String(r[i] ?? ''));
  });
  return dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().at(-1);
}

function skeleton(job: string, date: string | undefined, seeds: { table: TableInfo; rows: unknown[][] }[], writes: string[]): Document {
  const doc = new Document({ job, ...(date ? { date: Object.assign(new Scalar(date), { type: Scalar.QUOTE_SINGLE }) } : {}), given: {}, expect: {} });
  doc.commentBefore = [
    ` Written by \`strata test --scaffold ${job}\` from the seeds of the job's inputs.`,
    ' REVIEW the expected rows: they are what the job produced from these rows when this file was',
    ' written, not necessarily what it should produce. Trim the rows to the cases worth testing.',
  ].join('\n');
  const given = doc.get('given') as YAMLMap;
  for (const { table, rows } of seeds) {
    const i = writableColumns(table).findIndex((c) => c.name === 'p_date');
    const ranked = i < 0 || !date ? rows : [...rows.filter((r) => r[i] === date), ...rows.filter((r) => r[i] !== date)];
    given.set(table.name, flowRows(doc, table, ranked.slice(0, SCAFFOLD_ROWS)));
  }
  for (const name of writes) (doc.get('expect') as YAMLMap).set(name, doc.createNode([]));
  return doc;
}

/** Rows as YAML flow mappings (`- {a: 1, b: x}`), values typed as their columns say. */
function flowRows(doc: Document, table: TableInfo, rows: unknown[][]) {
  const columns = writableColumns(table);
  const seq = doc.createNode(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, yamlValue(columnType(c), plainValue(columnType(c), r[i]))]))));
  for (const item of seq.items) {
    (item as YAMLMap).flow = true;
    columns.forEach((c) => {
      const type = columnType(c);
      const value = (item as YAMLMap).get(c.name, true);
      // Cents stay visible (9.90, not 9.9); dates and times are quoted as in hand-written tests.
      if (isScalar(value) && type.kind === 'decimal' && typeof value.value === 'number') value.minFractionDigits = type.scale;
      if (isScalar(value) && typeof value.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.value)) value.type = 'QUOTE_SINGLE';
    });
  }
  return seq;
}

/** A plain value as YAML writes it best: numbers as numbers when exact, nested values recursively. */
function yamlValue(type: HiveType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type.kind === 'array' && Array.isArray(value)) return value.map((v) => yamlValue(type.element, v));
  if (type.kind === 'struct' && typeof value === 'object') {
    return Object.fromEntries(type.fields.map((f) => [f.name, yamlValue(f.type, (value as Record<string, unknown>)[f.name])]));
  }
  const numeric = type.kind === 'decimal' || (type.kind === 'scalar' && /INT|LONG|SHORT|BYTE|FLOAT|REAL|DOUBLE/.test(type.name));
  if (numeric && (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')) {
    const n = Number(value);
    return exactNumber(String(n)) === exactNumber(String(value)) ? n : String(value);
  }
  return value;
}
