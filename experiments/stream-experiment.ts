// A labelled stream replayed through the full loop and scored against its ground truth:
// experiments 3 and 5 and external replay all come through here.
import { replay, newCounters, type ReplayStep } from '../src/replay.ts';
import { createScorer, type Score } from '../src/score.ts';
import { baselineState } from '../simulator/infra-state.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import type { RecordSink } from '../metrics/recorder.ts';
import type { GroundTruthEntry, StreamRecord } from '../src/types.ts';

export interface StreamExperimentOptions {
  records: AsyncIterable<StreamRecord | readonly StreamRecord[]>;
  groundTruth: readonly GroundTruthEntry[];
  /** Fixed healthy count (the original's figures), or null to count non-failure records. */
  healthyCount: number | null;
  dryRun?: boolean;
  sink?: RecordSink;
  clock?: Clock;
  onStep?: (step: ReplayStep) => void;
}

export interface StreamExperimentResult extends Score {
  records: number;
}

export async function runStreamExperiment(options: StreamExperimentOptions): Promise<StreamExperimentResult> {
  const counters = newCounters();
  const expectedIndices = new Set(options.groundTruth.map((g) => g.index));
  const fixed = options.healthyCount;
  const scorer = createScorer(options.groundTruth, () => fixed ?? counters.records - expectedIndices.size);
  const steps = replay(options.records, {
    heal: true,
    state: baselineState(),
    dryRun: options.dryRun ?? false,
    clock: options.clock ?? systemClock,
    counters,
  });
  for await (const step of steps) {
    if (step.outcome) options.sink?.recordOutcome(step.outcome);
    options.sink?.recordDetection(step.event.failure_type, step.detect_ms, step.index);
    scorer.add(step);
    options.onStep?.(step);
  }
  return { ...scorer.result(), records: counters.records };
}

