export { buildDocs, type DocsBuildOptions, type DocsBuildResult } from './build';
export { serveDocs, type DocsServeOptions, type DocsServer } from './serve';
export { selectTables, type Selection } from './selector';
