import * as path from 'node:path';
import { Flags } from '@oclif/core';
import { HooksResult, InstallAction, installHooks } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatInstall } from '../../formatters/hooks';

export default class HooksInstall extends StrataCommand {
  static override summary = 'Install a git pre-commit hook that runs `strata lint --staged`.';

  static override description = `Writes strata's block into the repository's pre-commit hook: .git/hooks/pre-commit, the folder core.hooksPath names, or husky's .husky/pre-commit (appended next to lint-staged and other commands).
Safe to re-run: the block is updated in place. An existing hook of another tool is left alone unless --force, which keeps it as pre-commit.before-strata and runs it first.
Works from any folder of the repository; when strata.yaml is in a sub-folder the hook passes --project. With pre-commit (pre-commit.com), use the strata-lint and strata-format hooks of .pre-commit-hooks.yaml instead.`;

  static override examples = [
    { description: 'Install the hook', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'Keep an existing hook and run it before strata', command: '<%= config.bin %> <%= command.id %> --force' },
  ];

  static override flags = {
    force: Flags.boolean({ description: 'Chain an existing hook of another tool instead of refusing: it is kept as pre-commit.before-strata and runs first.' }),
  };

  async run(): Promise<HooksResult<InstallAction>> {
    const { flags } = await this.parse(HooksInstall);
    const result = installHooks({
      cwd: process.cwd(),
      force: flags.force,
      node: process.execPath,
      cli: path.join(this.config.root, 'bin', 'run.js'),
    });
    if (!this.jsonEnabled()) this.log(formatInstall(result));
    return result;
  }
}
