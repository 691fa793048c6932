import { describeChange, type Change, type Plan } from '@strata/core';

/** `target local is up to date`, the one line of a plan or publish with nothing to do. */
export function upToDate(target: string): string {
  return `target ${target} is up to date`;
}

/**
 * A plan grouped like terraform's: `+` create, `~` non-breaking change, `!` breaking (each with
 * the downstream columns and jobs it reaches and where jobs filter, join or group on them, file:line 1-based), `-` job removed; then a summary.
 */
export function formatPlan(plan: Plan): string[] {
  if (plan.steps.length === 0) return [upToDate(plan.target)];
  const lines = [`plan ${plan.id} for target ${plan.target}:`, ''];
  for (const c of plan.changes) lines.push(`${symbol(c)} ${describeChange(c)}`, ...impactLines(c));
  for (const s of plan.steps) if (s.action === 'write-scheduler') lines.push(`~ ${s.description}`);
  lines.push('', summary(plan));
  return lines;
}

function symbol(c: Change): string {
  if (c.breaking) return '!';
  if (c.kind === 'create-table' || c.kind === 'add-job') return '+';
  return c.kind === 'remove-job' ? '-' : '~';
}

function impactLines(c: Change): string[] {
  if (!c.impact) return [];
  if (c.impact.columns.length === 0 && c.impact.jobs.length === 0) return ['    nothing downstream'];
  const lines = c.impact.columns.map((i) => `    -> ${i.column}  ${i.file}:${i.line + 1}  (${i.job})`);
  lines.push(...c.impact.uses.map((u) => `    -> ${u.column} filtered, joined or grouped on  ${u.file}:${u.line + 1}  (${u.job})`));
  if (c.impact.jobs.length > 0) lines.push(`    jobs affected: ${c.impact.jobs.join(', ')}`);
  return lines;
}

function summary(plan: Plan): string {
  const count = (kinds: Change['kind'][]) => plan.changes.filter((c) => !c.breaking && kinds.includes(c.kind)).length;
  const tables = `${count(['create-table'])} tables to create, ${count(['add-columns'])} to change, ${plan.breaking} breaking`;
  const jobs = `${count(['add-job'])} jobs to register, ${count(['change-job'])} to update, ${count(['remove-job'])} to remove`;
  const next = plan.breaking > 0 ? 'breaking changes apply only with --allow-destructive' : `apply with: strata publish --target ${plan.target}`;
  return `${plan.steps.length} steps: ${tables}; ${jobs}. ${next}`;
}
