import assert from 'node:assert/strict';
import { parse, type Dialect, type Expr, type Query, type Select, type Statement } from '../../src/sql';

/** Parses text that must be error-free and returns its only statement. */
export function one(text: string, dialect: Dialect = 'spark'): Statement {
  const script = parse(text, dialect);
  assert.deepEqual(script.errors, [], `errors parsing: ${text}`);
  assert.equal(script.statements.length, 1, `statement count for: ${text}`);
  return script.statements[0];
}

/** The query of a single error-free query statement. */
export function query(text: string, dialect: Dialect = 'spark'): Query {
  const s = one(text, dialect);
  assert.equal(s.kind, 'QueryStatement');
  return s.query;
}

/** The body of a single error-free `SELECT` statement. */
export function select(text: string, dialect: Dialect = 'spark'): Select {
  const q = query(text, dialect);
  assert.equal(q.body.kind, 'Select');
  return q.body;
}

/** The expression of `SELECT <text>`. */
export function expr(text: string, dialect: Dialect = 'spark'): Expr {
  return select(`SELECT ${text}`, dialect).items[0].expr;
}

/** A copy of a node without `start`/`end`, for shape comparisons. */
export function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (k, v) => (k === 'start' || k === 'end' ? undefined : v)));
}

/** Compact rendering of an expression tree: `(a + (b * c))`, for precedence tests. */
export function show(e: Expr | undefined): string {
  if (!e) return '?';
  switch (e.kind) {
    case 'ColumnRef':
      return e.parts.map((p) => p.name).join('.');
    case 'Literal':
      return e.type === 'string' ? `'${e.value}'` : e.value;
    case 'BinaryExpr':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'UnaryExpr':
      return `(${e.op} ${show(e.operand)})`;
    case 'FunctionCall':
      return `${e.name.parts.map((p) => p.name).join('.')}(${e.star ? '*' : e.args.map(show).join(', ')})`;
    case 'IsExpr':
      return `(${show(e.expr)} IS ${e.not ? 'NOT ' : ''}${e.test}${e.right ? ' ' + show(e.right) : ''})`;
    case 'BetweenExpr':
      return `(${show(e.expr)} ${e.not ? 'NOT ' : ''}BETWEEN ${show(e.low)} AND ${show(e.high)})`;
    case 'InExpr':
      return `(${show(e.expr)} ${e.not ? 'NOT ' : ''}IN ${e.query ? '(query)' : `(${(e.list ?? []).map(show).join(', ')})`})`;
    case 'FieldAccess':
      return `${show(e.object)}.${e.field.name}`;
    case 'IndexAccess':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'CastExpr':
      return `CAST(${show(e.expr)} AS ${e.type.text})`;
    case 'Lambda':
      return `(${e.params.map((p) => p.name).join(', ')}) -> ${show(e.body)}`;
    case 'RowExpr':
      return `(${e.items.map(show).join(', ')})`;
    case 'Star':
      return `${e.qualifier ? e.qualifier.map((p) => p.name).join('.') + '.' : ''}*`;
    case 'Variable':
      return `\${${e.name}}`;
    case 'IntervalExpr':
      return `INTERVAL ${show(e.value)}${e.unit ? ' ' + e.unit : ''}`;
    default:
      return e.kind;
  }
}
