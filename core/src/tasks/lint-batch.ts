import * as path from 'node:path';
import { lintScript } from '../lint/engine';
import type { LintFinding } from '../lint/rule';
import { ALL_RULES } from '../lint/rules';
import { LintSettings } from '../lint/project-config';
import { declaredDialect } from '../project';
import type { TextResult } from '../project/read-text';
import { lint, onlyRules, type LintOptions } from './lint';
import { unreadableFinding } from './lint-file-finding';

/** One linted file of a batch. */
export interface BatchFile {
  /** The path shown to the user: project-relative in a project, else relative to the working folder. */
  shown: string;
  /** Where the file is on disk (where it would be, for standard input). */
  absolute: string;
  text: string;
  findings: LintFinding[];
}

/**
 * Files linted in one context: one project, or standalone files. `lint()` lints them all;
 * `lint(texts)` lints only the files `texts` names (by absolute path), with those texts, keeping
 * the texts of earlier calls (the passes of `--fix`).
 */
export interface Batch {
  /** The project folder; undefined for standalone files. */
  readonly root?: string;
  lint(texts?: Map<string, string>): Promise<BatchFile[]>;
}

/** What project and standalone batches share from the task options. */
export type BatchOptions = Pick<LintOptions, 'vars' | 'only' | 'cache'>;

/**
 * Project files under `paths` (absolute; every table and job when empty), with the project's
 * catalog, workspace and strata.yaml settings; `contents` replaces files' text by project path.
 */
export function projectBatch(root: string, paths: string[], contents: Record<string, string>, options: BatchOptions): Batch {
  const current = { ...contents };
  return {
    root,
    async lint(texts) {
      for (const [absolute, text] of texts ?? []) current[toPosix(path.relative(root, absolute))] = text;
      const selected = texts ? [...texts.keys()] : paths;
      const result = await lint({ project: root, paths: selected, contents: current, cwd: root, vars: options.vars, only: options.only, cache: options.cache });
      return result.files.map((f) => ({ shown: f.path, absolute: path.join(root, f.path), text: f.text, findings: f.findings }));
    },
  };
}

/** A file outside any project: where it is, how to show it, and its text or why it has none. */
export interface StandaloneFile {
  absolute: string;
  shown: string;
  read: TextResult;
}

/**
 * Files outside any project: dialect from each file's front matter (flink for `type: streaming`),
 * else spark; no catalog, so rules that need one stay quiet.
 */
export function standaloneBatch(files: StandaloneFile[], options: BatchOptions): Batch {
  const rules = new LintSettings({}, ALL_RULES, onlyRules(options.only)).rulesFor('');
  const current = new Map(files.map((f) => [f.absolute, f.read.text]));
  return {
    async lint(texts) {
      for (const [absolute, text] of texts ?? []) current.set(absolute, text);
      const selected = texts ? files.filter((f) => texts.has(f.absolute)) : files;
      return selected.map((f) => {
        const text = current.get(f.absolute) ?? '';
        const problem = unreadableFinding(f.read);
        const findings = problem ? [problem] : lintScript({ text, dialect: declaredDialect(text, 'spark'), rules });
        return { shown: f.shown, absolute: f.absolute, text, findings };
      });
    },
  };
}

/** A path with forward slashes, as project paths and user-facing paths are written. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
