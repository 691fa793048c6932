import { StrataError } from '../errors';
import { normalizeVars } from './config';
import { VAR_NAME_PATTERN } from './config-schema';
import type { VarDeclaration } from './model';
import { BUILTIN_VARIABLES, patternRule, SAFE_VALUE_RULE, ValueRule, yesterday } from './builtin-variables';

/** Everything that can give a variable its value, weakest last. */
export interface VariableInputs {
  /** `--var k=v` overrides (strongest). */
  overrides?: Record<string, string>;
  /** The `vars` of a job's front matter, as written. */
  frontMatter?: unknown;
  /** `vars` of strata.yaml (`ProjectConfig.vars`). */
  project?: Record<string, VarDeclaration>;
  /** Clock for the default `date` (yesterday); default: now. */
  now?: Date;
}

/**
 * Resolves every variable's value (precedence: --var > front matter > strata.yaml > built-in
 * defaults) and checks each against its declared format. Throws `StrataError('variable')` with a
 * one-line message quoting the bad value, e.g. `--var date=2026-13-01: not a valid date (expected yyyy-MM-dd)`.
 * Declared variables without a default or an override have no value and are left out.
 */
export function resolveVariables(inputs: VariableInputs = {}): Record<string, string> {
  const overrides = inputs.overrides ?? {};
  const fromFrontMatter = frontMatterVars(inputs.frontMatter);
  const declarations = mergeDeclarations(inputs.project ?? {}, fromFrontMatter);
  const values: Record<string, string> = { date: yesterday(inputs.now ?? new Date()), hour: '00' };
  for (const [name, decl] of Object.entries(declarations)) {
    // An overridden default is never used, so it need not pass a pattern the job tightened.
    if (decl.default === undefined || name in overrides) continue;
    const source = name in fromFrontMatter && fromFrontMatter[name].default !== undefined ? 'front matter' : 'strata.yaml';
    assertValue(name, decl.default, declarations, `${source} vars.${name}=`);
    values[name] = decl.default;
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (BUILTIN_VARIABLES[name]?.derived) {
      throw new StrataError('variable', `--var ${name}=${value}: ${name} is derived from date; set --var date=yyyy-MM-dd instead`);
    }
    assertValue(name, value, declarations, `--var ${name}=`);
    values[name] = value;
  }
  values.date_nodash = values.date.replace(/-/g, '');
  return values;
}

/** The declarations that apply to a job: its front matter refines the project's. */
export function mergeDeclarations(project: Record<string, VarDeclaration>, frontMatter: Record<string, VarDeclaration>): Record<string, VarDeclaration> {
  const merged: Record<string, VarDeclaration> = { ...project };
  for (const [name, decl] of Object.entries(frontMatter)) merged[name] = { ...project[name], ...stripUndefined(decl) };
  return merged;
}

function stripUndefined(decl: VarDeclaration): VarDeclaration {
  return Object.fromEntries(Object.entries(decl).filter(([, v]) => v !== undefined));
}

function frontMatterVars(raw: unknown): Record<string, VarDeclaration> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return normalizeVars(raw as Parameters<typeof normalizeVars>[0]);
}

/** The rule a variable's value must pass: built-in format, declared pattern, or the safe default. */
export function ruleFor(name: string, declarations: Record<string, VarDeclaration> = {}): ValueRule {
  const builtin = BUILTIN_VARIABLES[name];
  if (builtin) return builtin;
  const pattern = declarations[name]?.pattern;
  return pattern === undefined ? SAFE_VALUE_RULE : patternRule(pattern);
}

/** Throws when `value` fails the rule for `name`; `label` introduces the value (`--var x=`). */
export function assertValue(name: string, value: string, declarations: Record<string, VarDeclaration>, label: string): void {
  if (!new RegExp(VAR_NAME_PATTERN).test(name)) {
    throw new StrataError('variable', `${label}${value}: '${name}' is not a valid variable name (use lower-case letters, digits and _)`);
  }
  let problem: string | undefined;
  try {
    problem = ruleFor(name, declarations).problem(value);
  } catch {
    problem = `its declared pattern '${declarations[name]?.pattern ?? ''}' is not a valid regular expression`;
  }
  if (problem) throw new StrataError('variable', `${label}${value}: ${problem}`);
}
