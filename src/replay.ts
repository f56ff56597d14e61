// The one replay loop: every path that streams records through GHOST (experiments 3 and 5,
// external replay, observe, lab-run) runs records through this function.
import { healEvent, type HealerOptions } from '../agents/healer.ts';
import { classifySignalRecord } from '../agents/k8s-watcher.ts';
import { buildEvent, classifyLogRecord } from '../agents/watcher.ts';
import { EventBus, EventValidationError } from '../blackboard/event-bus.ts';
import { isSignalObject } from '../skills/k8s-signal-skills.ts';
import { severityIsWatched } from '../skills/watcher-skills.ts';
import { applyFailurePreset, type InfraState } from '../simulator/infra-state.ts';
import { judgeHealth, type Judge } from '../simulator/health.ts';
import { isFailureType, type FailureType } from '../skills/failure-types.ts';
import { systemClock, type Clock } from './clock.ts';
import { parseEventTime } from './formats/event-time.ts';
import type { Guard, GuardDecision } from './guard.ts';
import { labelsOf, ownerOf } from './incidents.ts';
import type { FailureEvent, LogRecord, Outcome, StreamRecord } from './types.ts';

/** One detection, and the heal that followed it when the loop heals. */
export interface ReplayStep {
  index: number;
  record: LogRecord;
  event: FailureEvent;
  detect_ms: number;
  outcome: Outcome | null;
  /** detect + decide + act; null when the loop only watches. */
  mttr_ms: number | null;
  /** The judge's verdict on the state after the heal; null when the loop only watches. */
  health: HealthVerdict | null;
  /** When the record says it happened (its `timestamp`), epoch seconds; null when it does not say. */
  event_time?: number | null;
  /** Where it happened, `namespace/Kind/name`, when the record names it. */
  target?: string | null;
  /** The guard's decision, when the loop runs with one (outcome is null unless it acted or rehearsed). */
  decision?: GuardDecision;
}

export interface HealthVerdict {
  healthy: boolean;
  /** What the judge found wrong; null when healthy. */
  problem: string | null;
}

/** Puts the state into a failure's broken condition before the heal (the simulator's presets). */
export type BreakState = (state: InfraState, failureType: FailureType) => void;

/** Running totals the loop keeps up to date, readable while it runs (progress lines). */
export interface ReplayCounters {
  records: number;
  detections: number;
  rejected: number;
}

export interface ReplayOptions {
  /** Heal each detection against `state`; false runs the watchers only. */
  heal: boolean;
  state?: InfraState;
  /** One state per target (a fleet), instead of the single `state`. */
  stateFor?: (target: string) => InfraState;
  /** Decides, per detection, whether the healer's action runs (src/guard.ts); absent: every detection heals. */
  guard?: Guard;
  /** The owner a detection is keyed and healed by; default: its target, else its service. */
  ownerOf?: (record: LogRecord, target: string | null) => string;
  dryRun?: boolean;
  clock?: Clock;
  healer?: Omit<HealerOptions, 'clock' | 'dryRun'>;
  counters?: ReplayCounters;
  /** How a detected failure breaks the state before the heal; default: the simulator's presets. */
  breakState?: BreakState;
  /** Judges the state after each heal; default: the simulator's health model. */
  judge?: Judge;
  /** The watchers' classification; default: the log and K8s watchers' skills. */
  classify?: (record: LogRecord) => string | null;
  /** Called after each input batch: progress lines hook in here. */
  onBatch?: (counters: ReplayCounters) => void;
  /** An event the bus refused; the stream goes on. Without a handler the error is thrown. */
  onRejected?: (index: number, error: EventValidationError) => void;
}

export function newCounters(): ReplayCounters {
  return { records: 0, detections: 0, rejected: 0 };
}

/** Route a record to the watcher that reads it: a `signal` object means the K8s watcher. */
export function classifyRecord(record: LogRecord): string | null {
  return isSignalObject(record.signal) ? classifySignalRecord(record) : classifyLogRecord(record);
}

type Source = AsyncIterable<StreamRecord | readonly StreamRecord[]> | Iterable<StreamRecord>;

/** Stream records through watcher -> bus -> healer, yielding one step per detection. */
export async function* replay(source: Source, options: ReplayOptions): AsyncGenerator<ReplayStep> {
  const clock = options.clock ?? systemClock;
  const counters = options.counters ?? newCounters();
  const bus = new EventBus();
  const healerOptions: HealerOptions = { ...options.healer, clock, dryRun: options.dryRun ?? false };
  if (options.heal && !options.state && !options.stateFor) throw new Error('replay: heal needs a state');
  const breakState = options.breakState ?? applyFailurePreset;
  const judge = options.judge ?? judgeHealth;
  const classify = options.classify ?? classifyRecord;

  // Classification is synchronous and most records match nothing, so only a detection pays
  // for the async hand-off through the bus and the healer.
  async function handle(item: StreamRecord, failureType: string, t0: number): Promise<ReplayStep | null> {
    try {
      await bus.publish(buildEvent(item.record, failureType, item.index, clock));
    } catch (err) {
      if (!(err instanceof EventValidationError) || !options.onRejected) throw err;
      counters.rejected += 1;
      options.onRejected(item.index, err);
      return null;
    }
    const detectMs = clock.monotonicMs() - t0;
    counters.detections += 1;
    const event = await bus.consume();
    const where = { event_time: parseEventTime(item.record.timestamp) ?? null, target: typeof item.record.target === 'string' ? item.record.target : null };
    if (!options.heal) {
      return { index: item.index, record: item.record, event, detect_ms: detectMs, outcome: null, mttr_ms: null, health: null, ...where };
    }
    const owner = (options.ownerOf ?? ownerOf)(item.record, where.target);
    const state = options.stateFor ? options.stateFor(owner) : (options.state as InfraState);
    if (options.guard) return guarded(item, event, detectMs, where, owner, state, options.guard);
    // Break first, as the failure would have: a heal is only proven on a broken state. A dry
    // run changes nothing, so the state the judge sees is the one it started from.
    if (!healerOptions.dryRun && isFailureType(event.failure_type)) breakState(state, event.failure_type);
    const outcome = await healEvent(event, state, healerOptions);
    const mttrMs = detectMs + outcome.decide_ms + outcome.act_ms;
    const problem = judge(state);
    const health = { healthy: problem === null, problem };
    return { index: item.index, record: item.record, event, detect_ms: detectMs, outcome, mttr_ms: mttrMs, health, ...where };
  }

  // The guard's decision comes between the healer's decision and the action: the failure
  // breaks the target's state whatever the guard says; only `act` (or a `rehearse` dry run)
  // lets the healer run.
  async function guarded(
    item: StreamRecord,
    event: FailureEvent,
    detectMs: number,
    where: { event_time: number | null; target: string | null },
    owner: string,
    state: InfraState,
    guard: Guard,
  ): Promise<ReplayStep> {
    const decision = guard.decide({
      stream_index: item.index,
      event_time: where.event_time,
      failure_type: event.failure_type,
      target: owner,
      labels: labelsOf(item.record, owner),
    });
    const step: ReplayStep = { index: item.index, record: item.record, event, detect_ms: detectMs, outcome: null, mttr_ms: null, health: null, ...where, decision };
    // A joined detection is the same failure the incident's state already shows: breaking it
    // again would undo a heal over lines that were on their way before it.
    const joined = decision.decision === 'joined';
    if (!joined && !healerOptions.dryRun && isFailureType(event.failure_type)) breakState(state, event.failure_type);
    if (decision.decision !== 'act' && decision.decision !== 'rehearse') return step;
    const rehearse = decision.decision === 'rehearse';
    const outcome = await healEvent(event, state, rehearse ? { ...healerOptions, dryRun: true } : healerOptions);
    const problem = judge(state);
    return { ...step, outcome, mttr_ms: detectMs + outcome.decide_ms + outcome.act_ms, health: { healthy: problem === null, problem } };
  }

  for await (const item of source as AsyncIterable<StreamRecord | readonly StreamRecord[]>) {
    const batch: readonly StreamRecord[] = Array.isArray(item) ? item : [item as StreamRecord];
    for (const one of batch) {
      counters.records += 1;
      // Most records are below the watched severities: skip them before reading the clock.
      if (!severityIsWatched(one.record.severity)) continue;
      const t0 = clock.monotonicMs();
      const failureType = classify(one.record);
      if (failureType === null) continue;
      const result = await handle(one, failureType, t0);
      if (result) yield result;
    }
    options.onBatch?.(counters);
  }
}
