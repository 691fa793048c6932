import assert from 'node:assert/strict';
import { projectChecks } from '../../src/tasks/project-checks';
import { loadWorkspace, type Workspace } from '../../src/tasks/workspace';
import { tempProject } from '../project/helpers';

const flink = (body: string) => `/*---\ndialect: flink\n---*/\n${body}\n`;

async function workspace(files: Record<string, string>): Promise<Workspace> {
  const { root, cleanup } = tempProject({ 'strata.yaml': 'name: qa\n', ...files });
  try {
    return await loadWorkspace({ project: root, cwd: root });
  } finally {
    cleanup();
  }
}

describe('project tables declared with CREATE TABLE ... LIKE', () => {
  it('get the base table columns, whatever the file order, and jobs resolve both', async () => {
    const ws = await workspace({
      // `a_` sorts first: the LIKE table is read before its base.
      'tables/dwd/a_gift_copy_rt.sql': flink("CREATE TABLE dwd.a_gift_copy_rt (note STRING) WITH ('topic' = 'copy') LIKE dwd.gift_rt (EXCLUDING OPTIONS)"),
      'tables/dwd/gift_rt.sql': flink("CREATE TABLE dwd.gift_rt (roomId BIGINT, amount INT) WITH ('connector' = 'kafka', 'topic' = 'gift')"),
      'jobs/copy.sql': `/*---\ntype: streaming\ndialect: flink\n---*/\nINSERT INTO dwd.a_gift_copy_rt SELECT roomId, amount, 'x' FROM dwd.gift_rt;\n`,
    });
    const table = ws.catalog.get('dwd.a_gift_copy_rt');
    assert.deepEqual(table?.columns.map((c) => c.spelling ?? c.name), ['roomId', 'amount', 'note']);
    assert.deepEqual(table?.options, { topic: 'copy' });
    assert.deepEqual([...ws.diagnostics, ...projectChecks(ws)], []);
    assert.deepEqual(ws.analysis.get('jobs/copy.sql')?.diagnostics, []);
  });

  it('a job naming a LIKE table column in the wrong case is told the declared spelling', async () => {
    const ws = await workspace({
      'tables/dwd/a.sql': flink('CREATE TABLE dwd.a (note STRING) LIKE dwd.b'),
      'tables/dwd/b.sql': flink("CREATE TABLE dwd.b (roomId BIGINT) WITH ('connector' = 'kafka')"),
      'jobs/copy.sql': `/*---\ntype: streaming\ndialect: flink\n---*/\nINSERT INTO dwd.a SELECT roomid, note FROM dwd.a;\n`,
    });
    assert.deepEqual(ws.analysis.get('jobs/copy.sql')?.diagnostics.map((d) => d.message), [
      "unknown column 'roomid' in 'dwd.a'; did you mean 'roomId'? Flink column names are case-sensitive",
    ]);
  });
});

describe('a table file holding a session command', () => {
  it('names the command it found', async () => {
    const ws = await workspace({ 'tables/dwd/udf.sql': flink("ADD JAR '/opt/udf.jar'") });
    assert.deepEqual(ws.diagnostics.map((d) => d.message), ["a table file holds exactly one CREATE TABLE, found 'ADD JAR', not a CREATE TABLE; move other statements to jobs/"]);
  });
});
