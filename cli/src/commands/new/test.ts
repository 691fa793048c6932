import * as fs from 'node:fs';
import * as path from 'node:path';
import { Args, Flags } from '@oclif/core';
import { NewFileResult, newTest, scaffoldContext } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatScaffold } from '../../formatters/scaffold';
import { projectFlags } from '../../project-flags';
import { Prompter } from '../../prompt';
import { scaffoldFlags } from '../../scaffold-flags';
import { templatesDir } from '../../templates-dir';

export default class NewTest extends StrataCommand {
  static override summary = 'Create a unit test skeleton for a job.';

  static override description = `Writes tests/<job>.yaml: one row of each table the job reads (values of each column's type, the partition column on --date) and the row it should write, columns of the same name passed through. Edit the rows into the cases that matter.
On a terminal it asks for what the flags do not say; without one (or with --yes) it never asks.`;

  static override examples = [
    { description: 'Ask on the terminal', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'Replace an existing test', command: '<%= config.bin %> <%= command.id %> dwd_live_gift_send_di --date 2026-11-25 --force' },
    { description: 'A test for a job', command: '<%= config.bin %> <%= command.id %> dwd_live_gift_send_di --date 2026-11-25' },
  ];

  static override args = {
    job: Args.string({ description: 'The job to test (default: the first job without a test).' }),
  };

  static override flags = {
    ...projectFlags,
    ...scaffoldFlags,
    date: Flags.string({ description: 'Run date of the test, yyyy-MM-dd (default: today).' }),
  };

  async run(): Promise<NewFileResult> {
    const { args, flags } = await this.parse(NewTest);
    const ask = new Prompter(flags.yes);
    const context = await scaffoldContext({ project: flags.project, cwd: process.cwd() });
    const names = context.jobs.map((j) => j.name).sort();
    const untested = names.find((n) => !fs.existsSync(path.join(context.root, context.config.paths.tests, `${n}.yaml`)));
    const job = await ask.ask(args.job, { flag: 'job', argument: true, message: 'Job', suggestions: names, default: untested });
    const date = await ask.ask(flags.date, { flag: 'date', message: 'Run date', default: new Date().toISOString().slice(0, 10) });
    const result = newTest(context, { templates: templatesDir(this.config.root), job, date, force: flags.force });
    if (!this.jsonEnabled()) this.log(formatScaffold([result.file], result.next));
    return result;
  }
}
