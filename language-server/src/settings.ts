import type { Dialect } from '@strata/core';

/**
 * Editor settings the server honours. Clients send the `strata` settings section as
 * `initializationOptions` and again in `workspace/didChangeConfiguration` (`{settings: {strata}}`):
 * `{dialect, strictValidation, lint: {enable}}`, the shape of VS Code's `strata.*` settings.
 */
export interface ServerSettings {
  /** Dialect of a file outside any project that declares none in its front matter. */
  dialect: Dialect;
  /** Also validate each statement with the dialect-exact reference grammar (`strata check --strict`). */
  strictValidation: boolean;
  /** Lint findings as diagnostics. */
  lint: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { dialect: 'spark', strictValidation: false, lint: true };

const DIALECTS: readonly string[] = ['spark', 'hive', 'flink'] satisfies Dialect[];

/** The settings a client sent; a missing or ill-typed value keeps its default. */
export function readSettings(section: unknown): ServerSettings {
  const raw = record(section);
  const dialect = typeof raw.dialect === 'string' && DIALECTS.includes(raw.dialect) ? (raw.dialect as Dialect) : DEFAULT_SETTINGS.dialect;
  const strictValidation = typeof raw.strictValidation === 'boolean' ? raw.strictValidation : DEFAULT_SETTINGS.strictValidation;
  const lintEnable = record(raw.lint).enable;
  return { dialect, strictValidation, lint: typeof lintEnable === 'boolean' ? lintEnable : DEFAULT_SETTINGS.lint };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
