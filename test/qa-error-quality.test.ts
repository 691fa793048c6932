import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, strata, tempDir, type CliRun } from './helpers/run-cli';

/*
 * QA: the semantic checks a data engineer relies on before a job reaches the cluster, and the
 * quality of what they print: one line per mistake, at the mistake, no follow-up noise.
 */

const LIKE_COLUMNS = 'log_id STRING, room_id BIGINT, anchor_id BIGINT, user_id BIGINT, like_cnt INT, os STRING, like_time TIMESTAMP';
const LIKE_SELECT = 'l.log_id, l.room_id, 0 AS anchor_id, l.user_id, l.like_cnt, l.device.os AS os, l.event_time AS like_time';

/** A table `dwd.dwd_qa_<name>_di` shaped like dwd_live_like_di and a job that fills it with `body`. */
function likeJob(dir: string, name: string, body: string): void {
  fs.writeFileSync(path.join(dir, 'tables', 'dwd', `dwd_qa_${name}_di.sql`), `CREATE TABLE dwd.dwd_qa_${name}_di (${LIKE_COLUMNS}) PARTITIONED BY (p_date STRING);\n`);
  fs.writeFileSync(path.join(dir, 'jobs', `dwd_qa_${name}_di.sql`), `/*---\ntype: batch\n---*/\n${body}\n`);
}

function problems(r: CliRun): string[] {
  return r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(error|warning) {2}/.test(l));
}

/** Edits a file of a fresh examples/live copy, checks the project and cleans up. */
/** `strata check` on a copy of examples/live with one edit. */
function checkEdited(file: string, from: string, to: string): CliRun {
  return runEdited('check', file, from, to);
}

/** `strata <command>` on a copy of examples/live where `file` has `from` replaced by `to`. */
function runEdited(command: string, file: string, from: string, to: string): CliRun {
  const { dir, cleanup } = copyProject(examplesLive);
  try {
    const full = path.join(dir, file);
    const text = fs.readFileSync(full, 'utf8');
    assert.ok(text.includes(from), `${file} no longer contains ${from}`);
    fs.writeFileSync(full, text.replace(from, to));
    return strata([command, '--project', dir]);
  } finally {
    cleanup();
  }
}

/** Edits a file of a fresh examples/live copy and lints the project (the core task): `path:line:col  severity  message  code` lines. */
function checkFlink(sql: string): CliRun {
  const { dir, cleanup } = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'job.sql'), sql);
    return strata(['check', '--file', 'job.sql', '--dialect', 'flink'], dir);
  } finally {
    cleanup();
  }
}

describe('qa: semantic mistakes in jobs, one line each', () => {
  let dir: string;
  let cleanup: () => void;
  let r: CliRun;
  before(() => {
    ({ dir, cleanup } = copyProject(examplesLive));
    likeJob(dir, 'amb', `INSERT OVERWRITE TABLE dwd.dwd_qa_amb_di PARTITION (p_date = '\${date}')
SELECT l.log_id, room_id, coalesce(r.anchor_id, 0) AS anchor_id, l.user_id, l.like_cnt, l.device.os AS os, l.event_time AS like_time
FROM ods.ods_live_like_log_di l
LEFT JOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = '\${date}'
WHERE l.p_date = '\${date}';`);
    likeJob(dir, 'alias', `INSERT OVERWRITE TABLE dwd.dwd_qa_alias_di PARTITION (p_date = '\${date}')
SELECT l.log_id, l.room_id, 0 AS anchor_id, l.user_id, l.like_cnt * 2 AS dbl, l.device.os AS os, l.event_time AS like_time
FROM ods.ods_live_like_log_di l WHERE l.p_date = '\${date}' AND dbl > 0;`);
    likeJob(dir, 'collist', `INSERT INTO TABLE dwd.dwd_qa_collist_di PARTITION (p_date = '\${date}') (room_id, like_cnts)
SELECT room_id, like_cnt FROM ods.ods_live_like_log_di WHERE p_date = '\${date}';`);
    likeJob(dir, 'colcount', `INSERT INTO TABLE dwd.dwd_qa_colcount_di PARTITION (p_date = '\${date}') (room_id, like_cnt, os)
SELECT room_id, like_cnt FROM ods.ods_live_like_log_di WHERE p_date = '\${date}';`);
    likeJob(dir, 'star', `INSERT OVERWRITE TABLE dwd.dwd_qa_star_di PARTITION (p_date = '\${date}')
SELECT * FROM dwd.dwd_live_like_di WHERE p_date = '\${date}';`);
    likeJob(dir, 'cte', `WITH a AS (SELECT * FROM b), b AS (SELECT ${LIKE_SELECT} FROM ods.ods_live_like_log_di l WHERE l.p_date = '\${date}')
INSERT OVERWRITE TABLE dwd.dwd_qa_cte_di PARTITION (p_date = '\${date}')
SELECT * FROM a;`);
    r = strata(['check', '--project', dir]);
  });
  after(() => cleanup());

  it('exits 1 with exactly six problems', () => {
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(problems(r).length, 6, r.stdout);
  });

  const expected: [string, string][] = [
    ['an unqualified column present on both sides of a JOIN', "jobs/dwd_qa_amb_di.sql:5:18  error  ambiguous column 'room_id': it is in 'ods.ods_live_like_log_di' and 'dim.dim_live_room_df'; qualify it  ambiguous-column"],
    ['a SELECT alias used in WHERE (Spark and Hive reject it)', "jobs/dwd_qa_alias_di.sql:6:64  error  unknown column 'dbl'  unknown-column"],
    ['an INSERT column list naming a column the table lacks', "jobs/dwd_qa_collist_di.sql:4:82  error  unknown column 'like_cnts' in 'dwd.dwd_qa_collist_di'; did you mean 'like_cnt'?  unknown-column"],
    ['an INSERT column list longer than the SELECT', "jobs/dwd_qa_colcount_di.sql:4:19  error  INSERT into 'dwd.dwd_qa_colcount_di' has 2 columns but its column list and dynamic partitions name 3  insert-column-count"],
    ['SELECT * that also carries the static partition column', "jobs/dwd_qa_star_di.sql:4:24  error  INSERT into 'dwd.dwd_qa_star_di' has 8 columns but the table has 7 (excluding 1 static partition column)  insert-column-count"],
    ['a CTE that reads a CTE defined after it', "jobs/dwd_qa_cte_di.sql:4:26  error  unknown table 'b'  unknown-table"],
  ];
  for (const [what, line] of expected) {
    it(`reports ${what}`, () => {
      assert.ok(problems(r).includes(line), r.stdout);
    });
  }
});

describe('qa: Flink INSERT shape', () => {
  it('reports too few and too many columns for a connector sink', () => {
    const r = checkFlink([
      "CREATE TEMPORARY TABLE src (a BIGINT, b STRING) WITH ('connector' = 'datagen');",
      "CREATE TEMPORARY TABLE snk (a BIGINT, b STRING) WITH ('connector' = 'blackhole');",
      'INSERT INTO snk SELECT a, b, b FROM src;',
      '',
    ].join('\n'));
    assert.equal(r.status, 1);
    assert.deepEqual(problems(r), ["job.sql:3:13  error  INSERT into 'snk' has 3 columns but the table has 2  insert-column-count"]);
  });

  // Was a bug, fixed: the count message says "has 1 columns" (no singular)
  it('says "1 column", not "1 columns"', () => {
    const r = checkFlink("CREATE TEMPORARY TABLE snk (a BIGINT, b STRING) WITH ('connector' = 'blackhole');\nINSERT INTO snk SELECT 1;\n");
    assert.match(r.stdout, /has 1 column but the table has 2/);
  });

  // Was a bug, fixed: WATERMARK FOR a column the table does not declare passes check (Flink rejects the DDL)
  it('reports a WATERMARK on a column the table does not have', () => {
    const r = checkEdited('jobs/rt_live_gift_enrich.sql', 'WATERMARK FOR event_time AS event_time', 'WATERMARK FOR event_ts AS event_ts');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^jobs\/rt_live_gift_enrich\.sql:24:17 {2}error {2}.*'event_ts'.*did you mean 'event_time'/m);
  });

  // Was a bug, fixed: PRIMARY KEY (room_idx) on a column the table does not declare passes check
  it('reports a PRIMARY KEY on a column the table does not have', () => {
    const r = checkEdited('jobs/rt_live_gift_enrich.sql', 'PRIMARY KEY (room_id) NOT ENFORCED', 'PRIMARY KEY (room_idx) NOT ENFORCED');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^jobs\/rt_live_gift_enrich\.sql:\d+:16 {2}error {2}.*'room_idx'/m);
  });

  // Was a bug, fixed: a computed column over an unknown column (ts_ms AS UNIX_TIMESTAMP(event_tim)) passes check
  it('reports a computed column that reads an unknown column', () => {
    const r = checkEdited('jobs/rt_live_gift_enrich.sql', '  proc_time AS PROCTIME(),', '  proc_time AS PROCTIME(),\n  ts_ms AS UNIX_TIMESTAMP(event_tim),');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^jobs\/rt_live_gift_enrich\.sql:\d+:\d+ {2}error {2}unknown column 'event_tim'/m);
  });
});

describe('qa: mistakes that are missed or drown in follow-up errors', () => {
  // Was a bug, fixed: one missing comma in a SELECT list gives 8 problems: the syntax error plus an insert-column-count and 6 "unknown column 'k.…'" follow-ups
  it('reports a missing comma once', () => {
    const r = checkEdited('jobs/ads_live_room_rank_1d.sql', '  k.watch_uv,\n', '  k.watch_uv\n');
    assert.equal(r.status, 1);
    assert.deepEqual(problems(r).map((l) => l.replace(/ {2}error .*/, '')), ['jobs/ads_live_room_rank_1d.sql:50:4']);
  });

  // Was a bug, fixed: one unclosed parenthesis gives 7 problems (syntax error plus insert-column-count and unknown-column follow-ups)
  it('reports an unclosed parenthesis once', () => {
    const r = checkEdited('jobs/ads_live_room_rank_1d.sql', "coalesce(a.anchor_name, 'unknown') AS anchor_name", "coalesce(a.anchor_name, 'unknown' AS anchor_name");
    assert.equal(r.status, 1);
    assert.equal(problems(r).length, 1, r.stdout);
    assert.match(problems(r)[0], /^jobs\/ads_live_room_rank_1d\.sql:48:37 {2}error {2}unexpected 'AS': expected '\)'/);
  });

  // Was a bug, fixed: a job whose SELECT does not parse also gets "INSERT into ... has 1 columns but the table has 18"
  it('does not count the columns of a SELECT that did not parse', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      fs.writeFileSync(path.join(dir, 'jobs', 'zz_broken.sql'), 'INSERT OVERWRITE TABLE dws.dws_live_room_1d SELECT FROM WHERE;\n');
      const r = strata(['check', '--project', dir]);
      assert.deepEqual(problems(r), ["jobs/zz_broken.sql:1:52  error  unexpected 'FROM', expected an expression  syntax"]);
    } finally {
      cleanup();
    }
  });

  // Was a bug, fixed: a misspelt PARTITION column (p_dt) also gives "INSERT into ... has 7 columns but the table has 8" (it is then taken for a data column)
  it('reports a misspelt PARTITION column once', () => {
    const r = checkEdited('jobs/dwd_live_like_di.sql', "PARTITION (p_date = '${date}')", "PARTITION (p_dt = '${date}')");
    assert.equal(r.status, 1);
    assert.deepEqual(problems(r), ["jobs/dwd_live_like_di.sql:10:56  error  unknown column 'p_dt' in 'dwd.dwd_live_like_di'; did you mean 'p_date'?  unknown-column"]);
  });

  // Was a bug, fixed: a missing `),` between two CTEs also reports the later CTE as an unknown table (resync starts a new statement at the INSERT, which loses the CTEs)
  it('reports a missing `),` between CTEs once', () => {
    const r = checkEdited('jobs/ads_live_room_rank_1d.sql', '  WHERE p_date = \'${date}\'\n    AND broadcast_cnt > 0\n),', '  WHERE p_date = \'${date}\'\n    AND broadcast_cnt > 0\n)');
    assert.equal(problems(r).length, 1, r.stdout);
  });

  // SELECT-item vs target-column alias and type compatibility are lint rules (SE05 insert-column-name, SE06 insert-type-narrowing)
  it('flags SELECT columns whose aliases and types contradict the target columns', () => {
    const lines = runEdited('lint', 'jobs/ads_live_room_rank_1d.sql',
      "  k.room_id,\n  k.anchor_id,\n  coalesce(a.anchor_name, 'unknown') AS anchor_name,",
      "  coalesce(a.anchor_name, 'unknown') AS anchor_name,\n  k.room_id,\n  k.anchor_id,").stdout.split('\n');
    assert.ok(lines.some((l) => /^jobs\/ads_live_room_rank_1d\.sql:46:\d+ .*anchor_name.*room_id/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^jobs\/ads_live_room_rank_1d\.sql:46:\d+ .*STRING.*'room_id' BIGINT/.test(l)), lines.join('\n'));
  });

  // Was a bug, fixed: PARTITION (p_date) on a table partitioned by (p_date, hour) passes; Hive and Spark reject a partition spec that leaves out a partition column
  it('reports a PARTITION spec that leaves out a partition column', () => {
    const r = checkEdited('jobs/dws_live_room_1h.sql', "PARTITION (p_date = '${date}', hour)", "PARTITION (p_date = '${date}')");
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^jobs\/dws_live_room_1h\.sql:\d+:\d+ {2}error {2}.*hour/m);
  });
});
