import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const examplesLive = path.join(repoRoot, 'examples', 'live');
const bin = path.join(repoRoot, 'cli', 'bin', 'run.js');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in `cwd`, with no TTY. */
export function strata(args: string[], cwd = repoRoot): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A throw-away copy of a project folder, removed by the returned cleanup. */
export function copyProject(from: string): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-e2e-'));
  fs.cpSync(from, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-e2e-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
