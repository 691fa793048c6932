/** Header and row count of a CSV text. */
export interface CsvShape {
  columns: string[];
  rows: number;
}

/** One data record of a CSV text and the 0-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** The header and data records of a CSV text. */
export interface CsvTable {
  columns: string[];
  records: CsvRecord[];
}

/** Reads the header of a CSV text and counts its data records. */
export function readCsvShape(text: string): CsvShape {
  const { columns, records } = readCsv(text);
  return { columns, rows: records.length };
}

/**
 * Reads a CSV text: the header (trimmed names) and the data records. Quoted fields may hold
 * commas, doubled quotes and line breaks; blank lines are not records.
 */
export function readCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let columns: string[] | undefined;
  const records: CsvRecord[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 0;
  let recordLine = 0;
  const endRecord = () => {
    record.push(field);
    const blank = record.length === 1 && record[0] === '';
    if (!blank) {
      if (columns === undefined) columns = record.map((c) => c.trim());
      else records.push({ fields: record, line: recordLine });
    }
    [field, record, recordLine] = ['', [], line];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\n') line++;
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
  return { columns: columns ?? [], records };
}
