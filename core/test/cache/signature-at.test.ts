import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { statOf, statSignature } from '../../src/cache/file-hashes';
import { signatureAt } from '../../src/cache/signature-at';

describe('cache/signature-at', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-sig-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the signature fs.statSync gives, for files of every size and time', () => {
    const times = [new Date('2001-02-03T04:05:06.789Z'), new Date(Date.now() - 1234.5), new Date(0)];
    const files = times.map((time, i) => {
      const file = path.join(dir, `f${i}.sql`);
      fs.writeFileSync(file, 'x'.repeat(i * 1000));
      fs.utimesSync(file, time, time);
      return file;
    });
    for (const file of [...files, dir]) assert.equal(signatureAt(file), statSignature(statOf(file) as fs.Stats), file);
  });

  it('gives nothing for a missing file or one under a file', () => {
    const file = path.join(dir, 'a.sql');
    fs.writeFileSync(file, 'SELECT 1;\n');
    assert.equal(signatureAt(path.join(dir, 'missing.sql')), undefined);
    assert.equal(signatureAt(path.join(file, 'below.sql')), undefined);
  });
});
