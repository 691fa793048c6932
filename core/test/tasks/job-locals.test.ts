import assert from 'node:assert/strict';
import { parse } from '../../src/sql';
import { jobLocalNames } from '../../src/tasks/job-locals';

describe('job-local objects', () => {
  it('names connector tables by what they stand for and keeps views local', () => {
    const script = parse(
      `CREATE TEMPORARY TABLE src (a INT) WITH ('connector' = 'kafka', 'topic' = 'Live_Gift');
       CREATE TEMPORARY TABLE sink (a INT, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out');
       CREATE TEMPORARY TABLE dim (a INT) WITH ('connector' = 'jdbc', 'table-name' = 'dim_room');
       CREATE TEMPORARY TABLE gen (a INT) WITH ('connector' = 'datagen');
       CREATE TEMPORARY VIEW v AS SELECT a FROM src;
       CREATE TABLE shared (a INT) WITH ('connector' = 'kafka', 'topic' = 't');`,
      'flink',
    );
    assert.deepEqual([...jobLocalNames(script)], [
      ['src', 'kafka.live_gift'],
      ['sink', 'kafka.out'],
      ['dim', 'jdbc.dim_room'],
      ['gen', undefined],
      ['v', undefined],
    ]);
  });

  it('keeps a table the job creates and drops as job-local scratch, named in the database of its USE', () => {
    const script = parse(
      `DROP TABLE IF EXISTS tmp.stage;
       CREATE TABLE tmp.stage AS SELECT a FROM ods.src;
       INSERT OVERWRITE TABLE dwd.out SELECT a FROM tmp.stage;
       DROP TABLE tmp.stage;
       USE tmp;
       CREATE TABLE keep (a INT);
       CREATE VIEW v AS SELECT a FROM keep;
       DROP VIEW v;
       DROP TABLE other;`,
      'hive',
    );
    assert.deepEqual([...jobLocalNames(script)], [
      ['tmp.stage', undefined],
      ['tmp.v', undefined],
    ]);
  });

  it('keeps a table the job builds and renames away (build-then-swap) as scratch, and a renamed one it drops', () => {
    const script = parse(
      `CREATE TABLE dwd.users_new AS SELECT a FROM ods.src;
       DROP TABLE IF EXISTS dwd.users;
       ALTER TABLE dwd.users_new RENAME TO dwd.users;
       CREATE TABLE tmp.a AS SELECT a FROM ods.src;
       ALTER TABLE tmp.a RENAME TO tmp.b;
       DROP TABLE tmp.b;
       ALTER TABLE dwd.other RENAME TO dwd.other2;`,
      'hive',
    );
    assert.deepEqual([...jobLocalNames(script)], [
      ['dwd.users_new', undefined],
      ['tmp.a', undefined],
      ['tmp.b', undefined],
    ]);
  });
});
