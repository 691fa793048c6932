/// <reference lib="dom" />
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { median } from './measure';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

/** What the docs bench measures in the browser. */
export interface BrowserFigures {
  overviewFcpMs: number;
  overviewReadyMs: number;
  tableFcpMs: number;
  tableReadyMs: number;
  searchFirstMs: number;
  searchMedianMs: number;
  searchP95Ms: number;
  /** Main-thread task time per keystroke (all rounds): the work, without the waiting. */
  searchTaskMs: number;
  graphCollapsedMs: number;
  graphExpandedMs: number;
  graphLayoutMs: number;
  graphDeeperMs: number;
  graphNodes: number;
  heapMb: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** First contentful paint, and when `selector` first shows, in ms since navigation start, of a fresh page. */
async function paint(browser: Browser, url: string, selector: string): Promise<{ fcp: number; ready: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(selector);
    const ready = await page.evaluate(() => performance.now());
    const fcp = await page.evaluate(() => new Promise<number>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint' as never, buffered: true });
    }));
    return { fcp, ready };
  } finally {
    await page.close();
  }
}

const SEARCH_ROUNDS = 3;

/** Main-thread busy time of the page so far (CDP TaskDuration), ms: unlike wall time, waiting for another process is not in it. */
async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** The query typed into a fresh page (every keystroke loads what it needs anew), with the page's main-thread time for it. */
async function searchRound(browser: Browser, index: string, query: string): Promise<{ keys: number[]; taskMs: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(index);
    await page.waitForSelector('main h1');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await mainThreadMs(cdp);
    const keys = await typing(page, query);
    return { keys, taskMs: (await mainThreadMs(cdp)) - before };
  } finally {
    await page.close();
  }
}

/** Per keystroke: ms from the input event until the results list changed. */
async function typing(page: Page, query: string): Promise<number[]> {
  await page.focus('#search');
  const times: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    times.push(await page.evaluate((text) => new Promise<number>((resolve) => {
      const input = document.querySelector('#search') as HTMLInputElement;
      const results = document.querySelector('#search-results') as HTMLElement;
      const started = performance.now();
      new MutationObserver((_, observer) => {
        observer.disconnect();
        resolve(performance.now() - started);
      }).observe(results, { childList: true });
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }), query.slice(0, i)));
  }
  return times;
}

/**
 * Draw times of the wide column's graph: as opened (wide fan-in collapsed), with the fan-in
 * expanded (whose tables the page prefetched after the first draw), then one hop deeper, which
 * loads the tables of every source for the first time and lays the same nodes out again.
 */
async function graph(page: Page, url: string): Promise<{ collapsed: number; expanded: number; layout: number; nodes: number; deeper: number }> {
  await page.goto(url);
  await page.waitForSelector('#lineage-graph[data-ms]');
  const attr = async (name: string) => Number(await page.getAttribute('#lineage-graph', `data-${name}`));
  const collapsed = await attr('ms');
  const before = await page.getAttribute('#lineage-graph', 'data-nodes');
  await page.click('#lineage-graph g.node.more');
  await page.waitForFunction((n) => document.querySelector('#lineage-graph')?.getAttribute('data-nodes') !== n, before);
  const expanded = { expanded: await attr('ms'), layout: await attr('layout-ms'), nodes: await attr('nodes') };
  await page.selectOption('#depth', '3');
  await page.waitForSelector('#lineage-graph[data-depth="3"]');
  return { collapsed, ...expanded, deeper: await attr('ms') };
}

/** Every browser figure of the docs bench on a built site. */
export async function measureSite(browser: Browser, index: string, tableHash: string, columnHash: string, query: string): Promise<BrowserFigures> {
  const overview = await paint(browser, index, 'main h1');
  const table = await paint(browser, `${index}${tableHash}`, 'main table.schema');
  const page = await browser.newPage();
  try {
    const rounds: { keys: number[]; taskMs: number }[] = [];
    for (let r = 0; r < SEARCH_ROUNDS; r++) rounds.push(await searchRound(browser, index, query));
    const taskMs = rounds.reduce((n, r) => n + r.taskMs, 0);
    const keys = rounds.map((r) => r.keys[0]);
    const rest = rounds.flatMap((r) => r.keys.slice(1)).sort((a, b) => a - b);
    const g = await graph(page, `${index}${columnHash}`);
    // The heap figure is of a tab that has drawn the graph and searched too.
    await typing(page, query);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return {
      overviewFcpMs: overview.fcp, overviewReadyMs: overview.ready, tableFcpMs: table.fcp, tableReadyMs: table.ready,
      searchFirstMs: median(keys), searchMedianMs: median(rest), searchP95Ms: rest[Math.floor(rest.length * 0.95)] ?? 0, searchTaskMs: taskMs / (SEARCH_ROUNDS * query.length),
      graphCollapsedMs: g.collapsed, graphExpandedMs: g.expanded, graphLayoutMs: g.layout, graphDeeperMs: g.deeper, graphNodes: g.nodes, heapMb: heap / 1024 / 1024,
    };
  } finally {
    await page.close();
  }
}
