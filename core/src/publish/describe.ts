import type { Change } from './plan-types';

/** One line naming a change, as plan output and refusals show it: `dwd.x: column os removed (possibly renamed to os_name)`. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'create-table':
      return `${change.table}: new table (${change.columns.length} column${change.columns.length === 1 ? '' : 's'})`;
    case 'add-columns':
      return `${change.table}: ${change.columns.map((c) => `${c.name} ${c.type}`).join(', ')} added`;
    case 'drop-column':
      return `${change.table}: column ${change.column} removed${change.possiblyRenamedTo ? ` (possibly renamed to ${change.possiblyRenamedTo})` : ''}`;
    case 'retype-column':
      return `${change.table}: column ${change.column} retyped ${change.from} -> ${change.to} (${change.direction})`;
    case 'repartition':
      return `${change.table}: partitioning changed (${change.from.join(', ') || 'none'}) -> (${change.to.join(', ') || 'none'}); rebuilding it drops its data`;
    case 'drop-table':
      return `${change.table}: no longer in the project; dropping it drops its data`;
    case 'add-job':
      return `${change.job}: new job`;
    case 'change-job':
      return `${change.job}: job changed`;
    case 'remove-job':
      return `${change.job}: job no longer in the project`;
  }
}
