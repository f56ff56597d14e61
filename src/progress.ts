// A progress line on stderr for long inputs: only on a terminal, only after the first second.
import type { Clock } from './clock.ts';
import type { ReplayCounters } from './replay.ts';

export interface ProgressOptions {
  enabled: boolean;
  write: (text: string) => void;
  clock: Clock;
  /** Quiet period before the first line, and the gap between updates. */
  delayMs?: number;
  everyMs?: number;
}

export interface Progress {
  /** Cheap to call once per batch; prints only when an update is due. */
  tick(counters: ReplayCounters): void;
  done(counters: ReplayCounters): void;
}

export function createProgress(options: ProgressOptions): Progress {
  const start = options.clock.monotonicMs();
  const delay = options.delayMs ?? 1000;
  const every = options.everyMs ?? 500;
  let next = start + delay;
  let shown = false;
  const line = (c: ReplayCounters, now: number) => {
    const seconds = (now - start) / 1000;
    const rate = seconds > 0 ? Math.round(c.records / seconds) : 0;
    return `\r${c.records.toLocaleString('en-US')} records, ${c.detections.toLocaleString('en-US')} detections, ${rate.toLocaleString('en-US')} records/s`;
  };
  return {
    tick(c) {
      if (!options.enabled) return;
      const now = options.clock.monotonicMs();
      if (now < next) return;
      next = now + every;
      shown = true;
      options.write(line(c, now));
    },
    done(c) {
      if (!options.enabled || !shown) return;
      options.write(`${line(c, options.clock.monotonicMs())}\n`);
    },
  };
}
