import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { configSchema } from '../project/config-schema';
import type { BatchDialect } from '../project/model';
import { bareNameProblem } from './name-check';
import { renderTemplateFolder } from './template-files';
import { writeNewFile, writeNewFolder } from './write-files';

/** Project templates under templates/project/. */
export const PROJECT_TEMPLATES = ['live', 'minimal'] as const;
export type ProjectTemplate = (typeof PROJECT_TEMPLATES)[number];

export interface InitOptions {
  /** Folder of the new project; created when missing. Relative to `cwd`. */
  dir: string;
  cwd: string;
  /** The templates/ folder. */
  templates: string;
  template: ProjectTemplate;
  name: string;
  dialect: BatchDialect;
  partitionColumn: string;
  owner: string;
  /** Write into a non-empty folder, overwriting files of the same names. */
  force: boolean;
}

export interface InitResult {
  dir: string;
  template: ProjectTemplate;
  /** Project-relative paths written, sorted. */
  files: string[];
  /** Commands to run next, in order. */
  next: string[];
}

const NAME_PATTERN = new RegExp(configSchema.properties.name.pattern);

/** The project name a folder suggests: `My Warehouse` -> `my-warehouse`. */
export function projectNameOf(dir: string): string {
  const name = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z]+|-+$/g, '');
  return name === '' ? 'warehouse' : name;
}

function checkOptions(options: InitOptions): void {
  if (!NAME_PATTERN.test(options.name)) {
    const suggestion = projectNameOf(options.name);
    throw new StrataError('usage', `project name '${options.name}' is not ${configSchema.properties.name.description}; try '${suggestion}'`, undefined, [suggestion]);
  }
  const problem = bareNameProblem(options.partitionColumn, options.dialect, 'partition column');
  if (problem) throw new StrataError('usage', `${problem.message} [${problem.rule}]; try 'p_date'`, undefined, ['p_date']);
}

/** True when `dir` holds anything (a missing folder is empty). */
function notEmpty(dir: string): boolean {
  return fs.existsSync(dir) && (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length > 0);
}

/**
 * `strata init`: a new project from templates/project/<template>. Refuses a non-empty folder
 * unless `force`; otherwise the project appears all at once or not at all (see writeNewFolder).
 */
export function initProject(options: InitOptions): InitResult {
  checkOptions(options);
  const dir = path.resolve(options.cwd, options.dir);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new StrataError('usage', `'${options.dir}' is a file; give a folder for the new project`);
  if (notEmpty(dir) && !options.force) {
    throw new StrataError('usage', `'${options.dir}' is not empty; pick an empty or new folder, or pass --force to write into it (files of the same names are overwritten)`);
  }
  const values = { name: options.name, dialect: options.dialect, partition_column: options.partitionColumn, owner: options.owner };
  const files = renderTemplateFolder(options.templates, `project/${options.template}`, values);
  if (notEmpty(dir)) files.forEach((f) => writeNewFile(dir, f, true));
  else writeNewFolder(dir, files);
  const cd = path.relative(options.cwd, dir);
  const next = [...(cd === '' ? [] : [`cd ${cd}`]), 'strata check', 'strata lint', 'strata new table --layer dwd --domain <domain> --process <process> --period di'];
  return { dir, template: options.template, files: files.map((f) => f.path), next };
}
