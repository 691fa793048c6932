import type { Token } from '../sql';
import type { LineIndex } from '../text/line-index';

/** A parsed `-- noqa` comment. */
export interface NoqaDirective {
  line: number;
  start: number;
  end: number;
  /** `line`: this line only; `disable`/`enable`: from this line on. */
  action: 'line' | 'disable' | 'enable';
  /** Upper-cased codes or names; `ALL` for every rule (a bare `-- noqa` is `line` + `ALL`). */
  codes: string[];
}

const NOQA = /^--\s*noqa\b\s*(?::\s*(.*?))?\s*$/i;
const RANGE = /^(disable|enable)\s*=\s*(.*)$/i;

/** The SQLFluff-style suppression comments of a token stream, in order. */
export function readNoqa(text: string, tokens: readonly Token[], lines: LineIndex): NoqaDirective[] {
  const out: NoqaDirective[] = [];
  for (const t of tokens) {
    if (t.kind !== 'line-comment') continue;
    const m = NOQA.exec(text.slice(t.start, t.end));
    if (!m) continue;
    const base = { line: lines.position(t.start).line, start: t.start, end: t.end };
    const body = m[1] ?? '';
    const range = RANGE.exec(body);
    if (range) out.push({ ...base, action: range[1].toLowerCase() as 'disable' | 'enable', codes: splitCodes(range[2]) });
    else out.push({ ...base, action: 'line', codes: body === '' ? ['ALL'] : splitCodes(body) });
  }
  return out;
}

function splitCodes(list: string): string[] {
  return list.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
}

/**
 * Decides whether a finding is suppressed. `disable`/`enable` act from their own line on, in
 * document order; a line directive acts on its line only.
 */
export class Suppressions {
  constructor(private readonly directives: readonly NoqaDirective[]) {}

  suppressed(line: number, code: string, name: string): boolean {
    const keys = [code.toUpperCase(), name.toUpperCase(), 'ALL'];
    let disabled = false;
    for (const d of this.directives) {
      if (d.line > line) break;
      const hit = d.codes.some((c) => keys.includes(c));
      if (d.action === 'line') {
        if (d.line === line && hit) return true;
      } else if (hit) {
        disabled = d.action === 'disable';
      }
    }
    return disabled;
  }
}
