import { mergeDeps, RecordingCatalog, type CatalogDeps } from '../cache/catalog-deps';
import { fingerprint } from '../cache/disk-cache';
import { hashBytes } from '../cache/file-hashes';
import { ShardedPack } from '../cache/sharded-pack';
import type { AnyRule, LintFinding, RulesConfig } from '../lint';
import type { ProjectConfig, SqlFile } from '../project';
import type { Workspace, WorkspaceFile } from './workspace';

/** What findings are keyed on beyond the rules (`WorkspaceCache` gives them, as does the summary lint). */
export interface LintKeys {
  /** A key of everything the file's own results depend on (path, kind, content, settings). */
  keyOf(file: SqlFile, config: ProjectConfig): string;
  /** A fingerprint of the whole project, for findings of rules that read the workspace. */
  stateOf(ws: Workspace): string;
  /** The catalog questions the analysis of job `path` asked, if recorded. */
  jobDeps(path: string): CatalogDeps | undefined;
}

/**
 * One file's findings and what they depended on beyond the key: the catalog questions asked (by
 * rules, or by the job's analysis that rules may read), and the whole project's state when a rule
 * read the workspace (the DAG, other files).
 */
interface LintRecord {
  key: string;
  catalog: CatalogDeps;
  workspace?: string;
  findings: LintFinding[];
}

/**
 * Lint findings per file (`.strata/cache/packs/`, pack `lint`), keyed by the file's record key
 * (path, content, config, tool version) plus the rule settings that apply to it and the rule set.
 * A stored result is served only while every catalog question it (or its job's analysis) asked
 * gets the same answer and, if a rule read the workspace, the project is byte-identical: a style
 * finding survives any other edit, a semantic one is redone when a table it looked at changes, a
 * warehouse one when anything in the project changes. Never stale, at worst recomputed.
 */
export class LintCache {
  private readonly pack: ShardedPack<LintRecord>;
  private readonly registry: string;

  constructor(root: string, private readonly cache: LintKeys, rules: readonly AnyRule[]) {
    // Many small shards: a lint of a few files (a pre-commit hook) reads and rewrites only theirs.
    this.pack = new ShardedPack(root, 'lint', { shards: 512 });
    this.registry = fingerprint(rules.map((r) => [r.code, r.name, r.group, r.defaultSeverity, r.fixable]));
  }

  /** The findings of `wf` with `rules`, from the pack when still valid, else from `lint` (and stored). */
  findings(ws: Workspace, wf: WorkspaceFile, rules: RulesConfig, lint: (ws: Workspace) => LintFinding[]): LintFinding[] {
    const catalog = ws.catalog as RecordingCatalog;
    const key = hashBytes(`${this.cache.keyOf(wf.file, ws.project.config)}\0${fingerprint(rules)}\0${this.registry}`);
    const stored = this.pack.get(wf.file.path);
    if (stored && stored.key === key && catalog.answersAsBefore(stored.catalog) && (stored.workspace === undefined || stored.workspace === this.cache.stateOf(ws))) {
      return stored.findings;
    }
    let readWorkspace = false;
    const watched = new Proxy(ws, {
      get(target, property, receiver) {
        readWorkspace = true;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const { value, deps } = catalog.record(() => lint(watched));
    const record: LintRecord = { key, catalog: mergeDeps(deps, this.cache.jobDeps(wf.file.path)), findings: value };
    if (readWorkspace) record.workspace = this.cache.stateOf(ws);
    this.pack.set(wf.file.path, record);
    return value;
  }

  /**
   * Writes new results. `everyFile`: this run linted the whole project, so results of files it
   * did not see (deleted, renamed) are dropped; otherwise files not linted keep theirs.
   */
  save(everyFile: boolean): void {
    this.pack.save(everyFile);
  }
}
