import { StrataError } from '../errors';
import type { ProjectConfig, StateConfig, TargetConfig } from './model';

const ENV_REF = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * A target with its `${env:NAME}` references replaced from `env`. Called only by commands that
 * connect, so a missing secret never stops a load or a check. The message names the variable,
 * never a value.
 */
export function resolveTarget(config: ProjectConfig, name: string = config.defaultTarget, env: Record<string, string | undefined> = {}): TargetConfig {
  const target = config.targets[name];
  if (!target) {
    throw new StrataError('usage', `unknown target '${name}'; use one of: ${Object.keys(config.targets).join(', ')}`);
  }
  const resolve = (key: string, value: unknown) => resolveRefs(`targets.${name}.${key}`, value, env);
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    resolved[key] = key === 'options' && value ? resolveOptions(value as Record<string, unknown>, (k, v) => resolve(`options.${k}`, v)) : resolve(key, value);
  }
  if (typeof resolved.port === 'string') resolved.port = Number(resolved.port);
  return resolved as unknown as TargetConfig;
}

/** The project's `state:` connection with its `${env:NAME}` references replaced, as `resolveTarget` does. */
export function resolveState(state: StateConfig, env: Record<string, string | undefined> = {}): StateConfig {
  const resolved = Object.fromEntries(Object.entries(state).map(([key, value]) => [key, resolveRefs(`state.${key}`, value, env)]));
  if (typeof resolved.port === 'string') resolved.port = Number(resolved.port);
  return resolved as unknown as StateConfig;
}

function resolveRefs(key: string, value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value !== 'string') return value;
  return value.replace(ENV_REF, (_, variable: string) => {
    const found = env[variable];
    if (found === undefined) {
      throw new StrataError('config', `${key}: environment variable '${variable}' is not set; export it before running this command`);
    }
    return found;
  });
}

function resolveOptions(options: Record<string, unknown>, resolve: (key: string, value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, resolve(k, v)]));
}
