import type { Clock } from '../src/clock.ts';
import type { RecordSink } from '../metrics/recorder.ts';
import type { Verifier } from '../skills/healer-skills.ts';

export type Verdict = 'PASS' | 'FAIL';

export interface ExperimentOptions {
  dataDir?: string;
  sink?: RecordSink;
  clock?: Clock;
}

/** Experiments 2 and 4 assert the healed state with these (the skills' post-heal verifiers). */
export type Assertions = Readonly<Record<string, Verifier>>;

/** One scenario row of experiments 1, 2 and 4. */
export interface ScenarioRow {
  failure_type: string;
  result: Verdict;
  detect_ms: number | null;
  decide_ms?: number;
  act_ms?: number;
  mttr_ms?: number;
  detected_as?: string;
  error?: string;
}
