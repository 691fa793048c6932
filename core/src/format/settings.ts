import type { KeywordCase } from 'sql-formatter';

/** The `format:` section of strata.yaml, every key filled in. */
export interface FormatSettings {
  /** Case of keywords and type names; names, literals, comments and `${vars}` never change. */
  keywordCase: KeywordCase;
  /** Spaces per indentation level. */
  indent: number;
  /** A parenthesized expression up to this many characters stays on one line. */
  lineWidth: number;
}

export const DEFAULT_FORMAT_SETTINGS: FormatSettings = { keywordCase: 'upper', indent: 2, lineWidth: 50 };

/** The `format:` section as strata.yaml spells it (the config schema has validated it). */
interface RawFormatConfig {
  keyword_case?: KeywordCase;
  indent?: number;
  line_width?: number;
}

/** `format:` from strata.yaml with defaults for what it leaves out. */
export function formatSettings(config: Record<string, unknown> | undefined): FormatSettings {
  const raw = config as RawFormatConfig | undefined;
  return {
    keywordCase: raw?.keyword_case ?? DEFAULT_FORMAT_SETTINGS.keywordCase,
    indent: raw?.indent ?? DEFAULT_FORMAT_SETTINGS.indent,
    lineWidth: raw?.line_width ?? DEFAULT_FORMAT_SETTINGS.lineWidth,
  };
}
