import assert from 'node:assert/strict';
import type { StatusParams } from '../src/protocol';
import { StatusReporter } from '../src/status';

describe('strata/status reporter', () => {
  it('reports indexing while any project indexes, ready once all are done, failed ones included', async () => {
    const sent: StatusParams[] = [];
    let files = 0;
    const status = new StatusReporter((p) => sent.push(p), () => files);
    let finishFirst!: () => void;
    let failSecond!: (e: Error) => void;
    const first = status.track(new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = status.track(new Promise<void>((_, reject) => (failSecond = reject)));
    files = 10;
    finishFirst();
    await first;
    failSecond(new Error('bad strata.yaml'));
    await assert.rejects(second, /bad strata.yaml/);
    assert.deepEqual(sent, [
      { state: 'indexing', files: 0 },
      { state: 'indexing', files: 0 },
      { state: 'indexing', files: 10 },
      { state: 'ready', files: 10 },
    ]);
  });
});
