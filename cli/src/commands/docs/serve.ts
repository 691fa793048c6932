import { Flags } from '@oclif/core';
import { parseVarFlags, serveDocs, StrataError } from '@strata/core';
import { StrataCommand } from '../../base-command';
import { formatDocsBuild } from '../../formatters/docs';
import { docsFlags } from '../../docs-flags';

export default class DocsServe extends StrataCommand {
  static override summary = 'Build the docs, serve them on 127.0.0.1 and rebuild when a project file changes.';

  static override description = 'Serves on loopback only. Stop with Ctrl-C. A rebuild that fails keeps the previous site and says why.';

  static override examples = [
    { description: 'Serve examples/live on port 8080', command: '<%= config.bin %> <%= command.id %> --project examples/live' },
    { description: 'Serve on a free port', command: '<%= config.bin %> <%= command.id %> --port 0' },
    { description: 'Serve only the ADS layer and what feeds it', command: '<%= config.bin %> <%= command.id %> --select "+layer:ads" --port 9000' },
  ];

  static override enableJsonFlag = false;

  static override flags = {
    ...docsFlags,
    port: Flags.integer({ description: 'Port on 127.0.0.1 (default: 8080; 0 picks a free one).', default: 8080, min: 0, max: 65535 }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(DocsServe);
    const server = await serveDocs({
      project: flags.project, vars: parseVarFlags(flags.var), cwd: process.cwd(), out: flags.out, select: flags.select, results: flags.results, cache: flags.cache, port: flags.port,
      onRebuild: (r) => this.logToStderr(r instanceof Error ? `rebuild failed, serving the previous site: ${r instanceof StrataError ? r.message : r.message.split('\n')[0]}` : `rebuilt: ${r.tables} tables, ${r.jobs} jobs in ${(r.durationMs / 1000).toFixed(1)} s`),
    });
    this.log(formatDocsBuild(server.first).split('\n').slice(0, -1).join('\n'));
    this.log(`Serving ${server.url}  (Ctrl-C stops)`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  }
}
