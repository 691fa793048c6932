import assert from 'node:assert/strict';
import { scaffoldContext } from '../../src/scaffold/context';
import { readSuggestions, writeSuggestions } from '../../src/scaffold/job-tables';
import { tempProject } from '../project/helpers';

/* The tables `strata new job` offers in its type-ahead prompts, best first. */

const table = (name: string) => `CREATE TABLE ${name} (id BIGINT) PARTITIONED BY (p_date STRING);\n`;
const FILES = {
  'strata.yaml': 'name: wh\nlayers:\n  - {name: ods, database: ods, prefix: ods_}\n  - {name: dwd, database: dwd, prefix: dwd_}\n  - {name: dws, database: dws, prefix: dws_}\n',
  'tables/ods/ods_live_gift_log_di.sql': table('ods.ods_live_gift_log_di'),
  'tables/ods/ods_user_login_log_di.sql': table('ods.ods_user_login_log_di'),
  'tables/dwd/dwd_live_gift_send_di.sql': table('dwd.dwd_live_gift_send_di'),
  'tables/dwd/dwd_user_login_di.sql': table('dwd.dwd_user_login_di'),
  'tables/dws/dws_live_gift_1d.sql': table('dws.dws_live_gift_1d'),
  'jobs/dwd_user_login_di.sql': '/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_user_login_di PARTITION (p_date = \'${date}\')\nSELECT id FROM ods.ods_user_login_log_di WHERE p_date = \'${date}\';\n',
};

describe('new job: tables offered', () => {
  let context: Awaited<ReturnType<typeof scaffoldContext>>;
  let cleanup: () => void;
  before(async () => {
    const project = tempProject(FILES);
    cleanup = project.cleanup;
    context = await scaffoldContext({ project: project.root, cwd: project.root });
  });
  after(() => cleanup());

  it('to write: tables no job writes, above the source layer, first', () => {
    assert.deepEqual(writeSuggestions(context), {
      tables: ['dwd.dwd_live_gift_send_di', 'dws.dws_live_gift_1d', 'ods.ods_live_gift_log_di', 'ods.ods_user_login_log_di', 'dwd.dwd_user_login_di'],
      preferred: 'dwd.dwd_live_gift_send_di',
    });
  });

  it('to read: lower layers first, the most name parts shared with the written table first, never the written table', () => {
    assert.deepEqual(readSuggestions(context, 'dws.dws_live_gift_1d'), {
      tables: ['dwd.dwd_live_gift_send_di', 'ods.ods_live_gift_log_di', 'dwd.dwd_user_login_di', 'ods.ods_user_login_log_di'],
      preferred: 'dwd.dwd_live_gift_send_di',
    });
    assert.deepEqual(readSuggestions(context, 'ods.ods_live_gift_log_di'), {
      tables: ['dwd.dwd_live_gift_send_di', 'dws.dws_live_gift_1d', 'ods.ods_user_login_log_di', 'dwd.dwd_user_login_di'],
      preferred: undefined,
    });
  });
});
