/**
 * The data a docs site is made of. Every file under `data/` holds one of these as
 * `window.__strata(key, value)`, so the site loads it with a <script> tag (works from file://).
 * Plain JSON, shared by the builders (Node) and the site shell (browser).
 */

/** A highlighted stretch of SQL: a CSS class (`k` keyword, `s` string, ...; '' for plain) and its text. */
export type SqlSegment = [cls: string, text: string];

/** A problem in a file, 1-based line. */
export interface DocProblem {
  file: string;
  line: number;
  message: string;
}

/** One column lineage edge seen from a column: the column at its other end and what links them. */
export interface ColumnLink {
  /** `db.table.col`; `?.col` when the SQL does not say which table it comes from. */
  column: string;
  kind: string;
  job: string;
  file: string;
  /** 1-based line of the target column's expression. */
  line: number;
}

export interface ColumnDoc {
  name: string;
  type?: string;
  comment?: string;
  partition: boolean;
  /** Direct sources of the column (the site walks further by loading their tables). */
  upstream: ColumnLink[];
  /** Direct consumers of the column. */
  downstream: ColumnLink[];
}

/** A front-matter quality check with its last result, when one was given to the build. */
export interface CheckDoc {
  name: string;
  status?: 'pass' | 'fail' | 'error';
  failing?: number;
  message?: string;
}

/** A job as another page mentions it. */
export interface JobRef {
  name: string;
  slug: string;
}

export interface TableDoc {
  name: string;
  slug: string;
  /** Declared in a table file (false: read or written by a job but never declared). */
  declared: boolean;
  file?: string;
  layer?: string;
  owner?: string;
  description?: string;
  comment?: string;
  lifecycleDays?: number;
  tags: string[];
  partitions: string[];
  columns: ColumnDoc[];
  checks: CheckDoc[];
  /** Jobs that write the table (none: a source table). */
  writers: JobRef[];
  readers: JobRef[];
  upstream: string[];
  downstream: string[];
  problems: DocProblem[];
}

export interface JobDoc {
  name: string;
  slug: string;
  file: string;
  type: string;
  dialect: string;
  schedule?: string;
  owner?: string;
  description?: string;
  /** Variables the SQL uses, with the default declared for them (as written, never resolved). */
  variables: { name: string; default?: string; description?: string }[];
  reads: string[];
  writes: string[];
  sql: SqlSegment[];
  problems: DocProblem[];
}

export interface LayerSummary {
  name: string;
  tables: number;
  jobs: number;
}

export interface Overview {
  project: string;
  tables: number;
  jobs: number;
  columns: number;
  layers: LayerSummary[];
  owners: { name: string; tables: number }[];
  /** Layer-level DAG: jobs that read a table of `from` and write one of `to`. */
  layerEdges: { from: string; to: string; jobs: number }[];
  /** Files with errors (the site marks them; the build still succeeds). */
  broken: DocProblem[];
  /** Tables without an owner or without any comment. */
  undocumented: { owner: number; comment: number };
}

/** The tables of one layer, for its listing page: `[name, comment]`. */
export type LayerTables = [name: string, comment: string][];

/**
 * The table graph for the DAG view and its selectors: tables with layer and owner (indexes into
 * `layers` and `owners`, -1 for none), and table-to-table edges through a job.
 */
export interface TableGraphData {
  layers: string[];
  owners: string[];
  tables: [name: string, layer: number, owner: number][];
  edges: [from: number, to: number][];
}

/**
 * The sharded search index (see README.md), `data/search/meta.js`: the document count, how
 * documents are split into files (`search/d/<n>`, `chunk` each), the keys of the shard files (one
 * per first two characters of a token) of the words in names (`search/s/<slug of key>`) and of
 * the words in details (`search/c/<slug of key>`: comments, types, a column's table; a big shard
 * splits by three characters), and the first characters that have a page (`search/p/<slug>`).
 */
export interface SearchMeta {
  docs: number;
  chunk: number;
  shards: string[];
  details: string[];
  /** The two characters whose name shard split by three characters: typed next to a longer term, they narrow nothing. */
  split: string[];
  pages: string[];
}

/**
 * The page of a first character, `data/search/p/<slug>.js`: the hits of a query of that
 * character, and of every two characters starting with it that start a word, precomputed as the
 * query would rank them, with their documents (so the first two keystrokes load this file only).
 */
export interface SearchPage {
  /** The query → the ids of its hits, best first. */
  lists: Record<string, number[]>;
  /** Every id of the lists once, ascending; `docs[i]` is the document of `ids[i]`. */
  ids: number[];
  docs: SearchDoc[];
}

/** One shard: its tokens, sorted, each with its posting list (delta-encoded, see `search-terms.ts`). */
export interface SearchShard {
  tokens: string[];
  postings: number[][];
}

/**
 * A document as a hit shows it: table `t`, column `c` (name `db.table.col`), job `j`, and a detail
 * line. Ids follow the order of the document's own name (see `search-index.ts`); a lower id wins a tie.
 */
export type SearchDoc = [kind: 't' | 'c' | 'j', name: string, detail: string];
