'use strict';
/**
 * Reports on the SQL conformance corpus (core/test/sql/conformance): statement counts per dialect
 * and folder, the statements whose folder the oracle (dt-sql-parser) disagrees with, and the
 * statements our parser gets wrong, grouped by our first error message.
 *
 *   node scripts/conformance-report.js                      # report
 *   node scripts/conformance-report.js --write-known-gaps   # also rewrite known-gaps.txt
 *
 * Run `npm run build` first: it loads the compiled parser and corpus loader from core/dist.
 * Oracle results are cached on disk (the same cache the conformance test uses), so only new or
 * changed statements are validated again.
 */
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '..', 'core', 'dist');
const { parse } = require(path.join(dist, 'src', 'sql', 'index.js'));
const { validateStrict } = require(path.join(dist, 'src', 'sql', 'oracle.js'));
const { corpusKey, loadCorpus } = require(path.join(dist, 'test', 'sql', 'conformance', 'corpus.js'));
const { KNOWN_GAPS_FILE, loadKnownGaps } = require(path.join(dist, 'test', 'sql', 'conformance', 'known-gaps.js'));
const { ORACLE_TEST_CACHE } = require(path.join(dist, 'test', 'sql', 'conformance', 'oracle-test-cache.js'));

const KNOWN_GAPS_HEADER = [
  '# Corpus statements (valid/ or grammar-lacks/) that our parser still wrongly rejects, one per line:',
  '# `<file> #<index>`, a tab, and our first error message. The conformance test checks that each is',
  '# still rejected (so a fixed gap fails until its line is removed) and that every other statement',
  '# passes. Regenerate with `node scripts/conformance-report.js --write-known-gaps`.',
];

function firstMessage(errors) {
  return errors.length === 0 ? '' : errors[0].message.replace(/\s+/g, ' ');
}

function judge(statement) {
  const range = [{ start: 0, end: statement.text.length }];
  const oracle = validateStrict(statement.text, statement.dialect, range, { cacheDir: ORACLE_TEST_CACHE });
  const ours = parse(statement.text, statement.dialect).errors;
  return { statement, oracleAccepts: oracle.length === 0, oracle: firstMessage(oracle), oursAccepts: ours.length === 0, ours: firstMessage(ours) };
}

function printCounts(results) {
  const counts = new Map();
  for (const { statement } of results) {
    const key = `${statement.dialect} ${statement.verdict}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log('Statements per dialect and folder:');
  for (const [key, count] of [...counts].sort()) console.log(`  ${key.padEnd(22)} ${count}`);
  console.log(`  ${'total'.padEnd(22)} ${results.length}`);
}

function printList(title, rows) {
  console.log(`\n${title}: ${rows.length}`);
  for (const row of rows) console.log(`  ${row}`);
}

/** Our wrong rejections grouped by first error message, the largest groups first. */
function printGapGroups(gaps) {
  const groups = new Map();
  for (const gap of gaps) groups.set(gap.ours, [...(groups.get(gap.ours) ?? []), corpusKey(gap.statement)]);
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  printList('Our wrong rejections by message', sorted.map(([message, keys]) => `${String(keys.length).padStart(4)}  ${message}  (${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', ...' : ''})`));
}

function main() {
  const results = loadCorpus().map(judge);
  printCounts(results);
  const misfiled = results.filter((r) => r.oracleAccepts !== r.statement.valid);
  printList('Oracle disagrees with the folder', misfiled.map((r) => `${corpusKey(r.statement)}  oracle: ${r.oracle || 'accepts'}`));
  const gaps = results.filter((r) => r.statement.verdict !== 'invalid' && !r.oursAccepts);
  const falseAccepts = results.filter((r) => r.statement.verdict === 'invalid' && r.oursAccepts);
  printList('Invalid statements our parser accepts', falseAccepts.map((r) => corpusKey(r.statement)));
  printGapGroups(gaps);
  const known = loadKnownGaps();
  const fixed = [...known.keys()].filter((key) => !gaps.some((g) => corpusKey(g.statement) === key));
  printList('Known gaps that now parse (remove from known-gaps.txt)', fixed);
  printList('Gaps missing from known-gaps.txt', gaps.filter((g) => !known.has(corpusKey(g.statement))).map((g) => `${corpusKey(g.statement)}  ${g.ours}`));
  if (process.argv.includes('--write-known-gaps')) {
    const lines = gaps.map((g) => `${corpusKey(g.statement)}\t${g.ours}`);
    fs.writeFileSync(KNOWN_GAPS_FILE, [...KNOWN_GAPS_HEADER, ...lines, ''].join('\n'));
    console.log(`\nWrote ${lines.length} gaps to ${path.relative(process.cwd(), KNOWN_GAPS_FILE)}`);
  }
}

main();
