import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CodeServer, CodeServerDirs, codeServerDirs, codeServerInstall, installExtension, startCodeServer, whyNotCodeServer } from './helpers/code-server';
import { GIFT_AMOUNT_UPSTREAM, JOB, RANK_COLUMNS, UNKNOWN_COLUMN } from './helpers/editors';
import { copyProject, examplesLive, repoRoot, tempDir } from './helpers/run-cli';
import { breadcrumbs, caretAt, focusEditor, goTo, hoverLines, openFile, openWorkbench, problems, runCommand, suggestions, typeOverRestOfLine, webview } from './helpers/workbench';

const EXTENSION = path.join(repoRoot, 'extension');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
const VSIX = path.join(EXTENSION, `strata-${MANIFEST.version}.vsix`);
/** Where code-server unpacks the extension in its extensions folder. */
const INSTALLED = `${MANIFEST.publisher}.${MANIFEST.name}-${MANIFEST.version}`;
/** The element of the extension's status-bar item (its id is the extension's id and the item's). */
const STATUS_ITEM = `[id="${MANIFEST.publisher}.${MANIFEST.name}.strata.status"]`;
const ROOT = 'dws.dws_live_room_1d.gift_amount';
/** The lineage graph around `k.gift_amount`: its sources, the column, its consumers (the hover's tree). */
const LINEAGE_NODES = [
  'ods.ods_gift_config_db_df.price_amount',
  'ods.ods_live_gift_log_di.gift_cnt',
  'dim.dim_gift_df.price_amount',
  'dwd.dwd_live_gift_send_di.gift_amount',
  ROOT,
  'ads.ads_live_overview_1d.gift_amount',
  'ads.ads_live_room_rank_1d.gift_amount',
  'ads.ads_live_room_rank_1d.gift_share',
  'ads.ads_live_room_rank_1d.hot_score',
  'ads.ads_live_room_rank_1d.rank_no',
  'dws.dws_live_anchor_1d.gift_amount',
  'dws.dws_live_anchor_1d.gift_income',
  'dws.dws_live_anchor_1d.income_amount',
  'ads.ads_live_anchor_income_1d.gift_income',
  'ads.ads_live_anchor_income_1d.income_amount',
  'ads.ads_live_anchor_income_1d.income_mtd',
  'ads.ads_live_anchor_income_1d.income_rank',
];

/** What the package is made of: the extension's sources and manifest, the compiled server and core. */
const PACKAGE_INPUTS = [path.join(EXTENSION, 'src'), path.join(EXTENSION, 'package.json'), path.join(repoRoot, 'language-server', 'dist', 'src'), path.join(repoRoot, 'core', 'dist', 'src')];

/** The newest modification time under `file` (a file or a folder). */
function newest(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** The packaged extension, packaged again (`npm run package -w extension`) when missing or older than what it is made of. */
function packagedExtension(): string {
  if (!fs.existsSync(VSIX) || Math.max(...PACKAGE_INPUTS.map(newest)) > fs.statSync(VSIX).mtimeMs) {
    const run = spawnSync('npm', ['run', 'package', '-w', 'extension'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, `npm run package failed\n${run.stdout}${run.stderr}`);
  }
  return VSIX;
}

/** What `read` returns once it is empty, or after 10 s (killed processes take a moment to go). */
async function settled(read: () => string[]): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  while (read().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return read();
}

const sqlFiles = (dir: string): number => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.sql')).length;

/**
 * The packaged .vsix in a real VS Code extension host: code-server (from the cache that
 * scripts/install-code-server.js fills) serves the workbench on loopback, headless Chromium
 * (playwright-core) drives it with the keyboard on a copy of examples/live: the rank job opens,
 * the extension indexes, a hover shows lineage, an edit shows a diagnostic, `k.` completes, and
 * the lineage view opens and navigates.
 */
describe('VS Code (code-server) with the packaged extension on examples/live', function () {
  this.timeout(120_000);
  const install = codeServerInstall();
  const reason = whyNotCodeServer(install);
  const cleanups: (() => void)[] = [];
  let project: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let dirs: CodeServerDirs;

  before(async function () {
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    this.timeout(300_000);
    const copy = copyProject(examplesLive);
    const scratch = tempDir();
    cleanups.push(copy.cleanup, scratch.cleanup);
    project = copy.dir;
    dirs = codeServerDirs(scratch.dir);
    installExtension(install, packagedExtension(), dirs);
    server = await startCodeServer(install, project, dirs);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openWorkbench(page, server.url, project);
    await openFile(page, JOB);
  });

  afterEach(function () {
    // What the workbench's server side said (extension host errors included) is the clue to a failure.
    if (this.currentTest?.state === 'failed' && server) console.log(`      code-server said:\n${server.output().slice(-4000)}`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    server?.stop();
    for (const cleanup of cleanups) cleanup();
  });

  it('activates on the project, starts the bundled server, indexes and shows the clean job without problems', async () => {
    const ready = `database  Strata, Strata: ready, ${sqlFiles(project)} files indexed`;
    await page.locator(`${STATUS_ITEM} [aria-label="${ready}"]`).waitFor();
    assert.equal(await page.locator('[id="status.problems"] a').getAttribute('aria-label'), 'No Problems');
    // The extension host's Node runs the server bundled in the installed extension, by path.
    const bundled = `${path.join(dirs.extensions, INSTALLED, 'dist', 'server.js')} --stdio`;
    const processes = server?.processes() ?? [];
    assert.equal(processes.filter((line) => line.includes(` ${bundled}`)).length, 1, processes.join('\n'));
  });

  it('hovers a column with its upstream lineage down to the source columns and job lines', async () => {
    await goTo(page, 50, 7);
    const upstream = GIFT_AMOUNT_UPSTREAM.split('\n').filter(Boolean).map((line) => line.replace(/\*\*|`/g, ''));
    const lines = await hoverLines(page, 'downstream:');
    assert.deepEqual(lines.slice(0, upstream.length + 1), [...upstream, 'downstream:']);
    await page.keyboard.press('Escape');
  });

  it('shows an unknown column introduced by an edit in the Problems panel, with source and code', async () => {
    await goTo(page, 50, 3);
    await typeOverRestOfLine(page, 'k.gift_amout,');
    assert.deepEqual(await problems(page, 'gift_amout'), [
      { label: '1 problems in file ads_live_room_rank_1d.sql of folder jobs', text: ['ads_live_room_rank_1d.sqljobs', '1'] },
      { label: `Error: ${UNKNOWN_COLUMN} at line 50 and character 5. generated by strata`, text: [UNKNOWN_COLUMN, 'strata', 'SE02', '[Ln 50, Col 5]'] },
    ]);
  });

  it('completes exactly the columns of the relation after `k.`', async () => {
    await focusEditor(page);
    await goTo(page, 44, 3);
    await typeOverRestOfLine(page, 'k.');
    assert.deepEqual(await suggestions(page), RANK_COLUMNS);
    await page.keyboard.press('Escape');
  });

  it('opens the lineage view of the column at the caret (Strata: Show lineage)', async () => {
    // Back to the job as saved: the lineage of `k.gift_amount`, not of the edits above.
    await runCommand(page, 'File: Revert File');
    await goTo(page, 50, 7);
    await runCommand(page, 'Strata: Show lineage');
    await page.locator('.tab.active', { hasText: `Strata lineage: ${ROOT}` }).waitFor();
    const nodes = webview(page).locator('.node[data-node]');
    await nodes.first().waitFor();
    assert.equal(await webview(page).locator('h1').innerText(), `Strata lineage: ${ROOT}`);
    assert.deepEqual(await nodes.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-node'))), LINEAGE_NODES);
    assert.deepEqual(await webview(page).locator('.node.root').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-node'))), [ROOT]);
  });

  it('opens the declaration of a column clicked in the lineage view', async () => {
    await webview(page).locator('.node[data-node="ods.ods_live_gift_log_di.gift_cnt"]').click();
    await page.locator('.tab.active', { hasText: 'ods_live_gift_log_di.sql' }).waitFor();
    await caretAt(page, 16, 1);
    const declaration = 'CREATE TABLE ods.ods_live_gift_log_di';
    assert.deepEqual(await breadcrumbs(page, declaration), ['tables', 'ods', 'ods_live_gift_log_di.sql', declaration]);
  });

  it('stops code-server and every process it started, the language server too', async () => {
    await browser?.close();
    server?.stop();
    assert.deepEqual(await settled(() => server?.processes() ?? []), []);
  });
});
