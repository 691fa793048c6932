import type { Workspace, WorkspaceFile } from '../tasks/workspace';

/**
 * What rules read of a workspace, given by whoever built the workspace without its files
 * (`tasks/lint-summary.ts`): the tables' layers, and a project file parsed on demand.
 */
export interface GivenParts {
  layers: Map<string, string>;
  /** The project file at `path`, parsed; undefined when the project has none there. */
  file(path: string): WorkspaceFile | undefined;
}

// By project: rules see the workspace through the lint cache's watching copy, whose project is the same object.
const GIVEN = new WeakMap<Workspace['project'], GivenParts>();

/** Makes `parts` what rules read of the workspace of `project`. */
export function giveParts(project: Workspace['project'], parts: GivenParts): void {
  GIVEN.set(project, parts);
}

/** The parts given for `ws`'s project, if any. */
export function givenParts(ws: Workspace): GivenParts | undefined {
  return GIVEN.get(ws.project);
}

/** The workspace file of project file `path`. */
export function workspaceFile(ws: Workspace, path: string): WorkspaceFile | undefined {
  const given = givenParts(ws);
  return given ? given.file(path) : ws.files.find((f) => f.file.path === path);
}
