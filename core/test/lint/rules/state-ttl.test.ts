import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/state-ttl';

const SRC = "CREATE TEMPORARY TABLE clicks (user_id BIGINT, item_id BIGINT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');";
const job = (...lines: string[]) => [SRC, ...lines].join('\n');
const COUNT = 'INSERT INTO sink SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;';
const message = (what: string) => `${what} keeps state for every key forever: SET 'table.exec.state.ttl' (e.g. '36h') before the INSERT, or add a /*+ STATE_TTL(...) */ hint to its SELECT`;

RuleTester.run(rule, {
  valid: [
    { code: job("SET 'table.exec.state.ttl' = '36h';", COUNT), dialect: 'flink' },
    { code: job("INSERT INTO sink SELECT /*+ STATE_TTL('c' = '1d', 'd' = '12h') */ c.user_id, d.item_id FROM clicks AS c JOIN clicks AS d ON c.user_id = d.item_id;"), dialect: 'flink' },
    // Bounded state: window aggregation, interval join, lookup join, OVER aggregation.
    { code: job("INSERT INTO sink SELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;"), dialect: 'flink' },
    { code: job("INSERT INTO sink SELECT c.user_id FROM clicks AS c JOIN clicks AS d ON c.user_id = d.user_id AND c.ts BETWEEN d.ts - INTERVAL '1' MINUTE AND d.ts;"), dialect: 'flink' },
    {
      code: job("CREATE TEMPORARY TABLE dim_item (item_id BIGINT, name STRING) WITH ('connector' = 'jdbc');", 'INSERT INTO sink SELECT c.user_id, d.name FROM clicks AS c JOIN dim_item FOR SYSTEM_TIME AS OF c.pt AS d ON c.item_id = d.item_id;'),
      dialect: 'flink',
    },
    { code: job('INSERT INTO sink SELECT user_id, SUM(item_id) OVER (PARTITION BY user_id ORDER BY ts RANGE BETWEEN INTERVAL \'1\' HOUR PRECEDING AND CURRENT ROW) AS s FROM clicks;'), dialect: 'flink' },
    // Comma forms: an interval join, and a lateral table function (no state).
    { code: job("INSERT INTO sink SELECT c.user_id FROM clicks c, clicks d WHERE c.user_id = d.user_id AND c.ts BETWEEN d.ts - INTERVAL '1' MINUTE AND d.ts;"), dialect: 'flink' },
    { code: job('INSERT INTO sink SELECT c.user_id, w.word FROM clicks AS c, LATERAL TABLE(split_words(c.item_id)) AS w(word);'), dialect: 'flink' },
    // A view no INSERT reads does not run.
    { code: job('CREATE TEMPORARY VIEW per_user AS SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;', 'INSERT INTO sink SELECT user_id FROM clicks;'), dialect: 'flink' },
    { code: job("SET 'execution.runtime-mode' = 'batch';", COUNT), dialect: 'flink' },
    { code: 'INSERT INTO sink SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id', dialect: 'hive' },
  ],
  invalid: [
    {
      code: job(COUNT),
      dialect: 'flink',
      errors: [{ messageId: 'unbounded', line: 1, character: 61, endCharacter: 69, message: message('a GROUP BY without a window') }],
    },
    {
      // The finding covers GROUP ... BY however it is spaced.
      code: job('INSERT INTO sink SELECT user_id, COUNT(*) AS cnt FROM clicks\nGROUP\n  BY user_id;'),
      dialect: 'flink',
      errors: [{ messageId: 'unbounded', line: 2, character: 0, endLine: 3, endCharacter: 4 }],
    },
    {
      // A zero TTL keeps state forever; a SET after the INSERT comes too late.
      code: job("SET 'table.exec.state.ttl' = '0 ms';", 'INSERT INTO sink SELECT c.user_id, d.item_id FROM clicks AS c\nLEFT JOIN clicks AS d ON c.user_id = d.item_id;', "SET 'table.exec.state.ttl' = '1d';"),
      dialect: 'flink',
      errors: [{ messageId: 'unbounded', line: 3, character: 5, endCharacter: 9, message: message('a regular LEFT JOIN') }],
    },
    {
      // A dedup in a view read by two INSERTs is one finding; the STATE_TTL hint covers joins and aggregations, not ranks.
      code: job(
        'CREATE TEMPORARY VIEW first_click AS SELECT user_id, item_id FROM (SELECT user_id, item_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY pt) AS rn FROM clicks) WHERE rn = 1;',
        'INSERT INTO sink SELECT /*+ STATE_TTL(\'first_click\' = \'1d\') */ * FROM first_click;',
        'INSERT INTO sink2 SELECT * FROM first_click;',
      ),
      dialect: 'flink',
      errors: [{ messageId: 'unbounded', line: 1, character: 92, endCharacter: 102, message: message('a dedup keeping the first row') }],
    },
    {
      code: job('INSERT INTO sink SELECT user_id FROM clicks WHERE item_id IN (SELECT item_id FROM clicks WHERE user_id = 0)\nUNION SELECT item_id FROM clicks;'),
      dialect: 'flink',
      errors: [
        { messageId: 'unbounded', line: 1, character: 50, message: message('a semi join (IN subquery)') },
        { messageId: 'unbounded', line: 2, character: 0, endCharacter: 5, message: message('UNION without ALL') },
      ],
    },
    {
      code: job('INSERT INTO sink SELECT c.user_id, d.item_id FROM clicks AS c , clicks AS d WHERE c.user_id = d.item_id;'),
      dialect: 'flink',
      errors: [{ messageId: 'unbounded', line: 1, character: 62, endCharacter: 63, message: message('a regular JOIN') }],
    },
    {
      code: job('INSERT INTO sink SELECT COUNT(DISTINCT user_id) AS uv FROM clicks;'),
      dialect: 'flink',
      errors: [{ messageId: 'unbounded', line: 1, character: 24, message: message('an aggregate over the whole stream (no GROUP BY)') }],
    },
  ],
});
