// External replay: a normalized capture (a lab run, a redacted corpus) through the full loop,
// scored against its ground truth, which comes from a file or from the records' own labels.
import { openRecordBatches } from '../src/record-reader.ts';
import { loadGroundTruth } from '../src/ground-truth.ts';
import { InputError } from '../src/errors.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { recordExperiment } from '../metrics/recorder.ts';
import type { RecordSink } from '../src/record-sink.ts';
import type { GroundTruthEntry, StreamRecord } from '../src/types.ts';
import type { Score } from '../src/score.ts';
import { runStreamExperiment } from './stream-experiment.ts';
import type { LoopParts } from './types.ts';
import { DECISIONS, type DecisionKind, type Guard } from '../src/guard.ts';
import { traceLine, type TraceWriter } from '../src/trace.ts';
import type { ReplayStep } from '../src/replay.ts';

export const EXTERNAL_EXPERIMENT = 'experiment_external';

export interface ExternalReplayOptions {
  /** Records as a JSON array (normalize's --out-records) or JSON Lines. */
  data: string;
  /** The largest record read, in bytes (the reader's default when absent). */
  maxRecordBytes?: number | undefined;
  /** Ground-truth file; absent means every record whose labels.reason is a failure class. */
  groundTruth?: string | undefined;
  dryRun?: boolean;
  sink?: RecordSink;
  clock?: Clock;
  /** Parts of the loop to run instead of the defaults (how faults are injected). */
  parts?: LoopParts;
  /**
   * Each detection as it happens (`replay --detections`); a promise returned holds the loop.
   * The summary never lists them: a million detections would make it a gigabyte.
   */
  onDetection?: (detection: DetectionLine) => void | Promise<void>;
  /** Run with this guard (one decision per detection, one state per target). */
  guard?: Guard;
  /** Where each decision goes (with a guard); its digest is the summary's trace_sha256. */
  trace?: TraceWriter;
}

/** With a guard: incidents, actions and decisions by kind, and the trace's digest. */
export interface GuardTotals {
  incidents: number;
  actions: number;
  decisions: Record<DecisionKind, number>;
  trace_sha256: string;
}

/** One detection, as `replay --detections` prints it. */
export interface DetectionLine {
  index: number;
  failure_type: string;
  detect_ms: number;
}

/** The original's summary keys, then the per-class figures; score fields come from the scorer. */
export type ExternalReplaySummary = Pick<
  Score,
  | 'detected'
  | 'total_failures'
  | 'false_positives'
  | 'healthy_count'
  | 'resolved'
  | 'verified_unhealthy'
  | 'first_unhealthy'
  | 'avg_mttr_ms'
> & {
  /** Incidents in the ground truth, detected, actions per incident, repeated, false, escalated. */
  incidents: Score['incidents'];
  data_path: string;
  ground_truth_source: 'file' | 'labels';
  ground_truth_path: string | null;
  dry_run: boolean;
} & Pick<Score, 'per_class' | 'confusion'> & { guards?: GuardTotals };

/** Inputs read and checked before anything is written. */
interface PreparedReplay {
  fromFile: boolean;
  /** A file's entries, or 'labels' to read them off the records as they stream. */
  groundTruth: GroundTruthEntry[] | 'labels';
  records: AsyncIterable<StreamRecord[]>;
}

async function prepare(options: ExternalReplayOptions): Promise<PreparedReplay> {
  const fromFile = options.groundTruth !== undefined;
  const groundTruth = fromFile ? await loadGroundTruth(options.groundTruth as string) : 'labels';
  return { fromFile, groundTruth, records: await openRecordBatches(options.data, options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}) };
}

export async function runExternalReplay(options: ExternalReplayOptions): Promise<ExternalReplaySummary> {
  return replayPrepared(await prepare(options), options);
}

async function replayPrepared(
  { fromFile, groundTruth, records }: PreparedReplay,
  options: ExternalReplayOptions,
): Promise<ExternalReplaySummary> {
  const onDetection = options.onDetection;
  const decisions = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<DecisionKind, number>;
  const onStep = async (step: ReplayStep) => {
    const line = traceLine(step);
    if (line) {
      decisions[line.decision as DecisionKind] += 1;
      await options.trace?.add(line);
    }
    if (onDetection) await onDetection({ index: step.index, failure_type: step.event.failure_type, detect_ms: step.detect_ms });
  };
  const result = await runStreamExperiment({
    ...options.parts,
    records,
    groundTruth,
    healthyCount: null,
    source: options.data,
    // Only the mean heal time is reported, so no per-heal samples are kept.
    mttrSamples: false,
    ...(onDetection || options.guard ? { onStep } : {}),
    ...(options.guard ? { guard: options.guard } : {}),
    ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}),
    ...(options.sink ? { sink: options.sink } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // An entry past the end would count as a missed failure; it means the pair does not belong together.
  const stray = groundTruth === 'labels' ? -1 : groundTruth.findIndex((g) => g.index >= result.records);
  if (stray !== -1 && groundTruth !== 'labels') {
    throw new InputError(
      options.groundTruth as string,
      `entry ${stray}`,
      `index ${groundTruth[stray]?.index} is past the last record of ${options.data} (${result.records} records)`,
    );
  }
  return {
    detected: result.detected,
    total_failures: result.total_failures,
    false_positives: result.false_positives,
    healthy_count: result.healthy_count,
    resolved: result.resolved,
    verified_unhealthy: result.verified_unhealthy,
    first_unhealthy: result.first_unhealthy,
    avg_mttr_ms: result.avg_mttr_ms,
    incidents: result.incidents,
    data_path: options.data,
    ground_truth_source: fromFile ? 'file' : 'labels',
    ground_truth_path: fromFile ? (options.groundTruth as string) : null,
    dry_run: options.dryRun ?? false,
    per_class: result.per_class,
    confusion: result.confusion,
    ...(options.guard
      ? {
          guards: {
            incidents: options.guard.incidents,
            actions: decisions.act,
            decisions,
            trace_sha256: options.trace ? await options.trace.commit() : '',
          },
        }
      : {}),
  };
}

/**
 * The same replay with its detections and outcomes written under experiment_external,
 * replacing the previous run's rows, in one transaction: a run that fails leaves the
 * database as it was.
 */
export async function recordExternalReplay(
  dbPath: string,
  options: Omit<ExternalReplayOptions, 'sink'>,
): Promise<ExternalReplaySummary> {
  const clock = options.clock ?? systemClock;
  // Inputs that cannot be read fail here, before the database is created or touched.
  const prepared = await prepare(options);
  const meta = JSON.stringify({
    data: options.data,
    ground_truth: options.groundTruth ?? null,
    dry_run: options.dryRun ?? false,
  });
  return recordExperiment(dbPath, EXTERNAL_EXPERIMENT, { clock, meta }, (sink) => replayPrepared(prepared, { ...options, clock, sink }));
}
