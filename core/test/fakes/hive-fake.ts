/**
 * A Spark Thrift Server (Spark 3.5, HiveServer2 protocol) in HTTP transport mode, answering the
 * TCLIService calls of Hive's `service-rpc/if/TCLIService.thrift` (protocol
 * HIVE_CLI_SERVICE_PROTOCOL_V10; the IDL and its generated code as `hive-driver` ships them):
 * OpenSession, ExecuteStatement (async: analysis errors surface through GetOperationStatus as
 * ERROR_STATE with Spark's error class text and SQLSTATE, parse errors in the ExecuteStatement
 * status), GetOperationStatus, GetResultSetMetadata, FetchResults (columnar TRowSet),
 * CancelOperation, CloseOperation, CloseSession. HTTP basic auth answers 401. Spark's EXPLAIN
 * reports an analysis error as its plan text ("Error occurred during query planning: ..."), as
 * Spark does.
 */
import { thrift as hiveThrift } from 'hive-driver';
import * as net from 'node:net';
import { basicCredentials, HttpFake, type FakeAnswer, type FakeRequest } from './http-fake';
import { applyDdl, describedQuery, fakeTables, lineCol, projectRows, selectColumns, tableRead, type FakeTable } from './fake-tables';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const thrift = require('thrift') as ThriftModule;

interface ThriftTransport {
  new (buffer: undefined, flush: (out: Buffer) => void): unknown;
  receiver(callback: (transport: unknown) => void): (data: Buffer) => void;
}

interface ThriftModule {
  TBufferedTransport: ThriftTransport;
  TFramedTransport: ThriftTransport;
  TBinaryProtocol: new (transport: unknown) => unknown;
}

const T = hiveThrift.TCLIService_types as { TStatusCode: Record<string, number>; TOperationState: Record<string, number>; TTypeId: Record<string, number> };
const OK = { statusCode: 0 };

interface FakeOperation {
  sql: string;
  canceled: boolean;
  /** Rows already fetched: FetchResults pages through a cursor and ends with an empty row set. */
  fetched: number;
  /** Evaluated on the first status call: columns and rows, or Spark's error. */
  outcome?: { columns: { name: string; type: string }[]; rows: unknown[][] } | { error: string; sqlState: string };
}

type Req = Record<string, unknown> & { operationHandle?: { operationId: { guid: Buffer } } };

export class HiveFake {
  readonly http: HttpFake;
  readonly tables: Map<string, FakeTable> = fakeTables();
  readonly statements: string[] = [];
  /** Apply CREATE / ALTER / DROP TABLE to `tables` (publish tests); off, DDL is only acknowledged. */
  keepDdl = false;
  /** TCLIService calls answered, in order. */
  readonly calls: string[] = [];
  private readonly operations: FakeOperation[] = [];
  private readonly processor: { process(input: unknown, output: unknown): void };

  constructor(private readonly credentials: string, private readonly path = '/cliservice') {
    this.http = new HttpFake((r) => this.answer(r));
    const service = hiveThrift.TCLIService as { Processor: new (handler: object) => { process(input: unknown, output: unknown): void } };
    const handlers = this.handler() as Record<string, (req: Req) => Promise<object>>;
    const recorded = Object.fromEntries(Object.entries(handlers).map(([name, f]) => [name, (req: Req) => (this.calls.push(name), f(req))]));
    this.processor = new service.Processor(recorded);
  }

  start(): Promise<number> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /**
   * Binary transport instead (hive.server2.transport.mode=binary): a SASL PLAIN handshake
   * (START "PLAIN", OK "authzid\0user\0password", answered COMPLETE or BAD), then framed Thrift.
   */
  async startTcp(): Promise<{ port: number; stop: () => Promise<void> }> {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      this.saslThenThrift(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const stop = async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    };
    return { port: (server.address() as net.AddressInfo).port, stop };
  }

  private saslThenThrift(socket: net.Socket): void {
    let pending = Buffer.alloc(0);
    let frames = 0;
    let thriftData: ((data: Buffer) => void) | undefined;
    socket.on('data', (chunk: Buffer) => {
      if (thriftData) return thriftData(chunk);
      pending = Buffer.concat([pending, chunk]);
      while (!thriftData && pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
        const body = pending.subarray(5, 5 + pending.readUInt32BE(1));
        pending = pending.subarray(5 + body.length);
        if (++frames < 2) continue;
        const [, user, password] = body.toString('utf8').split('\0');
        if (`${user}:${password}` !== this.credentials) {
          const message = Buffer.from('Error validating the login');
          socket.end(Buffer.concat([Buffer.from([3]), Buffer.from([0, 0, 0, message.length]), message]));
          return;
        }
        socket.write(Buffer.from([5, 0, 0, 0, 0]));
        thriftData = thrift.TFramedTransport.receiver((input) => {
          const output = new thrift.TBinaryProtocol(new thrift.TFramedTransport(undefined, (out) => socket.write(out)));
          this.processor.process(new thrift.TBinaryProtocol(input), output);
        });
        if (pending.length > 0) thriftData(pending);
      }
    });
  }

  private answer(request: FakeRequest): FakeAnswer | Promise<FakeAnswer> {
    if (request.method !== 'POST' || request.path !== this.path) return { status: 404, body: 'Not Found' };
    if (basicCredentials(request.headers) !== this.credentials) return { status: 401, body: 'Unauthorized' };
    return new Promise((resolve) => {
      thrift.TBufferedTransport.receiver((input) => {
        const output = new thrift.TBinaryProtocol(new thrift.TBufferedTransport(undefined, (out) => resolve({ status: 200, body: out })));
        this.processor.process(new thrift.TBinaryProtocol(input), output);
      })(request.raw);
    });
  }

  /** TCLIService handlers (wrapped in one-argument functions, so the generated processor awaits their promises). */
  private handler(): object {
    const handle = (n: number) => ({ operationId: { guid: guid(n), secret: guid(0) }, operationType: 0, hasResultSet: true });
    return {
      OpenSession: async () => ({ status: OK, serverProtocolVersion: 9, sessionHandle: { sessionId: { guid: guid(1), secret: guid(2) } }, configuration: {} }),
      CloseSession: async () => ({ status: OK }),
      ExecuteStatement: async (req: Req) => {
        const sql = String(req.statement);
        this.statements.push(sql);
        const parse = /^(SELEC|FORM)\b/.exec(sql);
        if (parse) return { status: { statusCode: T.TStatusCode.ERROR_STATUS, sqlState: '42601', errorMessage: `[PARSE_SYNTAX_ERROR] Syntax error at or near '${parse[1]}'.(line 1, pos 0)\n\n== SQL ==\n${sql}` } };
        this.operations.push({ sql, canceled: false, fetched: 0 });
        return { status: OK, operationHandle: handle(this.operations.length - 1) };
      },
      GetOperationStatus: async (req: Req) => this.status(this.operation(req)),
      GetResultSetMetadata: async (req: Req) => {
        const outcome = this.operation(req).outcome;
        const columns = outcome && 'columns' in outcome ? outcome.columns : [];
        return { status: OK, schema: { columns: columns.map((c, i) => ({ columnName: c.name, position: i + 1, typeDesc: { types: [{ primitiveEntry: { type: T.TTypeId[`${c.type.toUpperCase()}_TYPE`] } }] } })) } };
      },
      FetchResults: async (req: Req) => {
        const op = this.operation(req);
        const outcome = op.outcome;
        const rows = outcome && 'rows' in outcome ? outcome.rows.slice(op.fetched, op.fetched + Number(req.maxRows)) : [];
        op.fetched += rows.length;
        const columns = outcome && 'columns' in outcome ? outcome.columns : [];
        return { status: OK, hasMoreRows: false, results: { startRowOffset: 0, rows: [], columns: columns.map((c, i) => column(c.type, rows.map((r) => r[i]))) } };
      },
      CancelOperation: async (req: Req) => {
        this.operation(req).canceled = true;
        return { status: OK };
      },
      CloseOperation: async () => ({ status: OK }),
    };
  }

  private operation(req: Req): FakeOperation {
    return this.operations[req.operationHandle!.operationId.guid.readUInt32BE(0)];
  }

  private status(op: FakeOperation): object {
    const S = T.TOperationState;
    if (op.canceled) return { status: OK, operationState: S.CANCELED_STATE };
    if (tableRead(op.sql)?.name === 'live.slow_events') return { status: OK, operationState: S.RUNNING_STATE };
    op.outcome ??= this.run(op.sql);
    if ('error' in op.outcome) return { status: OK, operationState: S.ERROR_STATE, errorMessage: op.outcome.error, sqlState: op.outcome.sqlState };
    return { status: OK, operationState: S.FINISHED_STATE, hasResultSet: true };
  }

  private run(sql: string): NonNullable<FakeOperation['outcome']> {
    const describe = /^DESCRIBE (\S+)$/.exec(sql);
    if (describe) {
      const name = describe[1].replace(/`/g, '').toLowerCase();
      const table = this.tables.get(name);
      if (!table) return notFound(name, sql, sql.indexOf(describe[1]));
      return { columns: ['col_name', 'data_type', 'comment'].map((name) => ({ name, type: 'string' })), rows: table.columns.map((c) => [c.name, c.type, null]) };
    }
    if (/^(CREATE|ALTER|DROP|INSERT|SET)\b/.test(sql)) {
      if (this.keepDdl) applyDdl(this.tables, sql);
      return { columns: [], rows: [] };
    }
    const read = tableRead(sql);
    const table = read && this.tables.get(read.name);
    const explain = sql.startsWith('EXPLAIN\n');
    if (!read || !table) {
      const error = read ? notFound(read.name, sql, read.offset) : { error: `[PARSE_SYNTAX_ERROR] Syntax error at end of input.(line 1, pos ${sql.length})`, sqlState: '42601' };
      return explain ? { columns: [{ name: 'plan', type: 'string' }], rows: [[`Error occurred during query planning: \n${error.error}`]] } : error;
    }
    const selected = selectColumns(describedQuery(sql) ?? sql, table);
    if (explain) return { columns: [{ name: 'plan', type: 'string' }], rows: [[`== Physical Plan ==\n*(1) Project [${selected.map((c) => c.name).join(', ')}]\n+- Scan hive spark_catalog.${read.name}\n\n`]] };
    return { columns: selected, rows: describedQuery(sql) !== undefined ? [] : projectRows(table, selected) };
  }
}

/** Spark 3.5's AnalysisException text for a missing table, with its position in the statement. */
function notFound(name: string, sql: string, offset: number): { error: string; sqlState: string } {
  const at = lineCol(sql, offset);
  const quoted = name.split('.').map((p) => `\`${p}\``).join('.');
  return {
    sqlState: '42P01',
    error: `[TABLE_OR_VIEW_NOT_FOUND] The table or view ${quoted} cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.; line ${at.line} pos ${at.column};\n'UnresolvedRelation [${name.split('.').join(', ')}], [], false\n`,
  };
}

function guid(n: number): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32BE(n, 0);
  return b;
}

/** A TColumn of the type's value list, with the null bitmap TCLIService defines (bit i of byte i/8 set for a NULL). */
function column(type: string, values: unknown[]): object {
  const nulls = Buffer.alloc(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v === null || v === undefined) nulls[i >> 3] |= 1 << (i & 7);
  });
  if (type === 'bigint') return { i64Val: { values: values.map((v) => Number(v ?? 0)), nulls } };
  if (type === 'int') return { i32Val: { values: values.map((v) => Number(v ?? 0)), nulls } };
  return { stringVal: { values: values.map((v) => String(v ?? '')), nulls } };
}
