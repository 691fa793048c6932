import { tokenize, type Dialect } from '@strata/core';
import type { Position, SignatureHelp, SignatureInformation } from 'vscode-languageserver';
import { functionNamed, type FunctionDoc } from '../functions/catalog';
import { isVariadic, parametersOf } from '../functions/function-doc';
import type { DocumentSnapshot } from '../snapshot';

/** An open parenthesis before the caret: the word before it (a function name or not) and the commas after it so far. */
interface OpenParen {
  name?: string;
  commas: number;
}

/**
 * Signature help at `position`: the innermost call of a built-in function whose parentheses hold
 * the caret (nested calls, unfinished ones), every call form of it, the active parameter counted
 * by top-level commas before the caret. Works on tokens, so an unfinished statement still
 * answers, and commas in strings and comments do not count. Null outside a known call.
 */
export function signatureHelp(doc: DocumentSnapshot, position: Position): SignatureHelp | null {
  const offset = doc.lines.offset(position);
  const start = doc.script.statements.filter((s) => s.start <= offset).pop()?.start ?? 0;
  const open = openParens(doc.text.slice(start, offset), doc.dialect);
  for (let i = open.length - 1; i >= 0; i--) {
    const found = open[i].name === undefined ? undefined : functionNamed(doc.dialect, open[i].name!);
    if (found) return help(found, open[i].commas);
  }
  return null;
}

/** The parentheses still open at the end of `text`, outermost first. */
function openParens(text: string, dialect: Dialect): OpenParen[] {
  const stack: OpenParen[] = [];
  let previous: string | undefined;
  for (const token of tokenize(text, dialect)) {
    if (token.kind === 'whitespace' || token.kind === 'line-comment' || token.kind === 'block-comment') continue;
    const value = text.slice(token.start, token.end);
    if (value === '(') stack.push({ name: previous, commas: 0 });
    else if (value === ')') stack.pop();
    else if (value === ',' && stack.length > 0) stack[stack.length - 1].commas++;
    // `;` ends the statement: what was open there stays unfinished.
    else if (value === ';') stack.length = 0;
    previous = token.kind === 'word' ? value : undefined;
  }
  return stack;
}

function help(fn: FunctionDoc, commas: number): SignatureHelp {
  const signatures = fn.signatures.map((label) => signature(label, fn.doc));
  const fits = signatures.findIndex((s, i) => commas < s.parameters!.length || isVariadic(fn.signatures[i], parametersOf(fn.signatures[i])));
  const active = fits >= 0 ? fits : signatures.length - 1;
  const count = signatures[active].parameters!.length;
  return { signatures, activeSignature: active, activeParameter: count === 0 ? 0 : Math.min(commas, count - 1) };
}

function signature(label: string, doc: string): SignatureInformation {
  return { label, documentation: doc, parameters: parametersOf(label).map((span) => ({ label: span })) };
}
