import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { DEFAULT_FORMAT_SETTINGS, formatSql, type FormatSettings } from '../../src/format';
import type { Dialect } from '../../src/sql';
import { assertEquivalent } from './helpers';

interface Case {
  title: string;
  dialect: Dialect;
  input: string;
  output: string;
  settings?: Partial<FormatSettings>;
  notes?: { line: number; character: number; message: string }[];
}

const lines = (...l: string[]) => l.join('\n');

const cases: Case[] = [
  {
    title: 'spark: front matter, comments and ${vars} byte-exact, keywords upper-cased, names as written',
    dialect: 'spark',
    input: lines(
      '/*---',
      'owner:   live-data   ',
      'description: x',
      '---*/',
      '',
      '',
      "select Room_Id,b,  -- first two",
      "  count(*) as n from ods_${env}.t_${date_nodash}   where p_date='${date}' and h=${hour} group by Room_Id,b;   ",
      '',
      '',
      '',
      '-- trailing note',
    ),
    output: lines(
      '/*---',
      'owner:   live-data   ',
      'description: x',
      '---*/',
      '',
      'SELECT',
      '  Room_Id,',
      '  b, -- first two',
      '  count(*) AS n',
      'FROM',
      '  ods_${env}.t_${date_nodash}',
      'WHERE',
      "  p_date = '${date}'",
      '  AND h = ${hour}',
      'GROUP BY',
      '  Room_Id,',
      '  b;',
      '',
      '-- trailing note',
      '',
    ),
  },
  {
    title: '${vars} byte-exact wherever they are: glued, in strings, quoted names, LIMIT, Hive substitutions, comments',
    dialect: 'hive',
    input: "insert overwrite table ${hivevar:db}.t partition (p_date='${hiveconf:d}') select ${a}${b} as x, `${db}`.t.c from src_${env} /* ${not_a_var */ where dt=${hivevar:dt} limit ${n}",
    output: lines(
      'INSERT OVERWRITE TABLE',
      "  ${hivevar:db}.t PARTITION (p_date = '${hiveconf:d}')",
      'SELECT',
      '  ${a}${b} AS x,',
      '  `${db}`.t.c',
      'FROM',
      '  src_${env} /* ${not_a_var */',
      'WHERE',
      '  dt = ${hivevar:dt}',
      'LIMIT',
      '  ${n}',
      '',
    ),
  },
  {
    title: 'hive: table clauses on their own lines, <...> types and SET kept as written, Hive variables',
    dialect: 'hive',
    input: lines(
      "CREATE TABLE IF NOT EXISTS dwd.x (id bigint comment 'id', tags array<string>, info struct<a:int, b:string> COMMENT 'nested') comment 'demo' partitioned by (p_date string) stored as orc tblproperties ('orc.compress'='SNAPPY');",
      'set hive.exec.dynamic.partition=true;',
      "insert overwrite table dwd.x partition (p_date='${date}') select id, tags, info from ${hivevar:src} lateral view explode(tags) t as tag;",
    ),
    output: lines(
      'CREATE TABLE IF NOT EXISTS dwd.x (',
      "  id BIGINT COMMENT 'id',",
      '  tags array<string>,',
      "  info struct<a:int, b:string> COMMENT 'nested'",
      ')',
      "COMMENT 'demo'",
      'PARTITIONED BY (p_date STRING)',
      'STORED AS ORC',
      "TBLPROPERTIES ('orc.compress' = 'SNAPPY');",
      'set hive.exec.dynamic.partition=true;',
      'INSERT OVERWRITE TABLE',
      "  dwd.x PARTITION (p_date = '${date}')",
      'SELECT',
      '  id,',
      '  tags,',
      '  info',
      'FROM',
      '  ${hivevar:src}',
      'LATERAL VIEW explode(tags) t AS tag;',
      '',
    ),
  },
  {
    title: 'flink: WATERMARK FOR, PRIMARY KEY NOT ENFORCED, WITH options, hints, window TVFs',
    dialect: 'flink',
    input: lines(
      "CREATE TEMPORARY TABLE src (id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector'='kafka','topic'='t_${env}');",
      "INSERT INTO sink SELECT /*+ OPTIONS('scan.startup.mode'='latest-offset') */ window_start, count(*) AS pv FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;",
    ),
    output: lines(
      'CREATE TEMPORARY TABLE src (',
      '  id BIGINT,',
      '  ts TIMESTAMP(3),',
      "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,",
      '  PRIMARY KEY (id) NOT ENFORCED',
      ") WITH ('connector' = 'kafka', 'topic' = 't_${env}');",
      'INSERT INTO',
      '  sink',
      'SELECT',
      "  /*+ OPTIONS('scan.startup.mode'='latest-offset') */",
      '  window_start,',
      '  count(*) AS pv',
      'FROM',
      '  TABLE(',
      "    TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)",
      '  )',
      'GROUP BY',
      '  window_start,',
      '  window_end;',
      '',
    ),
  },
  {
    title: 'flink: a statement set with its inner statements',
    dialect: 'flink',
    input: lines('EXECUTE STATEMENT SET', 'BEGIN', 'insert into a select * from s;', 'insert into b select * from s;', 'END;'),
    output: lines('EXECUTE STATEMENT SET BEGIN', 'INSERT INTO', '  a', 'SELECT', '  *', 'FROM', '  s;', '', 'INSERT INTO', '  b', 'SELECT', '  *', 'FROM', '  s;', '', 'END;', ''),
  },
  {
    title: 'flink: MATCH_RECOGNIZE with its row pattern as written',
    dialect: 'flink',
    input: 'SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY id ORDER BY ts MEASURES A.ts AS a_ts ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A{2,} B+) DEFINE B AS B.v > A.v) AS m',
    output: lines(
      'SELECT',
      '  *',
      'FROM',
      '  t MATCH_RECOGNIZE (',
      '    PARTITION BY',
      '      id',
      '    ORDER BY',
      '      ts',
      '    MEASURES',
      '      A.ts AS a_ts',
      '    ONE ROW PER MATCH',
      '    AFTER MATCH SKIP PAST LAST ROW',
      '    PATTERN (A{2,} B+)',
      '    DEFINE',
      '      B AS B.v > A.v',
      '  ) AS m',
      '',
    ),
  },
  {
    title: "flink: a backslash ends no string (Spark's dialect would read past it), backticked and mixed-case names",
    dialect: 'flink',
    input: "select 'a\\' as backslash, `Mixed`, Name from T",
    output: lines('SELECT', "  'a\\' AS backslash,", '  `Mixed`,', '  Name', 'FROM', '  T', ''),
  },
  {
    title: 'a statement sql-formatter cannot keep intact stays as written, with a note; the others are formatted',
    dialect: 'spark',
    input: 'select x from t;\nSELECT 1 /* a /* b */ c */ + 2;',
    output: 'SELECT\n  x\nFROM\n  t;\nSELECT 1 /* a /* b */ c */ + 2;\n',
    notes: [{ line: 1, character: 0, message: 'statement kept as written: sql-formatter would change its tokens' }],
  },
  {
    title: 'multi-line block comments and line comments inside a statement stay byte-exact',
    dialect: 'spark',
    input: 'select a,   /* keep\n      this   indentation */ b -- and this   \nfrom t',
    output: 'SELECT\n  a,\n  /* keep\n      this   indentation */\n  b -- and this   \nFROM\n  t\n',
  },
  {
    title: 'CRLF line endings are kept',
    dialect: 'spark',
    input: 'select a from t;\r\n\r\nselect b from u;\r\n',
    output: 'SELECT\r\n  a\r\nFROM\r\n  t;\r\n\r\nSELECT\r\n  b\r\nFROM\r\n  u;\r\n',
  },
  {
    title: 'between statements: no space before `;`, statements on one line split, indentation before a statement dropped',
    dialect: 'spark',
    input: '   select 1 ;  select 2;\n    select 3',
    output: 'SELECT\n  1;\n\nSELECT\n  2;\nSELECT\n  3\n',
  },
  {
    title: 'keyword_case lower, indent 4 (function names, like all names, as written)',
    dialect: 'spark',
    settings: { keywordCase: 'lower', indent: 4 },
    input: 'SELECT A, CAST(b AS BIGINT) FROM T WHERE c IS NULL',
    output: 'select\n    A,\n    CAST(b as bigint)\nfrom\n    T\nwhere\n    c is null\n',
  },
  {
    title: 'keyword_case preserve',
    dialect: 'spark',
    settings: { keywordCase: 'preserve' },
    input: 'Select a From t',
    output: 'Select\n  a\nFrom\n  t\n',
  },
  {
    title: 'line_width: a parenthesized expression longer than it is broken up',
    dialect: 'spark',
    settings: { lineWidth: 20 },
    input: 'select coalesce(first_value, second_value, 0) from t',
    output: 'SELECT\n  coalesce(\n    first_value,\n    second_value,\n    0\n  )\nFROM\n  t\n',
  },
  { title: 'a byte-order mark stays, the blank lines after it go', dialect: 'spark', input: '\ufeff\n\nselect 1', output: '\ufeffSELECT\n  1\n' },
  { title: 'Chinese names, comments and strings; full-width and no-break spaces are whitespace', dialect: 'spark', input: "-- 每日统计\nselect 用户id, name as `名字` from t\u3000where a\u00a0= '中文'", output: "-- 每日统计\nSELECT\n  用户id,\n  name AS `名字`\nFROM\n  t\nWHERE\n  a = '中文'\n" },
  {
    title: 'words that are table clauses elsewhere stay names in a query',
    dialect: 'hive',
    input: 'select comment, location, a from t where comment is not null',
    output: lines('SELECT', '  comment,', '  location,', '  a', 'FROM', '  t', 'WHERE', '  comment IS NOT NULL', ''),
  },
  {
    title: 'flink: METADATA FROM stays in its column, MATCH_RECOGNIZE words outside it are names',
    dialect: 'flink',
    input: "create temporary table k (ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', pattern STRING) with ('connector'='kafka');\nselect pattern, measures, define from k",
    output: lines(
      'CREATE TEMPORARY TABLE k (',
      "  ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',",
      '  pattern STRING',
      ") WITH ('connector' = 'kafka');",
      'SELECT',
      '  pattern,',
      '  measures,',
      '  define',
      'FROM',
      '  k',
      '',
    ),
  },
  { title: 'an empty file stays empty', dialect: 'spark', input: '', output: '' },
  { title: 'a file of comments only keeps them', dialect: 'spark', input: '-- nothing yet\n\n\n', output: '-- nothing yet\n' },
];

describe('format/formatSql', () => {
  for (const c of cases) {
    it(c.title, () => {
      const settings = { ...DEFAULT_FORMAT_SETTINGS, ...c.settings };
      const result = formatSql(c.input, c.dialect, settings);
      assert.equal(result.text, c.output);
      assert.deepEqual(result.notes, c.notes ?? []);
      assert.equal(result.syntaxError, undefined);
      assert.equal(formatSql(result.text, c.dialect, settings).text, result.text, 'formatting twice changes nothing');
      assertEquivalent(c.input, result.text, c.dialect, c.title);
    });
  }

  it('keeps a statement longer than 100 KB as written, quickly', () => {
    const huge = `select ${Array.from({ length: 8000 }, (_, i) => `column_${i}`).join(', ')} from t`;
    const started = Date.now();
    const result = formatSql(`select 1;\n${huge};\n`, 'spark');
    assert.equal(result.text, `SELECT\n  1;\n${huge};\n`);
    assert.deepEqual(result.notes, [{ line: 1, character: 0, message: 'statement kept as written: it is longer than 100 KB, too long for sql-formatter' }]);
    assert.ok(Date.now() - started < 5000);
  });

  it('loading @strata/core does not load sql-formatter (other commands must not pay its start-up)', () => {
    const core = path.resolve(__dirname, '..', '..', 'src');
    const loaded = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(core)}); process.stdout.write(String(Object.keys(require.cache).some((f) => f.includes('sql-formatter'))))`], { encoding: 'utf8' });
    assert.equal(loaded, 'false');
  });

  it('leaves a file with a syntax error as it is and says where', () => {
    const result = formatSql('select a from t;\nselect b from u where', 'spark');
    assert.equal(result.text, 'select a from t;\nselect b from u where');
    assert.deepEqual(result.syntaxError, { line: 1, character: 21, message: 'unexpected end of input, expected an expression' });
  });
});
