import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uri } from '../src/stdio-client';
import { Dice, hugeLine, randomDocument, randomEdit, randomPosition } from './fuzz/inputs';
import { DIAGNOSTICS, REFUSAL, RESPONSES } from './fuzz/shapes';

const LIVE = path.resolve(__dirname, '../../../examples/live');
/** `STRATA_FUZZ_REQUESTS=100000 npx mocha ...` for a longer run; `STRATA_FUZZ_SEED` replays another sequence. */
const REQUESTS = Number(process.env.STRATA_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.STRATA_FUZZ_SEED ?? 8);
/** Requests per edit: an edit re-parses and re-checks the document, a request on the same text is cheap. */
const BATCH = 16;
/** The server's resident memory may not pass this, however long the run (examples/live indexes in ~150 MB). */
const RSS_LIMIT_MB = 768;
const DELETED = 3;
/** Rounds between two huge documents. */
const HUGE_EVERY = 200;

interface Doc {
  uri: string;
  file: string;
  text: string;
}

/** Resident memory of a process from /proc, in MB (Linux). */
function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

describe('language server over stdio: fuzzing', function () {
  this.timeout(600_000);
  let root: string;
  let client: LspClient;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-fuzz-'));
    fs.cpSync(LIVE, root, { recursive: true, filter: (f) => !f.includes(`${path.sep}.strata`) });
    client = new LspClient();
    await client.initialize(root);
    await client.indexed();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it(`answers ${REQUESTS} requests over random edits, half-typed, binary and 200 KB-line documents and deleted files, each well-formed, in bounded memory`, async () => {
    const dice = new Dice(SEED);
    const jobs = fs.readdirSync(path.join(root, 'jobs')).map((name) => path.join(root, 'jobs', name));
    const docs: Doc[] = [];
    const open = async (file: string, text: string) => {
      const doc = { uri: uri(file), file, text };
      docs.push(doc);
      await client.open(doc.uri, text);
      return doc;
    };
    for (const file of jobs.slice(0, 3)) await open(file, fs.readFileSync(file, 'utf8'));
    let sent = 0;
    let maxRss = 0;
    for (let round = 0; sent < REQUESTS; round++) {
      if (round % HUGE_EVERY === 1) sent += await hugeDocument(dice, round);
      const doc = await step(dice, round, docs, open);
      if (dice.chance(0.2)) await deleteUnder(dice, doc, docs);
      sent += await requests(dice, doc, Math.min(BATCH, REQUESTS - sent));
      if (round % 25 === 0) maxRss = Math.max(maxRss, rssMb(client.pid!));
    }
    maxRss = Math.max(maxRss, rssMb(client.pid!));
    assert.ok(client.alive);
    assert.deepEqual(client.logs.filter((l) => /^(uncaught|unhandled rejection)|failed: /.test(l)), [], 'nothing failed or escaped on the way');
    assert.ok(maxRss < RSS_LIMIT_MB, `RSS reached ${maxRss.toFixed(0)} MB`);
    for (const doc of docs.slice(0, 3)) assert.ok(DIAGNOSTICS(await client.published(doc.uri)), `diagnostics of ${doc.file}`);
  });

  /** One change: an edit of an open document, or a new document (half-typed or binary). */
  async function step(dice: Dice, round: number, docs: Doc[], open: (file: string, text: string) => Promise<Doc>): Promise<Doc> {
    if (round % 40 === 0 || dice.chance(0.05)) return open(path.join(root, dice.pick(['jobs', 'tables/dwd', 'notes']), `fuzz_${round}.sql`), randomDocument(dice));
    const doc = dice.pick(docs);
    doc.text = randomEdit(dice, doc.text);
    await client.change(doc.uri, doc.text);
    return doc;
  }

  /** A job of one 200 KB line: opened, edited once, asked a few batches of requests, closed (each request on it costs). */
  async function hugeDocument(dice: Dice, round: number): Promise<number> {
    const doc = { file: path.join(root, 'jobs', `huge_${round}.sql`), uri: uri(path.join(root, 'jobs', `huge_${round}.sql`)), text: hugeLine() };
    await client.open(doc.uri, doc.text);
    let sent = await requests(dice, doc, BATCH);
    doc.text = randomEdit(dice, doc.text);
    await client.change(doc.uri, doc.text);
    sent += await requests(dice, doc, BATCH);
    assert.ok(DIAGNOSTICS(await client.published(doc.uri)));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
    return sent;
  }

  /**
   * A file deleted under the server: written to disk and announced, then deleted and announced,
   * open or not; requests on it follow. An open one is sometimes closed (its disk text is gone).
   */
  async function deleteUnder(dice: Dice, doc: Doc, docs: Doc[]): Promise<void> {
    const watched = (changes: { uri: string; type: number }[]) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    fs.mkdirSync(path.dirname(doc.file), { recursive: true });
    fs.writeFileSync(doc.file, doc.text.slice(0, 5000));
    await watched([{ uri: doc.uri, type: 1 }]);
    fs.rmSync(doc.file, { force: true });
    await watched([{ uri: doc.uri, type: DELETED }]);
    if (docs.length > 3 && dice.chance(0.3)) {
      docs.splice(docs.indexOf(doc), 1);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
    }
  }

  /** `count` requests on `doc` at random positions (many past its end), all sent before any answer arrives. */
  async function requests(dice: Dice, doc: Doc, count: number): Promise<number> {
    const methods = Object.keys(RESPONSES);
    const answers = Array.from({ length: count }, () => {
      const method = dice.pick(methods);
      const at = { textDocument: { uri: doc.uri }, position: randomPosition(dice, doc.text) };
      const params: Record<string, unknown> = {
        'textDocument/references': { ...at, context: { includeDeclaration: dice.chance(0.5) } },
        'textDocument/formatting': { textDocument: at.textDocument, options: { tabSize: 2, insertSpaces: true } },
        'textDocument/codeAction': { textDocument: at.textDocument, range: { start: at.position, end: randomPosition(dice, doc.text) }, context: { diagnostics: [] } },
        'textDocument/documentSymbol': { textDocument: at.textDocument },
        'textDocument/rename': { ...at, newName: dice.pick(['x', 'new_name', '1bad', '']) },
        'workspace/symbol': { query: doc.text.slice(0, dice.below(6)) },
        'strata/lineage': dice.chance(0.5) ? { uri: doc.uri, position: at.position } : { node: dice.pick(['dwd', 'ads.ads_live_room_rank_1d', 'x.y.z', '']), depth: dice.below(4) },
      };
      return client.request(method, params[method] ?? at).then(
        (result) => assert.ok(RESPONSES[method](result), `${method} answered ${JSON.stringify(result)?.slice(0, 300)}`),
        (error: unknown) => assert.ok(method.endsWith('ename') && REFUSAL(error), `${method} failed: ${String(error)}`),
      );
    });
    await Promise.all(answers);
    return count;
  }
});
