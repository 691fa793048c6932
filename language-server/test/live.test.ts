import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';
import { caret } from './caret';

const LIVE = path.resolve(__dirname, '../../../examples/live');
const RANK_JOB = path.join(LIVE, 'jobs/ads_live_room_rank_1d.sql');
const rankText = readFileSync(RANK_JOB, 'utf8');

interface Item {
  label: string;
  detail?: string;
}
interface List {
  isIncomplete: boolean;
  items: Item[];
}
interface Location {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The rank job with `marker` replaced by `replacement`, the caret at its `|`. */
function rankJobWith(marker: string, replacement: string) {
  assert.ok(rankText.includes(marker), `fixture lost '${marker}'`);
  return caret(rankText.replace(marker, replacement));
}

describe('language server over stdio: examples/live', function () {
  let client: LspClient;
  let capabilities: Record<string, unknown>;

  before(async () => {
    client = new LspClient();
    capabilities = await client.initialize(LIVE);
    await client.indexed();
  });
  after(() => client.stop());

  it('advertises its features', () => {
    assert.deepEqual(Object.keys(capabilities).sort(), ['codeActionProvider', 'codeLensProvider', 'completionProvider', 'definitionProvider', 'documentFormattingProvider', 'documentSymbolProvider', 'experimental', 'hoverProvider', 'referencesProvider', 'renameProvider', 'signatureHelpProvider', 'textDocumentSync', 'workspaceSymbolProvider']);
  });

  it('completes exactly the columns of the relation after `alias.`, also on a line of its own', async () => {
    const { text, position } = rankJobWith('  k.category,', '  k.|');
    await client.open(uri(RANK_JOB), text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.deepEqual(list.items.map((i) => i.label), ['anchor_id', 'category', 'gift_amount', 'gift_share', 'hot_score', 'rank_no', 'room_id', 'watch_uv']);
    assert.equal(list.isIncomplete, false);
  });

  it('completes the columns of a joined table with their types', async () => {
    const { text, position } = rankJobWith("coalesce(a.anchor_name, 'unknown')", "coalesce(a.anchor_n|, 'unknown')");
    await client.change(uri(RANK_JOB), text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.deepEqual(list.items.map((i) => `${i.label}: ${i.detail}`), ['anchor_name: STRING · dim.dim_live_anchor_df']);
  });

  it('completes in an unfinished statement: columns in scope first, then tables, functions, keywords', async () => {
    const file = uri(path.join(LIVE, 'jobs/scratch_unfinished.sql'));
    const { text, position } = caret('SELECT gift_n|\nFROM dim.dim_gift_df g\nWHERE g.');
    await client.open(file, text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: file }, position });
    assert.deepEqual(list.items.map((i) => i.label), ['gift_name']);
    const all = await client.request<List>('textDocument/completion', { textDocument: { uri: file }, position: { line: 0, character: 7 } });
    const labels = all.items.map((i) => i.label);
    assert.deepEqual(labels.slice(0, 3), ['gift_id', 'gift_name', 'gift_type']);
    assert.ok(labels.indexOf('dim.dim_gift_df') > labels.indexOf('p_date'));
    assert.ok(labels.indexOf('coalesce') > labels.indexOf('dim.dim_gift_df'));
    assert.ok(labels.indexOf('SELECT') > labels.indexOf('coalesce'));
    const tail = await client.request<List>('textDocument/completion', { textDocument: { uri: file }, position: { line: 2, character: 8 } });
    assert.ok(tail.items.length > 0 && tail.items.every((i) => i.detail?.endsWith('· dim.dim_gift_df')));
  });

  it('completes table names by prefix after FROM', async () => {
    const file = uri(path.join(LIVE, 'jobs/scratch_tables.sql'));
    const { text, position } = caret('SELECT *\nFROM dws_live_r|');
    await client.open(file, text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: file }, position });
    assert.deepEqual(list.items.map((i) => i.label), ['dws.dws_live_room_1d', 'dws.dws_live_room_1h']);
  });

  it('completes the tables of a database after `db.`', async () => {
    const file = uri(path.join(LIVE, 'jobs/scratch_db.sql'));
    const { text, position } = caret('SELECT * FROM dim.|');
    await client.open(file, text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: file }, position });
    assert.deepEqual(list.items.map((i) => i.label), ['dim_gift_df', 'dim_live_anchor_df', 'dim_live_room_df', 'dim_user_df']);
  });

  it('completes ${vars} after `${`', async () => {
    const file = uri(path.join(LIVE, 'jobs/scratch_vars.sql'));
    const { text, position } = caret("SELECT * FROM dim.dim_gift_df WHERE p_date = '${d|}'");
    await client.open(file, text);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri: file }, position });
    assert.deepEqual(list.items.map((i) => i.label), ['date', 'date_nodash']);
  });

  it('hovers a column with its type, comment and lineage hop by hop', async () => {
    await client.change(uri(RANK_JOB), rankText);
    const { position } = rankJobWith('  k.gift_amount,\n  k.hot_score', '  k.gift_am|ount,\n  k.hot_score');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.equal(
      hover.contents.value,
      [
        '**dws.dws_live_room_1d.gift_amount** `DECIMAL(18,2)`',
        '',
        'gift value received, CNY',
        '',
        'upstream:',
        '- dwd.dwd_live_gift_send_di.gift_amount → dws.dws_live_room_1d.gift_amount (aggregate) jobs/dws_live_room_1d.sql:82',
        '  - dim.dim_gift_df.price_amount → dwd.dwd_live_gift_send_di.gift_amount (expression) jobs/dwd_live_gift_send_di.sql:38',
        '  - ods.ods_live_gift_log_di.gift_cnt → dwd.dwd_live_gift_send_di.gift_amount (expression) jobs/dwd_live_gift_send_di.sql:38',
        '    - ods.ods_gift_config_db_df.price_amount → dim.dim_gift_df.price_amount (direct) jobs/dim_gift_df.sql:16',
        '',
        'downstream:',
        '- dws.dws_live_room_1d.gift_amount → ads.ads_live_overview_1d.gift_amount (aggregate) jobs/ads_live_overview_1d.sql:44',
        '- dws.dws_live_room_1d.gift_amount → ads.ads_live_room_rank_1d.gift_amount (direct) jobs/ads_live_room_rank_1d.sql:50',
        '- dws.dws_live_room_1d.gift_amount → ads.ads_live_room_rank_1d.gift_share (aggregate) jobs/ads_live_room_rank_1d.sql:52',
        '- dws.dws_live_room_1d.gift_amount → ads.ads_live_room_rank_1d.hot_score (expression) jobs/ads_live_room_rank_1d.sql:51',
        '- dws.dws_live_room_1d.gift_amount → ads.ads_live_room_rank_1d.rank_no (expression) jobs/ads_live_room_rank_1d.sql:45',
        '- dws.dws_live_room_1d.gift_amount → dws.dws_live_anchor_1d.gift_amount (aggregate) jobs/dws_live_anchor_1d.sql:64',
        '- dws.dws_live_room_1d.gift_amount → dws.dws_live_anchor_1d.gift_income (aggregate) jobs/dws_live_anchor_1d.sql:66',
        '- dws.dws_live_room_1d.gift_amount → dws.dws_live_anchor_1d.income_amount (aggregate) jobs/dws_live_anchor_1d.sql:68',
        '  - dws.dws_live_anchor_1d.gift_income → ads.ads_live_anchor_income_1d.gift_income (direct) jobs/ads_live_anchor_income_1d.sql:24',
        '  - dws.dws_live_anchor_1d.income_amount → ads.ads_live_anchor_income_1d.income_amount (direct) jobs/ads_live_anchor_income_1d.sql:26',
        '  - dws.dws_live_anchor_1d.income_amount → ads.ads_live_anchor_income_1d.income_mtd (aggregate) jobs/ads_live_anchor_income_1d.sql:27',
        '  - dws.dws_live_anchor_1d.income_amount → ads.ads_live_anchor_income_1d.income_rank (expression) jobs/ads_live_anchor_income_1d.sql:28',
      ].join('\n'),
    );
  });

  it('hovers a table with its layer, owner, columns, partitions and neighbours', async () => {
    const { position } = rankJobWith('LEFT JOIN dim.dim_live_anchor_df AS a', 'LEFT JOIN dim.dim_live_an|chor_df AS a');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position });
    const parts = hover.contents.value.split('\n\n');
    assert.equal(parts[0], '**dim.dim_live_anchor_df** · table · layer dim · tables/dim/dim_live_anchor_df.sql');
    assert.equal(parts[1], 'anchor dimension, daily full');
    assert.equal(parts[2], 'owner: live-data  \ndescription: Anchor dimension, daily full snapshot, with level names and revenue share.');
    assert.ok(parts[3].includes('\n| level_name | STRING | bronze \\| silver \\| gold \\| platinum \\| diamond |\n'));
    assert.equal(parts[4], 'partitioned by: p_date STRING');
    assert.equal(
      parts[5],
      'upstream: ods.ods_anchor_profile_db_df (written by dim_live_anchor_df)  \n' +
        'downstream: ads.ads_live_anchor_income_1d, ads.ads_live_room_rank_1d, dws.dws_live_anchor_1d (read by ads_live_anchor_income_1d, ads_live_room_rank_1d, dws_live_anchor_1d)',
    );
  });

  it('hovers the alias of a select item with the column it writes', async () => {
    const { position } = rankJobWith('CAST(k.rank_no AS INT) AS rank_no', 'CAST(k.rank_no AS INT) AS rank|_no');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position });
    const [head, comment, upstream] = hover.contents.value.split('\n\n');
    assert.equal(head, '**ads.ads_live_room_rank_1d.rank_no** `INT`');
    assert.equal(comment, 'rank within the category, 1 = hottest');
    assert.ok(upstream.startsWith('upstream:\n- dws.dws_live_room_1d.category → ads.ads_live_room_rank_1d.rank_no (expression) jobs/ads_live_room_rank_1d.sql:45\n'), upstream);
  });

  it('hovers tables and columns inside the CTEs of a WITH ... INSERT job', async () => {
    const table = rankJobWith('  FROM dws.dws_live_room_1d\n', '  FROM dws.dws_live_ro|om_1d\n');
    const tableHover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position: table.position });
    assert.equal(tableHover.contents.value.split('\n\n')[0], '**dws.dws_live_room_1d** · table · layer dws · tables/dws/dws_live_room_1d.sql');
    const column = rankJobWith('    AND broadcast_cnt > 0', '    AND broadcast_c|nt > 0');
    const columnHover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position: column.position });
    assert.equal(columnHover.contents.value.split('\n\n')[0], '**dws.dws_live_room_1d.broadcast_cnt** `INT`');
  });

  it('hovers a CTE with its columns', async () => {
    const { position } = rankJobWith('FROM ranked AS k', 'FROM rank|ed AS k');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position });
    assert.equal(hover.contents.value, '**ranked** · CTE\n\n- category `STRING`\n- room_id `BIGINT`\n- anchor_id `BIGINT`\n- watch_uv `BIGINT`\n- gift_amount `DECIMAL(18,2)`\n- hot_score `DECIMAL(18,2)`\n- gift_share `DECIMAL(18,4)`\n- rank_no `INT`');
  });

  it('hovers ${date} with its rendered value (yesterday)', async () => {
    const { position } = rankJobWith("WHERE p_date = '${date}'", "WHERE p_date = '${da|te}'");
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(RANK_JOB) }, position });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    assert.equal(hover.contents.value, `\`\${date}\` = \`${yesterday}\``);
  });

  it('jumps from a table to the name in its CREATE TABLE, from a CTE use to the CTE, from an alias to its FROM item', async () => {
    const at = async (marker: string, marked: string) => {
      const { position } = rankJobWith(marker, marked);
      return client.request<Location>('textDocument/definition', { textDocument: { uri: uri(RANK_JOB) }, position });
    };
    const table = await at('LEFT JOIN dim.dim_live_anchor_df AS a', 'LEFT JOIN dim.dim_|live_anchor_df AS a');
    assert.deepEqual(table, { uri: uri(path.join(LIVE, 'tables/dim/dim_live_anchor_df.sql')), range: { start: { line: 11, character: 27 }, end: { line: 11, character: 49 } } });
    const cte = await at('FROM ranked AS k', 'FROM rank|ed AS k');
    assert.deepEqual(cte.range, { start: { line: 28, character: 0 }, end: { line: 28, character: 6 } });
    const alias = await at('  k.room_id,\n  k.anchor_id,\n  coalesce', '  k|.room_id,\n  k.anchor_id,\n  coalesce');
    assert.deepEqual(alias.range, { start: { line: 52, character: 15 }, end: { line: 52, character: 16 } });
  });

  it('hovers a column of a table file with its lineage, and outlines the CREATE TABLE', async () => {
    const file = path.join(LIVE, 'tables/ads/ads_live_room_rank_1d.sql');
    const { text, position } = caret(readFileSync(file, 'utf8').replace('  gift_share    DECIMAL', '  gift_sh|are    DECIMAL'));
    await client.open(uri(file), text);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(file) }, position });
    const [head, comment, upstream, downstream] = hover.contents.value.split('\n\n');
    assert.deepEqual([head, comment, downstream], ['**ads.ads_live_room_rank_1d.gift_share** `DECIMAL(18,4)`', 'room gift value / category gift value', 'downstream: none']);
    assert.equal(
      upstream,
      [
        'upstream:',
        '- dws.dws_live_room_1d.gift_amount → ads.ads_live_room_rank_1d.gift_share (aggregate) jobs/ads_live_room_rank_1d.sql:52',
        '  - dwd.dwd_live_gift_send_di.gift_amount → dws.dws_live_room_1d.gift_amount (aggregate) jobs/dws_live_room_1d.sql:82',
        '    - dim.dim_gift_df.price_amount → dwd.dwd_live_gift_send_di.gift_amount (expression) jobs/dwd_live_gift_send_di.sql:38',
        '    - ods.ods_live_gift_log_di.gift_cnt → dwd.dwd_live_gift_send_di.gift_amount (expression) jobs/dwd_live_gift_send_di.sql:38',
        '      - ods.ods_gift_config_db_df.price_amount → dim.dim_gift_df.price_amount (direct) jobs/dim_gift_df.sql:16',
      ].join('\n'),
    );
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: uri(file) } });
    assert.deepEqual(symbols.map((s) => s.name), ['CREATE TABLE ads.ads_live_room_rank_1d']);
  });

  it('outlines statements with their CTEs', async () => {
    const symbols = await client.request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: uri(RANK_JOB) } });
    assert.deepEqual(symbols.map((s) => [s.name, s.children.map((c) => c.name)]), [['INSERT ads.ads_live_room_rank_1d', ['scored', 'category_total', 'ranked']]]);
  });

  it('publishes no diagnostics for a clean job', async () => {
    await client.change(uri(RANK_JOB), rankText);
    assert.deepEqual(await client.published(uri(RANK_JOB)), []);
  });
});
