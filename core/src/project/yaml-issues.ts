import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { closest } from '../text/closest';
import { generatedValidator } from './generated-validators';

/** A problem in a YAML text: a one-line message and the offsets of the offending node. */
export interface YamlIssue {
  message: string;
  start: number;
  end: number;
}

/** A parsed YAML text and its syntax errors (offsets relative to the parsed text). */
export interface ParsedYaml {
  doc: Document;
  syntax: YamlIssue[];
}

/**
 * ajv's options for our schemas. Our schemas are constants checked by tests: validating them
 * against the JSON Schema meta-schema (and loading it) on every run would only cost start-up time.
 * scripts/generate-validators.js generates validators with these same options.
 */
export const AJV_OPTIONS = { allErrors: true, jsonPointers: true, verbose: true, meta: false, validateSchema: false } as const;

/** Built on first use, for a schema without a generated validator: loading ajv and building one costs ~10 ms. */
let ajv: InstanceType<typeof Ajv> | undefined;

const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The validator of a schema, once per schema object (ajv's own cache serializes the schema on
 * every call): the one generated at build time when there is one for exactly this schema, else
 * ajv's.
 */
export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = generatedValidator(schema) ?? ajvValidator(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function ajvValidator(schema: object): ValidateFunction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ajv ??= new (require('ajv') as typeof Ajv)(AJV_OPTIONS);
  return ajv.compile(schema);
}

/** Parses YAML keeping node ranges; syntax errors become issues instead of exceptions. */
export function parseYaml(text: string): ParsedYaml {
  const doc = parseDocument(text, { prettyErrors: false });
  const syntax = doc.errors.map((e) => {
    const opener = unclosedOpener(text, e.message, e.pos[0]);
    const message = `invalid YAML: ${e.message.split('\n')[0]}`;
    return opener === undefined ? { message, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) } : { message, start: opener, end: opener + 1 };
  });
  return { doc, syntax };
}

/**
 * The parser notices an unclosed `[`, `{` or quote only where the text runs out, often lines
 * later; the opener is where the fix goes, so point there.
 */
function unclosedOpener(text: string, message: string, at: number): number | undefined {
  const closer = /end with an? ([\]}])/.exec(message)?.[1] ?? /Missing closing (["'])quote/.exec(message)?.[1];
  if (closer === undefined) return undefined;
  const opener = closer === ']' ? '[' : closer === '}' ? '{' : closer;
  const found = text.lastIndexOf(opener, at - 1);
  return found < 0 ? undefined : found;
}

/**
 * Validates the document's value against a schema; each issue points at the YAML node it is
 * about (the key of an unknown property, the value of a wrong one); sorted by position.
 */
export function schemaIssues(doc: Document, validate: ValidateFunction, value: unknown = doc.toJS()): YamlIssue[] {
  if (validate(value)) return [];
  const all = validate.errors ?? [];
  const errors = all.filter((e) => keep(e) && !misspeltRequired(e, all));
  return errors.map((e) => ({ message: describe(e), ...locate(doc, e) })).sort((a, b) => a.start - b.start);
}

/** Drops the summary errors ajv adds for `if`/`anyOf` when a specific one is present. */
function keep(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf';
}

/**
 * `databse: ods` gives two errors: the unknown key and the missing `database`. The typo is the
 * one to fix (and the message suggests the right name), so the missing key is not reported.
 */
function misspeltRequired(e: ErrorObject, all: ErrorObject[]): boolean {
  if (e.keyword !== 'required') return false;
  const missing = String((e.params as unknown as Record<string, unknown>).missingProperty);
  return all.some((other) =>
    other.keyword === 'additionalProperties' &&
    other.dataPath === e.dataPath &&
    closest(String((other.params as unknown as Record<string, unknown>).additionalProperty), [missing]) === missing);
}

/** JSON pointer (`/targets/prod/engine`) to path segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `targets.prod.engine`, `layers[2].name`; empty at the top level. */
export function keyPath(segments: string[]): string {
  return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

/** Keys whose values are secrets: a message says what is wrong with one, never what it is. */
const SECRET_KEYS = new Set(['password']);

function describe(e: ErrorObject): string {
  const segments = pointerSegments(e.dataPath);
  const shown = (data: unknown): string => (SECRET_KEYS.has(segments[segments.length - 1] ?? '') ? 'a literal value' : show(data));
  const where = segments.length > 0 ? ` in ${keyPath(segments)}` : '';
  const label = keyPath(segments) || 'the document';
  const hint = (e.parentSchema as { description?: string } | undefined)?.description;
  const params = e.params as unknown as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return unknownKey(String(params.additionalProperty), where, e.parentSchema as SchemaObject);
    case 'required':
      return `missing required key '${String(params.missingProperty)}'${where}; add it`;
    case 'type':
      return `${label}: expected ${hint ?? article(String(params.type))}, found ${shown(e.data)}`;
    case 'enum':
      return badChoice(label, e.data, (params.allowedValues as unknown[]).map(String));
    case 'pattern':
      return `${label}: ${shown(e.data)} is not ${hint ?? `matching ${String(params.pattern)}`}`;
    default:
      return hint ? `${label}: expected ${hint}, found ${shown(e.data)}` : `${label}: ${e.message ?? 'invalid value'}`;
  }
}

interface SchemaObject {
  properties?: Record<string, SchemaObject>;
  patternProperties?: Record<string, unknown>;
  description?: string;
}

function unknownKey(key: string, where: string, schema: SchemaObject): string {
  const allowed = Object.keys(schema.properties ?? {});
  if (allowed.length === 0) {
    return `invalid key '${key}'${where}: expected ${schema.description ?? 'a different name'}`;
  }
  const guess = closest(key, allowed) ?? nestedGuess(key, schema);
  const suggestion = guess ? `; did you mean '${guess}'?` : '';
  return `unknown key '${key}'${where} (allowed: ${allowed.join(', ')}${suggestion})`;
}

/** A key misspelt at the wrong level (`tabels:` at the top) is usually meant for a nested object. */
function nestedGuess(key: string, schema: SchemaObject): string | undefined {
  const nested: string[] = [];
  for (const [parent, child] of Object.entries(schema.properties ?? {})) {
    for (const name of Object.keys(child.properties ?? {})) nested.push(`${parent}.${name}`);
  }
  const leaf = closest(key, nested.map((n) => n.slice(n.indexOf('.') + 1)));
  return leaf === undefined ? undefined : nested.find((n) => n.endsWith(`.${leaf}`));
}

function badChoice(label: string, data: unknown, allowed: string[]): string {
  const guess = typeof data === 'string' ? closest(data, allowed) : undefined;
  const suggestion = guess ? `; did you mean '${guess}'?` : '';
  return `${label}: ${show(data)} is not one of ${allowed.join(', ')}${suggestion}`;
}

function article(type: string): string {
  const words = type.split(',').map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : `a ${t}`));
  return words.join(' or ');
}

/** Quotes a bad value for a message, kept short and on one line. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = String(value).replace(/\s+/g, ' ');
  return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}

function locate(doc: Document, e: ErrorObject): { start: number; end: number } {
  const segments = pointerSegments(e.dataPath);
  const params = e.params as unknown as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') {
    return rangeOf(doc, [...segments, String(params.additionalProperty)], 'key');
  }
  if (e.keyword === 'required') return rangeOf(doc, segments, 'key');
  return rangeOf(doc, segments, 'value');
}

/**
 * Offsets of the node at `segments` (its key or its value), falling back to the nearest
 * ancestor that exists in the text.
 */
export function rangeOf(doc: Document, segments: string[], part: 'key' | 'value'): { start: number; end: number } {
  let node: unknown = doc.contents;
  let best = rangeOfNode(node) ?? { start: 0, end: 0 };
  for (let i = 0; i < segments.length; i++) {
    const step = child(node, segments[i]);
    if (!step) break;
    const last = i === segments.length - 1;
    best = (last && part === 'key' ? rangeOfNode(step.key) : undefined) ?? rangeOfNode(step.value) ?? best;
    node = step.value;
  }
  return best;
}

function child(node: unknown, segment: string): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === segment);
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && /^\d+$/.test(segment)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeOfNode(node: unknown): { start: number; end: number } | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}
