'use strict';
/**
 * Writes docs/rules.md from the rule registry (core's ALL_RULES) of the last build: run it as
 * `npm run docs:rules`, which builds first. core/test/lint/rules-doc.test.ts fails while the
 * checked-in file differs from what this writes. Rendering and the anchor scheme
 * (`#<code>-<name>`, lower-cased) live in core/src/lint/rules-doc.ts.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const { ALL_RULES, RULES_DOC_PATH, renderRulesDoc } = require(path.join(root, 'core', 'dist', 'src', 'lint'));

const file = path.join(root, RULES_DOC_PATH);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderRulesDoc(ALL_RULES));
process.stderr.write(`wrote ${RULES_DOC_PATH} (${ALL_RULES.length} rules)\n`);
