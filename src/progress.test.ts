import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';
import { manualClock } from './clock.ts';

const counters = (records: number) => ({ records, detections: records / 10, rejected: 0 });

describe('progress line', () => {
  it('stays silent during the first second', () => {
    const clock = manualClock();
    const written: string[] = [];
    const progress = createProgress({ enabled: true, write: (t) => written.push(t), clock });
    clock.advance(900);
    progress.tick(counters(1000));
    progress.done(counters(1000));
    expect(written).toEqual([]);
  });

  it('shows records and records per second once a run takes longer, then ends the line', () => {
    const clock = manualClock();
    const written: string[] = [];
    const progress = createProgress({ enabled: true, write: (t) => written.push(t), clock });
    clock.advance(2000);
    progress.tick(counters(500_000));
    clock.advance(100);
    progress.tick(counters(510_000));
    clock.advance(1000);
    progress.done(counters(1_000_000));
    expect(written[0]).toBe('\r500,000 records, 50,000 detections, 250,000 records/s');
    expect(written).toHaveLength(2);
    expect(written[1]).toMatch(/^\r1,000,000 records, .* records\/s\n$/);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const clock = manualClock();
    const written: string[] = [];
    const progress = createProgress({ enabled: false, write: (t) => written.push(t), clock });
    clock.advance(5000);
    progress.tick(counters(10));
    progress.done(counters(10));
    expect(written).toEqual([]);
  });
});
