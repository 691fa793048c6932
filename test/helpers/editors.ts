import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, repoRoot } from './run-cli';

/**
 * Runs a real editor (headless Neovim, Emacs in batch) whose script drives our language server on a
 * copy of examples/live and writes what the editor saw as JSON. The editor is killed after
 * `timeoutMs`, and every process it started (the server too) is killed afterwards, found by a
 * marker in their environment, so a failed run leaves nothing behind.
 */
export const SERVER_BIN = path.join(repoRoot, 'language-server', 'bin', 'server.js');
export const editorScripts = path.join(repoRoot, 'test', 'editors');

/** The job the editors open, and what they must see there (the same for every editor). */
export const JOB = 'jobs/ads_live_room_rank_1d.sql';
export const RANK_COLUMNS = ['anchor_id', 'category', 'gift_amount', 'gift_share', 'hot_score', 'rank_no', 'room_id', 'watch_uv'];
export const ANCHOR_TABLE = { file: 'tables/dim/dim_live_anchor_df.sql', range: { start: { line: 11, character: 27 }, end: { line: 11, character: 49 } } };
export const UNKNOWN_COLUMN = "unknown column 'k.gift_amout' in 'k'; did you mean 'gift_amount'? (unknown-column)";
/** The hover of `k.gift_amount` (line 50): its type, comment and upstream lineage down to the ODS source columns. */
export const GIFT_AMOUNT_UPSTREAM = [
  '**dws.dws_live_room_1d.gift_amount** `DECIMAL(18,2)`',
  '',
  'gift value received, CNY',
  '',
  'upstream:',
  '- dwd.dwd_live_gift_send_di.gift_amount → dws.dws_live_room_1d.gift_amount (aggregate) jobs/dws_live_room_1d.sql:82',
  '  - dim.dim_gift_df.price_amount → dwd.dwd_live_gift_send_di.gift_amount (expression) jobs/dwd_live_gift_send_di.sql:38',
  '  - ods.ods_live_gift_log_di.gift_cnt → dwd.dwd_live_gift_send_di.gift_amount (expression) jobs/dwd_live_gift_send_di.sql:38',
  '    - ods.ods_gift_config_db_df.price_amount → dim.dim_gift_df.price_amount (direct) jobs/dim_gift_df.sql:16',
].join('\n');

export interface EditorRun<T> {
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** What the editor script wrote, or undefined when it wrote nothing. */
  result?: T;
  output: string;
  ms: number;
  /** Processes of this run still alive after the editor exited (killed then). */
  leftovers: number;
}

/** Why an editor test cannot run here, or undefined when `command --version` works. */
export function missing(command: string, pkg: string): string | undefined {
  const r = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (r.status === 0) return undefined;
  return `${command} is not installed (npm test installs it as root: apt-get install -y ${pkg})`;
}

/** Process ids whose environment holds `marker` (Linux /proc; none elsewhere). */
export function processesMarked(marker: string): number[] {
  if (!fs.existsSync('/proc')) return [];
  const found: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(marker)) found.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/** Runs `command args` in a fresh copy of examples/live with STRATA_* variables for its script. */
export async function runEditor<T>(command: string, args: (project: string) => string[], timeoutMs = 30_000): Promise<EditorRun<T>> {
  const { dir, cleanup } = copyProject(examplesLive);
  const out = path.join(dir, '.editor-result.json');
  const marker = `STRATA_EDITOR_RUN=${path.basename(dir)}`;
  const env = {
    ...process.env,
    HOME: dir,
    STRATA_NODE: process.execPath,
    STRATA_SERVER: SERVER_BIN,
    STRATA_PROJECT: dir,
    STRATA_OUT: out,
    STRATA_EDITOR_RUN: path.basename(dir),
  };
  const started = Date.now();
  try {
    const child = spawn(command, args(dir), { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      child.on('error', (error) => {
        output += String(error);
        resolve([null, null]);
      });
      child.on('close', (code, sig) => resolve([code, sig]));
    });
    clearTimeout(timer);
    const ms = Date.now() - started;
    const leftovers = processesMarked(marker);
    for (const pid of leftovers) kill(pid);
    killGroup(child.pid);
    const result = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as T) : undefined;
    return { status, signal, timedOut, result, output, ms, leftovers: leftovers.length };
  } finally {
    for (const pid of processesMarked(marker)) kill(pid);
    cleanup();
  }
}

/** SIGKILL, ignoring a process already gone (a negative id is a process group). */
export function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function killGroup(pid: number | undefined): void {
  if (pid !== undefined) kill(-pid);
}
