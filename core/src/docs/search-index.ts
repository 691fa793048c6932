import type { JobDoc, SearchDoc, SearchMeta, SearchShard, TableDoc } from './model';
import { DETAIL, fieldScore, KIND_CODE, NAME, NAME_START, NAME_TOKEN, posting, searchTokens, shardKey, SPLIT_POSTINGS } from './search-terms';

/** Documents per doc file: a hit list of 50 loads at most 50 small files, most of them already loaded. */
export const DOC_CHUNK = 128;

/** How many documents a one-character query shows. */
export const FIRST_HITS = 50;

/** The sharded search index of a build: the meta file, the name and detail shards by key, the doc files in order. */
export interface SearchFiles {
  meta: SearchMeta;
  names: Map<string, SearchShard>;
  details: Map<string, SearchShard>;
  chunks: SearchDoc[][];
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

  build(): SearchFiles {
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
    const best = (list: [number, number][]) => list.map((e) => e[1]);
    return {
      meta: {
        docs: docs.length, chunk: DOC_CHUNK, shards: [...shards.names.shards.keys()], details: [...shards.details.shards.keys()],
        first: Object.fromEntries([...first].map(([c, list]) => [c, best(list)])),
        heads: Object.fromEntries(shards.names.split.map(([key, tokens]) => [key, best(headOf(key, tokens, names))])),
      },
      names: shards.names.shards,
      details: shards.details.shards,
      chunks,
    };
  }
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

/** The best {@link FIRST_HITS} documents for the two characters of a split shard typed alone, as [score, id]. */
function headOf(key: string, tokens: string[], byToken: Map<string, number[]>): [number, number][] {
  const scores = new Map<number, number>();
  for (const token of tokens) {
    for (const value of byToken.get(token)!) {
      const id = value >>> 4;
      const score = ((value >>> 2) & 3) + fieldScore(value & 3, token === key);
      if (score > (scores.get(id) ?? -1)) scores.set(id, score);
    }
  }
  return [...scores].map(([id, score]): [number, number] => [score, id]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, FIRST_HITS);
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

/** Keeps the best {@link FIRST_HITS} documents per first character (each offered once, ids ascending): higher score, then lower id. */
function offerFirst(first: Map<string, [number, number][]>, char: string, score: number, id: number): void {
  const list = first.get(char) ?? first.set(char, []).get(char)!;
  if (list.length >= FIRST_HITS && list[list.length - 1][0] >= score) return;
  let i = list.length;
  while (i > 0 && list[i - 1][0] < score) i--;
  list.splice(i, 0, [score, id]);
  if (list.length > FIRST_HITS) list.pop();
}

/** Ascending values as differences from the previous one: small numbers, a smaller file. */
function deltas(values: number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]));
}
