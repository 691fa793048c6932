import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseColumns, renderColumnDefs, renderTemplate, renderTemplateFolder, writeNewFile, writeNewFolder } from '../../src/scaffold';

describe('scaffold/render', () => {
  it('fills {{placeholders}} and leaves ${variables} alone', () => {
    assert.equal(renderTemplate("{{a}} = '${date}' {{b}}{{a}}", { a: 'x', b: '' }, 't'), "x = '${date}' x");
  });

  it('fails on a placeholder nothing fills', () => {
    assert.throws(() => renderTemplate('{{a}} {{owner}}', { a: 'x' }, 'table/dwd.sql'), {
      message: 'template table/dwd.sql has placeholder {{owner}}, which nothing fills; give it a value or remove it',
    });
  });

  it('parses --columns, keeping commas inside types', () => {
    const columns = parseColumns('room_id:bigint:live room id, gift_amount:decimal(18,2):CNY: spent,tags:map<string,int>:tags', 'spark');
    assert.deepEqual(columns, [
      { name: 'room_id', type: 'BIGINT', comment: 'live room id' },
      { name: 'gift_amount', type: 'DECIMAL(18,2)', comment: 'CNY: spent' },
      { name: 'tags', type: 'MAP<STRING,INT>', comment: 'tags' },
    ]);
    assert.equal(renderColumnDefs(columns.slice(0, 2)), "  room_id      BIGINT         COMMENT 'live room id',\n  gift_amount  DECIMAL(18,2)  COMMENT 'CNY: spent'");
  });

  const bad: [string, string][] = [
    ['room_id:bigint', "--columns: 'room_id:bigint' is not name:type:comment; e.g. room_id:bigint:live room id"],
    ['userId:bigint:viewer', "--columns: column 'userId' is not lower snake_case (letters, digits and single underscores, starting with a letter) [snake-case]"],
    ['date:string:day', "--columns: column 'date' is a reserved word in spark, so every query would have to quote it [reserved-word]"],
    ["room_id:bigint:the room's id", "--columns: the comment of 'room_id' has a quote ('); leave it out"],
  ];
  for (const [spec, message] of bad) it(`refuses --columns ${spec}`, () => assert.throws(() => parseColumns(spec, 'spark'), { message }));
});

describe('scaffold/write-files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-scaffold-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never overwrites without force, and leaves no temp file', () => {
    writeNewFile(dir, { path: 'jobs/a.sql', text: 'one' }, false);
    assert.throws(() => writeNewFile(dir, { path: 'jobs/a.sql', text: 'two' }, false), { message: "'jobs/a.sql' already exists; pick another name, or pass --force to overwrite it" });
    assert.equal(fs.readFileSync(path.join(dir, 'jobs/a.sql'), 'utf8'), 'one');
    writeNewFile(dir, { path: 'jobs/a.sql', text: 'two' }, true);
    assert.equal(fs.readFileSync(path.join(dir, 'jobs/a.sql'), 'utf8'), 'two');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'jobs')), ['a.sql']);
  });

  it('refuses paths outside the folder', () => {
    assert.throws(() => writeNewFile(dir, { path: '../evil.sql', text: '' }, true), { message: "'../evil.sql' is outside the project folder; give a bare name" });
  });

  it('writes a folder all at once: a failure leaves nothing', () => {
    const target = path.join(dir, 'wh');
    assert.throws(() => writeNewFolder(target, [{ path: 'strata.yaml', text: 'name: wh\n' }, { path: '../escape', text: '' }]));
    assert.deepEqual(fs.readdirSync(dir), []);
    writeNewFolder(target, [{ path: 'strata.yaml', text: 'name: wh\n' }, { path: 'tables/ods/.gitkeep', text: '' }]);
    assert.deepEqual(fs.readdirSync(dir), ['wh']);
    assert.equal(fs.readFileSync(path.join(target, 'strata.yaml'), 'utf8'), 'name: wh\n');
  });

  it('renders file names: dot- becomes a leading dot, placeholders are filled', () => {
    fs.mkdirSync(path.join(dir, 'p', 'jobs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'p', 'dot-gitignore'), '.strata/\n');
    fs.writeFileSync(path.join(dir, 'p', 'jobs', '{{name}}.sql'), '-- {{name}}\n');
    assert.deepEqual(renderTemplateFolder(dir, 'p', { name: 'x' }), [
      { path: '.gitignore', text: '.strata/\n' },
      { path: 'jobs/x.sql', text: '-- x\n' },
    ]);
  });
});
