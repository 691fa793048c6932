import { Args, Flags } from '@oclif/core';
import { parseVarFlags, runJobs, type RunResult } from '@strata/core';
import { SingleBar } from 'cli-progress';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatRunPlan, formatRunSummary } from '../formatters/run';
import { projectFlags } from '../project-flags';

export default class Run extends StrataCommand {
  static override summary = 'Run batch jobs for a date or a range of dates on the local DuckDB target (backfill), optionally loading what they wrote into a ClickHouse serving target.';

  static override description = `For each date in order, runs the selected batch jobs in dependency order (inferred from the tables they read and write; independent jobs up to --parallel at once) on the target's DuckDB file: each job rendered for the date, translated to DuckDB and run in one transaction, so an INSERT OVERWRITE replaces its partition and a re-run writes the same rows. A failed job is retried (front-matter retries, or --retries); after it, the data-quality checks of each table it wrote run on the partition it wrote, and a failure stops its downstream jobs for that date.

Source tables (no job writes them) with a seed under seeds/ get the seed's rows of the date (their first partition column equal to the date), replacing that partition: a local backfill works out of the box. --no-seeds leaves them as they are.

The tables must exist on the target: create them with strata publish --target local. --dry-run prints the ordered (job, date) plan with the partitions each step reads and writes, and runs nothing.

--load T (repeatable) then loads what the run wrote into a ClickHouse serving target T: after each date's jobs, every partition a job that succeeded wrote, for the tables T's \`tables:\` selectors in strata.yaml pick (e.g. tables: ["ads.*"]), replaces that partition on T (dropped on each shard ON CLUSTER, then inserted through the Distributed table), so a re-run replaces rather than duplicates. T's tables must be published first (strata publish --target T); an unreachable server or a refused login stops the run before any job runs.

SELECTOR (dbt style): a job name, a table name (the jobs writing it) or a job file, * matching any text; layer:NAME, tag:NAME; +X adds everything upstream of X, X+ everything downstream; several, separated by spaces, are combined.

Exit code 0: every job succeeded (and every load); 1: a job, check or load failed, or a job was skipped; 2: the run could not start or a --load target could not be reached (bad flags, unknown selector, missing table, wrong credentials).`;

  static override examples = [
    { description: 'Run every batch job for one day', command: '<%= config.bin %> <%= command.id %> --date 2026-11-25' },
    { description: 'Backfill a week of one job and everything downstream of it, two jobs at a time', command: '<%= config.bin %> <%= command.id %> dwd_live_room_watch_di+ --from 2026-11-19 --to 2026-11-25 --parallel 2' },
    { description: 'The jobs of a layer, as a plan only', command: '<%= config.bin %> <%= command.id %> layer:dws --date 2026-11-25 --dry-run' },
    { description: 'A table and all it is built from, as data', command: '<%= config.bin %> <%= command.id %> +ads.ads_live_room_rank_1d --date 2026-11-25 --json' },
    { description: 'Run a day locally, then load the ADS partitions it wrote into the ClickHouse target "serving"', command: '<%= config.bin %> <%= command.id %> --date 2026-11-25 --load serving' },
    { description: 'Show what a backfill of the ADS layer would load, without running it', command: '<%= config.bin %> <%= command.id %> layer:ads --from 2026-11-24 --to 2026-11-25 --load serving --dry-run' },
  ];

  static override args = {
    selector: Args.string({ description: 'Jobs to run (default: every batch job): job, table, layer:NAME, tag:NAME, with + for upstream/downstream.' }),
  };

  static override flags = {
    ...projectFlags,
    date: Flags.string({ description: 'The run date, yyyy-MM-dd.', helpValue: 'D', exclusive: ['from', 'to'] }),
    from: Flags.string({ description: 'First date of a range (inclusive).', helpValue: 'D1', dependsOn: ['to'] }),
    to: Flags.string({ description: 'Last date of a range (inclusive).', helpValue: 'D2', dependsOn: ['from'] }),
    target: Flags.string({ description: 'Target to run on (default: the project\'s default target; a duckdb target).', helpValue: 'T' }),
    parallel: Flags.integer({ description: 'Independent jobs run at once.', helpValue: 'N', min: 1, default: 1 }),
    retries: Flags.integer({ description: 'Attempts after a failure, for every job (default: each job\'s front-matter retries).', helpValue: 'N', min: 0 }),
    'dry-run': Flags.boolean({ description: 'Print the ordered (job, date) plan with the partitions read and written; run nothing.' }),
    load: Flags.string({ description: 'A clickhouse serving target that then gets the partitions written, for the tables its tables: selectors pick (repeatable).', helpValue: 'T', multiple: true }),
    seeds: Flags.boolean({ description: 'Load source tables\' seed rows for each date; --no-seeds leaves them as they are.', default: true, allowNo: true }),
  };

  async run(): Promise<RunResult> {
    const { args, flags } = await this.parse(Run);
    const bar = this.progressBar();
    let result: RunResult;
    try {
      result = await runJobs({
        cwd: process.cwd(), project: flags.project, vars: parseVarFlags(flags.var), selector: args.selector,
        date: flags.date, from: flags.from, to: flags.to, target: flags.target, parallel: flags.parallel, retries: flags.retries,
        dryRun: flags['dry-run'], seeds: flags.seeds, load: flags.load, env: process.env,
        onStart: bar ? (total) => bar.start(total, 0, { step: '' }) : undefined,
        onStep: bar ? (step, done) => bar.update(done, { step: `${step.job} ${step.date} ${step.status}` }) : undefined,
      });
    } finally {
      bar?.stop();
    }
    if (!this.jsonEnabled()) for (const line of result.dryRun ? formatRunPlan(result) : formatRunSummary(result)) this.log(line);
    const loadFailed = result.loads.filter((l) => l.status === 'failed').length;
    this.finish(result.failed + result.skipped + loadFailed > 0 ? ExitCode.problems : ExitCode.ok);
    return result;
  }

  /** A progress bar on stderr, only on a terminal, never with --json or in CI. */
  private progressBar(): SingleBar | undefined {
    if (!process.stderr.isTTY || this.jsonEnabled() || process.env.CI) return undefined;
    return new SingleBar({ format: 'running [{bar}] {value}/{total} {step}', stream: process.stderr, clearOnComplete: true, hideCursor: true });
  }
}
