/** Header and row count of a CSV text. */
export interface CsvShape {
  columns: string[];
  rows: number;
}

/**
 * Reads the header of a CSV text and counts its data records. Quoted fields may hold commas,
 * doubled quotes and line breaks; blank lines are not records.
 */
export function readCsvShape(text: string): CsvShape {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let columns: string[] | undefined;
  let rows = 0;
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    const blank = record.length === 1 && record[0] === '';
    if (!blank) {
      if (columns === undefined) columns = record.map((c) => c.trim());
      else rows++;
    }
    [field, record] = ['', []];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (body[i + 1] === '"') field += body[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    }
    else if (c === '\n') endRecord();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || record.length > 0) endRecord();
  return { columns: columns ?? [], rows };
}
