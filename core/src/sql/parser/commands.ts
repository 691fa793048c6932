import type { AnalyzeStatement, CommandStatement } from '../ast';
import { parsePartitionSpec } from './dml';
import type { Parser } from './parser';
import { parseStringValue } from './properties';
import { stringValue } from './types';

/** `ANALYZE TABLE t [PARTITION (...)] COMPUTE STATISTICS [NOSCAN | FOR [ALL] COLUMNS [a, b] | PARTIALSCAN]`, Spark `ANALYZE TABLES [IN db] ...`. */
export function parseAnalyze(p: Parser): AnalyzeStatement {
  const start = p.start();
  p.next();
  const allTables = p.eat('TABLES');
  const stmt: AnalyzeStatement = { kind: 'AnalyzeStatement', allTables, partition: [], columns: [], start, end: start };
  if (allTables) {
    if (p.eat('IN') || p.eat('FROM')) stmt.name = p.qualifiedName('a database name');
  } else {
    p.expect('TABLE');
    stmt.name = p.qualifiedName('a table name');
    if (p.eat('PARTITION')) stmt.partition = parsePartitionSpec(p);
  }
  if (p.expect('COMPUTE')) p.expect('STATISTICS');
  if (p.eat('FOR')) {
    if (p.eat('ALL')) p.expect('COLUMNS');
    else if (p.expect('COLUMNS') && p.atIdent()) {
      do {
        const id = p.ident('a column name');
        if (!id) break;
        stmt.columns.push(id);
      } while (p.eat(','));
    }
  } else if (p.at('NOSCAN') || p.at('PARTIALSCAN')) p.next();
  stmt.end = p.lastEnd;
  return stmt;
}

/**
 * Leading keywords of each command, and what follows them: `table` a table name (then anything
 * further is kept as arguments), `args` arguments only.
 */
const COMMANDS: [string[], 'table' | 'args'][] = [
  [['MSCK', 'REPAIR', 'TABLE'], 'table'], [['MSCK', 'TABLE'], 'table'],
  [['REFRESH', 'TABLE'], 'table'], [['REFRESH', 'FUNCTION'], 'table'], [['REFRESH'], 'args'],
  [['UNCACHE', 'TABLE'], 'table'],
  [['CLEAR', 'CACHE'], 'args'],
  [['ADD', 'FILE'], 'args'], [['ADD', 'FILES'], 'args'], [['ADD', 'ARCHIVE'], 'args'], [['ADD', 'ARCHIVES'], 'args'],
  [['LIST', 'FILE'], 'args'], [['LIST', 'FILES'], 'args'], [['LIST', 'ARCHIVE'], 'args'], [['LIST', 'ARCHIVES'], 'args'],
  [['LIST', 'JAR'], 'args'], [['LIST', 'JARS'], 'args'], [['REPAIR', 'TABLE'], 'table'],
  [['RELOAD', 'FUNCTION'], 'args'], [['RELOAD', 'FUNCTIONS'], 'args'], [['ABORT', 'TRANSACTIONS'], 'args'],
];

/** True when the cursor is at one of the commands of `parseCommand` (`ADD JAR` is not one). */
export function atCommand(p: Parser): boolean {
  return COMMANDS.some(([words]) => words[0] === p.peek() && (words.length === 1 || words[1] === p.peek(1)));
}

/** `MSCK [REPAIR] TABLE t ...`, Spark `REPAIR TABLE t`, `REFRESH [TABLE|FUNCTION] x | 'path'`, `UNCACHE TABLE [IF EXISTS] t`, `CLEAR CACHE`, `ADD|LIST FILE ...`, Hive `RELOAD FUNCTION[S]`, `ABORT TRANSACTIONS id ...` (`RESET` is a session statement). */
export function parseCommand(p: Parser): CommandStatement {
  const start = p.start();
  const [words, shape] = COMMANDS.find(([w]) => w.every((word, k) => p.peek(k) === word)) ?? COMMANDS.find(([w]) => w[0] === p.peek())!;
  const stmt: CommandStatement = { kind: 'CommandStatement', command: words.join(' '), args: [], start, end: start };
  p.next();
  for (const word of words.slice(1)) if (!p.expect(word)) return stmt;
  if (shape === 'table' && p.kind() !== 'string') {
    if (p.at2('IF', 'EXISTS')) {
      p.next();
      p.next();
    }
    stmt.name = p.qualifiedName('a name');
  }
  while (!p.atEnd()) {
    if (p.kind() === 'bad') p.unexpected('an argument');
    else if (p.at('PARTITION') && stmt.name) parsePartitionSpec(p);
    else stmt.args.push(argument(p));
  }
  stmt.end = p.lastEnd;
  return stmt;
}

/**
 * One argument as written, a string unquoted; unquoted paths (`ADD FILE /tmp/x.py`) run to the next
 * space. Spark's `REFRESH resource` takes any text this way.
 */
function argument(p: Parser): string {
  if (p.kind() === 'string') return parseStringValue(p) ?? '';
  const start = p.start();
  p.next();
  while (!p.atEnd() && p.token().start === p.lastEnd) p.next();
  const raw = p.text.slice(start, p.lastEnd);
  return raw.startsWith('"') ? stringValue(raw) : raw;
}
