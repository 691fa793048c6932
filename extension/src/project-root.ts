import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `start` that holds strata.yaml, or undefined. */
export function projectRootOf(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'strata.yaml'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
