/** Where features report their failures (the connection's log). */
export type Log = (message: string) => void;

/**
 * Wraps a feature so that a failure is logged and answered with an empty result: one bad
 * document or request must never take the server down.
 */
export function safely<A extends unknown[], R>(name: string, log: Log, empty: () => R, feature: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return feature(...args);
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty();
    }
  };
}
