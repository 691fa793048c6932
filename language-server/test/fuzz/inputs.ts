/** Random inputs for the fuzz test: seeded, so a failure replays exactly. */

/** mulberry32: a seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random choices over one PRNG. */
export class Dice {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = prng(seed);
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

/** What random edits insert: half-typed SQL, unbalanced quotes and comments, control characters. */
const SNIPPETS = ['SELECT ', 'k.', '${', '${date', 'FROM ', 'JOIN dim.', '(', ')', "'", '"', '/*', '*/', '--', '`', ',', 'WITH x AS (', 'LATERAL VIEW ', 'INSERT OVERWRITE TABLE ', 'PARTITION (', 'CASE WHEN ', '\u0000\u0001', '\ufffd', '\r\n', '\n\n', ';', 'ods.', 'dwd.dwd_', 'GROUP BY ', '.*'];

/** Half-typed statements a document may hold on its own. */
const HALF_TYPED = ['SELECT', 'SELECT a.', 'SELECT * FROM', 'SELECT * FROM ods.', 'INSERT INTO', 'WITH t AS (SELECT', 'CREATE TABLE dwd.x (id', 'SELECT ${', "SELECT 'unclosed", 'SELECT /* open', '---\nowner: a\n', '---\n: [\n---\nSELECT 1'];

/** The text with one random edit: a snippet inserted, or a span (up to 40 characters) deleted. */
export function randomEdit(dice: Dice, text: string): string {
  const at = dice.below(text.length + 1);
  if (dice.chance(0.3)) return text.slice(0, at) + text.slice(Math.min(text.length, at + dice.below(40)));
  return text.slice(0, at) + dice.pick(SNIPPETS) + text.slice(at);
}

/** A job of one ~200 KB line: 40,000 select items and an 80,000-character table name. */
export function hugeLine(): string {
  return `SELECT ${'a, '.repeat(40_000)}b FROM ${'x'.repeat(80_000)}`;
}

/** A new document's text: half-typed SQL or binary bytes. */
export function randomDocument(dice: Dice): string {
  if (dice.chance(0.3)) return Array.from({ length: 1 + dice.below(2000) }, () => String.fromCharCode(dice.below(0x3000))).join('');
  return Array.from({ length: 1 + dice.below(4) }, () => dice.pick(HALF_TYPED)).join(dice.pick([' ', '\n', ';\n']));
}

/** A position in or past the end of `text` (lines and characters up to 3 beyond). */
export function randomPosition(dice: Dice, text: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = dice.below(lines.length + 3);
  return { line, character: dice.below((lines[line]?.length ?? 0) + 4) };
}
