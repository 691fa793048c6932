import assert from 'node:assert/strict';
import { highlightSql } from '../../src/docs/highlight';
import type { TableGraphData } from '../../src/docs/model';
import { selectTables } from '../../src/docs/selector';
import { slug } from '../../src/docs/slug';

/*
 * The pure parts the builders and the site share: slugs (file names), selectors (DAG view and
 * --select) and the build-time SQL highlighting.
 */

describe('docs/slug', () => {
  const cases: [string, string][] = [
    ['dwd.dwd_live_room_1d', 'dwd.dwd_live_room_1d'],
    ['dwd_room', 'dwd_room'],
    ['../../etc/passwd', '_etc_passwd-6fadc99a'],
    ['..', '_-a3d4a70d'],
    ['dwd.UserEvents', 'dwd_userevents-a1bdbc84'],
    ['kafka.live-gift topic', 'kafka_live_gift_topic-ccfcbfab'],
  ];
  for (const [name, expected] of cases) {
    it(`${JSON.stringify(name)} -> ${expected}`, () => assert.equal(slug(name), expected));
  }
  it('never yields a path separator or a dot-only name, and keeps distinct names apart', () => {
    const names = ['a/b', 'a\\b', 'a b', 'a_b', 'A_b', '.', '..', '...'];
    const slugs = names.map(slug);
    for (const s of slugs) assert.ok(!/[/\\]/.test(s) && !/^\.+$/.test(s), s);
    assert.equal(new Set(slugs).size, names.length);
  });
});

describe('docs/selector', () => {
  // ods.a -> dwd.b -> dws.c -> ads.d ; ods.e -> dws.c ; dim.f alone
  const graph: TableGraphData = {
    layers: ['ads', 'dim', 'dwd', 'dws', 'ods'],
    owners: ['team-a', 'team-b'],
    tables: [['ods.a', 4, 0], ['dwd.b', 2, 0], ['dws.c', 3, 1], ['ads.d', 0, 1], ['ods.e', 4, -1], ['dim.f', 1, -1]],
    edges: [[0, 1], [1, 2], [2, 3], [4, 2]],
  };
  const names = (selector: string) => {
    const r = selectTables(graph, selector);
    return 'error' in r ? r.error : r.tables.map((i) => graph.tables[i][0]);
  };
  const cases: [string, string[] | string][] = [
    ['dws.c', ['dws.c']],
    ['c', ['dws.c']],
    ['+dws.c', ['ods.a', 'dwd.b', 'dws.c', 'ods.e']],
    ['dws.c+', ['dws.c', 'ads.d']],
    ['1+dws.c', ['dwd.b', 'dws.c', 'ods.e']],
    ['+ads.d+', ['ods.a', 'dwd.b', 'dws.c', 'ads.d', 'ods.e']],
    ['layer:ods', ['ods.a', 'ods.e']],
    ['layer:ods+1', ['ods.a', 'dwd.b', 'dws.c', 'ods.e']],
    ['owner:team-b', ['dws.c', 'ads.d']],
    ['layer:ods owner:team-b', ['ods.a', 'dws.c', 'ads.d', 'ods.e']],
    ['+ads.d,owner:team-a', ['ods.a', 'dwd.b']],
    ['d*', ['dwd.b', 'dws.c', 'ads.d', 'dim.f']],
    ['nothing', []],
    ['', 'empty selector; write a table name, +table, table+, layer:NAME or owner:NAME'],
    ['tag:x', "unknown selector method 'tag:'; use layer: or owner:"],
    ['a++b', "cannot read selector 'a++b'; write name, +name, name+, 2+name, layer:NAME or owner:NAME"],
  ];
  for (const [selector, expected] of cases) {
    it(`${JSON.stringify(selector)}`, () => assert.deepEqual(names(selector), expected));
  }
});

describe('docs/highlight', () => {
  it('classes keywords, functions, strings, numbers, variables, quoted names and comments, losing no text', () => {
    const sql = "-- daily\nSELECT count(*) AS n, `p` FROM t WHERE d = '${date}' AND x > 1 /* c */";
    const segments = highlightSql(sql, 'spark');
    assert.equal(segments.map((s) => s[1]).join(''), sql);
    assert.deepEqual(segments, [
      ['c', '-- daily\n'], ['k', 'SELECT '], ['f', 'count'], ['', '(*) '], ['k', 'AS '], ['', 'n, '], ['q', '`p` '],
      ['k', 'FROM '], ['', 't '], ['k', 'WHERE '], ['', 'd = '], ['s', "'"], ['v', '${date}'], ['s', "' "], ['k', 'AND '], ['', 'x > '], ['n', '1 '], ['c', '/* c */'],
    ]);
  });
  it('marks an unterminated string as bad', () => {
    assert.deepEqual(highlightSql("SELECT 'oops", 'spark'), [['k', 'SELECT '], ['b', "'oops"]]);
  });
});
