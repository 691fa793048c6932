import Check from './commands/check';
import DocsBuild from './commands/docs/build';
import DocsServe from './commands/docs/serve';
import DryRun from './commands/dry-run';
import Format from './commands/format';
import Graph from './commands/graph';
import HooksInstall from './commands/hooks/install';
import HooksUninstall from './commands/hooks/uninstall';
import Init from './commands/init';
import Lineage from './commands/lineage';
import Lint from './commands/lint';
import NewJob from './commands/new/job';
import NewTable from './commands/new/table';
import NewTest from './commands/new/test';
import Plan from './commands/plan';
import Publish from './commands/publish';
import Run from './commands/run';
import Test from './commands/test';

/**
 * Every command by id (oclif's explicit command discovery, see package.json "oclif.commands"):
 * one module to load instead of a folder to scan, so the CLI can ship as one bundled file
 * (`scripts/bundle-cli.js`). A new command is added here.
 */
export const COMMANDS = {
  check: Check,
  'docs:build': DocsBuild,
  'docs:serve': DocsServe,
  'dry-run': DryRun,
  format: Format,
  graph: Graph,
  'hooks:install': HooksInstall,
  'hooks:uninstall': HooksUninstall,
  init: Init,
  lineage: Lineage,
  lint: Lint,
  'new:job': NewJob,
  'new:table': NewTable,
  'new:test': NewTest,
  plan: Plan,
  publish: Publish,
  run: Run,
  test: Test,
};
