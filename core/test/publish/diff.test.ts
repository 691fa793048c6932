import assert from 'node:assert/strict';
import { computePlan, describeChange, tableHash, type Desired, type PublishedColumn, type TargetState } from '../../src/publish';

const col = (spec: string): PublishedColumn => {
  const [name, type, partition] = spec.split(' ');
  return { name, type, partition: partition === 'partition' };
};

function desired(tables: Record<string, string[]>, jobs: Record<string, string> = {}): Desired {
  const entries = Object.entries(tables).map(([name, specs]) => [name, { name, hash: tableHash(name, specs.map(col)), columns: specs.map(col) }] as const);
  return {
    tables: new Map(entries),
    jobs: new Map(Object.entries(jobs).map(([path, hash]) => [path, { path, hash, type: 'batch' as const, writes: [] }])),
    order: new Map(Object.keys(tables).map((name, i) => [name, i])),
  };
}

/** The state a publish of `d` leaves. */
function stateOf(d: Desired): TargetState {
  const at = { version: 1, by: 'ana@box', at: '2026-11-30T10:00:00.000Z' };
  return {
    format: 1,
    tables: Object.fromEntries([...d.tables.values()].map((t) => [t.name, { name: t.name, hash: t.hash, columns: t.columns, ...at }])),
    jobs: Object.fromEntries([...d.jobs.values()].map((j) => [j.path, { ...j, ...at }])),
  };
}

const BASE = { 'dwd.t': ['id BIGINT', 'name STRING', 'amount DECIMAL(10,2)', 'p_date STRING partition'] };

describe('plan diff', () => {
  // [what the project now says, the plan's lines (describeChange, ! for breaking), its steps]
  const cases: [string, Desired, string[], string[]][] = [
    ['nothing changed (reordered data columns, types in lower case)', desired({ 'dwd.t': ['name STRING', 'id bigint', 'amount decimal(10,2)', 'p_date STRING partition'] }, { 'jobs/t.sql': 'j1' }), [], []],
    ['a column added', desired({ 'dwd.t': [...BASE['dwd.t'], 'os STRING'] }, { 'jobs/t.sql': 'j1' }),
      ['  dwd.t: os STRING added'], ['alter-table add column os to dwd.t']],
    ['a column widened and one narrowed', desired({ 'dwd.t': ['id STRING', 'name STRING', 'amount DECIMAL(8,2)', 'p_date STRING partition'] }, { 'jobs/t.sql': 'j1' }),
      ['! dwd.t: column id retyped BIGINT -> STRING (widening)', '! dwd.t: column amount retyped DECIMAL(10,2) -> DECIMAL(8,2) (narrowing)'],
      ['alter-table retype column id of dwd.t from BIGINT to STRING', 'alter-table retype column amount of dwd.t from DECIMAL(10,2) to DECIMAL(8,2)']],
    ['a column renamed', desired({ 'dwd.t': ['id BIGINT', 'user_name STRING', 'amount DECIMAL(10,2)', 'p_date STRING partition'] }, { 'jobs/t.sql': 'j1' }),
      ['! dwd.t: column name removed (possibly renamed to user_name)', '  dwd.t: user_name STRING added'],
      ['alter-table drop column name of dwd.t', 'alter-table add column user_name to dwd.t']],
    ['a column dropped and another of the same type added elsewhere', desired({ 'dwd.t': ['id BIGINT', 'amount DECIMAL(10,2)', 'os STRING', 'p_date STRING partition'] }, { 'jobs/t.sql': 'j1' }),
      ['! dwd.t: column name removed', '  dwd.t: os STRING added'], ['alter-table drop column name of dwd.t', 'alter-table add column os to dwd.t']],
    ['the partitioning changed', desired({ 'dwd.t': [...BASE['dwd.t'], 'hour STRING partition'] }, { 'jobs/t.sql': 'j1' }),
      ['! dwd.t: partitioning changed (p_date) -> (p_date, hour); rebuilding it drops its data'], ['recreate-table rebuild dwd.t partitioned by (p_date, hour), dropping its data']],
    ['a table and a job added, a job changed', desired({ ...BASE, 'dws.u': ['id BIGINT'] }, { 'jobs/t.sql': 'j2', 'jobs/u.sql': 'j3' }),
      ['  dws.u: new table (1 column)', '  jobs/t.sql: job changed', '  jobs/u.sql: new job'],
      ['create-table create table dws.u', 'register-job update job jobs/t.sql', 'register-job register job jobs/u.sql']],
    ['a table and its job removed', desired({}, {}),
      ['! dwd.t: no longer in the project; dropping it drops its data', '  jobs/t.sql: job no longer in the project'],
      ['remove-job remove job jobs/t.sql', 'drop-table drop table dwd.t']],
  ];
  const before = stateOf(desired(BASE, { 'jobs/t.sql': 'j1' }));
  for (const [what, now, lines, steps] of cases) {
    it(what, () => {
      const plan = computePlan('local', now, before);
      assert.deepEqual(plan.changes.map((c) => `${c.breaking ? '!' : ' '} ${describeChange(c)}`), lines);
      assert.deepEqual(plan.steps.map((s) => `${s.action} ${s.description}`), steps);
      assert.equal(plan.breaking, lines.filter((l) => l.startsWith('!')).length);
    });
  }

  it('keeps the old hash until the last step of a table, so a stopped publish plans the rest again', () => {
    const now = desired({ 'dwd.t': ['id BIGINT', 'amount DECIMAL(10,2)', 'p_date STRING partition', 'os STRING'] }, { 'jobs/t.sql': 'j1' });
    const plan = computePlan('local', now, before);
    const rows = plan.steps.map((s) => s.tables['dwd.t']!);
    assert.deepEqual(rows.map((r) => [r.hash === before.tables['dwd.t'].hash, r.version, r.columns.map((c) => c.name).join()]), [
      [true, 2, 'id,amount,p_date'],
      [false, 3, 'id,amount,p_date,os'],
    ]);
    assert.equal(rows[1].hash, now.tables.get('dwd.t')!.hash);
  });

  it('gives the same plan the same id, and another state another id', () => {
    const now = desired({ ...BASE, 'dws.u': ['id BIGINT'] });
    assert.equal(computePlan('local', now, before).id, computePlan('local', now, before).id);
    assert.notEqual(computePlan('local', now, before).id, computePlan('local', now, { format: 1, tables: {}, jobs: {} }).id);
  });
});
