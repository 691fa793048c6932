import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '../../src/tasks/test';
import { scaffoldTest } from '../../src/tasks/test-scaffold';
import { unitTestProject } from './unit-test-project';

const SKELETON = `# Written by \`strata test --scaffold dws_room_gift_1d\` from the seeds of the job's inputs.
# REVIEW the expected rows: they are what the job produced from these rows when this file was
# written, not necessarily what it should produce. Trim the rows to the cases worth testing.

job: dws_room_gift_1d
date: '2026-11-25'
given:
  dim.dim_gift_df:
    - {gift_id: 10, name: Rose, p_date: '2026-11-25'}
    - {gift_id: 11, name: Car, p_date: '2026-11-25'}
  ods.ods_gift_di:
    - {log_id: l1, room_id: 1, gift_id: 10, cnt: 2, amount: 0.20, sent_at: '2026-11-25 10:00:00', tags: [a], p_date: '2026-11-25'}
    - {log_id: l2, room_id: 1, gift_id: 11, cnt: 1, amount: 5.00, sent_at: '2026-11-25 11:00:00', tags: null, p_date: '2026-11-25'}
    - {log_id: l3, room_id: 2, gift_id: 10, cnt: 3, amount: 0.30, sent_at: '2026-11-24 09:00:00', tags: null, p_date: '2026-11-24'}
expect:
  dws.dws_room_gift_1d:
    - {room_id: 1, gifts: 3, amount: 5.20, top_gift: rose, p_date: '2026-11-25'}
`;

describe('strata test --scaffold', () => {
  it('writes a test from the input seeds (the run date first) with what the job makes of them, which then passes', async () => {
    const { root, cleanup } = unitTestProject();
    try {
      const result = await scaffoldTest({ project: root, cwd: root, job: 'dws_room_gift_1d' });
      assert.deepEqual(result, {
        file: 'tests/dws_room_gift_1d.yaml',
        date: '2026-11-25',
        given: [{ table: 'dim.dim_gift_df', rows: 2 }, { table: 'ods.ods_gift_di', rows: 3 }],
        expect: [{ table: 'dws.dws_room_gift_1d', rows: 1 }],
      });
      assert.equal(fs.readFileSync(path.join(root, result.file), 'utf8'), SKELETON);
      assert.deepEqual((await runTests({ project: root, cwd: root })).tests.map((t) => t.status), ['pass']);
    } finally {
      cleanup();
    }
  });

  it('never overwrites a test without force, and names a job it does not know', async () => {
    const { root, cleanup } = unitTestProject({ 'tests/dws_room_gift_1d.yaml': 'mine\n' });
    try {
      await assert.rejects(scaffoldTest({ project: root, cwd: root, job: 'dws_room_gift_1d' }), {
        code: 'usage', message: 'tests/dws_room_gift_1d.yaml already exists; pass --force to overwrite it',
      });
      assert.equal(fs.readFileSync(path.join(root, 'tests/dws_room_gift_1d.yaml'), 'utf8'), 'mine\n');
      await scaffoldTest({ project: root, cwd: root, job: 'dws_room_gift_1d', force: true, date: '2026-11-24' });
      assert.match(fs.readFileSync(path.join(root, 'tests/dws_room_gift_1d.yaml'), 'utf8'), /^date: '2026-11-24'$/m);
      await assert.rejects(scaffoldTest({ project: root, cwd: root, job: 'dws_room_gift' }), { code: 'usage', message: "'dws_room_gift' is not a job of this project; did you mean 'dws_room_gift_1d'?" });
    } finally {
      cleanup();
    }
  });

  it('fills a streaming job\'s Kafka table from the seed of the ODS table landed from its topic', async () => {
    const { root, cleanup } = unitTestProject({
      'tables/ods/ods_gift_log_di.sql': "CREATE TABLE ods.ods_gift_log_di (room_id BIGINT, cnt INT, ts TIMESTAMP) PARTITIONED BY (p_date STRING) TBLPROPERTIES ('source.topic' = 'gift_log');\n",
      'seeds/ods_gift_log_di.csv': 'room_id,cnt,ts,p_date\n1,2,2026-11-25 10:00:01,2026-11-25\n1,4,2026-11-25 10:01:00,2026-11-25\n',
    });
    try {
      const result = await scaffoldTest({ project: root, cwd: root, job: 'rt_room_gift' });
      assert.deepEqual([result.given, result.expect], [[{ table: 'gift_log', rows: 2 }], [{ table: 'ads.ads_room_rt', rows: 2 }]]);
      const text = fs.readFileSync(path.join(root, result.file), 'utf8');
      assert.match(text, /^ {4}- \{room_id: 1, cnt: 2, ts: '2026-11-25 10:00:01'\}$/m);
      assert.deepEqual((await runTests({ project: root, cwd: root })).tests.map((t) => t.status), ['pass']);
    } finally {
      cleanup();
    }
  });
});
