import { statOf, statSignature } from './file-hashes';

/** A stat as the fs binding returns it: numbers, in Node's fixed order. */
type RawStat = ArrayLike<number>;
type RawStatFn = (path: string, bigint: boolean, request: undefined, throwIfNoEntry: boolean) => RawStat | undefined;

/** Where size, inode and mtime sit in a raw stat (Node's `getStatsFromBinding`). */
const INO = 7;
const SIZE = 8;
const MTIME_SEC = 12;
const MTIME_NSEC = 13;

/**
 * `statSignature(statOf(absolute))`: the stat signature of a file now, undefined when it cannot be
 * statted. A warm run takes one for each of 16,000 files, and Node 20's `fs.statSync` builds a
 * Stats object and four Dates for each (a third of the stat's cost, and garbage), so this reads
 * the numbers the fs binding returns instead — only after checking, once, that they give the
 * same signature as `fs.statSync` for a file and nothing for a missing one; otherwise (another
 * Node, another binding) it is `fs.statSync` itself.
 */
export const signatureAt: (absolute: string) => string | undefined = rawSignature() ?? plainSignature;

function plainSignature(absolute: string): string | undefined {
  const stat = statOf(absolute);
  return stat && statSignature(stat);
}

/** The binding-based signature function, if the binding behaves as checked. */
function rawSignature(): ((absolute: string) => string | undefined) | undefined {
  // process.binding warns under --pending-deprecation: then stay on the public API.
  if ([...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('--pending-deprecation'))) return undefined;
  try {
    const stat = ((process as unknown as { binding(name: string): { stat?: RawStatFn } }).binding('fs')).stat;
    if (typeof stat !== 'function') return undefined;
    const fast = (absolute: string): string | undefined => {
      try {
        const raw = stat(absolute, false, undefined, false);
        return raw && `${raw[SIZE]}:${raw[MTIME_SEC] * 1e3 + raw[MTIME_NSEC] / 1e6}:${raw[INO]}`;
      } catch {
        return undefined;
      }
    };
    const probe = process.execPath;
    const signature = fast(probe);
    const same = signature !== undefined && signature === plainSignature(probe) && fast(`${probe}.strata-missing`) === plainSignature(`${probe}.strata-missing`);
    return same ? fast : undefined;
  } catch {
    return undefined;
  }
}
