import assert from 'node:assert/strict';
import { lint } from '../../../src/tasks/lint';
import { tempProject } from '../../project/helpers';

const front = (more = '') => `/*---\ndialect: flink\n${more}---*/\n`;
const FILES: Record<string, string> = {
  'strata.yaml': 'name: t\n',
  'tables/ods/ods_click_rt.sql': `${front()}CREATE TABLE ods.ods_click_rt (user_id BIGINT, item_id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka', 'topic' = 'click', 'format' = 'json', 'json.ignore-parse-errors' = 'true');\n`,
  'tables/ads/ads_user_item_rt.sql': `${front()}CREATE TABLE ads.ads_user_item_rt (user_id BIGINT, item_id BIGINT, cnt BIGINT, PRIMARY KEY (user_id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'user_item', 'key.format' = 'json', 'value.format' = 'json');\n`,
  'tables/dwd/dwd_click_rt.sql': `${front()}CREATE TABLE dwd.dwd_click_rt (user_id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'dwd_click', 'format' = 'json', 'sink.delivery-guarantee' = 'exactly-once');\n`,
  'jobs/rt_user_item.sql': [
    front('type: streaming\n'),
    "SET 'execution.checkpointing.interval' = '60s';",
    "SET 'table.exec.state.ttl' = '1d';",
    'INSERT INTO ads.ads_user_item_rt',
    "SELECT user_id, item_id, COUNT(*) AS cnt FROM ods.ods_click_rt /*+ OPTIONS('properties.group.id' = 'rt_user_item') */ GROUP BY user_id, item_id;",
    'INSERT INTO dwd.dwd_click_rt SELECT user_id FROM ods.ods_click_rt;',
    '',
  ].join('\n'),
};

describe('streaming rules in a project', () => {
  it('read sources and sinks from the project table files: key, options, delivery guarantee', async () => {
    const { root, cleanup } = tempProject(FILES);
    try {
      const result = await lint({ project: root, cwd: root, only: ['SR01', 'SR02', 'SR03', 'SR04', 'SR05', 'SR06', 'SR07', 'SR08'] });
      const found = result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code} ${x.messageId}`));
      assert.deepEqual(found, [
        // The table file declares an exactly-once sink without a prefix.
        'tables/dwd/dwd_click_rt.sql 4:119 SR08 noPrefix',
        // The sink's key comes from its table file; the source's group id from the job's hint, on the first read only.
        'jobs/rt_user_item.sql 8:13 SR05 keyMismatch',
        'jobs/rt_user_item.sql 9:47 SR03 startupMode',
        'jobs/rt_user_item.sql 10:13 SR08 noPrefix',
        'jobs/rt_user_item.sql 10:50 SR03 groupId',
        'jobs/rt_user_item.sql 10:50 SR03 startupMode',
      ]);
    } finally {
      cleanup();
    }
  });
});
