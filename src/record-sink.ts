// Where the loop's rows go, and which rows one step of it writes. The replay's callers (the
// stream experiment, lab-run, the scenario loop) write through here; metrics/recorder.ts is
// the sink that turns them into SQL.
import type { Outcome } from './types.ts';

/** Where an experiment's rows go; experiments take this interface, not the database. */
export interface RecordSink {
  recordDetection(failureType: string, detectMs: number, streamIndex: number | null, target?: string | null): void;
  recordOutcome(outcome: Outcome): void;
}

/** The rows of one step: a detection, and the outcome of healing it when there was one. */
export interface StepRows {
  failureType: string;
  detectMs: number;
  /** The record's place in the stream; null where the step has none (a scenario). */
  streamIndex: number | null;
  /** `namespace/Kind/name` of what the record is about, when known. */
  target?: string | null;
  outcome?: Outcome | null | undefined;
}

/** Writes a step's rows to `sink` (nothing without one): the outcome first, then the detection. */
export function recordStep(sink: RecordSink | null | undefined, rows: StepRows): void {
  if (!sink) return;
  if (rows.outcome) sink.recordOutcome(rows.outcome);
  sink.recordDetection(rows.failureType, rows.detectMs, rows.streamIndex, rows.target ?? null);
}
