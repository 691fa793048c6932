import { StrataError } from '../errors';
import type { Dialect } from '../sql';
import { bareNameProblem } from './name-check';

/** A column of a new table: `name:type:comment` on the command line. */
export interface ColumnSpec {
  name: string;
  type: string;
  comment: string;
}

/** Splits on commas outside parentheses and angle brackets, so `DECIMAL(18,2)` and `MAP<STRING,INT>` stay whole. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '<') depth++;
    if (ch === ')' || ch === '>') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return [...parts, current].map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Parses `--columns "room_id:bigint:live room id,gift_amount:decimal(18,2):CNY spent"`. A column
 * needs a name, a type and a comment (lint rule column-comment); names follow column-naming.
 */
export function parseColumns(spec: string, dialect: Dialect): ColumnSpec[] {
  return splitTopLevel(spec).map((entry) => {
    const [name = '', type = '', ...comment] = entry.split(':');
    const text = comment.join(':').trim();
    if (name.trim() === '' || type.trim() === '' || text === '') {
      throw new StrataError('usage', `--columns: '${entry}' is not name:type:comment; e.g. room_id:bigint:live room id`);
    }
    const problem = bareNameProblem(name.trim(), dialect, 'column');
    if (problem) throw new StrataError('usage', `--columns: ${problem.message} [${problem.rule}]`);
    if (text.includes("'")) throw new StrataError('usage', `--columns: the comment of '${name.trim()}' has a quote ('); leave it out`);
    return { name: name.trim(), type: type.trim().toUpperCase(), comment: text };
  });
}

/** Column definitions of a CREATE TABLE, aligned like the example project's tables. */
export function renderColumnDefs(columns: readonly ColumnSpec[]): string {
  const nameWidth = Math.max(...columns.map((c) => c.name.length));
  const typeWidth = Math.max(...columns.map((c) => c.type.length));
  return columns
    .map((c, i) => `  ${c.name.padEnd(nameWidth)}  ${c.type.padEnd(typeWidth)}  COMMENT '${c.comment}'${i < columns.length - 1 ? ',' : ''}`)
    .join('\n');
}
