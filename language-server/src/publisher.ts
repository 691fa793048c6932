import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Projects } from './projects';
import type { DocumentSnapshot } from './snapshot';

/**
 * Pushes diagnostics of open documents. Requests made in the same tick (a burst of edits, or
 * every open document after a table changed) are computed once, on the latest text.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly projects: Projects,
    private readonly compute: (doc: DocumentSnapshot) => Diagnostic[],
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
  ) {}

  /** Re-checks one document soon. */
  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Re-checks every open document (a table or the project changed: any job may be affected). */
  scheduleAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  private flush(): void {
    this.scheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      const doc = this.documents.get(uri);
      if (doc) this.send(uri, this.compute(this.projects.snapshot(uri, doc.getText())));
    }
  }
}
