import { HooksResult, UninstallAction, uninstallHooks } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatUninstall } from '../../formatters/hooks';

export default class HooksUninstall extends StrataCommand {
  static override summary = 'Remove the git pre-commit hook that `strata hooks install` wrote.';

  static override description = `Removes strata's block from the pre-commit hook. A hook file that held nothing else is deleted, and a hook kept by install --force is put back.`;

  static override examples = [{ description: 'Remove the hook', command: '<%= config.bin %> <%= command.id %>' }];

  async run(): Promise<HooksResult<UninstallAction>> {
    await this.parse(HooksUninstall);
    const result = uninstallHooks({ cwd: process.cwd() });
    if (!this.jsonEnabled()) this.log(formatUninstall(result));
    return result;
  }
}
