import assert from 'node:assert/strict';
import { parse, type CreateTable, type Insert, type StatementSet, type TableFunction } from '../../src/sql';
import { one, show } from './helpers';

const job = `SET 'table.exec.state.ttl' = '1 d';
CREATE TEMPORARY TABLE kafka_gift (
  room_id BIGINT, user_id BIGINT, gift_value DECIMAL(18,2), event_time TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'live_gift', 'format' = 'json');
INSERT INTO ads_live_room_gift_1min
SELECT window_start, window_end, room_id, SUM(gift_value) AS gift_value
FROM TABLE(TUMBLE(TABLE kafka_gift, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, room_id;`;

describe('sql Flink', () => {
  it('parses a streaming job', () => {
    const s = parse(job, 'flink');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.statements.map((x) => x.kind), ['SetStatement', 'CreateTable', 'Insert']);
    const t = s.statements[1] as CreateTable;
    assert.equal(t.temporary, true);
    assert.deepEqual(t.columns.map((c) => c.name.name), ['room_id', 'user_id', 'gift_value', 'event_time', 'proc_time']);
    assert.equal(show(t.columns[4].computed), 'PROCTIME()');
    assert.equal(t.columns[4].type, undefined);
    assert.equal(t.watermark?.column.name, 'event_time');
    assert.equal(show(t.watermark?.expr), "(event_time - INTERVAL '5' SECOND)");
    assert.deepEqual(t.withOptions.map((o) => [o.key, o.value]), [['connector', 'kafka'], ['topic', 'live_gift'], ['format', 'json']]);
    const i = s.statements[2] as Insert;
    const from = i.query.body.kind === 'Select' ? i.query.body.from[0] as TableFunction : undefined;
    assert.equal(from?.call.name.parts[0].name, 'TUMBLE');
  });

  it('parses metadata columns, primary keys and Flink types', () => {
    const t = one(`CREATE TABLE t (
      id BIGINT,
      name STRING NOT NULL,
      ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,
      part INT METADATA VIRTUAL,
      r ROW<a INT, b STRING>,
      r2 ROW(a INT NOT NULL),
      lt TIMESTAMP(3) WITH LOCAL TIME ZONE,
      m MAP<STRING, ROW<x DOUBLE>>,
      PRIMARY KEY (id) NOT ENFORCED
    ) WITH ('connector' = 'upsert-kafka')`, 'flink') as CreateTable;
    assert.deepEqual(t.columns[2].metadata, { from: 'timestamp', virtual: true });
    assert.deepEqual(t.columns[3].metadata, { virtual: true });
    assert.equal(t.columns[1].notNull, true);
    assert.deepEqual(t.columns.slice(2).map((c) => c.type?.text), [
      'TIMESTAMP_LTZ(3)', 'INT', 'ROW<a INT,b STRING>', 'ROW<a INT NOT NULL>', 'TIMESTAMP(3) WITH LOCAL TIME ZONE', 'MAP<STRING,ROW<x DOUBLE>>',
    ]);
    assert.deepEqual(t.columns[4].type?.fields.map((f) => f.name.name), ['a', 'b']);
    assert.deepEqual([t.primaryKey?.columns.map((c) => c.name), t.primaryKey?.notEnforced], [['id'], true]);
  });

  it('parses inline primary keys and LIKE with options', () => {
    const t = one("CREATE TABLE t (id BIGINT PRIMARY KEY NOT ENFORCED, v STRING) WITH ('connector' = 'jdbc') LIKE src (EXCLUDING OPTIONS)", 'flink') as CreateTable;
    assert.equal(t.columns[0].primaryKey, true);
    assert.equal(t.like?.parts[0].name, 'src');
  });

  it('parses EXECUTE STATEMENT SET BEGIN ... END', () => {
    const s = parse('EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT * FROM s; INSERT INTO b SELECT * FROM s; END;', 'flink');
    assert.deepEqual(s.errors, []);
    const set = s.statements[0] as StatementSet;
    assert.equal(set.kind, 'StatementSet');
    assert.deepEqual(set.statements.map((x) => x.kind), ['Insert', 'Insert']);
  });

  it('parses BEGIN STATEMENT SET; ... END; and what follows', () => {
    const text = 'BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\nINSERT INTO b SELECT 2;\nEND;\nSELECT 3;';
    const s = parse(text, 'flink');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.statements.map((x) => x.kind), ['StatementSet', 'QueryStatement']);
    const set = s.statements[0] as StatementSet;
    assert.equal(set.statements.length, 2);
    assert.equal(text.slice(set.start, set.end), 'BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\nINSERT INTO b SELECT 2;\nEND');
  });

  it('parses dynamic table options hints', () => {
    const i = one("INSERT INTO t SELECT * FROM src /*+ OPTIONS('scan.startup.mode' = 'latest-offset') */", 'flink') as Insert;
    const from = i.query.body.kind === 'Select' ? i.query.body.from[0] : undefined;
    assert.equal(from?.kind === 'TableRef' && from.hints[0].name, 'OPTIONS');
  });

  it('parses interval arithmetic in watermarks and temporal joins', () => {
    const i = one(`INSERT INTO sink SELECT o.id, r.rate FROM orders AS o
      LEFT JOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency`, 'flink') as Insert;
    assert.equal(i.query.body.kind, 'Select');
  });
});
