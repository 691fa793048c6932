import type { ColumnRef, Expr, Join, Relation, Select } from '../sql/ast';
import type { Ctx } from './context';
import { functionName, isAggregate } from './functions';
import { columnRefs, conjuncts } from './predicates';
import type { Rel, Scope } from './scope';

/** A FROM item that needs a predicate linking it to the relations before it. */
interface Candidate {
  rels: Rel[];
  at: Relation;
  form: 'join' | 'comma';
}

/**
 * Records the FROM items of `select` that form a cartesian product: a comma item or a JOIN
 * without ON/USING that no WHERE (or later ON) term links to a relation before it. CROSS JOIN
 * says it is meant; LATERAL VIEW, table functions (UNNEST, window TVFs, UDTFs), LATERAL
 * subqueries and single-row subqueries (`(SELECT max(x) FROM t)`) are not products.
 */
export function noteCartesianJoins(select: Select, scope: Scope, ctx: Ctx): void {
  if (select.from.length === 1 && everyJoinHasCondition(select.from[0])) return;
  const links = new Links();
  const candidates: Candidate[] = [];
  select.from.forEach((item, i) => {
    const rels = linkRelation(item, scope, links, candidates);
    if (i === 0) return;
    if (isLinkedAnyway(item)) links.joinEarlier(rels);
    else candidates.push({ rels, at: item, form: 'comma' });
  });
  for (const term of select.where ? conjuncts(select.where) : []) links.join(termRels(term, scope));
  for (const c of candidates) {
    if (c.rels.length > 0 && !links.linkedToEarlier(c.rels)) ctx.facts.cartesian({ form: c.form, label: labelOf(c.at, c.rels[0]), start: c.at.start, end: c.at.end });
  }
}

/** The leaves of a join tree, left to right; a join with a condition links its sides, one without is a candidate. */
function linkRelation(relation: Relation, scope: Scope, links: Links, candidates: Candidate[]): Rel[] {
  if (relation.kind === 'LateralViewSource') return linkRelation(relation.source, scope, links, candidates);
  if (relation.kind !== 'Join') {
    const rel = scope.leaves.get(relation);
    if (!rel) return [];
    links.add(rel);
    return [rel];
  }
  const left = linkRelation(relation.left, scope, links, candidates);
  const right = linkRelation(relation.right, scope, links, candidates);
  if (hasCondition(relation) || isLinkedAnyway(relation.right)) links.join([...left, ...right]);
  else candidates.push({ rels: right, at: relation.right, form: 'join' });
  for (const term of relation.on ? conjuncts(relation.on) : []) links.join(termRels(term, scope));
  return [...left, ...right];
}

/** The common case, checked without linking anything: one FROM item whose joins all say how. */
function everyJoinHasCondition(relation: Relation): boolean {
  for (let r = relation; ; r = r.left) {
    if (r.kind === 'LateralViewSource') return everyJoinHasCondition(r.source);
    if (r.kind !== 'Join') return true;
    if (!hasCondition(r) && !isLinkedAnyway(r.right)) return false;
    if (r.right.kind === 'Join' || r.right.kind === 'LateralViewSource') return false;
  }
}

function hasCondition(join: Join): boolean {
  return join.on !== undefined || join.using !== undefined || join.natural || join.joinType === 'CROSS';
}

/** Items correlated with what precedes them, or producing one row: joining them multiplies nothing. */
function isLinkedAnyway(relation: Relation): boolean {
  if (relation.kind === 'TableFunction') return true;
  if (relation.kind !== 'DerivedTable') return false;
  const body = relation.query.body;
  if (relation.lateral || (body.kind === 'Values' && body.rows.length === 1)) return true;
  return body.kind === 'Select' && !body.groupBy && (body.from.length === 0 || body.items.every((item) => isPlainAggregate(item.expr)));
}

function isPlainAggregate(e: Expr): boolean {
  return e.kind === 'FunctionCall' && isAggregate(e) && !e.over && functionName(e) !== 'grouping';
}

/** The relations of this scope whose columns a term reads (all relations with undeclared columns for a name no relation declares). */
function termRels(term: Expr, scope: Scope): Rel[] {
  const out: Rel[] = [];
  for (const ref of columnRefs(term)) out.push(...ownersOf(ref, scope));
  return out;
}

function ownersOf(ref: ColumnRef, scope: Scope): Rel[] {
  const parts = ref.parts.map((p) => p.name.toLowerCase());
  for (let k = Math.min(parts.length - 1, 4); k >= 1; k--) {
    const rel = scope.relNamed(parts.slice(0, k).join('.'));
    if (rel) return [rel];
  }
  const owners = scope.rels.filter((r) => r.byName.has(parts[0]));
  return owners.length > 0 ? owners : scope.rels.filter((r) => r.shape.open.length > 0);
}

function labelOf(relation: Relation, rel: Rel): string {
  if (relation.kind === 'TableRef') return relation.alias?.name ?? relation.name.parts.map((p) => p.name).join('.');
  if (relation.kind === 'DerivedTable') return relation.alias?.name ?? 'subquery';
  return rel.label;
}

/** Union-find over relations, remembering the order they appeared in FROM. */
class Links {
  private readonly parent = new Map<Rel, Rel>();
  private readonly order: Rel[] = [];

  add(rel: Rel): void {
    if (this.parent.has(rel)) return;
    this.parent.set(rel, rel);
    this.order.push(rel);
  }

  /**
   * Links `rels`. A LATERAL VIEW's relation is no FROM item: we do not track which item it
   * explodes, so a term linking it to anything links everything (never a false product).
   */
  join(rels: Rel[]): void {
    let known = rels.filter((r) => this.parent.has(r));
    if (known.length < rels.length && new Set(rels).size > 1) known = this.order;
    for (let i = 1; i < known.length; i++) this.parent.set(this.find(known[i]), this.find(known[0]));
  }

  /** Links `rels` to every relation before them. */
  joinEarlier(rels: Rel[]): void {
    this.join([...this.order.slice(0, this.indexOf(rels)), ...rels]);
  }

  /** True when some relation of `rels` is linked to a relation that appeared before the first of them. */
  linkedToEarlier(rels: Rel[]): boolean {
    const roots = new Set(rels.map((r) => this.find(r)));
    return this.order.slice(0, this.indexOf(rels)).some((r) => roots.has(this.find(r)));
  }

  private indexOf(rels: Rel[]): number {
    const i = rels.length > 0 ? this.order.indexOf(rels[0]) : -1;
    return i < 0 ? this.order.length : i;
  }

  private find(rel: Rel): Rel {
    let root = rel;
    for (let up = this.parent.get(root); up && up !== root; up = this.parent.get(root)) root = up;
    this.parent.set(rel, root);
    return root;
  }
}
