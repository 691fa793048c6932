import { StrataError } from '../errors';
import { reservedWords } from '../lint/reserved-words';
import { snakeCase } from '../lint/rules/column-naming';
import { suffixPattern } from '../lint/rules/table-name-pattern';
import type { Dialect } from '../sql';
import type { NamingRules } from './naming-rules';

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** The rule a name breaks, in words, with the lint rule it comes from. */
export interface NameProblem {
  rule: string;
  message: string;
}

/** A file or column name: no path, lower snake_case, no reserved word of the dialect. */
export function bareNameProblem(name: string, dialect: Dialect, what: string): NameProblem | undefined {
  if (/[/\\]|\.\./.test(name) || name.startsWith('.')) {
    return { rule: 'no-path', message: `${what} '${name}' is a path; give a bare name, the folder follows from the kind and layer` };
  }
  if (!SNAKE_CASE.test(name)) {
    return { rule: 'snake-case', message: `${what} '${name}' is not lower snake_case (letters, digits and single underscores, starting with a letter)` };
  }
  if (reservedWords(dialect).has(name)) {
    return { rule: 'reserved-word', message: `${what} '${name}' is a reserved word in ${dialect}, so every query would have to quote it` };
  }
  return undefined;
}

/** The first naming rule `name` breaks in its layer (WH01 layer-prefix, WH02 table-name-pattern), if any. */
export function tableNameProblem(name: string, rules: NamingRules): NameProblem | undefined {
  const bare = bareNameProblem(name, rules.dialect, 'table name');
  if (bare) return bare;
  const { layer } = rules;
  if (!name.startsWith(layer.prefix)) {
    return { rule: 'layer-prefix', message: `table name '${name}' does not start with '${layer.prefix}', the prefix of layer ${layer.name}` };
  }
  const rest = name.slice(layer.prefix.length);
  if (rules.suffixes && !new RegExp(`_(?:${rules.suffixes.map(suffixPattern).join('|')})$`).test(rest)) {
    const allowed = rules.suffixes.map((s) => `_${s}`).join(', ');
    return { rule: 'table-name-pattern', message: `table name '${name}' does not end with a suffix of layer ${layer.name} (${allowed})` };
  }
  const domain = rest.split('_')[0];
  if (rules.domains.length > 0 && !rules.domains.includes(domain)) {
    return { rule: 'table-name-pattern', message: `table name '${name}' has subject domain '${domain}', not one of ${rules.domains.join(', ')}` };
  }
  return undefined;
}

/** Default period suffix of each conventional layer: how its tables are usually loaded. */
const LAYER_PERIODS: Record<string, string> = { ods: 'di', dim: 'df', dwd: 'di', dws: '1d', ads: '1d' };

/** The period suffix a new table of `rules.layer` gets unless told otherwise. */
export function defaultPeriod(rules: NamingRules): string {
  const wanted = LAYER_PERIODS[rules.layer.name] ?? 'di';
  if (!rules.suffixes) return wanted;
  const allowed = rules.suffixes.map((s) => s.replace('{n}', '1'));
  return allowed.includes(wanted) ? wanted : allowed[0];
}

/** `<prefix><domain>_<process>_<period>`, e.g. dwd_live_gift_send_di. */
export function buildTableName(rules: NamingRules, domain: string, process: string, period: string): string {
  return `${rules.layer.prefix}${domain}_${process}_${period}`;
}

/** The closest name to `name` that follows every rule of its layer: snake-cased, prefixed, with a known domain and a suffix. */
export function suggestTableName(name: string, rules: NamingRules): string {
  const base = name.split(/[/\\]/).filter((p) => p !== '' && !p.startsWith('.')).pop() ?? '';
  let rest = snakeCase(base) || 'table';
  if (rest.startsWith(rules.layer.prefix)) rest = rest.slice(rules.layer.prefix.length);
  if (rules.domains.length > 0 && !rules.domains.includes(rest.split('_')[0])) rest = `${rules.domains[0]}_${rest}`;
  const candidate = `${rules.layer.prefix}${rest}`;
  const suffixed = tableNameProblem(candidate, rules)?.rule === 'table-name-pattern' ? `${candidate}_${defaultPeriod(rules)}` : candidate;
  return SNAKE_CASE.test(suffixed) ? suffixed : `${rules.layer.prefix}table_${defaultPeriod(rules)}`;
}

/** Throws the usage error `strata new` exits 2 with: the rule broken and a name that follows it. */
export function refuseName(problem: NameProblem, suggestion: string): never {
  throw new StrataError('usage', `${problem.message} [${problem.rule}]; try '${suggestion}'`, undefined, [suggestion]);
}

/** Refuses (exit 2) a table name that breaks a naming rule of its layer, suggesting one that does not. */
export function assertTableName(name: string, rules: NamingRules): void {
  const problem = tableNameProblem(name, rules);
  if (problem) refuseName(problem, suggestTableName(name, rules));
}
