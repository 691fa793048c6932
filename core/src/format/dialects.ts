import { expandPhrases, hive, spark, type DialectOptions } from 'sql-formatter';
import type { Dialect } from '../sql';
import { flink } from './flink-dialect';

type PostProcess = NonNullable<DialectOptions['tokenizerOptions']['postProcess']>;
type FormatterToken = Parameters<PostProcess>[0][number];

/**
 * Table properties after a CREATE TABLE's column list, each on its own line (sql-formatter's Spark
 * and Hive run them together on the line of the closing parenthesis).
 */
const TABLE_CLAUSES = expandPhrases(['COMMENT', 'PARTITIONED BY', 'CLUSTERED BY', 'STORED AS', 'ROW FORMAT', 'TBLPROPERTIES']);

const is = (token: FormatterToken | undefined, type: string) => token?.type === (type as FormatterToken['type']);
const as = (token: FormatterToken, type: string): FormatterToken => ({ ...token, type: type as FormatterToken['type'] });

/**
 * `COMMENT` is a table clause only outside parentheses and before its string; inside a column list
 * (`a INT COMMENT 'x'`) a keyword, and elsewhere a name (`SELECT comment FROM t`). `WITH` opens a CTE list only before a name: before `(` (Flink table options) or
 * `SERDEPROPERTIES` / `DBPROPERTIES` (Hive, Spark) it belongs to the clause it sits in and stays on
 * that line, and Flink's `TABLE(` (a table function call) is a call, not the `TABLE t` keyword.
 */
const warehouseWords: PostProcess = (tokens) => {
  let depth = 0;
  return tokens.map((token, i) => {
    const next = tokens[i + 1];
    if (is(token, 'OPEN_PAREN')) depth++;
    else if (is(token, 'CLOSE_PAREN')) depth--;
    else if (token.text === 'COMMENT' && is(token, 'RESERVED_CLAUSE') && (depth > 0 || !is(next, 'STRING'))) return as(token, 'RESERVED_KEYWORD');
    else if (token.text === 'WITH' && (is(next, 'OPEN_PAREN') || next?.text.endsWith('PROPERTIES'))) return as(token, 'RESERVED_KEYWORD');
    else if (token.text === 'TABLE' && is(next, 'OPEN_PAREN')) return as(token, 'RESERVED_FUNCTION_NAME');
    return token;
  });
};

/** Hive clauses sql-formatter's Hive lacks: it breaks `INSERT OVERWRITE TABLE` apart and runs `LATERAL VIEW` on. */
const HIVE_CLAUSES = ['INSERT OVERWRITE TABLE'];
const HIVE_ONELINE_CLAUSES = expandPhrases(['LATERAL VIEW [OUTER]']);

interface Extras {
  operators?: string[];
  clauses?: string[];
  onelineClauses?: string[];
}

/** The dialect with the table clauses, {@link warehouseWords} after its own post-processing, and extras. */
function withWarehouseWords(dialect: DialectOptions, extras: Extras = {}): DialectOptions {
  const oneline = [...TABLE_CLAUSES, ...(extras.onelineClauses ?? [])];
  const { tokenizerOptions: tokenizer, formatOptions } = dialect;
  const own = tokenizer.postProcess;
  return {
    ...dialect,
    tokenizerOptions: {
      ...tokenizer,
      reservedClauses: [...tokenizer.reservedClauses, ...(extras.clauses ?? []), ...oneline],
      operators: [...(tokenizer.operators ?? []), ...(extras.operators ?? [])],
      postProcess: (tokens) => warehouseWords(own ? own(tokens) : tokens),
    },
    formatOptions: { ...formatOptions, onelineClauses: [...(formatOptions.onelineClauses ?? []), ...oneline] },
  };
}

/**
 * sql-formatter's dialect per Strata dialect. Spark gains `=>` (named function arguments,
 * `mask(str => 'x')`), which sql-formatter's Spark would split into `= >`.
 */
export const FORMATTER_DIALECTS: Record<Dialect, DialectOptions> = {
  spark: withWarehouseWords(spark, { operators: ['=>'] }),
  hive: withWarehouseWords(hive, { clauses: HIVE_CLAUSES, onelineClauses: HIVE_ONELINE_CLAUSES }),
  flink: withWarehouseWords(flink),
};
