import { Args, Flags } from '@oclif/core';
import { parseVarFlags, runTests, scaffoldTest, StrataError, type ScaffoldResult, type TestRunResult } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatTestJunit } from '../formatters/test-junit';
import { formatTestText } from '../formatters/test-text';
import { projectFlags } from '../project-flags';

const FORMATS = ['text', 'json', 'junit'] as const;

export default class Test extends StrataCommand {
  static override summary = 'Run unit tests (tests/*.yaml) on embedded DuckDB, or data-quality checks against a target.';

  static override description = `Each test file gives input rows per table for a job (given), runs the job on an in-memory DuckDB database of its own with the test's date and vars (--parallel tests at once; results in file order), and compares the rows it writes with the expected ones (expect): in any order unless the file says ordered: true, values compared by column type, NULL written as null. Tables the job reads without given rows are empty. Batch and streaming jobs alike (Flink jobs run over the given rows as bounded input).

--checks runs the data-quality checks of the tables' front matter (unique, not_null, accepted_values, row_count, freshness, expression, sql) against the data of a target (default: the project's default target, opened read-only); --target T implies --checks.

--scaffold JOB writes tests/JOB.yaml from the seeds of the job's inputs, with the rows the job makes of them as expected rows to review.

Exit code 0: everything passed; 1: a test or check failed or could not run; 2: the command could not run.

--format json prints {"kind","tests":[{"file","job","status","durationMs","tables":[{"table","expectedRows","actualRows","missing","unexpected","changed"}],"problems"}],"checks":[...],"passed","failed","errors","durationMs"}.`;

  static override examples = [
    { description: 'Run every unit test of the project in the current folder', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'Run the tests of one job', command: '<%= config.bin %> <%= command.id %> dws_live_room_1d' },
    { description: 'CI: JUnit XML for the test report', command: '<%= config.bin %> <%= command.id %> --format junit > test-results.xml' },
    { description: 'Data-quality checks against the local DuckDB, freshness judged for a date', command: '<%= config.bin %> <%= command.id %> --checks --date 2026-11-25' },
    { description: 'Write a test skeleton for a job from its inputs\' seeds', command: '<%= config.bin %> <%= command.id %> --scaffold dwd_live_like_di' },
  ];

  static override args = {
    selector: Args.string({ description: 'A test file name or path, or a job name (* matches any text); with --checks, a table name.' }),
  };

  static override flags = {
    ...projectFlags,
    format: Flags.option({ options: FORMATS, default: 'text' as const, description: 'Output format.' })(),
    checks: Flags.boolean({ description: 'Run the tables\' data-quality checks against a target instead of the unit tests.', exclusive: ['scaffold'] }),
    target: Flags.string({ description: 'Target whose data the checks read (implies --checks; default: the project\'s default target).', helpValue: 'T', exclusive: ['scaffold'] }),
    date: Flags.string({ description: 'With --checks: the day freshness is judged for (yyyy-MM-dd; default: now). With --scaffold: the test\'s date.', helpValue: 'D' }),
    parallel: Flags.integer({ description: 'Unit tests run at once, each on a database of its own (default: the number of cores).', helpValue: 'N', min: 1 }),
    timeout: Flags.integer({ description: 'Seconds a unit test\'s job may run before it is stopped.', helpValue: 'S', min: 1, default: 30 }),
    scaffold: Flags.string({ description: 'Write tests/JOB.yaml from the seeds of the job\'s inputs.', helpValue: 'JOB' }),
    force: Flags.boolean({ description: 'With --scaffold: overwrite an existing test file.', dependsOn: ['scaffold'] }),
  };

  async run(): Promise<TestRunResult | ScaffoldResult> {
    const { args, flags } = await this.parse(Test);
    const base = { cwd: process.cwd(), project: flags.project, vars: parseVarFlags(flags.var) };
    if (flags.scaffold !== undefined) {
      if (args.selector !== undefined) throw new StrataError('usage', '--scaffold writes a test for one job: give no SELECTOR with it');
      const written = await this.withProgress('Writing a test', () => scaffoldTest({ ...base, job: flags.scaffold as string, date: flags.date, force: flags.force }));
      if (!this.jsonEnabled()) this.log(`✔ wrote ${written.file}: review its expected rows (${written.expect.map((e) => `${e.rows} in ${e.table}`).join(', ') || 'none'})`);
      return written;
    }
    const checks = flags.checks || flags.target !== undefined;
    const result = await this.withProgress(checks ? 'Checking data' : 'Testing', () => runTests({
      ...base, selector: args.selector, checks, target: flags.target, date: flags.date, timeoutSeconds: flags.timeout, parallel: flags.parallel, env: process.env,
    }));
    if (!this.jsonEnabled()) this.log(render(result, flags.format));
    this.finish(result.failed + result.errors > 0 ? ExitCode.problems : ExitCode.ok);
    return result;
  }
}

function render(result: TestRunResult, format: (typeof FORMATS)[number]): string {
  switch (format) {
    case 'text':
      return formatTestText(result).join('\n');
    case 'json':
      return JSON.stringify(result, null, 2);
    case 'junit':
      return formatTestJunit(result);
  }
}
