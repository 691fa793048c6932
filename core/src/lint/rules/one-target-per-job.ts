import { qualifiedName as nameOf } from '../../catalog';
import type { QualifiedName, Statement } from '../../sql';
import { jobLocalNames } from '../../tasks/job-locals';
import { createRule } from '../rule';
import { writtenName } from '../warehouse';

/** A statement that publishes rows into `target`; `unit` groups the branches that count as one output. */
interface WriteSite {
  statement: Statement;
  target: QualifiedName;
  unit: Statement;
}

export default createRule({
  code: 'WH05',
  name: 'one-target-per-job',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    extra: "this job already writes '{{first}}'; writing '{{table}}' too mixes two tables' reruns and ownership, so move it to its own job",
  },
  options: {
    multiInsert: { description: 'A Hive/Spark multi-insert (FROM src INSERT ... INSERT ...) is one output: it splits one scan into several tables.', default: true },
    statementSet: { description: 'A Flink STATEMENT SET is one output: one job graph feeding several sinks from shared sources.', default: true },
  },
  docs: {
    description: 'A job writes one published table, so that a rerun, a backfill or an owner change concerns exactly one table. Temporary views, CTEs and scratch tables the job drops do not count. A Hive multi-insert and a Flink STATEMENT SET count as one output by default (options), since they exist to share one scan among several tables; the tables they write must then be rerun together.',
    incorrect: "INSERT OVERWRITE TABLE dwd.dwd_a_di PARTITION (p_date = '${date}') SELECT a FROM ods.ods_x_di;\nINSERT OVERWRITE TABLE dwd.dwd_b_di PARTITION (p_date = '${date}') SELECT b FROM ods.ods_x_di;\n",
    correct: "CREATE TEMPORARY VIEW x AS SELECT a, b FROM ods.ods_x_di WHERE p_date = '${date}';\nINSERT OVERWRITE TABLE dwd.dwd_a_di PARTITION (p_date = '${date}') SELECT a FROM x;\n",
    file: 'jobs/dwd_a_di.sql',
  },
  create(context) {
    if (context.file?.kind !== 'job') return {};
    const { options } = context;
    return {
      done() {
        const parsed = context.script.statements.filter((s) => !context.inBrokenStatement(s.start));
        const locals = jobLocalNames(context.script);
        // Temporary views and dropped scratch are job-local (`undefined`); a temporary connector table stands for its topic or table.
        const published = writeSites(parsed, options).filter((s) => !locals.has(nameOf(s.target)) || locals.get(nameOf(s.target)) !== undefined);
        const canonical = (site: WriteSite) => locals.get(nameOf(site.target)) ?? context.catalog?.get(nameOf(site.target))?.name ?? nameOf(site.target);
        const first = published[0];
        if (!first) return;
        const owned = new Set(published.filter((s) => s.unit === first.unit).map(canonical));
        for (const site of published) {
          if (owned.has(canonical(site))) continue;
          const data = { first: canonical(first), table: writtenName(site.target) };
          context.report({ messageId: 'extra', data, start: site.statement.start, end: site.target.end });
        }
      },
    };
  },
});

/** Where the statements publish rows, in order; multi-insert and statement-set branches share a unit when the options say so. */
function writeSites(statements: readonly Statement[], options: { multiInsert: boolean; statementSet: boolean }): WriteSite[] {
  const out: WriteSite[] = [];
  const add = (statement: Statement, unit: Statement) => {
    const target = targetOf(statement);
    if (target) out.push({ statement, target, unit });
  };
  for (const s of statements) {
    if (s.kind === 'MultiInsert') s.inserts.forEach((i) => add(i, options.multiInsert ? s : i));
    else if (s.kind === 'StatementSet') s.statements.forEach((i) => add(i, options.statementSet ? s : i));
    else add(s, s);
  }
  return out;
}

/** The table a statement fills with rows: INSERT, MERGE, a permanent CTAS or view. */
function targetOf(s: Statement): QualifiedName | undefined {
  switch (s.kind) {
    case 'Insert':
      return s.table;
    case 'Merge':
      return s.target;
    case 'CreateTable':
      return s.asQuery && !s.temporary ? s.name : undefined;
    case 'CreateView':
      return s.temporary ? undefined : s.name;
    default:
      return undefined;
  }
}
