import assert from 'node:assert/strict';
import { declaredLayers, graphIndex } from '../../src/lint/graph-index';
import { loadWorkspace, type Workspace } from '../../src/tasks/workspace';
import { tempProject } from '../project/helpers';

const ddl = (name: string) => `CREATE TABLE ${name} (a BIGINT COMMENT 'a') COMMENT 't';\n`;

async function withWorkspace(files: Record<string, string>, use: (ws: Workspace) => void): Promise<void> {
  const { root, cleanup } = tempProject(files);
  try {
    use(await loadWorkspace({ project: root, cwd: root }));
  } finally {
    cleanup();
  }
}

describe('declaredLayers', () => {
  const files = {
    'strata.yaml': 'name: t\n',
    'tables/dwd/dwd_a_di.sql': ddl('dwd.dwd_a_di'),
    'tables/dws/dws_b_1d.sql': ddl('dws.dws_b_1d'),
    // The same table again in another layer, and a table outside any layer folder: the DAG keeps the first declaration.
    'tables/ods/dwd_a_di.sql': ddl('dwd.dwd_a_di'),
    'tables/misc.sql': ddl('other.misc'),
    'jobs/dws_b_1d.sql': "INSERT OVERWRITE TABLE dws.dws_b_1d SELECT a FROM dwd.dwd_a_di;\n",
  };

  it('answers from the table files without building the DAG, as the DAG would', async () => {
    await withWorkspace(files, (ws) => {
      const layers = declaredLayers(ws);
      assert.equal(typeof Object.getOwnPropertyDescriptor(ws, 'graph')?.get, 'function', 'declaredLayers built the DAG');
      assert.deepEqual([...layers].sort(), [...graphIndex(ws.graph).layerOf].sort());
      assert.equal(layers.get('dwd.dwd_a_di'), 'dwd');
    });
  });

  it("uses the DAG's index once the DAG is built", async () => {
    await withWorkspace(files, (ws) => {
      const built = graphIndex(ws.graph).layerOf;
      assert.equal(declaredLayers(ws), built);
    });
  });
});
