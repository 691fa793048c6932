import * as path from 'node:path';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { ProjectIndex } from './project-index';
import type { Log } from './safe';

/**
 * Loads a project in the background, with `window/workDoneProgress` when the client supports it
 * (the connection falls back to a silent reporter otherwise): reports say how far it got. It
 * works in time slices, so requests on open documents are answered meanwhile. A project that
 * fails to load (a bad strata.yaml) is logged; its documents stay served standalone.
 */
export async function indexInBackground(connection: Connection, index: ProjectIndex, log: Log): Promise<boolean> {
  const started = Date.now();
  const shown: { progress?: WorkDoneProgressServerReporter } = {};
  // Started before the progress round trip, so a second open meanwhile sees it started (no second load).
  const loading = index.load((message, percentage) => shown.progress?.report(percentage ?? 0, message));
  loading.catch(() => undefined); // handled below, once the progress exists
  const progress = (shown.progress = await connection.window.createWorkDoneProgress().catch(() => undefined));
  progress?.begin('Strata', undefined, `indexing ${path.basename(index.root)}`);
  try {
    const ws = await loading;
    log(`indexed ${index.root}: ${ws.files.length} files in ${Date.now() - started} ms`);
    return true;
  } catch (error) {
    log(`cannot index ${index.root}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    progress?.done();
  }
}
