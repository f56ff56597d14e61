// The closing line: the agent's measured time to repair beside the human baseline, which is
// a fixed estimate (no human was timed) and says so.
export const HUMAN_BASELINE_MTTR_MINUTES = 8;

/** The median and maximum of the samples; both 0 when there are none. */
export function medianAndMax(samples: readonly number[]): { median: number; max: number } {
  if (samples.length === 0) return { median: 0, max: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, max: sorted[sorted.length - 1] as number };
}

export function describeBaseline(samples: readonly number[]): string {
  const { median, max } = medianAndMax(samples);
  return (
    `Human baseline MTTR: ~${HUMAN_BASELINE_MTTR_MINUTES} min (estimate)     ` +
    `Agent MTTR: median ${median.toFixed(2)}ms, max ${max.toFixed(2)}ms (measured, ${samples.length} heals)`
  );
}
