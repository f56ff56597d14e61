// The per-scenario full loop shared by experiments 2 and 4: fresh infra for each scenario,
// broken the way the scenario's failure breaks it, one detection, one heal, then the
// simulator's judge decides whether the service is healthy again. The healer's own
// verification is reported beside it, never trusted instead of it.
import { healOnce } from '../agents/healer.ts';
import { publishIfDetected, type RecordClassifier } from '../agents/watcher.ts';
import { EventBus } from '../blackboard/event-bus.ts';
import { baselineState, applyFailurePreset } from '../simulator/infra-state.ts';
import { judgeHealth } from '../simulator/health.ts';
import { isFailureType } from '../skills/failure-types.ts';
import { labelOf } from '../src/ground-truth.ts';
import { systemClock } from '../src/clock.ts';
import { recordStep } from '../src/record-sink.ts';
import type { StreamRecord } from '../src/types.ts';
import type { ExperimentOptions, ScenarioRow } from './types.ts';

export interface ScenarioLoopOptions extends ExperimentOptions {
  /** The watcher's classification for this experiment's records. */
  watch: RecordClassifier;
}

export async function runScenarios(records: readonly StreamRecord[], options: ScenarioLoopOptions): Promise<ScenarioRow[]> {
  const clock = options.clock ?? systemClock;
  const breakState = options.breakState ?? applyFailurePreset;
  const judge = options.judge ?? judgeHealth;
  const classify = options.classify ?? options.watch;
  const rows: ScenarioRow[] = [];
  for (const { record } of records) {
    const reason = labelOf(record) ?? 'unknown';
    if (!isFailureType(reason)) {
      rows.push({ failure_type: reason, result: 'FAIL', detect_ms: null, error: 'not a failure class' });
      continue;
    }
    const infra = baselineState();
    breakState(infra, reason);
    const bus = new EventBus();
    const seconds = await publishIfDetected(classify, record, bus, null, clock);
    if (seconds === null) {
      rows.push({ failure_type: reason, result: 'FAIL', detect_ms: null, error: 'not detected' });
      continue;
    }
    const detectMs = seconds * 1000;
    const outcome = await healOnce(bus, infra, { ...options.healer, clock });
    recordStep(options.sink, { failureType: outcome.failure_type, detectMs, streamIndex: null, outcome });
    const problem = judge(infra);
    const row: ScenarioRow = {
      failure_type: reason,
      result: problem === null && outcome.success ? 'PASS' : 'FAIL',
      detect_ms: detectMs,
      decide_ms: outcome.decide_ms,
      act_ms: outcome.act_ms,
      mttr_ms: detectMs + outcome.decide_ms + outcome.act_ms,
    };
    if (outcome.failure_type !== reason) row.detected_as = outcome.failure_type;
    if (problem !== null && outcome.verify_ok && outcome.success) {
      row.error = `verified by the healer but unhealthy: ${problem}`;
    } else if (problem !== null) {
      row.error = `not healed (${outcome.action_taken}${outcome.error ? `, ${outcome.error}` : ''}): ${problem}`;
    } else if (!outcome.success) {
      row.error = `healthy but the healer reported failure${outcome.error ? ` (${outcome.error})` : ''}`;
    }
    rows.push(row);
  }
  return rows;
}
