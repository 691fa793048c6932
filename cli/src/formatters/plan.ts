import { describeChange, type Change, type Plan } from '@strata/core';

/** `target local is up to date`, the one line of a plan or publish with nothing to do. */
export function upToDate(target: string): string {
  return `target ${target} is up to date`;
}

/**
 * A plan grouped like terraform's: `+` create, `~` non-breaking change, `!` breaking (each with
 * the downstream columns and jobs it reaches, file:line 1-based), `-` job removed; then a summary.
 */
export function formatPlan(plan: Plan): string[] {
  if (plan.steps.length === 0) return [upToDate(plan.target)];
  const lines = [`plan ${plan.id} for target ${plan.target}:`, ''];
  for (const c of plan.changes) lines.push(`${symbol(c)} ${describeChange(c)}`, ...impactLines(c), ...streamingLines(c));
  for (const s of plan.steps) if (s.action === 'write-scheduler') lines.push(`~ ${s.description}`);
  lines.push('', plan.steps.some((s) => s.action === 'submit-job' || s.action === 'stop-job') ? streamingSummary(plan) : summary(plan));
  return lines;
}

function symbol(c: Change): string {
  if (c.breaking || verdict(c) === 'state-incompatible') return '!';
  if (c.kind === 'create-table' || c.kind === 'add-job') return '+';
  return c.kind === 'remove-job' ? '-' : '~';
}

function impactLines(c: Change): string[] {
  if (!c.impact) return [];
  if (c.impact.columns.length === 0 && c.impact.jobs.length === 0) return ['    nothing downstream'];
  const lines = c.impact.columns.map((i) => `    -> ${i.column}  ${i.file}:${i.line + 1}  (${i.job})`);
  if (c.impact.jobs.length > 0) lines.push(`    jobs affected: ${c.impact.jobs.join(', ')}`);
  return lines;
}

function verdict(c: Change): string | undefined {
  return c.kind === 'change-job' ? c.streaming?.verdict : undefined;
}

/** A changed streaming job: the verdict and why; for a state reset, the columns it names and the sink columns it reaches (column lineage). */
function streamingLines(c: Change): string[] {
  if (c.kind !== 'change-job' || !c.streaming) return [];
  const { reason, columns, lineage } = c.streaming;
  switch (c.streaming.verdict) {
    case 'unchanged':
      return ['    nothing that runs changed: the job keeps running'];
    case 'restartable':
      return [`    restartable from its savepoint: ${reason}`];
    case 'state-incompatible':
      return [
        `    state-incompatible: ${reason}`,
        ...(columns.length > 0 ? [`    columns: ${columns.join(', ')}`] : []),
        ...lineage.map((column) => `    -> ${column}  (recomputed without state)`),
      ];
  }
}

function streamingSummary(plan: Plan): string {
  const count = (kind: Change['kind'], v?: string) => plan.changes.filter((c) => c.kind === kind && verdict(c) === v).length;
  const resets = count('change-job', 'state-incompatible');
  const next = resets > 0 ? 'state-incompatible restarts apply only with --allow-state-reset' : `apply with: strata publish --target ${plan.target}`;
  const jobs = `${count('add-job')} jobs to submit, ${count('change-job', 'restartable')} to restart from a savepoint, ${resets} to restart without state, ${count('remove-job')} to stop`;
  return `${plan.steps.length} steps: ${jobs}. ${next}`;
}

function summary(plan: Plan): string {
  const count = (kinds: Change['kind'][]) => plan.changes.filter((c) => !c.breaking && kinds.includes(c.kind)).length;
  const tables = `${count(['create-table'])} tables to create, ${count(['add-columns'])} to change, ${plan.breaking} breaking`;
  const jobs = `${count(['add-job'])} jobs to register, ${count(['change-job'])} to update, ${count(['remove-job'])} to remove`;
  const next = plan.breaking > 0 ? 'breaking changes apply only with --allow-destructive' : `apply with: strata publish --target ${plan.target}`;
  return `${plan.steps.length} steps: ${tables}; ${jobs}. ${next}`;
}
