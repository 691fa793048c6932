import assert from 'node:assert/strict';
import { blockProject, hasBlock, hookBlock, hookFile, shellQuote, withBlock, withoutBlock } from '../../src/tasks/hook-script';

const block = hookBlock({ args: ['lint', '--staged'], node: '/usr/bin/node', cli: '/opt/strata/bin/run.js' });
const other = hookBlock({ args: ['lint', '--staged', '--project', 'my wh'], node: '/usr/bin/node', cli: '/opt/strata/bin/run.js' });
const husky = 'npx lint-staged\n';

describe('pre-commit hook script', () => {
  it('runs strata from node_modules/.bin, then PATH, then the installing CLI, and stops the commit on failure', () => {
    assert.equal(block, [
      '# >>> strata pre-commit hook >>>',
      '# Written by `strata hooks install`; `strata hooks uninstall` removes it. Edits between the markers are replaced.',
      'strata_hook() {',
      '  if [ -x ./node_modules/.bin/strata ]; then ./node_modules/.bin/strata "$@"',
      '  elif command -v strata >/dev/null 2>&1; then strata "$@"',
      '  elif [ -f /opt/strata/bin/run.js ]; then /usr/bin/node /opt/strata/bin/run.js "$@"',
      '  else echo "strata pre-commit hook: strata not found (node_modules/.bin, PATH); install it, or commit with --no-verify" >&2; return 2',
      '  fi',
      '}',
      'strata_hook lint --staged || exit $?',
      '# <<< strata pre-commit hook <<<',
      '',
    ].join('\n'));
    assert.equal(hookFile(block), `#!/bin/sh\n${block}`);
  });

  it('quotes paths and arguments for the shell', () => {
    const cases: [string, string][] = [
      ['plain/path-1.js', 'plain/path-1.js'],
      ['my wh', "'my wh'"],
      ["it's", "'it'\\''s'"],
      ['$HOME', "'$HOME'"],
      ['', "''"],
    ];
    for (const [value, quoted] of cases) assert.equal(shellQuote(value), quoted, value);
    assert.match(other, /^strata_hook lint --staged --project 'my wh' \|\| exit \$\?$/m);
  });

  it('reads back the --project folder a block passes', () => {
    assert.equal(blockProject(hookFile(other)), 'my wh');
    const quoted = hookBlock({ args: ['lint', '--staged', '--project', "it's/wh"], node: 'node', cli: 'cli.js' });
    assert.equal(blockProject(quoted), "it's/wh");
    assert.equal(blockProject(hookBlock({ args: ['lint', '--staged', '--project', 'wh'], node: 'node', cli: 'cli.js' })), 'wh');
    assert.equal(blockProject(block), undefined);
    assert.equal(blockProject('strata_hook lint --staged --project wh\n'), undefined);
  });

  it('runs a chained hook first, only when it is executable', () => {
    const chained = hookBlock({ args: ['lint', '--staged'], node: 'node', cli: 'cli.js', chained: 'pre-commit.before-strata' });
    assert.deepEqual(chained.split('\n').slice(2, 4), [
      'chained="$(dirname -- "$0")/pre-commit.before-strata"',
      'if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi',
    ]);
  });

  it('appends the block to a hook without one, and replaces it in place otherwise', () => {
    assert.equal(withBlock(husky, block), husky + block);
    assert.equal(withBlock('npx lint-staged', block), `npx lint-staged\n${block}`);
    assert.equal(withBlock('', block), block);
    const around = `#!/bin/sh\necho before\n${block}echo after\n`;
    assert.equal(withBlock(around, other), `#!/bin/sh\necho before\n${other}echo after\n`);
    assert.equal(withBlock(withBlock(around, other), other), withBlock(around, other));
  });

  it('finds the block only where it starts a line and is closed', () => {
    assert.equal(hasBlock(hookFile(block)), true);
    assert.equal(hasBlock(husky), false);
    assert.equal(hasBlock(`echo "${block.split('\n')[0]}"\n`), false);
    assert.equal(hasBlock(block.split('\n').slice(0, 3).join('\n')), false);
  });

  it('removes the block and tells when nothing else is left', () => {
    assert.equal(withoutBlock(hookFile(block)), undefined);
    assert.equal(withoutBlock(`#!/bin/sh\n\n${block}\n`), undefined);
    assert.equal(withoutBlock(husky + block), husky);
    assert.equal(withoutBlock(`#!/bin/sh\necho before\n${block}echo after\n`), '#!/bin/sh\necho before\necho after\n');
    assert.equal(withoutBlock(husky), husky);
  });
});
