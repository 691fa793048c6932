import * as path from 'node:path';
import { parse } from '../sql';
import { sqlLiteral } from '../engines/remote';

/** A streaming job as the gateway runs it: one operation per statement, and the pipeline name it runs under. */
export interface JobStatements {
  statements: string[];
  /** `SET 'pipeline.name'` of the job, else its file name without `.sql` (set first, so the running job can be found by it). */
  pipeline: string;
}

/** The statements of a job's rendered SQL, each without its `;` (comments and front matter between them left out). */
export function jobStatements(definition: string, job: string): JobStatements {
  const statements = parse(definition, 'flink').statements;
  const named = statements.find((s) => s.kind === 'SetStatement' && s.key?.toLowerCase() === 'pipeline.name');
  const declared = named?.kind === 'SetStatement' ? named.value : undefined;
  const pipeline = declared ?? path.posix.basename(job, '.sql');
  const texts = statements.map((s) => definition.slice(s.start, s.end));
  return { statements: declared === undefined ? [`SET 'pipeline.name' = ${sqlLiteral(pipeline)}`, ...texts] : texts, pipeline };
}
