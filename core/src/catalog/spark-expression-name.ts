import type { Expr, FunctionCall, WindowSpec } from '../sql/ast';

/**
 * The name Spark gives an unaliased select item: the expression's SQL in Spark's normalized form
 * (`toPrettySQL`): `(a + b)`, `count(1)`, `sum(x)`, `CAST((a + 1) AS STRING)`, `CASE WHEN (a = 1)
 * THEN x END`. Columns print without their qualifier and string literals without quotes; a CAST
 * of a plain column keeps the column's name. Lower-cased, as analysis compares names.
 */
export function sparkExpressionName(expr: Expr): string {
  if (expr.kind === 'CastExpr' && expr.expr.kind === 'ColumnRef') return columnName(expr.expr);
  return pretty(expr, 0).toLowerCase();
}

/** Expressions nested deeper than this print as `...`: nobody refers to such a name. */
const MAX_DEPTH = 100;

function pretty(expr: Expr, depth: number): string {
  if (depth > MAX_DEPTH) return '...';
  const p = (e: Expr) => pretty(e, depth + 1);
  switch (expr.kind) {
    case 'ColumnRef':
      return columnName(expr);
    case 'Literal':
      return literal(expr);
    case 'FunctionCall':
      return call(expr, p);
    case 'BinaryExpr':
      return binary(expr.op, p(expr.left), p(expr.right));
    case 'UnaryExpr':
      // Spark reads `-1` as one negative literal.
      if (expr.op === '-' && expr.operand.kind === 'Literal' && expr.operand.type === 'number') return `-${expr.operand.value}`;
      return expr.op === '~' ? `~${p(expr.operand)}` : `(${expr.op} ${p(expr.operand)})`;
    case 'CastExpr':
      return `${expr.try ? 'TRY_CAST' : 'CAST'}(${p(expr.expr)} AS ${expr.type.text})`;
    case 'CaseExpr': {
      const operand = expr.operand;
      const whens = expr.whens.map((w) => ` WHEN ${operand ? binary('=', p(operand), p(w.when)) : p(w.when)} THEN ${p(w.then)}`);
      return `CASE${whens.join('')}${expr.else ? ` ELSE ${p(expr.else)}` : ''} END`;
    }
    case 'BetweenExpr': {
      // Spark's parser turns BETWEEN into two comparisons.
      const range = `(${binary('>=', p(expr.expr), p(expr.low))} AND ${binary('<=', p(expr.expr), p(expr.high))})`;
      return expr.not ? `(NOT ${range})` : range;
    }
    case 'InExpr': {
      const values = expr.list ? expr.list.map(p).join(', ') : 'listquery()';
      const test = `(${p(expr.expr)} IN (${values}))`;
      return expr.not ? `(NOT ${test})` : test;
    }
    case 'IsExpr':
      return expr.right ? `(${p(expr.expr)} ${expr.not ? 'IS NOT' : 'IS'} DISTINCT FROM ${p(expr.right)})` : `(${p(expr.expr)} ${expr.not ? 'IS NOT' : 'IS'} ${expr.test})`;
    case 'FieldAccess':
      return `${p(expr.object)}.${expr.field.name}`;
    case 'IndexAccess':
      return `${p(expr.object)}[${p(expr.index)}]`;
    case 'SubqueryExpr':
      return 'scalarsubquery()';
    case 'ExistsExpr':
      return expr.not ? '(NOT exists())' : 'exists()';
    case 'RowExpr':
      return `named_struct(${expr.items.map((e, i) => `col${i + 1}, ${p(e)}`).join(', ')})`;
    case 'Star':
      return '*';
    case 'Variable':
      return `\${${expr.name}}`;
    case 'NamedArg':
      return p(expr.value);
    default:
      return expr.kind.toLowerCase();
  }
}

function columnName(ref: Extract<Expr, { kind: 'ColumnRef' }>): string {
  return ref.parts[ref.parts.length - 1]?.name.toLowerCase() ?? '';
}

function literal(lit: Extract<Expr, { kind: 'Literal' }>): string {
  if (lit.typeName) return `${lit.typeName} '${lit.value}'`;
  return lit.type === 'boolean' ? lit.value.toLowerCase() : lit.value;
}

/** `!=` and `<>` are `NOT (a = b)` to Spark, `||` is `concat`. */
function binary(op: string, left: string, right: string): string {
  if (op === '!=' || op === '<>') return `(NOT (${left} = ${right}))`;
  if (op === '||') return `concat(${left}, ${right})`;
  if (op === 'LIKE' || op === 'RLIKE' || op === 'ILIKE' || op.startsWith('NOT ')) return `${left} ${op} ${right}`;
  return `(${left} ${op} ${right})`;
}

function call(c: FunctionCall, p: (e: Expr) => string): string {
  const name = c.name.parts.map((part) => part.name.toLowerCase()).join('.');
  const args = c.star ? '1' : c.args.map(p).join(', ');
  const text = `${name}(${c.distinct ? 'DISTINCT ' : ''}${args})`;
  return c.over ? `${text} OVER (${windowText(c.over, p)})` : text;
}

function windowText(spec: WindowSpec, p: (e: Expr) => string): string {
  const parts: string[] = [];
  if (spec.baseName) parts.push(spec.baseName.name);
  if (spec.partitionBy.length > 0) parts.push(`PARTITION BY ${spec.partitionBy.map(p).join(', ')}`);
  if (spec.orderBy.length > 0) {
    parts.push(`ORDER BY ${spec.orderBy.map((o) => `${p(o.expr)} ${o.direction ?? 'ASC'} NULLS ${o.nulls ?? (o.direction === 'DESC' ? 'LAST' : 'FIRST')}`).join(', ')}`);
  }
  return parts.join(' ');
}
