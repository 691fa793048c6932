import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR } from './corpus';

/**
 * The list of corpus statements our parser still gets wrong, beside the corpus: statements of
 * `valid/` or `grammar-lacks/` it rejects, and statements of `invalid/` it accepts.
 */
export const KNOWN_GAPS_FILE = path.join(CORPUS_DIR, 'known-gaps.txt');

/**
 * Reads `known-gaps.txt`: one `<file> #<index>` key per line, optionally followed by a tab and what
 * we say (for the reader only); `#` lines and blank lines are comments.
 */
export function loadKnownGaps(file: string = KNOWN_GAPS_FILE): Map<string, string> {
  const gaps = new Map<string, string>();
  if (!fs.existsSync(file)) return gaps;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key, message = ''] = line.split('\t');
    gaps.set(key.trim(), message);
  }
  return gaps;
}
