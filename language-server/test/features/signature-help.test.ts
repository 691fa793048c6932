import assert from 'node:assert/strict';
import type { Dialect } from '@strata/core';
import type { SignatureHelp } from 'vscode-languageserver';
import { hover } from '../../src/features/hover';
import { signatureHelp } from '../../src/features/signature-help';
import { snapshotOf } from './snapshot-of';

/** `label [active parameter]` of the active signature at the caret, or null. */
function activeAt(marked: string, dialect: Dialect = 'spark'): string | null {
  const { doc, position } = snapshotOf(marked, undefined, dialect);
  return shown(signatureHelp(doc, position));
}

function shown(help: SignatureHelp | null): string | null {
  if (!help) return null;
  const signature = help.signatures[help.activeSignature!];
  const span = signature.parameters?.[help.activeParameter!]?.label as [number, number] | undefined;
  return `${signature.label} [${span ? signature.label.slice(span[0], span[1]) : ''}]`;
}

describe('signature help', () => {
  const cases: [string, string | null, Dialect?][] = [
    ['SELECT date_format(|', 'date_format(ts, fmt) → STRING [ts]'],
    ["SELECT date_format(ts, '|", 'date_format(ts, fmt) → STRING [fmt]'],
    ['SELECT DATE_FORMAT(ts,|) FROM t', 'date_format(ts, fmt) → STRING [fmt]'],
    // Nested: the innermost call holds the caret; back in the outer one after it closes.
    ['SELECT date_format(from_unixtime(ts|', 'from_unixtime(unix_time) → STRING [unix_time]'],
    ['SELECT date_format(from_unixtime(ts), |', 'date_format(ts, fmt) → STRING [fmt]'],
    // The call form with enough parameters is the active one.
    ["SELECT from_unixtime(ts, 'yyyy|", 'from_unixtime(unix_time, fmt) → STRING [fmt]'],
    ['SELECT unix_timestamp(|)', 'unix_timestamp(str) → BIGINT [str]'],
    ['SELECT row_number(|) OVER (ORDER BY a)', 'row_number() OVER (...) → INT []'],
    // A repeated last parameter stays active.
    ['SELECT coalesce(a, b, c, |', 'coalesce(expr1, expr2, ...) [...]'],
    ["SELECT concat_ws(',', a|", 'concat_ws(sep, str1, str2, ...) → STRING [str1]'],
    // Commas in strings and nested parentheses do not count; a plain parenthesis is not a call.
    ["SELECT if(a IN (1, 2), ',,', |", 'if(cond, expr1, expr2) [expr2]'],
    ['SELECT nvl((a + b|', 'nvl(expr1, expr2) [expr1]'],
    ['SELECT get_json_object(extra, |) FROM t;\nSELECT 1', 'get_json_object(json_str, path) → STRING [path]'],
    ['SELECT percentile_approx(x, 0.5, |', 'percentile_approx(col, percentage, accuracy) → type of col [accuracy]'],
    ['SELECT named_struct(|', 'named_struct(name1, val1, name2, val2, ...) → STRUCT [name1]'],
    // Outside a call, in an unknown function, after the call: nothing.
    ['SELECT a|, b FROM t', null],
    ['SELECT my_udf(a, |', null],
    ['SELECT nvl(a, b)|', null],
    ['SELECT nvl(a, b); SELECT |', null],
    // Per dialect: Flink's window TVFs; Spark has no TUMBLE, Flink no nvl.
    ["SELECT * FROM TABLE(HOP(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE, |", 'HOP(TABLE data, DESCRIPTOR(timecol), slide, size) [size]', 'flink'],
    ['SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(|', 'TUMBLE(TABLE data, DESCRIPTOR(timecol), size) [DESCRIPTOR(timecol)]', 'flink'],
    ['SELECT TUMBLE(|', null, 'spark'],
    ['SELECT nvl(|', null, 'flink'],
    ['SELECT IFNULL(a, |', 'IFNULL(input, replacement) [replacement]', 'flink'],
  ];
  for (const [marked, expected, dialect] of cases) {
    it(`${marked.replace(/\n/g, '\\n')} (${dialect ?? 'spark'})`, () => assert.equal(activeAt(marked, dialect), expected));
  }

  it('lists every call form of the function with its doc', () => {
    const { doc, position } = snapshotOf('SELECT lag(x, |');
    const help = signatureHelp(doc, position)!;
    assert.deepEqual(help.signatures.map((s) => [s.label, s.parameters?.length]), [['lag(expr) OVER (...)', 1], ['lag(expr, offset) OVER (...)', 2], ['lag(expr, offset, default) OVER (...)', 3]]);
    assert.equal(help.activeSignature, 1);
    assert.equal(help.signatures[0].documentation, 'Value of expr offset rows before the current row (default when there is none).');
  });
});

describe('function hover', () => {
  const value = (marked: string, dialect: Dialect = 'spark') => {
    const { doc, position } = snapshotOf(marked, undefined, dialect);
    const h = hover(doc, position);
    return h && (h.contents as { value: string }).value;
  };

  it('shows the call forms and doc of a built-in function in the file dialect', () => {
    assert.equal(value('SELECT from_unix|time(ts) FROM t'), "```sql\nfrom_unixtime(unix_time) → STRING\nfrom_unixtime(unix_time, fmt) → STRING\n```\nEpoch seconds as a time string in the session time zone, by default 'yyyy-MM-dd HH:mm:ss'.");
    assert.equal(value('SELECT regexp_ex|tract(s, r, 1) FROM t', 'hive'), '```sql\nregexp_extract(str, regex, idx) → STRING\n```\nGroup idx (0 is the whole match) of the first match of regex in str, else the empty string.');
    assert.equal(value("SELECT window_start FROM TABLE(CUMU|LATE(TABLE s, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))", 'flink')?.split('\n')[1], 'CUMULATE(TABLE data, DESCRIPTOR(timecol), step, size)');
    assert.equal(value('SELECT COUNT|(*) FROM t')?.split('\n').slice(1, 4).join(' | '), 'count(*) → BIGINT | count(expr, ...) → BIGINT | count(DISTINCT expr, ...) → BIGINT');
  });

  it('says nothing on an unknown function or one of another dialect', () => {
    assert.equal(value('SELECT my_ud|f(ts) FROM t'), null);
    assert.equal(value('SELECT nv|l(a, b) FROM t', 'flink'), null);
  });
});
