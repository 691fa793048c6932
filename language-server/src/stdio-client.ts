import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The server binary the editor extension starts (this file is built to dist/src/). */
const SERVER_BIN = path.resolve(__dirname, '../../bin/server.js');

interface Published {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; source?: string; severity?: number; message: string; codeDescription?: { href: string } }[];
}

/**
 * A real LSP client over stdio, for tests and benchmarks: spawns `bin/server.js --stdio`, answers the server's
 * requests (progress tokens, capability registration) and records its notifications.
 */
export class LspClient {
  readonly diagnostics = new Map<string, Published['diagnostics']>();
  /** What the server logged (`window/logMessage`). */
  readonly logs: string[] = [];
  private readonly progressEnded: string[] = [];
  /** Every `$/progress` value received, in order (`begin`, `report`s, `end`). */
  readonly progress: { kind: string; message?: string; percentage?: number }[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly child: ChildProcess;
  readonly connection: MessageConnection;
  private versions = new Map<string, number>();

  /**
   * `serverBin`: another build of the server to start, such as the VS Code extension's bundle;
   * `nodeArgs`: flags for the server's Node process (the bench's `--cpu-prof`).
   */
  constructor(serverBin = SERVER_BIN, nodeArgs: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('$/progress', (p: { token: string; value: { kind: string } }) => {
      this.progress.push(p.value);
      if (p.value.kind === 'end') this.progressEnded.push(String(p.token));
      this.notify();
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      // Diagnostics of an older version of the document (an edit arrived since) are not its current ones.
      if (p.version !== undefined && p.version !== this.versions.get(p.uri)) return;
      this.diagnostics.set(p.uri, p.diagnostics);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.listen();
  }

  /** The server's process id (to read its memory). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * `initialize` + `initialized` for a workspace folder; resolves to the server's capabilities.
   * `textDocument` adds client capabilities (e.g. `diagnostic` to pull diagnostics).
   */
  async initialize(folder: string, textDocument: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: uri(folder),
      workspaceFolders: [{ uri: uri(folder), name: path.basename(folder) }],
      capabilities: { window: { workDoneProgress: true }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } }, textDocument },
    });
    await this.connection.sendNotification('initialized', {});
    return result.capabilities;
  }

  /** Resolves once the server reported the end of `count` progress runs (background indexing); a large project may need a longer `timeoutMs`. */
  indexed(count = 1, timeoutMs?: number): Promise<void> {
    return this.until(() => this.progressEnded.length >= count, timeoutMs);
  }

  /** Resolves once the progress received so far satisfies `done`. */
  progressed(done: (progress: LspClient['progress']) => boolean): Promise<void> {
    return this.until(() => done(this.progress));
  }

  async open(fileUri: string, text: string): Promise<void> {
    this.versions.set(fileUri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'sql', version: 1, text } });
  }

  /** Replaces the whole text (a full-range incremental change). */
  async change(fileUri: string, text: string): Promise<void> {
    const version = (this.versions.get(fileUri) ?? 1) + 1;
    this.versions.set(fileUri, version);
    this.diagnostics.delete(fileUri);
    const range = { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } };
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri, version }, contentChanges: [{ range, text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The diagnostics published for `fileUri` after the last open or change. */
  async published(fileUri: string): Promise<Published['diagnostics']> {
    await this.until(() => this.diagnostics.has(fileUri));
    return this.diagnostics.get(fileUri)!;
  }

  /** Resolves with `fileUri`'s diagnostics once the latest ones published satisfy `done` (re-checks may come in any order). */
  async publishedUntil(fileUri: string, done: (diagnostics: Published['diagnostics']) => boolean): Promise<Published['diagnostics']> {
    await this.until(() => this.diagnostics.has(fileUri) && done(this.diagnostics.get(fileUri)!));
    return this.diagnostics.get(fileUri)!;
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    if (this.alive) {
      await Promise.race([this.request('shutdown', null).then(() => this.connection.sendNotification('exit')), delay(2000)]).catch(() => undefined);
      await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), delay(2000)]);
    }
    this.connection.dispose();
    if (this.alive) this.child.kill('SIGKILL');
  }

  private until(done: () => boolean, timeoutMs = 20000): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for the server')), timeoutMs);
      const check = () => {
        if (!done()) return this.waiters.push(check);
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  private notify(): void {
    this.waiters.splice(0).forEach((w) => w());
  }
}

/** A file URI, as editors send them. */
export function uri(file: string): string {
  return pathToFileURL(file).toString();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
