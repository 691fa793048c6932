import assert from 'node:assert/strict';
import { catalogFromSql } from '../catalog';
import { parseConfig, sqlFileOf, type Project, type SqlFile } from '../project';
import { workspaceOf } from '../tasks/workspace';
import type { Dialect } from '../sql';
import type { RulesConfig } from './config';
import { lintScript } from './engine';
import { applyFixes } from './fixes';
import type { AnyRule, LintFinding } from './rule';

/** SQL a rule must accept. */
export interface ValidCase {
  code: string;
  /** Spark when absent. */
  dialect?: Dialect;
  options?: Record<string, unknown>;
  /** DDL of the tables the case may read (in the case's dialect); without it, no catalog (standalone SQL). */
  catalog?: string;
  /** Project path the case's text lives at (`tables/dwd/dwd_x_di.sql`, `jobs/...`), for rules about project files. */
  file?: string;
  /**
   * The other files of a project (path -> text; `strata.yaml` optional), for rules that need the
   * whole workspace (the DAG): the case is linted as `file` of that project, whose catalog comes
   * from its `tables/` (`catalog` is then ignored).
   */
  project?: Record<string, string>;
}

/** A finding the rule must report: its message id and 0-based start (and optionally end) position, as everywhere in core. */
export interface ExpectedFinding {
  messageId: string;
  line: number;
  character: number;
  endLine?: number;
  endCharacter?: number;
  /** The rendered message, when the test pins it. */
  message?: string;
}

/** SQL a rule must report, exactly the `errors` in order; `output` is the text after its fixes (the input when absent: no fix). */
export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  output?: string;
}

type Block = (name: string, fn: () => void) => void;

/**
 * Runs a rule over tables of valid and invalid SQL under mocha (`describe`/`it`), in the style of
 * typescript-eslint's RuleTester. Only the rule under test runs; a parse error fails the case.
 */
export class RuleTester {
  static run(rule: AnyRule, tests: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
    const { describe, it } = globalThis as unknown as { describe: Block; it: Block };
    describe(`${rule.code} ${rule.name}`, () => {
      describe('valid', () => {
        for (const test of tests.valid) {
          const c = typeof test === 'string' ? { code: test } : test;
          it(JSON.stringify(c.code), () => assert.deepEqual(lintOnly(rule, c).map(brief), []));
        }
      });
      describe('invalid', () => {
        for (const c of tests.invalid) it(JSON.stringify(c.code), () => checkInvalid(rule, c));
      });
    });
  }
}

/** Lints `c.code` with `rule` alone at its default severity and the case's options. */
export function lintOnly(rule: AnyRule, c: ValidCase): LintFinding[] {
  const rules = c.options ? { [rule.code]: { options: c.options } } : undefined;
  const dialect = c.dialect ?? 'spark';
  if (c.project) return lintInProject(rule, c, rules, dialect);
  const catalog = c.catalog === undefined ? undefined : catalogFromSql(c.catalog, dialect);
  const file = c.file === undefined ? undefined : projectFile(c.file, c.code);
  return lintScript({ text: c.code, dialect, registry: [rule], rules, catalog, file });
}

/** The file as a project with default strata.yaml settings (or `config`) would load it. */
function projectFile(at: string, text: string, config = parseConfig('name: rule-tester')): SqlFile {
  const kind = at.startsWith('tables/') ? 'table' : 'job';
  return sqlFileOf(at, kind, text, config).sqlFile;
}

/** Lints the case as one file of an in-memory project made of `c.project` and the case itself. */
function lintInProject(rule: AnyRule, c: ValidCase, rules: RulesConfig | undefined, dialect: Dialect): LintFinding[] {
  const { 'strata.yaml': yaml = 'name: rule-tester', ...others } = c.project ?? {};
  const config = parseConfig(yaml);
  const at = c.file ?? 'jobs/case.sql';
  const files = [...Object.entries(others).filter(([p]) => p !== at), [at, c.code]].map(([p, text]) => projectFile(p, text, config));
  const project: Project = { root: '/rule-tester', config, files, tests: [], seeds: [], overrides: {}, diagnostics: [] };
  const ws = workspaceOf(project);
  const file = files[files.length - 1];
  return lintScript({ text: c.code, dialect, registry: [rule], rules, catalog: ws.catalog, file, workspace: ws, analysis: ws.analysis.get(at) });
}

function checkInvalid(rule: AnyRule, c: InvalidCase): void {
  const findings = lintOnly(rule, c);
  assert.deepEqual(findings.filter((f) => f.code === 'parse-error').map(brief), [], 'the case must parse');
  const actual = findings.map((f, i) => project(f, c.errors[i]));
  assert.deepEqual(actual, c.errors);
  assert.equal(applyFixes(c.code, findings), c.output ?? c.code, 'fixed output');
}

/** The finding cut down to the fields the expectation names. */
function project(f: LintFinding, expected: ExpectedFinding | undefined): ExpectedFinding {
  const out: ExpectedFinding = { messageId: f.messageId, line: f.start.line, character: f.start.character };
  if (expected?.endLine !== undefined) out.endLine = f.end.line;
  if (expected?.endCharacter !== undefined) out.endCharacter = f.end.character;
  if (expected?.message !== undefined) out.message = f.message;
  return out;
}

function brief(f: LintFinding): string {
  return `${f.start.line}:${f.start.character} ${f.code} ${f.message}`;
}
