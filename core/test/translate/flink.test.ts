import assert from 'node:assert/strict';
import { DuckDbSession, translate } from './duckdb-session';

const SOURCE = `CREATE TEMPORARY TABLE events (
  id STRING, room_id BIGINT, user_id BIGINT, amount INT, event_time TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'events', 'format' = 'json');
CREATE TEMPORARY TABLE rooms (room_id BIGINT, category STRING, PRIMARY KEY (room_id) NOT ENFORCED)
WITH ('connector' = 'jdbc', 'table-name' = 'rooms');
CREATE TEMPORARY TABLE sink (room_id BIGINT, w_start TIMESTAMP(3), w_end TIMESTAMP(3), cnt BIGINT, total BIGINT)
WITH ('connector' = 'print');
CREATE TEMPORARY TABLE upsert_sink (room_id BIGINT, total BIGINT, PRIMARY KEY (room_id) NOT ENFORCED)
WITH ('connector' = 'upsert-kafka', 'topic' = 'totals', 'key.format' = 'json', 'value.format' = 'json');
CREATE TEMPORARY TABLE latest (room_id BIGINT, w_end TIMESTAMP(3), total BIGINT, PRIMARY KEY (room_id) NOT ENFORCED)
WITH ('connector' = 'upsert-kafka', 'topic' = 'latest', 'key.format' = 'json', 'value.format' = 'json');
`;

const EVENTS = `INSERT INTO events VALUES
  ('e1', 1, 10, 5, TIMESTAMP '2024-01-02 10:00:10'),
  ('e2', 1, 11, 7, TIMESTAMP '2024-01-02 10:00:50'),
  ('e1', 1, 10, 99, TIMESTAMP '2024-01-02 10:00:11'),
  ('e3', 1, 10, 1, TIMESTAMP '2024-01-02 10:01:05'),
  ('e4', 2, 12, 3, TIMESTAMP '2024-01-02 10:02:30')`;

/** Runs the Flink script `job` after the shared DDL over the sample events, then `query`. */
async function run(job: string, query: string, setup: string[] = []): Promise<unknown[][]> {
  const db = await DuckDbSession.open();
  try {
    const { statements, diagnostics } = translate(SOURCE, { dialect: 'flink' });
    assert.deepEqual(diagnostics, []);
    for (const s of statements) for (const sql of s.sql) await db.run(sql);
    for (const sql of [EVENTS, "INSERT INTO rooms VALUES (1, 'music'), (2, 'game')", ...setup]) await db.run(sql);
    await db.runTranslated(`${SOURCE}\n${job}`, { dialect: 'flink' });
    return await db.rows(query);
  } finally {
    db.close();
  }
}

const WINDOW_QUERY = 'SELECT room_id, CAST(w_start AS VARCHAR), CAST(w_end AS VARCHAR), cnt, total FROM sink ORDER BY room_id, w_start, w_end';

describe('translate: Flink jobs emulated on DuckDB over bounded input', () => {
  it('TUMBLE windows: one window per row, aligned to the epoch', async () => {
    const job = `INSERT INTO sink SELECT room_id, window_start, window_end, COUNT(*), SUM(amount)
      FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)) GROUP BY room_id, window_start, window_end`;
    assert.deepEqual(await run(job, WINDOW_QUERY), [
      [1, '2024-01-02 10:00:00', '2024-01-02 10:01:00', 3, 111],
      [1, '2024-01-02 10:01:00', '2024-01-02 10:02:00', 1, 1],
      [2, '2024-01-02 10:02:00', '2024-01-02 10:03:00', 1, 3],
    ]);
  });

  it('named TVF arguments in any order', async () => {
    const job = `INSERT INTO sink SELECT room_id, window_start, window_end, COUNT(*), SUM(amount)
      FROM TABLE(HOP(SIZE => INTERVAL '3' MINUTE, DATA => TABLE events, SLIDE => INTERVAL '1' MINUTE, TIMECOL => DESCRIPTOR(event_time)))
      WHERE room_id = 2 GROUP BY room_id, window_start, window_end`;
    assert.equal((await run(job, WINDOW_QUERY)).length, 3);
  });

  it('window_time is window_end minus 1 ms', async () => {
    const job = `INSERT INTO sink SELECT room_id, window_time, window_end, 0, 0
      FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)) WHERE id = 'e4'`;
    assert.deepEqual(await run(job, WINDOW_QUERY), [[2, '2024-01-02 10:02:59.999', '2024-01-02 10:03:00', 0, 0]]);
  });

  it('HOP windows: a row is in size / slide windows', async () => {
    const job = `INSERT INTO sink SELECT room_id, window_start, window_end, COUNT(*), SUM(amount)
      FROM TABLE(HOP(TABLE events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '3' MINUTE)) WHERE room_id = 2
      GROUP BY room_id, window_start, window_end`;
    assert.deepEqual(await run(job, WINDOW_QUERY), [
      [2, '2024-01-02 10:00:00', '2024-01-02 10:03:00', 1, 3],
      [2, '2024-01-02 10:01:00', '2024-01-02 10:04:00', 1, 3],
      [2, '2024-01-02 10:02:00', '2024-01-02 10:05:00', 1, 3],
    ]);
  });

  it('CUMULATE windows: growing windows from the start of the max-size window', async () => {
    const job = `INSERT INTO sink SELECT room_id, window_start, window_end, COUNT(*), SUM(amount)
      FROM TABLE(CUMULATE(TABLE events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '3' MINUTE)) WHERE room_id = 1
      GROUP BY room_id, window_start, window_end`;
    assert.deepEqual(await run(job, WINDOW_QUERY), [
      [1, '2024-01-02 10:00:00', '2024-01-02 10:01:00', 3, 111],
      [1, '2024-01-02 10:00:00', '2024-01-02 10:02:00', 4, 112],
      [1, '2024-01-02 10:00:00', '2024-01-02 10:03:00', 4, 112],
    ]);
  });

  it('dedup on processing time keeps the first arrival; lookup join reads the dimension', async () => {
    const job = `INSERT INTO upsert_sink SELECT d.room_id, SUM(d.amount) FROM (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY proc_time ASC) AS rn FROM events) AS d
      JOIN rooms FOR SYSTEM_TIME AS OF d.proc_time AS r ON d.room_id = r.room_id
      WHERE d.rn = 1 AND r.category = 'music' GROUP BY d.room_id`;
    assert.deepEqual(await run(job, 'SELECT * FROM upsert_sink'), [[1, 13]]);
  });

  it('top-N with ROW_NUMBER', async () => {
    const job = `INSERT INTO upsert_sink SELECT room_id, amount FROM (
        SELECT room_id, amount, ROW_NUMBER() OVER (PARTITION BY room_id ORDER BY amount DESC) AS rn FROM events) WHERE rn <= 1`;
    assert.deepEqual(await run(job, 'SELECT * FROM upsert_sink ORDER BY room_id'), [[1, 99], [2, 3]]);
  });

  it('an upsert sink keeps the last row per primary key, replacing what it held', async () => {
    const job = 'INSERT INTO upsert_sink SELECT room_id, CAST(amount AS BIGINT) FROM events';
    assert.deepEqual(await run(job, 'SELECT * FROM upsert_sink ORDER BY room_id', ['INSERT INTO upsert_sink VALUES (1, 1000), (3, 3)']), [[1, 1], [2, 3], [3, 3]]);
  });

  it('an upsert sink fed by windows keeps the row of the latest window per key', async () => {
    const job = `INSERT INTO latest SELECT room_id, window_end, total FROM (
        SELECT room_id, window_end, SUM(amount) AS total
        FROM TABLE(HOP(TABLE events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '2' MINUTE))
        GROUP BY room_id, window_start, window_end)`;
    // room 1: windows ending 10:01 (111), 10:02 (112), 10:03 (1); room 2: ending 10:03 (3), 10:04 (3)
    const rows = await run(job, 'SELECT room_id, CAST(w_end AS VARCHAR), total FROM latest ORDER BY room_id');
    assert.deepEqual(rows, [[1, '2024-01-02 10:03:00', 1], [2, '2024-01-02 10:04:00', 3]]);
  });

  it('interval joins run as plain joins with the time condition', async () => {
    const job = `INSERT INTO upsert_sink SELECT a.room_id, COUNT(*) FROM events AS a JOIN events AS b
      ON a.room_id = b.room_id AND b.event_time BETWEEN a.event_time - INTERVAL '30' SECOND AND a.event_time AND a.id <> b.id
      GROUP BY a.room_id`;
    // only e3 has another event of its room in the 30 seconds before it (e2)
    assert.deepEqual(await run(job, 'SELECT * FROM upsert_sink'), [[1, 1]]);
  });

  it('CROSS JOIN UNNEST', async () => {
    const job = "INSERT INTO upsert_sink SELECT room_id, SUM(x) FROM events CROSS JOIN UNNEST(ARRAY[1, 2]) AS t(x) GROUP BY room_id";
    assert.deepEqual(await run(job, 'SELECT * FROM upsert_sink ORDER BY room_id'), [[1, 12], [2, 3]]);
  });

  it('a legacy group window is reported with the TVF to use', () => {
    const { diagnostics } = translate(`${SOURCE}\nSELECT TUMBLE_START(event_time, INTERVAL '1' MINUTE), COUNT(*) FROM events GROUP BY TUMBLE(event_time, INTERVAL '1' MINUTE)`, { dialect: 'flink' });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start.line, d.start.character]), [['untranslatable', SOURCE.split('\n').length, 7]]);
    assert.match(diagnostics[0].message, /^the legacy group window TUMBLE_START\(\) is not emulated: use the window TVF/);
  });

  const WARNINGS: [name: string, job: string, message: RegExp][] = [
    ['a window over the processing-time column', "SELECT * FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(proc_time), INTERVAL '1' MINUTE))", /processing-time column proc_time/],
    ['state TTL', "SET 'table.exec.state.ttl' = '1h';", /state TTL is not emulated/],
    ['an event-time temporal join on a Kafka table', 'SELECT * FROM events AS e JOIN upsert_sink FOR SYSTEM_TIME AS OF e.event_time AS s ON e.room_id = s.room_id', /temporal join on the upsert-kafka table upsert_sink is emulated as a plain join/],
  ];
  for (const [name, job, message] of WARNINGS) {
    it(`warns (not-emulated) about ${name}`, () => {
      const { diagnostics } = translate(`${SOURCE}\n${job}`, { dialect: 'flink' });
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].severity, 'warning');
      assert.equal(diagnostics[0].code, 'not-emulated');
      assert.equal(diagnostics[0].start.line, SOURCE.split('\n').length);
      assert.match(diagnostics[0].message, message);
    });
  }
});
