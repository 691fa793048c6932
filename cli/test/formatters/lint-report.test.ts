import assert from 'node:assert/strict';
import type { LintedFile, LintFinding, LintRunResult } from '@strata/core';
import { formatGithub } from '../../src/formatters/lint-github';
import { formatJunit } from '../../src/formatters/lint-junit';
import { toSarif } from '../../src/formatters/lint-sarif';
import { formatStylish } from '../../src/formatters/lint-stylish';
import { docsLinks } from '../../src/formatters/rule-docs';

const finding = (message: string, severity: LintFinding['severity'] = 'error', code = 'parse-error'): LintFinding => ({
  code,
  rule: code,
  messageId: code,
  message,
  severity,
  start: { line: 2, character: 4 },
  end: { line: 3, character: 0 },
});

function result(files: LintedFile[]): LintRunResult {
  const all = files.flatMap((f) => f.findings);
  return { files, errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length, fixable: 0, fixed: 0 };
}

const odd: LintedFile = { path: 'jobs/a,b:c&<d>.sql', absolute: '/repo/jobs/a,b:c&<d>.sql', findings: [finding('50% of "x" < y & z\nnext: line, more')] };

describe('cli formatters: lint reports', () => {
  it('github: escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.deepEqual(formatGithub(result([odd]), (f) => f.path), [
      '::error file=jobs/a%2Cb%3Ac&<d>.sql,line=3,col=5,endLine=4,endColumn=1,title=parse-error::50%25 of "x" < y & z%0Anext: line, more',
    ]);
  });

  it('github: info findings are notices', () => {
    const info: LintedFile = { path: 'a.sql', absolute: '/a.sql', findings: [finding('m', 'info', 'ST09')] };
    assert.match(formatGithub(result([info]), (f) => f.path)[0], /^::notice file=a\.sql,/);
  });

  it('junit: escapes markup in names, attributes and text, and drops characters XML cannot hold', () => {
    const xml = formatJunit(result([{ ...odd, findings: [finding('bad \u0001char <x> & "q"')] }]));
    assert.ok(xml.includes('<testsuite name="jobs/a,b:c&amp;&lt;d&gt;.sql" tests="1" failures="1" errors="0">'), xml);
    assert.ok(xml.includes('message="error: bad char &lt;x&gt; &amp; &quot;q&quot;"'), xml);
    assert.ok(!xml.includes('\u0001'));
  });

  it('sarif: percent-encoded relative URIs; engine codes get a descriptor', () => {
    const log = toSarif(result([odd]), { version: '1.2.3', links: docsLinks({}), base: '/repo', uriOf: () => 'jobs/a%2Cb%3Ac%26%3Cd%3E.sql' }) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; originalUriBaseIds: Record<string, { uri: string }> }[];
    };
    const [run] = log.runs;
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'jobs/a%2Cb%3Ac%26%3Cd%3E.sql');
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    assert.equal(rule.id, 'parse-error');
    assert.equal(rule.shortDescription.text, 'A statement does not parse; the other statements of the file are still linted.');
  });

  it('stylish: says which fixed files were not written', () => {
    const lines = formatStylish({ ...result([{ path: 'jobs/a.sql', absolute: '/a', findings: [], fix: 'unparsable' }]) });
    assert.deepEqual(lines, ['jobs/a.sql  fixes not written: the fixed text would not parse; fix it by hand', '', '✔ 1 file linted, no problems']);
  });
});
