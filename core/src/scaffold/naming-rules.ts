import { resolveRules } from '../lint/config';
import { LintSettings } from '../lint/project-config';
import { ALL_RULES } from '../lint/rules';
import type { Dialect } from '../sql';
import type { Layer, ProjectConfig } from '../project/model';
import { StrataError } from '../errors';

/** What a table name in one layer must look like, from strata.yaml `layers:` and lint rule WH02's options. */
export interface NamingRules {
  layer: Layer;
  dialect: Dialect;
  /** Allowed last segments (`di`, `{n}d`, ...); undefined when table-name-pattern is off. */
  suffixes?: readonly string[];
  /** Allowed subject domains; empty: any. */
  domains: readonly string[];
}

/** The naming rules of `layer` in a project: the same settings `strata lint` applies to tables/<layer>/. */
export function namingRules(config: ProjectConfig, layerName: string): NamingRules {
  const layer = config.layers.find((l) => l.name === layerName);
  if (!layer) {
    const names = config.layers.map((l) => l.name).join(', ');
    throw new StrataError('usage', `layer '${layerName}' is not a layer of this project; use one of ${names} (--layer)`);
  }
  const settings = new LintSettings(config.lint, ALL_RULES).rulesFor(`${config.paths.tables}/${layer.name}/${layer.prefix}x.sql`);
  const active = resolveRules(ALL_RULES, settings).find((r) => r.rule.name === 'table-name-pattern');
  const options = active?.options as { suffixes: string[]; layerSuffixes: Record<string, string[]>; domains: string[] } | undefined;
  return {
    layer,
    dialect: config.dialect,
    suffixes: options ? (options.layerSuffixes[layer.name] ?? options.suffixes) : undefined,
    domains: options?.domains ?? [],
  };
}
