import type { SearchDoc, SearchMeta, SearchPage, SearchShard } from './model';
import { matchingLists, Scorer, type TermMatch } from './search-score';
import { MAX_HITS, searchTokens, shardOf } from './search-terms';
import { slug } from './slug';

/** A document found, with its score (higher first; for a precomputed list, its rank from the end). */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/** Loads a data file of the site by key (`search/meta`, ...); rejects when it is not there. */
export type Loader = <T>(key: string) => Promise<T>;

interface Ranked {
  id: number;
  score: number;
}

const NO_SHARD: SearchShard = { tokens: [], postings: [] };

/**
 * Queries the sharded search index (see README.md), loading the meta file, the shards of the
 * query's terms and the doc files of the hits on first use. Every term must match the start of a
 * word of the document. A query of one term of one or two characters is answered from its
 * character's page, hits and documents precomputed by the build, so the first keystrokes load one
 * small file. A short term (one character, or two whose shard is split) narrows nothing next to a
 * longer one; with other short terms only, the longest one's page answers.
 */
export class SearchEngine {
  private scorer: Scorer | undefined;
  /** Documents known by id, from the pages and doc files loaded so far. */
  private readonly known = new Map<number, SearchDoc>();
  private readonly pagesRead = new WeakSet<SearchPage>();

  constructor(private readonly load: Loader) {}

  /** The best {@link MAX_HITS} hits; undefined when `stale()` says a newer query took over meanwhile. */
  async search(query: string, stale: () => boolean = () => false): Promise<SearchHit[] | undefined> {
    const terms = [...new Set(searchTokens(query))];
    if (terms.length === 0) return [];
    const meta = await this.load<SearchMeta>('search/meta');
    const long = terms.length === 1 && terms[0].length <= 2 ? [] : terms.filter((t) => t.length > 2 || (t.length === 2 && !meta.split.includes(t)));
    const ranked = long.length === 0 ? await this.listed(meta, terms) : await this.rank(meta, long, stale);
    if (ranked === undefined || stale()) return undefined;
    const docs = await this.docs(meta, ranked.map((r) => r.id));
    return stale() ? undefined : ranked.map((r, i) => ({ doc: docs[i], score: r.score }));
  }

  /**
   * The best ids for terms of two characters or more, as a query ranks them (the build makes the
   * pages of two characters with it).
   */
  async ranking(terms: string[]): Promise<Ranked[]> {
    return (await this.rank(await this.load<SearchMeta>('search/meta'), terms, () => false))!;
  }

  /**
   * Loads, in the background, the name shards of the words starting with the one character of a
   * term just begun (the query's last), so the keystroke that makes it a term of its own finds its
   * shard loaded.
   */
  async prefetch(query: string): Promise<void> {
    const last = searchTokens(query).at(-1);
    if (last?.length !== 1) return;
    const meta = await this.load<SearchMeta>('search/meta');
    await Promise.all(meta.shards.filter((k) => k.length === 2 && k.startsWith(last)).map((k) => this.load(`search/s/${slug(k)}`)));
  }

  /**
   * The best ids for terms of two characters or more: every term matches, summing their best field.
   * Names first: only when fewer than {@link MAX_HITS} documents match every term by name do the
   * detail shards load and the ranking take in comments and types too.
   */
  private async rank(meta: SearchMeta, terms: string[], stale: () => boolean): Promise<Ranked[] | undefined> {
    const names = await this.shards('s', meta.shards, terms);
    if (stale()) return undefined;
    const byName = this.score(meta, terms.map((term, i) => matchingLists([names[i]], term)));
    if (byName.length >= MAX_HITS) return byName;
    const details = await this.shards('c', meta.details, terms);
    if (stale()) return undefined;
    return this.score(meta, terms.map((term, i) => matchingLists([names[i], details[i]], term)));
  }

  /** The precomputed hits of the longest of short terms, from its first character's page. */
  private async listed(meta: SearchMeta, terms: string[]): Promise<Ranked[]> {
    const lead = terms.reduce((a, b) => (b.length > a.length ? b : a));
    if (!meta.pages.includes(lead[0])) return [];
    const page = await this.load<SearchPage>(`search/p/${slug(lead[0])}`);
    if (!this.pagesRead.has(page)) {
      this.pagesRead.add(page);
      page.ids.forEach((id, i) => this.known.set(id, page.docs[i]));
    }
    const ids = Object.hasOwn(page.lists, lead) ? page.lists[lead] : [];
    return ids.map((id, i) => ({ id, score: ids.length - i }));
  }

  /** The shard of each term from the folder `search/<dir>` holding `keys` (an empty one when there is none). */
  private shards(dir: string, keys: string[], terms: string[]): Promise<SearchShard[]> {
    const known = new Set(keys);
    return Promise.all(terms.map((t) => {
      const key = shardOf(t, known);
      return key === undefined ? Promise.resolve(NO_SHARD) : this.load<SearchShard>(`search/${dir}/${slug(key)}`);
    }));
  }

  private score(meta: SearchMeta, matches: TermMatch[]): Ranked[] {
    this.scorer ??= new Scorer(meta.docs);
    matches.sort((a, b) => a.size - b.size).forEach((m, i) => this.scorer!.add(m, i === 0));
    return this.scorer.best();
  }

  /** The documents of `ids`, from pages read or doc files (loaded for the ids not known yet). */
  private async docs(meta: SearchMeta, ids: number[]): Promise<SearchDoc[]> {
    const chunks = [...new Set(ids.filter((id) => !this.known.has(id)).map((id) => Math.floor(id / meta.chunk)))];
    const loaded = await Promise.all(chunks.map((c) => this.load<SearchDoc[]>(`search/d/${c}`)));
    chunks.forEach((c, i) => loaded[i].forEach((doc, k) => this.known.set(c * meta.chunk + k, doc)));
    return ids.map((id) => this.known.get(id)!);
  }
}
