import { scanVariables, VariableProblem, variableProblems, VariableRef } from './variable-refs';

/** Text with every reference replaced by a same-length placeholder, plus what was replaced. */
export interface MaskedText {
  /** Same length as the input: every offset still points at the same place. */
  text: string;
  refs: VariableRef[];
  /** env references, malformed `${`, and (when values were given) unknown names. */
  problems: VariableProblem[];
}

/** Stand-ins for built-ins when no values are given: what matters is their shape (digits for `hour`). */
const SAMPLE_VALUES: Record<string, string> = { date: '2000-01-01', date_nodash: '20000101', hour: '00' };

const IDENT_CHAR = /[A-Za-z0-9_]/;
const NUMERIC = /^\d+(\.\d+)?$/;

/**
 * Replaces each `${name}` with a placeholder of exactly the same length that keeps the SQL valid
 * for a strict grammar, so that a validator's error offsets are offsets in the original text:
 * inside a string the value (cut or padded), next to identifier characters letters, a numeric
 * value digits, anything else an identifier.
 */
export function maskVariables(text: string, values?: Record<string, string>): MaskedText {
  const { refs, malformed } = scanVariables(text);
  const samples = values ?? SAMPLE_VALUES;
  const replacements = [
    ...refs.map((ref) => ({ ...ref, fill: placeholder(text, ref, ref.env ? undefined : samples[ref.name]) })),
    // A stray `${` would be a syntax error the user did not write as SQL; its own diagnostic says so.
    ...malformed.map((m) => ({ start: m.start, end: m.end, fill: 'x'.repeat(m.end - m.start) })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const r of replacements) {
    out += text.slice(last, r.start) + r.fill;
    last = r.end;
  }
  out += text.slice(last);
  const problems = variableProblems(text, values === undefined ? undefined : Object.keys(values));
  return { text: out, refs, problems };
}

function placeholder(text: string, ref: VariableRef, value: string | undefined): string {
  const length = ref.end - ref.start;
  if (ref.context === 'string') {
    // Quotes, backslashes and line breaks could end or escape the literal; anything else is inert.
    const inert = (value ?? '').replace(/['"`\\\r\n$]/g, '_');
    return inert.slice(0, length).padEnd(length, '_');
  }
  if (ref.context !== 'code') return 'x'.repeat(length);
  const glued = IDENT_CHAR.test(text[ref.start - 1] ?? '') || IDENT_CHAR.test(text[ref.end] ?? '');
  if (!glued && value !== undefined && NUMERIC.test(value)) {
    return value.replace(/\D/g, '').padStart(length, '0').slice(-length);
  }
  return 'x'.repeat(length);
}
