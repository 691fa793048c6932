import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sqlFileOf } from '../../src/project';
import { loadWorkspace, updateTable, type Workspace } from '../../src/tasks/workspace';

const FILES: Record<string, string> = {
  'tables/dwd/a.sql': 'CREATE TABLE dwd.t1 (id BIGINT);\n',
  'tables/dwd/b.sql': 'CREATE TABLE dwd.t1 (dup STRING);\n',
  'tables/dwd/c.sql': 'CREATE TABLE dwd.t2 (x INT);\n',
  'jobs/j.sql': 'SELECT id FROM dwd.t1;\n',
};

/** Name, file and columns of every table, sorted: what must not depend on patching or rebuilding. */
function tables(ws: Workspace): string[] {
  return ws.catalog.tables().map((t) => `${t.name} ${t.file} ${t.columns.map((c) => c.name).join(',')}`).sort();
}

describe('updateTable: the patched catalog equals a rebuilt one', () => {
  const cases: { name: string; edits: [string, string][]; expected: string[] }[] = [
    { name: 'columns of a table change', edits: [['tables/dwd/a.sql', 'CREATE TABLE dwd.t1 (id BIGINT, amount BIGINT);\n']], expected: ['dwd.t1 tables/dwd/a.sql id,amount', 'dwd.t2 tables/dwd/c.sql x'] },
    { name: 'the first of two declarations is renamed: the second wins', edits: [['tables/dwd/a.sql', 'CREATE TABLE dwd.t3 (id BIGINT);\n']], expected: ['dwd.t1 tables/dwd/b.sql dup', 'dwd.t2 tables/dwd/c.sql x', 'dwd.t3 tables/dwd/a.sql id'] },
    { name: 'the second of two declarations changes: the first stays', edits: [['tables/dwd/b.sql', 'CREATE TABLE dwd.t1 (other INT);\n']], expected: ['dwd.t1 tables/dwd/a.sql id', 'dwd.t2 tables/dwd/c.sql x'] },
    { name: 'a new table file', edits: [['tables/dwd/d.sql', 'CREATE TABLE dwd.t4 (y INT);\n']], expected: ['dwd.t1 tables/dwd/a.sql id', 'dwd.t2 tables/dwd/c.sql x', 'dwd.t4 tables/dwd/d.sql y'] },
    { name: 'a table file emptied', edits: [['tables/dwd/c.sql', '\n']], expected: ['dwd.t1 tables/dwd/a.sql id'] },
    { name: 'renamed away and back', edits: [['tables/dwd/a.sql', 'CREATE TABLE dwd.t9 (id BIGINT);\n'], ['tables/dwd/a.sql', 'CREATE TABLE dwd.t1 (id INT);\n']], expected: ['dwd.t1 tables/dwd/a.sql id', 'dwd.t2 tables/dwd/c.sql x'] },
  ];
  for (const { name, edits, expected } of cases) {
    it(name, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-patch-'));
      try {
        fs.writeFileSync(path.join(dir, 'strata.yaml'), 'name: t\nversion: 1\n');
        for (const [file, text] of Object.entries(FILES)) {
          fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          fs.writeFileSync(path.join(dir, file), text);
        }
        const ws = await loadWorkspace({ project: dir, cwd: dir });
        for (const [file, text] of edits) {
          updateTable(ws, sqlFileOf(file, 'table', text, ws.project.config).sqlFile);
          fs.writeFileSync(path.join(dir, file), text);
        }
        assert.deepEqual(tables(ws), expected);
        assert.deepEqual(tables(await loadWorkspace({ project: dir, cwd: dir })), expected);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
