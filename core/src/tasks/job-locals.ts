import { databaseAfter } from '../analysis/table-names';
import type { Property, QualifiedName, Script } from '../sql/ast';

/** The option naming what a connector table stands for outside the job. */
const IDENTITY_OPTION: Record<string, string> = {
  kafka: 'topic',
  'upsert-kafka': 'topic',
  jdbc: 'table-name',
  hbase: 'table-name',
  elasticsearch: 'index',
  filesystem: 'path',
};

/**
 * How a job's temporary objects appear in the project graph. A Flink temporary table over a
 * connector stands for something shared (a Kafka topic, a JDBC table): it becomes
 * `<connector>.<topic|table>` so that a job writing a topic links to the jobs reading it. Temporary
 * views and connector tables without an identity (datagen, print) stay job-local: `undefined`.
 * So does scratch: a permanent table or view the job creates and later drops or renames away (named
 * as lineage names it, in the database of the `USE` before it).
 */
export function jobLocalNames(script: Script): Map<string, string | undefined> {
  const names = new Map<string, string | undefined>();
  const created = new Set<string>();
  let database: string | undefined;
  const named = (ref: QualifiedName) => {
    const name = ref.parts.map((p) => p.name.toLowerCase()).join('.');
    return database && ref.parts.length === 1 ? `${database}.${name}` : name;
  };
  for (const s of script.statements) {
    if (s.kind === 'UseStatement') database = databaseAfter(s);
    if ((s.kind === 'CreateTable' || s.kind === 'CreateView') && s.temporary) {
      const name = s.name.parts.map((p) => p.name.toLowerCase()).join('.');
      names.set(name, s.kind === 'CreateTable' ? externalName(s.withOptions) : undefined);
    } else if (s.kind === 'CreateTable' || s.kind === 'CreateView') created.add(named(s.name));
    else if (s.kind === 'DropStatement' && s.name && created.has(named(s.name))) names.set(named(s.name), undefined);
    else if (s.kind === 'AlterTable' && s.action === 'RENAME' && s.newName && created.has(named(s.name))) {
      // Renamed away (build-then-swap): the old name is gone when the job ends; the new one may be dropped later.
      names.set(named(s.name), undefined);
      created.add(named(s.newName));
    }
  }
  return names;
}

function externalName(options: Property[]): string | undefined {
  const get = (key: string) => options.find((o) => o.key.toLowerCase() === key)?.value;
  const connector = get('connector')?.toLowerCase();
  const option = connector ? IDENTITY_OPTION[connector] : undefined;
  const identity = option ? get(option) : undefined;
  if (!connector || !identity) return undefined;
  const system = connector === 'upsert-kafka' ? 'kafka' : connector;
  return `${system}.${identity.toLowerCase()}`;
}
