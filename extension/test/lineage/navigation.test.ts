import assert from 'node:assert/strict';
import { lineageTitle, locationOf } from '../../src/lineage/navigation';
import { edge, graphOf } from './graphs';

describe('lineage navigation', () => {
  const graph = graphOf(['ads.c.z'], [edge('ods.a.x', 'ads.c.z', 'direct', 12)], ['ods.a.y', 'src.k.v']);
  delete graph.nodes.find((n) => n.id === 'ods.a.y')!.line;
  delete graph.nodes.find((n) => n.id === 'src.k.v')!.uri;

  const cases: [string, unknown, ReturnType<typeof locationOf>][] = [
    ['a column opens its declaration', { type: 'open', node: 'ads.c.z' }, { uri: 'file:///p/tables/ads.c.sql', line: 3 }],
    ['a column without a known line opens its file', { type: 'open', node: 'ods.a.y' }, { uri: 'file:///p/tables/ods.a.sql', line: 0 }],
    ['an edge opens its job line', { type: 'open', edge: 0 }, { uri: 'file:///p/jobs/j.sql', line: 12 }],
    ['a column without a file', { type: 'open', node: 'src.k.v' }, undefined],
    ['a column not in the graph', { type: 'open', node: 'x.y.z' }, undefined],
    ['an edge not in the graph', { type: 'open', edge: 1 }, undefined],
    ['a fractional edge', { type: 'open', edge: 0.5 }, undefined],
    ['a node that is not a string', { type: 'open', node: 7 }, undefined],
    ['another message type', { type: 'run', node: 'ads.c.z' }, undefined],
    ['not an object', 'ads.c.z', undefined],
    ['null', null, undefined],
  ];
  for (const [name, message, expected] of cases) {
    it(name, () => assert.deepEqual(locationOf(graph, message), expected));
  }

  it('titles the panel after the column, or the table when all its columns are roots', () => {
    assert.equal(lineageTitle(graphOf(['ads.c.z'], [])), 'Strata lineage: ads.c.z');
    assert.equal(lineageTitle(graphOf(['ads.c.y', 'ads.c.z'], [])), 'Strata lineage: ads.c');
    assert.equal(lineageTitle(graphOf(['a.b.c', 'd.e.f'], [])), 'Strata lineage: a.b.c, d.e.f');
  });
});
