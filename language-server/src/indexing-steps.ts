/** How long indexing may hold the thread before letting requests through. */
const SLICE_MS = 15;

/** Where indexing says how far it got: a message, and a percentage when the total is known. */
export type IndexingReport = (message: string, percentage?: number) => void;

/**
 * Pauses for the long loops of indexing on the server's only thread. A pause resolves at once
 * until `sliceMs` have passed since the last yield; then it yields to the event loop
 * (`setImmediate`, after pending I/O: requests that came in are answered before the loop goes
 * on) and reports progress.
 */
export class IndexingSteps {
  private since = Date.now();

  constructor(
    private readonly report?: IndexingReport,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** A pause to await after each unit of work of a stage (`total` units, when known). */
  stage(what: string, total?: number): () => Promise<void> {
    let done = 0;
    return () => {
      done++;
      if (Date.now() - this.since < this.sliceMs) return Promise.resolve();
      this.report?.(total ? `${what} ${done}/${total}` : `${what} ${done}`, total ? Math.floor((100 * done) / total) : undefined);
      return new Promise((resolve) =>
        setImmediate(() => {
          this.since = Date.now();
          resolve();
        }),
      );
    };
  }
}
