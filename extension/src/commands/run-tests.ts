import { testCommand } from '../cli-task';
import { activeFile, runCli } from './run-cli';

/** Strata: Run tests — `strata test` in a terminal, in the project of the active file (or of the workspace). */
export async function runTests(): Promise<void> {
  await runCli('test', activeFile(), (cli, root) => testCommand(cli, root));
}
