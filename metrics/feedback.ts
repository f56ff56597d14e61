// The feedback ledger: one summary row per harness run, appended and never cleared, so policy
// versions can later be correlated with outcomes offline.
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { systemClock, type Clock } from '../src/clock.ts';

export interface FeedbackPayload {
  layers_observed: string[];
  experiment1_all_pass: boolean;
  experiment2_all_pass: boolean;
  experiment3_all_pass: boolean;
  experiment4_all_pass: boolean;
  experiment5_all_pass: boolean;
  experiment6_all_pass: boolean;
  experiment7_all_pass: boolean;
  harness_all_pass: boolean;
  exp3_detected: number;
  exp3_total_injected: number;
  exp3_false_positives: number;
  exp5_detected: number;
  exp5_total_injected: number;
  exp5_false_positives: number;
  exp6_false_alarms_alone: number;
  exp6_detected: number;
  exp6_total_injected: number;
  exp6_false_positives: number;
  /** Each heal's measured detect + decide + act over the experiments that heal. */
  agent_mttr_median_ms: number;
  agent_mttr_max_ms: number;
  policy_versions: Record<string, string>;
}

/** JSON with object keys sorted at every level, as the original stores payloads. */
export function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export function logHarnessFeedback(
  db: DatabaseSync,
  payload: FeedbackPayload,
  clock: Clock = systemClock,
  newId: () => string = randomUUID,
): string {
  const runId = newId();
  db.prepare('INSERT INTO feedback_rows (run_id, payload_json, created) VALUES (?, ?, ?)').run(
    runId,
    sortedJson(payload),
    clock.epochSeconds(),
  );
  return runId;
}
