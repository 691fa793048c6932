import assert from 'node:assert/strict';
import { ColumnEdge, ColumnGraph } from '../../src/analysis/graph-columns';

const edge = (source: string, target: string, job: string, kind: ColumnEdge['kind'] = 'direct'): ColumnEdge =>
  ({ source, target, kind, job, file: `jobs/${job}.sql`, line: 3 });

function sample(): ColumnGraph {
  const g = new ColumnGraph();
  g.setFileEdges('jobs/dwd.sql', [edge('ods.a.x', 'dwd.b.x', 'dwd'), edge('ods.a.y', 'dwd.b.y', 'dwd', 'expression')]);
  g.setFileEdges('jobs/dws.sql', [edge('dwd.b.x', 'dws.c.total', 'dws', 'aggregate'), edge('dwd.b.y', 'dws.c.total', 'dws', 'aggregate')]);
  g.setFileEdges('jobs/ads.sql', [edge('dws.c.total', 'ads.d.total', 'ads')]);
  return g;
}

describe('column graph', () => {
  it('walks upstream to the sources with depths', () => {
    const hops = sample().walk('ads.d.total', 'upstream');
    assert.deepEqual(hops.map((h) => [h.depth, h.source, h.target]), [
      [1, 'dws.c.total', 'ads.d.total'],
      [2, 'dwd.b.x', 'dws.c.total'],
      [2, 'dwd.b.y', 'dws.c.total'],
      [3, 'ods.a.x', 'dwd.b.x'],
      [3, 'ods.a.y', 'dwd.b.y'],
    ]);
    assert.equal(hops[0].file, 'jobs/ads.sql');
  });

  it('walks downstream and honours the depth limit', () => {
    const g = sample();
    assert.deepEqual(g.walk('ods.a.x', 'downstream').map((h) => h.target), ['dwd.b.x', 'dws.c.total', 'ads.d.total']);
    assert.deepEqual(g.walk('ods.a.x', 'downstream', 1).map((h) => h.target), ['dwd.b.x']);
  });

  it('replaces only the edited file', () => {
    const g = sample();
    g.setFileEdges('jobs/dws.sql', [edge('dwd.b.x', 'dws.c.total', 'dws', 'aggregate')]);
    assert.deepEqual(g.walk('dws.c.total', 'upstream').map((h) => h.source), ['dwd.b.x', 'ods.a.x']);
    g.removeFile('jobs/ads.sql');
    assert.deepEqual(g.walk('dws.c.total', 'downstream'), []);
  });

  it('terminates on cycles', () => {
    const g = new ColumnGraph();
    g.setFileEdges('j', [edge('t.a', 't.b', 'j'), edge('t.b', 't.a', 'j')]);
    assert.equal(g.walk('t.a', 'downstream').length, 2);
  });

  it('lists the columns of a table', () => {
    assert.deepEqual(sample().columnsOf('dwd.b'), ['dwd.b.x', 'dwd.b.y']);
  });
});
