import { StrataError } from '../errors';
import { closest } from '../text/closest';
import { defaultOptions, type AnyRule, type LintSeverity, type OptionSpec } from './rule';

/** A rule's setting: a severity, `off`, or a severity with options. */
export type RuleSetting = LintSeverity | 'off' | { severity?: LintSeverity | 'off'; options?: Record<string, unknown> };

/** Settings by rule code (`ST01`) or name (`keyword-case`); rules not named keep their defaults. */
export type RulesConfig = Record<string, RuleSetting>;

/** A rule that runs, with its severity and full options. */
export interface ActiveRule {
  rule: AnyRule;
  severity: LintSeverity;
  options: Record<string, unknown>;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/**
 * The rules that run under `config`. Throws a `config` StrataError naming the bad key (with a
 * did-you-mean) for an unknown rule, severity or option, or an option of the wrong type.
 */
export function resolveRules(registry: readonly AnyRule[], config: RulesConfig = {}): ActiveRule[] {
  const byKey = new Map<string, AnyRule>();
  for (const r of registry) {
    byKey.set(r.code.toUpperCase(), r);
    byKey.set(r.name.toUpperCase(), r);
  }
  const settings = new Map<AnyRule, RuleSetting>();
  for (const [key, setting] of Object.entries(config)) {
    const rule = byKey.get(key.toUpperCase());
    if (!rule) throw unknown('rule', key, registry.flatMap((r) => [r.code, r.name]));
    settings.set(rule, setting);
  }
  const out: ActiveRule[] = [];
  for (const rule of registry) {
    const setting = settings.get(rule) ?? {};
    const { severity = rule.defaultSeverity, options = {} } = typeof setting === 'string' ? { severity: setting } : setting;
    if (!SEVERITIES.includes(severity)) throw unknown(`severity of ${rule.code}`, severity, SEVERITIES);
    if (severity !== 'off') out.push({ rule, severity, options: { ...defaultOptions(rule), ...checkOptions(rule, options) } });
  }
  return out;
}

function checkOptions(rule: AnyRule, options: Record<string, unknown>): Record<string, unknown> {
  const schema = rule.options as Record<string, OptionSpec<unknown>>;
  for (const [key, value] of Object.entries(options)) {
    const spec = schema[key];
    if (!spec) throw unknown(`option of ${rule.code}`, key, Object.keys(schema));
    if (typeof value !== typeof spec.default) {
      throw new StrataError('config', `option '${key}' of ${rule.code} must be a ${typeof spec.default}, not ${JSON.stringify(value)}`);
    }
    if (spec.enum && !spec.enum.includes(value)) throw unknown(`value of ${rule.code} option '${key}'`, String(value), spec.enum.map(String));
  }
  return options;
}

function unknown(what: string, value: string, candidates: readonly string[]): StrataError {
  const near = closest(value, candidates);
  const hint = near ? `, did you mean '${near}'?` : `; expected one of: ${candidates.join(', ')}`;
  return new StrataError('config', `unknown ${what} '${value}'${hint}`, undefined, near ? [near] : []);
}
