import assert from 'node:assert/strict';
import { statusView } from '../src/status-text';

describe('status-bar text', () => {
  const cases: [Parameters<typeof statusView>[0], ReturnType<typeof statusView>][] = [
    [{ state: 'indexing', files: 0 }, { text: '$(sync~spin) Strata: indexing', tooltip: 'Strata: indexing the project (0 files indexed so far)' }],
    [{ state: 'ready', files: 1 }, { text: '$(database) Strata', tooltip: 'Strata: ready, 1 file indexed' }],
    [{ state: 'ready', files: 12000 }, { text: '$(database) Strata', tooltip: 'Strata: ready, 12,000 files indexed' }],
  ];
  for (const [params, expected] of cases) {
    it(`${params.state}, ${params.files} files`, () => assert.deepEqual(statusView(params), expected));
  }
});
