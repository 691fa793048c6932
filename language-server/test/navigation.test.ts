import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';

const LIVE = path.resolve(__dirname, '../../../examples/live');
const RANK_JOB = path.join(LIVE, 'jobs/ads_live_room_rank_1d.sql');
const rankText = readFileSync(RANK_JOB, 'utf8');

interface Location {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** `file:line:character` of a location, the file relative to the project. */
function at(l: Location): string {
  return `${path.relative(LIVE, new URL(l.uri).pathname)}:${l.range.start.line}:${l.range.start.character}`;
}

/** The position of `marker`'s `|` in the rank job. */
function positionOf(marker: string) {
  const plain = marker.replace('|', '');
  const offset = rankText.indexOf(plain) + marker.indexOf('|');
  assert.ok(rankText.includes(plain), `fixture lost '${plain}'`);
  const before = rankText.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server over stdio: navigation and edits on examples/live', function () {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(LIVE);
    await client.indexed();
    await client.open(uri(RANK_JOB), rankText);
  });
  after(() => client.stop());

  it('finds every reference to a table across jobs and table files', async () => {
    const textDocument = { uri: uri(RANK_JOB) };
    const position = positionOf('LEFT JOIN dim.dim_live_an|chor_df AS a');
    const found = await client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
    assert.deepEqual(found.map(at).sort(), [
      'jobs/ads_live_anchor_income_1d.sql:30:10',
      'jobs/ads_live_room_rank_1d.sql:53:10',
      'jobs/dim_live_anchor_df.sql:9:23',
      'jobs/dws_live_anchor_1d.sql:50:12',
      'tables/dim/dim_live_anchor_df.sql:11:27',
    ]);
    const uses = await client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: false } });
    assert.equal(uses.length, 4);
  });

  it('finds where a column is read and written across the project, from a reference, its DDL or an INSERT alias', async () => {
    const everywhere = [
      'tables/dws/dws_live_room_1d.sql:24:2',
      'jobs/ads_live_overview_1d.sql:15:8',
      'jobs/ads_live_room_rank_1d.sql:17:4',
      'jobs/ads_live_room_rank_1d.sql:18:55',
      'jobs/ads_live_room_rank_1d.sql:24:23',
      'jobs/ads_live_room_rank_1d.sql:34:6',
      'jobs/ads_live_room_rank_1d.sql:36:42',
      'jobs/ads_live_room_rank_1d.sql:49:4',
      'jobs/dws_live_anchor_1d.sql:14:13',
      'jobs/dws_live_room_1d.sql:81:55',
    ];
    const textDocument = { uri: uri(RANK_JOB) };
    const position = positionOf('  k.gift_am|ount,\n  k.hot_score');
    const found = await client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
    assert.deepEqual(found.map(at), everywhere);
    const uses = await client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: false } });
    assert.deepEqual(uses.map(at), everywhere.slice(1));
    const ddl = path.join(LIVE, 'tables/dws/dws_live_room_1d.sql');
    await client.open(uri(ddl), readFileSync(ddl, 'utf8'));
    const fromDdl = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(ddl) }, position: { line: 24, character: 5 }, context: { includeDeclaration: true } });
    assert.deepEqual(fromDdl.map(at), everywhere);
    const job = path.join(LIVE, 'jobs/dws_live_room_1d.sql');
    await client.open(uri(job), readFileSync(job, 'utf8'));
    const fromAlias = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(job) }, position: { line: 81, character: 60 }, context: { includeDeclaration: true } });
    assert.deepEqual(fromAlias.map(at), everywhere);
  });

  it('lists tables and jobs matching a workspace symbol query', async () => {
    const symbols = await client.request<({ name: string; containerName: string } & { location: Location })[]>('workspace/symbol', { query: 'anchor' });
    assert.deepEqual(symbols.map((s) => `${s.name} ${s.containerName} ${at(s.location)}`), [
      'ads.ads_live_anchor_income_1d table tables/ads/ads_live_anchor_income_1d.sql:11:0',
      'ads_live_anchor_income_1d batch job jobs/ads_live_anchor_income_1d.sql:0:0',
      'dim.dim_live_anchor_df table tables/dim/dim_live_anchor_df.sql:11:0',
      'dim_live_anchor_df batch job jobs/dim_live_anchor_df.sql:0:0',
      'dws.dws_live_anchor_1d table tables/dws/dws_live_anchor_1d.sql:11:0',
      'dws_live_anchor_1d batch job jobs/dws_live_anchor_1d.sql:0:0',
      'ods.ods_anchor_profile_db_df table tables/ods/ods_anchor_profile_db_df.sql:9:0',
    ]);
  });

  it('renames a CTE across its query, and refuses a table name with the reason', async () => {
    const textDocument = { uri: uri(RANK_JOB) };
    const edit = await client.request<{ changes: Record<string, { range: Location['range']; newText: string }[]> }>('textDocument/rename', { textDocument, position: positionOf('FROM rank|ed AS k'), newName: 'top' });
    assert.deepEqual(edit.changes[uri(RANK_JOB)].map((e) => `${e.range.start.line}:${e.range.start.character} ${e.newText}`), ['28:0 top', '52:5 top']);
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument, position: positionOf('LEFT JOIN dim.dim_live_an|chor_df AS a') }),
      /only a CTE or a table alias can be renamed here/,
    );
  });

  it('offers the fix of a lint finding and formats a job', async () => {
    const file = uri(path.join(LIVE, 'jobs/scratch_fixes.sql'));
    await client.open(file, 'select gift_id from dim.dim_gift_df\n');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.request<{ title: string; kind: string }[]>('textDocument/codeAction', { textDocument: { uri: file }, range, context: { diagnostics: [] } });
    assert.deepEqual(actions.map((a) => a.kind), ['quickfix', 'source.fixAll.strata']);
    const edits = await client.request<{ newText: string }[]>('textDocument/formatting', { textDocument: { uri: file }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits.map((e) => e.newText), ['SELECT\n  gift_id\nFROM\n  dim.dim_gift_df\n']);
  });

  it('answers strata/lineage around a node, upstream to a depth, with the job, file and line of each hop', async () => {
    const graph = await client.request<LineageGraph>('strata/lineage', { node: 'ADS.ads_live_room_rank_1d.gift_share', direction: 'upstream', depth: 2 });
    assert.deepEqual(graph.roots, ['ads.ads_live_room_rank_1d.gift_share']);
    assert.deepEqual(graph.edges.map(hop), [
      'dws.dws_live_room_1d.gift_amount → ads.ads_live_room_rank_1d.gift_share (aggregate) ads_live_room_rank_1d jobs/ads_live_room_rank_1d.sql:51',
      'dwd.dwd_live_gift_send_di.gift_amount → dws.dws_live_room_1d.gift_amount (aggregate) dws_live_room_1d jobs/dws_live_room_1d.sql:81',
    ]);
    assert.deepEqual(graph.nodes.map((n) => `${n.table} ${n.column} ${n.uri && path.relative(LIVE, new URL(n.uri).pathname)}`), [
      'ads.ads_live_room_rank_1d gift_share tables/ads/ads_live_room_rank_1d.sql',
      'dwd.dwd_live_gift_send_di gift_amount tables/dwd/dwd_live_gift_send_di.sql',
      'dws.dws_live_room_1d gift_amount tables/dws/dws_live_room_1d.sql',
    ]);
  });

  it('answers strata/lineage for the column at a position, and nothing for an unknown node', async () => {
    const graph = await client.request<LineageGraph>('strata/lineage', { uri: uri(RANK_JOB), position: positionOf('  k.gift_am|ount,\n  k.hot_score'), direction: 'upstream', depth: 1 });
    assert.deepEqual(graph.roots, ['dws.dws_live_room_1d.gift_amount']);
    assert.deepEqual(graph.edges.map(hop), ['dwd.dwd_live_gift_send_di.gift_amount → dws.dws_live_room_1d.gift_amount (aggregate) dws_live_room_1d jobs/dws_live_room_1d.sql:81']);
    assert.deepEqual(await client.request('strata/lineage', { node: 'nope.nothing' }), { roots: [], nodes: [], edges: [] });
  });
});

interface LineageGraph {
  roots: string[];
  nodes: { id: string; table: string; column: string; uri?: string }[];
  edges: { source: string; target: string; kind: string; job: string; uri: string; line: number }[];
}

function hop(e: LineageGraph['edges'][number]): string {
  return `${e.source} → ${e.target} (${e.kind}) ${e.job} ${path.relative(LIVE, new URL(e.uri).pathname)}:${e.line}`;
}

