import { Flags } from '@oclif/core';
import { publish, StrataError, type Plan as CorePlan, type PublishResult } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatPlan, upToDate } from '../formatters/plan';
import { cacheFlag, projectFlags } from '../project-flags';

export default class Publish extends StrataCommand {
  static override summary = 'Apply the plan to a target: tables created and altered in dependency order, jobs registered, state recorded.';

  static override description = `Plans like strata plan (or takes a saved plan with --plan, refused when the project or the target changed since),
then applies it step by step under the target's lock: CREATE TABLE, ADD COLUMNS, job registrations. Each step and the state rows that
record it commit together; a publish stopped at any point is finished by running it again, and one with nothing to do changes nothing.
Breaking changes (columns dropped or retyped, partitioning changed, tables removed) are applied only with --allow-destructive; without it
nothing is applied. On a flink target (a Flink SQL Gateway) new streaming jobs are submitted, removed ones stopped, and a changed one is
stopped with a savepoint and restarted from it; a change its savepoint cannot be restored into (keys, windows, aggregates changed) restarts
the job without its state, only with --allow-state-reset. On a terminal it asks before applying unless --yes; without a terminal --yes is required.`;

  static override examples = [
    { description: 'Publish to the default target, asking first', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'In CI: no question', command: '<%= config.bin %> <%= command.id %> --target local --yes' },
    { description: 'Apply a reviewed plan exactly as saved', command: '<%= config.bin %> <%= command.id %> --plan plan.json --yes' },
    { description: 'Apply drops and retypes too', command: '<%= config.bin %> <%= command.id %> --yes --allow-destructive' },
    { description: 'Restart changed Flink jobs, those whose state no longer fits without it', command: '<%= config.bin %> <%= command.id %> --target stream --yes --allow-state-reset' },
  ];

  static override flags = {
    project: projectFlags.project,
    target: Flags.string({ description: 'Target to publish to (default: the project\'s default target).' }),
    plan: Flags.string({ description: 'Apply this saved plan (from strata plan --out) instead of planning now.' }),
    yes: Flags.boolean({ char: 'y', description: 'Apply without asking.' }),
    'allow-destructive': Flags.boolean({ description: 'Apply breaking changes: drop or retype columns, rebuild re-partitioned tables, drop removed tables.' }),
    'allow-state-reset': Flags.boolean({ description: 'Restart streaming jobs whose change does not fit their savepoint without their state (it is rebuilt from the sources).' }),
    wait: Flags.boolean({ description: 'Wait for another publish of the target to finish instead of failing.' }),
    cache: cacheFlag,
  };

  async run(): Promise<PublishResult> {
    const { flags } = await this.parse(Publish);
    const text = !this.jsonEnabled();
    let total = 0;
    const result = await publish({
      project: flags.project,
      cwd: process.cwd(),
      target: flags.target,
      planFile: flags.plan,
      allowDestructive: flags['allow-destructive'],
      allowStateReset: flags['allow-state-reset'],
      wait: flags.wait,
      cache: flags.cache,
      confirm: (plan) => {
        total = plan.steps.length;
        return this.confirm(plan, flags.yes);
      },
      onStep: (step, status) => {
        if (text) this.log(`  [${step.n}/${total}] ${step.description}${status === 'skipped' ? ' (already applied)' : ''}`);
      },
    });
    if (text) this.log(summary(result));
    this.finish(result.status === 'declined' ? ExitCode.problems : ExitCode.ok);
    return result;
  }

  /** Shows the plan and asks on a terminal; --yes applies at once; no terminal and no --yes is an error. */
  private async confirm(plan: CorePlan, yes: boolean): Promise<boolean> {
    if (!yes && (!process.stdin.isTTY || !process.stdout.isTTY)) throw new StrataError('usage', 'pass --yes to publish without a terminal; nothing was applied');
    if (!this.jsonEnabled()) for (const line of formatPlan(plan)) this.log(line);
    if (yes) return true;
    const prompts = await import('@inquirer/prompts');
    try {
      return await prompts.confirm({ message: `Apply ${plan.steps.length} steps to target ${plan.target}?`, default: false });
    } catch (e) {
      if (e instanceof Error && e.name === 'ExitPromptError') throw new StrataError('usage', 'cancelled at a prompt; nothing was applied');
      throw e;
    }
  }
}

function summary(result: PublishResult): string {
  switch (result.status) {
    case 'up-to-date':
      return upToDate(result.target);
    case 'declined':
      return `nothing was published to target ${result.target}`;
    case 'applied':
      return `published to target ${result.target}: ${result.applied} steps applied${result.skipped > 0 ? `, ${result.skipped} already applied` : ''} (plan ${result.plan.id})`;
  }
}
