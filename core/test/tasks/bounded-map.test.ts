import assert from 'node:assert/strict';
import { mapBounded } from '../../src/tasks/bounded-map';

describe('mapBounded', () => {
  /** Resolves after `turns` turns of the event loop, so that calls finish out of order. */
  const after = (turns: number) => new Promise<void>((resolve) => {
    const step = (left: number): void => (left === 0 ? resolve() : void setImmediate(() => step(left - 1)));
    step(turns);
  });

  it('keeps the order of the items whatever order the calls finish in, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const result = await mapBounded([5, 1, 4, 2, 3], 2, async (n, i) => {
      most = Math.max(most, ++running);
      await after(n);
      running--;
      return `${i}:${n}`;
    });
    assert.deepEqual(result, ['0:5', '1:1', '2:4', '3:2', '4:3']);
    assert.equal(most, 2);
  });

  it('starts nothing new after a call throws, and throws the first error once the pending calls settled', async () => {
    const started: number[] = [];
    let settled = 0;
    await assert.rejects(mapBounded([1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      await after(n);
      settled++;
      if (n === 1) throw new Error('one');
      return n;
    }), { message: 'one' });
    assert.deepEqual([started, settled], [[1, 2], 2]);
  });

  it('maps nothing to nothing', async () => {
    assert.deepEqual(await mapBounded([], 4, async (n: number) => n), []);
  });
});
