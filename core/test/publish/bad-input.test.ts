import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { plan } from '../../src/tasks/plan';
import { publish } from '../../src/tasks/publish';
import { withDatabase } from './converged';
import { ADD_DEVICE_MODEL, copyLive, WATCH, type LiveCopy } from './live-copy';

describe('publish: bad input is one line, exit 2, nothing applied', function () {
  this.timeout(120_000);
  let project: LiveCopy;
  const database = () => path.join(project.dir, '.strata', 'local.duckdb');
  const watchColumns = () => withDatabase(database(), async (e) => (await e.tableColumns('dwd.dwd_live_room_watch_di'))?.length);
  before(async () => {
    project = copyLive();
    await publish({ cwd: project.dir, cache: false });
    project.edit(WATCH, ...ADD_DEVICE_MODEL); // a change pending: nothing of it may be applied below
  });
  after(() => project.cleanup());

  function refused(message: string, code: StrataError['code']) {
    return (e: unknown) => {
      assert.ok(e instanceof StrataError, String(e));
      assert.deepEqual([e.code, e.message], [code, message]);
      return true;
    };
  }

  it('an unknown target', async () => {
    await assert.rejects(publish({ cwd: project.dir, cache: false, target: 'prod' }), refused("unknown target 'prod'; use one of: local", 'usage'));
    await assert.rejects(plan({ cwd: project.dir, cache: false, target: 'prod' }), refused("unknown target 'prod'; use one of: local", 'usage'));
  });

  it('a target whose folder does not exist', async () => {
    project.edit('strata.yaml', 'path: .strata/local.duckdb', 'path: missing/local.duckdb');
    try {
      const message = "target 'local': cannot open 'missing/local.duckdb': its folder does not exist; create it or fix targets.local.path in strata.yaml";
      await assert.rejects(publish({ cwd: project.dir, cache: false }), refused(message, 'config'));
      await assert.rejects(plan({ cwd: project.dir, cache: false }), refused(message, 'config'));
      assert.equal(fs.existsSync(path.join(project.dir, 'missing')), false);
    } finally {
      project.edit('strata.yaml', 'path: missing/local.duckdb', 'path: .strata/local.duckdb');
    }
  });

  it('a target file that is not a DuckDB database', async () => {
    fs.writeFileSync(path.join(project.dir, '.strata', 'notes.txt'), 'not a database\n'.repeat(1000));
    project.edit('strata.yaml', 'path: .strata/local.duckdb', 'path: .strata/notes.txt');
    try {
      await assert.rejects(publish({ cwd: project.dir, cache: false }), (e: unknown) => {
        assert.ok(e instanceof StrataError && e.code === 'config', String(e));
        assert.match(e.message, /^target 'local': cannot open '\.strata\/notes\.txt': .*not a valid DuckDB database file.*; fix targets\.local\.path in strata\.yaml$/);
        return true;
      });
      assert.equal(fs.readFileSync(path.join(project.dir, '.strata', 'notes.txt'), 'utf8'), 'not a database\n'.repeat(1000));
      assert.equal(fs.existsSync(path.join(project.dir, '.strata', 'notes.txt.lock')), false, 'the lock is released');
    } finally {
      project.edit('strata.yaml', 'path: .strata/notes.txt', 'path: .strata/local.duckdb');
    }
  });

  // [hand edit of the state, the error]
  const edits: [string, string, string][] = [
    ["UPDATE strata.tables SET version = 7 WHERE name = 'dws.dws_live_room_1d'", "UPDATE strata.tables SET version = 1 WHERE name = 'dws.dws_live_room_1d'",
      "target 'local': state row 'dws.dws_live_room_1d' of strata.tables is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ["UPDATE strata.meta SET value = '2'", "UPDATE strata.meta SET value = '1'", "target 'local': its state was written by a newer strata (format 2, this one reads 1); upgrade strata"],
  ];
  for (const [edit, undo, message] of edits) {
    it(`a state where ${edit}`, async () => {
      await withDatabase(database(), (e) => e.execute(edit));
      try {
        await assert.rejects(publish({ cwd: project.dir, cache: false }), refused(message, 'config'));
        await assert.rejects(plan({ cwd: project.dir, cache: false }), refused(message, 'config'));
        assert.equal(await watchColumns(), 13, 'nothing applied');
      } finally {
        await withDatabase(database(), (e) => e.execute(undo));
      }
    });
  }

  it('a saved plan that is not one', async () => {
    fs.writeFileSync(path.join(project.dir, 'plan.json'), '{"steps": 3}');
    await assert.rejects(publish({ cwd: project.dir, cache: false, planFile: 'plan.json' }), refused("'plan.json' is not a strata plan (write one with strata plan --out plan.json)", 'usage'));
    await assert.rejects(publish({ cwd: project.dir, cache: false, planFile: 'none.json' }), refused("cannot read plan 'none.json': no such file", 'usage'));
    assert.equal(await watchColumns(), 13, 'nothing applied');
  });

  it('a table file with a syntax error', async () => {
    project.edit('tables/dws/dws_live_room_1d.sql', 'CREATE TABLE', 'CREATE TABEL');
    try {
      await assert.rejects(publish({ cwd: project.dir, cache: false }), (e: unknown) => {
        assert.ok(e instanceof StrataError && e.code === 'syntax' && e.location?.file === 'tables/dws/dws_live_room_1d.sql', String(e));
        assert.match(e.message, /; fix it before publishing \(strata check lists every problem\)$/);
        return true;
      });
      assert.equal(await watchColumns(), 13, 'nothing applied');
    } finally {
      project.edit('tables/dws/dws_live_room_1d.sql', 'CREATE TABEL', 'CREATE TABLE');
    }
  });
});
