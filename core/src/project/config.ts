import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Document } from 'yaml';
import { StrataError } from '../errors';
import { LineIndex } from '../text/line-index';
import { closest } from '../text/closest';
import { configSchema } from './config-schema';
import type { BatchDialect, Layer, ProjectConfig, StateConfig, TargetConfig, VarDeclaration } from './model';
import { BUILTIN_VARIABLES } from './builtin-variables';
import { compileSchema, parseYaml, rangeOf, schemaIssues, YamlIssue } from './yaml-issues';

export const CONFIG_FILE = 'strata.yaml';

const DEFAULT_LAYERS = ['ods', 'dim', 'dwd', 'dws', 'ads'];
const LOCAL_TARGET: TargetConfig = { engine: 'duckdb', path: '.strata/local.duckdb' };

/** Reads and validates `<root>/strata.yaml`. Throws `StrataError('config')` pointing at the bad node. */
export async function readConfig(root: string): Promise<ProjectConfig> {
  let text: string;
  try {
    // One small file, read synchronously: loading node:fs/promises alone would cost a plain
    // `strata lint` ~3 ms of start-up.
    text = readFileSync(path.join(root, CONFIG_FILE), 'utf8');
  } catch (e) {
    throw unreadableConfig(root, e as NodeJS.ErrnoException);
  }
  return parseConfig(text);
}

/** Why strata.yaml could not be read, in words; no location, since there is no file to point into. */
function unreadableConfig(root: string, e: NodeJS.ErrnoException): StrataError {
  const next = `pass the project folder with --project DIR, or create one with 'strata init'`;
  switch (e.code) {
    case 'ENOENT':
      if (!existsSync(root)) return new StrataError('config', `project folder '${root}' does not exist; ${next}`);
      return new StrataError('config', `no ${CONFIG_FILE} in '${root}': it is not a Strata project; ${next}`);
    case 'ENOTDIR':
      return new StrataError('config', `'${root}' is a file, not a project folder; ${next}`);
    case 'EISDIR':
      return new StrataError('config', `${CONFIG_FILE} in '${root}' is a folder; make it the project's YAML file`);
    case 'EACCES':
    case 'EPERM':
      return new StrataError('config', `cannot read ${CONFIG_FILE} in '${root}': permission denied; check its permissions`);
    default:
      return new StrataError('config', `cannot read ${CONFIG_FILE} in '${root}' (${e.message.split('\n')[0]}); check the file`);
  }
}

/**
 * Validates strata.yaml text and fills in defaults. The error message is one line; the error's
 * location is the line and column of the offending YAML node in `file`.
 */
export function parseConfig(text: string, file = CONFIG_FILE): ProjectConfig {
  const { doc, syntax } = parseYaml(text);
  const fail = (issue: YamlIssue): never => {
    throw new StrataError('config', issue.message, { file, ...new LineIndex(text).position(issue.start) });
  };
  if (syntax.length > 0) fail(syntax[0]);
  const raw: unknown = doc.toJS() ?? {};
  const issues = schemaIssues(doc, compileSchema(configSchema), raw);
  if (issues.length > 0) fail(issues[0]);
  const config = withDefaults(raw as RawConfig);
  const semantic = semanticIssue(doc, config);
  if (semantic) fail(semantic);
  return config;
}

interface RawConfig {
  name: string;
  version?: 1;
  dialect?: BatchDialect;
  paths?: Partial<ProjectConfig['paths']>;
  vars?: Record<string, string | number | { default?: string | number; pattern?: string; description?: string }>;
  layers?: Layer[];
  targets?: Record<string, TargetConfig>;
  default_target?: string;
  state?: StateConfig;
  lint?: Record<string, unknown>;
  checks?: Record<string, unknown>;
  format?: Record<string, unknown>;
}

function withDefaults(raw: RawConfig): ProjectConfig {
  return {
    name: raw.name,
    version: 1,
    dialect: raw.dialect ?? 'spark',
    paths: { tables: 'tables', jobs: 'jobs', tests: 'tests', seeds: 'seeds', ...raw.paths },
    vars: normalizeVars(raw.vars ?? {}),
    layers: raw.layers ?? defaultLayers(),
    // The embedded target always exists so that local runs need no setup; a project may redefine it.
    targets: { local: LOCAL_TARGET, ...raw.targets },
    defaultTarget: raw.default_target ?? 'local',
    ...(raw.state ? { state: raw.state } : {}),
    lint: raw.lint ?? {},
    checks: raw.checks ?? {},
    format: raw.format ?? {},
  };
}

/** The layers of a strata.yaml that declares none (a new array each call). */
export function defaultLayers(): Layer[] {
  return DEFAULT_LAYERS.map((name) => ({ name, database: name, prefix: `${name}_` }));
}

/** `region: cn` and `region: {default: cn}` mean the same; values are kept as strings. */
export function normalizeVars(raw: NonNullable<RawConfig['vars']>): Record<string, VarDeclaration> {
  const vars: Record<string, VarDeclaration> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'object' && value !== null) {
      vars[name] = { ...value, default: value.default === undefined ? undefined : String(value.default) };
    } else {
      vars[name] = { default: String(value) };
    }
  }
  return vars;
}

/** Rules the schema cannot express: references between keys, regexes that compile. */
function semanticIssue(doc: Document, config: ProjectConfig): YamlIssue | undefined {
  if (!(config.defaultTarget in config.targets)) {
    const names = Object.keys(config.targets);
    const guess = closest(config.defaultTarget, names);
    const suggestion = guess ? `did you mean '${guess}'?` : `define it under targets or use one of: ${names.join(', ')}`;
    return { message: `default_target: '${config.defaultTarget}' is not a target; ${suggestion}`, ...rangeOf(doc, ['default_target'], 'value') };
  }
  return varIssue(doc, config.vars);
}

function varIssue(doc: Document, vars: Record<string, VarDeclaration>): YamlIssue | undefined {
  for (const [name, decl] of Object.entries(vars)) {
    if (name in BUILTIN_VARIABLES) {
      return { message: `vars.${name}: '${name}' is a built-in variable; pick another name, or set it with --var ${name}=...`, ...rangeOf(doc, ['vars', name], 'key') };
    }
    const problem = declarationProblem(name, decl);
    if (problem) return { message: `vars.${name}: ${problem}`, ...rangeOf(doc, ['vars', name, problem.startsWith('pattern') ? 'pattern' : 'default'], 'value') };
  }
  return undefined;
}

/** A pattern that does not compile, or a default its own pattern rejects. */
export function declarationProblem(name: string, decl: VarDeclaration): string | undefined {
  if (decl.pattern === undefined) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${decl.pattern})$`, 'u');
  } catch {
    return `pattern '${decl.pattern}' is not a valid regular expression; fix it`;
  }
  if (decl.default !== undefined && !re.test(decl.default)) {
    return `default '${decl.default}' does not match its pattern '${decl.pattern}'; change one of them`;
  }
  return undefined;
}
