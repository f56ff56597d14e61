import { describe, expect, it } from 'vitest';
import { recordStep, type RecordSink } from './record-sink.ts';
import type { Outcome } from './types.ts';

function memorySink(): RecordSink & { rows: unknown[][] } {
  const rows: unknown[][] = [];
  return {
    rows,
    recordDetection: (...args) => void rows.push(['detection', ...args]),
    recordOutcome: (outcome) => void rows.push(['outcome', outcome.failure_type]),
  };
}

const outcome = { failure_type: 'OOMKilled' } as Outcome;

describe('recordStep', () => {
  it('writes the outcome first, then the detection with its index and target', () => {
    const sink = memorySink();
    recordStep(sink, { failureType: 'OOMKilled', detectMs: 2, streamIndex: 7, target: 'ns/Pod/a', outcome });
    expect(sink.rows).toEqual([
      ['outcome', 'OOMKilled'],
      ['detection', 'OOMKilled', 2, 7, 'ns/Pod/a'],
    ]);
  });

  it('writes only the detection of a step that was not healed, with no target as null', () => {
    const sink = memorySink();
    recordStep(sink, { failureType: 'PodDown', detectMs: 1, streamIndex: null, outcome: null });
    expect(sink.rows).toEqual([['detection', 'PodDown', 1, null, null]]);
  });

  it('writes nothing without a sink', () => {
    expect(() => recordStep(undefined, { failureType: 'PodDown', detectMs: 1, streamIndex: 0 })).not.toThrow();
  });
});
