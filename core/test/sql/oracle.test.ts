import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Span } from '../../src/sql/ast';
import { clearOracleMemoryCache, validateStrict } from '../../src/sql/oracle';
import { oracleParser } from '../../src/sql/oracle-loader';

/** Spans of `;`-terminated statements; good enough for the simple fixtures here. */
function spans(text: string): Span[] {
  const result: Span[] = [];
  let start = 0;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) {
    result.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (text.slice(start).trim() !== '') result.push({ start, end: text.length });
  return result;
}

function countJson(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.json')).length;
}

describe('sql/oracle validateStrict', () => {
  beforeEach(() => clearOracleMemoryCache());

  const valid: [string, string][] = [
    ['spark', 'SELECT a, count(*) FROM db.t WHERE p_date = \'2024-01-01\' GROUP BY a;'],
    ['hive', 'INSERT OVERWRITE TABLE dwd.t PARTITION (p_date = \'2024-01-01\') SELECT a FROM ods.s;'],
    ['flink', "CREATE TABLE k (a INT) WITH ('connector' = 'kafka');"],
  ];
  for (const [dialect, sql] of valid) {
    it(`accepts valid ${dialect} SQL`, () => {
      assert.deepEqual(validateStrict(sql, dialect as 'spark', spans(sql)), []);
    });
  }

  it('maps errors of a later statement to absolute 0-based offsets', () => {
    const text = 'SELECT 1;\n\nSELECT a\nFROM t WHERE a = ;\n';
    const errors = validateStrict(text, 'spark', spans(text));
    assert.equal(errors.length, 1);
    const error = errors[0];
    assert.equal(text.slice(error.start, error.end), ';');
    assert.equal(error.start, text.lastIndexOf(';'));
    assert.doesNotMatch(error.message, /\n/);
  });

  it('points at the misspelled keyword', () => {
    const text = 'SELECT 1;\nSELEC a FROM t;';
    const [error] = validateStrict(text, 'hive', spans(text));
    assert.equal(text.slice(error.start, error.end), 'SELEC');
  });

  it('validates each statement on its own', () => {
    const text = 'SELECT FROM;\nSELECT 1;\nSELECT (a FROM t;';
    const errors = validateStrict(text, 'spark', spans(text));
    assert.equal(errors.length >= 2, true);
    assert.ok(errors.some((e) => e.start < 12));
    assert.ok(errors.some((e) => e.start > text.lastIndexOf('SELECT')));
  });

  it('keeps error spans inside the statement at end of input', () => {
    const text = 'SELECT a,\nb FROM';
    const [error] = validateStrict(text, 'hive', [{ start: 0, end: text.length }]);
    assert.ok(error.start <= error.end && error.end <= text.length);
  });

  it('prints nothing while validating', () => {
    const text = '\nSELECT * EXCEPT (payload) FROM t;\n';
    const written: string[] = [];
    const write = process.stderr.write;
    const error = console.error;
    process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
    console.error = (...args: unknown[]) => void written.push(args.join(' '));
    try {
      assert.notDeepEqual(validateStrict(text, 'spark', [{ start: 0, end: text.length }]), []);
    } finally {
      process.stderr.write = write;
      console.error = error;
    }
    assert.deepEqual(written, []);
  });

  it('skips blank statements', () => {
    assert.deepEqual(validateStrict('  \n ', 'flink', [{ start: 0, end: 4 }]), []);
  });

  it('caches results on disk so a second run reuses them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-oracle-'));
    try {
      const text = 'SELECT a FROM t;\nSELEC b;';
      const first = validateStrict(text, 'spark', spans(text), { cacheDir: dir });
      assert.equal(countJson(dir), 2);
      clearOracleMemoryCache();
      const second = validateStrict(text, 'spark', spans(text), { cacheDir: dir });
      assert.deepEqual(second, first);
      // The same statement in another dialect is another entry.
      validateStrict(text, 'hive', spans(text), { cacheDir: dir });
      assert.equal(countJson(dir), 4);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does no ANTLR work for statements it has seen', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-oracle-'));
    const parser = oracleParser('hive');
    const validate = parser.validate;
    try {
      const text = 'SELECT a FROM t;\nSELECT b FROM u WHERE;';
      const first = validateStrict(text, 'hive', spans(text), { cacheDir: dir });
      parser.validate = () => assert.fail('validated again');
      assert.deepEqual(validateStrict(text, 'hive', spans(text)), first);
      clearOracleMemoryCache();
      assert.deepEqual(validateStrict(text, 'hive', spans(text), { cacheDir: dir }), first);
    } finally {
      parser.validate = validate;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats a corrupt disk entry as a miss', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-oracle-'));
    try {
      const text = 'SELEC b';
      const first = validateStrict(text, 'flink', spans(text), { cacheDir: dir });
      for (const entry of fs.readdirSync(dir, { recursive: true })) {
        const file = path.join(dir, String(entry));
        if (file.endsWith('.json')) fs.writeFileSync(file, '{not json');
      }
      clearOracleMemoryCache();
      assert.deepEqual(validateStrict(text, 'flink', spans(text), { cacheDir: dir }), first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
