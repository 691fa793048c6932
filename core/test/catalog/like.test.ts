import assert from 'node:assert/strict';
import { applyLikes, Catalog, mergeLike, tableFromCreate, type TableInfo } from '../../src/catalog';
import { parse, type CreateTable } from '../../src/sql';

function create(sql: string): { stmt: CreateTable; table: TableInfo } {
  const script = parse(sql, 'flink');
  assert.deepEqual(script.errors, []);
  const stmt = script.statements[0] as CreateTable;
  return { stmt, table: tableFromCreate(stmt, undefined, 'flink') };
}

const BASE = create(`CREATE TABLE base (
  id BIGINT, userId STRING, ts TIMESTAMP(3),
  ts_ms AS UNIX_TIMESTAMP(CAST(ts AS STRING)),
  part INT METADATA FROM 'partition' VIRTUAL,
  p_date STRING
) PARTITIONED BY (p_date) WITH ('connector' = 'kafka', 'topic' = 'base', 'format' = 'json')`).table;

/** `name:origin:partition` per column, then the options. */
function merged(like: string): { columns: string[]; options: Record<string, string>; conflicts: string[] } {
  const { stmt, table } = create(`CREATE TABLE t (extra INT) WITH ('topic' = 't') LIKE base ${like}`);
  const result = mergeLike(table, stmt, BASE);
  return {
    columns: result.table.columns.map((c) => `${c.spelling ?? c.name}:${c.origin ?? 'physical'}:${c.partition}`),
    options: result.table.options,
    conflicts: result.conflicts.map((c) => `${c.name}:${c.kind === 'column' ? c.origin : 'option'}`),
  };
}

const BASE_COLUMNS = ['id:physical:false', 'userId:physical:false', 'ts:physical:false', 'ts_ms:computed:false', 'part:metadata:false', 'p_date:physical:true'];

describe('CREATE TABLE ... LIKE merging', () => {
  it('defaults to INCLUDING ALL OVERWRITING OPTIONS: base columns first, then its own', () => {
    assert.deepEqual(merged(''), {
      columns: [...BASE_COLUMNS, 'extra:physical:false'],
      options: { connector: 'kafka', topic: 't', format: 'json' },
      conflicts: [],
    });
  });

  it('EXCLUDING OPTIONS keeps only its own options; INCLUDING OPTIONS rejects a key set twice', () => {
    assert.deepEqual(merged('(EXCLUDING OPTIONS)').options, { topic: 't' });
    assert.deepEqual(merged('(INCLUDING OPTIONS)').conflicts, ['topic:option']);
  });

  it('EXCLUDING GENERATED / METADATA / PARTITIONS drop computed and metadata columns and partition keys', () => {
    assert.deepEqual(merged('(EXCLUDING GENERATED EXCLUDING METADATA EXCLUDING PARTITIONS)').columns, [
      'id:physical:false', 'userId:physical:false', 'ts:physical:false', 'p_date:physical:false', 'extra:physical:false',
    ]);
  });

  it('EXCLUDING ALL then INCLUDING one feature: the later option wins for its feature', () => {
    const m = merged('(EXCLUDING ALL INCLUDING GENERATED)');
    assert.deepEqual(m.columns, ['id:physical:false', 'userId:physical:false', 'ts:physical:false', 'ts_ms:computed:false', 'p_date:physical:false', 'extra:physical:false']);
    assert.deepEqual(m.options, { topic: 't' });
  });

  it('a duplicate physical column conflicts; a computed one only unless OVERWRITING GENERATED', () => {
    const dup = (cols: string, like: string) => {
      const { stmt, table } = create(`CREATE TABLE t (${cols}) LIKE base ${like}`);
      const r = mergeLike(table, stmt, BASE);
      return { columns: r.table.columns.map((c) => c.name), conflicts: r.conflicts };
    };
    assert.deepEqual(dup('id INT', '').conflicts, [{ kind: 'column', name: 'id', origin: 'physical' }]);
    assert.deepEqual(dup('ts_ms AS 1', '').conflicts, [{ kind: 'column', name: 'ts_ms', origin: 'computed' }]);
    assert.deepEqual(dup('ts_ms AS 1', '(OVERWRITING GENERATED)'), { columns: ['id', 'userid', 'ts', 'ts_ms', 'part', 'p_date'], conflicts: [] });
    assert.deepEqual(dup('part INT METADATA', '(OVERWRITING METADATA)').conflicts, []);
  });

  it('resolves project tables declared LIKE another, bases first and in any file order', () => {
    const c = create("CREATE TABLE c (c1 INT) WITH ('connector' = 'kafka')");
    const b = create('CREATE TABLE b (b1 INT) LIKE c');
    const a = create('CREATE TABLE a (a1 INT) LIKE b');
    const orphan = create('CREATE TABLE o (o1 INT) LIKE missing');
    const catalog = new Catalog();
    for (const d of [a, orphan, b, c]) catalog.add(d.table);
    applyLikes(catalog, [a, orphan, b, c]);
    assert.deepEqual(['a', 'b', 'o'].map((n) => catalog.get(n)?.columns.map((col) => col.name)), [['c1', 'b1', 'a1'], ['c1', 'b1'], ['o1']]);
    assert.deepEqual(catalog.get('a')?.options, { connector: 'kafka' });
  });

  it('keeps declared spellings and marks Flink DDL case-sensitive', () => {
    assert.deepEqual([BASE.caseSensitive, BASE.columns[1].name, BASE.columns[1].spelling], [true, 'userid', 'userId']);
    const spark = parse('CREATE TABLE t (userId STRING)', 'spark').statements[0] as CreateTable;
    assert.equal(tableFromCreate(spark).caseSensitive, undefined);
  });
});
