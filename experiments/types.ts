import type { Clock } from '../src/clock.ts';
import type { RecordSink } from '../src/record-sink.ts';
import type { HealerOptions } from '../agents/healer.ts';
import type { Judge } from '../simulator/health.ts';
import type { BreakState } from '../src/replay.ts';
import type { LogRecord } from '../src/types.ts';
import type { GuardPolicy } from '../skills/guard-skills.ts';

export type Verdict = 'PASS' | 'FAIL';

/**
 * The loop's parts an experiment can be run with instead of the defaults: how faults are
 * injected on purpose to show that each bar fails when the loop is wrong.
 */
export interface LoopParts {
  /** Healer parts: action registry, decision lookup, verifier table, timeouts. */
  healer?: Omit<HealerOptions, 'clock' | 'dryRun'>;
  /** The watchers' classification of one record; default: the watcher and K8s signal skills. */
  classify?: (record: LogRecord) => string | null;
  /** How an injected failure breaks the state; default: the simulator's presets. */
  breakState?: BreakState;
  /** Whether the state is healthy after a heal; default: the simulator's health model. */
  judge?: Judge;
  /** The guard policy a storm scenario runs with, given the one it would use (experiment 7). */
  guardPolicy?: (policy: GuardPolicy, scenario: string) => GuardPolicy;
  /** The owner a detection is keyed by (experiment 7); default: its target, else its service. */
  ownerOf?: (record: LogRecord, target: string | null) => string;
}

export interface ExperimentOptions extends LoopParts {
  dataDir?: string;
  sink?: RecordSink;
  clock?: Clock;
}

/** One scenario row of experiments 1, 2 and 4. */
export interface ScenarioRow {
  failure_type: string;
  result: Verdict;
  detect_ms: number | null;
  decide_ms?: number;
  act_ms?: number;
  mttr_ms?: number;
  detected_as?: string;
  /** Why the row failed, in a few words. */
  error?: string;
}
