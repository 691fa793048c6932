// Small and without core: bin/run.js loads this module alone to decide whether to load the lint
// bundle at all (a lint the fast path declines goes straight to oclif).
import * as fs from 'node:fs';
import { LINT_FORMATS, type LintFormat } from './formatters/lint-formats';

/** The flags of a plain `strata lint` as the fast path understands them. */
export interface PlainLint {
  paths: string[];
  project?: string;
  staged: boolean;
  cache: boolean;
  format: LintFormat;
  maxWarnings?: number;
  vars: string[];
  rules: string[];
}

/** Flags that take a value; `multiple` ones may repeat. */
const VALUED: Record<string, { name: keyof PlainLint; multiple?: true }> = {
  '--project': { name: 'project' },
  '-p': { name: 'project' },
  '--format': { name: 'format' },
  '--max-warnings': { name: 'maxWarnings' },
  '--var': { name: 'vars', multiple: true },
  '--rule': { name: 'rules', multiple: true },
};

/** Boolean flags: the field they set, and to what. */
const SWITCHES: Record<string, { name: 'staged' | 'cache'; value: boolean }> = {
  '--staged': { name: 'staged', value: true },
  '--cache': { name: 'cache', value: true },
  '--no-cache': { name: 'cache', value: false },
};

/**
 * `argv` (after the program) as a plain lint — what a pre-commit hook runs: `lint` with paths and
 * only the flags above, each well-formed and given once — or undefined for anything else (help,
 * --json, --fix, standard input, a bad or repeated flag, an unknown one), which oclif handles.
 */
export function plainLint(argv: readonly string[]): PlainLint | undefined {
  if (argv[0] !== 'lint') return undefined;
  const lint: PlainLint = { paths: [], staged: false, cache: true, format: 'stylish', vars: [], rules: [] };
  const seen = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const [flag, inline] = splitInline(argv[i]);
    if (!flag.startsWith('-')) {
      lint.paths.push(flag);
      continue;
    }
    const valued = VALUED[flag];
    const toggle = SWITCHES[flag];
    const name = valued?.name ?? toggle?.name;
    if (name === undefined || (seen.has(name) && !valued?.multiple)) return undefined;
    seen.add(name);
    if (toggle) {
      if (inline !== undefined) return undefined;
      lint[toggle.name] = toggle.value;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('-') || !setValue(lint, valued.name, value)) return undefined;
  }
  return lint;
}

/** `--flag=value` as its two parts; a path never starts with `-`, so only flags split. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** Stores a flag's value; false when oclif would reject it (it then reports the problem). */
function setValue(lint: PlainLint, name: keyof PlainLint, value: string): boolean {
  switch (name) {
    case 'project':
      lint.project = value;
      return fs.statSync(value, { throwIfNoEntry: false })?.isDirectory() === true;
    case 'format':
      lint.format = value as LintFormat;
      return (LINT_FORMATS as readonly string[]).includes(value);
    case 'maxWarnings':
      lint.maxWarnings = Number(value);
      return /^\d+$/.test(value);
    case 'vars':
    case 'rules':
      lint[name].push(value);
      return true;
    default:
      return false;
  }
}
