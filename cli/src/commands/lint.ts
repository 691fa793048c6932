import { Args, Flags } from '@oclif/core';
import { parseVarFlags, runLint, StrataError, type LintRunResult } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { printLintReport, tooManyWarnings } from '../formatters/lint-output';
import { LINT_FORMATS } from '../formatters/lint-report';
import { cacheFlag, projectFlags } from '../project-flags';

export default class Lint extends StrataCommand {
  static override summary = 'Lint SQL: style, semantic, warehouse and streaming rules, with fixes.';

  static override description = `Lints the project's tables and jobs, or the PATHS given (files or folders), with every active rule and the settings of strata.yaml (lint.rules, lint.overrides). Files outside any project are linted standalone: dialect from their front matter, else spark; no catalog.

Findings print as "path:line:col  severity  message  CODE". Exit code 0: no errors (and no more warnings than --max-warnings); 1: problems found; 2: the lint could not run.

--fix applies fixes until nothing changes and writes a file only when its fixed text still parses. --staged lints the text staged in git (partially staged files too; the work tree is not touched). --changed-since REF lints the files changed since the merge-base with REF, committed or not.

--format json prints {"version":1,"errors","warnings","fixable","fixed","files":[{"path","errors","warnings","findings":[{"code","rule","severity","message","line","column","endLine","endColumn","fixable"}]}]}, positions 1-based, end column exclusive.`;

  static override examples = [
    { description: 'Lint the project in the current folder', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'Fix what can be fixed in one folder, then report the rest', command: '<%= config.bin %> <%= command.id %> jobs --fix' },
    { description: 'Pre-commit: lint what is staged, allowing no warnings', command: '<%= config.bin %> <%= command.id %> --staged --max-warnings 0' },
    { description: 'CI: files changed on this branch, as SARIF for GitHub code scanning', command: '<%= config.bin %> <%= command.id %> --changed-since origin/main --format sarif' },
    { description: 'Editor integration: lint standard input as a project file, print the fixed text', command: '<%= config.bin %> <%= command.id %> --stdin-filename jobs/dim_gift_df.sql --fix < jobs/dim_gift_df.sql' },
    { description: 'Only two rules', command: '<%= config.bin %> <%= command.id %> --rule ST01 --rule union-distinct' },
  ];

  // Any number of PATHS.
  static override strict = false;

  static override args = {
    // Standard input is SQL for --stdin-filename, never a path.
    paths: Args.string({ description: 'Files or folders to lint (default: every table and job of the project).', ignoreStdin: true }),
  };

  static override flags = {
    ...projectFlags,
    fix: Flags.boolean({ description: 'Apply fixes; a file is written only when its fixed text still parses.' }),
    staged: Flags.boolean({ description: 'Lint the text staged in git (the index) instead of the work tree.', exclusive: ['changed-since', 'stdin-filename'] }),
    'changed-since': Flags.string({ description: 'Lint files changed since the merge-base with REF, plus uncommitted ones.', helpValue: 'REF', exclusive: ['stdin-filename'] }),
    'stdin-filename': Flags.string({ description: 'Lint standard input as if it were file F (with --fix, print the fixed text).', helpValue: 'F' }),
    format: Flags.option({ options: LINT_FORMATS, default: 'stylish' as const, description: 'Output format.' })(),
    'max-warnings': Flags.integer({ description: 'Exit 1 when there are more than N warnings.', helpValue: 'N', min: 0 }),
    rule: Flags.string({ description: 'Run only this rule, by code or name (repeatable).', helpValue: 'CODE', multiple: true, multipleNonGreedy: true }),
    cache: cacheFlag,
  };

  async run(): Promise<LintRunResult> {
    const { argv, flags } = await this.parse(Lint);
    const paths = argv as string[];
    const filename = flags['stdin-filename'];
    if (filename !== undefined && paths.length > 0) throw new StrataError('usage', '--stdin-filename lints standard input: give no PATHS with it');
    const stdin = filename === undefined ? undefined : { filename, content: await readStdin() };
    const result = await this.withProgress('Linting', () => runLint({
      cwd: process.cwd(),
      project: flags.project,
      paths,
      vars: parseVarFlags(flags.var),
      only: flags.rule,
      cache: flags.cache,
      fix: flags.fix,
      staged: flags.staged,
      changedSince: flags['changed-since'],
      stdin,
    }));
    const maxWarnings = tooManyWarnings(result, flags['max-warnings']) ? flags['max-warnings'] : undefined;
    if (!this.jsonEnabled()) printLintReport(result, flags.format, maxWarnings, { cwd: process.cwd(), version: this.config.version, pjson: this.config.pjson }, this);
    this.finish(result.errors > 0 || maxWarnings !== undefined ? ExitCode.problems : ExitCode.ok);
    return result;
  }
}

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) throw new StrataError('usage', '--stdin-filename reads the SQL from standard input: pipe or redirect it in');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
