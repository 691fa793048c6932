import { spawnSync } from 'node:child_process';

/**
 * Milliseconds a fresh Node process takes to load @strata/core and run one project task
 * (`loadWorkspace` or `check`, with `options` such as `cache`) on `root`: what a CLI run pays before
 * it can answer.
 */
export function coldRun(root: string, task: 'loadWorkspace' | 'check', options: { cache?: boolean } = {}): number {
  const taskOptions = JSON.stringify({ project: root, cwd: root, ...options });
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(require.resolve('@strata/core'))})
    .${task}(${taskOptions})
    .then(()=>process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6)))`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold ${task} of ${root} failed: ${r.stderr.split('\n')[0]}`);
  return Number(r.stdout);
}
