import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Projects } from './projects';
import type { DocumentSnapshot } from './snapshot';

/**
 * Pushes diagnostics of open documents, one document per turn of the event loop so an edit that
 * arrives meanwhile is applied before the next one is checked. A document asked for again before
 * its turn is checked once, on its latest text; the edited document goes first, the documents
 * its edit may have changed (`recheck`: jobs reading an edited table, ...) after it.
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

  /** Re-checks these documents, those open, after those already waiting (an edit may have changed their diagnostics). */
  recheck(uris: readonly string[]): void {
    for (const uri of uris) if (this.documents.get(uri)) this.pending.add(uri);
    this.wake();
  }

  /** Re-checks every open document after those already waiting (indexing ended, the project or settings changed). */
  scheduleAll(): void {
    this.recheck(this.documents.all().map((doc) => doc.uri));
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
