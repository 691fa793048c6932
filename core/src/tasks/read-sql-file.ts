import { readFile } from 'node:fs/promises';
import { StrataError } from '../errors';

/** Reads a standalone SQL file; refuses binary content with one clear line instead of parsing garbage. */
export async function readSqlFile(absolute: string, shown: string): Promise<string> {
  const bytes = await readFile(absolute).catch((e: NodeJS.ErrnoException) => {
    throw new StrataError('io', `cannot read '${shown}': ${e.code === 'EISDIR' ? 'it is a folder' : e.message}`);
  });
  if (bytes.includes(0)) {
    throw new StrataError('io', `'${shown}' is a binary file: expected UTF-8 SQL text`, { file: shown, line: 0, character: 0 });
  }
  return bytes.toString('utf8');
}
