import type { Expr, FunctionCall } from '../sql/ast';
import type { Ctx } from './context';
import { exprSources } from './expr';
import { functionName } from './functions';
import { resolveColumn } from './resolve';
import type { Scope } from './scope';
import type { Field, Fields } from './shape';
import { mergeSources, raise, Sources } from './sources';

/**
 * An expression's value: its sources and, for a struct the SQL builds (`named_struct`, `struct`,
 * or a column holding one, e.g. from a CTE), each field's own sources, so `st.a` derives from
 * what went into field `a` only.
 */
export function valueOf(expr: Expr, scope: Scope, ctx: Ctx): Field {
  switch (expr.kind) {
    case 'ColumnRef': {
      const resolved = resolveColumn(expr, scope, ctx);
      return { sources: new Map(resolved.sources), fields: resolved.fields };
    }
    case 'FieldAccess':
      return fieldOf(valueOf(expr.object, scope, ctx), expr.field.name.toLowerCase());
    case 'FunctionCall': {
      const fields = builtFields(expr, scope, ctx);
      if (fields) return { sources: raise(unionOf(fields), 'expression'), fields };
      break;
    }
  }
  return { sources: exprSources(expr, scope, ctx) };
}

/** Field `name` of a value: its own sources when traced, else the whole value's (an expression either way). */
export function fieldOf(value: Field, name: string): Field {
  const field = value.fields?.get(name);
  return field ? { sources: raise(field.sources, 'expression'), fields: field.fields } : { sources: raise(value.sources, 'expression') };
}

/**
 * Fields of `named_struct('a', x, ...)` and `struct(x, y)`: Spark names a `struct` field after
 * its column (or `AS` name), else `col<n>`; Hive always `col<n>`. Undefined for other calls.
 */
function builtFields(call: FunctionCall, scope: Scope, ctx: Ctx): Fields | undefined {
  const name = functionName(call);
  if (name === 'named_struct') {
    const keys = call.args.filter((_, i) => i % 2 === 0);
    // Computed field names (or a missing value) leave the fields indistinguishable.
    if (call.args.length % 2 !== 0 || keys.some((k) => k.kind !== 'Literal')) return undefined;
    const fields: Fields = new Map();
    keys.forEach((key, i) => fields.set((key as Extract<Expr, { kind: 'Literal' }>).value.toLowerCase(), valueOf(call.args[2 * i + 1], scope, ctx)));
    return fields;
  }
  if (name !== 'struct') return undefined;
  const fields: Fields = new Map();
  call.args.forEach((arg, i) => fields.set(structFieldName(arg, i, ctx), valueOf(arg.kind === 'NamedArg' ? arg.value : arg, scope, ctx)));
  return fields;
}

function structFieldName(arg: Expr, index: number, ctx: Ctx): string {
  if (arg.kind === 'NamedArg') return arg.name.name.toLowerCase();
  if (ctx.dialect === 'spark' && arg.kind === 'ColumnRef') return arg.parts[arg.parts.length - 1].name.toLowerCase();
  return `col${index + 1}`;
}

function unionOf(fields: Fields): Sources {
  const out: Sources = new Map();
  for (const f of fields.values()) mergeSources(out, f.sources);
  return out;
}
