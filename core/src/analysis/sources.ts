/** How a written column derives from a source column. Ordered: aggregate wins over expression wins over direct. */
export type EdgeKind = 'direct' | 'expression' | 'aggregate';

/** Source columns (`db.t.col`, `?.col`, `db.t.*`) with the strongest kind seen on the way. */
export type Sources = Map<string, EdgeKind>;

const RANK: Record<EdgeKind, number> = { direct: 0, expression: 1, aggregate: 2 };

export function stronger(a: EdgeKind, b: EdgeKind): EdgeKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Adds `from` into `into`, keeping the stronger kind per source. */
export function mergeSources(into: Sources, from: Sources): Sources {
  for (const [source, kind] of from) {
    const had = into.get(source);
    into.set(source, had ? stronger(had, kind) : kind);
  }
  return into;
}

/** A copy with every kind raised to at least `level` (passing through a function or aggregate). */
export function raise(sources: Sources, level: EdgeKind): Sources {
  const out: Sources = new Map();
  for (const [source, kind] of sources) out.set(source, stronger(kind, level));
  return out;
}

export function single(source: string, kind: EdgeKind = 'direct'): Sources {
  return new Map([[source, kind]]);
}
