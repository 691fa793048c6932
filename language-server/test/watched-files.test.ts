import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';

const CONFIG = `name: tmp
version: 1
dialect: spark
layers:
  - {name: dwd, database: dwd, prefix: dwd_}
  - {name: ads, database: ads, prefix: ads_}
`;

const ORDERS = `CREATE TABLE IF NOT EXISTS dwd.dwd_order_di (
  order_id BIGINT COMMENT 'order id',
  amount DECIMAL(18,2) COMMENT 'paid amount'
) COMMENT 'orders'
PARTITIONED BY (p_date STRING)
STORED AS ORC;
`;

const DAILY = ORDERS.replace('dwd.dwd_order_di', 'ads.ads_order_1d').replace("'orders'", "'orders per day'");

const LOAD = `INSERT OVERWRITE TABLE ads.ads_order_1d PARTITION (p_date = '\${date}')
SELECT order_id, amount
FROM dwd.dwd_order_di
WHERE p_date = '\${date}';
`;

/** Open in the editor: reads the table file the test moves around. */
const CHECK = `SELECT order_id
FROM dwd.dwd_order_di
WHERE p_date = '\${date}';
`;

/** Open in the editor: names the job the test moves around in depends_on. */
const REPORT = `/*---
depends_on: [load_orders]
---*/
SELECT order_id
FROM ads.ads_order_1d
WHERE p_date = '\${date}';
`;

const CREATED = 1;
const DELETED = 3;

type Diagnostics = Awaited<ReturnType<LspClient['published']>>;

function summary(diagnostics: Diagnostics): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

describe('language server over stdio: files created, deleted and renamed on disk', function () {
  let root: string;
  let client: LspClient;
  const file = (p: string) => path.join(root, p);
  const check = () => uri(file('jobs/check_orders.sql'));
  const report = () => uri(file('jobs/report_orders.sql'));
  /** Applies the file operations, then tells the server what changed on disk, as an editor's watcher would. */
  const onDisk = async (changes: [string, number, string?][]) => {
    for (const [p, type, text] of changes) {
      if (type === DELETED) fs.rmSync(file(p));
      else fs.writeFileSync(file(p), text!);
    }
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([p, type]) => ({ uri: uri(file(p)), type })) });
  };
  /** The diagnostics `doc` gets next (an earlier publish is forgotten), summarized. */
  const next = async (doc: string, done: (d: Diagnostics) => boolean = () => true) => summary(await client.publishedUntil(doc, done));

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-lsp-watch-'));
    for (const dir of ['tables/dwd', 'tables/ads', 'jobs']) fs.mkdirSync(file(dir), { recursive: true });
    fs.writeFileSync(file('strata.yaml'), CONFIG);
    fs.writeFileSync(file('tables/dwd/dwd_order_di.sql'), ORDERS);
    fs.writeFileSync(file('tables/ads/ads_order_1d.sql'), DAILY);
    fs.writeFileSync(file('jobs/load_orders.sql'), LOAD);
    fs.writeFileSync(file('jobs/check_orders.sql'), CHECK);
    fs.writeFileSync(file('jobs/report_orders.sql'), REPORT);
    client = new LspClient();
    await client.initialize(root);
    await client.indexed();
    await client.open(check(), CHECK);
    await client.open(report(), REPORT);
    assert.deepEqual(await client.published(check()), []);
    assert.deepEqual(await client.published(report()), []);
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a table file deleted, created again, then renamed', async () => {
    client.diagnostics.delete(check());
    await onDisk([['tables/dwd/dwd_order_di.sql', DELETED]]);
    assert.deepEqual(await next(check()), [
      "SE01@1:5-1:21 unknown table 'dwd.dwd_order_di' (unknown-table)",
    ]);
    client.diagnostics.delete(check());
    await onDisk([['tables/dwd/dwd_order_di.sql', CREATED, ORDERS]]);
    assert.deepEqual(await next(check()), []);
    client.diagnostics.delete(check());
    await onDisk([['tables/dwd/dwd_order_di.sql', DELETED], ['tables/dwd/orders.sql', CREATED, ORDERS]]);
    assert.deepEqual(await next(check(), (d) => d.length === 0), []);
    const target = await client.request<{ uri: string } | null>('textDocument/definition', { textDocument: { uri: check() }, position: { line: 1, character: 10 } });
    assert.equal(target?.uri, uri(file('tables/dwd/orders.sql')));
    assert.deepEqual(client.diagnostics.get(report()), []);
  });

  it('a job file deleted, created again, then renamed', async () => {
    client.diagnostics.delete(report());
    await onDisk([['jobs/load_orders.sql', DELETED]]);
    assert.deepEqual(await next(report()), [
      "depends-on@1:13-1:24 depends_on: 'load_orders' is not a job or table of this project; name a job (its file name under jobs/) or a table",
    ]);
    client.diagnostics.delete(report());
    await onDisk([['jobs/load_orders.sql', CREATED, LOAD]]);
    assert.deepEqual(await next(report()), []);
    client.diagnostics.delete(report());
    await onDisk([['jobs/load_orders.sql', DELETED], ['jobs/load_order.sql', CREATED, LOAD]]);
    assert.deepEqual(await next(report(), (d) => d.length > 0 && d[0].message.includes('did you mean')), [
      "depends-on@1:13-1:24 depends_on: 'load_orders' is not a job or table of this project; did you mean 'load_order'?",
    ]);
    assert.deepEqual(client.diagnostics.get(check()), []);
  });
});
