import { jobFrontMatterSchema, tableFrontMatterSchema } from '@strata/core';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';

/** The parts of a JSON schema that completion reads. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: readonly string[];
  title?: string;
  description?: string;
}

/** A step from a mapping down to the caret's level: a key's value, or an item of a list. */
type Step = { key: string } | 'item';

const OPEN = '/*---';
const CLOSE = '---*/';
/** The caret's line so far: indentation, a list dash, and a key being typed, or `key: value` being typed. */
const KEY_LINE = /^( *)(- )?([A-Za-z_]*)$/;
const VALUE_LINE = /^( *)(- )?([A-Za-z_]+): *([A-Za-z_@]*)$/;
/** A line of the block above the caret that opens a key. */
const KEYED = /^( *)(- )?([A-Za-z_]+):/;

/**
 * Completion inside the YAML front matter of a table or job file: the keys valid at the caret's
 * nesting level (documented by the schema's `title` and `description`), or after `key: ` the
 * values the schema enumerates. Undefined outside the front matter, so SQL completion answers.
 */
export function frontMatterCompletion(doc: DocumentSnapshot, offset: number): CompletionList | undefined {
  const kind = doc.file?.kind;
  const block = yamlBlock(doc.text);
  if (!kind || !block || offset < block.start || offset > block.end) return undefined;
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const line = doc.text.slice(Math.max(lineStart, block.start), offset);
  const root = (kind === 'job' ? jobFrontMatterSchema : tableFrontMatterSchema) as unknown as SchemaNode;
  const above = doc.text.slice(block.start, Math.max(lineStart, block.start)).split('\n');
  const value = VALUE_LINE.exec(line);
  if (value) {
    const node = schemaAt(root, [...stepsAbove(above, value[1].length), ...(value[2] ? ['item' as const] : []), { key: value[3] }]);
    return list((node?.enum ?? []).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: node?.title })));
  }
  const key = KEY_LINE.exec(line);
  if (!key) return list([]);
  const node = schemaAt(root, [...stepsAbove(above, key[1].length), ...(key[2] ? ['item' as const] : [])]);
  return list(Object.entries(node?.properties ?? {}).map(([name, schema]) => keyItem(name, schema)));
}

/** Offsets of the YAML text of the front matter (to the end of the text when it is not closed). */
function yamlBlock(text: string): { start: number; end: number } | undefined {
  const open = text.length - text.trimStart().length;
  if (!text.startsWith(OPEN, open)) return undefined;
  const close = text.indexOf(CLOSE, open + OPEN.length);
  return { start: open + OPEN.length, end: close < 0 ? text.length : close };
}

/** The column where the key of a matched line starts. */
function keyColumn(match: RegExpExecArray): number {
  return match[1].length + (match[2]?.length ?? 0);
}

/**
 * The path from the top of the block down to a line indented by `column` (its own list dash
 * not counted), read from the lines above it, nearest first: each less indented key is a
 * parent; a list item (`- `) whose dash is left of the column holds it.
 */
function stepsAbove(lines: string[], column: number): Step[] {
  const steps: Step[] = [];
  let limit = column;
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const m = KEYED.exec(lines[i]);
    if (!m) continue;
    if (keyColumn(m) < limit) {
      steps.push({ key: m[3] });
      limit = keyColumn(m);
    }
    if (m[2] && m[1].length < limit) {
      steps.push('item');
      limit = m[1].length;
    }
  }
  return steps.reverse();
}

function schemaAt(root: SchemaNode, steps: Step[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const step of steps) node = step === 'item' ? node?.items : node?.properties?.[step.key];
  return node;
}

function keyItem(name: string, schema: SchemaNode): CompletionItem {
  const item: CompletionItem = { label: name, kind: CompletionItemKind.Property, insertText: `${name}: ` };
  if (schema.title) item.detail = schema.title;
  const doc = [schema.title, schema.description && `Expects ${schema.description}.`, schema.enum && `One of: ${schema.enum.join(', ')}.`].filter(Boolean);
  if (doc.length > 0) item.documentation = { kind: MarkupKind.Markdown, value: doc.join('\n\n') };
  return item;
}

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}
