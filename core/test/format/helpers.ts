import assert from 'node:assert/strict';
import { sameTree } from '../../src/format/same-tree';
import { parseFrontMatter } from '../../src/project';
import { parse, tokenize, type Dialect } from '../../src/sql';

/**
 * Fails unless `formatted` means what `original` means, checked apart from the formatter's own
 * guard: the same statements (trees equal without positions), the same tokens in the same order
 * (keywords in any case; names, literals, operators, `${vars}`, comments and hints byte-exact), and
 * the front matter byte-exact.
 */
export function assertEquivalent(original: string, formatted: string, dialect: Dialect, where = ''): void {
  const before = parse(original, dialect);
  const after = parse(formatted, dialect);
  assert.deepEqual(after.errors, [], `${where}: the formatted text has syntax errors`);
  assert.equal(after.statements.length, before.statements.length, `${where}: statement count`);
  before.statements.forEach((s, i) => assert.ok(sameTree(s, after.statements[i]), `${where}: statement ${i + 1} parses differently`));
  assert.deepEqual(significant(formatted, dialect), significant(original, dialect), `${where}: tokens differ`);
  const fm = parseFrontMatter(original, '').frontMatter;
  if (fm) assert.equal(formatted.slice(0, fm.end - fm.start), original.slice(fm.start, fm.end), `${where}: front matter changed`);
}

/** Tokens without whitespace; words upper-cased (keyword case may change), everything else as written. */
function significant(text: string, dialect: Dialect): string[] {
  return tokenize(text, dialect)
    .filter((t) => t.kind !== 'whitespace' && t.kind !== 'eof')
    .map((t) => (t.kind === 'word' ? text.slice(t.start, t.end).toUpperCase() : `${t.kind}:${text.slice(t.start, t.end)}`));
}
