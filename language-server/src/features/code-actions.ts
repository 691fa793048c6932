import { applyFixes, type LintFinding } from '@strata/core';
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import { lintDiagnostic, lintFindings } from '../lint-findings';
import type { DocumentSnapshot } from '../snapshot';
import { wholeText } from '../whole-text';

/** The "fix all" source action's kind, which editors may run on save (`source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.strata`;

/**
 * Code actions for `range`: a `quickfix` per lint finding with a fix whose range touches it (its
 * diagnostic attached, preferred when it is the only one), and `source.fixAll.strata`, every
 * non-overlapping fix of the file at once (core `applyFixes`), when there is something to fix.
 * `only` restricts the kinds, as the client's request context does.
 */
export function codeActions(doc: DocumentSnapshot, range: Range, only?: string[]): CodeAction[] {
  const fixable = lintFindings(doc).filter((f) => f.fix && f.fix.length > 0);
  const quickFixes = wanted(only, CodeActionKind.QuickFix) ? fixable.filter((f) => touches(f, range)).map((f) => quickFix(doc, f)) : [];
  if (quickFixes.length === 1) quickFixes[0].isPreferred = true;
  const fixAll = wanted(only, FIX_ALL_KIND) && fixable.length > 0 ? [fixAllAction(doc, fixable)] : [];
  return [...quickFixes, ...fixAll];
}

/** Whether a kind is asked for: `only` lists kinds or their parents (`source` covers `source.fixAll.strata`). */
export function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function touches(f: LintFinding, range: Range): boolean {
  return !before(f.end, range.start) && !before(range.end, f.start);
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function quickFix(doc: DocumentSnapshot, f: LintFinding): CodeAction {
  return {
    title: `Fix: ${f.message} (${f.rule})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [lintDiagnostic(f)],
    edit: { changes: { [doc.uri]: f.fix as TextEdit[] } },
  };
}

function fixAllAction(doc: DocumentSnapshot, fixable: LintFinding[]): CodeAction {
  return {
    title: 'Fix all auto-fixable problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [doc.uri]: [wholeText(doc, applyFixes(doc.text, fixable))] } },
  };
}
