import * as path from 'node:path';

/** A CLI run: what the terminal executes and where. */
export interface CliRun {
  /** Shown as the task's name. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
}

/**
 * `strata dry-run <file>` for a job file, run in its project folder with the path relative to it
 * (`/`-separated, as the CLI prints paths).
 */
export function dryRunCommand(cli: string, root: string, file: string): CliRun {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return { name: `dry-run ${relative}`, command: cli, args: ['dry-run', relative], cwd: root };
}

/** `strata test` in a project folder. */
export function testCommand(cli: string, root: string): CliRun {
  return { name: 'test', command: cli, args: ['test'], cwd: root };
}
