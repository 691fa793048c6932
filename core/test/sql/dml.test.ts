import assert from 'node:assert/strict';
import { parse, type Insert, type Merge, type MultiInsert, type SetStatement, type UseStatement } from '../../src/sql';
import { one, show } from './helpers';

describe('sql DML and session statements', () => {
  it('parses INSERT OVERWRITE with a static partition', () => {
    const text = "INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '${date}') SELECT a FROM s";
    const i = one(text) as Insert;
    assert.equal(i.overwrite, true);
    assert.deepEqual(i.table.parts.map((p) => p.name), ['dws', 't']);
    assert.equal(i.partition[0].column.name, 'p_date');
    assert.equal(show(i.partition[0].value), "'${date}'");
    assert.equal(text.slice(i.query.start, i.query.end), 'SELECT a FROM s');
  });

  it('parses INSERT INTO with dynamic partitions, column lists and VALUES', () => {
    const i = one("INSERT INTO t PARTITION (p_date = '2024-01-01', hour) (a, b) SELECT a, b, hour FROM s") as Insert;
    assert.equal(i.overwrite, false);
    assert.deepEqual(i.partition.map((p) => [p.column.name, p.value === undefined]), [['p_date', false], ['hour', true]]);
    assert.deepEqual(i.columns?.map((c) => c.name), ['a', 'b']);
    const v = one("INSERT INTO TABLE t VALUES (1, 'a'), (2, 'b')") as Insert;
    assert.equal(v.query.body.kind === 'Values' && v.query.body.rows.length, 2);
    assert.equal((one('INSERT INTO t (SELECT 1)') as Insert).columns, undefined);
  });

  it('parses INSERT with a leading WITH', () => {
    const i = one('WITH x AS (SELECT 1 AS a) INSERT INTO t SELECT a FROM x') as Insert;
    assert.equal(i.kind, 'Insert');
    assert.equal(i.query.with?.ctes[0].name.name, 'x');
    assert.equal(i.start, 0);
  });

  it('parses Hive multi-insert', () => {
    const text = `FROM ods.src s LATERAL VIEW explode(s.tags) t AS tag
      INSERT OVERWRITE TABLE a PARTITION (p_date = '\${date}') SELECT s.x, tag WHERE s.y > 0 GROUP BY s.x, tag
      INSERT INTO TABLE b SELECT s.z`;
    const m = one(text, 'hive') as MultiInsert;
    assert.equal(m.kind, 'MultiInsert');
    assert.equal(m.from.length, 1);
    assert.equal(m.lateralViews[0].columnAliases[0].name, 'tag');
    assert.deepEqual(m.inserts.map((i) => i.kind === 'Insert' && [i.table.parts[0].name, i.overwrite]), [['a', true], ['b', false]]);
    const first = m.inserts[0].query.body;
    assert.equal(first.kind === 'Select' && first.from.length, 0);
    assert.equal(first.kind === 'Select' && show(first.where), '(s.y > 0)');
    assert.equal(first.kind === 'Select' && first.groupBy?.items.length, 2);
    assert.equal(text.slice(m.start, m.end), text);
  });

  it('parses multi-insert with a leading WITH', () => {
    const m = one('WITH c AS (SELECT * FROM src) FROM c INSERT INTO a SELECT x INSERT INTO b SELECT y') as MultiInsert;
    assert.equal(m.with?.ctes.length, 1);
    assert.equal(m.inserts.length, 2);
  });

  it('parses MERGE INTO', () => {
    const m = one(`MERGE INTO t AS tgt USING (SELECT * FROM s) src ON tgt.id = src.id
      WHEN MATCHED AND src.op = 'D' THEN DELETE
      WHEN MATCHED THEN UPDATE SET tgt.v = src.v, w = 1
      WHEN NOT MATCHED THEN INSERT (id, v) VALUES (src.id, src.v)
      WHEN NOT MATCHED BY SOURCE THEN DELETE`) as Merge;
    assert.equal(m.targetAlias?.name, 'tgt');
    assert.equal(m.source.kind, 'DerivedTable');
    assert.equal(show(m.on), '(tgt.id = src.id)');
    assert.deepEqual(m.clauses.map((c) => [c.matched, c.action, c.bySource]), [[true, 'DELETE', false], [true, 'UPDATE', false], [false, 'INSERT', false], [false, 'DELETE', true]]);
    assert.deepEqual(m.clauses[1].assignments.map((a) => a.column.map((c) => c.name).join('.')), ['tgt.v', 'w']);
    assert.deepEqual(m.clauses[2].insertColumns.map((c) => c.name), ['id', 'v']);
    const star = one('MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *') as Merge;
    assert.deepEqual(star.clauses.map((c) => c.star), [true, true]);
  });

  it('parses SET in its forms', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ["SET 'table.exec.state.ttl' = '1 d'", 'table.exec.state.ttl', '1 d'],
      ['SET hive.exec.dynamic.partition.mode=nonstrict', 'hive.exec.dynamic.partition.mode', 'nonstrict'],
      ['SET hivevar:x = 1', 'hivevar:x', '1'],
      ['SET', undefined, undefined],
    ];
    for (const [text, key, value] of cases) {
      const s = one(text) as SetStatement;
      assert.deepEqual([s.kind, s.key, s.value], ['SetStatement', key, value], text);
    }
  });

  it('parses USE [CATALOG]', () => {
    const u = one('USE CATALOG hive_catalog', 'flink') as UseStatement;
    assert.deepEqual([u.catalog, u.name.parts[0].name], [true, 'hive_catalog']);
    assert.equal((one('USE dwd') as UseStatement).catalog, false);
  });

  it('splits statements on ; and excludes it from spans', () => {
    const text = "SET a = 1;\n-- c\nINSERT INTO t SELECT 1 ; ; SELECT 2";
    const s = parse(text, 'spark');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.statements.map((x) => text.slice(x.start, x.end)), ['SET a = 1', 'INSERT INTO t SELECT 1', 'SELECT 2']);
  });
});
