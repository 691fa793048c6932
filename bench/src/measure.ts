/** Wall-clock timing of repeated runs. */
export interface Timing {
  /** Median of the measured iterations, in milliseconds per run of `fn`. */
  medianMs: number;
  samplesMs: number[];
}

export interface MeasureOptions {
  /** Unmeasured runs first, so JIT compilation and caches settle. */
  warmup?: number;
  /** Keep warming up until this much time has passed (small inputs need many runs to get hot). */
  minWarmupMs?: number;
  iterations?: number;
  /** Repeat `fn` inside one sample until it lasts this long, so tiny inputs are not timer noise. */
  minSampleMs?: number;
}

/** Runs `fn` unmeasured to warm up, then times `iterations` samples with `process.hrtime.bigint()`. */
export function measure(fn: () => void, options: MeasureOptions = {}): Timing {
  const warmupStarted = process.hrtime.bigint();
  for (let i = 0; i < (options.warmup ?? 1) || elapsedMs(warmupStarted) < (options.minWarmupMs ?? 0); i++) fn();
  const samplesMs: number[] = [];
  for (let i = 0; i < Math.max(1, options.iterations ?? 5); i++) {
    const started = process.hrtime.bigint();
    let runs = 0;
    do {
      fn();
      runs++;
    } while (elapsedMs(started) < (options.minSampleMs ?? 0));
    samplesMs.push(elapsedMs(started) / runs);
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
