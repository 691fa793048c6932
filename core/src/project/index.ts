/** The warehouse project model: strata.yaml, discovery and loading, front matter, variables. */
export * from './model';
export { CONFIG_FILE, parseConfig, readConfig } from './config';
export { configSchema, VAR_NAME_PATTERN } from './config-schema';
export { findProjectRoot, listProject, loadProject, loadProjectFile, LoadOptions, LoadedSqlFile, LoadedTestFile, ProjectListing, SqlFileHook, sqlFileOf, TestFileHook } from './load-project';
export { decodeText, readTextSync, TextResult } from './read-text';
export { FrontMatter, FrontMatterResult, frontMatterRange, parseFrontMatter } from './front-matter';
export { cronProblem } from './cron';
export { jobFrontMatterSchema, tableFrontMatterSchema } from './front-matter-schema';
export { BUILTIN_VARIABLES, isCalendarDate } from './builtin-variables';
export { mergeDeclarations, resolveVariables, VariableInputs } from './variables';
export { findVariables, RefContext, VariableProblem, variableProblems, VariableRef } from './variable-refs';
export { renderVariables, RenderOptions } from './render-variables';
export { maskVariables, MaskedText } from './mask-variables';
export { parseVarFlags } from './var-flags';
export { resolveState, resolveTarget } from './targets';
export { parseTestFile, testFileSchema } from './test-file';
export { readCsv, readCsvShape, CsvRecord, CsvShape, CsvTable } from './csv-header';
export { declaredDialect } from './file-dialect';
