import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberFlag, parseFlags } from '../args';
import { launchChromium, measureSite } from '../docs-browser';
import { generateProject } from '../generate';
import type { BenchResult, Cell } from '../report';
import { addWideLineage, WIDE_COLUMN } from '../wide-lineage';

/** Above this many tables only the cold build runs. */
const WARM_LIMIT = 50000;

const USAGE = 'usage: npm run bench -- docs [--tables N] [--jobs N] [--seed S] [--width N]';

interface Settings {
  tables: number;
  jobs: number;
  seed: number;
  width: number;
}

function settings(args: readonly string[]): Settings {
  const values = parseFlags(args, { tables: 'count', jobs: 'count', seed: 'count', width: 'count' }, USAGE);
  const tables = numberFlag(values, 'tables', 10000);
  return { tables, jobs: numberFlag(values, 'jobs', Math.round(tables * 0.6)), seed: numberFlag(values, 'seed', 1), width: numberFlag(values, 'width', 60) };
}

interface Build {
  ms: number;
  cpuMs: number;
  tables: number;
  files: number;
  bytes: number;
  searchBytes: number;
  /** The biggest name shard: the most a keystroke loads at once (detail shards load only when names give few hits). */
  nameShardBytes: number;
  maxRssMb: number;
}

/** `buildDocs` in a fresh Node process (start-up included), with its peak memory. */
function build(root: string, out: string): Build {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(require.resolve('@strata/core'))})
    .buildDocs(${JSON.stringify({ project: root, cwd: root, out })})
    .then((r)=>{const c=process.cpuUsage();process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,cpuMs:(c.user+c.system)/1000,tables:r.tables,files:r.files,bytes:r.bytes,maxRssMb:process.resourceUsage().maxRSS/1024}))})`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`docs build of ${root} failed: ${r.stderr.split('\n')[0]}`);
  const search = path.join(out, 'data', 'search');
  return { ...JSON.parse(r.stdout), searchBytes: folderBytes(search), nameShardBytes: Math.max(...fs.readdirSync(path.join(search, 's')).map((f) => fs.statSync(path.join(search, 's', f)).size)) };
}

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? folderBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * `npm run bench -- docs`: `strata docs build` of a generated project (default 10,000 tables) plus a
 * column with a wide two-level lineage, then the site in headless Chromium from file://.
 */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const s = settings(args);
  // The figures are wall-clock times: a busy machine inflates them all; the load says how busy it was.
  const loadAvg = os.loadavg()[0];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-docs-'));
  const browser = await launchChromium();
  try {
    generateProject({ tables: s.tables, jobs: s.jobs, seed: s.seed, out: path.join(root, 'project') });
    addWideLineage(path.join(root, 'project'), s.width);
    const out = path.join(root, 'site');
    const cold = build(path.join(root, 'project'), out);
    // A 100,000-table project is about opening at all: one (cold) build is enough there.
    const b = s.tables > WARM_LIMIT ? cold : build(path.join(root, 'project'), out);
    const index = pathToFileURL(path.join(out, 'index.html')).href;
    const f = await measureSite(browser, index, `#/table/${WIDE_COLUMN.table}`, `#/table/${WIDE_COLUMN.table}/${WIDE_COLUMN.column}`, 'gift amount');
    const row: Record<string, Cell> = {
      tables: b.tables, 'cold build ms': cold.ms, 'cold CPU ms': cold.cpuMs, 'build ms': b.ms, 'build CPU ms': b.cpuMs, 'build RSS MB': Math.max(cold.maxRssMb, b.maxRssMb), files: b.files, 'site MB': mb(b.bytes), 'search MB': mb(b.searchBytes), 'max shard KB': b.nameShardBytes / 1024,
      'overview FCP ms': f.overviewFcpMs, 'overview ms': f.overviewReadyMs, 'table FCP ms': f.tableFcpMs, 'table ms': f.tableReadyMs,
      'search 1st key ms': f.searchFirstMs, 'search ms p50': f.searchMedianMs, 'search ms p95': f.searchP95Ms, 'search task ms/key': f.searchTaskMs,
      'graph ms': f.graphCollapsedMs, 'graph all ms': f.graphExpandedMs, 'of it layout ms': f.graphLayoutMs, 'graph cold ms': f.graphDeeperMs, 'graph nodes': f.graphNodes, 'tab heap MB': f.heapMb,
    };
    return {
      name: 'docs',
      params: { ...s, 'load avg': Number(loadAvg.toFixed(1)) },
      columns: Object.keys(row),
      rows: [row],
      notes: [
        'cold build: buildDocs in a fresh Node process, start-up included, empty analysis cache (every file parsed and analysed, as a first strata check does); CPU ms: user + system time of that process',
        'build ms: the same with the analysis cache warm, as after strata check or in docs serve (goal <= 10000 ms at 10,000 tables); site MB: every file written',
        'FCP: first contentful paint of a fresh tab on file://; overview/table ms: until the page content shows (goal <= 1000 ms each)',
        "search MB: the whole sharded index (name and detail shards, pages, doc files), of which a keystroke loads one shard at most (max shard KB: the biggest name shard) and the doc files of its hits, or for one or two characters one page",
        "search: per keystroke of 'gift amount', input event to results shown, typed 3 times into a fresh page (each keystroke loading the shards and doc files it needs anew; 1st key: median of the 3, p50/p95 over the other 30) (goal <= 50 ms); task ms/key: the page's main-thread busy time per keystroke (CDP TaskDuration: scripts, style, layout and paint of the results), less swayed by a busy machine than wall time",
        `graph: lineage of ${WIDE_COLUMN.table}.${WIDE_COLUMN.column} (${2 * s.width} upstream columns), depth 2: as opened (wide fan-in collapsed) and with every source shown (goal <= 300 ms; the page loads the hidden sources' tables after the first draw), of which dagre layout and SVG`,
        `graph cold ms: the same graph at depth 3, which loads the ${s.width} source tables for the first time and lays it out again`,
        'tab heap MB: the tab\'s JS heap after all of the above (the 100,000-table goal: no crash, <= 1 GB)',
      ],
    };
  } finally {
    await browser.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
