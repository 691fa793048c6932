import type { Catalog, Dialect, LineIndex, Script, ScriptAnalysis, SqlFile, Workspace } from '@strata/core';

/**
 * One document as every feature sees it: parsed, and with what the project knows around it.
 * Features are pure functions of a snapshot and a position.
 */
export interface DocumentSnapshot {
  uri: string;
  text: string;
  dialect: Dialect;
  script: Script;
  lines: LineIndex;
  /** The project file (path, kind, front matter) when the document is a table or job of an indexed project. */
  file?: SqlFile;
  /** The indexed project around the document; absent for standalone files and while indexing. */
  workspace?: Workspace;
  /** Project tables: the workspace's catalog; absent for standalone files and while indexing. */
  catalog?: Catalog;
  /** Lineage and semantic problems of the script (jobs and standalone files; tables have none). */
  analysis?: ScriptAnalysis;
  /** Absolute project folder, to turn project paths into URIs. */
  root?: string;
}
