import assert from 'node:assert/strict';
import { boundedDistance, Catalog, suggestTable } from '../../src/catalog';

const catalog = new Catalog();
for (const name of ['dim.dim_live_room_df', 'dwd.dwd_live_room_watch_di', 'dwd.dwd_live_gift_send_di', 'ods.dwd_live_gift_send_di', 'dws.dws_live_room_1d', 'ads.t']) {
  catalog.add({ name, columns: [], temporary: false, kind: 'table', options: {} });
}

describe('suggestTable', () => {
  const cases: { name: string; written: string; hint: string | undefined }[] = [
    { name: 'a typo in the table name', written: 'dim.dim_live_room_dff', hint: 'dim.dim_live_room_df' },
    { name: 'a missing letter', written: 'dwd.dwd_live_rom_watch_di', hint: 'dwd.dwd_live_room_watch_di' },
    { name: 'the right table in the wrong database', written: 'dws.dim_live_room_df', hint: 'dim.dim_live_room_df' },
    { name: 'an unknown database', written: 'nodb.dws_live_room_1d', hint: 'dws.dws_live_room_1d' },
    { name: 'the written database wins a tie', written: 'ods.dwd_live_gift_send_dj', hint: 'ods.dwd_live_gift_send_di' },
    { name: 'the other database wins a tie too', written: 'dwd.dwd_live_gift_send_dj', hint: 'dwd.dwd_live_gift_send_di' },
    { name: 'a bare name', written: 'dws_live_room_d1', hint: 'dws.dws_live_room_1d' },
    { name: 'a catalog prefix', written: 'hive.dim.dim_live_room_dff', hint: 'dim.dim_live_room_df' },
    { name: 'case-insensitive', written: 'DIM.Dim_Live_Room_DFF', hint: 'dim.dim_live_room_df' },
    { name: 'nothing close', written: 'dwd.completely_unrelated', hint: undefined },
    { name: 'a one-letter name is no typo of another', written: 'x', hint: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(suggestTable(catalog, c.written), c.hint));
  }

  it('sees script-local objects of an overlay', () => {
    const child = catalog.child();
    child.add({ name: 'tmp_room_stats', columns: [], temporary: true, kind: 'view', options: {} });
    assert.equal(suggestTable(child, 'tmp_room_stat'), 'tmp_room_stats');
  });
});

describe('boundedDistance', () => {
  /** Plain Levenshtein, to check the banded one against. */
  function levenshtein(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row;
    }
    return prev[b.length];
  }

  const words = ['', 'a', 'ab', 'ba', 'abc', 'kitten', 'sitting', 'dwd_live_room', 'dwd_live_rom', 'dws_room_live', 'room_live_dwd', 'xyzxyzxyz'];
  it('equals Levenshtein within the cap and cap + 1 beyond it', () => {
    for (const a of words) {
      for (const b of words) {
        for (let cap = 0; cap <= 6; cap++) {
          const exact = levenshtein(a, b);
          assert.equal(boundedDistance(a, b, cap), exact <= cap ? exact : cap + 1, `${a} / ${b} / ${cap}`);
        }
      }
    }
  });
});
