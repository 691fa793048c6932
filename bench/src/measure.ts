/** Wall-clock timing of repeated runs. */
export interface Timing {
  /** Median of the measured iterations, in milliseconds. */
  medianMs: number;
  samplesMs: number[];
}

export interface MeasureOptions {
  /** Unmeasured runs first, so JIT compilation and caches settle. */
  warmup?: number;
  iterations?: number;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times timed with `process.hrtime.bigint()`. */
export function measure(fn: () => void, options: MeasureOptions = {}): Timing {
  for (let i = 0; i < (options.warmup ?? 1); i++) fn();
  const samplesMs: number[] = [];
  for (let i = 0; i < Math.max(1, options.iterations ?? 5); i++) {
    const started = process.hrtime.bigint();
    fn();
    samplesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { medianMs: median(samplesMs), samplesMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds since `started` (a `process.hrtime.bigint()` reading). */
export function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}
