import assert from 'node:assert/strict';
import { lint, type LintOptions } from '../../src/tasks/lint';
import { tempProject } from '../project/helpers';

const STRATA_YAML = 'name: t\n';
/** Commented (WH07, WH08) and unpartitioned: reading it needs no partition filter (SE07). */
const ODS = "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id') COMMENT 'a';\n";
/** Lower-case keywords: one ST01 finding per clause keyword. */
const JOB = 'select id from ods.ods_a_di;\n';

/** `path line:col code` per finding, 1-based as printed. */
async function findings(files: Record<string, string>, paths?: string[], more: Partial<LintOptions> = {}): Promise<string[]> {
  const { root, cleanup } = tempProject(files);
  try {
    const result = await lint({ project: root, cwd: root, paths, ...more });
    return result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code} ${x.severity}`));
  } finally {
    cleanup();
  }
}

describe('tasks/lint', () => {
  it('lints every project file with the default settings', async () => {
    assert.deepEqual(await findings({ 'strata.yaml': STRATA_YAML, 'tables/ods/ods_a_di.sql': ODS, 'jobs/a.sql': JOB }), [
      'jobs/a.sql 1:1 ST01 warning',
      'jobs/a.sql 1:11 ST01 warning',
    ]);
  });

  it('applies lint.rules, then the overrides whose glob matches, later ones winning', async () => {
    const yaml = `${STRATA_YAML}lint:\n  rules: {ST01: error}\n  overrides:\n    - {files: "jobs/b*.sql", rules: {keyword-case: off}}\n    - {files: ["jobs/bb.sql"], rules: {ST01: info}}\n`;
    assert.deepEqual(await findings({ 'strata.yaml': yaml, 'tables/ods/ods_a_di.sql': ODS, 'jobs/a.sql': JOB, 'jobs/b.sql': JOB, 'jobs/bb.sql': JOB }), [
      'jobs/a.sql 1:1 ST01 error',
      'jobs/a.sql 1:11 ST01 error',
      'jobs/bb.sql 1:1 ST01 info',
      'jobs/bb.sql 1:11 ST01 info',
    ]);
  });

  it('lints only the files under the given paths', async () => {
    const files = { 'strata.yaml': STRATA_YAML, 'tables/ods/ods_a_di.sql': ODS, 'jobs/x/a.sql': JOB, 'jobs/y/a.sql': JOB };
    assert.deepEqual(await findings(files, ['jobs/y']), ['jobs/y/a.sql 1:1 ST01 warning', 'jobs/y/a.sql 1:11 ST01 warning']);
  });

  it('lints given texts in place of the disk content, also of files the project lacks', async () => {
    const files = { 'strata.yaml': STRATA_YAML, 'tables/ods/ods_a_di.sql': ODS, 'jobs/a.sql': JOB };
    const contents = { 'jobs/a.sql': 'SELECT id FROM ods.ods_a_di;\n', 'jobs/new.sql': 'SELECT id\nfrom ods.ods_a_di;\n' };
    assert.deepEqual(await findings(files, ['jobs'], { contents }), ['jobs/new.sql 2:1 ST01 warning']);
  });

  it('runs only the rules --rule names, at their configured severity', async () => {
    const files = { 'strata.yaml': `${STRATA_YAML}lint:\n  rules: {ST01: error}\n`, 'jobs/a.sql': 'select 1 union select 2' };
    assert.deepEqual(await findings(files, [], { only: ['keyword-case'] }), ['jobs/a.sql 1:1 ST01 error', 'jobs/a.sql 1:10 ST01 error', 'jobs/a.sql 1:16 ST01 error']);
    assert.deepEqual(await findings(files, [], { only: ['st04'] }), ['jobs/a.sql 1:10 ST04 warning']);
  });

  it('refuses an unknown --rule with a did-you-mean', async () => {
    const { root, cleanup } = tempProject({ 'strata.yaml': STRATA_YAML });
    try {
      await assert.rejects(lint({ project: root, cwd: root, only: ['keyword-cas'] }), { code: 'usage', message: "unknown rule 'keyword-cas' in --rule, did you mean 'keyword-case'?" });
    } finally {
      cleanup();
    }
  });

  it('runs the semantic rules against the project catalog', async () => {
    const files = {
      'strata.yaml': STRATA_YAML,
      'tables/ods/ods_b_di.sql': 'CREATE TABLE ods.ods_b_di (id STRING, n DOUBLE) PARTITIONED BY (dt STRING);\n',
      'tables/dwd/dwd_b_di.sql': 'CREATE TABLE dwd.dwd_b_di (id BIGINT, n INT) PARTITIONED BY (dt STRING);\n',
      'jobs/dwd_b_di.sql': "INSERT OVERWRITE TABLE dwd.dwd_b_di PARTITION (dt = '${date}')\nSELECT id, n AS cnt FROM ods.ods_b_di;\n",
      'jobs/typo.sql': "SELECT id FROM ods.ods_b_dii WHERE dt = '${date}';\n",
      'jobs/clean.sql': "INSERT OVERWRITE TABLE dwd.dwd_b_di PARTITION (dt = '${date}')\nSELECT CAST(id AS BIGINT) AS id, CAST(n AS INT) AS n FROM ods.ods_b_di WHERE dt = '${date}';\n",
    };
    const only = ['SE01', 'SE05', 'SE06', 'SE07'];
    assert.deepEqual(await findings(files, [], { only }), [
      'jobs/dwd_b_di.sql 2:8 SE06 warning',
      'jobs/dwd_b_di.sql 2:12 SE06 warning',
      'jobs/dwd_b_di.sql 2:17 SE05 warning',
      'jobs/dwd_b_di.sql 2:26 SE07 warning',
      'jobs/typo.sql 1:16 SE01 error',
    ]);
  });

  for (const [yaml, message] of [
    ['lint:\n  rule: {}\n', "unknown key 'lint.rule' in strata.yaml, did you mean 'lint.rules'?"],
    ['lint:\n  overrides:\n    - {files: "jobs/**", rules: {ST001: off}}\n', "strata.yaml lint.overrides[0].rules: unknown rule 'ST001', did you mean 'ST01'?"],
    ['lint:\n  overrides:\n    - {rules: {}}\n', "lint.overrides[0] needs 'files' (a glob or a list of globs) and 'rules'"],
  ]) {
    it(`refuses a bad lint section: ${message}`, async () => {
      const { root, cleanup } = tempProject({ 'strata.yaml': STRATA_YAML + yaml, 'jobs/a.sql': JOB });
      try {
        await assert.rejects(lint({ project: root, cwd: root }), { name: 'StrataError', code: 'config', message });
      } finally {
        cleanup();
      }
    });
  }
});
