import { Flags } from '@oclif/core';

/** Flags shared by every command that works on a project. */
export const projectFlags = {
  project: Flags.directory({
    char: 'p',
    description: 'Project folder (default: the nearest ancestor holding strata.yaml).',
    exists: true,
  }),
  var: Flags.string({
    description: 'Set a variable, e.g. --var date=2026-11-25 (repeatable).',
    multiple: true,
    // One value per --var, so that arguments after it stay arguments.
    multipleNonGreedy: true,
  }),
};

export const dialectFlag = Flags.option({
  options: ['spark', 'hive', 'flink'] as const,
  description: 'SQL dialect of standalone files (default: the file\'s front matter `dialect`, flink for `type: streaming`, else spark).',
})();

/** `--no-cache`: neither read nor write the analysis cache under .strata/cache/. */
export const cacheFlag = Flags.boolean({
  description: 'Use the analysis cache under .strata/cache/ (unchanged files are not parsed again); --no-cache neither reads nor writes it.',
  default: true,
  allowNo: true,
});
