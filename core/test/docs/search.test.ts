import assert from 'node:assert/strict';
import type { JobDoc, SearchDoc, TableDoc } from '../../src/docs/model';
import { DOC_CHUNK, SearchIndexBuilder, searchData, type SearchFiles } from '../../src/docs/search-index';
import { SearchEngine } from '../../src/docs/search-query';
import { SPLIT_POSTINGS } from '../../src/docs/search-terms';
import { slug } from '../../src/docs/slug';

/*
 * The sharded search index: built from table and job pages, queried as the site does, through a
 * loader that serves the files of the build as JSON (as the site's data files hold them) and
 * records what it loads.
 */

function table(name: string, comment: string, columns: [string, string, string?][]): TableDoc {
  return {
    name, slug: slug(name), declared: true, comment, tags: [], partitions: [], checks: [], writers: [], readers: [], upstream: [], downstream: [], problems: [],
    columns: columns.map(([c, type, cc]) => ({ name: c, type, comment: cc, partition: false, upstream: [], downstream: [] })),
  };
}

function job(name: string, description?: string): JobDoc {
  return { name, slug: slug(name), file: `jobs/${name}.sql`, type: 'batch', dialect: 'spark', description, variables: [], reads: [], writes: [], sql: [], problems: [] };
}

const TABLES = [
  table('ods.ods_live_gift_di', 'gift events <script>x</script>', [['gift_id', 'BIGINT', 'gift'], ['gift_amount', 'DECIMAL(18,2)', 'amount paid'], ['user_id', 'BIGINT']]),
  table('dwd.dwd_order_di', 'orders', [['order_id', 'BIGINT'], ['amount', 'DECIMAL(18,2)', 'order amount'], ['gift_flag', 'INT']]),
  table('ads.gift', 'gift summary', [['gift', 'STRING'], ['total_amount', 'DECIMAL(18,2)', 'sum of gift_amount']]),
];
const JOBS = [job('dwd_order_di', 'orders from ods'), job('ads_gift', 'gift rollup')];

function files(): Promise<SearchFiles> {
  const builder = new SearchIndexBuilder();
  TABLES.forEach((t) => builder.addTable(t));
  JOBS.forEach((j) => builder.addJob(j));
  return builder.build();
}

function engine(index: SearchFiles, loaded: string[]): SearchEngine {
  const data = searchData(index);
  return new SearchEngine(<T>(key: string) => {
    loaded.push(key);
    return data.has(key) ? Promise.resolve(JSON.parse(JSON.stringify(data.get(key))) as T) : Promise.reject(new Error(`not in this build: ${key}`));
  });
}

const hitNames = (hits: { doc: SearchDoc }[] | undefined) => hits?.map((h) => `${h.doc[0]} ${h.doc[1]}`);

describe('docs/search (sharded index)', () => {
  let index: SearchFiles;
  before(async () => (index = await files()));

  it('orders documents by their own name, one doc file per chunk, every shard key the first two characters of its tokens', () => {
    assert.deepEqual(index.chunks.flat().map((d) => d[1]).slice(0, 6), ['ads.gift', 'ads_gift', 'dwd.dwd_order_di.amount', 'dwd.dwd_order_di', 'dwd_order_di', 'ads.gift.gift']);
    assert.equal(index.meta.docs, 3 + 8 + 2);
    assert.equal(index.meta.chunk, DOC_CHUNK);
    assert.deepEqual(index.chunks.length, 1);
    for (const [key, shard] of [...index.names, ...index.details]) {
      assert.ok(shard.tokens.every((t) => t.startsWith(key) && t.length > 1), key);
      assert.deepEqual([...shard.tokens].sort(), shard.tokens);
    }
    assert.deepEqual(index.meta.shards, [...index.names.keys()]);
    assert.deepEqual(index.meta.details, [...index.details.keys()]);
    assert.deepEqual(index.names.get('gi')?.tokens, ['gift']);
    assert.deepEqual(index.details.get('gi')?.tokens, ['gift']);
  });

  const cases: [query: string, hits: string[]][] = [
    // A whole name beats a name starting with the term, then a word inside the name (a table's and a
    // job's, +2 and +1), then comments; a tie goes to the earlier own name.
    ['gift', ['c ads.gift.gift', 'c ods.ods_live_gift_di.gift_amount', 'c dwd.dwd_order_di.gift_flag', 'c ods.ods_live_gift_di.gift_id', 't ads.gift', 't ods.ods_live_gift_di', 'j ads_gift', 'c ads.gift.total_amount', 'c ods.ods_live_gift_di.user_id']],
    // Every term must match; a table's name counts for its columns.
    ['gift amount', ['c ods.ods_live_gift_di.gift_amount', 'c ads.gift.total_amount']],
    ['gift_amount', ['c ods.ods_live_gift_di.gift_amount', 'c ads.gift.total_amount']],
    ['order amou', ['c dwd.dwd_order_di.amount']],
    ['ORDER_ID', ['c dwd.dwd_order_di.order_id']],
    // A term matches the start of a word only.
    ['mount', []],
    ['zz', []],
    ['script', ['t ods.ods_live_gift_di']],
    // One character: the best names starting with it; a one-character term next to a longer one narrows nothing.
    ['t', ['c ads.gift.total_amount']],
    ['amount t', ['c dwd.dwd_order_di.amount', 'c ods.ods_live_gift_di.gift_amount', 'c ads.gift.total_amount']],
    ['   ', []],
  ];
  for (const [query, expected] of cases) {
    it(`${JSON.stringify(query)} -> ${expected.length} hits`, async () => {
      assert.deepEqual(hitNames(await engine(index, []).search(query)), expected);
    });
  }

  it('loads the meta file, the shards of the terms and the doc files of the hits, a doc file once', async () => {
    const loaded: string[] = [];
    const e = engine(index, loaded);
    await e.search('gift am');
    await e.search('gift amount');
    // No comment, type or table name holds a word starting with am: no search/c/am.
    const shards = ['search/meta', 'search/s/gi', 'search/s/am', 'search/c/gi'];
    assert.deepEqual(loaded, [...shards, 'search/d/0', ...shards]);
  });

  it('answers one term of one or two characters from its character\'s page, documents included', async () => {
    const loaded: string[] = [];
    const e = engine(index, loaded);
    assert.deepEqual(hitNames(await e.search('g')), ['c ads.gift.gift', 'c ods.ods_live_gift_di.gift_amount', 'c dwd.dwd_order_di.gift_flag', 'c ods.ods_live_gift_di.gift_id', 't ads.gift', 't ods.ods_live_gift_di', 'j ads_gift']);
    // Names give under 50 hits: comments and table names count too, as for a longer term.
    assert.deepEqual(hitNames(await e.search('GI')), [...hitNames(await e.search('g'))!, 'c ads.gift.total_amount', 'c ods.ods_live_gift_di.user_id']);
    assert.deepEqual(hitNames(await e.search('am')), ['c dwd.dwd_order_di.amount', 'c ods.ods_live_gift_di.gift_amount', 'c ads.gift.total_amount']);
    assert.deepEqual(loaded, ['search/meta', 'search/p/g', 'search/meta', 'search/p/g', 'search/meta', 'search/p/g', 'search/meta', 'search/p/a']);
    assert.deepEqual(index.meta.pages, ['1', 'a', 'b', 'd', 'e', 'f', 'g', 'i', 'l', 'o', 'p', 'r', 's', 't', 'u']);
    const page = index.pages.get('g')!;
    assert.deepEqual(Object.keys(page.lists), ['g', 'gi']);
    assert.deepEqual(page.ids, [...new Set(Object.values(page.lists).flat())].sort((a, b) => a - b));
    assert.deepEqual(page.docs, page.ids.map((id) => index.chunks[0][id]));
  });

  it('prefetches the name shards of the words starting with the one character of the last term, and nothing for a longer one', async () => {
    const loaded: string[] = [];
    const e = engine(index, loaded);
    await e.prefetch('o');
    assert.deepEqual(loaded, ['search/meta', 'search/s/od', 'search/s/or']);
    await e.prefetch('or');
    await e.prefetch(' ');
    await e.prefetch('o gift');
    assert.deepEqual(loaded.length, 3);
    await e.prefetch('gift a');
    assert.deepEqual(loaded.slice(3), ['search/meta', 'search/s/ad', 'search/s/am']);
  });

  it('leaves the comments unread while names alone give a full page of hits', async () => {
    const builder = new SearchIndexBuilder();
    for (let i = 0; i < 60; i++) builder.addTable(table(`dwd.t${i}`, 'gift table', [['gift_amount', 'INT', 'gift amount']]));
    const loaded: string[] = [];
    const hits = await engine(await builder.build(), loaded).search('gift amount');
    assert.equal(hits?.length, 50);
    assert.deepEqual(hits?.slice(0, 2).map((h) => [h.doc[1], h.score]), [['dwd.t0.gift_amount', 80], ['dwd.t1.gift_amount', 80]]);
    assert.deepEqual(loaded, ['search/meta', 'search/s/gi', 'search/s/am', 'search/d/0']);
  });

  it('splits a shard over SPLIT_POSTINGS by three characters; its two characters typed alone show precomputed hits', async () => {
    const builder = new SearchIndexBuilder();
    const perTable = 10;
    for (let i = 0; i < Math.ceil(SPLIT_POSTINGS / perTable) + 1; i++) {
      builder.addTable(table(`dwd.t${i}`, '', Array.from({ length: perTable }, (_, k): [string, string] => [k === 0 ? 'cnt' : `cnt_${k}`, 'INT'])));
    }
    builder.addJob(job('cn'));
    const index = await builder.build();
    assert.deepEqual(index.meta.shards.filter((k) => k.startsWith('cn')), ['cn', 'cnt']);
    assert.deepEqual(index.names.get('cn')?.tokens, ['cn']);
    assert.deepEqual(index.meta.split, ['cn']);
    const loaded: string[] = [];
    const e = engine(index, loaded);
    // The job named cn (100 + 1) beats the columns named cnt (50), shorter own name first.
    assert.deepEqual(hitNames(await e.search('cn'))?.slice(0, 3), ['j cn', 'c dwd.t0.cnt', 'c dwd.t1.cnt']);
    assert.deepEqual(loaded, ['search/meta', 'search/p/c']);
    assert.deepEqual(hitNames(await e.search('cnt'))?.slice(0, 2), ['c dwd.t0.cnt', 'c dwd.t1.cnt']);
    assert.deepEqual(hitNames(await e.search('cnt t17'))?.slice(0, 2), ['c dwd.t17.cnt', 'c dwd.t170.cnt']);
    assert.deepEqual(loaded.filter((k) => !k.startsWith('search/d/')), ['search/meta', 'search/p/c', 'search/meta', 'search/s/cnt', 'search/meta', 'search/s/cnt', 'search/s/t1', 'search/c/t1']);
  });

  it('gives up a query a newer one replaced, and says so with undefined', async () => {
    let stale = false;
    const e = engine(index, []);
    const pending = e.search('gift', () => stale);
    stale = true;
    assert.equal(await pending, undefined);
  });
});
