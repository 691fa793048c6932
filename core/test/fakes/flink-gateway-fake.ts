/**
 * A Flink SQL Gateway as the Flink 1.19 documentation "SQL Gateway / REST Endpoint" (REST API
 * v1 and v2) describes it: POST /v1/sessions, POST /v1/sessions/:s/statements, GET
 * /v2/sessions/:s/operations/:o/result/:token?rowFormat=JSON (NOT_READY / PAYLOAD / EOS pages
 * with `nextResultUri`, `jobID` for a submitted job), POST .../cancel, DELETE .../close, DELETE
 * /v1/sessions/:s; a failed operation's result answers HTTP 500 `{"errors": [...]}` with the
 * Java stack trace whose causes carry Calcite's `From line 3, column 6 to line 3, column 9`.
 * Jobs (Flink 1.19 "SQL Client / Job Statements"): an INSERT or STATEMENT SET starts one, named by
 * the session's `pipeline.name` and restored from its `execution.savepoint.path` when SET;
 * `STOP JOB 'id' WITH SAVEPOINT` finishes it and answers the savepoint path, `STOP JOB 'id'`
 * cancels it (the gateway's executor cancels a job stopped without a savepoint) and answers OK;
 * `SHOW JOBS` lists them. Basic auth (a proxy in front) answers 401.
 */
import { basicCredentials, HttpFake, type FakeAnswer, type FakeRequest } from './http-fake';
import { fakeTables, lineCol, selectColumns, tableRead } from './fake-tables';

export interface FakeJob {
  id: string;
  name: string;
  status: string;
  /** The savepoint it was restored from. */
  restoredFrom?: string;
}

interface Operation {
  sql: string;
  canceled: boolean;
  outcome?: { columns: string[]; rows: unknown[][]; jobId?: string } | { error: string };
}

type Columns = { name: string; type: string }[];

interface Session {
  config: Map<string, string>;
  /** Tables and views the session knows, with their columns. */
  tables: Map<string, Columns>;
}

export class FlinkGatewayFake {
  readonly http: HttpFake;
  readonly jobs: FakeJob[] = [];
  readonly statements: string[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly operations = new Map<string, Operation>();

  constructor(private readonly credentials?: string) {
    this.http = new HttpFake((r) => this.answer(r));
  }

  start(): Promise<number> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  private answer(request: FakeRequest): FakeAnswer {
    if (this.credentials && basicCredentials(request.headers) !== this.credentials) return { status: 401, body: { errors: ['Unauthorized'] } };
    const [path] = request.path.split('?');
    const route = `${request.method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`;
    const [session = '', operation = ''] = path.match(/[0-9a-f-]{36}/g) ?? [];
    switch (route) {
      case 'POST /v1/sessions': {
        const handle = uuid(this.sessions.size + 1, 0x5e55);
        const tables = new Map([...fakeTables()].map(([name, t]) => [name, t.columns.map((c) => ({ name: c.name, type: c.type.toUpperCase() }))]));
        this.sessions.set(handle, { config: new Map(), tables });
        return { status: 200, body: { sessionHandle: handle } };
      }
      case 'DELETE /v1/sessions/:id':
        this.sessions.delete(session);
        return { status: 200, body: { status: 'CLOSED' } };
      case 'POST /v1/sessions/:id/statements':
        return this.submit(session, (JSON.parse(request.body) as { statement: string }).statement);
      case 'POST /v1/sessions/:id/operations/:id/cancel':
        this.operations.get(operation)!.canceled = true;
        return { status: 200, body: { status: 'CANCELED' } };
      case 'DELETE /v1/sessions/:id/operations/:id/close':
        return { status: 200, body: { status: 'CLOSED' } };
    }
    const result = /^GET \/v2\/sessions\/:id\/operations\/:id\/result\/(\d+)$/.exec(route);
    if (result) return this.result(session, operation, Number(result[1]));
    return { status: 404, body: { errors: ['Not found.'] } };
  }

  /** The handle the next operation submitted gets. */
  nextOperation(): string {
    return uuid(this.operations.size + 1, 0x0e5a);
  }

  private submit(sessionId: string, sql: string): FakeAnswer {
    const session = this.sessions.get(sessionId);
    if (!session) return { status: 404, body: { errors: [`Session '${sessionId}' does not exist.`] } };
    this.statements.push(sql);
    const handle = this.nextOperation();
    this.operations.set(handle, { sql, canceled: false });
    return { status: 200, body: { operationHandle: handle } };
  }

  private result(sessionId: string, operationId: string, token: number): FakeAnswer {
    const op = this.operations.get(operationId)!;
    if (op.canceled) return this.failed(`org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.\nCaused by: java.lang.IllegalStateException: Can not fetch results from the CANCELED operation.`);
    if (tableRead(op.sql)?.name === 'live.slow_events') return { status: 200, body: { resultType: 'NOT_READY', isQueryResult: false, resultKind: 'SUCCESS_WITH_CONTENT', nextResultUri: this.next(sessionId, operationId, token) } };
    op.outcome ??= this.run(this.sessions.get(sessionId)!, op.sql);
    if ('error' in op.outcome) return this.failed(op.outcome.error);
    if (token > 0) return { status: 200, body: { resultType: 'EOS', isQueryResult: false, resultKind: 'SUCCESS_WITH_CONTENT', results: { columns: [], rowFormat: 'JSON', data: [] } } };
    const { columns, rows, jobId } = op.outcome;
    const body = {
      resultType: 'PAYLOAD',
      isQueryResult: false,
      ...(jobId ? { jobID: jobId } : {}),
      resultKind: 'SUCCESS_WITH_CONTENT',
      results: { columns: columns.map((name) => ({ name, logicalType: { type: 'VARCHAR', nullable: true, length: 2147483647 }, comment: null })), rowFormat: 'JSON', data: rows.map((fields) => ({ kind: 'INSERT', fields })) },
      nextResultUri: this.next(sessionId, operationId, token),
    };
    return { status: 200, body };
  }

  private run(session: Session, sql: string): NonNullable<Operation['outcome']> {
    const ok = { columns: ['result'], rows: [['OK']] };
    const set = /^SET '([^']+)' = '([^']*)'$/.exec(sql);
    if (set) return (session.config.set(set[1], set[2]), ok);
    const reset = /^RESET '([^']+)'$/.exec(sql);
    if (reset) return (session.config.delete(reset[1]), ok);
    const table = /^CREATE (?:TEMPORARY )?TABLE (?:IF NOT EXISTS )?`?(\w+)`? \(([^)]*)\)/.exec(sql);
    if (table) return (session.tables.set(table[1].toLowerCase(), table[2].split(',').map((c) => c.trim().replace(/`/g, '').split(/\s+/)).map(([name, type]) => ({ name, type }))), ok);
    if (/^(ALTER TABLE|DROP TABLE IF EXISTS) /.test(sql)) return ok;
    const view = /^CREATE TEMPORARY VIEW (\w+) AS\s/.exec(sql);
    if (view) return this.createView(session, view[1].toLowerCase(), sql);
    const drop = /^DROP TEMPORARY VIEW IF EXISTS (\w+)$/.exec(sql);
    if (drop) return (session.tables.delete(drop[1].toLowerCase()), ok);
    const describe = /^DESCRIBE `?(\w+)`?$/.exec(sql);
    if (describe) return this.describe(session, describe[1].toLowerCase());
    if (sql === 'SHOW JOBS') return { columns: ['job id', 'job name', 'status', 'start time'], rows: this.jobs.map((j) => [j.id, j.name, j.status, '2026-11-30T12:00:00.000Z']) };
    const stop = /^STOP JOB '([0-9a-f]{32})'( WITH SAVEPOINT)?$/.exec(sql);
    if (stop) return this.stopJob(stop[1], stop[2] !== undefined);
    if (/^(INSERT INTO|EXECUTE STATEMENT SET)\b/.test(sql)) return this.startJob(session, sql);
    return { error: `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation.\nCaused by: org.apache.flink.table.api.SqlParserException: SQL parse failed. Encountered "${sql.split(/\s/)[0]}" at line 1, column 1.` };
  }

  private createView(session: Session, name: string, sql: string): NonNullable<Operation['outcome']> {
    const missing = this.missing(session, sql);
    if (missing) return missing;
    const read = tableRead(sql)!;
    session.tables.set(name, selectColumns(sql, { columns: session.tables.get(read.name)!, rows: [] }).map((c) => ({ ...c, type: c.type.toUpperCase() })));
    return { columns: ['result'], rows: [['OK']] };
  }

  private describe(session: Session, name: string): NonNullable<Operation['outcome']> {
    const columns = session.tables.get(name);
    if (!columns) return { error: `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation.\nCaused by: org.apache.flink.table.api.ValidationException: Tables or views with the identifier 'default_catalog.default_database.${name}' doesn't exist.` };
    return { columns: ['name', 'type', 'null', 'key', 'extras', 'watermark'], rows: columns.map((c) => [c.name, c.type, true, null, null, null]) };
  }

  /** Calcite's validation error for a table the session does not know, at its position. */
  private missing(session: Session, sql: string): { error: string } | undefined {
    const read = tableRead(sql);
    if (!read || session.tables.has(read.name)) return undefined;
    const at = lineCol(sql, read.offset);
    const span = `From line ${at.line}, column ${at.column + 1} to line ${at.line}, column ${at.column + read.name.length}`;
    return { error: `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation.\n\tat org.apache.flink.table.gateway.service.operation.OperationManager$Operation.processThrowable(OperationManager.java:414)\nCaused by: org.apache.flink.table.api.ValidationException: SQL validation failed. ${span}: Object '${read.name}' not found\n\tat org.apache.flink.table.planner.calcite.FlinkPlannerImpl.validate(FlinkPlannerImpl.scala:200)\nCaused by: org.apache.calcite.sql.validate.SqlValidatorException: Object '${read.name}' not found` };
  }

  private startJob(session: Session, sql: string): NonNullable<Operation['outcome']> {
    const missing = this.missing(session, sql);
    if (missing) return missing;
    const id = (this.jobs.length + 1).toString(16).padStart(32, 'a');
    const savepoint = session.config.get('execution.savepoint.path');
    this.jobs.push({ id, name: session.config.get('pipeline.name') ?? 'insert-into_default_catalog', status: 'RUNNING', ...(savepoint ? { restoredFrom: savepoint } : {}) });
    return { columns: ['job id'], rows: [[id]], jobId: id };
  }

  private stopJob(id: string, savepoint: boolean): NonNullable<Operation['outcome']> {
    const job = this.jobs.find((j) => j.id === id);
    if (!job || job.status !== 'RUNNING') return { error: `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation.\nCaused by: org.apache.flink.table.gateway.api.utils.SqlGatewayException: Could not stop job ${id} in session.` };
    if (!savepoint) return (job.status = 'CANCELED', { columns: ['result'], rows: [['OK']] });
    job.status = 'FINISHED';
    return { columns: ['savepoint path'], rows: [[`file:/flink/savepoints/savepoint-${id.slice(0, 6)}-5f2c0d1e9a7b`]] };
  }

  private failed(trace: string): FakeAnswer {
    return { status: 500, body: { errors: ['Internal server error.', `<Exception on server side:\n${trace}\n\nEnd of exception on server side>`] } };
  }

  private next(session: string, operation: string, token: number): string {
    return `/v2/sessions/${session}/operations/${operation}/result/${token + 1}?rowFormat=JSON`;
  }
}

function uuid(n: number, tag: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${tag.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}
