import type { ColumnDef, CreateTable, Identifier, LikeOption, PrimaryKey, TableConstraint, Watermark } from '../ast';
import { atTableConstraint, parseColumnConstraint, parseConstraintState, parseTableConstraint } from './constraints';
import { errorExpr, parseExpr } from './expressions';
import type { Parser } from './parser';
import { parseQuery, startsQuery } from './queries';
import { parseProperties, parseStringValue } from './properties';
import { parseDataType } from './types';

/** Reads `CREATE [OR REPLACE] [GLOBAL] [TEMPORARY|TEMP] [EXTERNAL] [MATERIALIZED]` flags (Hive also `MANAGED`). */
export function createFlags(p: Parser): { orReplace: boolean; temporary: boolean; external: boolean; materialized: boolean } {
  p.next();
  const flags = { orReplace: false, temporary: false, external: false, materialized: false };
  for (;;) {
    const w = p.peek();
    if (w === 'OR' && p.peek(1) === 'REPLACE') {
      p.next();
      flags.orReplace = true;
    } else if (w === 'TEMPORARY' || w === 'TEMP') flags.temporary = true;
    else if (w === 'EXTERNAL') flags.external = true;
    else if (w === 'MATERIALIZED') flags.materialized = true;
    else if (w !== 'GLOBAL' && w !== 'TRANSACTIONAL' && !(w === 'MANAGED' && p.dialect === 'hive')) return flags;
    p.next();
  }
}

export function ifNotExists(p: Parser): boolean {
  if (!(p.at('IF') && p.peek(1) === 'NOT')) return false;
  p.next();
  p.next();
  p.expect('EXISTS');
  return true;
}

export function parseCreateTable(p: Parser): CreateTable {
  const start = p.start();
  const flags = createFlags(p);
  p.next(); // TABLE
  const notExists = ifNotExists(p);
  const name = p.qualifiedName('a table name') ?? { kind: 'QualifiedName' as const, parts: [], start: p.start(), end: p.start() };
  const table: CreateTable = {
    kind: 'CreateTable', orReplace: flags.orReplace, temporary: flags.temporary, external: flags.external,
    ifNotExists: notExists, name, columns: [], partitionedBy: [], tblProperties: [], withOptions: [], start, end: start,
  };
  if (p.at('(')) parseTableElements(p, table);
  while (!p.atEnd() && !p.at('END') && parseTableClause(p, table));
  table.end = p.lastEnd;
  return table;
}

/** What may follow a column's type: where a misspelt word inside a column list is looked up. */
const COLUMN_OPTIONS = ['COMMENT', 'NOT', 'NULL', 'PRIMARY', 'METADATA', 'VIRTUAL', 'DEFAULT', 'CONSTRAINT', 'GENERATED'];

/** `( column, ..., WATERMARK FOR ..., PRIMARY KEY (...) NOT ENFORCED )`. */
function parseTableElements(p: Parser, table: CreateTable): void {
  const open = p.start();
  p.next();
  do {
    if (p.at(')') && table.columns.length > 0) {
      p.softError(`${p.describe()}, expected a column definition after ','`);
      break;
    }
    if (p.at2('WATERMARK', 'FOR')) table.watermark = parseWatermark(p);
    else if (atTableConstraint(p)) addConstraint(table, parseTableConstraint(p));
    else {
      const col = parseColumnDef(p, true);
      if (!col) return;
      table.columns.push(col);
    }
  } while (p.eat(','));
  // `(a INT COMMNET 'x')` misspells a column option; `(a INT b STRING)` lacks a comma.
  if (p.kind() === 'word' && p.misspelt(COLUMN_OPTIONS)) return;
  if (p.atIdent() && (p.kindAt(p.pos + 1) === 'word' || p.kindAt(p.pos + 1) === 'quoted')) p.missingComma();
  p.close(open);
}

function parseWatermark(p: Parser): Watermark {
  const start = p.start();
  p.next();
  p.expect('FOR');
  const column = p.ident('a column name') ?? missingIdent(p);
  const fields: Identifier[] = [];
  while (p.eat('.')) fields.push(p.ident('a field name') ?? missingIdent(p));
  const expr = p.expect('AS') ? parseExpr(p) : errorExpr(p);
  const watermark: Watermark = { kind: 'Watermark', column, expr, start, end: p.lastEnd };
  if (fields.length > 0) watermark.fields = fields;
  return watermark;
}

function addConstraint(table: CreateTable, c: PrimaryKey | TableConstraint): void {
  if (c.kind === 'PrimaryKey') table.primaryKey = c;
  else (table.constraints ??= []).push(c);
}

function missingIdent(p: Parser): Identifier {
  return { kind: 'Identifier', name: '', quoted: false, start: p.lastEnd, end: p.lastEnd };
}

/**
 * A column: `name type [NOT NULL] [PRIMARY KEY [NOT ENFORCED]] [METADATA [FROM 'k'] [VIRTUAL]] [COMMENT 's']`,
 * Flink computed `name AS expr`, or (when `typeOptional`) a bare identity name in `PARTITIONED BY (a, b)`.
 */
export function parseColumnDef(p: Parser, typeRequired: boolean): ColumnDef | undefined {
  const name = p.ident('a column name');
  if (!name) return undefined;
  const col: ColumnDef = { kind: 'ColumnDef', name, notNull: false, primaryKey: false, start: name.start, end: name.end };
  if (p.eat('AS')) col.computed = parseExpr(p);
  else if (typeRequired || !(p.at(',') || p.at(')'))) col.type = parseDataType(p);
  parseColumnOptions(p, col);
  col.end = p.lastEnd;
  return col;
}

function parseColumnOptions(p: Parser, col: ColumnDef): void {
  for (;;) {
    const w = p.peek();
    if (w === 'NOT' && p.peek(1) === 'NULL') {
      p.next();
      p.next();
      col.notNull = true;
    } else if (w === 'NULL') p.next();
    else if (w === 'PRIMARY' && p.peek(1) === 'KEY') {
      p.next();
      p.next();
      col.primaryKey = true;
      parseConstraintState(p);
    } else if (w === 'METADATA') {
      p.next();
      col.metadata = { virtual: false };
      if (p.eat('FROM')) col.metadata.from = parseStringValue(p);
      if (p.eat('VIRTUAL')) col.metadata.virtual = true;
    } else if (w === 'VIRTUAL' && col.metadata) {
      p.next();
      col.metadata.virtual = true;
    } else if (w === 'COMMENT') {
      p.next();
      col.comment = parseStringValue(p);
    } else if (w === 'DEFAULT') {
      p.next();
      col.default = parseExpr(p);
    } else if (!parseColumnConstraint(p, col)) return;
  }
}

/** One clause after the column list; false when the cursor is not at a known clause (error recorded). */
/** The clauses after a CREATE TABLE's columns: where a misspelt clause word (`LOCATON`) is looked up. */
const TABLE_CLAUSES = [
  'COMMENT', 'PARTITIONED', 'CLUSTERED', 'ROW', 'STORED', 'USING', 'LOCATION', 'TBLPROPERTIES', 'WITH', 'OPTIONS', 'LIKE',
  'AS', 'SKEWED', 'SORTED', 'LIFECYCLE',
];

function parseTableClause(p: Parser, t: CreateTable): boolean {
  const w = p.peek();
  const next = p.peek(1);
  if (w === 'COMMENT') {
    p.next();
    t.comment = parseStringValue(p);
  } else if (w === 'PARTITIONED' && next === 'BY') {
    p.next();
    p.next();
    t.partitionedBy = parsePartitionColumns(p, t);
  } else if (w === 'CLUSTERED' && next === 'BY') parseClusteredBy(p, t);
  else if (w === 'ROW' && next === 'FORMAT') t.rowFormat = parseRowFormat(p);
  else if (w === 'STORED' && next === 'AS') {
    p.next();
    p.next();
    t.storedAs = storedAsValue(p);
  } else if (w === 'STORED' && next === 'BY') {
    p.next();
    p.next();
    t.storedAs = storageHandler(p);
    if (p.at('WITH') && p.peek(1) === 'SERDEPROPERTIES') skipWordsAndProps(p, 2);
  } else if (w === 'USING') {
    p.next();
    t.using = p.ident('a data source name')?.name;
  } else if (w === 'LOCATION') {
    p.next();
    t.location = parseStringValue(p);
  } else if (w === 'TBLPROPERTIES') {
    p.next();
    t.tblProperties = parseProperties(p);
  } else if (w === 'WITH' || w === 'OPTIONS') {
    p.next();
    const props = parseProperties(p);
    if (w === 'WITH') t.withOptions = props;
    else t.tblProperties.push(...props);
  } else if (w === 'LIKE') parseLike(p, t);
  else if (w === 'AS') {
    p.next();
    t.asQuery = parseQuery(p);
  } else if (w === 'LIFECYCLE') {
    p.next();
    p.next();
  } else if (w === 'SKEWED' || w === 'SORTED') skipUntilClause(p);
  // Spark's AS before a CTAS query is optional: `CREATE TABLE t USING parquet (WITH x AS (...) SELECT ...)`.
  else if (p.dialect === 'spark' && startsQuery(p)) t.asQuery = parseQuery(p);
  else {
    p.unexpected('a table clause (COMMENT, PARTITIONED BY, STORED AS, LOCATION, TBLPROPERTIES, WITH, AS, ...)', TABLE_CLAUSES);
    return false;
  }
  return true;
}

/** `(a, b INT, ...)`; Spark (Iceberg, Delta) also takes transforms, kept in `partitionTransforms`. */
function parsePartitionColumns(p: Parser, t: CreateTable): ColumnDef[] {
  const open = p.start();
  const out: ColumnDef[] = [];
  if (!p.expect('(')) return out;
  do {
    if (p.dialect === 'spark' && p.atIdent() && p.peek(1) === '(') {
      (t.partitionTransforms ??= []).push(parseExpr(p));
      continue;
    }
    const col = parseColumnDef(p, false);
    if (!col) return out;
    out.push(col);
  } while (p.eat(','));
  p.close(open);
  return out;
}

function parseClusteredBy(p: Parser, t: CreateTable): void {
  p.next();
  p.next();
  t.clusteredBy = p.identList();
  if (p.at2('SORTED', 'BY')) {
    p.next();
    p.next();
    skipParens(p);
  }
  if (p.eat('INTO')) {
    if (p.kind() === 'number') p.next();
    else p.unexpected('a bucket count');
    p.expect('BUCKETS');
  }
}

/** `ROW FORMAT DELIMITED FIELDS TERMINATED BY ','` or `ROW FORMAT SERDE '...' [WITH SERDEPROPERTIES (...)]`: kept as raw text. */
export function parseRowFormat(p: Parser): string {
  const start = p.start();
  skipUntilClause(p);
  return p.text.slice(start, p.lastEnd);
}

// SELECT, FROM and VALUES end the ROW FORMAT of `INSERT OVERWRITE DIRECTORY '...' ROW FORMAT ... SELECT`.
const CLAUSE_STARTS = new Set(['STORED', 'LOCATION', 'TBLPROPERTIES', 'AS', 'COMMENT', 'PARTITIONED', 'CLUSTERED', 'USING', 'LIFECYCLE', 'OPTIONS', 'SELECT', 'FROM', 'VALUES']);

function skipUntilClause(p: Parser): void {
  p.next();
  while (!p.atEnd() && !(p.kind() === 'word' && CLAUSE_STARTS.has(p.peek()))) {
    if (p.at('(')) skipParens(p);
    else if (p.at2('DEFINED', 'AS')) {
      // `NULL DEFINED AS 'x'` of a delimited row format: this AS starts no query.
      p.next();
      p.next();
    } else p.next();
  }
}

/** Skips `words` keywords and the property list after them (`WITH SERDEPROPERTIES (...)`). */
export function skipWordsAndProps(p: Parser, words: number): void {
  for (let i = 0; i < words; i++) p.next();
  parseProperties(p);
}

/** Skips a balanced `( ... )`. */
export function skipParens(p: Parser): void {
  const open = p.start();
  if (!p.expect('(')) return;
  let depth = 1;
  while (depth > 0 && !p.atEnd()) {
    if (p.at('(')) depth++;
    else if (p.at(')')) depth--;
    p.next();
  }
  if (depth > 0) p.close(open);
}

/** `STORED BY 'handler.Class'`, or Hive 4's built-in `STORED BY ICEBERG` (upper-cased). */
export function storageHandler(p: Parser): string | undefined {
  if (p.dialect === 'hive' && p.kind() === 'word') return p.ident('a storage handler')?.name.toUpperCase();
  return parseStringValue(p);
}

export function storedAsValue(p: Parser): string | undefined {
  if (p.at('INPUTFORMAT')) {
    const start = p.start();
    skipUntilClause(p);
    return p.text.slice(start, p.lastEnd);
  }
  return p.ident('a file format')?.name.toUpperCase();
}

/** `LIKE src` (Hive/Spark) or Flink `LIKE src (INCLUDING ALL OVERWRITING OPTIONS ...)`. */
function parseLike(p: Parser, t: CreateTable): void {
  p.next();
  t.like = p.qualifiedName('a table name');
  if (!p.at('(')) return;
  const open = p.start();
  p.next();
  t.likeOptions = [];
  while (!p.at(')') && !p.atEnd()) {
    const option = parseLikeOption(p);
    if (!option) return;
    t.likeOptions.push(option);
  }
  p.close(open);
}

const LIKE_STRATEGIES = new Set(['INCLUDING', 'EXCLUDING', 'OVERWRITING']);
const LIKE_FEATURES = new Set(['ALL', 'CONSTRAINTS', 'GENERATED', 'METADATA', 'OPTIONS', 'PARTITIONS', 'WATERMARKS']);
/** Features that are kept whole or dropped: Flink cannot merge them entry by entry. */
const NOT_OVERWRITABLE = new Set(['ALL', 'CONSTRAINTS', 'PARTITIONS']);

function parseLikeOption(p: Parser): LikeOption | undefined {
  const start = p.start();
  const strategy = p.peek();
  if (!LIKE_STRATEGIES.has(strategy)) {
    p.unexpected('INCLUDING, EXCLUDING or OVERWRITING');
    return undefined;
  }
  p.next();
  const feature = p.peek();
  if (!LIKE_FEATURES.has(feature) || (strategy === 'OVERWRITING' && NOT_OVERWRITABLE.has(feature))) {
    p.unexpected(strategy === 'OVERWRITING' ? 'GENERATED, METADATA, OPTIONS or WATERMARKS' : 'ALL, CONSTRAINTS, GENERATED, METADATA, OPTIONS, PARTITIONS or WATERMARKS');
    return undefined;
  }
  p.next();
  return { kind: 'LikeOption', strategy, feature, start, end: p.lastEnd } as LikeOption;
}
