import { StrataError, type SourceLocation } from '../errors';
import { EngineRefusal } from './remote';

/** Who we talked to, for messages: never the password, which is only used to scrub. */
export interface ErrorContext {
  target: string;
  /** `http://host:port` without credentials. */
  url: string;
  user: string;
  password: string;
}

/** The text sent to the server; the caller's statement is `sent.slice(start, end)` (the adapter may wrap it, e.g. in DESCRIBE (...)). */
export interface SentStatement {
  sent: string;
  start: number;
  end: number;
}

/** ClickHouse's codes for a refused login: unknown user, wrong password (18.x), authentication failed (20+). */
const AUTH_CODES = new Set([192, 193, 516]);
/** The server we reach could not reach another one of its cluster: network error, all connection tries failed. */
const SHARD_CODES = new Set([210, 279]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE']);
/** Longest "Expected one of" list kept: 18.x lists every statement kind. */
const MAX_EXPECTED = 6;
/** Longest server message kept: some (a block structure mismatch) list every column twice. */
const MAX_TEXT = 300;

/**
 * A ClickHouse or network failure as one StrataError line. An unreachable server and a refused
 * login are `config` errors naming the target; anything the server refused is `engine`, with the
 * server's message reduced to one line and, when it names a byte position, a 0-based location in
 * the caller's statement (an `EngineRefusal`, whose `engineMessage` is the server's text without
 * that position). The location's `file` is empty: the caller knows where the statement came from
 * (and adds the statement's own start).
 */
export function clickHouseError(e: unknown, context: ErrorContext, sql?: SentStatement): StrataError {
  if (e instanceof StrataError) return e;
  const raw = e instanceof Error ? e.message : String(e);
  const networkCode = (e as { code?: unknown }).code;
  if (typeof networkCode === 'string' && NETWORK_CODES.has(networkCode)) {
    return scrubbed('config', `target '${context.target}': cannot reach ClickHouse at ${context.url} (${networkCode}); start the server, or fix targets.${context.target}.host / port in strata.yaml`, context);
  }
  const server = parseServerMessage(raw);
  if (server && AUTH_CODES.has(server.code)) {
    return scrubbed('config', `target '${context.target}': ClickHouse at ${context.url} refused user '${context.user}' (code ${server.code}: wrong user or password); check targets.${context.target}.user and the variable behind its password`, context);
  }
  if (!server) return scrubbed('engine', `target '${context.target}': ${capped(oneLine(raw))}`, context);
  const peer = SHARD_CODES.has(server.code) ? /NetException: [^\n]*?\(([\w.:[\]-]+:\d+)\)/.exec(raw)?.[1] : undefined;
  if (peer) return scrubbed('engine', `target '${context.target}': ClickHouse code ${server.code}: the server at ${peer} of its cluster cannot be reached; start it, or fix the cluster's remote_servers`, context);
  const at = sql ? positioned(server.text, sql) : undefined;
  const message = scrub(`target '${context.target}': ClickHouse code ${server.code}: ${capped(at?.text ?? server.text)}`, context);
  return new EngineRefusal(message, String(server.code), scrub(`code ${server.code}: ${capped(at?.bare ?? server.text)}`, context), at?.location);
}

/** The code and message of a server error, in the 18.x form (`Code: 62, e.displayText() = DB::Exception: ...`) or the modern one (`Code: 62. DB::Exception: ... (SYNTAX_ERROR) (version ...)`). */
function parseServerMessage(raw: string): { code: number; text: string } | undefined {
  const m = /^Code: (\d+)[.,]\s*(?:e\.displayText\(\) = )?(?:DB::Exception: )?([\s\S]*)$/.exec(raw.trim());
  if (!m) return undefined;
  let text = m[2]
    .replace(/(?:, e\.what\(\) = DB::Exception)+/g, '')
    .replace(/\s*\(version [^()]*(?:\([^()]*\))?[^()]*\)\s*$/, '')
    // ON CLUSTER wraps the host's own error: keep the host, drop the repeated code prefix.
    .replace(/: (?:An error occured before execution: )?Code: \d+[.,]\s*(?:e\.displayText\(\) = )?(?:DB::Exception: )?/g, ': ');
  text = shortenExpected(oneLine(text));
  return { code: Number(m[1]), text };
}

function capped(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 3)}...` : text;
}

function shortenExpected(text: string): string {
  const at = text.indexOf('Expected one of: ');
  if (at < 0) return text;
  const items = text.slice(at + 17).split(', ');
  return items.length <= MAX_EXPECTED ? text : `${text.slice(0, at + 17)}${items.slice(0, MAX_EXPECTED).join(', ')}, ...`;
}

const POSITION = /failed at position (\d+)(?: \((?:'[^']*'|end of query)\))?(?: \(line \d+, col \d+\))?: (.*?)(?=\. (?:Expected|Unmatched)|$)/;
/** Longest piece of the statement quoted after a position. */
const MAX_QUOTED = 40;

/**
 * `failed at position N: <rest of the sent text>` (N counts bytes from 1) said of the caller's
 * statement: its 0-based location, and the message with that line and column (1-based) and the
 * caller's text from there, without what the adapter put around it.
 */
function positioned(text: string, sql: SentStatement): { text: string; bare: string; location: SourceLocation } | undefined {
  const m = POSITION.exec(text);
  if (!m) return undefined;
  // Before the statement: the server could not parse the wrapper's subquery as a whole.
  const offset = Math.max(0, Buffer.from(sql.sent, 'utf8').subarray(0, Number(m[1]) - 1).toString('utf8').length - sql.start);
  const own = sql.sent.slice(sql.start, sql.end);
  if (offset > own.length) return undefined;
  const lines = own.slice(0, offset).split('\n');
  const location = { file: '', line: lines.length - 1, character: lines[lines.length - 1].length };
  const rest = oneLine(own.slice(offset));
  const quoted = rest.length > MAX_QUOTED ? `${rest.slice(0, MAX_QUOTED - 1)}…` : rest;
  const from = quoted || 'the end of the statement';
  const said = `failed at line ${location.line + 1}, column ${location.character + 1}: ${from}`;
  return { text: text.replace(m[0], said), bare: text.replace(m[0], `failed at ${from}`), location };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The password never leaves in a message, whatever a server or library echoed. */
function scrubbed(code: 'config' | 'engine', message: string, context: ErrorContext): StrataError {
  return new StrataError(code, scrub(message, context));
}

function scrub(message: string, context: ErrorContext): string {
  return context.password ? message.split(context.password).join('***') : message;
}

/** ClickHouse's code for "Timeout exceeded" (max_execution_time). */
export const TIMEOUT_CODE = 159;

/** True when `e` is the server's max_execution_time refusal. */
export function isServerTimeout(e: unknown): boolean {
  return e instanceof Error && parseServerMessage(e.message)?.code === TIMEOUT_CODE;
}
