import { Args, Flags } from '@oclif/core';
import { fileLineage, LineageJson, parseVarFlags, projectLineage, ProjectLineageResult, StrataError } from '@strata/core';
import { StrataCommand } from '../base-command';
import { ExitCode } from '../exit-codes';
import { formatDiagnostics } from '../formatters/diagnostics';
import { formatLineage } from '../formatters/lineage';
import { dialectFlag, projectFlags } from '../project-flags';

export default class Lineage extends StrataCommand {
  static override summary = 'Column lineage: where a column comes from and what it feeds.';

  static override description = `With TABLE[.COLUMN], walks the project's column graph upstream (sources) and/or downstream
(impact: every column and job that derives from it), printing the job file and line of each hop.
With --file, prints the lineage of standalone SQL files as JSON: {"edges":[{"source","target","kind"}],"reads":[],"writes":[]}
(one object per file; an array for several files). Edge kinds: direct (a copy), expression, aggregate.`;

  static override examples = [
    { description: 'Where does an ADS column come from?', command: '<%= config.bin %> <%= command.id %> ads.ads_live_room_rank_1d.gift_amount --upstream' },
    { description: 'What breaks if a DWD column changes (impact analysis)?', command: '<%= config.bin %> <%= command.id %> dwd.dwd_live_gift_send_di.gift_amount --downstream' },
    { description: 'Two hops of a whole table, as Graphviz', command: '<%= config.bin %> <%= command.id %> dws.dws_live_room_1d --upstream --depth 2 --format dot' },
    { description: 'Standalone SQL, no project', command: '<%= config.bin %> <%= command.id %> --file job.sql --dialect spark --format json' },
  ];

  static override args = {
    target: Args.string({ description: 'TABLE or TABLE.COLUMN (db.table[.column]).', required: false }),
  };

  static override flags = {
    ...projectFlags,
    upstream: Flags.boolean({ description: 'Only upstream: the columns it derives from.', exclusive: ['downstream'] }),
    downstream: Flags.boolean({ description: 'Only downstream: the columns and jobs that derive from it.', exclusive: ['upstream'] }),
    depth: Flags.integer({ description: 'Stop after N hops (default: all).', min: 1 }),
    format: Flags.option({ options: ['tree', 'json', 'dot', 'mermaid'] as const, description: 'Output format (default: tree; json with --file).' })(),
    file: Flags.file({ char: 'f', description: 'Lineage of this standalone SQL file (repeatable).', multiple: true, exists: true }),
    dialect: dialectFlag,
  };

  async run(): Promise<ProjectLineageResult | LineageJson | LineageJson[]> {
    const { args, flags } = await this.parse(Lineage);
    if (flags.file && flags.file.length > 0) {
      const results = await fileLineage({ files: flags.file, dialect: flags.dialect, cwd: process.cwd() });
      // stdout carries exactly the contract; warnings go to stderr.
      for (const line of formatDiagnostics(results.flatMap((r) => r.warnings))) this.logToStderr(line);
      // A statement that could not be analysed (internal error) leaves the lineage incomplete.
      if (results.some((r) => r.warnings.some((w) => w.severity === 'error'))) this.finish(ExitCode.error);
      const out = results.length === 1 ? results[0].lineage : results.map((r) => r.lineage);
      if (!this.jsonEnabled()) this.log(JSON.stringify(out, null, 2));
      return out;
    }
    const target = args.target;
    if (!target) {
      throw new StrataError('usage', 'name a table or column (e.g. strata lineage dwd.dwd_live_gift_send_di.gift_amount), or pass --file F for standalone SQL');
    }
    const direction = flags.upstream ? 'upstream' : flags.downstream ? 'downstream' : 'both';
    const result = await this.withProgress('Tracing lineage', () => projectLineage({
      project: flags.project,
      vars: parseVarFlags(flags.var),
      cwd: process.cwd(),
      target,
      direction,
      depth: flags.depth,
    }));
    if (!this.jsonEnabled()) this.log(formatLineage(result, flags.format ?? 'tree'));
    return result;
  }
}
