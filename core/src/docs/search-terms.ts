/**
 * What the sharded search index and its queries agree on (see README.md): how text splits into
 * tokens, which shard file holds a token, and what a match in each field of a document is worth.
 * Pure, shared by the build (Node) and the site (browser).
 */

/**
 * Where in a document a token was found: the comment,
 * type or (for a column) table name; a later token of the name (`amount` in `gift_amount`); the
 * first token of the name; the whole name, when it is one token.
 */
export const DETAIL = 0;
export const NAME_TOKEN = 1;
export const NAME_START = 2;
export const NAME = 3;

/** At most this many hits per query. */
export const MAX_HITS = 50;

/** The lower-cased words of `text`: runs of letters and digits (`dwd.dwd_order_di` → dwd, dwd, order, di). */
export function searchTokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** The shard of a token: its first two characters (tokens and query terms of one character have none). */
export function shardKey(token: string): string {
  return token.slice(0, 2);
}

/**
 * A shard with more postings than this splits by the first three characters of its tokens (a
 * keystroke then loads a fraction of it), and its two characters get a list of best hits instead.
 */
export const SPLIT_POSTINGS = 16384;

/** The shard among `keys` that holds `token`: the three-character one of a split shard, else the two-character one. */
export function shardOf(token: string, keys: ReadonlySet<string>): string | undefined {
  if (token.length > 2 && keys.has(token.slice(0, 3))) return token.slice(0, 3);
  return keys.has(shardKey(token)) ? shardKey(token) : undefined;
}

/**
 * What a query term matching a token in `field` adds to a document's score: a whole name typed
 * out beats a name starting with the term, which beats a word inside the name, then the comment.
 */
export function fieldScore(field: number, exact: boolean): number {
  if (field === NAME) return exact ? 100 : 50;
  return FIELD_SCORES[field];
}

const FIELD_SCORES = [5, 30, 50];

/**
 * Documents are columns, jobs and tables: the code of a kind is also what it adds to the score, so
 * a table outranks a column on the same match and a job sits between.
 */
export const KIND_CODE = { c: 0, j: 1, t: 2 } as const;

/** A posting: the document, its kind and the field the token is in, as one number. */
export function posting(id: number, kind: number, field: number): number {
  return id * 16 + kind * 4 + field;
}
