/**
 * Java `SimpleDateFormat` / Spark datetime patterns → DuckDB `strftime`/`strptime` specifiers.
 * `parse` selects the zero-padded specifiers, which DuckDB's `strptime` also reads unpadded.
 * Returns an error text for letters without a DuckDB equivalent.
 */
export function javaToStrftime(pattern: string, parse = false): { format: string } | { error: string } {
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "'") {
      const close = pattern.indexOf("'", i + 1);
      const literal = close === i + 1 ? "'" : pattern.slice(i + 1, close < 0 ? pattern.length : close);
      out += literal.replace(/%/g, '%%');
      i = close < 0 ? pattern.length : close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c === '%' ? '%%' : c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    const spec = letter(c, n, parse);
    if (spec === undefined) return { error: `pattern letter '${c.repeat(n)}'` };
    out += spec;
    i += n;
  }
  return { format: out };
}

function letter(c: string, n: number, parse: boolean): string | undefined {
  const pad = (padded: string, bare: string) => (n >= 2 || parse ? padded : bare);
  switch (c) {
    case 'y':
    case 'u':
      return n === 2 ? '%y' : '%Y';
    case 'M':
    case 'L':
      return n >= 4 ? '%B' : n === 3 ? '%b' : pad('%m', '%-m');
    case 'd':
      return pad('%d', '%-d');
    case 'D':
      return n >= 3 || parse ? '%j' : '%-j';
    case 'H':
      return pad('%H', '%-H');
    case 'h':
      return pad('%I', '%-I');
    case 'm':
      return pad('%M', '%-M');
    case 's':
      return pad('%S', '%-S');
    case 'S':
      return n === 3 ? '%g' : n === 6 ? '%f' : n === 9 ? '%n' : undefined;
    case 'a':
      return '%p';
    case 'E':
      return n >= 4 ? '%A' : '%a';
    case 'Z':
    case 'x':
      return '%z';
    default:
      return undefined;
  }
}
