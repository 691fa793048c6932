/** Characters of a dotted SQL name, backticks included (`db`.`t`). */
const NAME_CHAR = /[A-Za-z0-9_.`]/;

/**
 * The dotted name around `character` in a line (`dim.dim_gift_df`), without backticks and outer
 * dots, lower-cased as lineage names are; undefined when the caret touches no name. The lineage
 * command falls back to it when the caret is on a table rather than a column.
 */
export function nameAt(line: string, character: number): string | undefined {
  let start = Math.min(character, line.length);
  let end = start;
  while (start > 0 && NAME_CHAR.test(line[start - 1])) start--;
  while (end < line.length && NAME_CHAR.test(line[end])) end++;
  const name = line.slice(start, end).replace(/`/g, '').replace(/^\.+|\.+$/g, '').toLowerCase();
  return name === '' ? undefined : name;
}
