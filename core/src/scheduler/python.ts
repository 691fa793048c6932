/** Python source text for generated DAG files: literals and identifiers that no input can break. */

/**
 * A Python string literal of `text`. JSON's string escapes (`\"`, `\\`, `\n`, `\uXXXX`) are
 * Python's too, so any text, quotes and newlines included, stays one literal.
 */
export function pyString(text: string): string {
  // Python reads a lone surrogate escape as-is; JSON.stringify escapes them, so the result is valid either way.
  return JSON.stringify(text);
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield', 'dag', 'datetime', 'timedelta', 'DAG', 'BashOperator', 'ExternalTaskSensor',
]);

/**
 * Unique Python identifiers for `names` (in the given order): anything but ASCII letters, digits
 * and `_` becomes `_`, a leading digit or a keyword (or a name the DAG file itself uses) gets a
 * `t_` prefix, and a clash gets `_2`, `_3`, ...
 */
export function pyIdentifiers(names: string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    let base = name.replace(/[^A-Za-z0-9_]/g, '_');
    if (base === '' || /^[0-9]/.test(base) || KEYWORDS.has(base)) base = `t_${base}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    out.set(name, id);
  }
  return out;
}

/** An Airflow id (dag_id, task_id): letters, digits, `_`, `-` and `.` only. */
export function airflowId(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** A comment line (indented for the DAG body); control characters, which could end it, become spaces. */
export function pyComment(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `    # ${text.replace(/[\u0000-\u001f\u007f]/g, ' ')}`;
}
