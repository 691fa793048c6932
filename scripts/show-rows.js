#!/usr/bin/env node
// Prints a few rows of a table of a project's local DuckDB target: the last step of `npm run demo`.
// Usage: node scripts/show-rows.js PROJECT_DIR db.table [WHERE] [LIMIT]
const path = require('node:path');
const { openDuckDb, duckDbTableName } = require('@strata/core');

async function main([project, table, where = 'true', limit = '5']) {
  const engine = await openDuckDb({ path: path.join(project, '.strata', 'local.duckdb') });
  try {
    const result = await engine.query(`SELECT * FROM ${duckDbTableName(table)} WHERE ${where} LIMIT ${Number(limit)}`);
    console.log(`\n${table} (${where}), ${result.rows.length} rows:`);
    console.table(result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c.name, row[i]]))));
  } finally {
    await engine.close();
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`show-rows: ${e.message}`);
  process.exit(2);
});
