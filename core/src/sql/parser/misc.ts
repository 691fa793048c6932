import type { AlterTable, ColumnDef, DropStatement, PartitionSpec, QualifiedName, SetStatement, TruncateStatement, UseStatement } from '../ast';
import { parseColumnDef } from './ddl';
import { parsePartitionSpec } from './dml';
import type { Parser } from './parser';
import { parseProperties } from './properties';
import { stringValue } from './types';

export function missingName(p: Parser): QualifiedName {
  const at = p.start();
  return { kind: 'QualifiedName', parts: [], start: at, end: at };
}

/** `SET`, `SET k = v`, `SET 'k' = 'v'`, `SET hivevar:x=1`: key and value as raw text, unquoted. */
export function parseSet(p: Parser): SetStatement {
  const start = p.start();
  p.next();
  const stmt: SetStatement = { kind: 'SetStatement', start, end: start };
  let keyStart = -1;
  let keyEnd = -1;
  while (!p.atEnd() && !p.at('=')) {
    if (p.kind() === 'bad') p.unexpected('a key');
    if (keyStart < 0) keyStart = p.start();
    keyEnd = p.take().end;
  }
  if (keyStart >= 0) stmt.key = unquote(p, p.text.slice(keyStart, keyEnd));
  if (p.eat('=')) {
    if (p.atEnd() && p.dialect === 'flink') p.unexpected('a value');
    const valueStart = p.start();
    p.skipToEnd();
    stmt.value = valueStart < p.lastEnd ? unquote(p, p.text.slice(valueStart, p.lastEnd)) : '';
  }
  stmt.end = p.lastEnd;
  return stmt;
}

const USE_OBJECTS = new Set(['NAMESPACE', 'DATABASE', 'SCHEMA']);

function unquote(p: Parser, s: string): string {
  const c = s[0];
  if (s.length >= 2 && (c === "'" || c === '"' || c === '`') && s[s.length - 1] === c) return stringValue(s, p.dialect !== 'flink');
  return s;
}

/** `USE [CATALOG] name`; Spark also `USE NAMESPACE|DATABASE|SCHEMA name`. */
export function parseUse(p: Parser): UseStatement {
  const start = p.start();
  p.next();
  const named = p.kind(1) !== 'eof' && p.peek(1) !== ';';
  const catalog = p.at('CATALOG') && named ? (p.next(), true) : false;
  if (!catalog && named && p.dialect === 'spark' && USE_OBJECTS.has(p.peek())) p.next();
  const name = p.qualifiedName('a database name') ?? missingName(p);
  return { kind: 'UseStatement', catalog, name, start, end: p.lastEnd };
}

const DROP_OBJECTS: Record<string, DropStatement['objectType']> = {
  TABLE: 'TABLE', VIEW: 'VIEW', DATABASE: 'DATABASE', SCHEMA: 'DATABASE', FUNCTION: 'FUNCTION', CATALOG: 'CATALOG',
  PARTITION: 'PARTITION', INDEX: 'OTHER', MACRO: 'OTHER', ROLE: 'OTHER', VARIABLE: 'OTHER', SCHEDULED: 'OTHER',
  CONNECTOR: 'OTHER', DATACONNECTOR: 'OTHER',
};

/** `DROP [TEMPORARY [SYSTEM]] TABLE|VIEW|DATABASE|FUNCTION [IF EXISTS] name ...`; the tail (PURGE, CASCADE) is skipped. */
export function parseDrop(p: Parser): DropStatement {
  const start = p.start();
  p.next();
  while (p.at('TEMPORARY') || p.at('TEMP') || p.at('MATERIALIZED') || p.at('GLOBAL') || (p.dialect === 'flink' && p.at('SYSTEM'))) p.next();
  const objectType = DROP_OBJECTS[p.peek()];
  if (!objectType) p.unexpected('what to drop (TABLE, VIEW, DATABASE, FUNCTION, ...)', Object.keys(DROP_OBJECTS));
  p.next();
  const stmt: DropStatement = { kind: 'DropStatement', objectType: objectType ?? 'OTHER', ifExists: false, start, end: start };
  if (p.eat('IF')) stmt.ifExists = p.expect('EXISTS');
  if (objectType !== 'OTHER' && objectType !== 'PARTITION') stmt.name = p.qualifiedName('a name');
  p.skipToEnd();
  stmt.end = p.lastEnd;
  return stmt;
}

/** `TRUNCATE TABLE t [PARTITION (...)]`. */
export function parseTruncate(p: Parser): TruncateStatement {
  const start = p.start();
  p.next();
  p.eat('TABLE');
  const name = p.qualifiedName('a table name') ?? missingName(p);
  const partition = p.eat('PARTITION') ? parsePartitionSpec(p) : [];
  return { kind: 'TruncateStatement', name, partition, start, end: p.lastEnd };
}

/** What can follow ALTER: where a misspelling (`ALTER TABEL`) is looked up. */
const ALTER_OBJECTS = ['TABLE', 'VIEW', 'DATABASE', 'SCHEMA', 'CATALOG', 'FUNCTION', 'INDEX', 'MATERIALIZED'];

/** `ALTER TABLE|VIEW t <action>`: the common actions get a tree, others are kept as 'OTHER'. */
export function parseAlterTable(p: Parser): AlterTable {
  const start = p.start();
  p.next();
  const view = p.at('VIEW');
  if (!view && !p.at('TABLE')) p.unexpected("'TABLE' or 'VIEW'", ALTER_OBJECTS);
  p.next();
  // Flink `ALTER TABLE IF EXISTS t ...`.
  if (p.eat('IF')) p.expect('EXISTS');
  const name = p.qualifiedName('a table name') ?? missingName(p);
  const stmt: AlterTable = { kind: 'AlterTable', name, view, action: 'OTHER', columns: [], partitions: [], start, end: start };
  parseAlterAction(p, stmt);
  p.skipToEnd();
  stmt.end = p.lastEnd;
  return stmt;
}

function parseAlterAction(p: Parser, stmt: AlterTable): void {
  const w = p.peek();
  const next = p.peek(1);
  if (w === 'RENAME' && next === 'TO') {
    p.next();
    p.next();
    stmt.action = 'RENAME';
    stmt.newName = p.qualifiedName('a table name');
  } else if ((w === 'ADD' || w === 'REPLACE') && (next === 'COLUMNS' || (next === 'COLUMN' && p.peek(2) === '('))) {
    p.next();
    p.next();
    stmt.action = w === 'ADD' ? 'ADD COLUMNS' : 'REPLACE COLUMNS';
    stmt.columns = parseColumnList(p);
  } else if ((w === 'ADD' || w === 'DROP') && (next === 'PARTITION' || next === 'IF')) {
    p.next();
    stmt.action = w === 'ADD' ? 'ADD PARTITION' : 'DROP PARTITION';
    if (p.at('IF')) {
      p.next();
      p.eat('NOT');
      p.expect('EXISTS');
    }
    stmt.partitions = parsePartitionList(p);
  } else if (w === 'EXCHANGE' && next === 'PARTITION') {
    // Hive: the partition moves from the `WITH TABLE` table into this one.
    p.next();
    p.next();
    stmt.action = 'EXCHANGE PARTITION';
    stmt.partitions = [parsePartitionSpec(p)];
    if (p.expect('WITH') && p.expect('TABLE')) stmt.newName = p.qualifiedName('a table name');
  } else if (w === 'SET' && next === 'TBLPROPERTIES') {
    p.next();
    p.next();
    stmt.action = 'SET TBLPROPERTIES';
    parseProperties(p);
  } else checkOtherAction(p);
}

/** First words of the ALTER TABLE actions kept as 'OTHER' (Hive, Spark, Flink). */
const OTHER_ACTIONS = new Set([
  'ADD', 'DROP', 'RENAME', 'SET', 'UNSET', 'RESET', 'CHANGE', 'REPLACE', 'ALTER', 'MODIFY', 'PARTITION', 'RECOVER', 'TOUCH',
  'ARCHIVE', 'UNARCHIVE', 'COMPACT', 'CONCATENATE', 'CLUSTERED', 'CLUSTER', 'SKEWED', 'NOT', 'ENABLE', 'DISABLE', 'UPDATE', 'OWNER',
  'AS', 'WITH', 'INTO', 'EXECUTE',
]);

/** What ADD and DROP act on; a misspelling of one of them (`ADD PARTITON`) is an error. */
const ADD_DROP_OBJECTS = ['PARTITION', 'PARTITIONS', 'COLUMNS', 'COLUMN', 'CONSTRAINT', 'WATERMARK', 'PRIMARY', 'IF'];

/** The actions we skip must still start with a known word, and ADD/DROP must name a known object. */
function checkOtherAction(p: Parser): void {
  const w = p.peek();
  if (p.atEnd() || (OTHER_ACTIONS.has(w) && !((w === 'ADD' || w === 'DROP') && p.kind(1) === 'word'))) return;
  if (OTHER_ACTIONS.has(w)) {
    // `ADD col INT` (Spark/Flink without COLUMN) is valid: only a near miss of an object word is wrong.
    p.next();
    if (!ADD_DROP_OBJECTS.includes(p.peek())) p.misspelt(ADD_DROP_OBJECTS);
    return;
  }
  p.unexpected('an ALTER TABLE action (ADD, DROP, RENAME, SET, CHANGE, ...)', [...OTHER_ACTIONS]);
}

function parseColumnList(p: Parser): ColumnDef[] {
  const open = p.start();
  const out: ColumnDef[] = [];
  if (!p.expect('(')) return out;
  do {
    const col = parseColumnDef(p, true);
    if (!col) return out;
    out.push(col);
  } while (p.eat(','));
  p.close(open);
  return out;
}

/** `PARTITION (...) [LOCATION '...'] [, ] PARTITION (...) ...`. */
function parsePartitionList(p: Parser): PartitionSpec[][] {
  const out: PartitionSpec[][] = [];
  while (p.eat('PARTITION')) {
    out.push(parsePartitionSpec(p));
    if (p.eat('LOCATION')) p.next();
    p.eat(',');
  }
  return out;
}
