/** Bumped when the state layout changes; a state with a higher format is refused. */
export const STATE_FORMAT = 1;
export interface PublishedColumn { name: string; type: string; partition: boolean; comment?: string }
export interface PublishedTable {
  name: string;            // lower-case qualified
  hash: string;            // definition hash (sha256 hex of the normalized DDL)
  columns: PublishedColumn[];
  version: number;         // 1 on create, +1 per applied change
  by: string;              // user@host
  at: string;              // ISO time
}
export interface PublishedJob {
  path: string;            // project-relative job file
  hash: string;
  type: 'batch' | 'streaming';
  writes: string[];
  version: number; by: string; at: string;
  /** Engine-specific handle kept across publishes: Flink job id, last savepoint path, ... */
  handle?: Record<string, string>;
  /** A job a streaming target runs: its SQL as submitted (variables rendered), what a later change is classified against. */
  definition?: string;
}
export interface TargetState { format: number; tables: Record<string, PublishedTable>; jobs: Record<string, PublishedJob> }
export interface JournalEntry { plan: string; step: number; description: string; by: string; at: string }
export interface LockOwner { user: string; host: string; pid: number; since: string; command: string }
export interface StateLock { release(): Promise<void> }

/** Where a target's state lives: in the target (duckdb, clickhouse) or a shared store (postgres). */
export interface StateStore {
  /** Empty state when none exists. A higher `format`: StrataError('config', "target 'T': its state was written by a newer strata (format N, this one reads M); upgrade strata"). A row that does not parse: StrataError('config', ...) naming the table and key, "was the state edited by hand?". */
  read(): Promise<TargetState>;
  /** Exclusive per target. Held by someone else: StrataError('config', "target 'T' is locked by user@host (pid N, strata publish) since ISO; wait for it to finish, or remove a stale lock with ..."). */
  lock(owner: LockOwner): Promise<StateLock>;
  /** Records one step the engine confirmed: its journal entry plus the rows it changes (null removes a row), atomically. */
  record(entry: JournalEntry, tables: Record<string, PublishedTable | null>, jobs: Record<string, PublishedJob | null>): Promise<void>;
  /** Journal entries of one plan id, in step order (a re-run skips steps already recorded). */
  journal(plan: string): Promise<JournalEntry[]>;
  close(): Promise<void>;
}
