import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { repoRoot } from './helpers/run-cli';

interface PublishDiagnostics {
  uri: string;
  diagnostics: { range: { start: { line: number; character: number } }; source: string; code: string; message: string }[];
}

describe('language server over stdio', () => {
  let server: ChildProcess;
  let connection: MessageConnection;

  before(async () => {
    server = spawn(process.execPath, [path.join(repoRoot, 'language-server', 'bin', 'server.js'), '--stdio'], { stdio: 'pipe' });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const init = await connection.sendRequest<{ serverInfo: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo.name, 'strata-language-server');
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection.dispose();
    server.kill();
  });

  it('publishes a syntax diagnostic at the offending token of an opened document', async () => {
    const published = new Promise<PublishDiagnostics>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///p/jobs/x.sql', languageId: 'sql', version: 1, text: 'SELECT a,\nFROM t' },
    });
    const { uri, diagnostics } = await published;
    assert.equal(uri, 'file:///p/jobs/x.sql');
    // Lint findings follow the syntax error (the text lacks a final newline).
    assert.deepEqual(diagnostics.map((d) => d.code), ['syntax', 'ST03']);
    assert.deepEqual(diagnostics[0].range.start, { line: 1, character: 0 });
    assert.equal(diagnostics[0].source, 'strata');
  });
});
