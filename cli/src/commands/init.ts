import { Args, Flags } from '@oclif/core';
import { DEFAULT_OWNER, InitResult, initProject, LAYERS, PROJECT_TEMPLATES, projectNameOf, TARGETS } from '@strata/core';
import { StrataCommand } from '../base-command';
import { formatScaffold } from '../formatters/scaffold';
import { Prompter } from '../prompt';
import { scaffoldFlags } from '../scaffold-flags';
import { templatesDir } from '../templates-dir';

export default class Init extends StrataCommand {
  static override summary = 'Create a new warehouse project from a template.';

  static override description = `Writes strata.yaml (layers, targets, naming rules, lint settings), .gitignore, .pre-commit-config.yaml, a README and the project folders.
Layers (--layers) and targets (--targets) go into strata.yaml; a target on a cluster reads its host from the environment.
The live template adds a tiny working example: an ODS source table, a DWD table, the job between them and its unit test; minimal has none.
On a terminal it asks for what the flags do not say; without one (or with --yes) it never asks. The project appears all at once: an error or Ctrl-C leaves nothing behind.`;

  static override examples = [
    { description: 'Ask on the terminal', command: '<%= config.bin %> <%= command.id %> my-warehouse' },
    { description: 'Into the current folder, even though it holds files', command: '<%= config.bin %> <%= command.id %> --yes --force' },
    { description: 'No questions (CI, scripts)', command: '<%= config.bin %> <%= command.id %> my-warehouse --template minimal --dialect hive --partition-column dt --yes' },
    { description: 'Three layers, a local target and a Spark cluster (host from $SPARK_HOST)', command: '<%= config.bin %> <%= command.id %> my-warehouse --template minimal --layers ods,dwd,ads --targets local,spark --yes' },
  ];

  static override args = {
    dir: Args.string({ description: 'Folder of the new project (created when missing).', default: '.' }),
  };

  static override flags = {
    ...scaffoldFlags,
    template: Flags.option({ options: PROJECT_TEMPLATES, description: 'Project template: live (with a working example) or minimal (default: live).' })(),
    name: Flags.string({ description: 'Project name: lower-case letters, digits, _ and - (default: the folder name).' }),
    dialect: Flags.option({ options: ['spark', 'hive'] as const, description: 'Dialect of batch SQL (default: spark).' })(),
    'partition-column': Flags.string({ description: 'Name of the daily partition column, e.g. p_date or dt (default: p_date).' }),
    layers: Flags.string({ description: `Layers of the project, a comma list of ${LAYERS.join(', ')} (default: all; the live template needs ods and dwd).`, helpValue: 'LIST' }),
    targets: Flags.string({ description: `Targets to write, a comma list of ${Object.keys(TARGETS).join(', ')} (default: local, the DuckDB file; cluster hosts come from \${env:...}).`, helpValue: 'LIST' }),
  };

  async run(): Promise<InitResult> {
    const { args, flags } = await this.parse(Init);
    const ask = new Prompter(flags.yes);
    const name = await ask.ask(flags.name, { flag: 'name', message: 'Project name', default: projectNameOf(args.dir) });
    const template = await ask.ask(flags.template, { flag: 'template', message: 'Template', choices: PROJECT_TEMPLATES, default: 'live' });
    const dialect = await ask.ask(flags.dialect, { flag: 'dialect', message: 'Dialect of batch SQL', choices: ['spark', 'hive'], default: 'spark' });
    const partitionColumn = await ask.ask(flags['partition-column'], { flag: 'partition-column', message: 'Daily partition column', choices: ['p_date', 'dt'], default: 'p_date' });
    const layers = await ask.ask(flags.layers, { flag: 'layers', message: 'Layers', choices: LAYERS, multiple: true, default: LAYERS.join(',') });
    const targets = await ask.ask(flags.targets, { flag: 'targets', message: 'Targets', choices: Object.keys(TARGETS), multiple: true, default: 'local' });
    const result = initProject({
      dir: args.dir,
      cwd: process.cwd(),
      templates: templatesDir(this.config.root),
      template: template as InitResult['template'],
      name,
      dialect: dialect as 'spark' | 'hive',
      partitionColumn,
      layers: layers.split(','),
      targets: targets.split(','),
      owner: flags.owner ?? DEFAULT_OWNER,
      force: flags.force,
    });
    if (!this.jsonEnabled()) this.log(formatScaffold(result.files, result.next));
    return result;
  }
}
