import { Flags } from '@oclif/core';
import { check, CheckResult, parseVarFlags } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatDiagnostics, formatSummary } from '../formatters/diagnostics';
import { cacheFlag, dialectFlag, projectFlags } from '../project-flags';

export default class Check extends StrataCommand {
  static override summary = 'Parse and resolve every file: syntax, unknown tables and columns, insert shape, cycles.';

  static override description = `Checks the whole project (tables/, jobs/) or standalone SQL files given with --file.
Problems are printed as "path:line:col  severity  message  code". Exit code 0: no errors; 1: errors found; 2: the check could not run.
With --strict every statement is also validated by the dialect's reference grammar (cached by content hash).
Results are cached under .strata/cache/ (git-ignore it): a warm run parses and analyses only what changed; --no-cache bypasses the cache.`;

  static override examples = [
    { description: 'Check the project in the current folder', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'Check another project, validating each statement with the reference grammar', command: '<%= config.bin %> <%= command.id %> --project examples/live --strict' },
    { description: 'Check standalone Flink SQL files, no project needed', command: '<%= config.bin %> <%= command.id %> --file job.sql --file other.sql --dialect flink' },
    { description: 'Machine-readable result for CI', command: '<%= config.bin %> <%= command.id %> --json' },
    { description: 'Check without reading or writing the analysis cache', command: '<%= config.bin %> <%= command.id %> --no-cache' },
  ];

  static override flags = {
    ...projectFlags,
    file: Flags.file({ char: 'f', description: 'Check this standalone SQL file instead of a project (repeatable).', multiple: true, exists: true }),
    dialect: dialectFlag,
    strict: Flags.boolean({ description: 'Also validate each statement with the dialect reference grammar (slower; cached).' }),
    cache: cacheFlag,
  };

  async run(): Promise<CheckResult> {
    const { flags } = await this.parse(Check);
    const result = await this.withProgress('Checking', () => check({
      project: flags.project,
      files: flags.file,
      dialect: flags.dialect,
      strict: flags.strict,
      vars: parseVarFlags(flags.var),
      cwd: process.cwd(),
      cache: flags.cache,
    }));
    if (!this.jsonEnabled()) {
      for (const line of formatDiagnostics(result.diagnostics)) this.log(line);
      this.log(formatSummary(result.diagnostics, result.files));
    }
    this.finish(result.errors > 0 ? ExitCode.problems : ExitCode.ok);
    return result;
  }
}
