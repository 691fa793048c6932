import type { ReportDescriptor } from '../rule';

/**
 * A report function that drops repeats of the same message at the same place: a table read
 * twice, or a view expanded by two INSERTs, is one finding.
 */
export function reportOnce<M extends string>(report: (d: ReportDescriptor<M>) => void): (d: ReportDescriptor<M>) => void {
  const seen = new Set<string>();
  return (d) => {
    const key = `${d.messageId}@${d.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    report(d);
  };
}
