import type { Connection } from 'vscode-languageserver';
import type { Log } from './safe';

/**
 * Stands in for the diagnostics publisher when the client pulls diagnostics: nothing is pushed.
 * An edit of a document needs nothing (the client pulls it again); a change that may affect
 * other documents (a table, the project, the end of indexing) asks the client to pull again
 * (`workspace/diagnostic/refresh`), once per burst, when the client supports it.
 */
export class PullRefresher {
  private scheduled = false;

  constructor(
    private readonly connection: Connection,
    private readonly refreshable: boolean,
    private readonly log: Log,
  ) {}

  schedule(): void {}

  /** Documents other than the edited one may have changed: the client pulls again. */
  recheck(): void {
    this.scheduleAll();
  }

  scheduleAll(): void {
    if (!this.refreshable || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.connection.languages.diagnostics.refresh().catch((e: Error) => this.log(`diagnostic refresh failed: ${e.message}`));
    });
  }
}
