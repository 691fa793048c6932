import { normalizeType } from './definition';
import type { Change, Desired, DesiredTable } from './plan-types';
import type { PublishedColumn, PublishedTable, TargetState } from './state';
import { retypeDirection } from './type-change';

/**
 * The changes that take the target from `state` to `desired`: tables in dependency order (a
 * table whose hash is unchanged is skipped without a look at its columns), then tables the project
 * no longer has, then jobs added, changed and removed.
 */
export function diffState(desired: Desired, state: TargetState): Change[] {
  const rank = (key: string) => desired.order.get(key) ?? Number.MAX_SAFE_INTEGER;
  const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
  const changes: Change[] = [];
  for (const name of [...desired.tables.keys()].sort(byRank)) {
    const want = desired.tables.get(name)!;
    const have = state.tables[name];
    if (!have) changes.push({ kind: 'create-table', table: name, columns: want.columns, breaking: false });
    else if (have.hash !== want.hash) changes.push(...tableChanges(have, want));
  }
  for (const name of Object.keys(state.tables).sort(byRank).reverse()) {
    if (!desired.tables.has(name)) changes.push({ kind: 'drop-table', table: name, breaking: true });
  }
  for (const path of [...desired.jobs.keys()].sort(byRank)) {
    const have = state.jobs[path];
    if (!have) changes.push({ kind: 'add-job', job: path, breaking: false });
    else if (have.hash !== desired.jobs.get(path)!.hash) changes.push({ kind: 'change-job', job: path, breaking: false });
  }
  for (const path of Object.keys(state.jobs).sort()) {
    if (!desired.jobs.has(path)) changes.push({ kind: 'remove-job', job: path, breaking: false });
  }
  return changes;
}

/** Column changes of one table: a changed partitioning alone (it rebuilds the table), else drops, retypes and adds. */
function tableChanges(have: PublishedTable, want: DesiredTable): Change[] {
  const table = want.name;
  const from = partitionNames(have.columns);
  const to = partitionNames(want.columns);
  if (from.join() !== to.join()) return [{ kind: 'repartition', table, from, to, breaking: true }];
  const old = new Map(have.columns.map((c) => [c.name, c]));
  const wanted = new Map(want.columns.map((c) => [c.name, c]));
  const added = want.columns.filter((c) => !old.has(c.name));
  const changes: Change[] = [];
  for (const c of have.columns) {
    const now = wanted.get(c.name);
    if (!now) {
      const renamed = renameOf(c, have.columns, want.columns, added);
      changes.push({ kind: 'drop-column', table, column: c.name, ...(renamed ? { possiblyRenamedTo: renamed } : {}), breaking: true });
    } else if (normalizeType(now.type) !== normalizeType(c.type)) {
      changes.push({ kind: 'retype-column', table, column: c.name, from: c.type, to: now.type, direction: retypeDirection(c.type, now.type), breaking: true });
    }
  }
  if (added.length > 0) changes.push({ kind: 'add-columns', table, columns: added, breaking: false });
  return changes;
}

/**
 * A dropped column with an added one of the same type in the same place — after the same column
 * that both versions keep (other drops and adds do not shift it): possibly renamed.
 */
function renameOf(dropped: PublishedColumn, before: PublishedColumn[], after: PublishedColumn[], added: PublishedColumn[]): string | undefined {
  const kept = new Set(before.filter((c) => after.some((d) => d.name === c.name)).map((c) => c.name));
  const place = dataColumns(before).indexOf(dropped);
  const anchor = keptBefore(dataColumns(before), place, kept);
  const candidate = added.find((a) => !a.partition && normalizeType(a.type) === normalizeType(dropped.type) && keptBefore(dataColumns(after), dataColumns(after).indexOf(a), kept) === anchor);
  return candidate?.name;
}

/** The nearest column before position `at` that both versions keep ('' at the start). */
function keptBefore(columns: PublishedColumn[], at: number, kept: Set<string>): string {
  for (let i = at - 1; i >= 0; i--) if (kept.has(columns[i].name)) return columns[i].name;
  return '';
}

function dataColumns(columns: PublishedColumn[]): PublishedColumn[] {
  return columns.filter((c) => !c.partition);
}

function partitionNames(columns: PublishedColumn[]): string[] {
  return columns.filter((c) => c.partition).map((c) => c.name);
}
