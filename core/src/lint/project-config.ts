import picomatch from 'picomatch';
import { StrataError } from '../errors';
import { closest } from '../text/closest';
import { resolveRules, type RulesConfig } from './config';
import type { AnyRule } from './rule';

/** `overrides` entry of `lint:` in strata.yaml: rule settings for the files matching `files`. */
export interface LintOverride {
  files: string | string[];
  rules: RulesConfig;
}

/** The `lint:` section of strata.yaml. */
export interface LintConfig {
  rules?: RulesConfig;
  overrides?: LintOverride[];
}

const KEYS = ['rules', 'overrides'];

/**
 * Rule settings per project file: `lint.rules`, then every override whose glob matches the file's
 * project-relative path, later overrides winning. Validated up front, so a typo fails the run even
 * when no file matches its override.
 */
export class LintSettings {
  private readonly overrides: { match: (path: string) => boolean; rules: RulesConfig }[];
  private readonly base: RulesConfig;
  private readonly others: RulesConfig;

  /**
   * `only`: run just these rules (`strata lint --rule`), at their configured severity; the others are off.
   * Throws a `config` StrataError naming the bad key (did-you-mean) for a malformed `lint:` section.
   */
  constructor(raw: Record<string, unknown>, registry: readonly AnyRule[], only?: readonly AnyRule[]) {
    this.others = only ? Object.fromEntries(registry.filter((r) => !only.includes(r)).map((r) => [r.code, 'off'])) : {};
    const config = checkShape(raw);
    this.base = byCode(registry, config.rules ?? {}, 'lint.rules');
    this.overrides = (config.overrides ?? []).map((o, i) => {
      if (!o || typeof o !== 'object' || (typeof o.files !== 'string' && !Array.isArray(o.files))) {
        throw new StrataError('config', `lint.overrides[${i}] needs 'files' (a glob or a list of globs) and 'rules'`);
      }
      return { match: picomatch(o.files, { dot: true }), rules: byCode(registry, o.rules ?? {}, `lint.overrides[${i}].rules`) };
    });
  }

  /** The settings that apply to `path` (project-relative, POSIX). */
  rulesFor(path: string): RulesConfig {
    let rules = this.base;
    for (const o of this.overrides) if (o.match(path)) rules = { ...rules, ...o.rules };
    return { ...rules, ...this.others };
  }
}

/**
 * Validates `rules` and keys it by rule code, so that `ST01` and `keyword-case` override each other.
 * A bad entry's error says where it is in strata.yaml (`where`).
 */
function byCode(registry: readonly AnyRule[], rules: RulesConfig, where: string): RulesConfig {
  try {
    resolveRules(registry, rules);
  } catch (e) {
    if (e instanceof StrataError) throw new StrataError(e.code, `strata.yaml ${where}: ${e.message}`, e.location, e.suggestions);
    throw e;
  }
  const codeOf = new Map(registry.flatMap((r) => [[r.code.toUpperCase(), r.code], [r.name.toUpperCase(), r.code]]));
  return Object.fromEntries(Object.entries(rules).map(([key, setting]) => [codeOf.get(key.toUpperCase()) ?? key, setting]));
}

function checkShape(raw: Record<string, unknown>): LintConfig {
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) {
      const near = closest(key, KEYS);
      throw new StrataError('config', `unknown key 'lint.${key}' in strata.yaml${near ? `, did you mean 'lint.${near}'?` : `; expected one of: ${KEYS.join(', ')}`}`);
    }
  }
  if (raw.rules !== undefined && (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules))) {
    throw new StrataError('config', `'lint.rules' in strata.yaml must map rule codes to a severity or {severity, options}`);
  }
  if (raw.overrides !== undefined && !Array.isArray(raw.overrides)) {
    throw new StrataError('config', `'lint.overrides' in strata.yaml must be a list of {files, rules}`);
  }
  return raw as LintConfig;
}
