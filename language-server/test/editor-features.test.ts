import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';
import { caret } from './caret';

const LIVE = path.resolve(__dirname, '../../../examples/live');
const RANK_JOB = path.join(LIVE, 'jobs/ads_live_room_rank_1d.sql');
const ROOM_JOB = path.join(LIVE, 'jobs/dws_live_room_1d.sql');
const rankText = readFileSync(RANK_JOB, 'utf8');

interface Report {
  kind: 'full' | 'unchanged';
  resultId?: string;
  items?: unknown[];
}

/** The rank job with `marker` replaced by `replacement`, the caret at its `|`. */
function rankJobWith(marker: string, replacement: string) {
  assert.ok(rankText.includes(marker), `fixture lost '${marker}'`);
  return caret(rankText.replace(marker, replacement));
}

describe('language server over stdio: signature help, function hover, code lenses, front matter', function () {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(LIVE);
    await client.indexed();
  });
  after(() => client.stop());

  it('helps with the signature of the call around the caret', async () => {
    const { text, position } = rankJobWith("coalesce(a.anchor_name, 'unknown')", "coalesce(a.anchor_name, |'unknown')");
    await client.open(uri(RANK_JOB), text);
    const help = await client.request<{ signatures: { label: string }[]; activeSignature: number; activeParameter: number }>('textDocument/signatureHelp', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.deepEqual(help, {
      signatures: [{ label: 'coalesce(expr1, expr2, ...)', documentation: 'First argument that is not null.', parameters: [{ label: [9, 14] }, { label: [16, 21] }, { label: [23, 26] }] }],
      activeSignature: 0,
      activeParameter: 1,
    });
  });

  it('hovers a function name with its signature and doc', async () => {
    const { text, position } = rankJobWith("coalesce(a.anchor_name, 'unknown')", "coal|esce(a.anchor_name, 'unknown')");
    await client.change(uri(RANK_JOB), text);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.equal(hover.contents.value, '```sql\ncoalesce(expr1, expr2, ...)\n```\nFirst argument that is not null.');
  });

  it('puts Dry-run above the first INSERT of a job, and Run tests when tests/*.yaml name the job', async () => {
    await client.change(uri(RANK_JOB), rankText);
    const rank = await client.request('textDocument/codeLens', { textDocument: { uri: uri(RANK_JOB) } });
    const at41 = { start: { line: 41, character: 0 }, end: { line: 41, character: 0 } };
    assert.deepEqual(rank, [
      { range: at41, command: { title: 'Dry-run', command: 'strata.dryRun', arguments: [uri(RANK_JOB)] } },
      { range: at41, command: { title: 'Run 1 test', command: 'strata.runTests', arguments: ['ads_live_room_rank_1d'] } },
    ]);
    await client.open(uri(ROOM_JOB), readFileSync(ROOM_JOB, 'utf8'));
    const room = await client.request('textDocument/codeLens', { textDocument: { uri: uri(ROOM_JOB) } });
    // WITH ... INSERT: the lens goes on the INSERT line, not on WITH.
    const at67 = { start: { line: 67, character: 0 }, end: { line: 67, character: 0 } };
    assert.deepEqual(room, [
      { range: at67, command: { title: 'Dry-run', command: 'strata.dryRun', arguments: [uri(ROOM_JOB)] } },
      { range: at67, command: { title: 'Run 1 test', command: 'strata.runTests', arguments: ['dws_live_room_1d'] } },
    ]);
    const table = uri(path.join(LIVE, 'tables/dws/dws_live_room_1d.sql'));
    await client.open(table, readFileSync(path.join(LIVE, 'tables/dws/dws_live_room_1d.sql'), 'utf8'));
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: table } }), []);
  });

  it('completes front-matter keys of a job, and values of an enumerated key', async () => {
    const { text, position } = rankJobWith('type: batch\n', 'type: batch\nret|\n');
    await client.change(uri(RANK_JOB), text);
    const keys = await client.request<{ items: { label: string; detail: string }[] }>('textDocument/completion', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.deepEqual(keys.items.map((i) => i.label), ['type', 'dialect', 'schedule', 'vars', 'retries', 'timeout', 'depends_on', 'owner', 'description', 'tags']);
    const typed = rankJobWith('type: batch\n', 'type: |\n');
    await client.change(uri(RANK_JOB), typed.text);
    const values = await client.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: uri(RANK_JOB) }, position: typed.position });
    assert.deepEqual(values.items.map((i) => i.label), ['batch', 'streaming']);
  });

  it('offers to qualify a column of a join and to expand a star, next to the lint fixes', async () => {
    const file = uri(path.join(LIVE, 'jobs/scratch_rewrites.sql'));
    const text = "SELECT gift_name, r.*\nFROM dim.dim_gift_df AS g\nJOIN dim.dim_live_room_df AS r ON g.p_date = r.p_date\nWHERE g.p_date = '${date}'\n";
    await client.open(file, text);
    const at = (line: number, character: number) => ({ textDocument: { uri: file }, range: { start: { line, character }, end: { line, character } }, context: { diagnostics: [] } });
    type Action = { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } };
    const shown = (actions: Action[]) => actions.map((a) => `${a.kind}: ${a.title} → ${a.edit.changes[file].map((e) => e.newText).join()}`);
    assert.deepEqual(shown(await client.request<Action[]>('textDocument/codeAction', at(0, 8))), ["quickfix: Qualify 'gift_name' as 'g.gift_name' → g.gift_name"]);
    assert.deepEqual(shown(await client.request<Action[]>('textDocument/codeAction', at(0, 20))), [
      "refactor.rewrite: Expand 'r.*' to 10 columns → r.room_id, r.anchor_id, r.anchor_name, r.guild_id, r.room_title, r.category, r.room_tags, r.create_date, r.is_valid, r.p_date",
    ]);
  });

  it('answers empty results for documents it does not know or cannot read, and stays up', async () => {
    const unknown = { textDocument: { uri: uri(path.join(LIVE, 'jobs/never_opened.sql')) }, position: { line: 0, character: 3 } };
    assert.equal(await client.request('textDocument/signatureHelp', unknown), null);
    assert.deepEqual(await client.request('textDocument/codeLens', unknown), []);
    const binary = uri(path.join(LIVE, 'jobs/scratch_binary.sql'));
    await client.open(binary, '/*---\n\u0000\u0001type: \u00ff\n---*/\nSELECT nvl(\u0000, (\n');
    const at = (line: number, character: number) => ({ textDocument: { uri: binary }, position: { line, character } });
    assert.equal((await client.request<{ activeParameter: number } | null>('textDocument/signatureHelp', at(4, 13)))?.activeParameter, 1);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: binary } }), []);
    assert.deepEqual(await client.request<{ items: unknown[] }>('textDocument/completion', at(2, 0)).then((l) => l.items.length), 10);
  });
});

describe('language server over stdio: pulled diagnostics', function () {
  let pusher: LspClient;
  let puller: LspClient;
  const refreshes: number[] = [];
  const file = uri(path.join(LIVE, 'jobs/scratch_pull.sql'));
  const broken = "select gift_idd from dim.dim_gift_df where p_date = '${date}'\n";

  before(async () => {
    pusher = new LspClient();
    puller = new LspClient();
    puller.connection.onRequest('workspace/diagnostic/refresh', () => void refreshes.push(Date.now()));
    await pusher.initialize(LIVE);
    const capabilities = await puller.initialize(LIVE, { diagnostic: { dynamicRegistration: false } });
    assert.deepEqual(capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
    await Promise.all([pusher.indexed(), puller.indexed()]);
  });
  after(() => Promise.all([pusher.stop(), puller.stop()]));

  const pull = (previousResultId?: string) => puller.request<Report>('textDocument/diagnostic', { textDocument: { uri: file }, previousResultId });

  it('answers the pushed diagnostics (source, code, docs link) with a result id, and pushes nothing to that client', async () => {
    await pusher.open(file, broken);
    await puller.open(file, broken);
    const pushed = await pusher.published(file);
    const report = await pull();
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items, pushed);
    assert.deepEqual(pushed.map((d) => [d.source, d.code, d.codeDescription?.href.replace(/^.*#/, '#')]), [
      ['strata', 'ST01', '#st01-keyword-case'],
      ['strata', 'SE02', '#se02-unknown-column'],
      ['strata', 'ST01', '#st01-keyword-case'],
      ['strata', 'ST01', '#st01-keyword-case'],
    ]);
    // A request answered after the pull: any push scheduled by the open would have arrived before it.
    await puller.request('textDocument/hover', { textDocument: { uri: file }, position: { line: 0, character: 0 } });
    assert.equal(puller.diagnostics.has(file), false);
  });

  it('answers unchanged for the same result id until the document changes', async () => {
    const first = await pull();
    assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await puller.change(file, "SELECT gift_id FROM dim.dim_gift_df WHERE p_date = '${date}'\n");
    const fixed = await pull(first.resultId);
    assert.deepEqual(fixed.items, []);
    assert.notEqual(fixed.resultId, first.resultId);
  });

  it('asks the client to pull again when a table changes', async () => {
    const table = path.join(LIVE, 'tables/dim/dim_gift_df.sql');
    const before = refreshes.length;
    await puller.open(uri(table), readFileSync(table, 'utf8').replace('gift_name', 'gift_title'));
    // The client pulls the edited table, which indexes the edit: the jobs reading it may have changed.
    await puller.request('textDocument/diagnostic', { textDocument: { uri: uri(table) } });
    // A request answered after that: the refresh, asked for on the next turn, came before it.
    await puller.request('workspace/symbol', { query: 'nothing-matches' });
    assert.equal(refreshes.length, before + 1);
    assert.equal(puller.diagnostics.size, 0);
  });
});
