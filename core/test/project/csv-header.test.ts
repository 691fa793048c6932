import assert from 'node:assert/strict';
import { readCsvShape } from '../../src/project';

describe('project/csv-header', () => {
  const cases: [string, string, string[], number][] = [
    ['a plain header and rows', 'a,b,c\n1,2,3\n4,5,6\n', ['a', 'b', 'c'], 2],
    ['quoted fields with commas, doubled quotes and line breaks', 'id,"name, full","say ""hi"""\n1,"x\ny","z"\n', ['id', 'name, full', 'say "hi"'], 1],
    ['CRLF, a BOM, blank lines and no final newline', '\ufeffa,b\r\n1,2\r\n\r\n3,4', ['a', 'b'], 2],
    ['only a header', 'a\n', ['a'], 0],
    ['an empty file', '', [], 0],
  ];
  for (const [title, text, columns, rows] of cases) {
    it(title, () => assert.deepEqual(readCsvShape(text), { columns, rows }));
  }
});
