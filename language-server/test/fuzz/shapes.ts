/** Shape checks of LSP responses: what a client may rely on, whatever the document held. */

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isUint: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));

const position = shape({ line: isUint, character: isUint });
/** A range whose start is not after its end. */
const range: Check = (v) =>
  shape({ start: position, end: position })(v) && compare((v as { start: Pos }).start, (v as { end: Pos }).end) <= 0;
const location = shape({ uri: isString, range });
const textEdit = shape({ range, newText: isString });
const workspaceEdit = shape({ changes: optional((v) => isObject(v) && Object.values(v).every(arrayOf(textEdit))) });
const diagnostic = shape({ range, message: isString, source: (v) => v === 'strata', code: isString, severity: optional(isUint) });
const completionItem = shape({ label: isString, kind: optional(isUint), detail: optional(isString), insertText: optional(isString), sortText: optional(isString) });
const documentSymbol: Check = (v) =>
  shape({ name: isString, kind: isUint, range, selectionRange: range, children: optional(arrayOf(documentSymbol)) })(v);

type Pos = { line: number; character: number };

function compare(a: Pos, b: Pos): number {
  return a.line - b.line || a.character - b.character;
}

/** Each request the fuzz test sends, with the check of its result. */
export const RESPONSES: Record<string, Check> = {
  'textDocument/completion': shape({ isIncomplete: (v) => typeof v === 'boolean', items: arrayOf(completionItem) }),
  'textDocument/hover': nullable(shape({ contents: shape({ kind: isString, value: isString }), range: optional(range) })),
  'textDocument/definition': nullable((v) => location(v) || arrayOf(location)(v)),
  'textDocument/references': nullable(arrayOf(location)),
  'textDocument/documentSymbol': arrayOf(documentSymbol),
  'textDocument/formatting': arrayOf(textEdit),
  'textDocument/codeAction': arrayOf(shape({ title: isString, kind: optional(isString), edit: optional(workspaceEdit), diagnostics: optional(arrayOf(diagnostic)) })),
  'textDocument/prepareRename': nullable((v) => range(v) || shape({ range, placeholder: isString })(v)),
  'textDocument/rename': nullable(workspaceEdit),
  'workspace/symbol': arrayOf(shape({ name: isString, kind: isUint, location })),
  'strata/lineage': shape({ roots: arrayOf(isString), nodes: arrayOf(shape({ id: isString, table: isString, column: isString })), edges: arrayOf(shape({ source: isString, target: isString, uri: isString, line: isUint })) }),
};

/** Published diagnostics of one document. */
export const DIAGNOSTICS: Check = arrayOf(diagnostic);

/** A JSON-RPC error answer: a request the server refused (a rename it cannot do), with a message. */
export const REFUSAL: Check = shape({ code: Number.isInteger, message: isString });
