import type { Dialect } from '../ast';

/**
 * Keyword sets. Keywords are contextual: a word is a keyword only where the parser asks for it.
 * These sets say where a word can *not* be a name.
 */

function set(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Words that never start an expression as a bare column name. */
export const NOT_A_COLUMN = set(`
  ALL AND AS BETWEEN BY CASE CROSS DISTINCT ELSE END EXCEPT FROM FULL GROUP HAVING IN INNER INTERSECT
  INTO IS JOIN LATERAL LIKE RLIKE REGEXP ILIKE LIMIT MINUS NATURAL NOT ON OR ORDER OUTER OVER SELECT
  THEN UNION USING WHEN WHERE WITH QUALIFY INSERT VALUES WINDOW CREATE DROP ALTER DISTRIBUTE SORT
`);

/**
 * Tokens that cannot continue a keyword in expression position, so the keyword before them is a
 * column name: `SELECT end, sort FROM t`, `WHERE limit = 1`.
 */
export const EXPRESSION_END = set(`
  , ) ; . = == <> != < > <= >= + * / % || :: FROM AS IS IN BETWEEN LIKE RLIKE ILIKE REGEXP AND OR ASC DESC
  WHEN THEN ELSE END WHERE GROUP HAVING ORDER LIMIT UNION INTERSECT EXCEPT MINUS WINDOW QUALIFY JOIN ON
`);

/** `NOT_A_COLUMN` words that Hive and Flink still take as column names (Spark, outside ANSI mode, takes them all). */
const SOFT_COLUMNS = { hive: set(`SORT DISTRIBUTE ILIKE LIMIT NATURAL`), flink: set(`SORT DISTRIBUTE REGEXP`) };

/** Words that shape the statement itself: never taken for names (`SELECT FROM WHERE` is a mistake, not columns). */
const STRUCTURAL = set(`SELECT FROM WHERE GROUP HAVING UNION INTERSECT EXCEPT MINUS QUALIFY JOIN ON AS AND OR IN IS BETWEEN WHEN THEN ELSE`);

/** True when `word` (in `NOT_A_COLUMN`) may name a column in `dialect` where a column fits. */
export function softColumn(dialect: Dialect, word: string): boolean {
  return dialect === 'spark' ? !STRUCTURAL.has(word) : SOFT_COLUMNS[dialect].has(word);
}

/** Words that cannot be an alias written without `AS` (they continue the query instead). */
export const NOT_AN_ALIAS = new Set([
  ...NOT_A_COLUMN,
  ...set(`LEFT RIGHT SEMI ANTI CLUSTER LIMIT OFFSET FOR TABLESAMPLE PIVOT UNPIVOT RETURNING SET
    MERGE UPDATE DELETE FETCH WATERMARK PARTITION MATCH_RECOGNIZE`),
]);

/**
 * Keywords that start a statement; resynchronisation may stop at them when they begin a line (see
 * `resync.ts`). Not `DESC`, which also ends an ORDER BY line.
 */
export const STATEMENT_START = set(`
  SELECT WITH INSERT CREATE DROP ALTER USE SET MERGE TRUNCATE EXPLAIN SHOW DESCRIBE MSCK
  ANALYZE LOAD REFRESH CACHE UNCACHE ADD EXECUTE BEGIN RESET UPDATE DELETE CLEAR LIST REMOVE UNLOAD DECLARE COMPILE
`);

/** Every statement's first keyword: what a misspelt first word (`SELEC`, `INSER`) is compared with. */
export const STATEMENT_KEYWORDS = [...STATEMENT_START, 'VALUES', 'FROM', 'DESC'];

/**
 * First words of the statements kept opaque (others' session commands, grants, Spark `TABLE t`).
 * Any other first word the parser does not know is a syntax error, with a did-you-mean.
 */
export const OPAQUE_LEADS = set(`
  ADD LOAD GRANT REVOKE CALL EXPORT IMPORT DFS STOP SAVEPOINT COMMENT TABLE
  COMMIT ROLLBACK START ABORT KILL RELOAD REPL LOCK UNLOCK
`);

/** Leading keywords of statements kept opaque, used to build `OpaqueStatement.keyword`. */
export const OPAQUE_KEYWORDS = new Set([...OPAQUE_LEADS, ...set(`
  ADD JAR JARS FILE FILES ARCHIVE ARCHIVES CREATE TEMPORARY TEMP SYSTEM FUNCTION FUNCTIONS DATABASE
  DATABASES SCHEMA SCHEMAS CATALOG CATALOGS MSCK REPAIR TABLE TABLES ANALYZE SHOW PARTITIONS COLUMNS
  VIEWS DESCRIBE DESC EXTENDED FORMATTED LOAD DATA LOCAL INPATH REFRESH CACHE LAZY UNCACHE CLEAR RESET
  GRANT REVOKE LIST DELETE UPDATE CALL OR REPLACE MACRO INDEX ROLE MODULES USE COMMENT EXPLAIN
  EXPORT IMPORT DFS STOP JOB JOBS SAVEPOINT CURRENT
`)]);

/** Keyword functions that take no parentheses. */
export const NILADIC_FUNCTIONS = set(`
  CURRENT_DATE CURRENT_TIMESTAMP CURRENT_TIME LOCALTIME LOCALTIMESTAMP CURRENT_USER
  CURRENT_ROW_TIMESTAMP CURRENT_CATALOG CURRENT_DATABASE CURRENT_SCHEMA
`);

/** Interval units (singular and plural). */
export const INTERVAL_UNITS = set(`
  YEAR YEARS MONTH MONTHS WEEK WEEKS DAY DAYS HOUR HOURS MINUTE MINUTES SECOND SECONDS
  MILLISECOND MILLISECONDS MICROSECOND MICROSECONDS QUARTER QUARTERS
`);

/** Prefixes of typed literals: `DATE '2024-01-01'`. */
export const TYPED_LITERALS = set(`DATE TIMESTAMP TIME TIMESTAMP_LTZ TIMESTAMP_NTZ X`);

/** Keywords that follow a complete expression, alias or name: what a misspelt word there most likely meant. */
export const CLAUSE_KEYWORDS = [...set(`
  SELECT FROM WHERE GROUP ORDER HAVING LIMIT OFFSET UNION EXCEPT INTERSECT JOIN INNER LEFT RIGHT FULL CROSS OUTER
  LATERAL CLUSTER DISTRIBUTE SORT WINDOW QUALIFY INSERT OVERWRITE INTO TABLE VALUES PARTITION USING
  AND BETWEEN LIKE RLIKE
`)];

/** Real keywords one letter away from a clause keyword: never taken for a misspelling (`END` is not `AND`). */
export const NEVER_MISSPELT = set(`INT END ASC DESC AND NOT ANY ALL ONE SET SETS ROW ROWS ORC`);

/** Keywords that need a next keyword: `LEFT JION` is reported at JION, `ORDER BYE` at BYE. */
export const KEYWORD_FOLLOWERS: Record<string, readonly string[]> = {
  LEFT: ['JOIN', 'OUTER', 'SEMI', 'ANTI'], RIGHT: ['JOIN', 'OUTER'], FULL: ['JOIN', 'OUTER'], INNER: ['JOIN'], CROSS: ['JOIN'],
  OUTER: ['JOIN'], ORDER: ['BY'], GROUP: ['BY'], SORT: ['BY'], CLUSTER: ['BY'], DISTRIBUTE: ['BY'], PARTITION: ['BY'],
  STORED: ['AS', 'BY'], PARTITIONED: ['BY'], CLUSTERED: ['BY'], NOT: ['IN', 'LIKE', 'BETWEEN', 'RLIKE', 'REGEXP', 'ILIKE', 'EXISTS', 'NULL'],
};
