import { qualifiedName } from '../../catalog';
import type { Expr, Literal } from '../../sql';
import { createRule } from '../rule';
import { walk } from '../walk';

const COMPARISONS = new Set(['=', '==', '<>', '!=', '<', '>', '<=', '>=', '<=>']);
const DASHED = /^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COMPACT = /^(19|20|21)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/** A comparison of a column with an expression holding date literals, judged once the script's partition columns are known. */
interface Candidate {
  column: string;
  literals: Literal[];
}

export default createRule({
  code: 'WH10',
  name: 'hard-coded-date',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    date: "hard-coded date '{{value}}' on partition column '{{column}}'; use {{variable}} (or an offset of it) so that reruns and backfills process their own day",
  },
  options: {
    partitionColumns: {
      description: 'Column names treated as partition columns even where the catalog does not know the table (the catalog adds its tables’ own).',
      default: ['p_date', 'dt', 'ds'],
    },
  },
  docs: {
    description: "A job runs for the day the scheduler gives it: a date literal ('2024-01-01', 20240101) compared with a partition column or in a PARTITION spec pins every run to one day. Use ${date} / ${date_nodash} and offsets of them.",
    incorrect: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '2024-01-01')\nSELECT a FROM ods.ods_x_di WHERE p_date = '2024-01-01';\n",
    correct: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT a FROM ods.ods_x_di WHERE p_date = '${date}' AND create_time >= '2024-01-01';\n",
    file: 'jobs/dwd_x_di.sql',
  },
  create(context) {
    if (context.file?.kind !== 'job') return {};
    const partitionColumns = new Set(context.options.partitionColumns.map((c) => c.toLowerCase()));
    const candidates: Candidate[] = [];
    const addTable = (name: string) => {
      for (const c of context.catalog?.get(name)?.columns ?? []) if (c.partition) partitionColumns.add(c.name);
    };
    const compare = (column: Expr, other: Expr[]) => {
      if (column.kind !== 'ColumnRef') return;
      // A subquery's literals filter its own rows, not this column.
      const literals = other.filter((e) => e.kind !== 'SubqueryExpr').flatMap(dateLiterals);
      if (literals.length > 0) candidates.push({ column: column.parts[column.parts.length - 1].name.toLowerCase(), literals });
    };
    const report = (column: string, literal: Literal) => {
      const variable = COMPACT.test(literal.value) ? '${date_nodash}' : "'${date}'";
      context.report({ messageId: 'date', data: { value: literal.value, column, variable }, start: literal.start, end: literal.end });
    };
    return {
      TableRef: (node) => addTable(qualifiedName(node.name)),
      Insert: (node) => addTable(qualifiedName(node.table)),
      // Every PARTITION spec: INSERT, TRUNCATE, ALTER TABLE ADD/DROP PARTITION, LOAD DATA.
      PartitionSpec(node) {
        if (node.value) dateLiterals(node.value).forEach((l) => report(node.column.name, l));
      },
      BinaryExpr(node) {
        if (!COMPARISONS.has(node.op)) return;
        compare(node.left, [node.right]);
        compare(node.right, [node.left]);
      },
      BetweenExpr: (node) => compare(node.expr, [node.low, node.high]),
      InExpr: (node) => compare(node.expr, node.list ?? []),
      done() {
        for (const c of candidates) if (partitionColumns.has(c.column)) c.literals.forEach((l) => report(c.column, l));
      },
    };
  },
});

/** Date literals in an expression (`'2024-01-01'`, `20240101`, `DATE '2024-01-01'`, also inside calls such as date_sub). */
function dateLiterals(expr: Expr): Literal[] {
  const out: Literal[] = [];
  walk(expr, (node) => {
    if (node.kind !== 'Literal') return;
    if ((node.type === 'string' && (DASHED.test(node.value) || COMPACT.test(node.value))) || (node.type === 'number' && COMPACT.test(node.value))) out.push(node);
  });
  return out;
}
