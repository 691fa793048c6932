import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
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
export function strata(args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = process.env): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
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

/** Runs several CLI invocations in parallel (one per core), results in input order; servers in this process keep answering meanwhile. */
export async function strataAll(runs: [string[], string?][], env: NodeJS.ProcessEnv = process.env): Promise<CliRun[]> {
  const one = ([args, cwd = repoRoot]: [string[], string?]) =>
    new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
    });
  const results: CliRun[] = new Array(runs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < runs.length; i = next++) results[i] = await one(runs[i]);
  };
  await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
  return results;
}

/** No stack trace, ever, without --debug: no "    at fn (file:line)" frames. */
export function assertNoStack(text: string): void {
  assert.doesNotMatch(text, /^\s+at .+[:(]\d+/m, text);
}
