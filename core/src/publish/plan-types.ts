import type { GeneratedFile } from '../scheduler';
import type { TableAlteration } from '../engines';
import type { PublishedColumn, PublishedJob, PublishedTable } from './state';
import type { StreamingCompat } from './streaming-compat';

/** Bumped when a saved plan's layout changes; a plan file of another format is refused. */
export const PLAN_FORMAT = 1;

/** One downstream column that a breaking change reaches, with the job line that derives it (0-based). */
export interface ImpactedColumn {
  column: string;
  job: string;
  file: string;
  line: number;
}

/** What a breaking change reaches downstream, from column lineage. */
export interface Impact {
  columns: ImpactedColumn[];
  /** Tables owning those columns, sorted. */
  tables: string[];
  /** Jobs deriving them, or reading a dropped or re-partitioned table, sorted. */
  jobs: string[];
}

/** One difference between the project and the target's state. */
export type Change = (
  | { kind: 'create-table'; table: string; columns: PublishedColumn[] }
  | { kind: 'add-columns'; table: string; columns: PublishedColumn[] }
  | { kind: 'drop-column'; table: string; column: string; possiblyRenamedTo?: string }
  | { kind: 'retype-column'; table: string; column: string; from: string; to: string; direction: 'widening' | 'narrowing' }
  | { kind: 'repartition'; table: string; from: string[]; to: string[] }
  | { kind: 'drop-table'; table: string }
  | { kind: 'add-job' | 'change-job' | 'remove-job'; job: string; streaming?: StreamingCompat }
) & { breaking: boolean; impact?: Impact };

/** A state row as a plan computes it; who and when are filled in when the step is applied. */
export type PlannedTable = Omit<PublishedTable, 'by' | 'at'>;
export type PlannedJob = Omit<PublishedJob, 'by' | 'at'>;

/** What a step does on the target (see `apply.ts` for each action's executor). */
export type StepAction = 'create-table' | 'alter-table' | 'recreate-table' | 'drop-table' | 'register-job' | 'remove-job' | 'write-scheduler' | 'stop-job' | 'submit-job';

/** One unit of work, applied and recorded atomically where the engine allows (see README.md). */
export interface PlanStep {
  /** 1-based position in the plan. */
  n: number;
  action: StepAction;
  /** One line for progress and the journal: `create table dwd.x`. */
  description: string;
  table?: string;
  /** `create-table` and `recreate-table`: every column of the table. */
  columns?: PublishedColumn[];
  alteration?: TableAlteration;
  job?: string;
  /** `write-scheduler`: the project-relative scheduler folder, the files to write there and the stale ones to remove. */
  dir?: string;
  files?: GeneratedFile[];
  remove?: string[];
  /** `stop-job`: take a savepoint; `submit-job`: restore from the savepoint its `stop-job` step took. */
  savepoint?: boolean;
  /** `submit-job`: the job's statements in order (variables rendered), its pipeline name set first. */
  statements?: string[];
  /** `stop-job`, `submit-job`: the Flink pipeline name the job runs under (how a job lost from the state is found again). */
  pipeline?: string;
  /** The state rows this step leaves (null removes a row). */
  tables: Record<string, PlannedTable | null>;
  jobs: Record<string, PlannedJob | null>;
  /** Fingerprint of the target's state once this step is recorded (resuming a saved plan checks it). */
  stateAfter: string;
}

/** A plan: the diff, the steps that apply it, and what it was computed from. */
export interface Plan {
  format: number;
  /** Identifies the plan in the journal: a hash of its target, base state and steps. */
  id: string;
  target: string;
  /** Fingerprint of the project's definitions for this target. */
  project: string;
  /** Fingerprint of the target's state the plan was computed from. */
  state: string;
  changes: Change[];
  steps: PlanStep[];
  breaking: number;
}

/** What the project says the target should hold. */
export interface Desired {
  tables: Map<string, DesiredTable>;
  jobs: Map<string, DesiredJob>;
  /** Table names in dependency order (upstream first), and job paths likewise. */
  order: Map<string, number>;
}

export type DesiredTable = Pick<PlannedTable, 'name' | 'hash' | 'columns'> & { file?: string };
export type DesiredJob = Pick<PlannedJob, 'path' | 'hash' | 'type' | 'writes' | 'definition'>;
