import { Args, Flags } from '@oclif/core';
import { dryRun, DryRunResult, parseVarFlags } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatDryRun } from '../formatters/dry-run';
import { cacheFlag, projectFlags } from '../project-flags';

export default class DryRun extends StrataCommand {
  static override summary = 'Validate a job and run it on embedded DuckDB without touching published data.';

  static override description = `Renders the job's variables, checks it (syntax, unknown tables and columns, insert column count,
names and types against the target's DDL — inserts match by position), lists the partitioned tables it reads (warning on full
scans) and the partitions it writes, then translates it to DuckDB and runs it on an in-memory database: each INSERT's query is
described and its output schema compared with the contract. With --sample the tables it reads are filled from seeds/ (or the
published local data) and each written table is previewed (row count, first 10 rows).
The target's published DuckDB file, when it exists, is attached read-only; nothing published is written.
With a spark, hive or trino --target, the job (variables rendered, not translated) is sent to that engine instead: SET and
temporary views run in the session, each INSERT is EXPLAINed and its query described, and the engine's error is reported at the
file:line:col it names; nothing is run. With a clickhouse --target, each INSERT's query (and each query) is described by
ClickHouse (DESCRIBE (query): analysed, not run; other statements are not sent) and its error is reported at the position it
names or, when it names none, where the job names the unknown column, function or table.
--date defaults to yesterday, as a daily scheduler would run it. Exit code 0: clean (warnings allowed); 1: errors found; 2: the dry-run could not run.`;

  static override examples = [
    { description: 'Dry-run a job for yesterday', command: '<%= config.bin %> <%= command.id %> dws_live_room_1d' },
    { description: 'For a given date, on the seed data, with a preview of what it writes', command: '<%= config.bin %> <%= command.id %> dws_live_room_1d --date 2026-11-25 --sample' },
    { description: 'A job by its file, with a variable set', command: '<%= config.bin %> <%= command.id %> jobs/ads_live_room_rank_1d.sql --var top_n=5' },
    { description: 'Everything as data', command: '<%= config.bin %> <%= command.id %> dwd_live_gift_send_di --json' },
    { description: 'Ask the Spark Thrift Server of target "cluster" for the plan', command: '<%= config.bin %> <%= command.id %> dws_live_room_1d --target cluster' },
    { description: 'Ask the ClickHouse serving target "serving" to describe what an ADS job selects', command: '<%= config.bin %> <%= command.id %> ads_live_room_rank_1d --target serving' },
  ];

  static override args = {
    job: Args.string({ description: 'Job name (file name without .sql) or the path of a job file.', required: true }),
  };

  static override flags = {
    ...projectFlags,
    date: Flags.string({ description: 'The run date, yyyy-MM-dd (default: yesterday); the same as --var date=...' }),
    target: Flags.string({ description: 'Target whose published data is attached read-only (a duckdb target, default: the project\'s default target), or a spark, hive or trino target to ask through EXPLAIN, or a clickhouse target to ask through DESCRIBE.' }),
    sample: Flags.boolean({ description: 'Fill the tables the job reads from seeds, run it and preview the tables it writes.' }),
    timeout: Flags.integer({ description: 'Interrupt a statement after this many seconds (default 60).', min: 1 }),
    cache: cacheFlag,
  };

  async run(): Promise<DryRunResult> {
    const { args, flags } = await this.parse(DryRun);
    const result = await this.withProgress('Dry-running', () => dryRun({
      job: args.job,
      project: flags.project,
      cwd: process.cwd(),
      date: flags.date,
      vars: parseVarFlags(flags.var),
      target: flags.target,
      sample: flags.sample,
      timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000,
      cache: flags.cache,
    }));
    if (!this.jsonEnabled()) for (const line of formatDryRun(result)) this.log(line);
    this.finish(result.errors > 0 ? ExitCode.problems : ExitCode.ok);
    return result;
  }
}
