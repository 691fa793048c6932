import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';
import { caret } from './caret';

const CONFIG = `name: tmp
version: 1
dialect: spark
layers:
  - {name: dwd, database: dwd, prefix: dwd_}
  - {name: ads, database: ads, prefix: ads_}
`;

const SOURCE_TABLE = `CREATE TABLE IF NOT EXISTS dwd.dwd_order_di (
  order_id BIGINT COMMENT 'order id',
  amount DECIMAL(18,2) COMMENT 'paid amount'
) COMMENT 'orders'
PARTITIONED BY (p_date STRING)
STORED AS ORC;
`;

const TARGET_TABLE = `CREATE TABLE IF NOT EXISTS ads.ads_order_1d (
  order_id BIGINT COMMENT 'order id',
  amount DECIMAL(18,2) COMMENT 'paid amount'
) COMMENT 'orders per day'
PARTITIONED BY (p_date STRING)
STORED AS ORC;
`;

const JOB = `INSERT OVERWRITE TABLE ads.ads_order_1d PARTITION (p_date = '\${date}')
SELECT
  order_id,
  amount
FROM dwd.dwd_order_di
WHERE p_date = '\${date}';
`;

type Diagnostics = Awaited<ReturnType<LspClient['published']>>;

/** `code@line:character-line:character`, the shape the assertions compare. */
function summary(diagnostics: Diagnostics): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

describe('language server over stdio: editing a project', function () {
  let root: string;
  let client: LspClient;
  const job = () => uri(path.join(root, 'jobs/ads_order_1d.sql'));
  const sourceTable = () => uri(path.join(root, 'tables/dwd/dwd_order_di.sql'));

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-lsp-'));
    fs.mkdirSync(path.join(root, 'tables/dwd'), { recursive: true });
    fs.mkdirSync(path.join(root, 'tables/ads'), { recursive: true });
    fs.mkdirSync(path.join(root, 'jobs'));
    fs.writeFileSync(path.join(root, 'strata.yaml'), CONFIG);
    fs.writeFileSync(path.join(root, 'tables/dwd/dwd_order_di.sql'), SOURCE_TABLE);
    fs.writeFileSync(path.join(root, 'tables/ads/ads_order_1d.sql'), TARGET_TABLE);
    fs.writeFileSync(path.join(root, 'jobs/ads_order_1d.sql'), JOB);
    client = new LspClient();
    await client.initialize(root);
    await client.indexed();
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('pushes syntax, semantic and lint diagnostics after each change, at exact positions', async () => {
    await client.open(job(), JOB);
    assert.deepEqual(await client.published(job()), []);
    await client.change(job(), JOB.replace('  amount\n', '  amout\n').replace('FROM dwd', 'from dwd'));
    const diagnostics = await client.published(job());
    assert.deepEqual(summary(diagnostics), ['SE02@3:2-3:7', 'ST01@4:0-4:4']);
    assert.equal(diagnostics[0].message, "unknown column 'amout'; did you mean 'amount'? (unknown-column)");
    assert.deepEqual(
      diagnostics.map((d) => [d.source, d.codeDescription?.href.replace(/^.*\/docs\//, 'docs/')]),
      [['strata', 'docs/rules.md#se02-unknown-column'], ['strata', 'docs/rules.md#st01-keyword-case']],
    );
    await client.change(job(), JOB.replace('FROM dwd.dwd_order_di', 'FROM dwd.dwd_order_di WHERE'));
    assert.deepEqual(summary(await client.published(job())), ['syntax@5:0-5:5']);
  });

  it('re-checks the jobs that read a table when the table file is edited', async () => {
    await client.open(job(), JOB);
    assert.deepEqual(await client.published(job()), []);
    await client.open(sourceTable(), SOURCE_TABLE);
    await client.change(sourceTable(), SOURCE_TABLE.replace('  amount DECIMAL', '  paid_amount DECIMAL'));
    // Opening the table re-checks the job too; that (clean) result may land after the edit was sent.
    assert.deepEqual(summary(await client.publishedUntil(job(), (d) => d.length > 0)), ['SE02@3:2-3:8']);
    const { text, position } = caret(JOB.replace('  amount\n', '  paid|\n'));
    await client.change(job(), text);
    const list = await client.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: job() }, position });
    assert.deepEqual(list.items.map((i) => i.label), ['paid_amount']);
  });

  it('re-indexes a closed table file changed on disk and re-checks the open jobs reading it', async () => {
    await client.open(job(), JOB);
    assert.deepEqual(await client.published(job()), []);
    fs.writeFileSync(path.join(root, 'tables/dwd/dwd_order_di.sql'), SOURCE_TABLE.replace('  amount DECIMAL', '  paid_amount DECIMAL'));
    client.diagnostics.delete(job());
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: sourceTable(), type: 2 }] });
    assert.deepEqual(summary(await client.published(job())), ['SE02@3:2-3:8']);
  });

  it('checks a table file against the project: a data-quality check naming a missing column', async () => {
    const text = `/*---\nchecks:\n  - not_null: [order_id, amout]\n---*/\n${SOURCE_TABLE}`;
    await client.open(sourceTable(), text);
    const diagnostics = await client.published(sourceTable());
    assert.deepEqual(summary(diagnostics), ['unknown-column@2:25-2:30', 'WH08@8:16-8:22']);
    assert.match(diagnostics[0].message, /amout/);
  });

  it('survives binary content, deleted files and garbage requests, answering each with a well-formed response', async () => {
    const binary = uri(path.join(root, 'jobs/binary.sql'));
    await client.open(binary, '\u0000\u0001\u00ff\ufffdSELECT \u0000 FROM \u0007;'.repeat(50));
    const completion = await client.request<{ isIncomplete: boolean; items: unknown[] }>('textDocument/completion', { textDocument: { uri: binary }, position: { line: 0, character: 9 } });
    assert.equal(typeof completion.isIncomplete, 'boolean');
    assert.ok(Array.isArray(completion.items));
    assert.ok(Array.isArray(await client.published(binary)));

    await client.open(job(), JOB);
    await client.published(job());
    fs.rmSync(path.join(root, 'tables/dwd/dwd_order_di.sql'));
    client.diagnostics.delete(job());
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: sourceTable(), type: 3 }] });
    assert.deepEqual(summary(await client.published(job())), ['SE01@4:5-4:21']);

    const gone = uri(path.join(root, 'jobs/never_opened.sql'));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: gone }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: job() }, position: { line: 9999, character: 9999 } }), null);
    assert.deepEqual(await client.request('textDocument/completion', {}), { isIncomplete: false, items: [] });
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri: job() } }), null);
    await assert.rejects(client.request('strata/noSuchMethod', { x: 1 }), (e: { code: number }) => e.code === -32601);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: gone, version: 2 }, contentChanges: [{ text: 'x' }] });

    assert.ok(client.alive);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: job() } });
    assert.equal(symbols.length, 1);
  });

  it('serves the files of a project whose strata.yaml is broken standalone, and says why in the log', async () => {
    fs.writeFileSync(path.join(root, 'strata.yaml'), 'name: [unclosed\n');
    const broken = new LspClient();
    try {
      await broken.initialize(root);
      await broken.indexed();
      const { text, position } = caret('CREATE TEMPORARY VIEW v AS SELECT 1 AS one;\nSELECT v.| FROM v;\n');
      await broken.open(job(), text);
      const list = await broken.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: job() }, position });
      assert.deepEqual(list.items.map((i) => i.label), ['one']);
      assert.ok(broken.logs.some((l) => l.startsWith(`cannot index ${root}: `)));
      assert.ok(broken.alive);
    } finally {
      await broken.stop();
    }
  });

  it('serves a file outside any project from its own DDL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-lsp-standalone-'));
    try {
      const file = uri(path.join(dir, 'adhoc.sql'));
      const { text, position } = caret('CREATE TEMPORARY VIEW v AS SELECT 1 AS one, 2 AS two;\nSELECT v.| FROM v;');
      await client.open(file, text);
      const list = await client.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: file }, position });
      assert.deepEqual(list.items.map((i) => i.label), ['one', 'two']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
