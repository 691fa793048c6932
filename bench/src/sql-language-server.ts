import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Catalog } from '@strata/core';

/** The baseline the lsp bench compares against, pinned so figures stay comparable between runs. */
export const PACKAGE = 'sql-language-server@1.7.1';
/**
 * Its `^3.15.3` range now resolves to a protocol package whose `exports` hide the
 * `lib/common/protocol` path it requires; the last release without `exports` makes it start.
 */
const PROTOCOL = 'vscode-languageserver-protocol@3.16.0';

/**
 * Where the baseline is installed: a cache folder outside the clone, reused by later runs. It
 * pulls ~700 packages (jest, database drivers), too many to make every `npm ci` install them.
 */
function installDir(): string {
  return path.join(process.env.STRATA_BENCH_CACHE ?? path.join(os.homedir(), '.cache', 'strata-bench'), PACKAGE.replace('@', '-'));
}

/**
 * The baseline's CLI, installed with `npm install --ignore-scripts` when missing (it needs no
 * install script: its optional sqlite3 driver stays unbuilt and unused with a JSON schema).
 * Its protocol package is pinned (`PROTOCOL`). Throws with npm's message when the install fails (offline).
 */
export function sqlLanguageServerCli(): string {
  const dir = installDir();
  const cli = path.join(dir, 'node_modules', 'sql-language-server', 'npm_bin', 'cli.js');
  if (fs.existsSync(cli)) return cli;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', PACKAGE, PROTOCOL], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  return cli;
}

/**
 * Only the framed messages of a stream: sql-language-server prints `console.time` lines
 * (`complete: 25.9ms`) onto stdout between its messages, which a JSON-RPC reader rejects.
 */
class Framed extends Transform {
  private buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (let message = this.next(); message; message = this.next()) this.push(message);
    done();
  }

  /** The next whole message, dropping what comes before it; undefined until one has arrived. */
  private next(): Buffer | undefined {
    const start = this.buffer.indexOf(HEADER);
    // Keep a tail that may be the start of a header cut by the chunk boundary.
    this.buffer = this.buffer.subarray(start < 0 ? Math.max(0, this.buffer.length - HEADER.length) : start);
    const body = start < 0 ? -1 : this.buffer.indexOf('\r\n\r\n');
    if (body < 0) return undefined;
    const end = body + 4 + Number(/\d+/.exec(this.buffer.subarray(0, body).toString())?.[0] ?? 0);
    if (this.buffer.length < end) return undefined;
    const message = this.buffer.subarray(0, end);
    this.buffer = this.buffer.subarray(end);
    return message;
  }
}

const HEADER = 'Content-Length:';

/** The catalog in sql-language-server's JSON schema format (`adapter: json`). */
export function jsonSchema(catalog: Catalog): unknown {
  const tables = catalog.tables().map((t) => {
    const dot = t.name.lastIndexOf('.');
    return {
      catalog: null,
      database: dot < 0 ? null : t.name.slice(0, dot),
      tableName: t.name.slice(dot + 1),
      columns: t.columns.map((c) => ({ columnName: c.name, description: c.comment ?? c.type ?? '' })),
    };
  });
  return { tables, functions: [] };
}

/** sql-language-server over stdio, set up with `schema` as its JSON schema; `ready` once it read it. */
export class SqlLanguageServer {
  readonly ready: Promise<void>;
  private readonly child: ChildProcess;
  private readonly connection: MessageConnection;

  constructor(cli: string, root: string, schema: unknown) {
    // Its settings and log go to a scratch home and temp folder of the run, not the user's.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-sqlls-'));
    fs.writeFileSync(path.join(home, 'schema.json'), JSON.stringify(schema));
    fs.writeFileSync(path.join(root, '.sqllsrc.json'), JSON.stringify({ adapter: 'json', filename: path.join(home, 'schema.json') }));
    this.child = spawn(process.execPath, [cli, 'up', '--method', 'stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, HOME: home, TMPDIR: home } });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!.pipe(new Framed())), new StreamMessageWriter(this.child.stdin!));
    // It reads the schema file synchronously right after telling the client its setup finished.
    this.ready = new Promise((resolve) => this.connection.onNotification('sqlLanguageServer.finishSetup', () => resolve()));
    this.connection.listen();
    this.child.once('exit', () => fs.rmSync(home, { recursive: true, force: true }));
    void this.start(root);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  open(file: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).toString(), languageId: 'sql', version: 1, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Ends the process (it has no state worth a polite shutdown). */
  stop(): void {
    this.connection.dispose();
    this.child.kill();
  }

  private async start(root: string): Promise<void> {
    await this.connection.sendRequest('initialize', { processId: process.pid, rootPath: root, rootUri: pathToFileURL(root).toString(), capabilities: {} });
    await this.connection.sendNotification('initialized', {});
  }
}
