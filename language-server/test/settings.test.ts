import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from '../src/settings';
import { LspClient, uri } from '../src/stdio-client';

describe('editor settings', () => {
  const cases: [string, unknown, ServerSettings][] = [
    ['nothing sent', undefined, DEFAULT_SETTINGS],
    ['not an object', 'flink', DEFAULT_SETTINGS],
    ['every setting', { dialect: 'hive', strictValidation: true, lint: { enable: false } }, { dialect: 'hive', strictValidation: true, lint: false }],
    ['an unknown dialect keeps the default', { dialect: 'mysql' }, DEFAULT_SETTINGS],
    ['ill-typed values keep their defaults', { strictValidation: 'yes', lint: true }, DEFAULT_SETTINGS],
  ];
  for (const [name, section, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(readSettings(section), expected));
  }

  describe('over stdio', function () {
    this.timeout(60_000);
    let dir: string;
    let client: LspClient;
    let file: string;

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-settings-'));
      file = uri(path.join(dir, 'f.sql'));
      client = new LspClient();
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(dir), capabilities: {}, initializationOptions: { lint: { enable: false } } });
      await client.connection.sendNotification('initialized', {});
    });

    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Sends a `strata` settings section and waits for the document's diagnostics published after it. */
    async function configure(strata: unknown): Promise<string[]> {
      client.diagnostics.delete(file);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { strata } });
      return (await client.published(file)).map((d) => String(d.code));
    }

    it('turns lint findings off and on as settings change', async () => {
      await client.open(file, 'select a from t;\n');
      assert.deepEqual((await client.published(file)).map((d) => d.code), [], 'lint off from initializationOptions');
      const linted = await configure({ lint: { enable: true } });
      assert.ok(linted.length > 0 && linted.every((code) => /^[A-Z]{2}\d{2}$/.test(code)), linted.join());
      assert.deepEqual(await configure({ lint: { enable: false } }), []);
    });

    it('adds reference-grammar errors with strictValidation, in the dialect of the settings', async () => {
      await client.change(file, 'SELECT count(*) FILTER (WHERE a > 1) AS n FROM t;\n');
      assert.deepEqual((await client.published(file)).map((d) => d.code), []);
      assert.deepEqual(await configure({ lint: { enable: false }, strictValidation: true, dialect: 'flink' }), ['strict-syntax']);
    });

    it('completes the functions of the dialect of the settings', async () => {
      const complete = async () => {
        const list = await client.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: file }, position: { line: 0, character: 12 } });
        return list.items.map((i) => i.label).filter((l) => l.toUpperCase() === 'PROCTIME');
      };
      await configure({ dialect: 'spark' });
      await client.change(file, 'SELECT PROCT\n');
      assert.deepEqual(await complete(), []);
      await configure({ dialect: 'flink' });
      assert.deepEqual(await complete(), ['PROCTIME']);
    });

    it('takes the dialect a .flinksql or .hql file name implies over the setting', async () => {
      await configure({ dialect: 'spark' });
      /** The completions at the end of `text` in a new file `name` that are one of `wanted`. */
      const offered = async (name: string, text: string, wanted: string[]) => {
        const other = uri(path.join(dir, name));
        await client.open(other, `${text}\n`);
        const list = await client.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: other }, position: { line: 0, character: text.length } });
        return list.items.map((i) => i.label).filter((l) => wanted.includes(l));
      };
      assert.deepEqual(await offered('job.flinksql', 'SELECT PROCT', ['PROCTIME']), ['PROCTIME']);
      assert.deepEqual(await offered('job.hql', 'SELECT nvl', ['nvl2', 'PROCTIME']), ['nvl2']);
      assert.deepEqual(await offered('job.sql', 'SELECT nvl', ['nvl2']), []);
    });
  });
});
