import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkspace } from '@strata/core';
import { LspClient, uri } from '@strata/language-server/dist/src/stdio-client';
import { numberFlag, parseFlags } from '../args';
import { generateProject } from '../generate';
import { elapsedMs } from '../measure';
import type { BenchResult, Cell } from '../report';
import { jsonSchema, PACKAGE, SqlLanguageServer, sqlLanguageServerCli } from '../sql-language-server';

const USAGE = 'usage: npm run bench -- lsp [--tables N] [--jobs N] [--seed S] [--requests N] [--edits N] [--cpu-prof DIR]';

interface Settings {
  tables: number;
  jobs: number;
  seed: number;
  requests: number;
  edits: number;
  /** Node flags of our server: `--cpu-prof` into a folder when asked. */
  serverArgs: string[];
}

/** A generated job with a FROM table under a one-letter alias, and where things are in it. */
interface Target {
  uri: string;
  text: string;
  /** Offset just after `alias.` of the first qualified column. */
  afterAlias: number;
  /** Offset inside the FROM table's name. */
  inTable: number;
  /** The FROM table's bare name. */
  bare: string;
  /** The FROM table's file. */
  tableFile: string;
}

type Position = { line: number; character: number };

/** Indexing 10,000 tables on a busy machine takes longer than a test's 20 s wait. */
const INDEX_TIMEOUT_MS = 600_000;

function settings(args: readonly string[]): Settings {
  const values = parseFlags(args, { tables: 'count', jobs: 'count', seed: 'count', requests: 'count', edits: 'count', 'cpu-prof': 'string' }, USAGE);
  const profile = values.get('cpu-prof');
  return {
    tables: numberFlag(values, 'tables', 10000),
    jobs: numberFlag(values, 'jobs', 2000),
    seed: numberFlag(values, 'seed', 1),
    requests: Math.max(1, numberFlag(values, 'requests', 1000)),
    edits: Math.max(1, numberFlag(values, 'edits', 50)),
    serverArgs: typeof profile === 'string' ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [],
  };
}

/** The first job (by name) reading `db.table alias` whose alias qualifies a column. */
function pickTarget(root: string): Target {
  for (const name of fs.readdirSync(path.join(root, 'jobs')).sort()) {
    const text = fs.readFileSync(path.join(root, 'jobs', name), 'utf8');
    const from = /\bFROM ([a-z0-9_]+)\.([a-z0-9_]+) ([a-z])\b/.exec(text);
    const column = from && new RegExp(`\\b${from[3]}\\.[a-z_]`).exec(text);
    if (from && column) {
      const tableFile = path.join(root, 'tables', from[1], `${from[2]}.sql`);
      const inTable = from.index + 5 + from[1].length + 1 + 4;
      return { uri: uri(path.join(root, 'jobs', name)), text, afterAlias: column.index + 2, inTable, bare: from[2], tableFile };
    }
  }
  throw new Error(`no job in ${root} reads a table under a one-letter alias`);
}

function position(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** p50 and p99 of `count` sequential requests, in milliseconds, and what the last one answered. */
async function latency(count: number, send: () => Promise<unknown>): Promise<{ p50: number; p99: number; answer: string }> {
  const samples: number[] = [];
  let last: unknown;
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    last = await send();
    samples.push(elapsedMs(started));
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p99: at(0.99), answer: describe(last) };
}

/** A short description of a response, so a figure measured on empty answers shows it. */
function describe(response: unknown): string {
  if (response === null || response === undefined) return 'nothing';
  if (Array.isArray(response)) return `${response.length} items`;
  const r = response as { items?: unknown[]; contents?: { value: string }; uri?: string; range?: { start: Position } };
  if (r.items) return `${r.items.length} items`;
  if (r.contents) return `${r.contents.value.length} chars`;
  if (r.uri && r.range) return `${path.basename(r.uri)}:${r.range.start.line + 1}`;
  return 'answered';
}

/** Resident memory of a process from /proc, in MB (Linux). */
function rssMb(pid: number | undefined): number {
  const status = pid === undefined ? '' : fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

async function measureServer(root: string, s: Settings): Promise<Record<string, Cell>[]> {
  const client = new LspClient(undefined, s.serverArgs);
  try {
    const target = pickTarget(root);
    const started = process.hrtime.bigint();
    await client.initialize(root);
    // Open a job and complete at once, while the project is still indexing: the open file comes first.
    const opened = process.hrtime.bigint();
    await client.open(target.uri, target.text);
    await client.request('textDocument/completion', { textDocument: { uri: target.uri }, position: position(target.text, target.afterAlias) });
    const firstCompletion = elapsedMs(opened);
    await client.indexed(1, INDEX_TIMEOUT_MS);
    const indexMs = elapsedMs(started);
    const rows: Record<string, Cell>[] = [
      { measure: 'index (cold: process start to indexed)', ms: indexMs },
      { measure: 'first completion (from didOpen, while indexing)', ms: firstCompletion },
    ];
    const at = (offset: number) => ({ textDocument: { uri: target.uri }, position: position(target.text, offset) });
    const scratch = scratchOf(root, target);
    await client.open(uri(scratch.file), scratch.text);
    const timed = async (measure: string, send: () => Promise<unknown>) => rows.push({ measure, ...(await latency(s.requests, send)) });
    for (const [measure, request] of completionRequests(target, scratch)) await timed(measure, () => client.request('textDocument/completion', request));
    await timed('hover on a column (lineage)', () => client.request('textDocument/hover', at(target.afterAlias + 1)));
    await timed('definition of a table', () => client.request('textDocument/definition', at(target.inTable)));
    rows.push({ measure: 'diagnostics after an edit', ...(await diagnosticsLatency(client, target.uri, target.text, s.edits)) });
    // A table edit rebuilds the catalog and re-checks the jobs using the table.
    const tableText = fs.readFileSync(target.tableFile, 'utf8');
    await client.open(uri(target.tableFile), tableText);
    rows.push({ measure: 'diagnostics after a table edit', ...(await diagnosticsLatency(client, uri(target.tableFile), tableText, Math.min(s.edits, 20))) });
    rows.push({ measure: 'server RSS (MB)', ms: rssMb(client.pid) });
    return rows;
  } finally {
    await client.stop();
  }
}

/** A scratch job naming a table by an 8-letter prefix of the target's table, caret at its end. */
interface Scratch {
  file: string;
  text: string;
}

function scratchOf(root: string, target: Target): Scratch {
  return { file: path.join(root, 'jobs', 'bench_scratch.sql'), text: `SELECT *\nFROM ${target.bare.slice(0, 8)}` };
}

/** The completion requests both servers get: columns after `alias.`, tables by prefix. */
function completionRequests(target: Target, scratch: Scratch): [string, unknown][] {
  return [
    ['column completion after alias.', { textDocument: { uri: target.uri }, position: position(target.text, target.afterAlias) }],
    [`table completion, prefix '${target.bare.slice(0, 8)}'`, { textDocument: { uri: uri(scratch.file) }, position: position(scratch.text, scratch.text.length) }],
  ];
}

/** A second start on the same project: the persisted cache the first start wrote. */
async function measureWarm(root: string): Promise<Record<string, Cell>> {
  const client = new LspClient();
  try {
    const started = process.hrtime.bigint();
    await client.initialize(root);
    await client.indexed(1, INDEX_TIMEOUT_MS);
    return { measure: 'index (warm: second start, persisted cache)', ms: elapsedMs(started) };
  } finally {
    await client.stop();
  }
}

/** The same completion requests to sql-language-server, given the project's tables as its JSON schema. */
async function measureBaseline(root: string, s: Settings): Promise<Record<string, Cell>[]> {
  let cli: string;
  try {
    cli = sqlLanguageServerCli();
  } catch (error) {
    return [{ measure: `sql-language-server: not run (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` }];
  }
  const ws = await loadWorkspace({ project: root, cwd: root });
  const server = new SqlLanguageServer(cli, root, jsonSchema(ws.catalog));
  try {
    await server.ready;
    const target = pickTarget(root);
    const scratch = scratchOf(root, target);
    await server.open(fileURLToPath(target.uri), target.text);
    await server.open(scratch.file, scratch.text);
    const rows: Record<string, Cell>[] = [];
    for (const [measure, request] of completionRequests(target, scratch)) rows.push({ measure: `sql-language-server: ${measure}`, ...(await latency(s.requests, () => server.request('textDocument/completion', request))) });
    rows.push({ measure: 'sql-language-server: hover', answer: 'no hover provider' });
    rows.push({ measure: 'sql-language-server: RSS (MB)', ms: rssMb(server.pid) });
    return rows;
  } finally {
    server.stop();
  }
}

/** From sending an edit of a document to receiving the diagnostics it causes. */
function diagnosticsLatency(client: LspClient, documentUri: string, text: string, edits: number): ReturnType<typeof latency> {
  let n = 0;
  return latency(edits, async () => {
    await client.change(documentUri, `${text}-- edit ${++n}\n`);
    return client.published(documentUri);
  });
}

/** `npm run bench -- lsp`: the language server over stdio on a generated project. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const s = settings(args);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-lsp-'));
  try {
    generateProject({ tables: s.tables, jobs: s.jobs, seed: s.seed, out });
    return {
      name: 'lsp',
      params: { tables: s.tables, jobs: s.jobs, seed: s.seed, requests: s.requests, edits: s.edits },
      columns: ['measure', 'ms', 'p50', 'p99', 'answer'],
      rows: [...(await measureServer(out, s)), await measureWarm(out), ...(await measureBaseline(out, s))],
      notes: [
        'one server process over stdio (bin/server.js --stdio), driven by a JSON-RPC client; requests are sequential',
        'p50/p99 in ms over --requests requests each (diagnostics: over --edits edits); answer: what the last request returned; RSS read from /proc after the run',
        'index: process start to the end of indexing progress; cold builds and writes the persisted cache (.strata/cache), warm is a second process on the unchanged project',
        `baseline: npm ${PACKAGE} over stdio, its JSON schema holding the same tables; same documents, same completion requests; it has no hover provider`,
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
