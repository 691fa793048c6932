import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnostics } from '../src/features/diagnostics';
import { ProjectIndex } from '../src/project-index';
import { fileUri, Projects } from '../src/projects';
import { DiagnosticsPublisher } from '../src/publisher';

const A = 'CREATE TABLE dwd.dwd_a (id BIGINT, amount BIGINT) PARTITIONED BY (p_date STRING);\n';
const B = 'CREATE TABLE dwd.dwd_b (id BIGINT) PARTITIONED BY (p_date STRING);\n';

/** Project files: which jobs use `dwd.dwd_a`, and how. */
const FILES: Record<string, string> = {
  'tables/dwd/dwd_a.sql': A,
  'tables/dwd/dwd_b.sql': B,
  'jobs/reads_a.sql': "SELECT id FROM dwd.dwd_a WHERE p_date = '${date}';\n",
  'jobs/writes_a.sql': "INSERT OVERWRITE TABLE dwd.dwd_a PARTITION (p_date = '${date}') SELECT id, id FROM dwd.dwd_b WHERE p_date = '${date}';\n",
  'jobs/reads_b.sql': "SELECT id FROM dwd.dwd_b WHERE p_date = '${date}';\n",
  // Unknown: "did you mean" compared it with every table name of its length (dwd_a, dwd_b).
  'jobs/typo.sql': "SELECT id FROM dwd.dwd_x WHERE p_date = '${date}';\n",
  'jobs/after_a.sql': "/*---\ndepends_on: [dwd_a]\n---*/\nSELECT 1 AS one;\n",
};

describe('re-checking only what an edit may have changed', () => {
  let root: string;
  let index: ProjectIndex;

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-dependents-'));
    fs.writeFileSync(path.join(root, 'strata.yaml'), 'name: t\nversion: 1\n');
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    index = new ProjectIndex(root);
    await index.load();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Every job's semantic diagnostics, as the index has them and as a fresh load of the same texts has them. */
  async function semanticNow(): Promise<[string[], string[]]> {
    const of = (ix: ProjectIndex) => ix.workspace!.files.filter((f) => f.file.kind === 'job').map((f) => `${f.file.path} ${JSON.stringify(ix.workspace!.analysis.get(f.file.path)?.diagnostics)}`);
    const fresh = new ProjectIndex(root);
    await fresh.load();
    return [of(index), of(fresh)];
  }

  const cases: { name: string; table: string; expected: string[] }[] = [
    // typo.sql: its "did you mean" looked the table up.
    { name: 'a column edit: the jobs reading or writing the table, asking about it, naming it in depends_on', table: A.replace('amount', 'paid'), expected: ['jobs/after_a.sql', 'jobs/reads_a.sql', 'jobs/typo.sql', 'jobs/writes_a.sql'] },
    { name: 'a rename: those too', table: A.replace('dwd_a (', 'dwd_z ('), expected: ['jobs/after_a.sql', 'jobs/reads_a.sql', 'jobs/typo.sql', 'jobs/writes_a.sql'] },
    { name: 'a rename to the unknown name a job reads: that job too', table: A.replace('dwd_a (', 'dwd_x ('), expected: ['jobs/after_a.sql', 'jobs/reads_a.sql', 'jobs/typo.sql', 'jobs/writes_a.sql'] },
    { name: 'the same text: nothing', table: A, expected: [] },
  ];
  for (const c of cases) {
    it(`a table edit, ${c.name}`, async () => {
      assert.deepEqual([...index.edit('tables/dwd/dwd_a.sql', c.table)].sort(), c.expected);
      fs.writeFileSync(path.join(root, 'tables/dwd/dwd_a.sql'), c.table);
      const [incremental, fresh] = await semanticNow();
      assert.deepEqual(incremental, fresh);
    });
  }

  it('a table file deleted and created on disk', async () => {
    fs.rmSync(path.join(root, 'tables/dwd/dwd_b.sql'));
    assert.deepEqual([...index.diskChanged('tables/dwd/dwd_b.sql', undefined)].sort(), ['jobs/reads_b.sql', 'jobs/typo.sql', 'jobs/writes_a.sql']);
    let [incremental, fresh] = await semanticNow();
    assert.deepEqual(incremental, fresh);
    fs.writeFileSync(path.join(root, 'tables/dwd/dwd_b.sql'), B);
    assert.deepEqual([...index.diskChanged('tables/dwd/dwd_b.sql', B)].sort(), ['jobs/reads_b.sql', 'jobs/typo.sql', 'jobs/writes_a.sql']);
    [incremental, fresh] = await semanticNow();
    assert.deepEqual(incremental, fresh);
  });

  it('a job file deleted and created on disk: the jobs reading what it writes', async () => {
    fs.rmSync(path.join(root, 'jobs/writes_a.sql'));
    assert.deepEqual([...index.diskChanged('jobs/writes_a.sql', undefined)].sort(), ['jobs/after_a.sql', 'jobs/reads_a.sql']);
    assert.deepEqual([...index.diskChanged('jobs/new.sql', 'SELECT 1;\n')], []);
    assert.deepEqual(index.workspace?.files.map((f) => f.file.path).filter((p) => p.startsWith('jobs/')), ['jobs/after_a.sql', 'jobs/new.sql', 'jobs/reads_a.sql', 'jobs/reads_b.sql', 'jobs/typo.sql']);
  });

  it('the publisher checks the edited table file, then exactly the open documents it affected, once each', async () => {
    const projects = new Projects((uris) => publisher.recheck(uris));
    await projects.project(root).load();
    const open = new Map(Object.entries(FILES).map(([file, text]) => [fileUri(root, file), TextDocument.create(fileUri(root, file), 'sql', 1, text)]));
    const documents = { get: (uri: string) => open.get(uri), all: () => [...open.values()] } as unknown as TextDocuments<TextDocument>;
    const checked: string[] = [];
    const publisher = new DiagnosticsPublisher(documents, projects, (doc) => (checked.push(doc.uri.slice(fileUri(root, 'x').length - 1)), diagnostics(doc)), () => undefined);
    const table = fileUri(root, 'tables/dwd/dwd_a.sql');
    open.set(table, TextDocument.create(table, 'sql', 2, A.replace('amount', 'paid')));
    publisher.schedule(table);
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(checked, ['tables/dwd/dwd_a.sql', 'jobs/reads_a.sql', 'jobs/typo.sql', 'jobs/writes_a.sql', 'jobs/after_a.sql']);
  });
});
