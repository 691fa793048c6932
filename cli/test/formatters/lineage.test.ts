import assert from 'node:assert/strict';
import type { LineageHop, ProjectLineageResult } from '@strata/core';
import { formatLineage } from '../../src/formatters/lineage';

const hop = (source: string, target: string, depth: number, kind: LineageHop['kind'] = 'direct'): LineageHop =>
  ({ source, target, kind, job: 'j', file: 'jobs/j.sql', line: depth * 10, depth });

const result: ProjectLineageResult = {
  target: 'ads.a.x',
  columns: [{
    column: 'ads.a.x',
    upstream: [hop('dws.b.x', 'ads.a.x', 1, 'aggregate'), hop('ods.c.x', 'dws.b.x', 2), hop('ods.c.y', 'dws.b.x', 2, 'expression')],
    downstream: [],
  }],
  jobs: [],
};

describe('cli formatters: lineage', () => {
  it('draws the upstream tree with kinds and 1-based job lines', () => {
    assert.equal(formatLineage(result, 'tree'), [
      'ads.a.x',
      '  upstream:',
      '    └─ <- dws.b.x  [aggregate]  jobs/j.sql:11',
      '       ├─ <- ods.c.x  [direct]  jobs/j.sql:21',
      '       └─ <- ods.c.y  [expression]  jobs/j.sql:21',
    ].join('\n'));
  });

  it('expands each column under its shallowest occurrence, not deep inside a sibling (columns feeding each other)', () => {
    // a.x <- {b.p, b.q}; b.p <- b.q; b.q <- ods.s: b.q is listed right under the root, so it is expanded there.
    const upstream = [hop('b.p', 'a.x', 1), hop('b.q', 'a.x', 1), hop('b.q', 'b.p', 2), hop('ods.s', 'b.q', 2)];
    assert.equal(formatLineage({ target: 'a.x', columns: [{ column: 'a.x', upstream, downstream: [] }], jobs: [] }, 'tree'), [
      'a.x',
      '  upstream:',
      '    ├─ <- b.p  [direct]  jobs/j.sql:11',
      '    │  └─ <- b.q  [direct]  jobs/j.sql:21',
      '    └─ <- b.q  [direct]  jobs/j.sql:11',
      '       └─ <- ods.s  [direct]  jobs/j.sql:21',
    ].join('\n'));
  });

  it('renders Graphviz and Mermaid edges labelled with the kind', () => {
    assert.match(formatLineage(result, 'dot'), /"dws\.b\.x" -> "ads\.a\.x" \[label="aggregate"\];/);
    const mermaid = formatLineage(result, 'mermaid');
    assert.match(mermaid, /^flowchart LR\n/);
    assert.match(mermaid, /c\d+ -->\|aggregate\| c\d+/);
  });

  it('round-trips as JSON', () => {
    assert.deepEqual(JSON.parse(formatLineage(result, 'json')), result);
  });
});
