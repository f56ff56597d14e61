// A labelled stream replayed through the full loop and scored against its ground truth:
// experiments 3, 5 and 6 and external replay all come through here. Each detection breaks
// the simulated state the way its failure would, the healer acts, and the simulator's judge
// decides whether the heal held.
import { replay, newCounters, type ReplayStep } from '../src/replay.ts';
import { createScorer, type Score, type Scorer } from '../src/score.ts';
import { baselineState } from '../simulator/infra-state.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { recordStep, type RecordSink } from '../src/record-sink.ts';
import type { GroundTruthEntry, StreamRecord } from '../src/types.ts';
import { join } from 'node:path';
import { groundTruthEntry, loadGroundTruth } from '../src/ground-truth.ts';
import { streamFile } from './dataset-records.ts';
import { DEFAULT_DATA_DIR } from './paths.ts';
import type { ExperimentOptions, LoopParts } from './types.ts';
import type { Guard } from '../src/guard.ts';
import { Fleet } from '../src/fleet.ts';

const fleetStates = (fleet: Fleet) => (target: string) => fleet.stateFor(target);

export interface StreamExperimentOptions extends LoopParts {
  records: AsyncIterable<StreamRecord | readonly StreamRecord[]>;
  /** A ground-truth list, or 'labels' to read each record's own label as it streams past. */
  groundTruth: readonly GroundTruthEntry[] | 'labels';
  /** Fixed healthy count (the original's figures), or null to count non-failure records. */
  healthyCount: number | null;
  dryRun?: boolean;
  sink?: RecordSink;
  clock?: Clock;
  /** Called after each step is scored; a promise returned holds the loop (output backpressure). */
  onStep?: (step: ReplayStep) => void | Promise<void>;
  /**
   * Keep every heal's time in `mttr_samples_ms` (default true: the seeded experiments report
   * the median and maximum); a stream of unbounded length passes false and keeps the mean only.
   */
  mttrSamples?: boolean;
  /** The records' file, named in errors about their labels (default "<records>"). */
  source?: string;
  /** Run with this guard, against one simulated state per target (src/fleet.ts). */
  guard?: Guard;
}

export interface StreamExperimentResult extends Score {
  records: number;
}

// Passes the records on unchanged, telling the scorer about each labelled failure first, so
// labels cost no second pass over the input.
// Each record is shown to the scorer as well, so it can group expected failures into incidents.
async function* expectLabelled(
  records: AsyncIterable<StreamRecord | readonly StreamRecord[]>,
  source: string | null,
  scorer: Scorer,
): AsyncGenerator<StreamRecord | readonly StreamRecord[]> {
  for await (const item of records) {
    for (const one of Array.isArray(item) ? (item as readonly StreamRecord[]) : [item as StreamRecord]) {
      if (source !== null) {
        const entry = groundTruthEntry(one.index, one.record, source);
        if (entry) scorer.expect(entry);
      }
      scorer.see(one.index, one.record);
    }
    yield item;
  }
}

export async function runStreamExperiment(options: StreamExperimentOptions): Promise<StreamExperimentResult> {
  const counters = newCounters();
  const fromLabels = options.groundTruth === 'labels';
  const fixed = options.healthyCount;
  const scorer = createScorer(
    fromLabels ? [] : (options.groundTruth as readonly GroundTruthEntry[]),
    (failures) => fixed ?? counters.records - failures,
    { mttrSamples: options.mttrSamples ?? true },
  );
  const records = expectLabelled(options.records, fromLabels ? (options.source ?? '<records>') : null, scorer);
  const steps = replay(records, {
    heal: true,
    ...(options.guard ? { guard: options.guard, stateFor: fleetStates(new Fleet()) } : { state: baselineState() }),
    dryRun: options.dryRun ?? false,
    clock: options.clock ?? systemClock,
    counters,
    ...(options.healer ? { healer: options.healer } : {}),
    ...(options.classify ? { classify: options.classify } : {}),
    ...(options.breakState ? { breakState: options.breakState } : {}),
    ...(options.judge ? { judge: options.judge } : {}),
  });
  for await (const step of steps) {
    recordStep(options.sink, { failureType: step.event.failure_type, detectMs: step.detect_ms, streamIndex: step.index, outcome: step.outcome });
    scorer.add(step);
    const held = options.onStep?.(step);
    if (held) await held;
  }
  return { ...scorer.result(), records: counters.records };
}


/** A seeded dataset and its ground-truth file in the data directory, scored with a fixed healthy count. */
export async function runSeededStream(
  records: string,
  groundTruth: string,
  healthyCount: number,
  options: ExperimentOptions,
): Promise<StreamExperimentResult> {
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  return runStreamExperiment({
    ...options,
    records: streamFile(join(dir, records)),
    groundTruth: await loadGroundTruth(join(dir, groundTruth)),
    healthyCount,
  });
}
