import type { Diagnostic } from '../diagnostic';
import { enginePosition, EngineRefusal, type RemoteEngine, type ResultColumn } from '../engines';
import { StrataError } from '../errors';
import type { Statement } from '../sql/ast';
import { toDiagnostic, type WorkspaceFile } from './workspace';

/** What the engine said of one statement of the job. */
export interface RemoteStatement {
  /** 0-based line of the statement in the job file. */
  line: number;
  /** `explain`: its plan was asked; `describe`: its query's output described (ClickHouse); `session`: run, as it only changes the session (SET, temporary views); `skipped`: not sent. */
  action: 'explain' | 'describe' | 'session' | 'skipped';
  /** The statement's leading words (`INSERT OVERWRITE TABLE dws.t`). */
  step: string;
  plan?: string;
  /** An INSERT's query output as the engine describes it. */
  columns?: ResultColumn[];
}

export interface RemotePhase {
  statements: RemoteStatement[];
  diagnostics: Diagnostic[];
}

/** Statement kinds that only change the session, so a dry-run may run them for the statements after. */
const SESSION_KINDS = new Set(['SetStatement', 'UseStatement', 'SessionStatement', 'ResourceStatement']);
/** Statement kinds whose plan EXPLAIN shows without running them. */
const EXPLAINED_KINDS = new Set(['Insert', 'MultiInsert', 'QueryStatement']);
const VARIABLE = /\$\{([a-z_][a-z0-9_]*)\}/g;

/**
 * Sends the job's statements, variables rendered but not translated, to a cluster engine: SET
 * and temporary views run (session only), INSERTs and queries are EXPLAINed and each INSERT's
 * query described; DDL that would change the target is not sent. The engine's refusal becomes
 * a diagnostic at the position it names, mapped back to the job file; later statements are not
 * sent (they build on it). Nothing is written.
 */
export async function runOnRemote(engine: RemoteEngine, wf: WorkspaceFile, vars: Record<string, string>, timeoutMs: number): Promise<RemotePhase> {
  const phase: RemotePhase = { statements: [], diagnostics: [] };
  for (const statement of wf.script.statements) {
    const source = wf.file.text.slice(statement.start, statement.end);
    const entry: RemoteStatement = { line: wf.lines.position(statement.start).line, action: actionOf(statement), step: stepText(source) };
    phase.statements.push(entry);
    if (entry.action === 'skipped') continue;
    try {
      if (entry.action === 'session') await engine.execute(render(source, vars), { timeoutMs });
      else await explain(engine, wf, statement, entry, vars, timeoutMs);
    } catch (e) {
      if (!(e instanceof EngineRefusal) && !(e instanceof StrataError && e.code === 'timeout')) throw e;
      phase.diagnostics.push(refusal(engine.name, wf, statement.start, e, vars));
      return phase;
    }
  }
  return phase;
}

function actionOf(statement: Statement): RemoteStatement['action'] {
  if (EXPLAINED_KINDS.has(statement.kind)) return 'explain';
  if (SESSION_KINDS.has(statement.kind) || (statement.kind === 'CreateView' && statement.temporary)) return 'session';
  return 'skipped';
}

async function explain(engine: RemoteEngine, wf: WorkspaceFile, statement: Statement, entry: RemoteStatement, vars: Record<string, string>, timeoutMs: number): Promise<void> {
  entry.plan = await engine.explain(render(wf.file.text.slice(statement.start, statement.end), vars), { timeoutMs });
  if (statement.kind !== 'Insert' || statement.query.end <= statement.query.start) return;
  try {
    entry.columns = await engine.describe(render(wf.file.text.slice(statement.query.start, statement.query.end), vars));
  } catch (e) {
    // The EXPLAIN passed: a describe refused at the same place would only repeat the plan's answer.
    if (!(e instanceof EngineRefusal)) throw e;
  }
}

/** The statement with the run's variables in place (what the engine is sent). */
export function render(sql: string, vars: Record<string, string>): string {
  return sql.replace(VARIABLE, (ref, name: string) => vars[name] ?? ref);
}

/** The statement's leading words, as the adapters name steps. */
export function stepText(source: string): string {
  return source.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim().split(/\s+/).slice(0, 4).join(' ');
}

/**
 * The engine's refusal as a diagnostic at the position it names. The adapters send a statement
 * on the line after their EXPLAIN / describe prefix, so the engine's line 2 is the statement's
 * first line.
 */
function refusal(engine: string, wf: WorkspaceFile, start: number, e: StrataError, vars: Record<string, string>): Diagnostic {
  const at = e instanceof EngineRefusal ? enginePosition(e.engineMessage) : undefined;
  const code = e.code === 'timeout' ? 'timeout' : engine;
  // The diagnostic's own position replaces the engine's, which counts lines of what was sent.
  const text = e instanceof EngineRefusal ? `${engine}: ${at ? withoutPosition(e.engineMessage) : e.engineMessage}` : e.message;
  return diagnosticAt(wf, start, at && at.line >= 1 ? { line: at.line - 1, character: at.character } : undefined, code, text, vars);
}

/**
 * A diagnostic at `at` (0-based line and column of the rendered statement that starts at `start`
 * in the job file; none: the statement's start), its columns mapped back over the rendered
 * variables of that line, spanning the word there.
 */
export function diagnosticAt(wf: WorkspaceFile, start: number, at: { line: number; character: number } | undefined, code: string, text: string, vars: Record<string, string>): Diagnostic {
  if (!at) return toDiagnostic(wf.file.path, wf.lines, start, start, code, text);
  const first = wf.lines.position(start);
  const line = first.line + at.line;
  const lineStart = at.line === 0 ? start : wf.lines.offset({ line, character: 0 });
  const offset = lineStart + sourceColumn(wf.file.text.slice(lineStart, wf.lines.offset({ line: line + 1, character: 0 })), at.character, vars);
  const word = /^[\w.`"]+/.exec(wf.file.text.slice(offset))?.[0].length ?? 0;
  return toDiagnostic(wf.file.path, wf.lines, offset, offset + word, code, text);
}

/** An engine message without the position it names: Spark's `(line 4 pos 6)`, Trino's `line 4:7: `, Flink's `From line 3, column 6 to line 3, column 9: `. */
function withoutPosition(message: string): string {
  return message.replace(/\s*\(line \d+,? pos \d+\)/, '').replace(/^line \d+:\d+: /, '').replace(/From line \d+, column \d+ to line \d+, column \d+: /, '');
}

/** The column in `line` (source text) of column `rendered` of its rendered text. */
function sourceColumn(line: string, rendered: number, vars: Record<string, string>): number {
  let shift = 0;
  for (const m of line.matchAll(VARIABLE)) {
    const value = vars[m[1]] ?? m[0];
    if (m.index + shift >= rendered) break;
    if (m.index + shift + value.length > rendered) return m.index;
    shift += value.length - m[0].length;
  }
  return rendered - shift;
}
