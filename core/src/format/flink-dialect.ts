import { expandPhrases, type DialectOptions } from 'sql-formatter';

/*
 * sql-formatter has no Flink dialect, and Spark's is not enough: Spark strings take backslash
 * escapes (Flink's double the quote, so `'a\'` is a whole Flink string), Spark nests block
 * comments (Flink does not), Spark knows neither double-quoted identifiers nor Flink's clauses
 * (`WATERMARK FOR`, `STATEMENT SET`, MATCH_RECOGNIZE), and it lays out Spark-only clauses
 * (`SORT BY`, `DISTRIBUTE BY`) that are plain names in Flink. Clauses and keywords follow the
 * Flink SQL reference (docs/dev/table/sql/*), functions its built-in function list.
 */

const reservedSelect = expandPhrases(['SELECT [ALL | DISTINCT]']);

/** Clauses that start a new line, their body indented below them. */
const reservedClauses = expandPhrases([
  'WITH',
  'FROM',
  'WHERE',
  'GROUP BY',
  'HAVING',
  'WINDOW',
  'PARTITION BY',
  'ORDER BY',
  'LIMIT',
  'OFFSET',
  'FETCH {FIRST | NEXT}',
  'INSERT {INTO | OVERWRITE}',
  'VALUES',
  'SET',
  // MATCH_RECOGNIZE (docs/dev/table/sql/queries/match_recognize)
  'MEASURES',
  'ONE ROW PER MATCH',
  'ALL ROWS PER MATCH',
  'DEFINE',
]);

/** Clauses kept on one line with what follows them. */
const onelineClauses = expandPhrases([
  'CREATE [TEMPORARY] TABLE [IF NOT EXISTS]',
  'CREATE [OR REPLACE] [TEMPORARY] VIEW [IF NOT EXISTS]',
  'CREATE [TEMPORARY | TEMPORARY SYSTEM] FUNCTION [IF NOT EXISTS]',
  'CREATE CATALOG [IF NOT EXISTS]',
  'CREATE DATABASE [IF NOT EXISTS]',
  'DROP [TEMPORARY] TABLE [IF EXISTS]',
  'DROP [TEMPORARY] VIEW [IF EXISTS]',
  'DROP [TEMPORARY | TEMPORARY SYSTEM] FUNCTION [IF EXISTS]',
  'DROP {CATALOG | DATABASE} [IF EXISTS]',
  'ALTER TABLE [IF EXISTS]',
  'ALTER {VIEW | DATABASE | FUNCTION}',
  'RENAME TO',
  'USE [CATALOG | MODULES]',
  'LOAD MODULE',
  'UNLOAD MODULE',
  'ADD JAR',
  'REMOVE JAR',
  'RESET',
  'EXPLAIN [PLAN FOR]',
  'EXECUTE {STATEMENT SET | INSERT | PLAN}',
  'BEGIN STATEMENT SET',
  'COMPILE [AND EXECUTE] PLAN',
  'AFTER MATCH SKIP',
  'PATTERN',
  'DESCRIBE',
  'DESC',
  'SHOW [FULL] {CATALOGS | DATABASES | TABLES | VIEWS | FUNCTIONS | MODULES | JARS | JOBS | COLUMNS}',
  'SHOW CURRENT {CATALOG | DATABASE}',
  'SHOW CREATE {TABLE | VIEW | CATALOG}',
  'STOP JOB',
  'TRUNCATE TABLE',
]);

const reservedSetOperations = expandPhrases(['UNION [ALL | DISTINCT]', 'EXCEPT [ALL | DISTINCT]', 'INTERSECT [ALL | DISTINCT]', 'MINUS [ALL | DISTINCT]']);

const reservedJoins = expandPhrases([
  'JOIN',
  '{LEFT | RIGHT | FULL} [OUTER] JOIN',
  '{INNER | CROSS} JOIN',
  'NATURAL [INNER] JOIN',
  'NATURAL {LEFT | RIGHT | FULL} [OUTER] JOIN',
  '{CROSS | OUTER} APPLY',
]);

const reservedKeywordPhrases = expandPhrases([
  'CURRENT ROW',
  '{ROWS | RANGE} BETWEEN',
  'FOR SYSTEM_TIME AS OF',
  'WATERMARK FOR',
  'PRIMARY KEY',
  'NOT ENFORCED',
  'LIKE',
  '{INCLUDING | EXCLUDING | OVERWRITING} {ALL | CONSTRAINTS | PARTITIONS | GENERATED | OPTIONS | WATERMARKS}',
  'DISTRIBUTED {BY | INTO}',
]);

const reservedKeywords = [
  'ALL', 'AND', 'ANY', 'ARRAY', 'AS', 'ASC', 'AT', 'BETWEEN', 'BY', 'CASCADE', 'CASE', 'CATALOG', 'COMMENT',
  'COMPUTED', 'CONSTRAINT', 'CROSS', 'CUBE', 'CURRENT', 'DATABASE', 'DEFINE', 'DESC', 'DISTINCT',
  'ELSE', 'END', 'ENFORCED', 'ESCAPE', 'EXCEPT', 'EXISTS', 'FALSE', 'FILTER', 'FIRST', 'FOLLOWING',
  'FOR', 'FROM', 'FULL', 'FUNCTION', 'GROUPING', 'IF', 'IN', 'INNER', 'INTERVAL', 'INTO', 'IS', 'JOIN', 'KEY',
  'LAST', 'LATERAL', 'LEFT', 'LIKE', 'MATCH_RECOGNIZE', 'METADATA', 'NATURAL', 'NOT', 'NULL', 'NULLS', 'OF', 'ON',
  'OR', 'ORDER', 'OUTER', 'OVER', 'OVERWRITE', 'PARTITION', 'PARTITIONED', 'PER', 'PERMUTE', 'PRECEDING', 'PRIMARY',
  'RANGE', 'RECURSIVE', 'RESTRICT', 'RIGHT', 'ROLLUP', 'ROWS', 'SETS', 'SKIP', 'STATEMENT', 'SUBSET', 'SYSTEM',
  'SYSTEM_TIME', 'TABLE', 'TEMPORARY', 'THEN', 'TO', 'TRUE', 'UNBOUNDED', 'UNION', 'UNKNOWN', 'UNNEST', 'USING',
  'VIEW', 'VIRTUAL', 'WATERMARK', 'WATERMARKS', 'WHEN', 'WITHIN', 'WITHOUT',
];

const reservedDataTypes = [
  'ARRAY', 'BIGINT', 'BINARY', 'BOOLEAN', 'BYTES', 'CHAR', 'DATE', 'DEC', 'DECIMAL', 'DOUBLE', 'FLOAT', 'INT',
  'INTEGER', 'MAP', 'MULTISET', 'NUMERIC', 'PRECISION', 'RAW', 'ROW', 'SMALLINT', 'STRING', 'TIME', 'TIMESTAMP',
  'TIMESTAMP_LTZ', 'TINYINT', 'VARBINARY', 'VARCHAR', 'ZONE',
];

const reservedFunctionNames = [
  // window TVFs and time attributes
  'DESCRIPTOR', 'TUMBLE', 'HOP', 'CUMULATE', 'SESSION', 'TUMBLE_START', 'TUMBLE_END', 'TUMBLE_ROWTIME', 'TUMBLE_PROCTIME',
  'HOP_START', 'HOP_END', 'HOP_ROWTIME', 'HOP_PROCTIME', 'SESSION_START', 'SESSION_END', 'SESSION_ROWTIME',
  'SESSION_PROCTIME', 'PROCTIME', 'CURRENT_WATERMARK', 'SOURCE_WATERMARK',
  // aggregates
  'AVG', 'COLLECT', 'COUNT', 'CUME_DIST', 'DENSE_RANK', 'FIRST_VALUE', 'JSON_ARRAYAGG', 'JSON_OBJECTAGG', 'LAG',
  'LAST_VALUE', 'LEAD', 'LISTAGG', 'MAX', 'MIN', 'NTILE', 'PERCENT_RANK', 'RANK', 'ROW_NUMBER', 'STDDEV_POP',
  'STDDEV_SAMP', 'SUM', 'VAR_POP', 'VAR_SAMP', 'ARRAY_AGG',
  // scalars
  'CAST', 'EXTRACT', 'ABS', 'ARRAY_CONTAINS', 'ARRAY_DISTINCT', 'ARRAY_JOIN', 'ASCII', 'CARDINALITY', 'CEIL', 'CEILING', 'CHAR_LENGTH',
  'CHR', 'COALESCE', 'CONCAT', 'CONCAT_WS', 'CONVERT_TZ', 'CURRENT_DATE', 'CURRENT_ROW_TIMESTAMP', 'CURRENT_TIME',
  'CURRENT_TIMESTAMP', 'DATE_FORMAT', 'DAYOFMONTH', 'DAYOFWEEK', 'DAYOFYEAR', 'DECODE', 'ELEMENT', 'ENCODE', 'EXP',
  'FLOOR', 'FROM_BASE64', 'FROM_UNIXTIME', 'GREATEST', 'HASH_CODE', 'HOUR', 'IFNULL', 'INITCAP', 'INSTR',
  'IS_ALPHA', 'IS_DECIMAL', 'IS_DIGIT', 'JSON_EXISTS', 'JSON_OBJECT', 'JSON_QUERY', 'JSON_STRING', 'JSON_VALUE',
  'LEAST', 'LEFT', 'LN', 'LOCALTIME', 'LOCALTIMESTAMP', 'LOCATE', 'LOG', 'LOG10', 'LOG2', 'LOWER', 'LPAD', 'LTRIM',
  'MD5', 'MINUTE', 'MOD', 'MONTH', 'NOW', 'NULLIF', 'OVERLAY', 'PARSE_URL', 'POSITION', 'POWER', 'QUARTER', 'RAND',
  'RAND_INTEGER', 'REGEXP', 'REGEXP_EXTRACT', 'REGEXP_REPLACE', 'REPEAT', 'REPLACE', 'REVERSE', 'RIGHT', 'ROUND',
  'RPAD', 'RTRIM', 'SECOND', 'SHA1', 'SHA2', 'SHA256', 'SIGN', 'SPLIT_INDEX', 'SQRT', 'STR_TO_MAP', 'SUBSTR',
  'SUBSTRING', 'TIMESTAMPADD', 'TIMESTAMPDIFF', 'TO_BASE64', 'TO_DATE', 'TO_TIMESTAMP', 'TO_TIMESTAMP_LTZ',
  'TRIM', 'TRUNCATE', 'TRY_CAST', 'UNIX_TIMESTAMP', 'UPPER', 'UUID', 'WEEK', 'YEAR',
];

type PostProcess = NonNullable<DialectOptions['tokenizerOptions']['postProcess']>;
type FormatterToken = Parameters<PostProcess>[0][number];

/** MATCH_RECOGNIZE's clauses that are also plausible column names. */
const MATCH_WORDS = new Set(['MEASURES', 'PATTERN', 'DEFINE']);

/**
 * `MEASURES`, `PATTERN` and `DEFINE` are clauses only directly inside `MATCH_RECOGNIZE (...)`;
 * elsewhere they are names (`SELECT pattern FROM t`). `FROM` after `METADATA` (`ts TIMESTAMP_LTZ(3)
 * METADATA FROM 'timestamp'`) is part of the column definition, not a FROM clause.
 */
const flinkWords: PostProcess = (tokens) => {
  let depth = 0;
  const matchDepths: number[] = [];
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    if (token.type === ('OPEN_PAREN' as FormatterToken['type'])) {
      depth++;
      if (previous?.text === 'MATCH_RECOGNIZE') matchDepths.push(depth);
    } else if (token.type === ('CLOSE_PAREN' as FormatterToken['type'])) {
      if (matchDepths[matchDepths.length - 1] === depth) matchDepths.pop();
      depth--;
    } else if (MATCH_WORDS.has(token.text) && matchDepths[matchDepths.length - 1] !== depth) {
      return { ...token, type: 'IDENTIFIER' as FormatterToken['type'], text: token.raw };
    } else if (token.text === 'FROM' && previous?.text === 'METADATA') {
      return { ...token, type: 'RESERVED_KEYWORD' as FormatterToken['type'] };
    }
    return token;
  });
};

/** Flink SQL for sql-formatter's `formatDialect`. */
export const flink: DialectOptions = {
  name: 'flink',
  tokenizerOptions: {
    reservedSelect,
    reservedClauses: [...reservedClauses, ...onelineClauses],
    reservedSetOperations,
    reservedJoins,
    reservedKeywordPhrases,
    reservedKeywords,
    reservedDataTypes,
    reservedFunctionNames,
    extraParens: ['[]'],
    // Flink doubles a quote to escape it; a backslash is an ordinary character.
    stringTypes: ["''-qq", { quote: "''-qq", prefixes: ['E', 'X'], requirePrefix: true }],
    identTypes: ['``', '""-qq'],
    identChars: { allowFirstCharNumber: true },
    nestedBlockComments: false,
    operators: ['%', '||', '<>', '!=', '=>', '->'],
    postProcess: flinkWords,
  },
  formatOptions: {
    onelineClauses,
    tabularOnelineClauses: onelineClauses,
  },
};
