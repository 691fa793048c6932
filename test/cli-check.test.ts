import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, strata } from './helpers/run-cli';

describe('strata check (project)', () => {
  it('passes on examples/live', () => {
    const r = strata(['check', '--project', examplesLive]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✔ \d+ files checked, no problems/);
  });

  it('caches under .strata/cache by default, and --no-cache neither reads nor writes it', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const uncached = strata(['check', '--project', dir, '--no-cache']);
      assert.equal(uncached.status, 0, uncached.stdout + uncached.stderr);
      assert.equal(fs.existsSync(path.join(dir, '.strata')), false);
      const cold = strata(['check', '--project', dir]);
      assert.ok(fs.readdirSync(path.join(dir, '.strata', 'cache')).length > 0);
      const warm = strata(['check', '--project', dir]);
      assert.deepEqual([cold.status, cold.stdout, warm.status, warm.stdout], [0, uncached.stdout, 0, uncached.stdout]);
    } finally {
      cleanup();
    }
  });

  it('finds the project from a sub-folder', () => {
    const r = strata(['check'], path.join(examplesLive, 'jobs'));
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('reports a broken column reference with file, line and column, and exits 1', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const broken = breakColumn(dir);
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, new RegExp(`^${escape(broken.where)}  error  unknown column .*${broken.column}`, 'm'));
    } finally {
      cleanup();
    }
  });

  it('checks --var values against the pattern a job declares', () => {
    const r = strata(['check', '--project', examplesLive, '--var', 'top_n=abc']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^jobs\/ads_live_room_rank_1d\.sql:\d+:\d+  error  --var top_n=abc: does not match the declared pattern/m);
    assert.equal(strata(['check', '--project', examplesLive, '--var', 'top_n=10']).status, 0);
  });

  it('refuses a malformed --var with exit 2', () => {
    const r = strata(['check', '--project', examplesLive, '--var', 'date=2026-13-01']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /date=2026-13-01/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('prints a JSON envelope with --json', () => {
    const r = strata(['check', '--project', examplesLive, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.status, 0);
    assert.equal(out.result.mode, 'project');
    assert.ok(out.result.files >= 20);
    assert.deepEqual(out.result.diagnostics, []);
  });

  it('reports a dependency cycle', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const ods = fs.readdirSync(path.join(dir, 'tables', 'ods'))[0].replace(/\.sql$/, '');
      const dws = fs.readdirSync(path.join(dir, 'tables', 'dws'))[0].replace(/\.sql$/, '');
      fs.writeFileSync(
        path.join(dir, 'jobs', 'zz_cycle.sql'),
        `INSERT OVERWRITE TABLE ods.${ods} SELECT * FROM dws.${dws};\n`,
      );
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /dependency cycle: .*->/);
    } finally {
      cleanup();
    }
  });
});

/** Renames the first qualified `x.room_id`-style reference in a job to a column that does not exist. */
function breakColumn(dir: string): { where: string; column: string } {
  const jobs = fs.readdirSync(path.join(dir, 'jobs')).filter((f) => f.endsWith('.sql')).sort();
  for (const name of jobs) {
    const file = path.join(dir, 'jobs', name);
    const text = fs.readFileSync(file, 'utf8');
    if (/type:\s*streaming/.test(text)) continue;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /\b[a-z]\w*\.(room_id|user_id|anchor_id)\b/.exec(lines[i]);
      if (!m || lines[i].trimStart().startsWith('--')) continue;
      const col = m.index + m[0].length - m[1].length;
      lines[i] = lines[i].slice(0, col) + `${m[1]}_typo` + lines[i].slice(col + m[1].length);
      fs.writeFileSync(file, lines.join('\n'));
      return { where: `jobs/${name}:${i + 1}:${col + 1}`, column: `${m[1]}_typo` };
    }
  }
  throw new Error('no job references room_id, user_id or anchor_id');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
