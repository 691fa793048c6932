import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake answers to one request. */
export interface FakeAnswer {
  status: number;
  /** JSON unless a string or bytes. */
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body's bytes (Thrift over HTTP is binary). */
  raw: Buffer;
}

/** A failure the next matching request meets: a 503 from a proxy, or the connection closed with no answer. */
export type Fault = '503' | 'drop';

/**
 * A loopback HTTP server for protocol fakes: records requests, answers through `handle`, and
 * injects faults on demand. `stop()` closes every open connection so a test never leaves it behind.
 */
export class HttpFake {
  readonly requests: FakeRequest[] = [];
  private readonly server: http.Server;
  private readonly faults: { fault: Fault; match: RegExp }[] = [];

  constructor(handle: (request: FakeRequest) => Promise<FakeAnswer> | FakeAnswer) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const request: FakeRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: raw.toString('utf8'), raw };
        this.requests.push(request);
        const at = this.faults.findIndex((f) => f.match.test(`${request.method} ${request.path}`));
        const fault = at >= 0 ? this.faults.splice(at, 1)[0].fault : undefined;
        if (fault === 'drop') return void req.socket.destroy();
        if (fault === '503') return send(res, { status: 503, body: 'Service Unavailable' });
        void Promise.resolve(handle(request)).then((answer) => send(res, answer), (e: unknown) => send(res, { status: 500, body: String(e) }));
      });
    });
  }

  /** Listens on a free loopback port and returns it. */
  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.port;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The next request whose `METHOD path` matches `match` meets `fault`. */
  inject(fault: Fault, match: RegExp = /./): void {
    this.faults.push({ fault, match });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function send(res: http.ServerResponse, answer: FakeAnswer): void {
  if (res.destroyed) return;
  const body = answer.body;
  if (Buffer.isBuffer(body)) {
    res.writeHead(answer.status, { 'Content-Type': 'application/x-thrift' });
    return void res.end(body);
  }
  res.writeHead(answer.status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
}

/** The `user:password` of a Basic Authorization header, or undefined. */
export function basicCredentials(headers: http.IncomingHttpHeaders): string | undefined {
  const value = headers.authorization;
  return value?.startsWith('Basic ') ? Buffer.from(value.slice(6), 'base64').toString('utf8') : undefined;
}
