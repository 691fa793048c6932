import type { SearchShard } from './model';
import { fieldScore, MAX_HITS } from './search-terms';

/*
 * Scoring of query terms over loaded shards, shared by the site's queries and the build's
 * precomputed lists (see README.md).
 */

/** The tokens of the shards starting with `term`, with their posting lists and how many postings that makes. */
export interface TermMatch {
  term: string;
  tokens: string[];
  lists: number[][];
  size: number;
}

export function matchingLists(shards: SearchShard[], term: string): TermMatch {
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
export class Scorer {
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
