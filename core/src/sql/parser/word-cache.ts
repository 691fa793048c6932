/**
 * Upper-cased spellings of words, shared by every parse.
 *
 * Keywords and names repeat across statements and files, so a direct-mapped cache keyed by the
 * word's characters (case-insensitively) turns nearly every lookup into a hash and a compare: no
 * substring copy and no `toUpperCase` per token, which were most of the parser's garbage.
 */
const SLOTS = 4096;
const uppers: string[] = new Array<string>(SLOTS).fill('');

/** `text.slice(start, end).toUpperCase()`, from the cache when this word was seen before. */
export function upperWord(text: string, start: number, end: number): string {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Upper-casing can change the length of non-ASCII words (`ß` -> `SS`): those are not cached.
    if (c >= 128) return text.slice(start, end).toUpperCase();
    h = (Math.imul(h, 31) + upperAscii(c)) | 0;
  }
  const slot = (h ^ (h >>> 13)) & (SLOTS - 1);
  const cached = uppers[slot];
  if (cached.length === end - start && sameUpper(cached, text, start)) return cached;
  // V8 may return a long slice as a view into `text`; a cached view would keep a whole file alive.
  const upper = (' ' + text.slice(start, end).toUpperCase()).slice(1);
  uppers[slot] = upper;
  return upper;
}

function upperAscii(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

function sameUpper(upper: string, text: string, start: number): boolean {
  for (let i = 0; i < upper.length; i++) {
    if (upper.charCodeAt(i) !== upperAscii(text.charCodeAt(start + i))) return false;
  }
  return true;
}
