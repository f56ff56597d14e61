// The clock reaches the core as a parameter so tests can move time by hand.

export interface Clock {
  /** Monotonic milliseconds, for durations. */
  monotonicMs(): number;
  /** Wall-clock epoch seconds, for timestamps on events and outcomes. */
  epochSeconds(): number;
}

export const systemClock: Clock = {
  monotonicMs: () => performance.now(),
  epochSeconds: () => Date.now() / 1000,
};

/** A clock that only moves when told to. */
export function manualClock(startMs = 0, startEpochS = 1_700_000_000): Clock & { advance(ms: number): void } {
  let ms = startMs;
  return {
    monotonicMs: () => ms,
    epochSeconds: () => startEpochS + ms / 1000,
    advance(delta: number) {
      ms += delta;
    },
  };
}
