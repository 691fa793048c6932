import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';

/** The project generator of the benchmarks (built with the repository). */
const GENERATE = path.resolve(__dirname, '../../../bench/dist/src/generate.js');

interface List {
  items: { label: string }[];
}

describe('language server over stdio: requests while a big project indexes', function () {
  let root: string;
  let client: LspClient;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-indexing-'));
    const run = spawnSync(process.execPath, [GENERATE, '--tables', '2000', '--jobs', '400', '--seed', '7', '--out', root], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    client = new LspClient();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers completion and hover on the open file in the middle of indexing, before it ends', async () => {
    await client.initialize(root);
    const job = path.join(root, 'jobs', fs.readdirSync(path.join(root, 'jobs')).sort()[0]);
    const text = fs.readFileSync(job, 'utf8');
    await client.open(uri(job), text);
    const events: string[] = [];
    const indexed = client.indexed().then(() => events.push('indexing ended'));
    // Once files are being parsed (the longest stage), well inside indexing.
    await client.progressed((p) => p.some((v) => v.kind === 'report' && v.message?.startsWith('parsing files and analysing jobs') === true));
    const line = text.split('\n').findIndex((l) => l.includes('sum('));
    const character = text.split('\n')[line].indexOf('sum(') + 1;
    const [list, hover] = await Promise.all([
      client.request<List>('textDocument/completion', { textDocument: { uri: uri(job) }, position: { line, character: 0 } }),
      client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uri(job) }, position: { line, character } }),
    ]);
    events.push('answered');
    await indexed;
    assert.deepEqual(events, ['answered', 'indexing ended']);
    const reports = client.progress.filter((v) => v.kind === 'report').map((v) => v.percentage!);
    assert.deepEqual(reports, [...reports].sort((a, b) => a - b), 'percentages only grow');
    // Served standalone meanwhile: the script's own names, functions and keywords.
    assert.ok(list.items.some((i) => i.label === 'date_format') && list.items.some((i) => i.label === 'SELECT'));
    assert.equal(hover?.contents.value, '```sql\nsum(expr) → numeric\n```\nSum of the non-null values.');
  });

  it('serves the indexed project afterwards', async () => {
    const job = path.join(root, 'jobs', fs.readdirSync(path.join(root, 'jobs')).sort()[0]);
    const text = fs.readFileSync(job, 'utf8');
    const from = /FROM ([a-z0-9_]+\.[a-z0-9_]+) a\n/.exec(text)!;
    const at = text.indexOf('a.', from.index - 200) + 2;
    const before = text.slice(0, at).split('\n');
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: uri(job) }, position: { line: before.length - 1, character: before[before.length - 1].length } });
    const ddl = fs.readFileSync(path.join(root, 'tables', ...from[1].split('.')) + '.sql', 'utf8');
    const declared = [...ddl.matchAll(/^ {2}([a-z_0-9]+) /gm)].map((m) => m[1]);
    assert.deepEqual(list.items.map((i) => i.label).sort(), [...declared, 'p_date'].sort());
  });
});
