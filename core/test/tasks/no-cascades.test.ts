import assert from 'node:assert/strict';
import { check } from '../../src/tasks/check';
import { tempProject } from '../project/helpers';

/*
 * `strata check` over a project whose table file has a syntax error: the table is known with an
 * open shape, so the jobs reading and writing it get no follow-up errors (one mistake, one error).
 */

const BROKEN_DWD = `/*---
checks:
  - not_null: [amount]
---*/
CREATE TABLE dwd.dwd_gift_di (room_id BIGINT, gift_id BIGINT, amount, PRIMARY KEY (amount) NOT ENFORCED) PARTITIONED BY (p_date STRING);
`;
const ODS = 'CREATE TABLE ods.ods_gift_log_di (room_id BIGINT, gift_id BIGINT, price INT) PARTITIONED BY (p_date STRING);\n';
const JOB_WRITE = `/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_gift_di PARTITION (p_date = '\${date}')\nSELECT room_id, gift_id, price FROM ods.ods_gift_log_di;\n`;
const JOB_READ = `/*---\ntype: batch\n---*/\nSELECT room_id, amount, sum(amount) AS total FROM dwd.dwd_gift_di GROUP BY room_id, amount;\n`;

describe('tasks/check: no cascades from a broken table file', () => {
  it('reports the syntax error only', async () => {
    const { root, cleanup } = tempProject({
      'strata.yaml': 'name: qa\n',
      'tables/ods/ods_gift_log_di.sql': ODS,
      'tables/dwd/dwd_gift_di.sql': BROKEN_DWD,
      'jobs/dwd_gift_di.sql': JOB_WRITE,
      'jobs/dws_gift.sql': JOB_READ,
    });
    try {
      const result = await check({ project: root, cwd: root });
      const shown = result.diagnostics.map((d) => `${d.file}:${d.start.line + 1}:${d.start.character + 1} ${d.code}`);
      assert.deepEqual(shown, ['tables/dwd/dwd_gift_di.sql:5:69 syntax']);
    } finally {
      cleanup();
    }
  });
});
