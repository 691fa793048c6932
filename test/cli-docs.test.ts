import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { assertNoStack, copyProject, examplesLive, repoRoot, strata, tempDir } from './helpers/run-cli';

/** GET over loopback: status and body. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/** Resolves with the first match of `re` in what `child` prints on `stream`. */
function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', re: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    child[stream]!.setEncoding('utf8').on('data', (d: string) => {
      text += d;
      const m = re.exec(text);
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${re}: ${text}`)));
  });
}

describe('strata docs', function () {
  this.timeout(120_000);
  const cleanups: (() => void)[] = [];
  after(() => {
    for (const cleanup of cleanups) cleanup();
  });

  it('build --json returns what it wrote: pages per table, job and layer, overview, search, graph, shell', () => {
    const out = tempDir();
    cleanups.push(out.cleanup);
    const r = strata(['docs', 'build', '--project', examplesLive, '--out', out.dir, '--json', '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    const { status, result } = JSON.parse(r.stdout);
    assert.deepEqual([status, result.tables, result.jobs, result.columns, result.broken, result.index], [0, 38, 21, 360, 0, path.join(out.dir, 'index.html')]);
    const meta = fs.readFileSync(path.join(out.dir, 'data', 'search', 'meta.js'), 'utf8');
    const { docs, chunk, shards, details, pages } = JSON.parse(meta.slice(meta.indexOf(',') + 1, meta.lastIndexOf(')'))) as { docs: number; chunk: number; shards: string[]; details: string[]; pages: string[] };
    assert.equal(docs, 38 + 360 + 21);
    // tables, jobs, layers, overview and graph, the search index (meta, shards, pages, doc files), shell, index.html, marker
    assert.equal(result.files, 38 + 21 + 6 + 2 + 1 + shards.length + details.length + pages.length + Math.ceil(docs / chunk) + 2 + 1 + 1);
  });

  it('a selector that picks nothing is one usage error line, exit 2', () => {
    const out = tempDir();
    cleanups.push(out.cleanup);
    const r = strata(['docs', 'build', '--project', examplesLive, '--out', out.dir, '--select', 'layer:nope', '--no-cache']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /--select layer:nope: selects no table; name a table, \+table, table\+, layer:NAME or owner:NAME/);
    assertNoStack(r.stderr);
  });

  it('serve: loopback only, the site and its data, nothing outside it, a rebuild after an edit, Ctrl-C stops', async () => {
    const copy = copyProject(examplesLive);
    cleanups.push(copy.cleanup);
    const child = spawn(process.execPath, [path.join(repoRoot, 'cli', 'bin', 'run.js'), 'docs', 'serve', '--port', '0', '--project', copy.dir], { env: { ...process.env, NO_COLOR: '1' } });
    cleanups.push(() => child.kill('SIGKILL'));
    const [, url] = await waitFor(child, 'stdout', /Serving (http:\/\/127\.0\.0\.1:\d+\/) {2}\(Ctrl-C stops\)/);
    const index = await get(url);
    assert.equal(index.status, 200);
    assert.match(index.body, /<meta http-equiv="Content-Security-Policy"/);
    assert.equal((await get(`${url}../../../etc/passwd`)).status, 404);
    assert.equal((await get(`${url}%2e%2e/%2e%2e/etc/passwd`)).status, 404);
    const data = `${url}data/t/dws.dws_live_room_1d.js`;
    assert.match((await get(data)).body, /"comment":"live room daily summary"/);
    const file = path.join(copy.dir, 'tables', 'dws', 'dws_live_room_1d.sql');
    const rebuilt = waitFor(child, 'stderr', /rebuilt: 38 tables, 21 jobs/);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("COMMENT 'live room daily summary'", "COMMENT 'edited while serving'"));
    await rebuilt;
    assert.match((await get(data)).body, /"comment":"edited while serving"/);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  });
});
