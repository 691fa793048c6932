import { jobClosure, type JobDag } from '../analysis/job-graph';
import { StrataError } from '../errors';
import { closest } from '../text/closest';
import { wildcard } from '../text/wildcard';
import type { Workspace } from './workspace';

/**
 * The batch jobs a dbt-style selector picks: terms separated by spaces, their union. A term is a
 * job name, a table name (qualified or bare: the jobs writing it) or a job file path, `*` matching
 * any text; `layer:NAME` (the jobs writing that layer's tables) or `tag:NAME` (front-matter tags);
 * a leading `+` adds everything upstream, a trailing `+` everything downstream. No selector: every
 * batch job. A term that picks nothing is a usage error with the nearest name.
 */
export function selectJobs(ws: Workspace, dag: JobDag, selector: string | undefined): Set<string> {
  if (selector === undefined || selector.trim() === '') return new Set(dag.jobs);
  const picked = new Set<string>();
  for (const term of selector.trim().split(/\s+/)) {
    const core = term.replace(/^\+/, '').replace(/\+$/, '');
    let jobs = matchCore(ws, dag, core, term);
    if (term.startsWith('+')) jobs = jobClosure(dag, jobs, 'up');
    if (term.endsWith('+') && core !== '') jobs = new Set([...jobs, ...jobClosure(dag, jobs, 'down')]);
    for (const job of jobs) picked.add(job);
  }
  return picked;
}

function matchCore(ws: Workspace, dag: JobDag, core: string, term: string): Set<string> {
  const batch = new Set(dag.jobs);
  const io = [...ws.jobs.values()];
  const prefixed = /^(layer|tag):(.*)$/.exec(core);
  const kind = prefixed?.[1];
  const re = wildcard(prefixed ? prefixed[2] : core);
  let found: string[];
  let candidates: string[];
  if (kind === 'layer') {
    const layers = ws.project.config.layers.filter((l) => re.test(l.name));
    const tables = new Set(ws.catalog.tables().filter((t) => layers.some((l) => t.name.startsWith(`${l.database}.`))).map((t) => t.name));
    found = io.filter((j) => j.writes.some((w) => tables.has(w))).map((j) => j.name);
    candidates = ws.project.config.layers.map((l) => `layer:${l.name}`);
  } else if (kind === 'tag') {
    found = ws.files.filter((f) => f.file.kind === 'job' && tagsOf(f.file.frontMatter?.data.tags).some((t) => re.test(t))).map((f) => f.file.name);
    candidates = [...new Set(ws.files.flatMap((f) => (f.file.kind === 'job' ? tagsOf(f.file.frontMatter?.data.tags) : [])))].map((t) => `tag:${t}`);
  } else {
    const writesMatch = (w: string) => re.test(w) || re.test(w.slice(w.indexOf('.') + 1));
    found = io.filter((j) => re.test(j.name) || re.test(j.file) || j.writes.some(writesMatch)).map((j) => j.name);
    candidates = [...io.map((j) => j.name), ...ws.catalog.tables().map((t) => t.name)];
  }
  const jobs = new Set(found.filter((j) => batch.has(j)));
  if (jobs.size > 0) return jobs;
  if (found.length > 0) throw new StrataError('usage', `'${term}' selects only streaming jobs (${found.sort().join(', ')}); strata run runs batch jobs`);
  const near = closest(core, candidates);
  throw new StrataError('usage', `'${term}' selects no batch job${near ? `; did you mean '${near}'?` : '; name a job, a table, layer:NAME or tag:NAME (* matches any text, + adds upstream or downstream)'}`);
}

function tagsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
