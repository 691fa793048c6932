import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { duckDbTableName, loadSeed, quoteIdentifier, seedTable, type Engine } from '../engines';
import { StrataError } from '../errors';
import { translateToDuckDb, type TranslatedStatement } from '../translate';
import { jobLocalNames } from './job-locals';
import { toDiagnostic, type Workspace, type WorkspaceFile } from './workspace';

/** Where a table's sample rows came from (`--sample`). */
export interface SampleInput {
  table: string;
  from: 'seed' | 'job' | 'published' | 'none';
  rows: number;
  /** The seed file or the upstream job file, project-relative. */
  file?: string;
}

/**
 * The in-memory database of one dry-run and what is in it: tables created once, each input filled
 * once. Sample inputs come from the table's seed, else from the published local database, else
 * by running the batch job that writes it (on its own inputs, filled the same way).
 */
export class SampleDatabase {
  readonly inputs: SampleInput[] = [];
  /** Problems of upstream jobs run to fill inputs (they stay warnings of the dry-run). */
  readonly diagnostics: Diagnostic[] = [];
  private readonly created = new Set<string>();
  private readonly filled = new Set<string>();
  private readonly seeds: Map<string | undefined, Workspace['project']['seeds'][number]>;

  constructor(private readonly ws: Workspace, readonly engine: Engine, private readonly vars: Record<string, string>, private readonly published: boolean) {
    this.seeds = new Map(ws.project.seeds.map((s) => [seedTable(ws.catalog, s)?.name, s]));
  }

  /** Translates a job with the run's variables. */
  translate(wf: WorkspaceFile): ReturnType<typeof translateToDuckDb> {
    const { file } = wf;
    return translateToDuckDb({ text: file.text, dialect: file.dialect, file: file.path, catalog: this.ws.catalog, vars: this.vars });
  }

  /** Creates the catalog tables among `names` (not job-local ones: translation creates those). */
  async createTables(names: string[]): Promise<void> {
    for (const name of this.catalogTables(names)) {
      if (this.created.has(name)) continue;
      this.created.add(name);
      await this.engine.createTable(this.ws.catalog.get(name)!);
    }
  }

  /** Fills the catalog tables among `names`, each once; `running`: the jobs being run (no cycles). */
  async fill(names: string[], running: Set<string>): Promise<void> {
    for (const table of this.catalogTables(names)) {
      if (this.filled.has(table)) continue;
      this.filled.add(table);
      this.inputs.push(await this.fillOne(table, running));
    }
  }

  /**
   * After a streaming job's `statement` ran: when it created a Kafka source table, fills it from
   * the seed of the ODS table landed from the same topic (its `source.topic` option), by column name.
   */
  async fillTopic(wf: WorkspaceFile, statement: TranslatedStatement): Promise<void> {
    const created = wf.script.statements.find((s) => s.start === statement.span.start);
    if (created?.kind !== 'CreateTable' || !created.temporary) return;
    const local = created.name.parts.map((p) => p.name.toLowerCase()).join('.');
    const external = jobLocalNames(wf.script).get(local);
    const topic = external?.startsWith('kafka.') ? external.slice('kafka.'.length) : undefined;
    const landed = this.ws.catalog.tables().find((t) => topic !== undefined && t.options['source.topic']?.toLowerCase() === topic && this.seeds.has(t.name));
    if (!landed || this.filled.has(local)) return;
    this.filled.add(local);
    await this.createTables([landed.name]);
    await this.fill([landed.name], new Set());
    const described = await this.engine.query(`DESCRIBE ${duckDbTableName(local)}`);
    const names = described.rows.map((r) => String(r[0])).filter((c) => landed.columns.some((l) => l.name === c.toLowerCase()));
    const list = names.map(quoteIdentifier).join(', ');
    await this.engine.execute(`INSERT INTO ${duckDbTableName(local)} (${list}) SELECT ${list} FROM ${duckDbTableName(landed.name)}`);
    this.inputs.push({ table: local, from: 'seed', rows: await this.count(local), file: this.seeds.get(landed.name)!.path });
  }

  private async fillOne(table: string, running: Set<string>): Promise<SampleInput> {
    const seed = this.seeds.get(table);
    if (seed) {
      const text = fs.readFileSync(path.join(this.ws.project.root, seed.path), 'utf8');
      return { table, from: 'seed', rows: await loadSeed(this.engine, this.ws.catalog.get(table)!, text, seed.path), file: seed.path };
    }
    if (this.published && (await this.publishedHas(table))) {
      await this.engine.execute(`INSERT INTO ${duckDbTableName(table)} BY NAME SELECT * FROM published.${duckDbTableName(table)}`);
      return { table, from: 'published', rows: await this.count(table) };
    }
    const writer = this.writer(table, running);
    if (writer && (await this.runUpstream(writer, running))) return { table, from: 'job', rows: await this.count(table), file: writer.file.path };
    return { table, from: 'none', rows: 0 };
  }

  /** The one batch job that writes `table`, unless it is already running (a cycle). */
  private writer(table: string, running: Set<string>): WorkspaceFile | undefined {
    const writers = [...this.ws.jobs.values()].filter((j) => j.writes.includes(table) && j.type !== 'streaming' && !running.has(j.file));
    return writers.length === 1 ? this.ws.files.find((f) => f.file.path === writers[0].file) : undefined;
  }

  /** Runs an upstream job on its own inputs; false (with a warning) when it cannot be run. */
  private async runUpstream(wf: WorkspaceFile, running: Set<string>): Promise<boolean> {
    const translation = this.translate(wf);
    const failed = translation.diagnostics.find((d) => d.severity === 'error');
    if (failed) {
      this.diagnostics.push({ ...failed, severity: 'warning', message: `not run to fill sample inputs: ${failed.message}` });
      return false;
    }
    const inner = new Set(running).add(wf.file.path);
    await this.createTables(touched(translation.statements));
    await this.fill(translation.statements.flatMap((s) => s.reads), inner);
    for (const statement of translation.statements) {
      try {
        await this.engine.transaction(async () => {
          for (const sql of statement.sql) await this.engine.execute(sql);
        });
      } catch (e) {
        if (!(e instanceof StrataError)) throw e;
        const message = `not run to fill sample inputs: DuckDB: ${e.message}`;
        this.diagnostics.push(toDiagnostic(wf.file.path, wf.lines, statement.span.start, statement.span.end, 'sample-input', message, 'warning'));
        return false;
      }
    }
    return true;
  }

  private catalogTables(names: string[]): string[] {
    return [...new Set(names)].sort().filter((n) => this.ws.catalog.get(n) !== undefined && !this.ws.catalog.get(n)!.temporary);
  }

  private async publishedHas(table: string): Promise<boolean> {
    const [schema, name] = table.includes('.') ? table.split('.') : ['main', table];
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const sql = `SELECT count(*) FROM duckdb_tables() WHERE database_name = 'published' AND schema_name = ${quote(schema)} AND table_name = ${quote(name)}`;
    return (await this.engine.query(sql)).rows[0][0] === 1;
  }

  /** Rows in a table. */
  async count(table: string, timeoutMs?: number): Promise<number> {
    return Number((await this.engine.query(`SELECT count(*) FROM ${duckDbTableName(table)}`, { timeoutMs })).rows[0][0]);
  }
}

/** The tables statements read or write. */
export function touched(statements: TranslatedStatement[]): string[] {
  return statements.flatMap((s) => [...s.reads, ...s.writes.map((w) => w.table)]);
}
