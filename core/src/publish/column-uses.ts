import type { JobIO } from '../analysis/graph';
import type { Node, Span } from '../sql';
import type { Identifier } from '../sql/ast/base';
import { columnNamer, type Workspace, type WorkspaceFile } from '../tasks/workspace';
import type { ColumnUse } from './plan-types';

/**
 * Where jobs use `columns` (graph names: `db.t.col`, `view@job.col`) only to filter, join, group
 * or order — in WHERE, JOIN ON / USING, GROUP BY, HAVING, QUALIFY, ORDER BY & co. — which column
 * lineage has no edge for (the analysis records them as a statement's `filters`). One use per
 * column and statement, at the first reference to the column outside the select list, sorted by
 * column, file and line. Only jobs reading a column's table are analysed.
 */
export function filterUses(ws: Workspace, columns: string[]): ColumnUse[] {
  const byFile = new Map(ws.files.map((wf) => [wf.file.path, wf]));
  const uses: ColumnUse[] = [];
  for (const io of candidateJobs(ws, columns)) {
    const wf = byFile.get(io.file);
    const analysis = wf && ws.analysis.get(io.file);
    if (!wf || !analysis) continue;
    const canonical = columnNamer(wf, ws.catalog);
    for (const statement of analysis.lineage.statements) {
      const filtered = new Set(statement.filters.map(canonical));
      for (const column of columns) {
        if (!filtered.has(column)) continue;
        const offset = placeOf(wf, statement, column);
        uses.push({ column, job: wf.file.name, file: wf.file.path, line: wf.lines.position(offset).line });
      }
    }
  }
  return uses.sort((a, b) => a.column.localeCompare(b.column) || a.file.localeCompare(b.file) || a.line - b.line);
}

/** Jobs reading the table of one of `columns` (a job-local view's column: its own job). */
function candidateJobs(ws: Workspace, columns: string[]): JobIO[] {
  const tables = new Set(columns.map(tableOf));
  return [...ws.jobs.values()].filter((io) => io.reads.some((t) => tables.has(t)) || [...tables].some((t) => t.endsWith(`@${io.name}`)));
}

/**
 * The first reference to `column` in the statement, preferring one outside any select list in a
 * SELECT whose FROM names the column's table, then one outside any select list, then any; else
 * the statement's start.
 */
function placeOf(wf: WorkspaceFile, statement: Span, column: string): number {
  const node = wf.script.statements.find((s) => s.start === statement.start) as Node | undefined;
  if (!node) return statement.start;
  const table = tableOf(column);
  const target: Target = { table, bare: table.slice(table.lastIndexOf('.') + 1).replace(/@.*$/, ''), name: column.slice(column.lastIndexOf('.') + 1) };
  target.qualifiers = qualifiersOf(node, target);
  const found: Span[][] = [[], [], []];
  references(node, target, { inItems: false, direct: false }, found);
  const tier = found.find((spans) => spans.length > 0);
  return tier ? Math.min(...tier.map((s) => s.start)) : statement.start;
}

/** The column looked for: its table (graph name and bare name), its own name, how the statement may qualify it. */
interface Target {
  table: string;
  bare: string;
  name: string;
  qualifiers?: Set<string>;
}

/** Where a walk is: inside a select list, and whether the innermost SELECT's FROM names the target's table. */
interface Place {
  inItems: boolean;
  direct: boolean;
}

/** Whether a FROM reference names the target's table (in full or by its bare name). */
function namesTable(ref: Node, target: Target): boolean {
  if (ref.kind !== 'TableRef') return false;
  const parts = ref.name.parts.map((p) => p.name.toLowerCase());
  return parts.join('.') === target.table || parts[parts.length - 1] === target.bare;
}

/** The names a statement may qualify the table's columns with: each of its FROM references' alias, else its bare name. */
function qualifiersOf(node: Node, target: Target): Set<string> {
  const found = new Set<string>([target.bare]);
  visit(node, (n) => {
    if (n.kind === 'TableRef' && namesTable(n, target)) found.add((n.alias?.name ?? n.name.parts[n.name.parts.length - 1].name).toLowerCase());
  });
  return found;
}

/** Collects references to the target column into `found` by preference: [direct and outside select lists, outside select lists, in a select list]. */
function references(node: Node, target: Target, place: Place, found: Span[][]): void {
  const tier = place.inItems ? 2 : place.direct ? 0 : 1;
  const matches = (ids: Identifier[]) => ids[ids.length - 1].name.toLowerCase() === target.name && (ids.length === 1 || target.qualifiers!.has(ids[ids.length - 2].name.toLowerCase()));
  if (node.kind === 'ColumnRef' && matches(node.parts)) found[tier].push(node);
  if (node.kind === 'Join') for (const id of node.using ?? []) if (id.name.toLowerCase() === target.name) found[tier].push(id);
  const inner = node.kind === 'Select' ? { inItems: false, direct: node.from.some((r) => fromNames(r, target)) } : place;
  for (const [key, value] of Object.entries(node)) {
    const here = node.kind === 'Select' && key === 'items' ? { ...inner, inItems: true } : inner;
    for (const child of children(value)) references(child, target, here, found);
  }
}

/** Whether a FROM item (through its joins, not into subqueries) names the target's table. */
function fromNames(relation: Node, target: Target): boolean {
  if (relation.kind === 'Join') return fromNames(relation.left, target) || fromNames(relation.right, target);
  return namesTable(relation, target);
}

/** Calls `enter` for `node` and every node below it. */
function visit(node: Node, enter: (node: Node) => void): void {
  enter(node);
  for (const value of Object.values(node)) for (const child of children(value)) visit(child, enter);
}

/** The AST nodes a property holds: any object with a string `kind`, in arrays (nested) too. */
function children(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(children);
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' ? [value as Node] : [];
}

function tableOf(column: string): string {
  return column.slice(0, column.lastIndexOf('.'));
}
