import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { examplesLive, repoRoot, strata, tempDir } from './helpers/run-cli';

/*
 * QA: column lineage in examples/live, checked by hand against the SQL of each hop
 * (ADS <- DWS <- DWD <- DIM/ODS), in every output format.
 */

interface Hop { source: string; target: string; kind: string; job: string; file: string; line: number; depth: number }
interface Result { target: string; columns: { column: string; upstream: Hop[]; downstream: Hop[] }[]; jobs: string[] }

function lineage(args: string[]): Result {
  const r = strata(['lineage', ...args, '--project', examplesLive, '--json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return JSON.parse(r.stdout).result;
}

/** `source -> target kind file:line` with the 1-based line the tree prints. */
function hops(list: Hop[]): string[] {
  return list.map((h) => `${h.source} -> ${h.target} ${h.kind} ${h.file}:${h.line + 1}`).sort();
}

describe('qa: lineage of examples/live, verified by hand', () => {
  it('traces the ranking gift_amount to the gift price and the gift log', () => {
    // rank: k.gift_amount <- ranked <- scored <- dws_live_room_1d.gift_amount (copy)
    // dws_live_room_1d: coalesce(g.gift_amount) <- sum(dwd gift_amount)
    // dwd_live_gift_send_di: coalesce(g.price_amount, 0) * l.gift_cnt; dim_gift_df copies price_amount
    assert.deepEqual(hops(lineage(['ads.ads_live_room_rank_1d.gift_amount', '--upstream']).columns[0].upstream), [
      'dim.dim_gift_df.price_amount -> dwd.dwd_live_gift_send_di.gift_amount expression jobs/dwd_live_gift_send_di.sql:38',
      'dwd.dwd_live_gift_send_di.gift_amount -> dws.dws_live_room_1d.gift_amount aggregate jobs/dws_live_room_1d.sql:82',
      'dws.dws_live_room_1d.gift_amount -> ads.ads_live_room_rank_1d.gift_amount direct jobs/ads_live_room_rank_1d.sql:50',
      'ods.ods_gift_config_db_df.price_amount -> dim.dim_gift_df.price_amount direct jobs/dim_gift_df.sql:16',
      'ods.ods_live_gift_log_di.gift_cnt -> dwd.dwd_live_gift_send_di.gift_amount expression jobs/dwd_live_gift_send_di.sql:38',
    ]);
  });

  it('traces month-to-date income through the anchor share ratio, gifts and orders', () => {
    // income_mtd = coalesce(sum(income_amount) over the month, income_amount)
    // income_amount = gift_amount * share_ratio + order_amount * 0.10 (dws_live_anchor_1d)
    const up = lineage(['ads.ads_live_anchor_income_1d.income_mtd', '--upstream']).columns[0].upstream;
    assert.deepEqual(hops(up.filter((h) => h.depth <= 2)), [
      'dim.dim_live_anchor_df.share_ratio -> dws.dws_live_anchor_1d.income_amount expression jobs/dws_live_anchor_1d.sql:68',
      'dws.dws_live_anchor_1d.income_amount -> ads.ads_live_anchor_income_1d.income_mtd aggregate jobs/ads_live_anchor_income_1d.sql:27',
      'dws.dws_live_room_1d.gift_amount -> dws.dws_live_anchor_1d.income_amount aggregate jobs/dws_live_anchor_1d.sql:68',
      'dws.dws_live_room_1d.order_amount -> dws.dws_live_anchor_1d.income_amount aggregate jobs/dws_live_anchor_1d.sql:68',
    ]);
    const roots = up.map((h) => h.source).filter((s) => !up.some((h) => h.target === s)).sort();
    assert.deepEqual(roots, [
      'ods.ods_anchor_profile_db_df.anchor_level',
      'ods.ods_gift_config_db_df.price_amount',
      'ods.ods_live_gift_log_di.gift_cnt',
      'ods.ods_live_order_db_di.pay_amount',
    ]);
  });

  it('tags a coalesce over a dimension and two aggregated CTEs per source', () => {
    // coalesce(r.anchor_id, b.anchor_id, w.anchor_id): r is dim_live_room_df, b and w are max() per room
    assert.deepEqual(hops(lineage(['dws.dws_live_room_1d.anchor_id', '--upstream', '--depth', '1']).columns[0].upstream), [
      'dim.dim_live_room_df.anchor_id -> dws.dws_live_room_1d.anchor_id expression jobs/dws_live_room_1d.sql:71',
      'dwd.dwd_live_room_session_di.anchor_id -> dws.dws_live_room_1d.anchor_id aggregate jobs/dws_live_room_1d.sql:71',
      'dwd.dwd_live_room_watch_di.anchor_id -> dws.dws_live_room_1d.anchor_id aggregate jobs/dws_live_room_1d.sql:71',
    ]);
  });

  it('prints the README streaming example exactly', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const command = '$ npx strata lineage ads.ads_live_room_realtime_1min.enter_uv --upstream --project examples/live\n';
    const start = readme.indexOf(command);
    assert.ok(start >= 0, 'README example moved');
    const expected = readme.slice(start + command.length, readme.indexOf('```', start));
    const r = strata(['lineage', 'ads.ads_live_room_realtime_1min.enter_uv', '--upstream', '--project', examplesLive]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, expected);
  });

  it('lists every column and job a gift price change reaches (impact analysis)', () => {
    const result = lineage(['ods.ods_gift_config_db_df.price_amount', '--downstream']);
    const targets = new Set(result.columns[0].downstream.map((h) => h.target));
    for (const t of [
      'dim.dim_gift_df.price_amount', 'dim.dim_gift_df.price_level', 'dwd.dwd_live_gift_send_di.gift_amount',
      'dws.dws_live_room_1d.gift_amount', 'dws.dws_live_room_1h.gift_amount', 'dws.dws_live_user_1d.gift_amount',
      'ads.ads_live_room_rank_1d.gift_amount', 'ads.ads_live_room_rank_1d.hot_score', 'ads.ads_live_overview_1d.gift_amount',
      'ads.ads_live_anchor_income_1d.income_mtd',
    ]) assert.ok(targets.has(t), `${t} missing`);
    assert.deepEqual(result.jobs, [
      'ads_live_anchor_income_1d', 'ads_live_overview_1d', 'ads_live_room_rank_1d', 'dim_gift_df', 'dwd_live_gift_send_di',
      'dws_live_anchor_1d', 'dws_live_room_1d', 'dws_live_room_1h', 'dws_live_user_1d',
    ]);
    assert.ok(!targets.has('ads.ads_live_user_retention_1d.retained_uv'), 'retention does not use gift prices');
  });

  it('stops after --depth hops and walks every column of a table', () => {
    const result = lineage(['ads.ads_live_room_rank_1d', '--upstream', '--depth', '1']);
    assert.deepEqual(result.columns.map((c) => c.column.split('.')[2]), [
      'category', 'rank_no', 'room_id', 'anchor_id', 'anchor_name', 'watch_uv', 'gift_amount', 'hot_score', 'gift_share', 'p_date',
    ]);
    assert.ok(result.columns.every((c) => c.upstream.every((h) => h.depth === 1 && h.target === c.column)));
  });

  it('draws the same edges in tree, dot and mermaid', () => {
    const target = 'ads.ads_live_room_rank_1d.gift_amount';
    const edges = lineage([target, '--upstream']).columns[0].upstream;
    const dot = strata(['lineage', target, '--upstream', '--format', 'dot', '--project', examplesLive]).stdout;
    const mermaid = strata(['lineage', target, '--upstream', '--format', 'mermaid', '--project', examplesLive]).stdout;
    assert.match(dot, /^digraph lineage \{/);
    assert.match(mermaid, /^flowchart LR/);
    const ids = new Map([...mermaid.matchAll(/^ {2}(c\d+)\["([^"]+)"\]$/gm)].map((m) => [m[2], m[1]]));
    for (const e of edges) {
      assert.ok(dot.includes(`"${e.source}" -> "${e.target}" [label="${e.kind}"];`), `dot lacks ${e.source}`);
      assert.ok(mermaid.includes(`${ids.get(e.source)} -->|${e.kind}| ${ids.get(e.target)}`), `mermaid lacks ${e.source}`);
    }
    assert.equal((dot.match(/ -> /g) ?? []).length, edges.length);
  });

  // Was a bug, fixed: a static partition column says "(no lineage: no job reads or writes this column)" though every job writes p_date and most read it in WHERE
  it('does not claim that nobody reads or writes a partition column', () => {
    const r = strata(['lineage', 'dws.dws_live_room_1d.p_date', '--project', examplesLive]);
    assert.equal(r.status, 0);
    assert.doesNotMatch(r.stdout, /no job reads or writes this column/);
  });
});

describe('qa: lineage --file of real jobs', () => {
  it('names what a Flink job reads and writes, and each edge kind', () => {
    const r = strata(['lineage', '--file', path.join(examplesLive, 'jobs', 'rt_live_room_realtime_1min.sql'), '--dialect', 'flink']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { edges: { source: string; target: string; kind: string }[]; reads: string[]; writes: string[] };
    assert.ok(out.reads.includes('live_enter_log') && out.reads.includes('live_gift_log'));
    assert.ok(out.writes.includes('ads.ads_live_room_realtime_1min'));
    assert.ok(out.edges.some((e) => e.target === 'ads.ads_live_room_realtime_1min.enter_uv' && e.kind === 'aggregate'));
    assert.ok(out.edges.every((e) => ['direct', 'expression', 'aggregate'].includes(e.kind)));
    assert.equal(r.stderr, '');
  });

  it('derives Hive multi-insert lineage for both targets of one scan', () => {
    const { dir, cleanup } = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'm.sql'), [
        'FROM ods.log l',
        "INSERT OVERWRITE TABLE dwd.a PARTITION (p_date = '${date}') SELECT l.id, upper(l.name) AS name WHERE l.ok = 1",
        "INSERT OVERWRITE TABLE dwd.b PARTITION (p_date = '${date}') SELECT l.id, count(*) AS n GROUP BY l.id;",
        '',
      ].join('\n'));
      const r = strata(['lineage', '--file', 'm.sql', '--dialect', 'hive'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), {
        edges: [
          { source: 'ods.log.id', target: 'dwd.a.id', kind: 'direct' },
          { source: 'ods.log.id', target: 'dwd.b.id', kind: 'direct' },
          { source: 'ods.log.name', target: 'dwd.a.name', kind: 'expression' },
        ],
        reads: ['ods.log'],
        writes: ['dwd.a', 'dwd.b'],
      });
    } finally {
      cleanup();
    }
  });
});
