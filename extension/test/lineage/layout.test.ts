import assert from 'node:assert/strict';
import { layoutGraph, SIZES, tableDepths } from '../../src/lineage/layout';
import { edge, graphOf } from './graphs';

describe('lineage layout', () => {
  it('lays tables out left to right by depth, columns sorted in rows, edges from row to row', () => {
    const graph = graphOf(['ads.c.z'], [edge('ods.a.x', 'dwd.b.y'), edge('dwd.b.y', 'ads.c.z', 'aggregate'), edge('ods.a.w', 'ads.c.z', 'expression')]);
    const layout = layoutGraph(graph);
    // Each layer is as wide as its longest name (at least minWidth): all names here are short.
    const w = SIZES.minWidth;
    const x = (layer: number) => SIZES.margin + layer * (w + SIZES.columnGap);
    assert.deepEqual(layout.tables.map((t) => [t.name, t.depth, t.x, t.y, t.width, t.height, t.columns.map((c) => c.column)]), [
      ['ods.a', 0, x(0), SIZES.margin, w, SIZES.header + 2 * SIZES.row, ['w', 'x']],
      ['dwd.b', 1, x(1), SIZES.margin, w, SIZES.header + SIZES.row, ['y']],
      ['ads.c', 2, x(2), SIZES.margin, w, SIZES.header + SIZES.row, ['z']],
    ]);
    assert.deepEqual(layout.tables.flatMap((t) => t.columns.filter((c) => c.root).map((c) => c.id)), ['ads.c.z']);
    assert.equal(layout.width, x(2) + w + SIZES.margin);
    assert.equal(layout.height, SIZES.margin + SIZES.header + 2 * SIZES.row + SIZES.margin);
    const rowMiddle = (row: number) => SIZES.margin + SIZES.header + row * SIZES.row + SIZES.row / 2;
    assert.deepEqual(layout.edges.map((e) => [e.index, e.from, e.to]), [
      [0, { x: x(0) + w, y: rowMiddle(1) }, { x: x(1), y: rowMiddle(0) }],
      [1, { x: x(1) + w, y: rowMiddle(0) }, { x: x(2), y: rowMiddle(0) }],
      [2, { x: x(0) + w, y: rowMiddle(0) }, { x: x(2), y: rowMiddle(0) }],
    ]);
  });

  it('stacks the tables of a layer by the rows of the tables feeding them, then by name', () => {
    const graph = graphOf([], [edge('s.b.c', 't.a.c'), edge('s.a.c', 't.z.c'), edge('s.b.c', 't.y.c')]);
    const layers = layoutGraph(graph).tables.map((t) => [t.name, t.depth, t.y]);
    const next = SIZES.margin + SIZES.header + SIZES.row + SIZES.tableGap;
    assert.deepEqual(layers, [
      ['s.a', 0, SIZES.margin],
      ['s.b', 0, next],
      ['t.z', 1, SIZES.margin],
      ['t.a', 1, next],
      ['t.y', 1, next * 2 - SIZES.margin],
    ]);
  });

  it('widens a layer to its longest name, up to the maximum', () => {
    const long = 'c'.repeat(30);
    const huge = 'd'.repeat(200);
    const tables = layoutGraph(graphOf([], [edge(`s.a.${long}`, `t.b.${huge}`)])).tables;
    assert.deepEqual(tables.map((t) => t.width), [Math.ceil(30 * SIZES.charWidth) + SIZES.padding, SIZES.maxWidth]);
  });

  const depthCases: [string, [string, string][], Record<string, number>][] = [
    ['a chain', [['a', 'b'], ['b', 'c']], { a: 0, b: 1, c: 2 }],
    ['the longest path wins', [['a', 'c'], ['a', 'b'], ['b', 'c']], { a: 0, b: 1, c: 2 }],
    ['a table feeding itself', [['a', 'a'], ['a', 'b']], { a: 0, b: 1 }],
    ['a cycle stops below the table count', [['a', 'b'], ['b', 'a']], { a: 0, b: 1 }],
  ];
  for (const [name, links, expected] of depthCases) {
    it(`depths: ${name}`, () => {
      const edges = links.map(([from, to]) => edge(`db.${from}.c`, `db.${to}.c`));
      const tables = Object.keys(expected).map((t) => `db.${t}`);
      assert.deepEqual(Object.fromEntries([...tableDepths(tables, edges)].map(([t, d]) => [t.slice(3), d])), expected);
    });
  }

  it('draws nothing for an empty graph, and leaves out edges to columns the graph lacks', () => {
    assert.deepEqual(layoutGraph({ roots: [], nodes: [], edges: [] }), { width: 0, height: 0, tables: [], edges: [] });
    const graph = graphOf(['a.b.c'], []);
    graph.edges.push(edge('a.b.c', 'x.y.z'));
    assert.deepEqual(layoutGraph(graph).edges, []);
  });
});
