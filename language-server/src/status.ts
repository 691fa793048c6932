import type { StatusParams } from './protocol';

/**
 * Counts the projects being indexed and reports `strata/status` when one starts and when one
 * ends: `indexing` while any runs, then `ready` with the number of indexed files.
 */
export class StatusReporter {
  private running = 0;

  constructor(
    private readonly send: (params: StatusParams) => void,
    private readonly files: () => number,
  ) {}

  /** Reports `work` (a project's indexing) from now until it settles. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.running++;
    this.report();
    try {
      return await work;
    } finally {
      this.running--;
      this.report();
    }
  }

  private report(): void {
    this.send({ state: this.running > 0 ? 'indexing' : 'ready', files: this.files() });
  }
}
