import assert from 'node:assert/strict';
import { buildGraph, topologicalOrder } from '../../src/analysis/graph';

const job = (name: string, reads: string[], writes: string[]) => ({ name, file: `jobs/${name}.sql`, type: 'batch', reads, writes });

describe('project graph', () => {
  it('links tables through jobs and marks sources', () => {
    const g = buildGraph(
      [{ name: 'ods.a', layer: 'ods' }, { name: 'dwd.b', layer: 'dwd' }],
      [job('b', ['ods.a'], ['dwd.b'])],
    );
    assert.deepEqual(g.edges, [{ from: 'table:ods.a', to: 'job:b' }, { from: 'job:b', to: 'table:dwd.b' }]);
    assert.equal(g.nodes.find((n) => n.id === 'table:ods.a')?.source, true);
    assert.equal(g.nodes.find((n) => n.id === 'table:dwd.b')?.source, false);
    assert.deepEqual(g.cycles, []);
  });

  it('orders nodes sources first', () => {
    const g = buildGraph([], [job('c', ['dwd.b'], ['dws.c']), job('b', ['ods.a'], ['dwd.b'])]);
    assert.deepEqual(topologicalOrder(g).map((n) => n.id), ['table:ods.a', 'job:b', 'table:dwd.b', 'job:c', 'table:dws.c']);
  });

  it('finds a cycle and reports it as a closed path', () => {
    const g = buildGraph([], [job('x', ['t.a'], ['t.b']), job('y', ['t.b'], ['t.a'])]);
    assert.equal(g.cycles.length, 1);
    const cycle = g.cycles[0];
    assert.equal(cycle[0], cycle[cycle.length - 1]);
    assert.deepEqual(new Set(cycle), new Set(['job:x', 'job:y', 'table:t.a', 'table:t.b']));
  });

  it('reports a cycle whose every step is an edge, even when a side branch dead-ends (a greedy walk would invent job -> job)', () => {
    // fix writes dwd.o; ops reads dwd.o, writes ods.u and ods.o; fix reads ods.u; scratch reads ods.o, writes dwd.o.
    const g = buildGraph([], [
      job('fix', ['ods.u'], ['dwd.o']),
      job('ops', ['dwd.o'], ['ods.o', 'ods.u']),
      job('scratch', ['ods.o'], ['dwd.o']),
    ]);
    assert.equal(g.cycles.length, 1);
    assert.deepEqual(g.cycles[0], ['job:fix', 'table:dwd.o', 'job:ops', 'table:ods.u', 'job:fix']);
  });

  it('lets a job read what it writes (cumulative tables, scratch tables)', () => {
    const g = buildGraph([], [job('x', ['t.a', 't.b'], ['t.a'])]);
    assert.deepEqual(g.cycles, []);
    assert.deepEqual(g.edges, [{ from: 'table:t.b', to: 'job:x' }, { from: 'job:x', to: 'table:t.a' }]);
  });

  it('handles a 20,000-node chain without recursion', () => {
    const jobs = Array.from({ length: 10000 }, (_, i) => job(`j${i}`, [`t.t${i}`], [`t.t${i + 1}`]));
    const g = buildGraph([], jobs);
    assert.equal(g.cycles.length, 0);
    assert.equal(topologicalOrder(g)[0].id, 'table:t.t0');
  });
});
