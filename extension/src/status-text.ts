import type { StatusParams } from '@strata/language-server/dist/src/protocol';

/** What the status-bar item shows for a `strata/status` report: an icon and a tooltip. */
export interface StatusView {
  text: string;
  tooltip: string;
}

/** The item before the server reported anything. */
export const STARTING: StatusView = { text: '$(loading~spin) Strata', tooltip: 'Strata: starting the language server' };

/** The item once the server runs, until it reports indexing (a workspace without a project never does). */
export const RUNNING: StatusView = { text: '$(database) Strata', tooltip: 'Strata: ready' };

/** The item for a `strata/status` report. */
export function statusView(params: StatusParams): StatusView {
  const files = `${params.files.toLocaleString('en-US')} file${params.files === 1 ? '' : 's'}`;
  return params.state === 'indexing'
    ? { text: '$(sync~spin) Strata: indexing', tooltip: `Strata: indexing the project (${files} indexed so far)` }
    : { text: RUNNING.text, tooltip: `Strata: ready, ${files} indexed` };
}
