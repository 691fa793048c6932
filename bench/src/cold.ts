import { spawnSync } from 'node:child_process';

/**
 * Milliseconds a fresh Node process takes to load @strata/core and run one project task
 * (`loadWorkspace` or `check`) on `root`: what a CLI run pays before it can answer.
 */
export function coldRun(root: string, task: 'loadWorkspace' | 'check'): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(require.resolve('@strata/core'))})
    .${task}({project:${JSON.stringify(root)},cwd:${JSON.stringify(root)}})
    .then(()=>process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6)))`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold ${task} of ${root} failed: ${r.stderr.split('\n')[0]}`);
  return Number(r.stdout);
}
