/** A table the fakes hold: Hive type names; each fake spells them as its engine does. */
export interface FakeTable {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  /** How many of the last columns are partition columns (columns added go before them, as in Hive). */
  partitions?: number;
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

/** `list` split at `separator` outside parentheses and quotes (and angle brackets of types, with `angles`). */
function splitTopLevel(list: string, separator = ',', angles = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || (angles && ch === '<')) depth++;
    else if (ch === ')' || (angles && ch === '>')) depth--;
    else if ((separator === ' ' ? /\s/.test(ch) : ch === separator) && depth === 0) {
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

/**
 * Keeps a fake's tables in step with the DDL the adapters send — CREATE TABLE IF NOT EXISTS (Hive's
 * PARTITIONED BY columns last), ALTER TABLE ADD/DROP COLUMN(S), CHANGE COLUMN / ALTER COLUMN SET
 * DATA TYPE, DROP TABLE IF EXISTS — so that a publish reads back (DESCRIBE) what it made.
 */
export function applyDdl(tables: Map<string, FakeTable>, sql: string): void {
  const head = /^(CREATE TABLE IF NOT EXISTS|ALTER TABLE|DROP TABLE IF EXISTS)\s+([`"\w.]+)\s*/i.exec(sql);
  if (!head) return;
  const key = unquote(head[2]).split('.').slice(-2).join('.');
  const rest = sql.slice(head[0].length);
  const verb = head[1].split(' ')[0].toUpperCase();
  if (verb === 'DROP') tables.delete(key);
  if (verb === 'CREATE' && !tables.has(key)) {
    const groups = [...rest.matchAll(/(?:^|PARTITIONED BY\s*)\(/gi)].map((m) => columnDefs(parenthesized(rest, m.index + m[0].length)));
    // Hive lists partition columns apart; Trino's hive connector names the last columns in `partitioned_by`.
    const partitions = groups[1]?.length ?? /partitioned_by = ARRAY\[([^\]]*)\]/.exec(rest)?.[1].split(',').length ?? 0;
    tables.set(key, { columns: groups.flat(), rows: [], partitions });
  }
  const table = tables.get(key);
  if (verb !== 'ALTER' || !table) return;
  const change = /^(ADD COLUMNS?|DROP COLUMNS?|CHANGE COLUMN|ALTER COLUMN)\s+(?:IF (?:NOT )?EXISTS\s+)?/i.exec(rest);
  const kind = change?.[1].toUpperCase().split(' ')[0];
  const body = rest.slice(change?.[0].length ?? rest.length);
  const defs = columnDefs(body.startsWith('(') ? parenthesized(body, 1) : body);
  if (kind === 'ADD') table.columns.splice(table.columns.length - (table.partitions ?? 0), 0, ...defs.filter((d) => !table.columns.some((c) => c.name === d.name)));
  if (kind === 'DROP') table.columns = table.columns.filter((c) => !defs.some((d) => d.name === c.name));
  if (kind === 'CHANGE' || kind === 'ALTER') {
    const [name, ...type] = splitTopLevel(body.replace(/\s+SET DATA TYPE\s+/i, ' '), ' ', true);
    const column = table.columns.find((c) => c.name === unquote(name));
    if (column) column.type = type.slice(kind === 'CHANGE' ? 1 : 0).join(' ').toLowerCase();
  }
}

/** `name TYPE [COMMENT '...']` items of a column list. */
function columnDefs(list: string): { name: string; type: string }[] {
  return splitTopLevel(list, ',', true).map((item) => {
    const [name, ...type] = splitTopLevel(item.replace(/\s+COMMENT\s+'(?:[^']|'')*'$/i, ''), ' ', true);
    return { name: unquote(name), type: type.join(' ').toLowerCase() };
  });
}

/** The text inside the parenthesis opened just before `start`. */
function parenthesized(text: string, start: number): string {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

function unquote(name: string): string {
  return name.replace(/[`"]/g, '').toLowerCase();
}
