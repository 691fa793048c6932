import assert from 'node:assert/strict';
import * as os from 'node:os';
import { plainLint, type PlainLint } from '../src/plain-lint';

const DIR = os.tmpdir();
const BASE: PlainLint = { paths: [], staged: false, cache: true, format: 'stylish', vars: [], rules: [] };

/**
 * What the fast path takes without oclif: a plain lint, every flag well-formed and given once.
 * Anything else is left to oclif (undefined), which reports problems as every command does.
 */
describe('plainLint', () => {
  const taken: [string, string[], Partial<PlainLint>][] = [
    ['no paths', ['lint'], {}],
    ['paths, as pre-commit passes them', ['lint', 'jobs/a.sql', 'tables/b.sql'], { paths: ['jobs/a.sql', 'tables/b.sql'] }],
    ['--staged with --max-warnings', ['lint', '--staged', '--max-warnings', '0'], { staged: true, maxWarnings: 0 }],
    ['--project and -p, a folder', ['lint', '-p', DIR, 'a.sql'], { project: DIR, paths: ['a.sql'] }],
    ['--flag=value', ['lint', `--project=${DIR}`, '--format=json', '--max-warnings=12'], { project: DIR, format: 'json', maxWarnings: 12 }],
    ['every format', ['lint', '--format', 'sarif'], { format: 'sarif' }],
    ['--no-cache', ['lint', '--no-cache', 'x.sql'], { cache: false, paths: ['x.sql'] }],
    ['--cache', ['lint', '--cache'], { cache: true }],
    ['repeated --var and --rule', ['lint', '--var', 'a=1', '--rule', 'ST01', '--var', 'b=2', '--rule', 'ST02'], { vars: ['a=1', 'b=2'], rules: ['ST01', 'ST02'] }],
  ];
  for (const [name, argv, expected] of taken) {
    it(`takes ${name}`, () => assert.deepEqual(plainLint(argv), { ...BASE, ...expected }));
  }

  const left: [string, string[]][] = [
    ['another command', ['check', 'a.sql']],
    ['no command', []],
    ['--help', ['lint', '--help']],
    ['-h', ['lint', '-h']],
    ['--json', ['lint', '--json']],
    ['--debug', ['lint', '--debug', 'a.sql']],
    ['--fix', ['lint', '--fix']],
    ['--stdin-filename', ['lint', '--stdin-filename', 'a.sql']],
    ['--changed-since', ['lint', '--changed-since', 'main']],
    ['an unknown flag', ['lint', '--bogus']],
    ['a flag without its value', ['lint', '--format']],
    ['a flag whose value looks like a flag', ['lint', '--rule', '--staged']],
    ['an unknown format', ['lint', '--format', 'xml']],
    ['a negative --max-warnings', ['lint', '--max-warnings', '-1']],
    ['a non-integer --max-warnings', ['lint', '--max-warnings', '1.5']],
    ['a --project that is no folder', ['lint', '--project', `${DIR}/no-such-folder-here`]],
    ['a repeated single-valued flag', ['lint', '--format', 'json', '--format', 'sarif']],
    ['a repeated switch', ['lint', '--staged', '--staged']],
    ['--cache with --no-cache', ['lint', '--cache', '--no-cache']],
    ['a value on a switch', ['lint', '--staged=yes']],
    ['-p=value', ['lint', `-p=${DIR}`]],
    ['the -- separator', ['lint', '--', 'a.sql']],
  ];
  for (const [name, argv] of left) {
    it(`leaves ${name} to oclif`, () => assert.equal(plainLint(argv), undefined));
  }
});
