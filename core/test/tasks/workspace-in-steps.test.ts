import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadProject } from '../../src/project';
import { workspaceInSteps, workspaceOf } from '../../src/tasks';

const live = path.resolve(__dirname, '../../../../examples/live');

describe('workspaceInSteps', () => {
  it('pauses after each file read, parsed and job analysed, and builds the same workspace as workspaceOf', async () => {
    const pauses: string[] = [];
    const project = await loadProject(live, { pause: async () => void pauses.push('read') });
    const tables = project.files.filter((f) => f.kind === 'table').length;
    const jobs = project.files.length - tables;
    assert.equal(pauses.length, tables + jobs);
    const stepped = await workspaceInSteps(project, async () => void pauses.push('step'));
    assert.equal(pauses.length, 2 * (tables + jobs) + jobs);
    const plain = workspaceOf(project);
    assert.deepEqual([...stepped.jobs], [...plain.jobs]);
    assert.deepEqual([...stepped.semantic], [...plain.semantic]);
    assert.deepEqual(stepped.diagnostics, plain.diagnostics);
    assert.deepEqual([...stepped.analysis.keys()].sort(), [...plain.analysis.keys()].sort());
    assert.deepEqual(stepped.graph, plain.graph);
  });
});
