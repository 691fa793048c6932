import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, strata, tempDir } from './helpers/run-cli';

/*
 * QA of issue 6 in project mode, as a new user would hit it: small warehouses whose jobs use the
 * statement kinds issue 6 added, checked, graphed and traced through the CLI.
 */

const YAML = `name: qa6
version: 1
dialect: spark
layers:
  - {name: ods, database: ods, prefix: ods_}
  - {name: dwd, database: dwd, prefix: dwd_}
  - {name: dws, database: dws, prefix: dws_}
`;

const TABLES: Record<string, string> = {
  'tables/ods/ods_orders.sql': 'CREATE TABLE ods.ods_orders (order_id BIGINT, user_id BIGINT, amount DECIMAL(18,2), status STRING) PARTITIONED BY (p_date STRING) STORED AS ORC;\n',
  'tables/ods/ods_users.sql': 'CREATE TABLE ods.ods_users (user_id BIGINT, name STRING, city STRING) PARTITIONED BY (p_date STRING) STORED AS ORC;\n',
  'tables/dwd/dwd_orders.sql': 'CREATE TABLE dwd.dwd_orders (order_id BIGINT, user_id BIGINT, amount DECIMAL(18,2), status STRING, city STRING) PARTITIONED BY (p_date STRING) STORED AS ORC;\n',
  'tables/dwd/dwd_users.sql': 'CREATE TABLE dwd.dwd_users (user_id BIGINT, name STRING, city STRING) STORED AS ORC;\n',
};

const job = (sql: string) => `/*---\ntype: batch\n---*/\n${sql}\n`;

/** A fresh project with the four tables above plus `files`. */
function project(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const t = tempDir();
  for (const [file, text] of Object.entries({ 'strata.yaml': YAML, ...TABLES, ...files })) {
    fs.mkdirSync(path.join(t.dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(t.dir, file), text);
  }
  return t;
}

function edges(dir: string): string[] {
  const r = strata(['graph', '--project', dir, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout).edges as { from: string; to: string }[]).map((e) => `${e.from} -> ${e.to}`);
}

describe('qa: issue 6 statement kinds in a project', () => {
  it('build-then-swap: the table built and renamed away is scratch; lineage passes through the rename', () => {
    const { dir, cleanup } = project({
      'jobs/swap.sql': job(
        `DROP TABLE IF EXISTS dwd.dwd_users_new;
CREATE TABLE dwd.dwd_users_new AS SELECT user_id, name, city FROM ods.ods_users WHERE p_date = '\${date}';
DROP TABLE IF EXISTS dwd.dwd_users;
ALTER TABLE dwd.dwd_users_new RENAME TO dwd.dwd_users;`,
      ),
    });
    try {
      assert.deepEqual(edges(dir), ['table:ods.ods_users -> job:swap', 'job:swap -> table:dwd.dwd_users']);
      const r = strata(['lineage', 'dwd.dwd_users.name', '--upstream', '--project', dir]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, [
        'dwd.dwd_users.name',
        '  upstream:',
        '    └─ <- dwd.dwd_users_new@swap.name  [direct]  jobs/swap.sql:7',
        '       └─ <- ods.ods_users.name  [direct]  jobs/swap.sql:5',
        '',
      ].join('\n'));
    } finally {
      cleanup();
    }
  });

  it('a cycle is reported along real edges only, at the read that closes it', () => {
    const { dir, cleanup } = project({
      // fix reads ods_users (MERGE source) and writes dwd_orders; ops reads dwd_orders and writes
      // ods_orders (LOAD DATA) and ods_users (MSCK); scratch reads ods_orders, writes dwd_orders.
      'jobs/fix.sql': job(`UPDATE dwd.dwd_orders SET status = 'closed' WHERE amount = 0;
MERGE INTO dwd.dwd_users t USING ods.ods_users s ON t.user_id = s.user_id WHEN MATCHED THEN UPDATE SET t.city = s.city;`),
      'jobs/ops.sql': job(`LOAD DATA INPATH '/landing' INTO TABLE ods.ods_orders PARTITION (p_date = '\${date}');
MSCK REPAIR TABLE ods.ods_users;
INSERT OVERWRITE DIRECTORY '/export' STORED AS PARQUET SELECT order_id FROM dwd.dwd_orders;`),
      'jobs/scratch.sql': job(`INSERT OVERWRITE TABLE dwd.dwd_orders PARTITION (p_date = '\${date}')
SELECT order_id, user_id, amount, status, 'x' FROM ods.ods_orders WHERE p_date = '\${date}';`),
    });
    try {
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^jobs\/fix\.sql:5:34 {2}error {2}dependency cycle: fix -> dwd\.dwd_orders -> ops -> ods\.ods_users -> fix;/m);
    } finally {
      cleanup();
    }
  });

  it('a view put in tables/ is one error, not one unknown-table per job that reads it', () => {
    const { dir, cleanup } = project({
      'tables/dws/dws_v.sql': 'CREATE VIEW dws.dws_v AS\nSELECT user_id, sum(amount) AS gmv FORM ods.ods_orders GROUP BY user_id;\n',
      'jobs/j1.sql': job('INSERT OVERWRITE TABLE dwd.dwd_users SELECT v.user_id, v.gmv, u.city FROM dws.dws_v v JOIN ods.ods_users u ON v.user_id = u.user_id;'),
      'jobs/j2.sql': job('SELECT v.user_id, v.nope FROM dws.dws_v v;'),
    });
    try {
      const r = strata(['check', '--project', dir]);
      assertNoStack(r.stdout + r.stderr);
      assert.equal(r.status, 1);
      assert.deepEqual(r.stdout.split('\n').filter((l) => /  (error|warning)  /.test(l)), [
        'tables/dws/dws_v.sql:1:1  error  a table file holds exactly one CREATE TABLE, found a CREATE VIEW, not a CREATE TABLE; move other statements to jobs/  table-file',
        "tables/dws/dws_v.sql:2:36  error  unexpected 'FORM', did you mean FROM?  syntax",
      ]);
      assert.ok(edges(dir).includes('table:dws.dws_v -> job:j1'));
    } finally {
      cleanup();
    }
  });
});
