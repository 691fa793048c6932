import { StrataError } from '../errors';

/** A Hive/Spark/Flink column type as a tree, for mapping to an engine and converting values. */
export type HiveType =
  | { kind: 'scalar'; name: string; text: string }
  | { kind: 'decimal'; precision: number; scale: number }
  | { kind: 'array'; element: HiveType }
  | { kind: 'map'; key: HiveType; value: HiveType }
  | { kind: 'struct'; fields: { name: string; type: HiveType }[] };

/** Words, numbers, quoted texts and the punctuation of type syntax. */
const TOKEN = /\s*(`(?:[^`]|``)*`|'(?:[^']|'')*'|"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_]*|\d+|[<>(),:])/y;

/**
 * Parses a type as our catalog writes it: `BIGINT`, `DECIMAL(18,2)`, `VARCHAR(20)`,
 * `TIMESTAMP(3)`, `TIMESTAMP(3) WITH LOCAL TIME ZONE`, `ARRAY<T>`, `MAP<K,V>`,
 * `STRUCT<a:T, b T COMMENT '...'>`, Flink's `ROW<a T>` / `ROW(a T)` and `NOT NULL`.
 * Malformed text throws a `usage` StrataError quoting it.
 */
export function parseHiveType(text: string): HiveType {
  const tokens = tokenize(text);
  const parser = new TypeParser(text, tokens);
  const type = parser.type();
  parser.end();
  return type;
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(at).trim() === '') break;
      throw malformed(text);
    }
    tokens.push(m[1]);
  }
  return tokens;
}

function malformed(text: string): StrataError {
  return new StrataError('usage', `malformed column type '${text}'; write it as in Hive/Spark/Flink DDL, e.g. DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,BIGINT>, STRUCT<a:INT>`);
}

class TypeParser {
  private at = 0;

  constructor(private readonly text: string, private readonly tokens: string[]) {}

  type(): HiveType {
    const name = this.word();
    let type: HiveType;
    if (name === 'ARRAY') type = this.enclosed(() => ({ kind: 'array', element: this.type() }));
    else if (name === 'MAP') type = this.enclosed(() => ({ kind: 'map', key: this.type(), value: (this.expect(','), this.type()) }));
    else if (name === 'STRUCT' || name === 'ROW') type = this.enclosed(() => ({ kind: 'struct', fields: this.fields() }));
    else type = this.scalar(name);
    this.nullability();
    return type;
  }

  end(): void {
    if (this.at < this.tokens.length) throw malformed(this.text);
  }

  private scalar(name: string): HiveType {
    const args: number[] = [];
    if (this.accept('(')) {
      do args.push(Number(this.next()));
      while (this.accept(','));
      this.expect(')');
      if (args.some((n) => !Number.isInteger(n))) throw malformed(this.text);
    }
    if (this.acceptWord('WITH')) {
      this.acceptWord('LOCAL');
      if (!this.acceptWord('TIME') || !this.acceptWord('ZONE')) throw malformed(this.text);
      return { kind: 'scalar', name: 'TIMESTAMP_LTZ', text: this.text };
    }
    if (name === 'DECIMAL' || name === 'DEC' || name === 'NUMERIC') {
      return { kind: 'decimal', precision: args[0] ?? 10, scale: args[1] ?? 0 };
    }
    return { kind: 'scalar', name, text: this.text };
  }

  /** `<...>` or Flink's `(...)` around what `inner` reads. */
  private enclosed(inner: () => HiveType): HiveType {
    const close = this.accept('<') ? '>' : (this.expect('('), ')');
    const type = inner();
    this.expect(close);
    return type;
  }

  private fields(): { name: string; type: HiveType }[] {
    const fields: { name: string; type: HiveType }[] = [];
    do {
      const name = unquote(this.next());
      this.accept(':');
      const type = this.type();
      if (this.acceptWord('COMMENT')) this.next();
      fields.push({ name, type });
    } while (this.accept(','));
    return fields;
  }

  private nullability(): void {
    if (this.acceptWord('NOT')) {
      if (!this.acceptWord('NULL')) throw malformed(this.text);
    } else this.acceptWord('NULL');
  }

  private word(): string {
    const token = this.next();
    if (!/^[A-Za-z_]/.test(token)) throw malformed(this.text);
    return token.toUpperCase();
  }

  private next(): string {
    const token = this.tokens[this.at++];
    if (token === undefined) throw malformed(this.text);
    return token;
  }

  private accept(token: string): boolean {
    if (this.tokens[this.at] !== token) return false;
    this.at++;
    return true;
  }

  private acceptWord(word: string): boolean {
    if (this.tokens[this.at]?.toUpperCase() !== word) return false;
    this.at++;
    return true;
  }

  private expect(token: string): void {
    if (!this.accept(token)) throw malformed(this.text);
  }
}

/** A field name without its backquotes or double quotes. */
function unquote(token: string): string {
  const q = token[0];
  if (q === '`' || q === '"') return token.slice(1, -1).split(q + q).join(q);
  if (!/^[A-Za-z_0-9]/.test(token)) throw new StrataError('usage', `malformed struct field name '${token}'`);
  return token;
}
