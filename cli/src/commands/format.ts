import { Args, Flags } from '@oclif/core';
import { format, type FormatResult } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatFileLines, formatRunSummary } from '../formatters/format';
import { readStdin } from '../read-stdin';

export default class Format extends StrataCommand {
  static override summary = 'Format SQL files with sql-formatter, per dialect (Spark, Hive, Flink).';

  static override description = `Formats the project's tables and jobs, or the given files and folders, in place (each file written at once).
Front matter, comments and \${vars} stay byte-exact, and a statement is only reformatted when the result parses to the same tree and formatting it again changes nothing; any other statement is kept as written, with a note naming its line.
Options come from the format: section of strata.yaml (keyword_case: upper|lower|preserve, indent, line_width).
Exit code 0: done (with --check: nothing to change); 1: with --check, files would change, or some files could not be formatted (syntax errors, binary files); 2: usage or configuration error.`;

  static override examples = [
    { description: 'Format every table and job of the project in the current folder', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'List the files that are not formatted, without writing (CI, pre-commit)', command: '<%= config.bin %> <%= command.id %> --check --project examples/live' },
    { description: 'Format some files and folders', command: '<%= config.bin %> <%= command.id %> jobs/dws_live_room_1d.sql tables/dwd' },
    { description: 'Format standard input as the given file (editor integration)', command: '<%= config.bin %> <%= command.id %> --stdin-filename jobs/dws_live_room_1d.sql < jobs/dws_live_room_1d.sql' },
  ];

  static override strict = false;

  static override args = {
    // Standard input is the SQL of --stdin-filename, never a path.
    paths: Args.string({ description: 'Files or folders to format (default: every table and job of the project).', ignoreStdin: true }),
  };

  static override flags = {
    project: Flags.directory({ char: 'p', description: 'Project folder (default: the nearest ancestor holding strata.yaml).', exists: true }),
    check: Flags.boolean({ description: 'Write nothing; list the files that would change and exit 1 if any would.' }),
    'stdin-filename': Flags.string({ description: 'Format standard input as if it were this file (its project and dialect) and print the result.' }),
    cache: Flags.boolean({ description: 'Reuse results for unchanged files from .strata/cache/format/ (--no-cache: format everything).', default: true, allowNo: true }),
  };

  async run(): Promise<FormatResult> {
    const { argv, flags } = await this.parse(Format);
    const filename = flags['stdin-filename'];
    const result = await this.withProgress('Formatting', async () => format({
      project: flags.project,
      paths: argv as string[],
      cwd: process.cwd(),
      check: flags.check,
      stdin: filename === undefined ? undefined : { filename, text: await readStdin() },
      cache: flags.cache,
    }));
    if (!this.jsonEnabled()) this.render(result, flags.check, filename !== undefined);
    const problems = result.failed > 0 || (flags.check && result.changed > 0);
    this.finish(problems ? ExitCode.problems : ExitCode.ok);
    return result;
  }

  /** Standard input's result goes to stdout alone (editors read it back); everything else to stderr then. */
  private render(result: FormatResult, check: boolean, stdin: boolean): void {
    const lines = formatFileLines(result, check);
    if (stdin) {
      process.stdout.write(result.output ?? '');
      for (const line of lines) this.logToStderr(line);
      return;
    }
    for (const line of lines) this.log(line);
    this.log(formatRunSummary(result, check));
  }
}
