import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TargetConfig } from '../project/model';
import { schedulerArtefacts, type GeneratedFile } from '../scheduler';
import type { Workspace } from '../tasks/workspace';
import { writeFileAtomic } from '../tasks/write-file-atomic';
import { hashBytes } from '../cache/file-hashes';
import type { ArtefactHashes } from './artefact-memo';
import type { StepDraft } from './steps';

/** Where {@link schedulerStep} remembers the artefacts it generated from the project's inputs (`artefact-memo.ts`). */
export interface ArtefactMemo {
  get(): ArtefactHashes | undefined;
  set(files: GeneratedFile[]): void;
}

/** The folders under the scheduler dir whose files publish owns (a stale file there is removed). */
const OWNED = ['airflow', 'dolphinscheduler'];

/** The project-relative folder a target's scheduler artefacts go to (`scheduler_dir`, or `.strata/targets/<target>/scheduler`). */
export function schedulerDir(target: string, config: TargetConfig): string {
  return config.scheduler_dir ?? `.strata/targets/${target}/scheduler`;
}

/**
 * The step that brings the target's scheduler folder to the Airflow DAGs and DolphinScheduler
 * workflow the project generates, or undefined when the files on disk already match (so a
 * re-publish does nothing). Only a target holding the whole project (no `tables:` selector)
 * schedules its batch jobs; a serving target does not. When `memo` remembers the files the same
 * inputs gave and the folder holds exactly those, nothing is generated.
 */
export function schedulerStep(ws: Workspace, root: string, target: string, config: TargetConfig, memo?: ArtefactMemo): StepDraft | undefined {
  if (config.tables !== undefined) return undefined;
  const dir = schedulerDir(target, config);
  const remembered = memo?.get();
  if (remembered && holds(path.join(root, dir), remembered)) return undefined;
  const wanted = schedulerArtefacts(ws, { project: ws.project.config.name, target });
  memo?.set(wanted);
  const files = wanted.filter((f) => read(path.join(root, dir, f.path)) !== f.content);
  const keep = new Set(wanted.map((f) => f.path));
  const remove = existing(path.join(root, dir)).filter((p) => !keep.has(p));
  if (files.length === 0 && remove.length === 0) return undefined;
  const what = [files.length > 0 ? `write ${files.map((f) => f.path).join(', ')}` : '', remove.length > 0 ? `remove ${remove.join(', ')}` : ''].filter(Boolean).join('; ');
  return { action: 'write-scheduler', description: `scheduler artefacts in ${dir}: ${what}`, dir, files, remove, tables: {}, jobs: {} };
}

/** Writes (atomically) and removes what a `write-scheduler` step lists; doing it twice changes nothing. */
export function writeScheduler(root: string, dir: string, files: GeneratedFile[], remove: string[]): void {
  for (const f of files) {
    const absolute = path.join(root, dir, f.path);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileAtomic(absolute, f.content, path.posix.join(dir, f.path));
  }
  for (const p of remove) fs.rmSync(path.join(root, dir, p), { force: true });
}

/** Whether the owned files under `dir` are exactly `files`, each with its content hash. */
function holds(dir: string, files: ArtefactHashes): boolean {
  const paths = Object.keys(files).sort();
  const there = existing(dir);
  if (there.length !== paths.length || there.some((p, i) => p !== paths[i])) return false;
  return paths.every((p) => {
    const content = read(path.join(dir, p));
    return content !== undefined && hashBytes(content) === files[p];
  });
}

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function existing(dir: string): string[] {
  return OWNED.flatMap((sub) => {
    try {
      return fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${sub}/${e.name}`);
    } catch {
      return [];
    }
  }).sort();
}
