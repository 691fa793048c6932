/** A table the fakes hold: Hive type names; each fake spells them as its engine does. */
export interface FakeTable {
  columns: { name: string; type: string }[];
  rows: unknown[][];
}

/** The tables every fake knows, by `db.table`; `live.slow_events` never finishes a query. */
export function fakeTables(): Map<string, FakeTable> {
  return new Map([
    ['live.rooms', { columns: [{ name: 'room_id', type: 'bigint' }, { name: 'room_name', type: 'string' }, { name: 'anchor_id', type: 'bigint' }], rows: [[1, 'Music hall', 10], [2, 'Game night', 20]] }],
    ['live.slow_events', { columns: [{ name: 'event_id', type: 'bigint' }], rows: [] }],
  ]);
}

/** The query inside an adapter's `SELECT * FROM (\n<query>\n) strata_describe LIMIT 0`, or undefined. */
export function describedQuery(sql: string): string | undefined {
  return /^SELECT \* FROM \(\n([\s\S]*)\n\) strata_describe LIMIT 0$/.exec(sql)?.[1];
}

/**
 * The table a query reads (the name after its first FROM, quotes dropped; in a Flink window TVF
 * `FROM TABLE(TUMBLE(TABLE t, ...))` the table inside) and where that name starts.
 */
export function tableRead(sql: string): { name: string; offset: number } | undefined {
  const m = /\bFROM\s+(?:TABLE\s*\(\s*\w+\s*\(\s*TABLE\s+)?(?!\()([`"\w.]+)/i.exec(sql);
  if (!m) return undefined;
  const parts = m[1].replace(/[`"]/g, '').toLowerCase().split('.');
  return { name: parts.slice(-2).join('.'), offset: m.index + m[0].length - m[1].length };
}

/** 1-based line and 0-based column of `offset` in `text`. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length };
}

/** The output columns of `SELECT a, b AS c, * FROM t` over `table`: a column of the table keeps its type, expressions are strings. */
export function selectColumns(sql: string, table: FakeTable): { name: string; type: string }[] {
  const m = /\bSELECT\s+([\s\S]*?)\s+FROM\b/i.exec(sql);
  if (!m) return [];
  return splitTopLevel(m[1]).flatMap((item) => {
    if (item === '*') return table.columns;
    const alias = /\s+AS\s+(\w+)$/i.exec(item);
    const source = (alias ? item.slice(0, alias.index) : item).split('.').pop()!.toLowerCase();
    return [{ name: (alias?.[1] ?? source).toLowerCase(), type: table.columns.find((c) => c.name === source)?.type ?? 'string' }];
  });
}

function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/** The table's rows cut to the selected columns (a column it lacks reads NULL). */
export function projectRows(table: FakeTable, selected: { name: string }[]): unknown[][] {
  const at = selected.map((c) => table.columns.findIndex((t) => t.name === c.name));
  return table.rows.map((row) => at.map((i) => (i < 0 ? null : row[i])));
}
