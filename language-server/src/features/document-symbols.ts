import { walk, type Cte, type Statement } from '@strata/core';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';

/** Longest statement summary shown in the outline. */
const SUMMARY_LENGTH = 80;

/** The outline: one symbol per statement (named after what it creates or writes), its CTEs as children. */
export function documentSymbols(doc: DocumentSnapshot): DocumentSymbol[] {
  return doc.script.statements.map((s) => {
    const children = ctesOf(s).map((c) => symbol(doc, c.name.name, 'CTE', SymbolKind.Namespace, c, c.name));
    return { ...symbol(doc, summary(doc, s), s.kind, kindOf(s), s, s), children };
  });
}

function ctesOf(statement: Statement): Cte[] {
  const ctes: Cte[] = [];
  walk(statement, (node) => {
    if (node.kind === 'Cte') ctes.push(node);
  });
  return ctes;
}

/** `INSERT ads.t`, `CREATE TABLE dwd.t`, else the statement's first line. */
function summary(doc: DocumentSnapshot, s: Statement): string {
  if (s.kind === 'Insert') return `INSERT ${s.table.parts.map((p) => p.name).join('.')}`;
  if (s.kind === 'CreateTable' || s.kind === 'CreateView') return `CREATE ${s.kind === 'CreateTable' ? 'TABLE' : 'VIEW'} ${s.name.parts.map((p) => p.name).join('.')}`;
  const firstLine = doc.text.slice(s.start, s.end).split(/\r?\n/)[0].trim();
  return firstLine.length > SUMMARY_LENGTH ? `${firstLine.slice(0, SUMMARY_LENGTH)}…` : firstLine || s.kind;
}

function kindOf(s: Statement): SymbolKind {
  if (s.kind === 'CreateTable' || s.kind === 'CreateView') return SymbolKind.Class;
  if (s.kind === 'Insert' || s.kind === 'MultiInsert' || s.kind === 'Merge') return SymbolKind.Event;
  return SymbolKind.Object;
}

function symbol(doc: DocumentSnapshot, name: string, detail: string, kind: SymbolKind, span: { start: number; end: number }, selection: { start: number; end: number }): DocumentSymbol {
  const range = (x: { start: number; end: number }) => ({ start: doc.lines.position(x.start), end: doc.lines.position(x.end) });
  return { name, detail, kind, range: range(span), selectionRange: range(selection) };
}
