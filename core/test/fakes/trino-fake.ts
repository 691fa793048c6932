/**
 * A Trino coordinator as the Trino documentation "Trino client REST API" (develop/client-protocol,
 * Trino 476) describes it: POST /v1/statement answers a QUEUED QueryResults with `nextUri`; GET
 * on `nextUri` answers RUNNING pages (again with `nextUri`) and a last page without it holding
 * `columns`, `data` or `error` (`message`, `errorCode`, `errorName`, `errorType`,
 * `errorLocation`); DELETE /v1/query/{id} cancels (USER_CANCELED); HTTP basic auth answers 401.
 * Error texts are Trino's: `line 3:15: Table 'hive.live.nope' does not exist`.
 */
import { basicCredentials, HttpFake, type FakeAnswer, type FakeRequest } from './http-fake';
import { applyDdl, describedQuery, fakeTables, projectRows, lineCol, selectColumns, tableRead, type FakeTable } from './fake-tables';

interface FakeQuery {
  id: string;
  sql: string;
  canceled: boolean;
}

const TYPES: Record<string, string> = { string: 'varchar', bigint: 'bigint', int: 'integer' };

export class TrinoFake {
  readonly http: HttpFake;
  readonly tables: Map<string, FakeTable> = fakeTables();
  /** Statements received, in order. */
  readonly statements: string[] = [];
  /** Apply CREATE / ALTER / DROP TABLE to `tables` (publish tests); off, DDL is only acknowledged. */
  keepDdl = false;
  private readonly queries = new Map<string, FakeQuery>();

  constructor(private readonly credentials: string, private readonly catalog = 'hive') {
    this.http = new HttpFake((r) => this.answer(r));
  }

  start(): Promise<number> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  private answer(request: FakeRequest): FakeAnswer | Promise<FakeAnswer> {
    if (basicCredentials(request.headers) !== this.credentials) return { status: 401, body: 'Unauthorized' };
    const [path] = request.path.split('?');
    if (request.method === 'POST' && path === '/v1/statement') return this.submit(request);
    const executing = /^\/v1\/statement\/executing\/([^/]+)\/\d+$/.exec(path);
    if (request.method === 'GET' && executing) return this.page(executing[1]);
    const cancel = /^\/v1\/query\/([^/]+)$/.exec(path);
    if (request.method === 'DELETE' && cancel) {
      const query = this.queries.get(cancel[1]);
      if (query) query.canceled = true;
      return { status: 204 };
    }
    return { status: 404, body: 'Not Found' };
  }

  /** The id the next query submitted gets. */
  nextQueryId(): string {
    return `20261130_120000_${String(this.queries.size).padStart(5, '0')}_fake0`;
  }

  private submit(request: FakeRequest): FakeAnswer {
    const id = this.nextQueryId();
    this.queries.set(id, { id, sql: request.body, canceled: false });
    this.statements.push(request.body);
    return { status: 200, body: { id, infoUri: this.uri(`/ui/query.html?${id}`), nextUri: this.uri(`/v1/statement/executing/${id}/1`), stats: { state: 'QUEUED' } } };
  }

  /** A slow query stays RUNNING (after a pause, as a coordinator long-polls) until canceled. */
  private async page(id: string): Promise<FakeAnswer> {
    const query = this.queries.get(id);
    if (!query) return { status: 404, body: 'Query not found' };
    if (query.canceled) return this.failed(query, 'Query was canceled', 'USER_CANCELED', 3);
    if (tableRead(query.sql)?.name === 'live.slow_events') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { status: 200, body: { id, nextUri: this.uri(`/v1/statement/executing/${id}/2`), stats: { state: 'RUNNING' } } };
    }
    return this.run(query);
  }

  private run(query: FakeQuery): FakeAnswer {
    const sql = query.sql;
    if (sql === 'SELECT 1') return this.rows(query, [{ name: '_col0', type: 'integer' }], [[1]]);
    const describe = /^DESCRIBE (\S+)$/.exec(sql);
    if (describe) {
      const name = describe[1].replace(/"/g, '').split('.').slice(-2).join('.');
      const table = this.tables.get(name);
      if (!table) return this.failed(query, `line 1:10: Table '${this.catalog}.${name}' does not exist`, 'TABLE_NOT_FOUND', 46);
      return this.rows(query, ['Column', 'Type', 'Extra', 'Comment'].map((name) => ({ name, type: 'varchar' })), table.columns.map((c) => [c.name, TYPES[c.type] ?? c.type, '', '']));
    }
    if (/^(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
      if (this.keepDdl) applyDdl(this.tables, sql);
      return { status: 200, body: { id: query.id, stats: { state: 'FINISHED' }, updateType: sql.split(' ').slice(0, 2).join(' ') } };
    }
    const read = tableRead(sql);
    const table = read && this.tables.get(read.name);
    if (!read || !table) {
      const at = lineCol(sql, read?.offset ?? 0);
      const message = read ? `line ${at.line}:${at.column + 1}: Table '${this.catalog}.${read.name}' does not exist` : `line 1:1: mismatched input '${sql.split(/\s/)[0]}'`;
      return this.failed(query, message, read ? 'TABLE_NOT_FOUND' : 'SYNTAX_ERROR', read ? 46 : 1, at);
    }
    if (sql.startsWith('EXPLAIN\n')) {
      const plan = `Trino version: 476\nFragment 0 [SINGLE]\n    Output[columnNames = [${selectColumns(sql, table).map((c) => c.name).join(', ')}]]\n        TableScan[table = ${this.catalog}:${read.name}]`;
      return this.rows(query, [{ name: 'Query Plan', type: 'varchar' }], [[plan]]);
    }
    const selected = selectColumns(describedQuery(sql) ?? sql, table);
    const columns = selected.map((c) => ({ name: c.name, type: TYPES[c.type] ?? c.type }));
    return this.rows(query, columns, describedQuery(sql) !== undefined ? [] : projectRows(table, selected));
  }

  private rows(query: FakeQuery, columns: { name: string; type: string }[], data: unknown[][]): FakeAnswer {
    return { status: 200, body: { id: query.id, columns: columns.map((c) => ({ ...c, typeSignature: { rawType: c.type, arguments: [] } })), data, stats: { state: 'FINISHED' } } };
  }

  private failed(query: FakeQuery, message: string, errorName: string, errorCode: number, at?: { line: number; column: number }): FakeAnswer {
    const error = { message, errorCode, errorName, errorType: 'USER_ERROR', ...(at ? { errorLocation: { lineNumber: at.line, columnNumber: at.column + 1 } } : {}), failureInfo: { type: 'io.trino.spi.TrinoException', message, suppressed: [], stack: [] } };
    return { status: 200, body: { id: query.id, error, stats: { state: 'FAILED' } } };
  }

  private uri(path: string): string {
    return `http://127.0.0.1:${this.http.port}${path}`;
  }
}
