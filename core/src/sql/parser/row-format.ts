import type { Parser } from './parser';
import { parseProperties, parseStringValue } from './properties';

/**
 * `ROW FORMAT SERDE 'cls' [WITH SERDEPROPERTIES (...)]` or `ROW FORMAT DELIMITED [FIELDS TERMINATED
 * BY 'x' [ESCAPED BY 'x']] [COLLECTION ITEMS TERMINATED BY 'x'] [MAP KEYS TERMINATED BY 'x']
 * [LINES TERMINATED BY 'x'] [NULL DEFINED AS 'x']`; the cursor is on `ROW`. Checked for shape only.
 */
export function parseRowFormatSpec(p: Parser): void {
  p.next();
  p.next();
  if (p.eat('SERDE')) {
    parseStringValue(p);
    if (p.at2('WITH', 'SERDEPROPERTIES')) {
      p.next();
      p.next();
      parseProperties(p);
    }
    return;
  }
  if (!p.expect('DELIMITED')) return;
  while (delimiter(p));
}

/** One `... TERMINATED BY 'x'` (or `NULL DEFINED AS 'x'`) part; false when none is at the cursor. */
function delimiter(p: Parser): boolean {
  if (p.eat('FIELDS')) {
    terminatedBy(p);
    if (p.eat('ESCAPED') && p.expect('BY')) parseStringValue(p);
  } else if (p.at2('COLLECTION', 'ITEMS') || p.at2('MAP', 'KEYS')) {
    p.next();
    p.next();
    terminatedBy(p);
  } else if (p.eat('LINES')) terminatedBy(p);
  else if (p.at2('NULL', 'DEFINED')) {
    p.next();
    p.next();
    if (p.expect('AS')) parseStringValue(p);
  } else return false;
  return true;
}

function terminatedBy(p: Parser): void {
  if (p.expect('TERMINATED') && p.expect('BY')) parseStringValue(p);
}
