#!/usr/bin/env node
// strata-language-server --stdio
require('../dist/src/server').start();
