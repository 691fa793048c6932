import type { Diagnostic } from '../diagnostic';
import { EngineRefusal, type ClickHouseEngine } from '../engines';
import { StrataError } from '../errors';
import type { Statement } from '../sql/ast';
import { diagnosticAt, render, stepText, type RemotePhase, type RemoteStatement } from './dry-run-remote';
import type { WorkspaceFile } from './workspace';

/** Statement kinds whose query ClickHouse can describe. */
const DESCRIBED_KINDS = new Set(['Insert', 'QueryStatement']);

/**
 * What a ClickHouse message names, found again in the statement sent when the server gives no
 * position: an unknown column, function, table or database.
 */
const NAMED = [
  /Unknown identifier: ([\w.]+)/,
  /Missing columns: '([\w.]+)'/,
  /Unknown function ([\w.]+)/,
  /Table ([\w.]+) doesn't exist/,
  /Database ([\w.]+) doesn't exist/,
];

/**
 * Asks ClickHouse about the job without running it: each INSERT's query and each query, variables
 * rendered, is described (`DESCRIBE (query)`: analysed, not run); other statements (Spark SET
 * options, DDL) mean nothing to ClickHouse or would change it, and are not sent. A refusal
 * becomes a diagnostic at the position the server names or, failing that, where the statement
 * names what it refused; later statements are not sent.
 */
export async function runOnClickHouse(engine: ClickHouseEngine, wf: WorkspaceFile, vars: Record<string, string>, timeoutMs: number): Promise<RemotePhase> {
  const phase: RemotePhase = { statements: [], diagnostics: [] };
  for (const statement of wf.script.statements) {
    const query = describedQuery(statement, wf.file.text);
    const source = wf.file.text.slice(statement.start, statement.end);
    const entry: RemoteStatement = { line: wf.lines.position(statement.start).line, action: query ? 'describe' : 'skipped', step: stepText(source) };
    phase.statements.push(entry);
    if (!query) continue;
    const sent = render(query.text, vars);
    try {
      entry.columns = await engine.describe(sent, { timeoutMs });
    } catch (e) {
      if (!(e instanceof EngineRefusal) && !(e instanceof StrataError && e.code === 'timeout')) throw e;
      phase.diagnostics.push(refusal(wf, query.start, sent, e, vars));
      return phase;
    }
  }
  return phase;
}

/**
 * The query ClickHouse is asked to describe and where it starts in the file. An INSERT's query
 * keeps a WITH written before `INSERT ... PARTITION (...)`, that clause blanked out (newlines
 * kept), so that every position in it is where the file has it.
 */
function describedQuery(statement: Statement, text: string): { start: number; text: string } | undefined {
  if (!DESCRIBED_KINDS.has(statement.kind)) return undefined;
  if (statement.kind !== 'Insert') return { start: statement.start, text: text.slice(statement.start, statement.end) };
  const { query } = statement;
  if (query.end <= query.start) return undefined;
  const before = query.with !== undefined && query.with.end <= query.start;
  const start = before ? query.with!.start : query.start;
  const blankFrom = before ? query.with!.end : query.start;
  return { start, text: `${text.slice(start, blankFrom)}${text.slice(blankFrom, query.start).replace(/[^\n]/g, ' ')}${text.slice(query.start, query.end)}` };
}

function refusal(wf: WorkspaceFile, start: number, sent: string, e: StrataError, vars: Record<string, string>): Diagnostic {
  if (!(e instanceof EngineRefusal)) return diagnosticAt(wf, start, undefined, 'timeout', e.message, vars);
  const at = e.location ?? named(sent, e.engineMessage);
  return diagnosticAt(wf, start, at, 'clickhouse', `clickhouse: ${e.engineMessage}`, vars);
}

/** Where the statement sent names what the message says is unknown (its first whole-word use), 0-based. */
function named(sent: string, message: string): { line: number; character: number } | undefined {
  for (const pattern of NAMED) {
    const name = pattern.exec(message)?.[1];
    if (!name) continue;
    const found = new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\.')}(?![\\w])`, 'i').exec(sent);
    if (!found) continue;
    const lines = sent.slice(0, found.index).split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
  }
  return undefined;
}
