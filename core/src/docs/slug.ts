/**
 * File names for table and job pages. A name made of `[a-z0-9_.]` is its own slug; any other name
 * (quoted identifiers may hold `/`, `..`, spaces, upper case) becomes its safe characters plus a
 * hash of the whole name, so no slug holds a path separator and distinct names never share a
 * file. Pure, so the site computes the same slug from a name it meets in a lineage edge.
 */
export function slug(name: string): string {
  if (/^[a-z0-9_][a-z0-9_.]*$/.test(name)) return name;
  const safe = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').slice(0, 80);
  return `${safe}-${fnv1a(name)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable, dependency-free hash good enough to separate names. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
