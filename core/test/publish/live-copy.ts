import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const live = path.resolve(__dirname, '../../../../examples/live');

export interface LiveCopy {
  dir: string;
  /** Replaces `from` (which must be there) with `to` in a project file. */
  edit(file: string, from: string, to: string): void;
  cleanup(): void;
}

/** A copy of examples/live in a temp folder, without its .strata/. */
export function copyLive(prefix = 'strata-publish-'): LiveCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(live, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
  return {
    dir,
    edit(file, from, to) {
      const full = path.join(dir, file);
      const text = fs.readFileSync(full, 'utf8');
      assert.ok(text.includes(from), `${file} has no '${from}'`);
      fs.writeFileSync(full, text.replace(from, to));
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The watch table's edits used across the tests: drop `os`, retype `watch_seconds` BIGINT -> INT, add `device_model`. */
export const WATCH = 'tables/dwd/dwd_live_room_watch_di.sql';
export const DROP_OS: [string, string] = ["  os            STRING    COMMENT 'viewer device os: ios | android | web',\n", ''];
export const RETYPE_WATCH_SECONDS: [string, string] = ['  watch_seconds BIGINT ', '  watch_seconds INT    '];
export const ADD_DEVICE_MODEL: [string, string] = [
  "  is_new_user   INT       COMMENT '1 when the viewer registered that day'\n",
  "  is_new_user   INT       COMMENT '1 when the viewer registered that day',\n  device_model  STRING    COMMENT 'viewer device model'\n",
];
