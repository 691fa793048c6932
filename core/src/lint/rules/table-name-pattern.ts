import type { Identifier } from '../../sql';
import { createRule } from '../rule';
import { layersOf } from '../warehouse';

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export default createRule({
  code: 'WH02',
  name: 'table-name-pattern',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    case: "table name '{{name}}' is not lower snake_case; use letters, digits and single underscores",
    suffix: "table name '{{name}}' does not end with a suffix of layer {{layer}} ({{suffixes}}); say how it is loaded, e.g. _di for daily incremental",
    domain: "table name '{{name}}' has subject domain '{{domain}}', not one of {{domains}}; use a known domain or add it to the option `domains`",
  },
  options: {
    suffixes: {
      description: "Allowed last name segments, `{n}` standing for a number: daily/hourly incremental or full, last n days, n days / hours / minutes, to date, real time.",
      default: ['di', 'df', 'hi', 'hf', 'nd', 'td', 'rt', '{n}d', '{n}h', '{n}min'],
    },
    layerSuffixes: { description: 'Suffixes per layer name, replacing `suffixes` for that layer (e.g. {"ods": ["di", "df"]}).', default: {} as Record<string, string[]> },
    domains: { description: 'Allowed subject domains: the name segment right after the layer prefix (`live` in dwd_live_like_di). Empty: any.', default: [] as string[] },
  },
  docs: {
    description: 'A table is named <layer prefix><subject domain>_<what>_<suffix>: the suffix says how it is loaded (_di daily incremental, _df daily full, _1d one day, _nd last n days, _td to date, ...), the domain comes from a dictionary when the option lists one.',
    incorrect: "CREATE TABLE dwd.dwd_live_like_daily (user_id BIGINT COMMENT 'viewer id') COMMENT 'likes';\n",
    correct: "CREATE TABLE dwd.dwd_live_like_di (user_id BIGINT COMMENT 'viewer id') COMMENT 'likes';\n",
    file: 'tables/dwd/dwd_live_like_daily.sql',
  },
  create(context) {
    const { file, options } = context;
    if (file?.kind !== 'table') return {};
    const layer = layersOf(context.workspace).find((l) => l.name === file.layer);
    const suffixes = (layer && options.layerSuffixes[layer.name]) ?? options.suffixes;
    const suffix = new RegExp(`_(?:${suffixes.map(suffixPattern).join('|')})$`);
    const check = (id: Identifier) => {
      const name = id.name;
      const report = (messageId: 'case' | 'suffix' | 'domain', data: Record<string, string> = {}) =>
        context.report({ messageId, data: { name, ...data }, start: id.start, end: id.end });
      if (!SNAKE_CASE.test(name)) return report('case');
      const prefix = layer?.prefix ?? '';
      const rest = name.startsWith(prefix) ? name.slice(prefix.length) : name;
      if (!suffix.test(rest)) report('suffix', { layer: file.layer ?? 'none', suffixes: suffixes.map((s) => `_${s}`).join(', ') });
      const domain = rest.split('_')[0];
      if (layer && name.startsWith(prefix) && options.domains.length > 0 && !options.domains.includes(domain)) {
        report('domain', { domain, domains: options.domains.join(', ') });
      }
    };
    return {
      CreateTable(node) {
        if (!node.temporary) check(node.name.parts[node.name.parts.length - 1]);
      },
      CreateView(node) {
        if (!node.temporary) check(node.name.parts[node.name.parts.length - 1]);
      },
    };
  },
});

/** `{n}d` matches `1d`, `30d`; everything else is literal. Shared with `strata new`, which builds names this rule accepts. */
export function suffixPattern(suffix: string): string {
  return suffix
    .split('{n}')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[0-9]+');
}
