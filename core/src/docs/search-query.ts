import type { SearchDoc, SearchMeta, SearchShard } from './model';
import { slug } from './slug';
import { fieldScore, searchTokens, shardOf } from './search-terms';

/** At most this many hits per query. */
export const MAX_HITS = 50;

/** A document found, with its score (higher first). */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/** Loads a data file of the site by key (`search/meta`, ...); rejects when it is not there. */
export type Loader = <T>(key: string) => Promise<T>;

/**
 * Queries the sharded search index (see README.md), loading the meta file, the shards of the
 * query's terms and the doc files of the hits on first use. Every term must match the start of a
 * word of the document. A short term (one character, or two whose shard is split) narrows nothing
 * until it grows; typed alone it shows the best documents precomputed for it.
 */
export class SearchEngine {
  private scorer: Scorer | undefined;

  constructor(private readonly load: Loader) {}

  /** The best {@link MAX_HITS} hits; undefined when `stale()` says a newer query took over meanwhile. */
  async search(query: string, stale: () => boolean = () => false): Promise<SearchHit[] | undefined> {
    const terms = [...new Set(searchTokens(query))];
    if (terms.length === 0) return [];
    const meta = await this.load<SearchMeta>('search/meta');
    const long = terms.filter((t) => t.length > 2 || (t.length === 2 && !meta.heads[t]));
    const ranked = long.length === 0 ? listed(meta, terms) : await this.rank(meta, long, stale);
    if (ranked === undefined || stale()) return undefined;
    const docs = await this.docs(meta, ranked.map((r) => r.id));
    return stale() ? undefined : ranked.map((r) => ({ doc: docs.get(r.id)!, score: r.score }));
  }

  /**
   * Loads, in the background, the name shards of the words starting with the one character of a
   * query just begun, so the keystroke after it finds its shard loaded.
   */
  async prefetch(query: string): Promise<void> {
    const [first] = searchTokens(query);
    if (first?.length !== 1) return;
    const meta = await this.load<SearchMeta>('search/meta');
    await Promise.all(meta.shards.filter((k) => k.length === 2 && k.startsWith(first)).map((k) => this.load(`search/s/${slug(k)}`)));
  }

  /**
   * The best ids for terms of two characters or more: every term matches, summing their best field.
   * Names first: only when fewer than {@link MAX_HITS} documents match every term by name do the
   * detail shards load and the ranking take in comments and types too.
   */
  private async rank(meta: SearchMeta, terms: string[], stale: () => boolean): Promise<{ id: number; score: number }[] | undefined> {
    const names = await this.shards('s', meta.shards, terms);
    if (stale()) return undefined;
    const byName = this.score(meta, terms.map((term, i) => matchingLists([names[i]], term)));
    if (byName.length >= MAX_HITS) return byName;
    const details = await this.shards('c', meta.details, terms);
    if (stale()) return undefined;
    return this.score(meta, terms.map((term, i) => matchingLists([names[i], details[i]], term)));
  }

  /** The shard of each term from the folder `search/<dir>` holding `keys` (an empty one when there is none). */
  private shards(dir: string, keys: string[], terms: string[]): Promise<SearchShard[]> {
    const known = new Set(keys);
    return Promise.all(terms.map((t) => {
      const key = shardOf(t, known);
      return key === undefined ? Promise.resolve(NO_SHARD) : this.load<SearchShard>(`search/${dir}/${slug(key)}`);
    }));
  }

  private score(meta: SearchMeta, matches: TermMatch[]): { id: number; score: number }[] {
    this.scorer ??= new Scorer(meta.docs);
    matches.sort((a, b) => a.size - b.size).forEach((m, i) => this.scorer!.add(m, i === 0));
    return this.scorer.best();
  }

  /** The documents of `ids`, from their doc files. */
  private async docs(meta: SearchMeta, ids: number[]): Promise<Map<number, SearchDoc>> {
    const chunks = [...new Set(ids.map((id) => Math.floor(id / meta.chunk)))];
    const loaded = await Promise.all(chunks.map((c) => this.load<SearchDoc[]>(`search/d/${c}`)));
    const byChunk = new Map(chunks.map((c, i) => [c, loaded[i]]));
    return new Map(ids.map((id) => [id, byChunk.get(Math.floor(id / meta.chunk))![id % meta.chunk]]));
  }
}

/**
 * Hits for a query of short terms only (one character, or two whose shard split): the best
 * documents precomputed for the longest of them.
 */
function listed(meta: SearchMeta, terms: string[]): { id: number; score: number }[] {
  const lead = terms.reduce((a, b) => (b.length > a.length ? b : a));
  const ids = (lead.length === 1 ? meta.first : meta.heads)[lead] ?? [];
  return ids.map((id, i) => ({ id, score: ids.length - i }));
}

/** The tokens of the shards starting with `term`, with their posting lists and how many postings that makes. */
interface TermMatch {
  term: string;
  tokens: string[];
  lists: number[][];
  size: number;
}

const NO_SHARD: SearchShard = { tokens: [], postings: [] };

function matchingLists(shards: SearchShard[], term: string): TermMatch {
  const match: TermMatch = { term, tokens: [], lists: [], size: 0 };
  for (const shard of shards) {
    for (let i = lowerBound(shard.tokens, term); i < shard.tokens.length && shard.tokens[i].startsWith(term); i++) {
      match.tokens.push(shard.tokens[i]);
      match.lists.push(shard.postings[i]);
      match.size += shard.postings[i].length;
    }
  }
  return match;
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The absolute postings of a list, decoded once per list (a list is a loaded shard's, kept). */
const decoded = new WeakMap<number[], Int32Array>();

function decode(list: number[]): Int32Array {
  let values = decoded.get(list);
  if (!values) {
    values = new Int32Array(list.length);
    let value = 0;
    list.forEach((d, i) => (values![i] = value += d));
    decoded.set(list, values);
  }
  return values;
}

/**
 * Scores of a query in flat arrays indexed by document id, reused by every query (a Map of
 * 100,000 entries per keystroke costs more than the whole rest): `stamp[id] === pass` says the
 * document matched every term up to this pass, `score` holds its sum.
 */
class Scorer {
  private readonly score: Int32Array;
  private readonly next: Int32Array;
  private readonly stamp: Uint32Array;
  private pass = 0;
  /** The ids that matched every term so far. */
  ids: number[] = [];

  constructor(docs: number) {
    this.score = new Int32Array(docs);
    this.next = new Int32Array(docs);
    this.stamp = new Uint32Array(docs);
  }

  /**
   * Adds the term's best score per document; only documents that matched every earlier term stay.
   * The first term of a query starts the scores, with the kind's bonus.
   */
  add(m: TermMatch, first: boolean): void {
    const previous = this.pass;
    const current = ++this.pass;
    const ids: number[] = [];
    m.lists.forEach((list, i) => {
      const exact = m.tokens[i] === m.term;
      for (const value of decode(list)) {
        const id = value >>> 4;
        if (!first && this.stamp[id] !== previous) continue;
        const score = (first ? (value >>> 2) & 3 : this.score[id]) + fieldScore(value & 3, exact);
        if (this.stamp[id] !== current) {
          this.stamp[id] = current;
          this.next[id] = score;
          ids.push(id);
        } else if (score > this.next[id]) this.next[id] = score;
      }
    });
    for (const id of ids) this.score[id] = this.next[id];
    this.ids = ids;
  }

  /** The {@link MAX_HITS} best: higher score, then lower id (the earlier own name). One pass, no full sort. */
  best(): { id: number; score: number }[] {
    const top: { id: number; score: number }[] = [];
    for (const id of this.ids) {
      const score = this.score[id];
      const last = top[top.length - 1];
      if (top.length >= MAX_HITS && (score < last.score || (score === last.score && id > last.id))) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && top[at - 1].id > id))) at--;
      top.splice(at, 0, { id, score });
      if (top.length > MAX_HITS) top.pop();
    }
    return top;
  }
}
