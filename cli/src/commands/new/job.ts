import { Args, Flags } from '@oclif/core';
import { DEFAULT_OWNER, findTable, NewFileResult, newJob, readSuggestions, scaffoldContext, ScaffoldContext, writeSuggestions } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatScaffold } from '../../formatters/scaffold';
import { projectFlags } from '../../project-flags';
import { Prompter } from '../../prompt';
import { scaffoldFlags } from '../../scaffold-flags';
import { templatesDir } from '../../templates-dir';

type JobFlags = { domain?: string; process?: string; period?: string; key?: string; 'source-topic'?: string; 'sink-topic'?: string; reads?: string; writes?: string; schedule?: string };

export default class NewJob extends StrataCommand {
  static override summary = 'Create a batch or streaming job.';

  static override description = `Batch: jobs/<name>.sql with INSERT OVERWRITE TABLE <writes> PARTITION (p_date = '\${date}') SELECT ... FROM <reads>, the select list pre-filled with the target's columns (a typed NULL where the source has no column of that name). The name defaults to the target's.
Streaming (--streaming): a Flink job reading a Kafka topic with a watermark, counting events per key in TUMBLE windows into an upsert-kafka sink.
On a terminal it asks for what the flags do not say (tables with type-ahead from the catalog); without one (or with --yes) it never asks.`;

  static override examples = [
    { description: 'A daily batch job', command: '<%= config.bin %> <%= command.id %> --writes dwd.dwd_live_gift_send_di --reads ods.ods_live_gift_log_di --yes' },
    { description: 'Ask on the terminal (tables with type-ahead)', command: '<%= config.bin %> <%= command.id %>' },
    { description: 'A Flink job', command: '<%= config.bin %> <%= command.id %> --streaming --domain live --process gift --period 5min --key room_id --yes' },
  ];

  static override args = {
    name: Args.string({ description: 'Job name (default: the target table\'s; for streaming rt_<domain>_<process>_<period>).' }),
  };

  static override flags = {
    ...projectFlags,
    ...scaffoldFlags,
    streaming: Flags.boolean({ description: 'A Flink streaming job instead of a batch one.' }),
    writes: Flags.string({ description: 'Batch: the table the job writes (qualified or bare name).' }),
    reads: Flags.string({ description: 'Batch: the table the job reads.' }),
    schedule: Flags.string({ description: 'Batch: cron expression or @daily/@hourly (default: @daily).' }),
    domain: Flags.string({ description: 'Streaming: subject domain, for the name.' }),
    process: Flags.string({ description: 'Streaming: business process, for the name and the source topic.' }),
    period: Flags.string({ description: 'Streaming: window, e.g. 1min or 5min (default: 1min).' }),
    key: Flags.string({ description: 'Streaming: the column events are counted per (default: user_id).' }),
    'source-topic': Flags.string({ description: 'Streaming: Kafka topic read (default: <domain>_<process>_log).' }),
    'sink-topic': Flags.string({ description: 'Streaming: Kafka topic written (default: the job name).' }),
    description: Flags.string({ description: 'One-line description.' }),
  };

  async run(): Promise<NewFileResult> {
    const { args, flags } = await this.parse(NewJob);
    const ask = new Prompter(flags.yes);
    const context = await scaffoldContext({ project: flags.project, cwd: process.cwd() });
    const base = { templates: templatesDir(this.config.root), force: flags.force, owner: await ask.ask(flags.owner, { flag: 'owner', message: 'Owner', default: DEFAULT_OWNER }) };
    const options = flags.streaming ? await this.streaming(ask, args.name, flags) : await this.batch(ask, context, args.name, flags);
    const description = await ask.ask(flags.description, { flag: 'description', message: 'Description', default: options.description });
    const result = newJob(context, { ...base, ...options, description });
    if (!this.jsonEnabled()) this.log(formatScaffold([result.file], result.next));
    return result;
  }

  private async batch(ask: Prompter, context: ScaffoldContext, name: string | undefined, flags: JobFlags) {
    // Each table is checked as soon as it is known, so that a typo in a flag fails before any other question.
    const writable = writeSuggestions(context);
    const writes = findTable(context, await ask.ask(flags.writes, { flag: 'writes', message: 'Table it writes', suggestions: writable.tables, default: writable.preferred }), '--writes').name;
    const readable = readSuggestions(context, writes);
    const reads = findTable(context, await ask.ask(flags.reads, { flag: 'reads', message: 'Table it reads', suggestions: readable.tables, default: readable.preferred }), '--reads').name;
    const schedule = await ask.ask(flags.schedule, { flag: 'schedule', message: 'Schedule', default: '@daily' });
    const jobName = name ?? writes.split('.').pop() ?? writes;
    return { streaming: false as const, name: jobName, writes, reads, schedule, description: `Loads ${writes} from ${reads}, one partition per run.` };
  }

  private async streaming(ask: Prompter, name: string | undefined, flags: JobFlags) {
    const domain = name === undefined ? await ask.ask(flags.domain, { flag: 'domain', message: 'Subject domain' }) : '';
    const process = await ask.ask(flags.process, { flag: 'process', message: 'Business process, e.g. gift', default: name === undefined ? undefined : 'event' });
    const period = await ask.ask(flags.period, { flag: 'period', message: 'Window', default: '1min' });
    const jobName = name ?? `rt_${domain}_${process}_${period}`;
    const keyColumn = await ask.ask(flags.key, { flag: 'key', message: 'Key column', default: 'user_id' });
    const sourceTopic = await ask.ask(flags['source-topic'], { flag: 'source-topic', message: 'Kafka topic it reads', default: `${domain || 'app'}_${process}_log` });
    const sinkTopic = await ask.ask(flags['sink-topic'], { flag: 'sink-topic', message: 'Kafka topic it writes (upsert)', default: jobName });
    const windowMinutes = Number(/^(\d+)min$/.exec(period)?.[1] ?? 1);
    return { streaming: true as const, name: jobName, keyColumn, sourceTopic, sinkTopic, windowMinutes, description: `Counts ${process} events per ${keyColumn} in ${windowMinutes}-minute windows into topic ${sinkTopic}.` };
  }
}
