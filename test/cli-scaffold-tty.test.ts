import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, tempDir } from './helpers/run-cli';

const bin = path.join(repoRoot, 'cli', 'bin', 'run.js');
const hasTmux = spawnSync('sh', ['-c', 'command -v tmux'], { stdio: 'ignore' }).status === 0;

/** A tmux server of our own (its own socket), so that the test never touches a user's sessions. */
class Terminal {
  private readonly socket = `strata-test-${process.pid}`;

  constructor(cwd: string, command: string) {
    this.tmux('new-session', '-d', '-x', '120', '-y', '40', '-c', cwd, `${command}; echo "EXIT=$?"; sleep 600`);
  }

  tmux(...args: string[]): string {
    const r = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color' } });
    return r.stdout;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p');
  }

  /** Waits until the screen shows `text` (the prompt is drawn), failing with the screen after a while. */
  async waitFor(text: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
      if (this.screen().includes(text)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`never showed ${JSON.stringify(text)}:\n${this.screen()}`);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  close(): void {
    this.tmux('kill-server');
  }
}

(hasTmux ? describe : describe.skip)('strata init / new on a terminal (tmux)', () => {
  let dir: string;
  let cleanup: () => void;
  let term: Terminal | undefined;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => {
    term?.close();
    cleanup();
  });

  it('asks every question, arrow keys pick, and writes the answers', async () => {
    term = new Terminal(dir, `node ${bin} init wh`);
    await term.waitFor('Project name');
    term.keys('C-u', 'my-wh', 'Enter');
    await term.waitFor('Template');
    term.keys('Down', 'Enter');
    await term.waitFor('Dialect of batch SQL');
    term.keys('Down', 'Enter');
    await term.waitFor('Daily partition column');
    term.keys('Down', 'Enter');
    // Checkboxes: every layer is ticked; untick dim (the second). Only local is ticked; tick spark.
    await term.waitFor('Layers');
    term.keys('Down', 'Space', 'Enter');
    await term.waitFor('Targets');
    term.keys('Down', 'Space', 'Enter');
    await term.waitFor('EXIT=0');
    const config = fs.readFileSync(path.join(dir, 'wh', 'strata.yaml'), 'utf8');
    assert.match(config, /^name: my-wh\nversion: 1\ndialect: hive\n/m);
    assert.match(config, /^ {2}partition_column: dt$/m);
    assert.match(config, /^layers:\n {2}- \{name: ods, [^\n]*\n {2}- \{name: dwd, [^\n]*\n {2}- \{name: dws, [^\n]*\n {2}- \{name: ads, [^\n]*\ntargets:\n {2}local: [^\n]*\n {2}spark: \{engine: spark, [^\n]*\ndefault_target: local$/m);
    assert.ok(fs.existsSync(path.join(dir, 'wh', 'tables', 'ods', '.gitkeep')), 'minimal template');
    assert.ok(!fs.existsSync(path.join(dir, 'wh', 'tables', 'dim')), 'no folder for a layer left out');
  });

  it('new job offers the catalog\'s tables with type-ahead: typing narrows, arrow keys pick', async () => {
    const wh = path.join(dir, 'wh');
    spawnSync(process.execPath, [bin, 'init', 'wh', '--yes'], { cwd: dir });
    spawnSync(process.execPath, [bin, 'new', 'table', '--layer', 'dws', '--domain', 'live', '--process', 'like', '--columns', 'room_id:bigint:room,like_cnt:bigint:likes', '--yes'], { cwd: wh });
    term = new Terminal(wh, `node ${bin} new job`);
    await term.waitFor('Owner');
    term.keys('Enter');
    await term.waitFor('Table it writes');
    await term.waitFor('dws.dws_live_like_1d');
    term.keys('dws', 'Enter');
    await term.waitFor('Table it reads');
    // Typing 'live' keeps dwd.dwd_live_like_di (first: a lower layer sharing the most name parts) and ods.ods_live_like_log_di.
    term.keys('live');
    await term.waitFor('ods.ods_live_like_log_di');
    term.keys('Down', 'Enter');
    await term.waitFor('Schedule');
    term.keys('Enter');
    await term.waitFor('Description');
    term.keys('Enter');
    await term.waitFor('EXIT=0');
    const job = fs.readFileSync(path.join(wh, 'jobs', 'dws_live_like_1d.sql'), 'utf8');
    assert.match(job, /^INSERT OVERWRITE TABLE dws\.dws_live_like_1d PARTITION \(p_date = '\$\{date\}'\)$/m);
    assert.match(job, /^FROM ods\.ods_live_like_log_di$/m);
  });

  it('Ctrl-C at a prompt writes nothing and says so', async () => {
    term = new Terminal(dir, `node ${bin} init wh`);
    await term.waitFor('Project name');
    term.keys('Enter');
    await term.waitFor('Template');
    term.keys('C-c');
    await term.waitFor('EXIT=2');
    assert.match(term.screen(), /error {2}cancelled at a prompt; nothing was written/);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('new table asks layer, domain, process, period, columns (repeatable) and writes the table', async () => {
    spawnSync(process.execPath, [bin, 'init', 'wh', '--yes'], { cwd: dir });
    term = new Terminal(path.join(dir, 'wh'), `node ${bin} new table`);
    await term.waitFor('Layer');
    term.keys('Enter');
    await term.waitFor('Subject domain');
    term.keys('Enter');
    await term.waitFor('Business process');
    term.keys('gift_send', 'Enter');
    await term.waitFor('Period suffix');
    term.keys('Enter');
    await term.waitFor('Column');
    term.keys('C-u', 'log_id:string:gift log id', 'Enter');
    await term.waitFor('log_id:string:gift log id');
    term.keys('gift_cnt:int:gifts sent', 'Enter');
    await term.waitFor('gift_cnt:int:gifts sent');
    term.keys('Enter');
    await term.waitFor('Partition column');
    term.keys('Enter');
    await term.waitFor('Owner');
    term.keys('Enter');
    await term.waitFor('Description');
    term.keys('Enter');
    await term.waitFor('EXIT=0');
    const table = fs.readFileSync(path.join(dir, 'wh', 'tables', 'dwd', 'dwd_live_gift_send_di.sql'), 'utf8');
    const columns = "CREATE TABLE IF NOT EXISTS dwd.dwd_live_gift_send_di (\n  log_id    STRING  COMMENT 'gift log id',\n  gift_cnt  INT     COMMENT 'gifts sent'\n)";
    assert.ok(table.includes(columns), table);
  });
});
