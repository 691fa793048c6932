import type { Catalog, ScopeAt } from '@strata/core';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { caretScope } from '../syntax/caret-scope';
import { tableIndex, type TableEntry } from '../table-index';
import { variablesOf } from '../variables';
import { functionsOf } from '../functions/catalog';
import { frontMatterCompletion } from './front-matter-completion';
import { keywordsOf } from '../vocabulary';

/** At most this many items per answer; the list is then marked incomplete so the client asks again as the user types. */
export const COMPLETION_LIMIT = 200;

interface Candidate {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
  /** Other text the prefix may match (a table's bare name). */
  alias?: string;
}

/**
 * Candidates of one rank, each group in its final order; groups come best first (columns in
 * scope, relations, tables, databases, functions, keywords). Large groups are lazy, so a
 * 10,000-table catalog costs only the entries scanned until the list is full.
 */
type Group = Iterable<Candidate>;

/** A name being typed right before the caret, and its dotted qualifier (`k.` of `k.ro`). */
const WORD = /[A-Za-z0-9_]*$/;
const QUALIFIER = /([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.$/;
const VARIABLE = /\$\{([A-Za-z0-9_]*)$/;
/** The caret is where a table name goes. */
const TABLE_POSITION = /\b(FROM|JOIN|TABLE|INTO|UPDATE)\s+[A-Za-z0-9_]*$/i;

/**
 * Completion at `position`: front-matter keys and values inside a project file's front matter
 * (`front-matter-completion.ts`); `${vars}` after `${`; after `alias.` the columns of that relation
 * (or the tables of database `db.`); after FROM/JOIN relations and tables; elsewhere the columns
 * in scope, relation names and CTEs, tables, databases, functions and keywords. Filtered by the
 * typed prefix, ranked in that order, capped at COMPLETION_LIMIT.
 */
export function completion(doc: DocumentSnapshot, position: Position): CompletionList {
  const offset = doc.lines.offset(position);
  const frontMatter = frontMatterCompletion(doc, offset);
  if (frontMatter) return frontMatter;
  const before = doc.text.slice(doc.lines.offset({ line: position.line, character: 0 }), offset);
  const variable = VARIABLE.exec(before);
  if (variable) return answer([variableCandidates(doc)], variable[1]);
  const word = WORD.exec(before)?.[0] ?? '';
  const qualifier = QUALIFIER.exec(before.slice(0, before.length - word.length));
  const scope = caretScope(doc, offset);
  if (qualifier) return answer([qualifiedCandidates(scope, doc.catalog, qualifier[1].toLowerCase())], word);
  const tablePosition = TABLE_POSITION.test(before);
  const relations = [relationCandidates(scope, !tablePosition), ...tableGroups(doc.catalog, word.toLowerCase())];
  if (tablePosition) return answer(relations, word);
  return answer([columnCandidates(scope), ...relations, functionCandidates(doc), keywordCandidates(doc)], word);
}

/** After `x.`: the columns of relation `x`, else the tables of database `x`. */
function qualifiedCandidates(scope: ScopeAt, catalog: Catalog | undefined, qualifier: string): Candidate[] {
  const relation = scope.relations.find((r) => r.names.includes(qualifier));
  if (relation) return sorted(relation.columns.map((c) => columnCandidate(c.name, c.type, relation.label)));
  const prefix = `${qualifier}.`;
  const tables = catalog ? tableIndex(catalog).tables : [];
  return tables.filter((t) => t.name.startsWith(prefix)).map((t) => ({ label: t.bare, kind: CompletionItemKind.Class, detail: t.detail }));
}

/** Every column in scope once (the innermost relation's wins), USING columns included. */
function columnCandidates(scope: ScopeAt): Candidate[] {
  const byName = new Map<string, Candidate>();
  const add = (name: string, type: string | undefined, from: string) => {
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), columnCandidate(name, type, from));
  };
  for (const c of scope.merged) add(c.name, c.type, 'USING');
  for (const r of scope.relations) for (const c of r.columns) add(c.name, c.type, r.label);
  return sorted([...byName.values()]);
}

function columnCandidate(name: string, type: string | undefined, from: string): Candidate {
  return { label: name, kind: CompletionItemKind.Field, detail: type ? `${type} · ${from}` : from };
}

/** CTEs, and in expressions the aliases in scope too. */
function relationCandidates(scope: ScopeAt, withAliases: boolean): Candidate[] {
  const ctes = scope.ctes.map((name) => ({ label: name, kind: CompletionItemKind.Module, detail: 'CTE' }));
  const aliases = withAliases ? scope.relations.filter((r) => r.names.length > 0).map((r) => ({ label: r.names[0], kind: CompletionItemKind.Variable, detail: r.label })) : [];
  return sorted([...ctes, ...aliases]);
}

/**
 * The project's tables matching `prefix` (qualified or bare name), then its databases, straight
 * from the sorted per-catalog index: only matches become candidates.
 */
function tableGroups(catalog: Catalog | undefined, prefix: string): Group[] {
  if (!catalog) return [];
  const { tables, databases } = tableIndex(catalog);
  return [
    matchingTables(tables, prefix),
    databases.map((d) => ({ label: d, kind: CompletionItemKind.Folder, detail: 'database' })),
  ];
}

function* matchingTables(tables: readonly TableEntry[], prefix: string): Iterable<Candidate> {
  for (const t of tables) {
    if (t.name.startsWith(prefix) || t.bare.startsWith(prefix)) yield { label: t.name, kind: CompletionItemKind.Class, detail: t.detail, alias: t.bare };
  }
}

function functionCandidates(doc: DocumentSnapshot): Candidate[] {
  return sorted(functionsOf(doc.dialect).map((f) => ({ label: f.name, kind: CompletionItemKind.Function, detail: f.signatures.join(' | '), documentation: f.doc })));
}

function keywordCandidates(doc: DocumentSnapshot): Candidate[] {
  return sorted(keywordsOf(doc.dialect).map((k) => ({ label: k, kind: CompletionItemKind.Keyword })));
}

function variableCandidates(doc: DocumentSnapshot): Candidate[] {
  return sorted([...variablesOf(doc)].map(([name, value]) => ({ label: name, kind: CompletionItemKind.Variable, detail: value === undefined ? 'no value' : `= ${value}` })));
}

function sorted(candidates: Candidate[]): Candidate[] {
  return candidates.sort((a, b) => a.label.localeCompare(b.label));
}

/** The candidates matching the prefix (case-insensitive), group by group, once per label, capped. */
function answer(groups: Group[], prefix: string): CompletionList {
  const p = prefix.toLowerCase();
  const items: CompletionItem[] = [];
  for (const group of groups) {
    const seen = new Set<string>();
    for (const c of group) {
      const label = c.label.toLowerCase();
      if (seen.has(label) || !(label.startsWith(p) || c.alias?.startsWith(p))) continue;
      if (items.length === COMPLETION_LIMIT) return { isIncomplete: true, items };
      seen.add(label);
      items.push(toItem(c, items.length));
    }
  }
  return { isIncomplete: false, items };
}

function toItem(c: Candidate, index: number): CompletionItem {
  const item: CompletionItem = { label: c.label, kind: c.kind, sortText: String(index).padStart(4, '0') };
  if (c.detail !== undefined) item.detail = c.detail;
  if (c.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.alias !== undefined) item.filterText = c.alias;
  return item;
}
