import assert from 'node:assert/strict';
import * as path from 'node:path';
import { jobDag } from '../../src/analysis/job-graph';
import { schedulerArtefacts } from '../../src/scheduler';
import { quartzCron, scheduleSlug } from '../../src/scheduler/schedules';
import { loadWorkspace } from '../../src/tasks/workspace';
import { tempProject } from '../project/helpers';
import { hasPython, parseDag } from './python-dag';

/* Scheduler artefacts: Airflow DAGs read back with Python's parser, the DolphinScheduler import file. */

const LIVE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

/** A three-job project: b reads what a writes, c is on its own; hourly, with retries and a timeout. */
const SMALL: Record<string, string> = {
  'strata.yaml': 'name: small\n',
  'tables/ods/ods_x_di.sql': 'CREATE TABLE ods.ods_x_di (id BIGINT) PARTITIONED BY (p_date STRING);\n',
  'tables/dwd/dwd_a_di.sql': 'CREATE TABLE dwd.dwd_a_di (id BIGINT) PARTITIONED BY (p_date STRING);\n',
  'tables/dws/dws_b_1d.sql': 'CREATE TABLE dws.dws_b_1d (n BIGINT) PARTITIONED BY (p_date STRING);\n',
  'tables/dws/dws_c_1d.sql': 'CREATE TABLE dws.dws_c_1d (n BIGINT) PARTITIONED BY (p_date STRING);\n',
  'jobs/dwd_a_di.sql': "/*---\ntype: batch\nschedule: '@hourly'\nretries: 2\ntimeout: 90s\ndescription: copies x\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_a_di PARTITION (p_date = '${date}') SELECT id FROM ods.ods_x_di WHERE p_date = '${date}';\n",
  'jobs/dws_b_1d.sql': "/*---\ntype: batch\nschedule: '@hourly'\n---*/\nINSERT OVERWRITE TABLE dws.dws_b_1d PARTITION (p_date = '${date}') SELECT count(*) AS n FROM dwd.dwd_a_di WHERE p_date = '${date}';\n",
  'jobs/dws_c_1d.sql': "/*---\ntype: batch\nschedule: '@hourly'\n---*/\nINSERT OVERWRITE TABLE dws.dws_c_1d PARTITION (p_date = '${date}') SELECT count(*) AS n FROM ods.ods_x_di WHERE p_date = '${date}';\n",
};

async function artefacts(root: string, target = 'prod') {
  const ws = await loadWorkspace({ project: root, cwd: root });
  return { ws, files: schedulerArtefacts(ws, { project: ws.project.config.name, target }) };
}

describe('scheduler artefacts', () => {
  it('writes one DAG per schedule and one DolphinScheduler file, the same bytes every time', async () => {
    const first = await artefacts(LIVE);
    const again = await artefacts(LIVE);
    assert.deepEqual(first.files.map((f) => f.path), ['airflow/live_cron_0_3_x_x_x.py', 'airflow/live_daily.py', 'dolphinscheduler/live.json']);
    assert.deepEqual(again.files, first.files);
  });

  it('Airflow: valid Python whose task dependencies are the batch-job graph of examples/live', async function () {
    if (!hasPython) this.skip();
    const { ws, files } = await artefacts(LIVE);
    const edges: string[] = [];
    const tasks: Record<string, Record<string, unknown>> = {};
    for (const file of files.filter((f) => f.path.endsWith('.py'))) {
      const dag = parseDag(file.content);
      const job = (v: string) => String(dag.tasks[v].operator === 'ExternalTaskSensor' ? dag.tasks[v].external_task_id : dag.tasks[v].task_id);
      edges.push(...dag.edges.map(([a, b]) => `${job(a)} -> ${job(b)}`));
      for (const t of Object.values(dag.tasks)) if (t.operator === 'BashOperator') tasks[t.task_id] = t;
    }
    const dag = jobDag(ws.graph, (n) => n.group !== 'streaming');
    const expected = [...dag.upstream].flatMap(([job, ups]) => ups.map((u) => `${u} -> ${job}`));
    assert.deepEqual(edges.sort(), expected.sort());
    assert.equal(edges.length, 31);
    assert.deepEqual(Object.keys(tasks).sort(), dag.jobs);
    assert.deepEqual(tasks.ads_live_anchor_income_1d, {
      operator: 'BashOperator',
      task_id: 'ads_live_anchor_income_1d',
      bash_command: 'strata run --project "${STRATA_PROJECT_DIR:-.}" ads_live_anchor_income_1d --date {{ ds }} --target prod --retries 0',
      retries: 3,
      execution_timeout: 3600,
      owner: 'live-finance',
      doc_md: 'Anchor income of the day with the month-to-date total and the rank inside the guild; runs after the 02:00 batch so late orders are in.\n\nJob file: jobs/ads_live_anchor_income_1d.sql',
    });
  });

  it('Airflow: a job on another daily schedule waits with an ExternalTaskSensor shifted by the run-time difference', async function () {
    if (!hasPython) this.skip();
    const { files } = await artefacts(LIVE);
    const dag = parseDag(files.find((f) => f.path === 'airflow/live_cron_0_3_x_x_x.py')!.content);
    assert.deepEqual(dag.tasks.wait_live_daily_dws_live_anchor_1d, {
      operator: 'ExternalTaskSensor',
      task_id: 'wait_live_daily.dws_live_anchor_1d',
      external_dag_id: 'live_daily',
      external_task_id: 'dws_live_anchor_1d',
      execution_delta: 180 * 60,
      mode: 'reschedule',
    });
  });

  it('Airflow: quotes, braces, backslashes and newlines in names and descriptions cannot break the Python or the command', async function () {
    if (!hasPython) this.skip();
    const odd = `it's "odd" {{x}} \\`;
    const { root, cleanup } = tempProject({
      ...SMALL,
      [`jobs/${odd}.sql`]: `/*---\ntype: batch\ndescription: "ends a string \\"\\"\\" and a line\\n# not a comment"\n---*/\nINSERT OVERWRITE TABLE dws.dws_c_1d PARTITION (p_date = '\${date}') SELECT 1 AS n;\n`,
    });
    try {
      const { files } = await artefacts(root, "pro'd");
      const daily = parseDag(files.find((f) => f.path === 'airflow/small_daily.py')!.content);
      assert.deepEqual(Object.values(daily.tasks).map((t) => [t.task_id, t.bash_command, t.doc_md]), [[
        'it_s__odd____x____',
        `strata run --project "\${STRATA_PROJECT_DIR:-.}" 'it'\\''s "odd" {{ '{' }}{{ '{' }}x}} \\' --date {{ ds }} --target 'pro'\\''d' --retries 0`,
        `ends a string """ and a line\n# not a comment\n\nJob file: jobs/${odd}.sql`,
      ]]);
    } finally {
      cleanup();
    }
  });

  it('DolphinScheduler: the import structure of a small project, relations as its graph', async () => {
    const { root, cleanup } = tempProject(SMALL);
    try {
      const { files } = await artefacts(root);
      const [workflow] = JSON.parse(files.find((f) => f.path === 'dolphinscheduler/small.json')!.content);
      const code = (name: string) => workflow.taskDefinitionList.find((t: { name: string }) => t.name === name).code as number;
      const [a, b, c] = ['dwd_a_di', 'dws_b_1d', 'dws_c_1d'].map(code);
      const date = { prop: 'date', direct: 'IN', type: 'VARCHAR', value: '$[yyyy-MM-dd-1]' };
      const task = (name: string, taskCode: number, extra: Record<string, unknown>) => ({
        code: taskCode, name, version: 1, description: '', taskType: 'SHELL',
        taskParams: { localParams: [], rawScript: `strata run --project "\${STRATA_PROJECT_DIR:-.}" ${name} --date \${date} --target prod --retries 0`, resourceList: [] },
        flag: 'YES', taskPriority: 'MEDIUM', workerGroup: 'default', environmentCode: -1, failRetryTimes: 0, failRetryInterval: 1,
        timeoutFlag: 'CLOSE', timeoutNotifyStrategy: null, timeout: 0, delayTime: 0, ...extra,
      });
      const relation = (pre: number, post: number) => ({ name: '', preTaskCode: pre, preTaskVersion: pre === 0 ? 0 : 1, postTaskCode: post, postTaskVersion: 1, conditionType: 'NONE', conditionParams: {} });
      assert.deepEqual(workflow, {
        processDefinition: {
          code: workflow.processDefinition.code, name: 'small_hourly', version: 1, description: 'strata project small, schedule @hourly; generated by strata publish',
          globalParams: JSON.stringify([date]), globalParamList: [date], releaseState: 'OFFLINE', flag: 'YES', timeout: 0, executionType: 'PARALLEL',
        },
        taskDefinitionList: [
          task('dwd_a_di', a, { description: 'copies x', failRetryTimes: 2, timeoutFlag: 'OPEN', timeoutNotifyStrategy: 'FAILED', timeout: 2 }),
          task('dws_b_1d', b, {}),
          task('dws_c_1d', c, {}),
        ],
        processTaskRelationList: [relation(0, a), relation(a, b), relation(0, c)],
        schedule: {
          crontab: '0 0 * * * ? *', timezoneId: 'UTC', startTime: '2024-01-01 00:00:00', endTime: '2124-01-01 00:00:00', failureStrategy: 'END',
          warningType: 'NONE', warningGroupId: 0, processInstancePriority: 'MEDIUM', workerGroup: 'default', environmentCode: -1, releaseState: 'OFFLINE',
        },
      });
      assert.ok([a, b, c, workflow.processDefinition.code].every((n) => Number.isSafeInteger(n) && n > 0));
    } finally {
      cleanup();
    }
  });

  it('DolphinScheduler: the relations of examples/live are its same-schedule batch edges, a start relation for the rest', async () => {
    const { ws, files } = await artefacts(LIVE);
    const workflows = JSON.parse(files.find((f) => f.path === 'dolphinscheduler/live.json')!.content);
    const dag = jobDag(ws.graph, (n) => n.group !== 'streaming');
    const schedule = (job: string) => (job === 'ads_live_anchor_income_1d' ? '0 3 * * *' : '@daily');
    const expected = dag.jobs.flatMap((job) => {
      const inside = dag.upstream.get(job)!.filter((u) => schedule(u) === schedule(job));
      return inside.length === 0 ? [`start -> ${job}`] : inside.map((u) => `${u} -> ${job}`);
    });
    const found = workflows.flatMap((w: { taskDefinitionList: { code: number; name: string }[]; processTaskRelationList: { preTaskCode: number; postTaskCode: number }[] }) => {
      const name = new Map(w.taskDefinitionList.map((t) => [t.code, t.name]));
      return w.processTaskRelationList.map((r) => `${r.preTaskCode === 0 ? 'start' : name.get(r.preTaskCode)} -> ${name.get(r.postTaskCode)}`);
    });
    assert.deepEqual(found.sort(), expected.sort());
    assert.deepEqual(workflows.map((w: { processDefinition: { name: string } }) => w.processDefinition.name), ['live_cron_0_3_x_x_x', 'live_daily']);
  });

  it('schedules as Quartz crons and slugs', () => {
    const cases: [string, string, string][] = [
      ['@daily', '0 0 0 * * ? *', 'daily'],
      ['@hourly', '0 0 * * * ? *', 'hourly'],
      ['@weekly', '0 0 0 ? * 1 *', 'weekly'],
      ['@monthly', '0 0 0 1 * ? *', 'monthly'],
      ['0 3 * * *', '0 0 3 * * ? *', 'cron_0_3_x_x_x'],
      ['30 2 * * 1-5', '0 30 2 ? * 2-6 *', 'cron_30_2_x_x_1_5'],
      ['*/15 8-20 1,15 * *', '0 */15 8-20 1,15 * ? *', 'cron_x_15_8_20_1_15_x_x'],
      ['0 0 * * 0,7/2', '0 0 0 ? * 1,1/2 *', 'cron_0_0_x_x_0_7_2'],
    ];
    assert.deepEqual(cases.map(([s]) => [s, quartzCron(s), scheduleSlug(s)]), cases);
  });
});
