// The per-scenario full loop shared by experiments 2 and 4: fresh infra for each scenario,
// one detection, one heal, then the skills' verifier must hold on the healed state.
import { healOnce } from '../agents/healer.ts';
import { EventBus } from '../blackboard/event-bus.ts';
import { baselineState, applyFailurePreset } from '../simulator/infra-state.ts';
import { labelOf } from '../src/ground-truth.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import type { LogRecord, StreamRecord } from '../src/types.ts';
import type { Assertions, ExperimentOptions, ScenarioRow } from './types.ts';

type Analyze = (record: LogRecord, bus: EventBus, streamIndex: number | null, clock: Clock) => Promise<number | null>;

export interface ScenarioLoopOptions extends ExperimentOptions {
  analyze: Analyze;
  /** Start each scenario from the broken state its label describes (the K8s presets). */
  applyPreset: boolean;
}

export async function runScenarios(
  records: readonly StreamRecord[],
  assertions: Assertions,
  options: ScenarioLoopOptions,
): Promise<ScenarioRow[]> {
  const clock = options.clock ?? systemClock;
  const rows: ScenarioRow[] = [];
  for (const { record } of records) {
    const reason = labelOf(record) ?? 'unknown';
    const infra = baselineState();
    if (options.applyPreset) applyFailurePreset(infra, reason);
    const bus = new EventBus();
    const seconds = await options.analyze(record, bus, null, clock);
    if (seconds === null) {
      rows.push({ failure_type: reason, result: 'FAIL', detect_ms: null, error: 'not_detected' });
      continue;
    }
    const detectMs = seconds * 1000;
    const outcome = await healOnce(bus, infra, { clock });
    options.sink?.recordOutcome(outcome);
    options.sink?.recordDetection(outcome.failure_type, detectMs, null);
    const assertion = Object.hasOwn(assertions, reason) ? assertions[reason] : undefined;
    const passed = assertion !== undefined && assertion(infra) && outcome.success;
    rows.push({
      failure_type: reason,
      result: passed ? 'PASS' : 'FAIL',
      detect_ms: detectMs,
      decide_ms: outcome.decide_ms,
      act_ms: outcome.act_ms,
      mttr_ms: detectMs + outcome.decide_ms + outcome.act_ms,
    });
  }
  return rows;
}
