import type { GraphNode } from '../analysis/graph';
import { findVariables, mergeDeclarations, type VarDeclaration } from '../project';
import { highlightSql } from './highlight';
import type { DocProblem, JobDoc } from './model';
import type { ProjectIndex } from './project-index';
import { slug } from './slug';

/**
 * The page data of one job: front matter, what it reads and writes, the variables its SQL uses
 * with their declared defaults (as written: `${env:...}` is never resolved here) and its SQL,
 * highlighted.
 */
export function jobDoc(node: GraphNode, index: ProjectIndex, projectVars: Record<string, VarDeclaration>, problems: Map<string, DocProblem[]>): JobDoc {
  const wf = node.file !== undefined ? index.files.get(node.file) : undefined;
  const fm = index.frontMatter(node.file);
  const declared = mergeDeclarations(projectVars, (fm.vars ?? {}) as Record<string, VarDeclaration>);
  const text = wf?.file.text ?? '';
  const names = [...new Set(findVariables(text).filter((r) => !r.env).map((r) => r.name))].sort();
  const doc: JobDoc = {
    name: node.name,
    slug: slug(node.name),
    file: node.file ?? '',
    type: node.group ?? 'batch',
    dialect: wf?.file.dialect ?? '',
    variables: names.map((name) => variable(name, declared[name])),
    reads: [...(index.reads.get(node.name) ?? [])].sort(),
    writes: [...(index.writes.get(node.name) ?? [])].sort(),
    sql: wf ? highlightSql(text, wf.file.dialect) : [],
    problems: node.file ? problems.get(node.file) ?? [] : [],
  };
  if (typeof fm.schedule === 'string') doc.schedule = fm.schedule;
  if (typeof fm.owner === 'string') doc.owner = fm.owner;
  if (typeof fm.description === 'string') doc.description = fm.description;
  return doc;
}

function variable(name: string, declaration: VarDeclaration | undefined): JobDoc['variables'][number] {
  const v: JobDoc['variables'][number] = { name };
  if (declaration?.default !== undefined) v.default = String(declaration.default);
  if (declaration?.description !== undefined) v.description = declaration.description;
  return v;
}
