import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './helpers/code-server';
import { copyProject, examplesLive, repoRoot, strata, tempDir } from './helpers/run-cli';

/*
 * `strata docs build` on a copy of examples/live, opened from file:// in headless Chromium
 * (Debian's, driven by playwright-core) and used with the keyboard only: search a column, open its
 * lineage graph, go to an upstream table, then to the job writing it. The copy adds a table whose
 * comments hold markup, a table with no owner or comments and a broken job. A failed test leaves a
 * screenshot under test-artefacts/docs-browser/.
 */

const ARTEFACTS = path.join(repoRoot, 'test-artefacts', 'docs-browser');
const EXTRA = {
  'tables/ods/ods_xss_probe_di.sql': "CREATE TABLE ods.ods_xss_probe_di (\n  probe_id BIGINT COMMENT '<img src=x onerror=\"window.__pwned=1\">'\n) COMMENT '<script>window.__pwned=1</script> probe';\n",
  'tables/dwd/dwd_bare_di.sql': 'CREATE TABLE dwd.dwd_bare_di (id BIGINT);\n',
  'jobs/dwd_broken_di.sql': '/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_bare_di SELECT id FROM;\n',
};

describe('strata docs in headless Chromium (examples/live, file://, keyboard only)', function () {
  this.timeout(120_000);
  const reason = fs.existsSync(CHROMIUM) ? undefined : 'chromium is not installed (npm test installs it as root: apt-get install -y chromium)';
  const cleanups: (() => void)[] = [];
  let browser: Browser | undefined;
  let page: Page;
  let url: string;
  const problems: string[] = [];

  before(async function () {
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    const copy = copyProject(examplesLive);
    const out = tempDir();
    cleanups.push(copy.cleanup, out.cleanup);
    for (const [file, text] of Object.entries(EXTRA)) fs.writeFileSync(path.join(copy.dir, file), text);
    const run = strata(['docs', 'build', '--project', copy.dir, '--out', out.dir]);
    assert.equal(run.status, 0, run.stderr);
    url = pathToFileURL(path.join(out.dir, 'index.html')).href;
    assert.match(run.stdout, new RegExp(`Open ${url.replace(/[.]/g, '\\.')}\n$`));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(url);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !browser) return;
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    const file = path.join(ARTEFACTS, `${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.log(`      screenshot: ${file}`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    for (const cleanup of cleanups) cleanup();
  });

  it('opens on the overview: counts, layers, owners and the broken job, nothing blank', async () => {
    await page.locator('main h1', { hasText: 'live' }).waitFor();
    const facts = await page.locator('main .facts').first().innerText();
    assert.match(facts, /^tables\n40\njobs\n22\n/);
    assert.deepEqual(await page.locator('main section:has(h2:text("Layers")) li a').allInnerTexts(), ['ods', 'dim', 'dwd', 'dws', 'ads', '(none)']);
    assert.equal(await page.locator('main svg.graph g.node').count(), 6);
    assert.match(await page.locator('main section:has(h2:text("Broken files"))').innerText(), /jobs\/dwd_broken_di\.sql:4/);
  });

  it('searches a column as you type, and Enter on the keyboard-selected hit opens it', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('gift_amount');
    await page.locator('#search-results[data-query="gift_amount"] a').first().waitFor();
    await pressUntil(page, 'ArrowDown', (text) => text.startsWith('column ads.ads_live_room_rank_1d.gift_amount'));
    await page.keyboard.press('Enter');
    await page.locator('main h2', { hasText: 'Column gift_amount' }).waitFor();
    assert.equal(await page.locator('main h1').innerText(), 'TABLE ads.ads_live_room_rank_1d');
  });

  it('draws the column lineage graph: the column, its sources two hops up, each edge with job and file:line', async () => {
    await page.locator('#lineage-graph svg').waitFor();
    const nodes = await page.locator('#lineage-graph g.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.deepEqual(nodes.sort(), ['ads.ads_live_room_rank_1d.gift_amount', 'dwd.dwd_live_gift_send_di.gift_amount', 'dws.dws_live_room_1d.gift_amount']);
    const titles = await page.locator('#lineage-graph path.edge title').allTextContents();
    assert.deepEqual(titles.sort(), ['aggregate · dws_live_room_1d · jobs/dws_live_room_1d.sql:82', 'direct · ads_live_room_rank_1d · jobs/ads_live_room_rank_1d.sql:50']);
    await page.keyboard.press('Tab');
    await page.locator('#depth').selectOption('1');
    await page.waitForFunction(() => document.querySelector('#lineage-graph')?.getAttribute('data-nodes') === '2');
  });

  it('Tab reaches the upstream table and Enter opens its page with schema, checks and the writer SQL', async () => {
    await pressUntil(page, 'Tab', (text, href) => text === 'dws.dws_live_room_1d' && href === '#/table/dws.dws_live_room_1d');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'dws.dws_live_room_1d' }).waitFor();
    assert.match(await page.locator('main .facts').first().innerText(), /^layer\ndws\nowner\nlive-data\n/);
    assert.equal(await page.locator('main table.schema tbody tr').count(), 18);
    assert.match(await page.locator('main ul.checks').innerText(), /no result yet/);
    await page.locator('.writer-sql pre span.sql-k').first().waitFor();
  });

  it('Tab reaches the job that writes it and Enter opens the job page with its highlighted SQL', async () => {
    await pressUntil(page, 'Tab', (text, href) => text === 'dws_live_room_1d' && href === '#/job/dws_live_room_1d');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'JOB dws_live_room_1d' }).waitFor();
    assert.match(await page.locator('main .facts').innerText(), /^file\njobs\/dws_live_room_1d\.sql\ntype\nbatch\ndialect\nspark\nschedule\n/);
    assert.ok(await page.locator('main pre.sql span.sql-k', { hasText: 'INSERT' }).count() > 0);
    assert.deepEqual(await page.locator('main pre.sql span.sql-v').allTextContents(), Array(8).fill('${date}'));
  });

  it('shows comments holding <script> and <img onerror> as text, and runs none of it', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('xss_probe');
    await page.locator('#search-results[data-query="xss_probe"] a').first().waitFor();
    await pressUntil(page, 'ArrowDown', (text) => text.startsWith('table ods.ods_xss_probe_di'));
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'ods.ods_xss_probe_di' }).waitFor();
    assert.match(await page.locator('main .facts').first().innerText(), /comment\n<script>window\.__pwned=1<\/script> probe\n/);
    assert.equal(await page.locator('main table.schema tbody td').nth(2).innerText(), '<img src=x onerror="window.__pwned=1">');
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  it('finds columns by the start of words of their name, table and comment, says when nothing matches, Escape closes the list', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('room rank gift_am');
    await page.locator('#search-results[data-query="room rank gift_am"] a').first().waitFor();
    // Its name holds gift and am..., its table room and rank; hot_score only in its comment, so it comes second.
    assert.deepEqual(await page.locator('#search-results a .name').allInnerTexts(), ['ads.ads_live_room_rank_1d.gift_amount', 'ads.ads_live_room_rank_1d.hot_score']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('zzqq');
    await page.locator('#search-results[data-query="zzqq"]').waitFor();
    assert.equal(await page.locator('#search-results').innerText(), 'nothing matches “zzqq”');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#search-results').isHidden(), true);
  });

  it('shows a table without owner or comments and a broken job honestly', async () => {
    await page.goto(`${url}#/table/dwd.dwd_bare_di`);
    await page.locator('main h1', { hasText: 'dwd.dwd_bare_di' }).waitFor();
    assert.match(await page.locator('main .facts').first().innerText(), /owner\nno owner\ncomment\nno comment\ndescription\nno description\n/);
    await page.goto(`${url}#/job/dwd_broken_di`);
    await page.locator('main h1', { hasText: 'dwd_broken_di' }).waitFor();
    assert.match(await page.locator('main .problems').innerText(), /^Broken file\njobs\/dwd_broken_di\.sql:4 /);
    const before = problems.length;
    await page.goto(`${url}#/table/no.such_table`);
    await page.locator('main h1', { hasText: 'Not found' }).waitFor();
    assert.match(await page.locator('main p').first().innerText(), /^not in this build: t\/no\.such_table$/);
    // The missing data file is the point here; Chromium logs it.
    assert.deepEqual(problems.splice(before), ['console: Failed to load resource: net::ERR_FILE_NOT_FOUND']);
  });

  it('selects a DAG with a dbt-style selector', async () => {
    await page.goto(`${url}#/dag/${encodeURIComponent('+ads.ads_live_room_rank_1d')}`);
    await page.locator('main svg.graph').waitFor();
    assert.match(await page.locator('main p', { hasText: 'tables selected' }).innerText(), /^\d+ tables selected$/);
    assert.ok((await page.locator('main svg.graph g.node').count()) >= 5);
  });

  it('logged no error, no CSP violation and opened no dialog', () => {
    assert.deepEqual(problems, []);
  });
});

/** Presses `key` until the focused element's text (and href) satisfy `wanted`; fails after 80 presses. */
async function pressUntil(page: Page, key: string, wanted: (text: string, href: string | null) => boolean): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const [text, href] = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return [(el?.textContent ?? '').trim().replace(/\s+/g, ' '), el?.getAttribute('href') ?? null];
    });
    if (wanted(text, href)) return;
  }
  throw new Error(`pressing ${key} never focused the element wanted`);
}
