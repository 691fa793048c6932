import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { examplesLive, strata, tempDir } from './helpers/run-cli';

interface Hop { source: string; target: string; kind: string; job: string; file: string; line: number; depth: number }
interface ColumnResult { column: string; upstream: Hop[]; downstream: Hop[] }

function lineageJson(args: string[]): { columns: ColumnResult[]; jobs: string[] } {
  const r = strata(['lineage', ...args, '--project', examplesLive, '--json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return JSON.parse(r.stdout).result;
}

function tablesOf(layer: string): string[] {
  return fs.readdirSync(path.join(examplesLive, 'tables', layer)).map((f) => `${layer}.${f.replace(/\.sql$/, '')}`);
}

describe('strata lineage (project)', () => {
  it('traces every ADS column written by a job back to ODS or Kafka source columns', () => {
    const projectTables = new Set(['ods', 'dim', 'dwd', 'dws', 'ads'].flatMap(tablesOf));
    const tableOf = (column: string) => column.slice(0, column.lastIndexOf('.'));
    for (const table of tablesOf('ads')) {
      for (const c of lineageJson([table, '--upstream']).columns) {
        if (c.upstream.length === 0) continue; // static partition columns and constants have no sources
        const roots = c.upstream.map((h) => h.source).filter((s) => !c.upstream.some((h) => h.target === s));
        for (const root of roots) {
          const source = tableOf(root);
          assert.ok(source.startsWith('ods.') || !projectTables.has(source), `${c.column} stops at ${root}`);
        }
      }
    }
  });

  it('prints the upstream path with files and lines as a tree', () => {
    const [table] = tablesOf('ads');
    const r = strata(['lineage', table, '--upstream', '--project', examplesLive]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ {2}upstream:$/m);
    assert.match(r.stdout, /[└├]─ <- [a-z_]+\.[a-z_0-9]+\.[a-z_0-9]+ {2}\[(direct|expression|aggregate)\] {2}jobs\/[a-z_0-9]+\.sql:\d+/);
  });

  it('lists downstream columns and jobs of an ODS column (impact analysis)', () => {
    const result = lineageJson(['ods.ods_live_gift_log_di', '--downstream']);
    const hops = result.columns.flatMap((c) => c.downstream);
    assert.ok(hops.some((h) => h.target.startsWith('ads.')), 'reaches ADS');
    assert.ok(result.jobs.length >= 2);
    const limited = lineageJson(['ods.ods_live_gift_log_di', '--downstream', '--depth', '1']);
    assert.ok(limited.columns.flatMap((c) => c.downstream).every((h) => h.depth === 1));
  });

  it('explains an unknown column with a suggestion, exit 2', () => {
    const [table] = tablesOf('dwd');
    const r = strata(['lineage', `${table}.room_idd`, '--project', examplesLive]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /has no column 'room_idd'; did you mean 'room_id'\?/);
  });

  it('traces a column of a job-local Flink sink table, which is in the column graph but not the catalog', () => {
    const result = lineageJson(['kafka.ads_live_anchor_gift_rt.gift_uv', '--upstream']);
    assert.deepEqual(result.columns.map((c) => c.column), ['kafka.ads_live_anchor_gift_rt.gift_uv']);
    // JSON lines are 0-based (the tree prints them 1-based)
    assert.deepEqual(result.columns[0].upstream.map((h) => `${h.source} -> ${h.target} ${h.file}:${h.line}`), [
      'gift_enriched@rt_live_gift_enrich.user_id -> kafka.ads_live_anchor_gift_rt.gift_uv jobs/rt_live_gift_enrich.sql:102',
      'gift_dedup@rt_live_gift_enrich.user_id -> gift_enriched@rt_live_gift_enrich.user_id jobs/rt_live_gift_enrich.sql:83',
      'kafka.live_gift_log.user_id -> gift_dedup@rt_live_gift_enrich.user_id jobs/rt_live_gift_enrich.sql:67',
    ]);
    const table = lineageJson(['kafka.ads_live_anchor_gift_rt', '--upstream']);
    assert.deepEqual(table.columns.map((c) => c.column).sort(), ['anchor_id', 'gift_coin', 'gift_uv', 'stat_date', 'update_time'].map((c) => `kafka.ads_live_anchor_gift_rt.${c}`));
  });

  it('renders the column graph of the project', () => {
    const r = strata(['graph', '--columns', '--format', 'dot', '--project', examplesLive]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /subgraph cluster_\d+ \{\n {4}label="ads\./);
    assert.match(r.stdout, /-> "ads\.[a-z_0-9]+\.[a-z_0-9]+" \[label="(direct|expression|aggregate)"\]/);
  });
});

describe('strata lineage --file', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('prints exactly the standalone contract', () => {
    fs.writeFileSync(path.join(dir, 'a.sql'), 'INSERT INTO dws.t SELECT a AS x, sum(b) AS y FROM dwd.s GROUP BY a;');
    const r = strata(['lineage', '--file', 'a.sql', '--dialect', 'spark', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      edges: [
        { source: 'dwd.s.a', target: 'dws.t.x', kind: 'direct' },
        { source: 'dwd.s.b', target: 'dws.t.y', kind: 'aggregate' },
      ],
      reads: ['dwd.s'],
      writes: ['dws.t'],
    });
  });

  it('prints an array for several files, in order', () => {
    fs.writeFileSync(path.join(dir, 'a.sql'), 'INSERT INTO t1 SELECT a FROM s1;');
    fs.writeFileSync(path.join(dir, 'b.sql'), 'CREATE TABLE t2 AS SELECT upper(b) AS b FROM s2;');
    const r = strata(['lineage', '--file', 'b.sql', '--file', 'a.sql', '--dialect', 'hive'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.map((o: { writes: string[] }) => o.writes), [['t2'], ['t1']]);
    assert.deepEqual(out[0].edges, [{ source: 's2.b', target: 't2.b', kind: 'expression' }]);
  });

  it('still gives lineage for the valid statements of a file with a syntax error', () => {
    fs.writeFileSync(path.join(dir, 'a.sql'), 'SELECT FROM WHERE;\nINSERT INTO t1 SELECT a FROM s1;');
    const r = strata(['lineage', '--file', 'a.sql'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).edges, [{ source: 's1.a', target: 't1.a', kind: 'direct' }]);
    assert.match(r.stderr, /^a\.sql:1:8  warning  .*; lineage of this statement may be incomplete/m);
  });

  it('never hides a syntax error: an unterminated string, which swallows the rest of the file, is a warning at its quote', () => {
    fs.writeFileSync(path.join(dir, 'a.sql'), "INSERT INTO t1 SELECT a FROM s1 WHERE b = 'open;\nSELECT 1;\n");
    for (const dialect of ['spark', 'hive', 'flink']) {
      const r = strata(['lineage', '--file', 'a.sql', '--dialect', dialect], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /^a\.sql:1:43  warning  unterminated string literal; lineage of this statement may be incomplete {2}syntax$/m, dialect);
    }
  });

  it('warns on stderr when a target column can only get the engine\'s generated name (no DDL, no alias)', () => {
    fs.writeFileSync(path.join(dir, 'a.sql'), 'INSERT INTO t SELECT upper(a) FROM s;');
    const r = strata(['lineage', '--file', 'a.sql', '--dialect', 'hive'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).edges, [{ source: 's.a', target: 't._c0', kind: 'expression' }]);
    assert.match(r.stderr, /^a\.sql:1:22  warning  give this expression an alias: the target table has no DDL, so the column name would be Hive's generated name '_c0'  unnamed-column$/m);
  });

  it('turns an unresolvable column into a ?.col edge with a warning on stderr', () => {
    fs.writeFileSync(path.join(dir, 'a.sql'), 'INSERT INTO t SELECT a, x.b FROM x JOIN y ON x.id = y.id;');
    const r = strata(['lineage', '--file', 'a.sql'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).edges[0], { source: '?.a', target: 't.a', kind: 'direct' });
    assert.match(r.stderr, /^a\.sql:1:22  warning  column 'a' may come from any of 'x', 'y'/m);
  });

  it('asks for a target when there is neither a target nor --file', () => {
    const r = strata(['lineage', '--project', examplesLive]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /name a table or column/);
  });
});
