import assert from 'node:assert/strict';
import { frontMatterRange, parseFrontMatter } from '../../src/project';

/** `line:col message` (1-based) of each diagnostic. */
function problems(text: string, kind?: 'table' | 'job'): string[] {
  return parseFrontMatter(text, 'f.sql', kind).diagnostics.map((d) => `${d.start.line + 1}:${d.start.character + 1} ${d.message}`);
}

describe('project/front-matter', () => {
  it('returns nothing for a file without front matter', () => {
    assert.deepEqual(parseFrontMatter('SELECT 1;', 'f.sql', 'job'), { diagnostics: [] });
    assert.deepEqual(parseFrontMatter('-- x\n/*---\nowner: a\n---*/', 'f.sql', 'job'), { diagnostics: [] });
  });

  it('parses a valid table block after leading whitespace, with offsets', () => {
    const text = '\n  /*---\nowner: live-data\nlifecycle_days: 400\ngrain: [room_id, user_id]\nchecks:\n  - unique: [a, b]\n  - not_null: [a]\n  - accepted_values: {column: s, values: [x, y]}\n  - expression: a > 0\n  - row_count: {min: 1}\n---*/\nCREATE TABLE t (a INT);';
    const { frontMatter, diagnostics } = parseFrontMatter(text, 'f.sql', 'table');
    assert.deepEqual(diagnostics, []);
    assert.equal(frontMatter?.start, 3);
    assert.equal(frontMatter?.yamlStart, 8);
    assert.equal(text.slice(frontMatter!.end), '\nCREATE TABLE t (a INT);');
    assert.equal(frontMatter?.data.owner, 'live-data');
    assert.equal((frontMatter?.data.checks as unknown[]).length, 5);
  });

  it('parses a valid job block', () => {
    const text = '/*---\ntype: streaming\ndialect: flink\nschedule: "0 */2 * * *"\nretries: 3\ntimeout: 2h\nvars: {n: 3, m: {default: x, pattern: "[a-z]"}}\ndepends_on: [other_job]\ntags: [rt]\n---*/\nSELECT 1;';
    assert.deepEqual(problems(text, 'job'), []);
    assert.deepEqual(problems('/*---\nschedule: "@hourly"\n---*/', 'job'), []);
  });

  it('accepts an empty block', () => {
    const { frontMatter, diagnostics } = parseFrontMatter('/*---\n---*/\nSELECT 1;', 'f.sql', 'job');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(frontMatter?.data, {});
  });

  it('reports invalid YAML at its exact position in the .sql file and keeps the block extent', () => {
    const text = '/*---\ntype: batch\nowner: [unclosed\nretries: 1\n---*/\nSELECT 1;';
    assert.deepEqual(problems(text, 'job'), ['3:8 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']);
    const { frontMatter } = parseFrontMatter(text, 'f.sql', 'job');
    assert.equal(text.slice(frontMatter!.end), '\nSELECT 1;');
    assert.deepEqual(frontMatter?.data, {});
    assert.deepEqual(problems('\n\n/*---\nowner: "open\n---*/', 'job'), ['4:8 invalid YAML: Missing closing "quote']);
    assert.deepEqual(problems('/*---\na: 1\na: 2\n---*/'), ['3:1 invalid YAML: Map keys must be unique']);
  });

  it('reports schema violations at the offending node', () => {
    const text = '/*---\ntype: batchh\nretries: -1\ntimeout: 30 minutes\nschedule: every day\nschedul: x\n---*/';
    assert.deepEqual(problems(text, 'job'), [
      "2:7 type: 'batchh' is not one of batch, streaming; did you mean 'batch'?",
      "3:10 retries: expected a whole number (0 or more), found '-1'",
      "4:10 timeout: '30 minutes' is not a duration like 30m or 2h",
      "5:11 schedule: 'every day' is not a 5-field cron expression or @daily/@hourly/@weekly/@monthly",
      "6:1 unknown key 'schedul' (allowed: type, dialect, schedule, vars, retries, timeout, depends_on, owner, description, tags; did you mean 'schedule'?)",
    ]);
  });

  it('reports a cron field out of range at the schedule, once', () => {
    assert.deepEqual(problems('/*---\ntype: batch\nschedule: "0 25 * * *"\n---*/', 'job'), ["3:11 schedule: '0 25 * * *': hour 25 is outside 0-23; fix that cron field"]);
    assert.deepEqual(problems('/*---\nschedule: "0 25 * * *"\nretries: x\n---*/', 'job'), [
      "2:11 schedule: '0 25 * * *': hour 25 is outside 0-23; fix that cron field",
      "3:10 retries: expected a whole number (0 or more), found 'x'",
    ]);
    assert.deepEqual(problems('/*---\nschedule: "0 2.5 * * *"\n---*/', 'job'), ["2:11 schedule: '0 2.5 * * *' is not a 5-field cron expression or @daily/@hourly/@weekly/@monthly"]);
    assert.deepEqual(problems('/*---\nschedule: "0 25 * * *"\n---*/', 'table').length, 1, 'tables have no schedule: only the unknown key');
  });

  it('points frontMatterRange at a value inside the block', () => {
    const text = '\n/*---\nchecks:\n  - unique: [a, bb]\n---*/\nCREATE TABLE t (a INT);';
    const { frontMatter } = parseFrontMatter(text, 'f.sql', 'table');
    const range = frontMatterRange(text, frontMatter!, ['checks', '0', 'unique', '1']);
    assert.equal(text.slice(range.start, range.end), 'bb');
  });

  it('checks table checks one per item', () => {
    const text = '/*---\nchecks:\n  - uniqe: [a]\n  - unique: [a]\n    not_null: [b]\n  - accepted_values: {column: s}\n  - unique: []\n---*/';
    assert.deepEqual(problems(text, 'table'), [
      "3:5 unknown key 'uniqe' in checks[0] (allowed: unique, not_null, accepted_values, expression, row_count, sql, freshness; did you mean 'unique'?)",
      '4:5 checks[1]: expected exactly one check per list item, e.g. - unique: [id], found a mapping',
      "6:5 missing required key 'values' in checks[2].accepted_values; add it",
      '7:13 checks[3].unique: expected a list of column names, found an empty list',
    ]);
  });

  it('uses the table schema for tables and the job schema for jobs', () => {
    assert.match(problems('/*---\ntype: batch\n---*/', 'table')[0], /^2:1 unknown key 'type'/);
    assert.match(problems('/*---\nlifecycle_days: 3\n---*/', 'job')[0], /^2:1 unknown key 'lifecycle_days'/);
    assert.deepEqual(problems('/*---\nanything: 1\n---*/'), []);
  });

  it('refuses a block that is not a mapping', () => {
    assert.deepEqual(problems('/*---\n- a\n---*/', 'job'), ['2:1 the document: expected a mapping, found a list']);
  });

  it('reports a block that is never closed', () => {
    assert.deepEqual(problems('/*---\nowner: a\n*/\nSELECT 1;', 'job'), ["1:1 front matter is not closed: end the YAML block with a line '---*/'"]);
  });

  it('maps positions correctly after CRLF line breaks', () => {
    assert.deepEqual(problems('/*---\r\nretries: x\r\n---*/\r\n', 'job'), ["2:10 retries: expected a whole number (0 or more), found 'x'"]);
  });
});
