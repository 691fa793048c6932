import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';

const LIVE = path.resolve(__dirname, '../../../examples/live');
const JOB = path.join(LIVE, 'jobs/ads_live_room_rank_1d.sql');

/** What random edits insert: half-typed SQL, unbalanced quotes and comments, binary, a huge line. */
const SNIPPETS = ['SELECT ', 'k.', '${', '${date', 'FROM ', 'JOIN dim.', '(', ')', "'", '/*', '`', ',', 'WITH x AS (', 'LATERAL VIEW ', '\u0000\u0001', '\n\n', 'a'.repeat(5000), ';'];

/** mulberry32: a seeded PRNG, so a failure replays exactly. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isPosition = (p: unknown) => typeof p === 'object' && p !== null && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
const isRange = (r: { start: unknown; end: unknown } | undefined) => r !== undefined && isPosition(r.start) && isPosition(r.end);

describe('language server over stdio: random edits and requests', function () {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(LIVE);
    await client.indexed();
  });
  after(() => client.stop());

  it('answers 800 requests over 200 random edits with well-formed responses and stays alive', async () => {
    const random = prng(8);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    let text = readFileSync(JOB, 'utf8');
    await client.open(uri(JOB), text);
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(random() * (text.length + 1));
      text = random() < 0.3 ? text.slice(0, at) + text.slice(Math.min(text.length, at + Math.floor(random() * 40))) : text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
      await client.change(uri(JOB), text);
      const lines = text.split('\n');
      const line = Math.floor(random() * (lines.length + 2));
      const params = { textDocument: { uri: uri(JOB) }, position: { line, character: Math.floor(random() * ((lines[line]?.length ?? 0) + 3)) } };
      const [completion, hover, definition, symbols] = await Promise.all([
        client.request<{ isIncomplete: boolean; items: { label: string }[] }>('textDocument/completion', params),
        client.request<{ contents: { value: string } } | null>('textDocument/hover', params),
        client.request<{ uri: string; range: { start: unknown; end: unknown } } | null>('textDocument/definition', params),
        client.request<{ name: string; range: { start: unknown; end: unknown } }[]>('textDocument/documentSymbol', params),
      ]);
      assert.ok(typeof completion.isIncomplete === 'boolean' && completion.items.every((c) => typeof c.label === 'string'));
      assert.ok(hover === null || typeof hover.contents.value === 'string');
      assert.ok(definition === null || (typeof definition.uri === 'string' && isRange(definition.range)));
      assert.ok(symbols.every((s) => typeof s.name === 'string' && isRange(s.range)));
    }
    assert.ok(client.alive);
    assert.deepEqual(client.logs.filter((l) => / failed: /.test(l)), [], 'no feature failed on the way');
    const diagnostics = await client.published(uri(JOB));
    assert.ok(diagnostics.every((d) => d.source === 'strata' && typeof d.code === 'string' && isRange(d.range)));
  });
});
