import type { Token } from '../tokens';

/** Length of what opens a bad token: a quote, `/*`, `${`, `r'`; the whole token for a stray character. */
export function openingLength(text: string, t: Token): number {
  const c = text[t.start];
  if (c === "'" || c === '"' || c === '`') return 1;
  if (text.startsWith('/*', t.start) || text.startsWith('${', t.start) || ((c === 'r' || c === 'R') && t.end - t.start > 1)) return 2;
  return t.end - t.start;
}

/** What is wrong with a bad token: an unterminated string, quoted name, comment or variable, or a stray character. */
export function badTokenMessage(text: string, t: Token): string {
  const c = text[t.start];
  if (c === "'" || c === '"') return 'unterminated string literal';
  if (c === '`') return 'unterminated quoted identifier';
  if (text.startsWith('/*', t.start)) return 'unterminated block comment';
  if (text.startsWith('${', t.start)) return "unterminated variable: expected '}'";
  if ((c === 'r' || c === 'R') && t.end - t.start > 1) return 'unterminated string literal';
  return `unexpected character '${text.slice(t.start, t.end)}'`;
}
