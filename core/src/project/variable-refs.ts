import { closest } from '../text/closest';

/** Where a `${...}` reference sits: it decides what a same-length placeholder must look like. */
export type RefContext = 'code' | 'string' | 'quoted-identifier' | 'comment';

/** A `${name}` (or `${env:NAME}`) reference in SQL text; offsets are 0-based UTF-16, end exclusive. */
export interface VariableRef {
  name: string;
  start: number;
  end: number;
  /** `${env:NAME}`: allowed only in strata.yaml. */
  env: boolean;
  context: RefContext;
}

/** A problem with a reference, by offsets in the text. */
export interface VariableProblem {
  start: number;
  end: number;
  code: 'unknown-variable' | 'env-variable' | 'malformed-variable';
  message: string;
}

/** Well-formed references and the spans of malformed `${`. */
export interface VariableScan {
  refs: VariableRef[];
  malformed: { start: number; end: number; context: RefContext }[];
}

const REF = /\$\{(env:)?([A-Za-z_][A-Za-z0-9_]*)\}/y;
const BRACED = /\$\{[^}\n'"`$]{0,78}\}/y;
/** Hive's own substitutions: Hive resolves them at run time, so they are neither ours nor errors. */
const HIVE_SUBSTITUTION = /\$\{(hiveconf|hivevar|system):[A-Za-z_][A-Za-z0-9_.]*\}/y;

/** Every `${...}` reference in `text`, in order, with the lexical context it appears in. */
export function findVariables(text: string): VariableRef[] {
  return scanVariables(text).refs;
}

/**
 * Problems with the references in `text`: `${env:X}` (only strata.yaml may read the environment),
 * malformed `${`, and — when `known` is given — names that have no value. Comments are not checked.
 */
export function variableProblems(text: string, known?: Iterable<string>): VariableProblem[] {
  const { refs, malformed } = scanVariables(text);
  const names = known === undefined ? undefined : new Set(known);
  // Comments never reach an engine, so what they mention cannot break a run.
  const problems: VariableProblem[] = malformed
    .filter((m) => m.context !== 'comment')
    .map((m) => ({
      start: m.start,
      end: m.end,
      code: 'malformed-variable' as const,
      message: `malformed variable reference '${text.slice(m.start, m.end)}'; write \${name} with a lower-case name`,
    }));
  for (const ref of refs.filter((r) => r.context !== 'comment')) {
    if (ref.env) {
      problems.push({ start: ref.start, end: ref.end, code: 'env-variable', message: `'\${env:${ref.name}}': environment references are only allowed in strata.yaml; use a variable instead` });
    } else if (names && !names.has(ref.name)) {
      problems.push({ start: ref.start, end: ref.end, code: 'unknown-variable', message: unknownMessage(ref.name, names) });
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

/** `unknown variable '${regon}'; did you mean 'region'? ...` */
export function unknownMessage(name: string, known: Iterable<string>): string {
  const guess = closest(name, known);
  const hint = guess ? `did you mean '${guess}'? Otherwise declare` : 'declare';
  return `unknown variable '\${${name}}'; ${hint} it under vars in strata.yaml or the front matter, or pass --var ${name}=...`;
}

export function scanVariables(text: string): VariableScan {
  const result: VariableScan = { refs: [], malformed: [] };
  let context: RefContext = 'code';
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      i = reference(text, i, context, result) - 1;
      continue;
    }
    if (context === 'code') {
      if (c === "'" || c === '"') [context, close] = ['string', c];
      else if (c === '`') [context, close] = ['quoted-identifier', '`'];
      else if (c === '-' && text[i + 1] === '-') [context, close] = ['comment', '\n'];
      else if (c === '/' && text[i + 1] === '*') [context, close, i] = ['comment', '*/', i + 1];
    } else if (context === 'string' && c === '\\') {
      // Schedulers substitute before SQL sees its escapes, so `\${x}` is still a reference.
      if (text[i + 1] !== '$') i++;
    } else if (text.startsWith(close, i)) {
      // A doubled quote inside a string or quoted identifier is an escaped quote, not the end.
      if (close.length === 1 && context !== 'comment' && text[i + 1] === close) i++;
      else [context, i] = ['code', i + close.length - 1];
    }
  }
  return result;
}

/** Records the reference at `i` and returns the offset just after it. */
function reference(text: string, i: number, context: RefContext, result: VariableScan): number {
  REF.lastIndex = i;
  const m = REF.exec(text);
  if (m) {
    result.refs.push({ name: m[2], start: i, end: i + m[0].length, env: m[1] !== undefined, context });
    return i + m[0].length;
  }
  HIVE_SUBSTITUTION.lastIndex = i;
  const hive = HIVE_SUBSTITUTION.exec(text);
  if (hive) return i + hive[0].length;
  // Cover a whole `${ ... }` when it closes before anything that would end a string or line.
  BRACED.lastIndex = i;
  const braced = BRACED.exec(text);
  const end = braced ? i + braced[0].length : i + 2;
  result.malformed.push({ start: i, end, context });
  return end;
}
