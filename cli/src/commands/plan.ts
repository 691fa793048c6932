import { Flags } from '@oclif/core';
import { plan, PlanResult } from '@strata/core';
import { StrataCommand } from '../base-command';
import { formatPlan } from '../formatters/plan';
import { cacheFlag, projectFlags } from '../project-flags';

export default class Plan extends StrataCommand {
  static override summary = 'Show what publish would change on a target: tables, columns, jobs, breaking changes and their downstream impact.';

  static override description = `Diffs the project against the state recorded in the target (schema strata of its DuckDB file): tables to create,
columns added (non-breaking), columns removed, possibly renamed or retyped (breaking; narrowing or widening), a changed partitioning
(breaking), jobs added, changed or removed. Each breaking change lists the downstream columns and jobs it reaches, from column lineage,
with file:line. On a flink target each changed streaming job is classified against the SQL it runs: restartable from its savepoint,
or state-incompatible (a stateful operator's keys, window or aggregates changed), with the reason and the sink columns whose state is
recomputed. Nothing on the target changes. --out saves the plan for strata publish --plan, which applies it exactly as saved.`;

  static override examples = [
    { description: 'Plan against the default target', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'Save the plan to apply it later exactly as reviewed', command: '<%= config.bin %> <%= command.id %> --target local --out plan.json' },
    { description: 'Everything as data', command: '<%= config.bin %> <%= command.id %> --json' },
  ];

  static override flags = {
    project: projectFlags.project,
    target: Flags.string({ description: 'Target to plan against (default: the project\'s default target).' }),
    out: Flags.string({ description: 'Save the plan as JSON to this file, for strata publish --plan.' }),
    cache: cacheFlag,
  };

  async run(): Promise<PlanResult> {
    const { flags } = await this.parse(Plan);
    const result = await this.withProgress('Planning', () => plan({ project: flags.project, cwd: process.cwd(), target: flags.target, out: flags.out, cache: flags.cache }));
    if (!this.jsonEnabled()) {
      for (const line of formatPlan(result)) this.log(line);
      if (flags.out !== undefined) this.log(`saved to ${flags.out}`);
    }
    return result;
  }
}
