import assert from 'node:assert/strict';
import { dryRun } from '../../src/tasks/dry-run';
import type { PartitionValues } from '../../src/tasks/dry-run-partitions';
import { tempProject } from '../project/helpers';

/* dry-run's "partitions read": the partitions each filter names, operands evaluated with the run's variables. */

const PROJECT = {
  'strata.yaml': 'name: parts\nvars:\n  days: {default: "6"}\n',
  'tables/ods/ods_log_di.sql': 'CREATE TABLE ods.ods_log_di (id BIGINT, p_hour STRING) PARTITIONED BY (p_date STRING);\n',
  'tables/ods/ods_hour_hi.sql': 'CREATE TABLE ods.ods_hour_hi (id BIGINT) PARTITIONED BY (p_date STRING, hour INT);\n',
  'tables/dws/dws_out_1d.sql': 'CREATE TABLE dws.dws_out_1d (id BIGINT) PARTITIONED BY (p_date STRING);\n',
};

/** The values of each read of the job `INSERT ... SELECT <from>`, in order. */
async function valuesRead(from: string): Promise<PartitionValues[][]> {
  const job = `/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dws.dws_out_1d PARTITION (p_date = '\${date}')\n${from};\n`;
  const { root, cleanup } = tempProject({ ...PROJECT, 'jobs/dws_out_1d.sql': job });
  try {
    const result = await dryRun({ project: root, cwd: root, job: 'dws_out_1d', date: '2026-11-25', cache: false });
    return result.reads.map((r) => r.values);
  } finally {
    cleanup();
  }
}

const at = (column: string, op: PartitionValues['op'], ...values: PartitionValues['values']): PartitionValues => ({ column, op, values });

const CASES: [what: string, from: string, expected: PartitionValues[][]][] = [
  ['a literal', "SELECT id FROM ods.ods_log_di WHERE p_date = '2026-11-20'", [[at('p_date', '=', '2026-11-20')]]],
  ['a rendered variable', "SELECT id FROM ods.ods_log_di WHERE p_date = '${date}'", [[at('p_date', '=', '2026-11-25')]]],
  ['the literal on the left', "SELECT id FROM ods.ods_log_di WHERE '${date}' >= p_date", [[at('p_date', '<=', '2026-11-25')]]],
  ['BETWEEN with date_sub evaluated', "SELECT id FROM ods.ods_log_di WHERE p_date BETWEEN date_sub('${date}', ${days}) AND '${date}'", [[at('p_date', 'between', '2026-11-19', '2026-11-25')]]],
  ['IN', "SELECT id FROM ods.ods_log_di WHERE p_date IN ('${date}', date_add('${date}', 1), '2026-01-01')", [[at('p_date', 'in', '2026-11-25', '2026-11-26', '2026-01-01')]]],
  ['two bounds', "SELECT id FROM ods.ods_log_di WHERE p_date > date_format(date_sub('${date}', 30), 'yyyy-MM-dd') AND p_date < '${date}'", [[at('p_date', '>', '2026-10-26'), at('p_date', '<', '2026-11-25')]]],
  ['two partition columns', "SELECT id FROM ods.ods_hour_hi WHERE p_date = '${date}' AND hour IN (0, 23)", [[at('p_date', '=', '2026-11-25'), at('hour', 'in', 0, 23)]]],
  ['a filter whose form names no partition', "SELECT id FROM ods.ods_log_di WHERE substr(p_date, 1, 7) = '2026-11'", [[]]],
  ['NOT IN', "SELECT id FROM ods.ods_log_di WHERE p_date NOT IN ('2026-11-25')", [[]]],
  ['no filter', 'SELECT id FROM ods.ods_log_di', [[]]],
  ['two reads of one table: each its own filter',
    "SELECT a.id FROM (SELECT id FROM ods.ods_log_di WHERE p_date = date_sub('${date}', 1)) a JOIN ods.ods_log_di b ON a.id = b.id WHERE b.p_date = '${date}'",
    [[at('p_date', '=', '2026-11-24')], [at('p_date', '=', '2026-11-25')]]],
  ['a join on the partition column lends the filter to the other side',
    "SELECT a.id FROM ods.ods_log_di a JOIN ods.ods_hour_hi h ON a.p_date = h.p_date WHERE h.p_date = '${date}' AND h.hour = 1",
    [[at('p_date', '=', '2026-11-25')], [at('p_date', '=', '2026-11-25'), at('hour', '=', 1)]]],
];

describe('dry-run: partitions read', () => {
  for (const [what, from, expected] of CASES) {
    it(what, async () => {
      assert.deepEqual(await valuesRead(from), expected);
    });
  }
});
