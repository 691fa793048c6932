import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseFlags } from '../src/args';
import { measure, median } from '../src/measure';
import { formatTable, saveResult, type BenchResult } from '../src/report';

const result: BenchResult = {
  name: 'demo',
  params: { budget: 2 },
  columns: ['dialect', 'MB/s', 'ratio'],
  rows: [
    { dialect: 'spark', 'MB/s': 12.345, ratio: '30.0x' },
    { dialect: 'flink', 'MB/s': 0.01234, ratio: '25.1x' },
  ],
  notes: ['a note'],
};

describe('bench reporter', () => {
  it('prints an aligned table with params and notes', () => {
    const lines = formatTable(result).split('\n');
    assert.equal(lines[0], 'demo  budget=2');
    assert.equal(lines[1], 'dialect    MB/s  ratio');
    assert.equal(lines[2], '-------  ------  -----');
    assert.equal(lines[3], '  spark   12.35  30.0x');
    assert.equal(lines[4], '  flink  0.0123  25.1x');
    assert.equal(lines[5], '* a note');
  });

  it('saves JSON named after the benchmark and the time', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-'));
    try {
      const file = saveResult(result, dir, new Date('2024-01-02T03:04:05.678Z'));
      assert.equal(path.basename(file), 'demo-2024-01-02T03-04-05-678Z.json');
      const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(saved.rows, result.rows);
      assert.equal(typeof saved.machine.node, 'string');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bench measure and args', () => {
  it('takes the median of the timed iterations after the warm-up', () => {
    let calls = 0;
    const timing = measure(() => void calls++, { warmup: 2, iterations: 3 });
    assert.equal(calls, 5);
    assert.equal(timing.samplesMs.length, 3);
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('parses numeric and string flags and quotes bad ones', () => {
    const values = parseFlags(['--budget', '2.5', '--name', 'x'], { budget: 'number', name: 'string' }, 'usage');
    assert.equal(values.get('budget'), 2.5);
    assert.equal(values.get('name'), 'x');
    assert.throws(() => parseFlags(['--budget', 'soon'], { budget: 'number' }, 'usage'), /"soon"; usage/);
    assert.throws(() => parseFlags(['budget', '1'], { budget: 'number' }, 'usage'), /unexpected argument "budget"/);
  });
});
