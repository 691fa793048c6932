import type { ColumnRef, Identifier } from '../sql/ast';
import { closest } from '../text/closest';
import { Ctx, problem, suggestion, warn } from './context';
import { checkColumnCase } from './case-sensitivity';
import type { Rel, Scope } from './scope';
import type { Field } from './shape';
import { isVirtualColumn } from './virtual-columns';
import { mergeSources, single, Sources } from './sources';
import { fieldOf } from './struct-fields';

/** What a column reference resolved to. */
export interface Resolved extends Field {
  type?: string;
}

const NOTHING: Resolved = { sources: new Map() };

/**
 * Resolves `c`, `t.c`, `db.t.c`, `device.os`, `t.device.os` innermost scope first. In each
 * scope a leading name that matches a relation qualifies the column; otherwise it is a column
 * and the rest are struct fields. Never throws: what cannot be resolved becomes `?.col`.
 */
export function resolveColumn(ref: ColumnRef, scope: Scope, ctx: Ctx): Resolved {
  const resolved = resolveRef(ref, scope, ctx);
  // Expression types (`exprType`) read it back instead of resolving the name again.
  if (resolved.type) ctx.facts.typeColumn(ref, resolved.type);
  return resolved;
}

function resolveRef(ref: ColumnRef, scope: Scope, ctx: Ctx): Resolved {
  const parts = ref.parts.map((p) => p.name.toLowerCase());
  if (parts.length === 0) return NOTHING;
  // A relation anywhere in scope (outer ones too: correlation) wins over a struct column.
  for (let s: Scope | undefined = scope; s && parts.length > 1; s = s.parent) {
    if (s.params?.has(parts[0])) return NOTHING;
    for (let k = Math.min(parts.length - 1, 4); k >= 1; k--) {
      const rel = s.relNamed(parts.slice(0, k).join('.'));
      if (rel) return withFields(columnOf(rel, ref, k, ctx), parts.slice(k + 1));
    }
  }
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const hit = lookupIn(s, ref, parts, ctx);
    if (hit) return hit;
  }
  return unresolved(ref, parts, scope, ctx);
}

/** `parts[0]` as a column of this scope (the rest, if any, are struct fields). */
function lookupIn(s: Scope, ref: ColumnRef, parts: string[], ctx: Ctx): Resolved | undefined {
  if (s.params?.has(parts[0])) return NOTHING;
  const name = parts[0];
  const fields = parts.slice(1);
  const merged = s.merged.get(name);
  if (merged) return withFields(merged, fields);
  const owners = s.rels.filter((r) => r.byName.has(name));
  if (owners.length === 1) return withFields(colResolved(owners[0], name, ref.parts[0], ctx), fields);
  if (owners.length > 1) return withFields(ambiguous(ref.parts[0], owners, ctx), fields);
  const alias = s.aliases?.get(name);
  if (alias) return withFields(alias, fields);
  if (isVirtualColumn(name, ctx.dialect) && s.rels.some((r) => r.table)) return NOTHING;
  const open = s.rels.filter((r) => r.shape.open.length > 0);
  if (open.length === 1) return withFields(openResolved(open[0], name, ref.parts[0], ctx), fields);
  if (open.length > 1) {
    warn(ctx, `column '${name}' may come from any of ${open.map((r) => `'${r.label}'`).join(', ')}; qualify it`, ref.parts[0]);
    return withFields({ sources: single(`?.${name}`) }, fields);
  }
  return undefined;
}

/** Column `parts[k]` of `rel` (the first `k` parts named the relation). */
function columnOf(rel: Rel, ref: ColumnRef, k: number, ctx: Ctx): Resolved {
  const id = ref.parts[k];
  const name = id.name.toLowerCase();
  if (rel.byName.has(name)) return colResolved(rel, name, id, ctx);
  if (rel.table && isVirtualColumn(name, ctx.dialect)) return NOTHING;
  if (rel.shape.open.length > 0) return openResolved(rel, name, id, ctx);
  const written = ref.parts.slice(0, k + 1).map((p) => p.name).join('.');
  const hint = closest(name, rel.byName.keys());
  problem(ctx, 'unknown-column', `unknown column '${written}' in '${rel.label}'${suggestion(hint)}`, id);
  warn(ctx, `column '${written}' not found; traced as '?.${name}'`, id);
  return { sources: single(`?.${name}`) };
}

function colResolved(rel: Rel, name: string, written?: Identifier, ctx?: Ctx): Resolved {
  const col = rel.byName.get(name);
  if (!col) return NOTHING;
  if (written && ctx) checkColumnCase(rel, col, written, ctx);
  return { sources: col.sources, type: col.type, fields: col.fields };
}


function openResolved(rel: Rel, name: string, at: Identifier, ctx: Ctx): Resolved {
  if (rel.shape.open.length === 1) return { sources: rel.shape.open[0].resolve(name) };
  warn(ctx, `column '${name}' may come from several '*' inputs of '${rel.label}'; traced as '?.${name}'`, at);
  return { sources: single(`?.${name}`) };
}

function ambiguous(id: Identifier, owners: Rel[], ctx: Ctx): Resolved {
  const where = owners.map((r) => `'${r.label}'`).join(' and ');
  problem(ctx, 'ambiguous-column', `ambiguous column '${id.name}': it is in ${where}; qualify it`, id);
  const sources: Sources = new Map();
  for (const r of owners) mergeSources(sources, colResolved(r, id.name.toLowerCase()).sources);
  return { sources };
}

/** Struct field access (`device.os`) transforms the column's value: a traced field's own sources, else the column's. */
function withFields(resolved: Resolved, path: string[]): Resolved {
  let out: Resolved = resolved;
  for (const name of path) out = fieldOf(out, name);
  return out;
}

function unresolved(ref: ColumnRef, parts: string[], scope: Scope, ctx: Ctx): Resolved {
  const name = parts.length > 1 && !scope.relNamed(parts[0]) ? parts[parts.length - 1] : parts[0];
  warn(ctx, `column '${ref.parts.map((p) => p.name).join('.')}' could not be resolved; traced as '?.${name}'`, ref);
  if (!scope.hasOpenRelation()) {
    const written = ref.parts.map((p) => p.name).join('.');
    const gone = semiJoined(scope, parts);
    const why = gone ? `: '${gone.label}' is the right side of a SEMI/ANTI join, visible only in its ON clause` : suggestion(closest(parts[0], visibleColumns(scope)));
    problem(ctx, 'unknown-column', `unknown column '${written}'${why}`, ref.parts[0]);
  }
  return { sources: single(`?.${name}`) };
}

/** The right side of a SEMI/ANTI join in scope that `parts` refers to (by qualifier or column). */
function semiJoined(scope: Scope, parts: string[]): Rel | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const rel = s.semiJoined.find((r) => (parts.length > 1 && r.names.includes(parts[0])) || r.byName.has(parts[0]));
    if (rel) return rel;
  }
  return undefined;
}

function visibleColumns(scope: Scope): string[] {
  const names: string[] = [];
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    for (const r of s.rels) names.push(...r.byName.keys());
    names.push(...s.merged.keys());
  }
  return names;
}
