import assert from 'node:assert/strict';
import * as path from 'node:path';
import { check } from '../../src/tasks/check';
import { loadWorkspace, updateJob, updateTable } from '../../src/tasks/workspace';

const mini = path.resolve(__dirname, '../../../test/tasks/fixtures/mini');

describe('workspace', () => {
  it('infers the DAG from the SQL', async () => {
    const ws = await loadWorkspace({ project: mini, cwd: mini });
    assert.deepEqual(ws.diagnostics, []);
    assert.deepEqual(
      ws.graph.edges.map((e) => `${e.from} -> ${e.to}`).sort(),
      [
        'job:dwd_gift_di -> table:dwd.dwd_gift_di',
        'job:dws_room_1d -> table:dws.dws_room_1d',
        'table:dwd.dwd_gift_di -> job:dws_room_1d',
        'table:ods.ods_gift_log_di -> job:dwd_gift_di',
      ],
    );
  });

  it('traces a DWS column to its ODS sources with the job line of each hop', async () => {
    const ws = await loadWorkspace({ project: mini, cwd: mini });
    const hops = ws.columns.walk('dws.dws_room_1d.gift_value', 'upstream');
    assert.deepEqual(
      hops.map((h) => [h.source, h.kind, h.file, h.line + 1]),
      [
        ['dwd.dwd_gift_di.gift_value', 'aggregate', 'jobs/dws_room_1d.sql', 7],
        ['ods.ods_gift_log_di.cnt', 'expression', 'jobs/dwd_gift_di.sql', 8],
        ['ods.ods_gift_log_di.price', 'expression', 'jobs/dwd_gift_di.sql', 8],
      ],
    );
  });

  it('keeps a scratch table the job creates and drops out of the graph', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-ws-'));
    try {
      fs.cpSync(mini, dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'jobs', 'dwd_gift_di.sql'),
        `DROP TABLE IF EXISTS tmp.gift_stage;
CREATE TABLE tmp.gift_stage AS SELECT room_id, user_id, price * cnt AS gift_value FROM ods.ods_gift_log_di WHERE p_date = '\${date}';
INSERT OVERWRITE TABLE dwd.dwd_gift_di PARTITION (p_date = '\${date}') SELECT room_id, user_id, gift_value FROM tmp.gift_stage;
DROP TABLE tmp.gift_stage;
`,
      );
      const ws = await loadWorkspace({ project: dir, cwd: dir });
      assert.deepEqual(ws.diagnostics, []);
      assert.deepEqual(ws.graph.edges.filter((e) => e.to === 'job:dwd_gift_di' || e.from === 'job:dwd_gift_di').map((e) => `${e.from} -> ${e.to}`).sort(), [
        'job:dwd_gift_di -> table:dwd.dwd_gift_di',
        'table:ods.ods_gift_log_di -> job:dwd_gift_di',
      ]);
      assert.deepEqual(ws.columns.walk('dwd.dwd_gift_di.gift_value', 'upstream').map((h) => h.source), [
        'tmp.gift_stage@dwd_gift_di.gift_value',
        'ods.ods_gift_log_di.cnt',
        'ods.ods_gift_log_di.price',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('re-analyses only the edited job', async () => {
    const ws = await loadWorkspace({ project: mini, cwd: mini });
    const before = ws.analysis.get('jobs/dwd_gift_di.sql');
    const edited = ws.files.find((f) => f.file.path === 'jobs/dws_room_1d.sql')!.file;
    updateJob(ws, { ...edited, text: edited.text.replace('sum(gift_value)', 'max(user_id)') });
    assert.equal(ws.analysis.get('jobs/dwd_gift_di.sql'), before, 'the other job keeps its result');
    assert.deepEqual(ws.columns.walk('dws.dws_room_1d.gift_value', 'upstream', 1).map((h) => h.source), ['dwd.dwd_gift_di.user_id']);
    assert.equal(ws.graph.edges.length, 4);
  });

  it('re-analyses the readers of a table declared LIKE an edited table', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-ws-'));
    try {
      fs.cpSync(mini, dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'tables', 'dwd', 'dwd_gift_copy_di.sql'), 'CREATE TABLE dwd.dwd_gift_copy_di LIKE dwd.dwd_gift_di;\n');
      fs.writeFileSync(path.join(dir, 'jobs', 'dws_copy_1d.sql'), 'SELECT gift_value FROM dwd.dwd_gift_copy_di;\n');
      const ws = await loadWorkspace({ project: dir, cwd: dir });
      assert.deepEqual(ws.analysis.get('jobs/dws_copy_1d.sql')?.diagnostics, []);
      const table = ws.files.find((f) => f.file.path === 'tables/dwd/dwd_gift_di.sql')!.file;
      updateTable(ws, { ...table, text: table.text.replace('gift_value DECIMAL', 'gift_amount DECIMAL') });
      assert.deepEqual(ws.analysis.get('jobs/dws_copy_1d.sql')?.diagnostics.map((d) => d.message), ["unknown column 'gift_value'"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuilds the DAG only when an edit changes what the job reads or writes', async () => {
    const ws = await loadWorkspace({ project: mini, cwd: mini });
    const edited = ws.files.find((f) => f.file.path === 'jobs/dws_room_1d.sql')!.file;
    const graph = ws.graph;
    updateJob(ws, { ...edited, text: edited.text.replace('sum(gift_value)', 'max(gift_value)') });
    assert.equal(ws.graph, graph);
    updateJob(ws, { ...edited, text: edited.text.replace('FROM dwd.dwd_gift_di', 'FROM ods.ods_gift_log_di') });
    assert.deepEqual(ws.graph.edges.filter((e) => e.to === 'job:dws_room_1d').map((e) => e.from), ['table:ods.ods_gift_log_di']);
  });

  it('re-analyses only the jobs that use an edited table', async () => {
    const ws = await loadWorkspace({ project: mini, cwd: mini });
    const table = ws.files.find((f) => f.file.path === 'tables/dwd/dwd_gift_di.sql')!.file;
    updateTable(ws, { ...table, text: table.text.replace('gift_value DECIMAL', 'gift_amount DECIMAL') });
    assert.deepEqual(ws.catalog.get('dwd.dwd_gift_di')?.columns.map((c) => c.name), ['room_id', 'user_id', 'gift_amount', 'p_date']);
    assert.deepEqual(ws.columns.walk('dwd.dwd_gift_di.gift_amount', 'upstream').map((h) => h.source), ['ods.ods_gift_log_di.cnt', 'ods.ods_gift_log_di.price']);
    assert.deepEqual(ws.analysis.get('jobs/dws_room_1d.sql')?.diagnostics.map((d) => d.message), ["unknown column 'gift_value'"]);
  });
});

describe('check: table contracts', () => {
  it('checks the watermark, primary key and computed columns of a table file', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-ws-'));
    try {
      fs.writeFileSync(path.join(dir, 'strata.yaml'), 'name: t\nversion: 1\n');
      fs.mkdirSync(path.join(dir, 'tables', 'ads'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'tables', 'ads', 'ads_rt.sql'),
        "/*---\ndialect: flink\n---*/\nCREATE TABLE ads.ads_rt (\n  room_id BIGINT,\n  PRIMARY KEY (room_idx) NOT ENFORCED\n) WITH ('connector' = 'jdbc');\n",
      );
      const result = await check({ project: dir, cwd: dir });
      assert.deepEqual(
        result.diagnostics.map((d) => `${d.file}:${d.start.line + 1}:${d.start.character + 1} ${d.code}`),
        ['tables/ads/ads_rt.sql:6:16 unknown-column'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
