import { buildDocs, DocsBuildResult, parseVarFlags } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatDocsBuild } from '../../formatters/docs';
import { docsFlags } from '../../docs-flags';

export default class DocsBuild extends StrataCommand {
  static override summary = 'Build a static catalog of the warehouse: tables, columns, column lineage, jobs, search.';

  static override description = `Writes plain files that work from file:// and any static host (no network): an overview with the
layer-level DAG, a page per table (schema, comments, owner, checks, the job writing it with its SQL,
upstream and downstream tables), per column its lineage graph, a page per job, global search, and a
DAG view for dbt-style selectors. Files with errors are still documented, marked as broken.`;

  static override examples = [
    { description: 'Build into .strata/docs and print where to open it', command: '<%= config.bin %> <%= command.id %> --project examples/live' },
    { description: 'Only the DWS layer and everything upstream of it', command: '<%= config.bin %> <%= command.id %> --select "+layer:dws" --out site' },
    { description: 'Show the last results of the data-quality checks, saved by `strata test --checks --json > checks.json`', command: '<%= config.bin %> <%= command.id %> --results checks.json' },
  ];

  static override flags = docsFlags;

  async run(): Promise<DocsBuildResult> {
    const { flags } = await this.parse(DocsBuild);
    const result = await this.withProgress('Building the docs', () =>
      buildDocs({ project: flags.project, vars: parseVarFlags(flags.var), cwd: process.cwd(), out: flags.out, select: flags.select, results: flags.results, cache: flags.cache }),
    );
    if (!this.jsonEnabled()) this.log(formatDocsBuild(result));
    return result;
  }
}
