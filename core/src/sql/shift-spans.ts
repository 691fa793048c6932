/** Fields holding offsets into the text: node spans, and the name spans analysis facts keep. */
const OFFSET_KEYS = new Set(['start', 'end', 'nameStart', 'nameEnd']);

/**
 * Moves every offset in a tree of plain objects (an AST, analysis results) by `delta`, in place:
 * a statement the editor did not touch keeps its tree when text before it grew or shrank. Each
 * object is moved once, however many parents share it.
 */
export function shiftSpans(value: unknown, delta: number, seen = new Set<object>()): void {
  if (delta === 0 || typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) shiftSpans(item, delta, seen);
    return;
  }
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const field = fields[key];
    if (typeof field === 'number') {
      if (OFFSET_KEYS.has(key)) fields[key] = field + delta;
    } else shiftSpans(field, delta, seen);
  }
}

/** A deep copy of `value` with its offsets moved by `delta` (the original stays as it was). */
export function shiftedCopy<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  const copy = structuredClone(value);
  shiftSpans(copy, delta);
  return copy;
}
