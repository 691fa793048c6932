import type { JobDoc, SearchDoc, SearchMeta, SearchPage, SearchShard, TableDoc } from './model';
import { SearchEngine } from './search-query';
import { DETAIL, fieldScore, KIND_CODE, MAX_HITS, NAME, NAME_START, NAME_TOKEN, posting, searchTokens, shardKey, SPLIT_POSTINGS } from './search-terms';
import { slug } from './slug';

/** Documents per doc file: a hit list of 50 loads at most 50 small files, most of them already loaded. */
export const DOC_CHUNK = 128;

/** The sharded search index of a build: the meta file, the name and detail shards and the pages by key, the doc files in order. */
export interface SearchFiles {
  meta: SearchMeta;
  names: Map<string, SearchShard>;
  details: Map<string, SearchShard>;
  pages: Map<string, SearchPage>;
  chunks: SearchDoc[][];
}

/** Every data file of a search index by its key in the site (`search/meta`, `search/s/gi`, ...). */
export function searchData(index: SearchFiles): Map<string, unknown> {
  const data = new Map<string, unknown>([['search/meta', index.meta]]);
  for (const [key, shard] of index.names) data.set(`search/s/${slug(key)}`, shard);
  for (const [key, shard] of index.details) data.set(`search/c/${slug(key)}`, shard);
  for (const [key, page] of index.pages) data.set(`search/p/${slug(key)}`, page);
  index.chunks.forEach((docs, i) => data.set(`search/d/${i}`, docs));
  return data;
}

/**
 * Collects the tables, columns and jobs of a build as they are documented, then lays out the
 * sharded index (see README.md). Documents are ordered by their own name (a column's without its
 * table), so the hits of a query, which share a word or the start of their name, sit in a few doc
 * files; a lower id wins a tie.
 */
export class SearchIndexBuilder {
  private readonly docs: SearchDoc[] = [];

  addTable(t: TableDoc): void {
    this.docs.push(['t', t.name, t.comment ?? t.description ?? '']);
    for (const c of t.columns) this.docs.push(['c', `${t.name}.${c.name}`, [c.type, c.comment].filter(Boolean).join(' · ')]);
  }

  addJob(j: JobDoc): void {
    this.docs.push(['j', j.name, j.description ?? '']);
  }

  /** The index; the pages' two-character lists are ranked by a {@link SearchEngine} over the shards built. */
  async build(): Promise<SearchFiles> {
    const docs = byOwnName(this.docs);
    const names = new Map<string, number[]>();
    const details = new Map<string, number[]>();
    const first = new Map<string, [score: number, id: number][]>();
    docs.forEach((doc, id) => {
      const initials = new Map<string, number>();
      for (const [token, field] of docTokens(doc)) {
        const byToken = field === DETAIL ? details : names;
        if (token.length > 1) (byToken.get(token) ?? byToken.set(token, []).get(token)!).push(posting(id, KIND_CODE[doc[0]], field));
        if (field !== DETAIL) initials.set(token[0], Math.max(initials.get(token[0]) ?? 0, fieldScore(field, token.length === 1)));
      }
      for (const [char, score] of initials) offerFirst(first, char, score + KIND_CODE[doc[0]], id);
    });
    const chunks: SearchDoc[][] = [];
    for (let i = 0; i < docs.length; i += DOC_CHUNK) chunks.push(docs.slice(i, i + DOC_CHUNK));
    const shards = { names: shardsOf(names), details: shardsOf(details) };
    const lists = new Map<string, number[]>([...first].map(([c, list]) => [c, list.map((e) => e[1])]));
    for (const [key, tokens] of shards.names.split) lists.set(key, headOf(key, tokens, names));
    const index: SearchFiles = {
      meta: { docs: docs.length, chunk: DOC_CHUNK, shards: [...shards.names.shards.keys()], details: [...shards.details.shards.keys()], split: shards.names.split.map(([key]) => key), pages: [] },
      names: shards.names.shards,
      details: shards.details.shards,
      pages: new Map(),
      chunks,
    };
    await rankTwoCharacters(index, [...names.keys(), ...details.keys()], lists);
    index.pages = pagesOf(lists, docs);
    index.meta.pages = [...index.pages.keys()];
    return index;
  }
}

/**
 * Adds to `lists` the hits of every two characters that start a token and whose name shard did
 * not split, ranked by the same engine the site queries with.
 */
async function rankTwoCharacters(index: SearchFiles, tokens: string[], lists: Map<string, number[]>): Promise<void> {
  const data = searchData(index);
  const engine = new SearchEngine(<T>(key: string) => Promise.resolve(data.get(key) as T));
  for (const key of new Set(tokens.map(shardKey))) {
    if (!lists.has(key)) lists.set(key, (await engine.ranking([key])).map((r) => r.id));
  }
}

/** The lists grouped into a page per first character, each with the documents it names. */
function pagesOf(lists: Map<string, number[]>, docs: SearchDoc[]): Map<string, SearchPage> {
  const byChar = new Map<string, [string, number[]][]>();
  for (const [key, ids] of [...lists].sort((a, b) => compare(a[0], b[0]))) {
    if (ids.length > 0) (byChar.get(key[0]) ?? byChar.set(key[0], []).get(key[0])!).push([key, ids]);
  }
  return new Map([...byChar].map(([char, entries]) => {
    const ids = [...new Set(entries.flatMap((e) => e[1]))].sort((a, b) => a - b);
    return [char, { lists: Object.fromEntries(entries), ids, docs: ids.map((id) => docs[id]) }];
  }));
}

/**
 * Posting lists by token, grouped into shards by {@link shardKey}, tokens sorted; a shard over
 * {@link SPLIT_POSTINGS} splits by three characters (a two-character token keeps its own). Also
 * says which keys split, with their tokens.
 */
function shardsOf(byToken: Map<string, number[]>): { shards: Map<string, SearchShard>; split: [string, string[]][] } {
  const groups = new Map<string, string[]>();
  for (const token of [...byToken.keys()].sort()) (groups.get(shardKey(token)) ?? groups.set(shardKey(token), []).get(shardKey(token))!).push(token);
  const shards = new Map<string, SearchShard>();
  const split: [string, string[]][] = [];
  for (const [key, tokens] of groups) {
    const big = tokens.reduce((n, t) => n + byToken.get(t)!.length, 0) > SPLIT_POSTINGS;
    if (big) split.push([key, tokens]);
    for (const token of tokens) {
      const at = big ? token.slice(0, 3) : key;
      const shard = shards.get(at) ?? shards.set(at, { tokens: [], postings: [] }).get(at)!;
      shard.tokens.push(token);
      shard.postings.push(deltas(byToken.get(token)!));
    }
  }
  return { shards, split };
}

/** The best {@link MAX_HITS} documents for the two characters of a split shard typed alone. */
function headOf(key: string, tokens: string[], byToken: Map<string, number[]>): number[] {
  const scores = new Map<number, number>();
  for (const token of tokens) {
    for (const value of byToken.get(token)!) {
      const id = value >>> 4;
      const score = ((value >>> 2) & 3) + fieldScore(value & 3, token === key);
      if (score > (scores.get(id) ?? -1)) scores.set(id, score);
    }
  }
  return [...scores].map(([id, score]): [number, number] => [score, id]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, MAX_HITS).map((e) => e[1]);
}

function ownName([kind, name]: SearchDoc): string {
  return (kind === 'c' ? name.slice(name.lastIndexOf('.') + 1) : name).toLowerCase();
}

/** `docs` sorted by own name, then name; each own name made once, not once per comparison. */
function byOwnName(docs: SearchDoc[]): SearchDoc[] {
  const keyed = docs.map((doc) => ({ doc, own: ownName(doc) }));
  keyed.sort((a, b) => compare(a.own, b.own) || compare(a.doc[1], b.doc[1]));
  return keyed.map((k) => k.doc);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each distinct token of a document with the best field it occurs in. */
function docTokens([kind, name, detail]: SearchDoc): Map<string, number> {
  const dot = name.lastIndexOf('.');
  const own = kind === 'c' ? name.slice(dot + 1) : name;
  const found = new Map<string, number>();
  const add = (token: string, field: number) => found.set(token, Math.max(field, found.get(token) ?? -1));
  const words = searchTokens(own);
  words.forEach((w, i) => add(w, words.length === 1 ? NAME : i === 0 ? NAME_START : NAME_TOKEN));
  for (const w of searchTokens(kind === 'c' ? `${name.slice(0, dot)} ${detail}` : detail)) add(w, DETAIL);
  return found;
}

/** Keeps the best {@link MAX_HITS} documents per first character (each offered once, ids ascending): higher score, then lower id. */
function offerFirst(first: Map<string, [number, number][]>, char: string, score: number, id: number): void {
  const list = first.get(char) ?? first.set(char, []).get(char)!;
  if (list.length >= MAX_HITS && list[list.length - 1][0] >= score) return;
  let i = list.length;
  while (i > 0 && list[i - 1][0] < score) i--;
  list.splice(i, 0, [score, id]);
  if (list.length > MAX_HITS) list.pop();
}

/** Ascending values as differences from the previous one: small numbers, a smaller file. */
function deltas(values: number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]));
}
