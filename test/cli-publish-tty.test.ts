import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, repoRoot, strata } from './helpers/run-cli';

const bin = path.join(repoRoot, 'cli', 'bin', 'run.js');
// `script` (Debian's bsdutils, an essential package) runs a command in a pseudo-terminal of its own.
const hasScript = spawnSync('sh', ['-c', 'command -v script'], { stdio: 'ignore' }).status === 0;
const PROMPT = 'Apply 54 steps to target local?';
const ESC = String.fromCharCode(27);
/** A control sequence (cursor moves, erase, show cursor): `ESC [ params letter`. */
const CONTROL = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * The screen lines a terminal shows for raw pseudo-terminal output: each line as left after its
 * last erase (`ESC[2K`, how inquirer redraws the prompt), escape sequences and carriage returns dropped.
 */
function screenLines(raw: string): string[] {
  const lines = raw.split('\r\n').map((line) => line.split(`${ESC}[2K`).pop()!.replace(CONTROL, '').replace(/\r/g, ''));
  return lines.filter((line, i) => line !== '' || i < lines.length - 1);
}

/**
 * `strata ARGS` (a shell command line after `strata`) on a pseudo-terminal in `cwd`: once the
 * prompt is drawn, `answer` is typed; the process is killed if it runs past a minute.
 */
function onTerminal(args: string, cwd: string, answer?: string): Promise<{ status: number; lines: string[] }> {
  const child: ChildProcess = spawn('script', ['-qfec', `${process.execPath} ${bin} ${args}`, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } });
  let raw = '';
  let typed = false;
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    raw += d;
    // Typed once the prompt waits for a key (its default shown), as a user would.
    if (answer !== undefined && !typed && raw.includes(`${PROMPT} (y/N)`)) {
      typed = true;
      child.stdin!.write(answer);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => {
    clearTimeout(timer);
    resolve({ status: code ?? -1, lines: screenLines(raw) });
  }));
}

/** What `strata plan` prints (without a terminal): the plan the prompt is shown with. */
function planLines(dir: string): string[] {
  const planned = strata(['plan'], dir);
  assert.equal(planned.status, 0, planned.stderr);
  return planned.stdout.trimEnd().split('\n');
}

/** The target's state fingerprint (all zeros: nothing published). */
function stateOf(dir: string): string {
  return JSON.parse(strata(['plan', '--json'], dir).stdout).result.state;
}

(hasScript ? describe : describe.skip)('strata publish on a terminal (script)', function () {
  this.timeout(300_000);
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = copyProject(examplesLive)));
  afterEach(() => cleanup());

  it('shows the plan and asks; "n" applies nothing and exits 1', async () => {
    const shown = planLines(dir);
    const run = await onTerminal('publish', dir, 'n\r');
    assert.deepEqual(run, { status: 1, lines: [...shown, `✔ ${PROMPT} No`, 'nothing was published to target local'] });
    assert.equal(stateOf(dir), '0'.repeat(32), 'nothing applied');
    assert.equal(fs.existsSync(path.join(dir, '.strata', 'targets', 'local', 'scheduler')), false, 'no scheduler artefacts');
  });

  it('"y" applies every step with its progress line, then the target is up to date', async () => {
    const shown = planLines(dir);
    const id = /^plan ([0-9a-f]{12}) for target local:$/.exec(shown[0])![1];
    const run = await onTerminal('publish', dir, 'y\r');
    assert.equal(run.status, 0, run.lines.join('\n'));
    assert.deepEqual(run.lines.slice(0, shown.length + 2), [...shown, `✔ ${PROMPT} Yes`, '  [1/54] create table ods.ods_anchor_profile_db_df']);
    assert.equal(run.lines.filter((l) => /^ {2}\[\d+\/54\] /.test(l)).length, 54);
    assert.deepEqual(run.lines.slice(shown.length + 1 + 54), [`published to target local: 54 steps applied (plan ${id})`]);
    assert.deepEqual(strata(['plan'], dir).stdout, 'target local is up to date\n');
  });

  it('--yes on a terminal applies without asking', async () => {
    const run = await onTerminal('publish --yes', dir);
    assert.equal(run.status, 0, run.lines.join('\n'));
    assert.equal(run.lines.some((l) => l.includes(PROMPT)), false, 'no prompt');
    assert.match(run.lines.at(-1)!, /^published to target local: 54 steps applied \(plan [0-9a-f]{12}\)$/);
  });

  it('refuses in one line, exit 2, when only the input is a terminal (output redirected) and --yes is missing', async () => {
    const run = await onTerminal('publish > out.txt', dir);
    assert.deepEqual(run, { status: 2, lines: ['error  pass --yes to publish without a terminal; nothing was applied'] });
    assert.equal(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'), '');
    assert.equal(stateOf(dir), '0'.repeat(32), 'nothing applied');
  });
});
