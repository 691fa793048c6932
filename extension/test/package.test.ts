import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LspClient, uri } from '@strata/language-server/dist/src/stdio-client';
import { readZip } from './helpers/read-zip';

/** This package's folder (the test runs from dist/test/). */
const EXTENSION = path.resolve(__dirname, '..', '..');
const LIVE = path.resolve(EXTENSION, '..', 'examples', 'live');

function run(script: string, ...args: string[]): void {
  const result = spawnSync(process.execPath, [path.join(EXTENSION, 'scripts', script), ...args], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(result.status, 0, `${script}: ${result.stderr}`);
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(300_000);
  let dir: string;
  let files: Map<string, Buffer>;
  /** Where VS Code would unpack it: the archive's extension/ folder. */
  let installed: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-vsix-'));
    const vsix = path.join(dir, 'strata.vsix');
    run('bundle.js');
    run('package.js', '--out', vsix);
    files = await readZip(vsix);
    installed = path.join(dir, 'installed');
    for (const [name, content] of files) {
      if (!name.startsWith('extension/')) continue;
      fs.mkdirSync(path.dirname(path.join(installed, name.slice('extension/'.length))), { recursive: true });
      fs.writeFileSync(path.join(installed, name.slice('extension/'.length)), content);
    }
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds the manifest, both bundles and the files they read, and no node_modules', () => {
    assert.deepEqual([...files.keys()].sort(), [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/strata/core/dist/vendor/dt-sql-parser.js',
      'extension/dist/strata/core/package.json',
      'extension/dist/strata/docs/rules.md',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/readme.md',
      'extension/syntaxes/warehouse-sql.tmLanguage.json',
    ]);
  });

  it('contributes the languages, commands and settings', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.deepEqual(manifest.activationEvents, ['workspaceContains:**/strata.yaml']);
    assert.deepEqual(manifest.contributes.languages.map((l: { id: string; extensions: string[] }) => [l.id, l.extensions]), [['hql', ['.hql']], ['flinksql', ['.flinksql']]]);
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]), [
      ['strata.showLineage', 'Show lineage'],
      ['strata.dryRun', 'Dry-run current job'],
      ['strata.runTests', 'Run tests'],
      ['strata.restartServer', 'Restart language server'],
    ]);
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties), ['strata.dialect', 'strata.strictValidation', 'strata.lint.enable', 'strata.cliPath', 'strata.trace.server']);
  });

  it('leaves only vscode to the host in the client bundle', () => {
    const client = files.get('extension/dist/extension.js')!.toString('utf8');
    const required = new Set([...client.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).filter((m) => !m.startsWith('node:')));
    const builtins = new Set(builtinModules);
    assert.deepEqual([...required].filter((m) => !builtins.has(m)), ['vscode']);
  });

  it('starts its server alone over stdio: initialize, indexing status, settings, strict grammar, rule links', async () => {
    const project = path.join(dir, 'live');
    fs.cpSync(LIVE, project, { recursive: true });
    const client = new LspClient(path.join(installed, 'dist', 'server.js'));
    const statuses: unknown[] = [];
    const ready = new Promise<void>((resolve) => client.connection.onNotification('strata/status', (p: { state: string }) => {
      statuses.push(p);
      if (p.state === 'ready') resolve();
    }));
    try {
      const init = await client.connection.sendRequest<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
        processId: process.pid,
        rootUri: uri(project),
        workspaceFolders: [{ uri: uri(project), name: 'live' }],
        initializationOptions: { dialect: 'flink', strictValidation: true, lint: { enable: true } },
        capabilities: { experimental: { strataStatus: true }, window: { workDoneProgress: true } },
      });
      assert.equal(init.serverInfo.name, 'strata-language-server');
      assert.equal(init.capabilities.hoverProvider, true);
      await client.connection.sendNotification('initialized', {});
      await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error('no ready status within 30 s')), 30_000).unref())]);
      assert.deepEqual(statuses, [{ state: 'indexing', files: 0 }, { state: 'ready', files: 53 }]);

      // Outside the project, in the dialect of the settings; only the reference grammar rejects FILTER.
      const loose = path.join(dir, 'loose', 'f.sql');
      fs.mkdirSync(path.dirname(loose));
      await client.open(uri(loose), 'SELECT count(*) FILTER (WHERE a > 1) AS n FROM t;\n');
      const strict = (await client.published(uri(loose))).filter((d) => d.code === 'strict-syntax');
      assert.deepEqual(strict.map((d) => [d.range.start, d.message]), [[{ line: 0, character: 16 }, "'FILTER' is not valid at this position, expecting an existing column or a keyword"]]);

      await client.change(uri(loose), 'select a from t;\n');
      const links = (await client.published(uri(loose))).map((d) => d.codeDescription?.href).filter((h) => h !== undefined);
      assert.ok(links.length > 0, 'lint findings link to their rule');
      for (const link of links) {
        assert.ok(fs.existsSync(fileURLToPath(link.split('#')[0])), `${link} is in the extension`);
        assert.ok(link.startsWith(uri(path.join(installed, 'dist', 'strata', 'docs', 'rules.md')) + '#'), link);
      }
    } finally {
      await client.stop();
    }
  });
});
