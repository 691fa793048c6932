import assert from 'node:assert/strict';
import { buildGraph, type ColumnEdge } from '@strata/core';
import { formatGraph } from '../../src/formatters/graph';

const graph = buildGraph(
  [{ name: 'ods.a', layer: 'ods' }, { name: 'dwd.b', layer: 'dwd' }],
  [{ name: 'b', file: 'jobs/b.sql', type: 'batch', reads: ['ods.a'], writes: ['dwd.b'] }],
);

describe('cli formatters: graph', () => {
  it('draws sources as cylinders and jobs as ellipses in Graphviz', () => {
    const dot = formatGraph(graph, 'dot');
    assert.match(dot, /"table:ods\.a" \[label="ods\.a\\n\(ods\)", shape=cylinder\];/);
    assert.match(dot, /"job:b" \[label="b\\n\(batch\)", shape=ellipse\];/);
    assert.match(dot, /"table:ods\.a" -> "job:b";/);
  });

  it('uses plain Mermaid ids with the real names as labels', () => {
    assert.equal(formatGraph(graph, 'mermaid'), [
      'flowchart LR',
      '  n0(["b"])',
      '  n1["dwd.b"]',
      '  n2[("ods.a")]',
      '  n2 --> n0',
      '  n0 --> n1',
    ].join('\n'));
  });

  it('groups columns by table for the column graph', () => {
    const edges: ColumnEdge[] = [{ source: 'ods.a.x', target: 'dwd.b.y', kind: 'expression', job: 'b', file: 'jobs/b.sql', line: 3 }];
    const dot = formatGraph({ ...graph, columnEdges: edges }, 'dot');
    assert.match(dot, /subgraph cluster_0 \{\n {4}label="dwd\.b";\n {4}"dwd\.b\.y" \[label="y"\];/);
    assert.match(dot, /"ods\.a\.x" -> "dwd\.b\.y" \[label="expression"\];/);
  });
});
