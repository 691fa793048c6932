import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { openPostgresState } from '../../src/publish/state-postgres';
import type { StateStore } from '../../src/publish/state';
import { plan } from '../../src/tasks/plan';
import { publish, type PublishOptions, type PublishResult } from '../../src/tasks/publish';
import { HiveFake } from '../fakes/hive-fake';
import { TrinoFake } from '../fakes/trino-fake';
import { freePorts } from '../helpers/free-ports';
import { postgresUnavailable, startPostgres, type PostgresServer } from '../helpers/postgres-server';
import { ADD_DEVICE_MODEL, copyLive, DROP_OS, WATCH, type LiveCopy } from './live-copy';

const SECRET = 'rm-Pub-s3cret';
const DWD = ['dwd.dwd_live_comment_di', 'dwd.dwd_live_comment_risk_di', 'dwd.dwd_live_gift_send_di', 'dwd.dwd_live_gift_send_rt', 'dwd.dwd_live_like_di', 'dwd.dwd_live_order_di', 'dwd.dwd_live_room_session_di', 'dwd.dwd_live_room_watch_di'];
const ORDER = 'tables/dwd/dwd_live_order_di.sql';
const ADD_COUPON_ID: [string, string] = [
  "  pay_time       TIMESTAMP     COMMENT 'payment time, null until paid'\n",
  "  pay_time       TIMESTAMP     COMMENT 'payment time, null until paid',\n  coupon_id      STRING        COMMENT 'coupon used'\n",
];

/** One remote engine behind its protocol fake, and what its DDL looks like. */
interface EngineCase {
  engine: 'spark' | 'trino';
  fake(): HiveFake | TrinoFake;
  /** The target's extra keys in strata.yaml. */
  keys: string;
  /** The statement adding `device_model` to the watch table. */
  addColumn: string;
  dropColumn: string;
  /** The first statement of the watch table's step, as the engine's messages name it. */
  firstStatement: string;
  /** What opening a session sends (Trino checks the credentials with a query). */
  onOpen: string[];
}

const CASES: EngineCase[] = [
  {
    engine: 'spark', fake: () => new HiveFake(`etl:${SECRET}`), keys: 'http_path: cliservice',
    addColumn: 'ALTER TABLE `dwd`.`dwd_live_room_watch_di` ADD COLUMNS (`device_model` STRING)',
    dropColumn: 'ALTER TABLE `dwd`.`dwd_live_room_watch_di` DROP COLUMNS (`os`)',
    firstStatement: 'DESCRIBE `dwd`.`dwd_live_room_watch_di`',
    onOpen: [],
  },
  {
    engine: 'trino', fake: () => new TrinoFake(`etl:${SECRET}`), keys: 'catalog: hive',
    addColumn: 'ALTER TABLE "hive"."dwd"."dwd_live_room_watch_di" ADD COLUMN IF NOT EXISTS "device_model" VARCHAR',
    dropColumn: 'ALTER TABLE "hive"."dwd"."dwd_live_room_watch_di" DROP COLUMN IF EXISTS "os"',
    firstStatement: 'ALTER TABLE "hive"."dwd"."dwd_live_room_watch_di"',
    onOpen: ['SELECT 1'],
  },
];

describe('publish to spark and trino targets (protocol fakes) with state in PostgreSQL', function () {
  this.timeout(180_000);
  let server: PostgresServer;

  before(async function () {
    const why = postgresUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    server = await startPostgres();
  });

  after(async () => {
    await server?.stop();
  });

  for (const c of CASES) {
    describe(`a ${c.engine} target`, () => {
      const fake = c.fake();
      fake.keepDdl = true;
      let project: LiveCopy;
      let closedPort: number;
      let where: string;
      const env: Record<string, string> = {};
      // Both cases name their target 'cluster': each keeps its state in a schema of its own.
      const schema = `${c.engine}_state`;
      const run = (options: Partial<PublishOptions> = {}) => publish({ cwd: project.dir, cache: false, target: 'cluster', ...options });
      const stateOf = async (target = 'cluster'): Promise<StateStore> => openPostgresState({ target, connection: { engine: 'postgres', host: server.host, port: server.port, database: server.database, user: server.user, password: server.password, schema } });
      const target = (name: string, port: string, password: string) =>
        `  ${name}: {engine: ${c.engine}, host: 127.0.0.1, port: '${port}', user: etl, password: '${password}', ${c.keys}, tables: ['dwd.*']}`;

      /** The fake holds exactly the tables and columns the state records. */
      async function assertConverged(): Promise<void> {
        const store = await stateOf();
        try {
          const state = await store.read();
          assert.deepEqual(Object.keys(state.tables).sort(), DWD);
          for (const t of Object.values(state.tables)) {
            // Sorted: the state appends an added column after the partition columns, Hive puts it before them.
            assert.deepEqual(fake.tables.get(t.name)?.columns.map((col) => col.name).sort(), t.columns.map((col) => col.name).sort(), t.name);
          }
        } finally {
          await store.close();
        }
      }

      before(async function () {
        if (!server) this.skip();
        const port = await fake.start();
        [closedPort] = await freePorts(1);
        where = `${c.engine} target 'cluster' (127.0.0.1:${port})`;
        Object.assign(env, { STRATA_TEST_REMOTE_PORT: String(port), STRATA_TEST_REMOTE_PASSWORD: SECRET, STRATA_TEST_STATE_PORT: String(server.port), STRATA_TEST_STATE_PASSWORD: server.password, STRATA_TEST_WRONG_PASSWORD: 'not-the-password' });
        Object.assign(process.env, env);
        project = copyLive(`strata-publish-${c.engine}-`);
        project.edit('strata.yaml', 'local: {engine: duckdb, path: .strata/local.duckdb}', [
          'local: {engine: duckdb, path: .strata/local.duckdb}',
          target('cluster', '${env:STRATA_TEST_REMOTE_PORT}', '${env:STRATA_TEST_REMOTE_PASSWORD}'),
          target('down', String(closedPort), '${env:STRATA_TEST_REMOTE_PASSWORD}'),
          target('badpw', '${env:STRATA_TEST_REMOTE_PORT}', '${env:STRATA_TEST_WRONG_PASSWORD}'),
        ].join('\n'));
      });

      after(async () => {
        project?.cleanup();
        await fake.stop();
        for (const k of Object.keys(env)) delete process.env[k];
      });

      it('refuses to plan or publish without a state: connection, in one line', async () => {
        const message = `target 'cluster' is a ${c.engine} target, which cannot hold its own state; add a state: connection (PostgreSQL) to strata.yaml, e.g. state: {engine: postgres, host: db.example.com, database: strata, user: strata, password: '\${env:STRATA_STATE_PASSWORD}'}`;
        for (const attempt of [() => plan({ cwd: project.dir, cache: false, target: 'cluster' }), () => run()]) {
          await assert.rejects(attempt(), (e: unknown) => e instanceof StrataError && e.code === 'usage' && e.message === message);
        }
        assert.equal(fake.http.requests.length, 0, 'the engine was not reached');
        fs.appendFileSync(path.join(project.dir, 'strata.yaml'), `state: {engine: postgres, host: 127.0.0.1, port: '\${env:STRATA_TEST_STATE_PORT}', database: ${server.database}, schema: ${schema}, user: ${server.user}, password: '\${env:STRATA_TEST_STATE_PASSWORD}'}\n`);
      });

      it('publishes from empty (CREATE TABLE as the adapter translates it), then is up to date', async () => {
        const result = await run();
        assert.deepEqual([result.status, result.plan.steps.filter((s) => s.action === 'create-table').map((s) => s.table).sort()], ['applied', DWD]);
        assert.equal(fake.statements.filter((s) => s.startsWith('CREATE TABLE IF NOT EXISTS')).length, DWD.length);
        await assertConverged();
        const before = fake.statements.length;
        assert.equal((await run()).status, 'up-to-date');
        assert.deepEqual(fake.statements.slice(before), c.onOpen, 'a re-publish sends no DDL');
      });

      it('adds a column with ALTER TABLE (non-breaking)', async () => {
        project.edit(WATCH, ...ADD_DEVICE_MODEL);
        const planned = await plan({ cwd: project.dir, cache: false, target: 'cluster' });
        assert.deepEqual(planned.steps.map((s) => s.description), ['add column device_model to dwd.dwd_live_room_watch_di']);
        assert.equal((await run()).status, 'applied');
        assert.ok(fake.statements.includes(c.addColumn), fake.statements.slice(-3).join('\n'));
        await assertConverged();
      });

      it('refuses a breaking change without --allow-destructive, applying nothing; applies it with', async () => {
        project.edit(WATCH, ...DROP_OS);
        const before = fake.statements.length;
        await assert.rejects(run(), (e: unknown) => e instanceof StrataError && e.code === 'usage' && /^target 'cluster': the plan has 1 breaking change \(/.test(e.message));
        assert.ok(!fake.statements.slice(before).some((s) => /^(ALTER|CREATE|DROP)/.test(s)), 'nothing applied');
        assert.equal((await run({ allowDestructive: true })).status, 'applied');
        assert.ok(fake.statements.includes(c.dropColumn));
        await assertConverged();
      });

      it('resumes a saved plan from its journal after the connection dropped mid-publish, and converges', async () => {
        project.edit(WATCH, "  device_model  STRING    COMMENT 'viewer device model'\n", "  device_model  STRING    COMMENT 'viewer device model',\n  network_type  STRING    COMMENT 'wifi | 4g | 5g'\n");
        project.edit(ORDER, ...ADD_COUPON_ID);
        await plan({ cwd: project.dir, cache: false, target: 'cluster', out: 'plan.json' });
        const dropNext = () => fake.http.inject('drop', c.engine === 'trino' ? /^GET \/v1\/statement\/executing/ : /^POST/);
        const error = await run({ planFile: 'plan.json', onStep: (step) => (step.n === 1 ? dropNext() : undefined) }).then(() => undefined, (e: unknown) => e);
        assert.ok(error instanceof StrataError);
        assert.match(error.message, new RegExp(`^step 2 \\(add column network_type to dwd\\.dwd_live_room_watch_di\\) failed: ${escape(where)}: the connection failed during ${escape(c.firstStatement)} \\([^)]*\\); check that the server is up and reachable, then run the command again; the steps before it are applied and recorded, this one is not: fix the cause and publish again$`));
        assert.ok(!error.message.includes(SECRET));
        const store = await stateOf();
        const recorded = (await store.read()).tables;
        await store.close();
        assert.deepEqual([recorded['dwd.dwd_live_room_watch_di'].columns.some((col) => col.name === 'network_type'), recorded['dwd.dwd_live_order_di'].columns.some((col) => col.name === 'coupon_id')], [false, true]);
        const rest = await run({ planFile: 'plan.json' });
        assert.deepEqual([rest.status, rest.skipped, rest.applied], ['applied', 1, 1]);
        await assertConverged();
        assert.equal((await run()).status, 'up-to-date');
      });

      it('serialises two publishes at once: while the first applies, a second fails naming it; with --wait it runs after it', async () => {
        project.edit(ORDER, "  coupon_id      STRING        COMMENT 'coupon used'\n", "  coupon_id      STRING        COMMENT 'coupon used',\n  coupon_kind    STRING        COMMENT 'coupon kind'\n");
        const me = os.userInfo().username;
        let second: unknown;
        let waiting: Promise<PublishResult> | undefined;
        // The first publish holds the target's lock while it asks for confirmation: the others start then.
        const first = await run({
          confirm: async () => {
            second = await run().then(() => undefined, (e: unknown) => e);
            waiting = run({ wait: true });
            return true;
          },
        });
        assert.ok(second instanceof StrataError);
        assert.match(second.message, new RegExp(`^target 'cluster' is locked by ${escape(me)}@${escape(os.hostname())} \\(pid ${process.pid}, strata publish\\) since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z; wait for it to finish \\(--wait\\), then run again \\(a holder that died releases it when its connection closes\\)$`));
        assert.deepEqual([first.status, first.applied, (await waiting!).status], ['applied', 1, 'up-to-date']);
        await assertConverged();
      });

      it('names the target and step in one line for an unreachable engine and for wrong credentials, never the password', async () => {
        const down = await run({ target: 'down' }).then(() => undefined, (e: unknown) => e);
        assert.ok(down instanceof StrataError);
        const step = c.engine === 'spark' ? 'open session' : 'SELECT';
        assert.match(down.message, new RegExp(`^${c.engine} target 'down' \\(127\\.0\\.0\\.1:${closedPort}\\): the connection failed during ${step} \\([^)]*ECONNREFUSED[^)]*\\); check that the server is up and reachable, then run the command again$`));
        const badpw = await run({ target: 'badpw' }).then(() => undefined, (e: unknown) => e);
        assert.ok(badpw instanceof StrataError);
        assert.ok(![down.message, badpw.message].some((m) => m.includes(SECRET) || m.includes('not-the-password')));
        assert.deepEqual([badpw.code, badpw.message], ['config', `${where.replace("'cluster'", "'badpw'")}: the server refused the credentials of user 'etl' during ${step}; check targets.badpw.user and password (set the password through \${env:NAME})`]);
      });
    });
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
