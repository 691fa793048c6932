import type { Catalog, ScopeAt } from '@strata/core';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { caretScope } from '../syntax/caret-scope';
import { variablesOf } from '../variables';
import { functionsOf, keywordsOf } from '../vocabulary';

/** At most this many items per answer; the list is then marked incomplete so the client asks again as the user types. */
export const COMPLETION_LIMIT = 200;

/** Ranks, best first: what the caret most likely wants. */
const RANK = { column: 0, relation: 1, table: 2, database: 3, function: 4, keyword: 5, variable: 0 } as const;

interface Candidate {
  label: string;
  rank: number;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
  /** Other text the prefix may match (a table's bare name). */
  alias?: string;
}

/** A name being typed right before the caret, and its dotted qualifier (`k.` of `k.ro`). */
const WORD = /[A-Za-z0-9_]*$/;
const QUALIFIER = /([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.$/;
const VARIABLE = /\$\{([A-Za-z0-9_]*)$/;
/** The caret is where a table name goes. */
const TABLE_POSITION = /\b(FROM|JOIN|TABLE|INTO|UPDATE)\s+[A-Za-z0-9_]*$/i;

/**
 * Completion at `position`: `${vars}` after `${`; after `alias.` the columns of that relation
 * (or the tables of database `db.`); elsewhere the columns in scope, relation names and CTEs,
 * tables, databases, functions and keywords. Filtered by the typed prefix, ranked in that order,
 * capped at COMPLETION_LIMIT.
 */
export function completion(doc: DocumentSnapshot, position: Position): CompletionList {
  const offset = doc.lines.offset(position);
  const before = doc.text.slice(doc.lines.offset({ line: position.line, character: 0 }), offset);
  const variable = VARIABLE.exec(before);
  if (variable) return answer(variableCandidates(doc), variable[1]);
  const word = WORD.exec(before)?.[0] ?? '';
  const qualifier = QUALIFIER.exec(before.slice(0, before.length - word.length));
  const scope = caretScope(doc, offset);
  if (qualifier) return answer(qualifiedCandidates(scope, doc.catalog, qualifier[1].toLowerCase()), word);
  const tablesOnly = TABLE_POSITION.test(before);
  return answer(tablesOnly ? relationCandidates(scope, doc.catalog, false) : bareCandidates(doc, scope), word);
}

function bareCandidates(doc: DocumentSnapshot, scope: ScopeAt): Candidate[] {
  return [
    ...columnCandidates(scope),
    ...relationCandidates(scope, doc.catalog, true),
    ...functionsOf(doc.dialect).map((f) => ({ label: f.name, rank: RANK.function, kind: CompletionItemKind.Function, detail: f.signature, documentation: f.doc })),
    ...keywordsOf(doc.dialect).map((k) => ({ label: k, rank: RANK.keyword, kind: CompletionItemKind.Keyword })),
  ];
}

/** After `x.`: the columns of relation `x`, else the tables of database `x`. */
function qualifiedCandidates(scope: ScopeAt, catalog: Catalog | undefined, qualifier: string): Candidate[] {
  const relation = scope.relations.find((r) => r.names.includes(qualifier));
  if (relation) return relation.columns.map((c) => columnCandidate(c.name, c.type, relation.label));
  const prefix = `${qualifier}.`;
  return (catalog?.tables() ?? [])
    .filter((t) => t.name.startsWith(prefix))
    .map((t) => ({ label: t.name.slice(prefix.length), rank: RANK.table, kind: CompletionItemKind.Class, detail: t.comment ?? t.name }));
}

/** Every column in scope once (the innermost relation's wins), USING columns first. */
function columnCandidates(scope: ScopeAt): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (name: string, type: string | undefined, from: string) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(columnCandidate(name, type, from));
  };
  for (const c of scope.merged) add(c.name, c.type, 'USING');
  for (const r of scope.relations) for (const c of r.columns) add(c.name, c.type, r.label);
  return out;
}

function columnCandidate(name: string, type: string | undefined, from: string): Candidate {
  return { label: name, rank: RANK.column, kind: CompletionItemKind.Field, detail: type ? `${type} · ${from}` : from };
}

/** CTEs (and, in expressions, the aliases in scope), project tables and their databases. */
function relationCandidates(scope: ScopeAt, catalog: Catalog | undefined, withAliases: boolean): Candidate[] {
  const ctes = scope.ctes.map((name) => ({ label: name, rank: RANK.relation, kind: CompletionItemKind.Module, detail: 'CTE' }));
  const aliases = withAliases ? scope.relations.filter((r) => r.names.length > 0).map((r) => ({ label: r.names[0], rank: RANK.relation, kind: CompletionItemKind.Variable, detail: r.label })) : [];
  const tables = catalog?.tables() ?? [];
  const databases = new Set(tables.filter((t) => t.name.includes('.')).map((t) => t.name.slice(0, t.name.lastIndexOf('.'))));
  return [
    ...ctes,
    ...aliases,
    ...tables.map((t) => ({ label: t.name, rank: RANK.table, kind: CompletionItemKind.Class, detail: t.comment ?? t.kind, alias: t.name.slice(t.name.lastIndexOf('.') + 1) })),
    ...[...databases].map((d) => ({ label: d, rank: RANK.database, kind: CompletionItemKind.Folder, detail: 'database' })),
  ];
}

function variableCandidates(doc: DocumentSnapshot): Candidate[] {
  return [...variablesOf(doc)].map(([name, value]) => ({
    label: name,
    rank: RANK.variable,
    kind: CompletionItemKind.Variable,
    detail: value === undefined ? 'no value' : `= ${value}`,
  }));
}

/** Filters by prefix (case-insensitive), dedupes, ranks, caps. */
function answer(candidates: Candidate[], prefix: string): CompletionList {
  const p = prefix.toLowerCase();
  const seen = new Set<string>();
  const matching = candidates.filter((c) => {
    const key = `${c.rank}:${c.label.toLowerCase()}`;
    if (seen.has(key) || !(c.label.toLowerCase().startsWith(p) || c.alias?.startsWith(p))) return false;
    seen.add(key);
    return true;
  });
  matching.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  const items = matching.slice(0, COMPLETION_LIMIT).map(toItem);
  return { isIncomplete: matching.length > COMPLETION_LIMIT, items };
}

function toItem(c: Candidate, index: number): CompletionItem {
  const item: CompletionItem = { label: c.label, kind: c.kind, sortText: String(index).padStart(4, '0') };
  if (c.detail !== undefined) item.detail = c.detail;
  if (c.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.alias !== undefined) item.filterText = c.alias;
  return item;
}
