import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeScript } from '../../src/analysis';
import { StatementMemo } from '../../src/analysis/statement-memo';
import { parse, parseStatementwise, reparse, type ParsedScript } from '../../src/sql';
import { loadWorkspace, type Workspace } from '../../src/tasks/workspace';

const live = path.resolve(__dirname, '../../../../examples/live');

/** Edits typed into a file, each at a relative position (0..1) of the current text: text inserted, or characters deleted. */
const EDITS: { at: number; insert?: string; remove?: number }[] = [
  { at: 0.5, insert: 'x' },
  { at: 0.3, insert: ';' },
  { at: 0.7, insert: '(' },
  { at: 0.1, insert: '\nSELECT ' },
  { at: 0.9, remove: 7 },
  { at: 0.45, insert: "'" },
  { at: 0.6, insert: '/*' },
  { at: 0.2, insert: '*/ ' },
  { at: 0.8, insert: '\n' },
  { at: 0.55, remove: 1 },
  { at: 0.35, insert: 'END;\nBEGIN STATEMENT SET;\n' },
  { at: 0.65, insert: ', a.' },
  { at: 1, insert: '\nINSERT INTO t SELECT 1' },
  { at: 0.15, remove: 30 },
  { at: 0.05, insert: '-- ;\n' },
  { at: 0.95, insert: ')' },
];

/** The file's text after each edit in turn (each keystroke of a session). */
function* typed(text: string): Generator<string> {
  let current = text;
  for (const edit of EDITS) {
    const at = Math.floor(edit.at * current.length);
    current = current.slice(0, at) + (edit.insert ?? '') + current.slice(at + (edit.remove ?? 0));
    yield current;
  }
  // Undo everything: back to the original.
  yield text;
}

describe('re-parsing and re-analysing only the statements an edit touched', () => {
  let ws: Workspace;
  before(async () => {
    ws = await loadWorkspace({ cwd: live });
  });

  it('every file of examples/live, edit after edit: the same tree and errors as a whole parse', () => {
    for (const { file } of ws.files) {
      let parsed = parseStatementwise(file.text, file.dialect);
      for (const text of typed(file.text)) {
        parsed = reparse(parsed, text, file.dialect);
        assert.deepStrictEqual(parsed.script, parse(text, file.dialect), `${file.path} after an edit`);
      }
    }
  });

  it("every job of examples/live, edit after edit: the same analysis as analysing the whole script", () => {
    for (const wf of ws.files.filter((f) => f.file.kind === 'job')) {
      const memo = new StatementMemo();
      let parsed: ParsedScript | undefined;
      for (const text of typed(wf.file.text)) {
        parsed = reparse(parsed, text, wf.file.dialect);
        const { analysis } = memo.analyze(parsed.script, ws.catalog);
        assert.deepStrictEqual(analysis, analyzeScript(parse(text, wf.file.dialect), { catalog: ws.catalog }), `${wf.file.path} after an edit`);
      }
    }
  });

  const SCRIPT = [
    "SET 'table.local-time-zone' = 'UTC';",
    'CREATE TEMPORARY VIEW v AS SELECT room_id FROM dwd.dwd_live_room_watch_di;',
    'SELECT room_id FROM v;',
    'SELECT user_id FROM dwd.dwd_live_room_watch_di;',
  ].join('\n');
  const cases: { name: string; edit: (s: string) => string; analysed: number; kept: number[] }[] = [
    { name: 'a query that nothing after it reads', edit: (s) => s.replace('SELECT user_id', 'SELECT user_id, room_id'), analysed: 1, kept: [0, 1, 2] },
    { name: 'a query reading the view', edit: (s) => s.replace('SELECT room_id FROM v', 'SELECT room_id AS r FROM v'), analysed: 1, kept: [0, 1, 3] },
    { name: 'the view: the statements after it see another view', edit: (s) => s.replace('SELECT room_id FROM dwd', 'SELECT room_id, user_id FROM dwd'), analysed: 3, kept: [0, 2, 3] },
    { name: 'a SET option: every statement after it', edit: (s) => s.replace("'UTC'", "'Asia/Shanghai'"), analysed: 4, kept: [1, 2, 3] },
    { name: 'a blank line above everything: nothing, the statements only moved', edit: (s) => `\n\n${s}`, analysed: 0, kept: [1, 2, 3] },
  ];
  for (const c of cases) {
    it(`an edit of ${c.name}`, () => {
      const memo = new StatementMemo();
      const before = parseStatementwise(SCRIPT, 'spark');
      const trees = [...before.script.statements];
      memo.analyze(before.script, ws.catalog);
      const text = c.edit(SCRIPT);
      const after = reparse(before, text, 'spark');
      assert.deepEqual(trees.map((t, i) => (after.script.statements[i] === t ? i : -1)).filter((i) => i >= 0), c.kept);
      const { analysis, analysed } = memo.analyze(after.script, ws.catalog);
      assert.equal(analysed, c.analysed);
      assert.deepStrictEqual(analysis, analyzeScript(parse(text, 'spark'), { catalog: ws.catalog }));
    });
  }
});
