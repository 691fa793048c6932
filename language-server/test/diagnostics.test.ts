import assert from 'node:assert/strict';
import { syntaxDiagnostics } from '../src/features/diagnostics';

describe('language server: diagnostics', () => {
  it('reports a syntax error at the offending token', () => {
    const [d] = syntaxDiagnostics('SELECT a,\nFROM t', 'spark');
    assert.equal(d.source, 'strata');
    assert.equal(d.code, 'syntax');
    assert.deepEqual(d.range.start, { line: 1, character: 0 });
  });

  it('has nothing to say about valid SQL', () => {
    assert.deepEqual(syntaxDiagnostics('SELECT a FROM t', 'spark'), []);
  });
});
