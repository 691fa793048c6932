import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Projects } from './projects';
import type { DocumentSnapshot } from './snapshot';

/**
 * Pushes diagnostics of open documents, one document per turn of the event loop so an edit that
 * arrives meanwhile is applied before the next one is checked. A document asked for again before
 * its turn is checked once, on its latest text; the edited document goes first, the documents
 * that depend on it (every open one after a table changed) after it.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly projects: Projects,
    private readonly compute: (doc: DocumentSnapshot) => Diagnostic[],
    private readonly send: (uri: string, diagnostics: Diagnostic[], version: number) => void,
  ) {}

  /** Re-checks one document soon, before those scheduled earlier that are still waiting. */
  schedule(uri: string): void {
    this.pending.delete(uri);
    const rest = [...this.pending];
    this.pending.clear();
    for (const u of [uri, ...rest]) this.pending.add(u);
    this.wake();
  }

  /** Re-checks every open document after those already waiting (a table or the project changed: any job may be affected). */
  scheduleAll(): void {
    for (const doc of this.documents.all()) this.pending.add(doc.uri);
    this.wake();
  }

  private wake(): void {
    if (this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    setImmediate(() => this.next());
  }

  private next(): void {
    this.scheduled = false;
    const uri = this.pending.values().next().value;
    if (uri === undefined) return;
    this.pending.delete(uri);
    const doc = this.documents.get(uri);
    if (doc) this.send(uri, this.compute(this.projects.snapshot(uri, doc.getText())), doc.version);
    this.wake();
  }
}
