import { Flags } from '@oclif/core';
import { graph, GraphResult, parseVarFlags } from '@strata/core';
import { StrataCommand } from '../base-command';
import { formatGraph } from '../formatters/graph';
import { projectFlags } from '../project-flags';

export default class Graph extends StrataCommand {
  static override summary = 'Print the table/job DAG inferred from the SQL.';

  static override description = `Jobs are linked to the tables they read and write, as found in their SQL.
Tables that no job writes are sources. Cycles are reported by "strata check".`;

  static override examples = [
    { description: 'Graphviz output, rendered to SVG', command: '<%= config.bin %> <%= command.id %> --format dot | dot -Tsvg > graph.svg' },
    { description: 'Mermaid flowchart for a README', command: '<%= config.bin %> <%= command.id %> --format mermaid' },
    { description: 'Column-level lineage of the whole project as Graphviz', command: '<%= config.bin %> <%= command.id %> --columns --format dot' },
    { description: 'Nodes and edges as JSON', command: '<%= config.bin %> <%= command.id %> --project examples/live --format json' },
  ];

  static override flags = {
    ...projectFlags,
    columns: Flags.boolean({ description: 'Column-level graph: which column feeds which, through which job.' }),
    format: Flags.option({ options: ['dot', 'mermaid', 'json'] as const, default: 'mermaid', description: 'Output format.' })(),
  };

  async run(): Promise<GraphResult> {
    const { flags } = await this.parse(Graph);
    const result = await this.withProgress('Building the graph', () =>
      graph({ project: flags.project, vars: parseVarFlags(flags.var), cwd: process.cwd(), columns: flags.columns }),
    );
    if (!this.jsonEnabled()) this.log(formatGraph(result, flags.format));
    return result;
  }
}
