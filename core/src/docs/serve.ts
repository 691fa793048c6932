import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { resolveProjectRoot } from '../tasks/workspace';
import { buildDocs, type DocsBuildOptions, type DocsBuildResult } from './build';

export interface DocsServeOptions extends DocsBuildOptions {
  /** Loopback port; 0 picks a free one. */
  port: number;
  /** Told after each rebuild (a failed one keeps the previous site). */
  onRebuild?: (result: DocsBuildResult | StrataError | Error) => void;
}

export interface DocsServer {
  url: string;
  first: DocsBuildResult;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** `strata docs serve`: builds, serves the site on 127.0.0.1 and rebuilds when a project file changes. */
export async function serveDocs(options: DocsServeOptions): Promise<DocsServer> {
  const root = resolveProjectRoot(options);
  const build = { ...options, project: root };
  const first = await buildDocs(build);
  const server = http.createServer((req, res) => serveFile(first.out, req.url ?? '/', res));
  await listen(server, options.port);
  const watcher = watchProject(root, first.out, () => buildDocs(build).then(options.onRebuild, options.onRebuild));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    first,
    close: () => {
      watcher.close();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(new StrataError('usage', `--port ${port}: cannot listen on 127.0.0.1 (${e.code ?? e.message}); pick another port`)));
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function serveFile(out: string, url: string, res: http.ServerResponse): void {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]);
  const file = path.resolve(out, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  if (!file.startsWith(out + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  fs.createReadStream(file).pipe(res);
}

/** Calls `rebuild` once the project's SQL or YAML has been quiet for a moment; the output and .strata/ are ignored. */
function watchProject(root: string, out: string, rebuild: () => Promise<void>): fs.FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  return fs.watch(root, { recursive: true }, (_event, name) => {
    const file = name === null ? '' : path.resolve(root, name.toString());
    if (file === '' || file.startsWith(out) || file.startsWith(path.join(root, '.strata')) || !/\.(sql|ya?ml|json)$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(rebuild);
    }, 150);
  });
}
