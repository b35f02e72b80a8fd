/** Summaries of timing samples, as every benchmark prints them. */

export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
  /** Samples over the 60 Hz frame budget (16.7 ms, see overBudget); meaningful for frame and keystroke times. */
  overFrame: number;
}

export const FRAME_MS = 1000 / 60;

/**
 * Frame intervals come in whole vsyncs with timer jitter around them (an on-time frame reads 16.6-16.8 ms, a
 * missed one 33.3): a sample counts as over the frame budget past 16.7 ms plus 1 ms of jitter.
 */
export const OVER_FRAME_MS = FRAME_MS + 1;

/** The sample at quantile q (0..1) of an ascending list: the nearest-rank method, so it is always a real sample. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    overFrame: sorted.filter((sample) => sample > OVER_FRAME_MS).length,
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** "median 12.3 ms, p95 20.1 ms, max 31.0 ms (n=40)", plus frames over budget when asked. */
export function describe(summary: Summary, { frames = false } = {}): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const base = `median ${ms(summary.median)}, p95 ${ms(summary.p95)}, max ${ms(summary.max)} (n=${summary.count})`;
  return frames ? `${base}, ${summary.overFrame} over ${FRAME_MS.toFixed(1)} ms` : base;
}

export const MIB = 2 ** 20;

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
