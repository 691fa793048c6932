import { isDeepStrictEqual } from 'node:util';
import { hashBytes } from '../cache/file-hashes';
import { ShardedPack } from '../cache/sharded-pack';
import type { LoadedTestFile, TestFileHook } from '../project';

/** A parsed test file under the hash of the text it was parsed from. */
interface TestRecord {
  hash: string;
  parsed: LoadedTestFile;
}

/**
 * Parsed test files (`tests/*.yaml`) by path in the `tests` pack, valid for the same text: YAML
 * parsing was most of a warm lint or check of a project with tests (88 KB of tests in
 * examples/live took 250 ms of a 450 ms lint). A spec that JSON would change (NaN, Infinity) is
 * not stored, so a stored one always equals a fresh parse.
 */
export class TestFileCache {
  private readonly pack: ShardedPack<TestRecord>;

  constructor(root: string, options: { toolVersion?: string }) {
    this.pack = new ShardedPack(root, 'tests', { ...options, shards: 16 });
  }

  readonly hook: TestFileHook = (file, text, parse) => {
    const hash = hashBytes(text);
    const stored = this.pack.get(file);
    if (stored?.hash === hash) return stored.parsed;
    const { data, diagnostics } = parse();
    const parsed = data === undefined ? { diagnostics } : { data, diagnostics };
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(parsed)), parsed)) this.pack.set(file, { hash, parsed });
    return parsed;
  };

  save(): void {
    this.pack.save();
  }
}
