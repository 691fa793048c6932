import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { configSchema } from '../project/config-schema';
import type { BatchDialect } from '../project/model';
import { checkChoices, LAYERS, layersYaml, TARGETS, targetsYaml } from './init-choices';
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
  /** Layers of the project (of {@link LAYERS}; default: all). */
  layers?: readonly string[];
  /** Targets to write (names of {@link TARGETS}; default: local); the first, or local, is the default target. */
  targets?: readonly string[];
  owner: string;
  /** Write into a non-empty folder, overwriting files of the same names. */
  force: boolean;
}

export interface InitResult {
  dir: string;
  template: ProjectTemplate;
  layers: string[];
  targets: string[];
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

/** The layers the live template's example needs: a source table and the table loaded from it. */
const LIVE_LAYERS = ['ods', 'dwd'];

function checkOptions(options: InitOptions): { layers: string[]; targets: string[] } {
  if (!NAME_PATTERN.test(options.name)) {
    const suggestion = projectNameOf(options.name);
    throw new StrataError('usage', `project name '${options.name}' is not ${configSchema.properties.name.description}; try '${suggestion}'`, undefined, [suggestion]);
  }
  const problem = bareNameProblem(options.partitionColumn, options.dialect, 'partition column');
  if (problem) throw new StrataError('usage', `${problem.message} [${problem.rule}]; try 'p_date'`, undefined, ['p_date']);
  const layers = checkChoices(options.layers ?? LAYERS, LAYERS, '--layers');
  const targets = checkChoices(options.targets ?? ['local'], Object.keys(TARGETS), '--targets');
  const missing = options.template === 'live' ? LIVE_LAYERS.filter((l) => !layers.includes(l)) : [];
  if (missing.length > 0) {
    throw new StrataError('usage', `--layers: the live template's example needs layer${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}; add ${missing.length > 1 ? 'them' : 'it'}, or pass --template minimal`);
  }
  return { layers, targets };
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
  const { layers, targets } = checkOptions(options);
  const dir = path.resolve(options.cwd, options.dir);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new StrataError('usage', `'${options.dir}' is a file; give a folder for the new project`);
  if (notEmpty(dir) && !options.force) {
    throw new StrataError('usage', `'${options.dir}' is not empty; pick an empty or new folder, or pass --force to write into it (files of the same names are overwritten)`);
  }
  const values = {
    name: options.name, dialect: options.dialect, partition_column: options.partitionColumn, owner: options.owner,
    layers: layersYaml(layers), targets: targetsYaml(targets), default_target: targets.includes('local') ? 'local' : targets[0],
  };
  // A layer left out gets no tables/<layer>/ folder.
  const files = renderTemplateFolder(options.templates, `project/${options.template}`, values)
    .filter((f) => !f.path.startsWith('tables/') || layers.includes(f.path.split('/')[1]));
  if (notEmpty(dir)) files.forEach((f) => writeNewFile(dir, f, true));
  else writeNewFolder(dir, files);
  const cd = path.relative(options.cwd, dir);
  const next = [...(cd === '' ? [] : [`cd ${cd}`]), 'strata check', 'strata lint', `strata new table --layer ${layers.includes('dwd') ? 'dwd' : layers[0]} --domain <domain> --process <process> --period di`];
  return { dir, template: options.template, layers, targets, files: files.map((f) => f.path), next };
}
