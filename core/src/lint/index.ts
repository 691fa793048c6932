/**
 * The lint rule engine: rules (one file each under `rules/`), the engine that runs them over a
 * script, SQLFluff-compatible `-- noqa` suppression, and fixes as text edits.
 */
export { createRule, defaultOptions } from './rule';
export type { AnyRule, LintFinding, LintSeverity, OffsetEdit, OptionSchema, OptionSpec, ReportDescriptor, RuleContext, RuleDefinition, RuleDocs, RuleGroup, RuleVisitors, TextEdit } from './rule';
export { resolveRules } from './config';
export type { ActiveRule, RuleSetting, RulesConfig } from './config';
export { lintScript } from './engine';
export type { LintScriptInput } from './engine';
export { applyFixes } from './fixes';
export { ALL_RULES } from './rules';
export { RuleTester, lintOnly } from './rule-tester';
export type { ExpectedFinding, InvalidCase, ValidCase } from './rule-tester';
export { walk } from './walk';
export { LintSettings } from './project-config';
export { renderRulesDoc, ruleDocAnchor, RULES_DOC_PATH } from './rules-doc';
