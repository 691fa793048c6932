import { Args, Flags } from '@oclif/core';
import { assertTableName, buildTableName, DEFAULT_OWNER, defaultPeriod, NewFileResult, newTable, parseColumns, rulesOf, scaffoldContext, ScaffoldContext } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatScaffold } from '../../formatters/scaffold';
import { projectFlags } from '../../project-flags';
import { Prompter } from '../../prompt';
import { scaffoldFlags } from '../../scaffold-flags';
import { templatesDir } from '../../templates-dir';

export default class NewTable extends StrataCommand {
  static override summary = 'Create a table file that follows the project\'s naming rules.';

  static override description = `Builds the name <layer prefix><domain>_<process>_<period> (e.g. dwd_live_gift_send_di) and writes tables/<layer>/<name>.sql from the layer's template.
A name that breaks a naming rule (strata.yaml layers and lint rule table-name-pattern) is refused with exit 2, the rule and a name that follows it.
On a terminal it asks for what the flags do not say; without one (or with --yes) it never asks.`;

  static override examples = [
    { description: 'No questions', command: '<%= config.bin %> <%= command.id %> --layer dwd --domain live --process gift_send --period di --columns "log_id:string:gift log id,gift_cnt:int:gifts sent" --yes' },
    { description: 'Ask on the terminal', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'A name of your own', command: '<%= config.bin %> <%= command.id %> dws_live_room_1d --columns "room_id:bigint:live room id" --yes' },
  ];

  static override args = {
    name: Args.string({ description: 'Table name; built from --layer, --domain, --process and --period when missing.' }),
  };

  static override flags = {
    ...projectFlags,
    ...scaffoldFlags,
    layer: Flags.string({ description: 'Layer (ods, dim, dwd, dws, ads, or one of strata.yaml).' }),
    domain: Flags.string({ description: 'Subject domain, e.g. live (from the project\'s domain dictionary when it has one).' }),
    process: Flags.string({ description: 'Business process or entity, e.g. gift_send.' }),
    period: Flags.string({ description: 'Period/refresh suffix: di, df, 1d, nd, 1h, ...' }),
    columns: Flags.string({ description: 'Columns as "name:type:comment,..." (e.g. "room_id:bigint:live room id").' }),
    partition: Flags.string({ description: 'Partition column, or none (default: the one most tables use, else p_date).' }),
    description: Flags.string({ description: 'One-line description (also the table comment).' }),
  };

  async run(): Promise<NewFileResult> {
    const { args, flags } = await this.parse(NewTable);
    const ask = new Prompter(flags.yes);
    const context = await scaffoldContext({ project: flags.project, cwd: process.cwd() });
    const layerNames = context.rules.map((r) => r.layer.name);
    const named = args.name === undefined ? undefined : context.rules.find((r) => args.name?.startsWith(r.layer.prefix))?.layer.name;
    const layer = await ask.ask(flags.layer ?? named, { flag: 'layer', message: 'Layer', choices: layerNames, default: layerNames.includes('dwd') ? 'dwd' : layerNames[0] });
    const rules = rulesOf(context, layer);
    const name = args.name ?? (await this.buildName(ask, context, layer, flags));
    assertTableName(name, rules);
    const columns = await ask.askList(flags.columns, { flag: 'columns', message: 'Column (name:type:comment; empty to finish)', default: `${keyOf(name)}:bigint:${keyOf(name).replace(/_/g, ' ')}` });
    const partition = await ask.ask(flags.partition, { flag: 'partition', message: 'Partition column', choices: [context.partitionColumn, 'none'], default: context.partitionColumn });
    const owner = await ask.ask(flags.owner, { flag: 'owner', message: 'Owner', default: DEFAULT_OWNER });
    const description = await ask.ask(flags.description, { flag: 'description', message: 'Description', default: `${name.slice(rules.layer.prefix.length).replace(/_/g, ' ')}, ${layer} layer` });
    const result = newTable(context, {
      templates: templatesDir(this.config.root),
      layer,
      name,
      columns: parseColumns(columns, rules.dialect),
      partition: partition === 'none' ? undefined : partition,
      owner,
      description,
      force: flags.force,
    });
    if (!this.jsonEnabled()) this.log(formatScaffold([result.file], result.next));
    return result;
  }

  private async buildName(ask: Prompter, context: ScaffoldContext, layer: string, flags: { domain?: string; process?: string; period?: string }): Promise<string> {
    const rules = rulesOf(context, layer);
    const domain = await ask.ask(flags.domain, { flag: 'domain', message: 'Subject domain', ...(rules.domains.length > 0 ? { choices: rules.domains, default: rules.domains[0] } : {}) });
    const process = await ask.ask(flags.process, { flag: 'process', message: 'Business process, e.g. gift_send' });
    const period = await ask.ask(flags.period, { flag: 'period', message: 'Period suffix', default: defaultPeriod(rules) });
    return buildTableName(rules, domain, process, period);
  }
}

/** The default key column of a new table: `<entity>_id` from its name (dwd_live_gift_send_di -> gift_send_id). */
function keyOf(name: string): string {
  const parts = name.split('_');
  return parts.length > 3 ? `${parts.slice(2, -1).join('_')}_id` : 'id';
}
