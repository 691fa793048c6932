/**
 * The text of strata's git pre-commit hook: a block between two marker lines, so that it can be
 * found, updated and removed inside a hook file that also holds other commands (husky's).
 */

const BEGIN = '# >>> strata pre-commit hook >>>';
const END = '# <<< strata pre-commit hook <<<';
const SHEBANG = '#!/bin/sh';

/** Where the hook finds `strata`, and what it runs. */
export interface HookBlockOptions {
  /** Arguments of the strata command the hook runs, e.g. `['lint', '--staged']`. */
  args: string[];
  /** Absolute paths of node and of the CLI entry point that installed the hook: the last resort. */
  node: string;
  cli: string;
  /** File name of a foreign hook kept beside ours and run first (`strata hooks install --force`). */
  chained?: string;
}

/** POSIX shell single quoting: safe for any path or argument. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The managed block. Git runs pre-commit hooks at the top of the work tree, often with a minimal
 * PATH (GUI clients), so `strata` is looked up in the repository's node_modules first, then on
 * PATH, then at the CLI that installed the hook.
 */
export function hookBlock(options: HookBlockOptions): string {
  const run = options.args.map(shellQuote).join(' ');
  const lines = [
    BEGIN,
    '# Written by `strata hooks install`; `strata hooks uninstall` removes it. Edits between the markers are replaced.',
    ...(options.chained ? chainLines(options.chained) : []),
    'strata_hook() {',
    '  if [ -x ./node_modules/.bin/strata ]; then ./node_modules/.bin/strata "$@"',
    '  elif command -v strata >/dev/null 2>&1; then strata "$@"',
    `  elif [ -f ${shellQuote(options.cli)} ]; then ${shellQuote(options.node)} ${shellQuote(options.cli)} "$@"`,
    '  else echo "strata pre-commit hook: strata not found (node_modules/.bin, PATH); install it, or commit with --no-verify" >&2; return 2',
    '  fi',
    '}',
    `strata_hook ${run} || exit $?`,
    END,
  ];
  return lines.join('\n') + '\n';
}

/** Runs the kept hook first, as git would have: only when it is executable. */
function chainLines(file: string): string[] {
  return [`chained="$(dirname -- "$0")/${file}"`, 'if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi'];
}

/** A whole hook file that holds only the block. */
export function hookFile(block: string): string {
  return `${SHEBANG}\n${block}`;
}

/** Offsets of the managed block in `text` (end past its last newline), or undefined. */
function findBlock(text: string): { start: number; end: number } | undefined {
  const start = text.indexOf(BEGIN);
  if (start < 0 || (start > 0 && text[start - 1] !== '\n')) return undefined;
  const endMarker = text.indexOf(END, start);
  if (endMarker < 0) return undefined;
  const newline = text.indexOf('\n', endMarker);
  return { start, end: newline < 0 ? text.length : newline + 1 };
}

/** The `--project` folder the block passes, if any: kept when install runs where no strata.yaml is found. */
export function blockProject(text: string): string | undefined {
  const found = findBlock(text);
  if (!found) return undefined;
  const match = /^strata_hook .* --project ('(?:[^']|'\\'')*'|\S+)/m.exec(text.slice(found.start, found.end));
  if (!match) return undefined;
  const quoted = match[1];
  return quoted.startsWith("'") ? quoted.slice(1, -1).replace(/'\\''/g, "'") : quoted;
}

/** True when `text` holds strata's block. */
export function hasBlock(text: string): boolean {
  return findBlock(text) !== undefined;
}

/** `text` with its block replaced by `block`, or with `block` appended when it has none. */
export function withBlock(text: string, block: string): string {
  const found = findBlock(text);
  if (found) return text.slice(0, found.start) + block + text.slice(found.end);
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}${block}`;
}

/** `text` without the block; undefined when nothing else is left (the file was only ours). */
export function withoutBlock(text: string): string | undefined {
  const found = findBlock(text);
  const rest = found ? text.slice(0, found.start) + text.slice(found.end) : text;
  const meaningful = rest.split('\n').some((line) => line.trim() !== '' && line.trim() !== SHEBANG);
  return meaningful ? rest : undefined;
}
