'use strict';
/**
 * Reports on the SQL conformance corpus (core/test/sql/conformance): statement counts per dialect
 * and folder, the statements whose folder the oracle (dt-sql-parser) disagrees with, and the
 * statements our parser gets wrong (wrong rejections grouped by our first error message).
 *
 *   node scripts/conformance-report.js           # report
 *   node scripts/conformance-report.js --write   # also rewrite known-gaps.txt and oracle-verdicts.json
 *
 * Run `npm run build` first: it loads the compiled parser and corpus loader from core/dist. The
 * oracle's verdicts recorded in oracle-verdicts.json are reused; only new or changed statements
 * (or all of them, after a dt-sql-parser upgrade) are validated again.
 */
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '..', 'core', 'dist');
const conformance = path.join(dist, 'test', 'sql', 'conformance');
const { parse } = require(path.join(dist, 'src', 'sql', 'index.js'));
const { corpusKey, loadCorpus } = require(path.join(conformance, 'corpus.js'));
const { KNOWN_GAPS_FILE, loadKnownGaps } = require(path.join(conformance, 'known-gaps.js'));
const { ORACLE_VERDICTS_FILE, loadOracleVerdicts, oracleBuild, oracleError, verdictKey } = require(path.join(conformance, 'oracle-verdicts.js'));

const KNOWN_GAPS_HEADER = [
  '# Corpus statements our parser still gets wrong, one per line: `<file> #<index>`, a tab, and our',
  '# first error message (for valid/ and grammar-lacks/ statements we reject) or "accepted" (for',
  '# invalid/ statements we accept). The conformance test checks that each is still wrong (so a fixed',
  '# gap fails until its line is removed) and that every other statement passes.',
  '# Regenerate with `node scripts/conformance-report.js --write`.',
];

function firstMessage(errors) {
  return errors.length === 0 ? '' : errors[0].message.replace(/\s+/g, ' ');
}

function judge(statement, recorded) {
  const oracle = oracleError(statement, recorded);
  const ours = parse(statement.text, statement.dialect).errors;
  return { statement, oracleAccepts: oracle === '', oracle, oursAccepts: ours.length === 0, ours: firstMessage(ours) };
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

/** oracle-verdicts.json with one statement a line, sorted by key, so a change shows as a small diff. */
function verdictFileText(results) {
  const entries = [...new Map(results.map((r) => [verdictKey(r.statement), r.oracle]))].sort((a, b) => a[0].localeCompare(b[0]));
  const lines = entries.map(([key, error]) => `    ${JSON.stringify(key)}: ${JSON.stringify(error)}`);
  return `{\n  "oracle": ${JSON.stringify(oracleBuild())},\n  "verdicts": {\n${lines.join(',\n')}\n  }\n}\n`;
}

function main() {
  const recorded = loadOracleVerdicts();
  const results = loadCorpus().map((statement) => judge(statement, recorded));
  printCounts(results);
  const misfiled = results.filter((r) => r.oracleAccepts !== r.statement.valid);
  printList('Oracle disagrees with the folder', misfiled.map((r) => `${corpusKey(r.statement)}  oracle: ${r.oracle || 'accepts'}`));
  const gaps = results.filter((r) => r.oursAccepts === (r.statement.verdict === 'invalid'));
  printList('Invalid statements our parser accepts', gaps.filter((g) => g.oursAccepts).map((g) => corpusKey(g.statement)));
  printGapGroups(gaps.filter((g) => !g.oursAccepts));
  const known = loadKnownGaps();
  const fixed = [...known.keys()].filter((key) => !gaps.some((g) => corpusKey(g.statement) === key));
  printList('Known gaps that now parse (remove from known-gaps.txt)', fixed);
  printList('Gaps missing from known-gaps.txt', gaps.filter((g) => !known.has(corpusKey(g.statement))).map((g) => `${corpusKey(g.statement)}  ${g.ours}`));
  if (process.argv.includes('--write')) {
    const lines = gaps.map((g) => `${corpusKey(g.statement)}\t${g.oursAccepts ? 'accepted' : g.ours}`);
    fs.writeFileSync(KNOWN_GAPS_FILE, [...KNOWN_GAPS_HEADER, ...lines, ''].join('\n'));
    console.log(`\nWrote ${lines.length} gaps to ${path.relative(process.cwd(), KNOWN_GAPS_FILE)}`);
    fs.writeFileSync(ORACLE_VERDICTS_FILE, verdictFileText(results));
    console.log(`Wrote ${results.length} oracle verdicts to ${path.relative(process.cwd(), ORACLE_VERDICTS_FILE)}`);
  }
}

main();
