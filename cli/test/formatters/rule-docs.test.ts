import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsLinks, ruleHelpUri } from '../../src/formatters/rule-docs';

const RULES = 'blob/main/docs/rules.md';

describe('formatters/rule-docs', () => {
  const cases: { what: string; pjson: Record<string, unknown>; homepage: string; rulesDoc: string }[] = [
    { what: 'a git+https repository object', pjson: { repository: { type: 'git', url: 'git+https://github.com/acme/strata.git' } }, homepage: 'https://github.com/acme/strata', rulesDoc: `https://github.com/acme/strata/${RULES}` },
    { what: 'a plain https repository string', pjson: { repository: 'https://gitlab.example.com/data/strata' }, homepage: 'https://gitlab.example.com/data/strata', rulesDoc: `https://gitlab.example.com/data/strata/${RULES}` },
    { what: 'an ssh repository', pjson: { repository: { url: 'git@github.com:acme/strata.git' } }, homepage: 'https://github.com/acme/strata', rulesDoc: `https://github.com/acme/strata/${RULES}` },
    { what: 'the github: shorthand', pjson: { repository: 'github:acme/strata' }, homepage: 'https://github.com/acme/strata', rulesDoc: `https://github.com/acme/strata/${RULES}` },
    { what: 'a homepage besides the repository', pjson: { homepage: 'https://strata.example.com', repository: 'github:acme/strata' }, homepage: 'https://strata.example.com', rulesDoc: `https://github.com/acme/strata/${RULES}` },
    { what: 'no repository (the default)', pjson: {}, homepage: 'https://github.com/strata-dev/strata', rulesDoc: `https://github.com/strata-dev/strata/${RULES}` },
    { what: 'a repository with no web page and a non-URL homepage', pjson: { homepage: 'see README', repository: 'file:../strata' }, homepage: 'https://github.com/strata-dev/strata', rulesDoc: `https://github.com/strata-dev/strata/${RULES}` },
  ];
  for (const c of cases) {
    it(`links from ${c.what}`, () => {
      assert.deepEqual(docsLinks(c.pjson), { homepage: c.homepage, rulesDoc: c.rulesDoc });
    });
  }

  it('links a rule to its heading in docs/rules.md', () => {
    assert.equal(ruleHelpUri({ code: 'ST04', name: 'union-distinct' }, docsLinks({ repository: 'github:acme/strata' })), `https://github.com/acme/strata/${RULES}#st04-union-distinct`);
  });

  it('reads the links the CLI ships from its package.json', () => {
    const pjson = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(docsLinks(pjson), { homepage: 'https://github.com/strata-dev/strata', rulesDoc: `https://github.com/strata-dev/strata/${RULES}` });
  });
});
