import type { TableInfo } from '../catalog';

/** One data-quality check of a table as Spark SQL that returns the failing rows (none: it passes). */
export interface CheckQuery {
  /** Index in the table's `checks` list. */
  index: number;
  /** What it checks, for reports: `unique(room_id, p_date)`, `not_null(user_id)`, ... */
  name: string;
  sql: string;
}

const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * The queries of a table's front-matter `checks` (already shape-checked by the schema).
 * `unique` holds within a partition: the partition columns join the key (a daily table repeats
 * its ids every day). `freshness` compares the newest value of its column with `reference`
 * (the end of the `--date` day, or now) minus `max_age`. `expression` must hold for every row;
 * `sql` is a query returning the failing rows as written. `scope`, a Spark condition, limits the
 * other checks to the rows it holds.
 */
export function checkQueries(table: TableInfo, checks: unknown[], reference: Date, scope?: string): CheckQuery[] {
  const name = table.name.split('.').map(quote).join('.');
  // A scope (`p_date = '2026-11-25'`: the partition a run wrote) narrows every check but `sql` to those rows.
  const from = scope === undefined ? `FROM ${name}` : `FROM (SELECT * FROM ${name} WHERE ${scope}) AS ${quote(table.name.slice(table.name.lastIndexOf('.') + 1))}`;
  const partitions = table.columns.filter((c) => c.partition).map((c) => c.name);
  return checks.flatMap((check, index): CheckQuery[] => {
    const [kind, spec] = Object.entries(check as Record<string, unknown>)[0] ?? [];
    const query = (name: string, sql: string) => [{ index, name, sql }];
    switch (kind) {
      case 'unique': {
        const key = [...new Set([...(spec as string[]).map((c) => c.toLowerCase()), ...partitions])];
        const cols = key.map(quote).join(', ');
        return query(`unique(${key.join(', ')})`, `SELECT ${cols}, COUNT(*) AS duplicates ${from} GROUP BY ${cols} HAVING COUNT(*) > 1`);
      }
      case 'not_null': {
        const cols = (spec as string[]).map((c) => c.toLowerCase());
        return query(`not_null(${cols.join(', ')})`, `SELECT * ${from} WHERE ${cols.map((c) => `${quote(c)} IS NULL`).join(' OR ')}`);
      }
      case 'accepted_values': {
        const { column, values } = spec as { column: string; values: unknown[] };
        const col = quote(column.toLowerCase());
        const list = values.map(literal).join(', ');
        return query(`accepted_values(${column.toLowerCase()})`, `SELECT ${col}, COUNT(*) AS row_count ${from} WHERE ${col} IS NOT NULL AND ${col} NOT IN (${list}) GROUP BY ${col}`);
      }
      case 'row_count': {
        const { min, max } = spec as { min?: number; max?: number };
        const bounds = [min === undefined ? undefined : `COUNT(*) < ${min}`, max === undefined ? undefined : `COUNT(*) > ${max}`].filter((b) => b !== undefined);
        const name = `row_count(${[min === undefined ? '' : `min ${min}`, max === undefined ? '' : `max ${max}`].filter(Boolean).join(', ')})`;
        return bounds.length === 0 ? [] : query(name, `SELECT COUNT(*) AS row_count ${from} HAVING ${bounds.join(' OR ')}`);
      }
      case 'freshness': {
        const { column, max_age: maxAge } = spec as { column: string; max_age: string };
        const latest = `MAX(CAST(${quote(column.toLowerCase())} AS TIMESTAMP))`;
        const oldest = timestampText(new Date(reference.getTime() - ageSeconds(maxAge) * 1000));
        return query(`freshness(${column.toLowerCase()}, ${maxAge})`, `SELECT ${latest} AS latest ${from} HAVING ${latest} IS NULL OR ${latest} < CAST('${oldest}' AS TIMESTAMP)`);
      }
      case 'expression':
        return query(`expression(${String(spec)})`, `SELECT * ${from} WHERE NOT (${String(spec)})`);
      case 'sql':
        return query('sql', String(spec).trim().replace(/;\s*$/, ''));
      default:
        return [];
    }
  });
}

/** `26h` as seconds. */
function ageSeconds(text: string): number {
  return Number(text.slice(0, -1)) * SECONDS[text.slice(-1)];
}

/** Local `yyyy-MM-dd HH:mm:ss` (timestamps in the warehouse are local wall-clock times). */
export function timestampText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function quote(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** A Spark literal for an accepted value: numbers and booleans as written, anything else as a string. */
function literal(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
