import { pathToFileURL } from 'node:url';
import type { DocsBuildResult } from '@strata/core';

/** What `strata docs build` did and where to open it. */
export function formatDocsBuild(r: DocsBuildResult): string {
  const mb = (r.bytes / 1024 / 1024).toFixed(1);
  const lines = [`Built docs: ${r.tables} tables, ${r.jobs} jobs, ${r.columns} columns (${r.files} files, ${mb} MB) in ${(r.durationMs / 1000).toFixed(1)} s`];
  if (r.broken > 0) lines.push(`${r.broken} file${r.broken > 1 ? 's have' : ' has'} errors, marked as broken in the site; run strata check for details`);
  lines.push(`Open ${pathToFileURL(r.index).href}`);
  return lines.join('\n');
}
