import { openDuckDbHost, type Engine, type EngineHost } from '../engines';
import { duckDbMacros, duckDbSettings, translateToDuckDb } from '../translate';
import type { WorkspaceFile } from './diagnostics';
import type { Workspace } from './workspace';

/** A job translated for DuckDB (see `translateToDuckDb`). */
export type Translation = ReturnType<typeof translateToDuckDb>;

/**
 * What the unit tests of one run share: one DuckDB instance (opened on first use: a run whose
 * tests all fail to load never loads DuckDB) handing each test an isolated database, and the
 * translation of each job per set of variables (tests of one job over different inputs translate
 * it once).
 */
export class UnitTestContext {
  private host: Promise<EngineHost> | undefined;
  private readonly translations = new Map<string, Translation>();

  constructor(private readonly ws: Workspace, readonly timeoutMs: number) {}

  /** A fresh, empty database of the test's own, the translation's macros and settings in effect. */
  async open(): Promise<Engine> {
    this.host ??= openDuckDbHost({ shared: [...duckDbSettings('global'), ...duckDbMacros()] });
    return (await this.host).isolated();
  }

  /** The job translated with `vars`, once per job and variables. */
  translate(job: WorkspaceFile, vars: Record<string, string>): Translation {
    const key = `${job.file.path}\n${JSON.stringify(Object.entries(vars).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
    let translated = this.translations.get(key);
    if (!translated) {
      translated = translateToDuckDb({ text: job.file.text, dialect: job.file.dialect, file: job.file.path, catalog: this.ws.catalog, vars });
      this.translations.set(key, translated);
    }
    return translated;
  }

  /** Closes the DuckDB instance, when one was opened (every test's engine closed first). */
  async close(): Promise<void> {
    if (this.host) await (await this.host).close();
  }
}
