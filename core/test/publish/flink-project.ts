import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const UV = 'jobs/rt_room_uv.sql';
export const GIFTS = 'jobs/rt_gift_sum.sql';

/** Two streaming jobs: room UV (a grouped aggregate, pipeline name set) and gift sums (none set: named after the file). */
const FILES: Record<string, string> = {
  [UV]: `/*---
type: streaming
---*/
SET 'pipeline.name' = 'rt_room_uv';
SET 'parallelism.default' = '2';

CREATE TEMPORARY TABLE room_events (
  room_id BIGINT,
  user_id BIGINT
) WITH ('connector' = 'kafka', 'topic' = 'room_events_\${env}', 'format' = 'json');

CREATE TEMPORARY TABLE room_uv (
  room_id BIGINT,
  uv BIGINT
) WITH ('connector' = 'print');

-- distinct viewers per room
INSERT INTO room_uv
SELECT room_id, COUNT(DISTINCT user_id) AS uv
FROM room_events
GROUP BY room_id;
`,
  [GIFTS]: `/*---
type: streaming
---*/
CREATE TEMPORARY TABLE gift_events (
  room_id BIGINT,
  coins BIGINT
) WITH ('connector' = 'kafka', 'topic' = 'gift_events', 'format' = 'json');

CREATE TEMPORARY TABLE gift_sum (
  room_id BIGINT,
  coins BIGINT
) WITH ('connector' = 'print');

INSERT INTO gift_sum
SELECT room_id, SUM(coins) AS coins
FROM gift_events
GROUP BY room_id;
`,
};

/** The edits the tests make: a restartable one (parallelism) and a state-incompatible one (the aggregate). */
export const PARALLELISM: [string, string] = ["'parallelism.default' = '2'", "'parallelism.default' = '4'"];
export const AGGREGATE: [string, string] = ['COUNT(DISTINCT user_id) AS uv', 'COUNT(user_id) AS uv'];

export interface FlinkProject {
  dir: string;
  edit(file: string, from: string, to: string): void;
  remove(file: string): void;
  cleanup(): void;
}

/** A project in a temp folder whose target `stream` is the Flink SQL Gateway on `port` (the default target stays a local DuckDB file). */
export function flinkProject(port: number): FlinkProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-flink-'));
  const yaml = `name: stream-demo\nvars:\n  env: prod\ntargets:\n  local: {engine: duckdb, path: .strata/local.duckdb}\n  stream: {engine: flink, host: 127.0.0.1, port: ${port}}\ndefault_target: local\n`;
  for (const [file, text] of Object.entries({ 'strata.yaml': yaml, ...FILES })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return {
    dir,
    edit(file, from, to) {
      const full = path.join(dir, file);
      const text = fs.readFileSync(full, 'utf8');
      assert.ok(text.includes(from), `${file} has no '${from}'`);
      fs.writeFileSync(full, text.replace(from, to));
    },
    remove: (file) => fs.rmSync(path.join(dir, file)),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
