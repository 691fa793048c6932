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
});
