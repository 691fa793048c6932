import * as fs from 'node:fs';
import * as path from 'node:path';

/** The column whose lineage graph the docs bench draws: `width` sources, each one hop further up. */
export const WIDE_COLUMN = { table: 'ads.ads_bench_wide_1d', column: 'total_amount' };

/**
 * Adds to a generated project a column with a wide, two-level lineage: `width` ODS tables, each
 * copied by its own job into a DWD table, and one ADS job summing the `amount` of every DWD table
 * into `ads.ads_bench_wide_1d.total_amount` — `2 * width` upstream columns.
 */
export function addWideLineage(root: string, width: number): void {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const ddl = (name: string, comment: string) => `CREATE TABLE ${name} (\n  id BIGINT COMMENT 'row id',\n  amount DECIMAL(18,2) COMMENT '${comment}'\n) COMMENT '${comment}'\nPARTITIONED BY (p_date STRING);\n`;
  const job = (body: string) => `/*---\ntype: batch\nschedule: '@daily'\n---*/\n${body}\n`;
  for (let i = 1; i <= width; i++) {
    write(`tables/ods/ods_bench_src_${i}_di.sql`, ddl(`ods.ods_bench_src_${i}_di`, `bench source ${i}`));
    write(`tables/dwd/dwd_bench_mid_${i}_di.sql`, ddl(`dwd.dwd_bench_mid_${i}_di`, `bench middle ${i}`));
    write(`jobs/dwd_bench_mid_${i}_di.sql`, job(`INSERT OVERWRITE TABLE dwd.dwd_bench_mid_${i}_di PARTITION (p_date = '\${date}')\nSELECT id, amount FROM ods.ods_bench_src_${i}_di WHERE p_date = '\${date}';`));
  }
  const sources = Array.from({ length: width }, (_, k) => k + 1);
  const sum = sources.map((i) => `t${i}.amount`).join(' + ');
  const joins = sources.slice(1).map((i) => `JOIN dwd.dwd_bench_mid_${i}_di t${i} ON t${i}.id = t1.id AND t${i}.p_date = t1.p_date`).join('\n');
  write('tables/ads/ads_bench_wide_1d.sql', `CREATE TABLE ${WIDE_COLUMN.table} (\n  id BIGINT COMMENT 'row id',\n  ${WIDE_COLUMN.column} DECIMAL(18,2) COMMENT 'sum of every bench source'\n) PARTITIONED BY (p_date STRING);\n`);
  write('jobs/ads_bench_wide_1d.sql', job(`INSERT OVERWRITE TABLE ${WIDE_COLUMN.table} PARTITION (p_date = '\${date}')\nSELECT t1.id, ${sum}\nFROM dwd.dwd_bench_mid_1_di t1\n${joins}\nWHERE t1.p_date = '\${date}';`));
}
