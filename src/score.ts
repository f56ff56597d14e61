// The one scorer: compares what the loop detected and healed against ground truth. Used by
// experiments 3, 5 and 6 and by external replay; fed step by step, it keeps a few fields per
// detection (never the records), so a stream's size costs only its detections.
// A failure counts as resolved when the healer took the expected action, reported success,
// and the simulator's judge finds the service healthy afterwards.
import { isDeepStrictEqual } from 'node:util';
import type { ReplayStep } from './replay.ts';
import type { GroundTruthEntry, Outcome } from './types.ts';

export const HEALTHY = 'healthy';
export const NOT_DETECTED = 'none';

export interface ClassScore {
  true_positives: number;
  false_negatives: number;
  false_positives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DetectionSummary {
  index: number;
  failure_type: string;
  detect_ms: number;
}

export interface Score {
  detected: number;
  total_failures: number;
  false_positives: number;
  healthy_count: number;
  resolved: number;
  /** Expected failures the healer called healed (verified) but the judge found unhealthy. */
  verified_unhealthy: number;
  /** The first of those, as `index N <class>: <what the judge found>`; null when none. */
  first_unhealthy: string | null;
  avg_mttr_ms: number;
  /** Each heal's detect + decide + act, in stream order (empty when the loop only watches). */
  mttr_samples_ms: number[];
  detections: DetectionSummary[];
  per_class: Record<string, ClassScore>;
  /** expected class (or "healthy") -> detected class (or "none") -> count. */
  confusion: Record<string, Record<string, number>>;
}

export interface Scorer {
  /** Add an expected failure; ground truth read off a stream arrives this way, before its step. */
  expect(entry: GroundTruthEntry): void;
  add(step: ReplayStep): void;
  result(): Score;
}

interface FirstDetection {
  failure_type: string;
  outcome: Pick<Outcome, 'success' | 'verify_ok' | 'dry_run' | 'action_taken' | 'action_params'> | null;
  /** The judge's finding after the heal; null when healthy or not healed. */
  problem: string | null;
}

function firstDetection(step: ReplayStep): FirstDetection {
  const o = step.outcome;
  return {
    failure_type: step.event.failure_type,
    outcome: o && {
      success: o.success,
      verify_ok: o.verify_ok,
      dry_run: o.dry_run,
      action_taken: o.action_taken,
      action_params: o.action_params,
    },
    problem: step.health && !step.health.healthy ? (step.health.problem ?? 'unhealthy') : null,
  };
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/**
 * `healthyCount` is how many records carry no failure (the false-positive denominator); the
 * experiments pass the original's fixed figures, external replay counts its records.
 */
export function createScorer(groundTruth: readonly GroundTruthEntry[], healthyCount: number | (() => number)): Scorer {
  const expected = new Map<number, GroundTruthEntry>();
  // A repeated index keeps its last entry, as a dict built from the list would.
  for (const entry of groundTruth) expected.set(entry.index, entry);
  // First detection at an index counts, as the original's lookup takes the first; only what
  // scoring reads is kept from it.
  const firstAt = new Map<number, FirstDetection>();
  const detections: DetectionSummary[] = [];
  const detectedCounts = new Map<string, number>();
  let falsePositives = 0;
  const mttrSamples: number[] = [];

  return {
    expect(entry) {
      expected.set(entry.index, entry);
    },
    add(step) {
      const type = step.event.failure_type;
      detections.push({ index: step.index, failure_type: type, detect_ms: step.detect_ms });
      detectedCounts.set(type, (detectedCounts.get(type) ?? 0) + 1);
      if (!expected.has(step.index)) falsePositives += 1;
      if (!firstAt.has(step.index)) firstAt.set(step.index, firstDetection(step));
      if (step.mttr_ms !== null) mttrSamples.push(step.mttr_ms);
    },
    result() {
      let detected = 0;
      let resolved = 0;
      let verifiedUnhealthy = 0;
      let firstUnhealthy: string | null = null;
      const perClass: Record<string, ClassScore> = {};
      const confusion: Record<string, Record<string, number>> = {};
      const bump = (row: string, col: string, by = 1) => {
        const r = (confusion[row] ??= {});
        r[col] = (r[col] ?? 0) + by;
      };
      const classOf = (name: string): ClassScore =>
        (perClass[name] ??= { true_positives: 0, false_negatives: 0, false_positives: 0, precision: 0, recall: 0, f1: 0 });

      for (const [index, gt] of expected) {
        const step = firstAt.get(index);
        const got = step?.failure_type ?? NOT_DETECTED;
        bump(gt.failure_type, got);
        if (got === gt.failure_type) {
          detected += 1;
          classOf(gt.failure_type).true_positives += 1;
        } else {
          classOf(gt.failure_type).false_negatives += 1;
        }
        const o = step?.outcome;
        if (!o) continue;
        const unhealthy = step.problem !== null;
        if (unhealthy && o.verify_ok && o.success && !o.dry_run) {
          verifiedUnhealthy += 1;
          firstUnhealthy ??= `index ${index} ${gt.failure_type}: ${step.problem}`;
        }
        if (o.success && !unhealthy && o.action_taken === gt.expected_action && isDeepStrictEqual(o.action_params, gt.expected_params)) {
          resolved += 1;
        }
      }
      for (const [type, count] of detectedCounts) {
        const tp = perClass[type]?.true_positives ?? 0;
        classOf(type).false_positives += count - tp;
      }
      const healthy = typeof healthyCount === 'function' ? healthyCount() : healthyCount;
      let healthyFlagged = 0;
      for (const [index, step] of firstAt) {
        if (expected.has(index)) continue;
        bump(HEALTHY, step.failure_type);
        healthyFlagged += 1;
      }
      if (healthy - healthyFlagged > 0) bump(HEALTHY, NOT_DETECTED, healthy - healthyFlagged);
      for (const score of Object.values(perClass)) {
        score.precision = ratio(score.true_positives, score.true_positives + score.false_positives);
        score.recall = ratio(score.true_positives, score.true_positives + score.false_negatives);
        score.f1 = ratio(2 * score.precision * score.recall, score.precision + score.recall);
      }
      return {
        detected,
        total_failures: expected.size,
        false_positives: falsePositives,
        healthy_count: healthy,
        resolved,
        verified_unhealthy: verifiedUnhealthy,
        first_unhealthy: firstUnhealthy,
        avg_mttr_ms: mttrSamples.length === 0 ? 0 : mttrSamples.reduce((a, b) => a + b, 0) / mttrSamples.length,
        mttr_samples_ms: [...mttrSamples],
        detections,
        per_class: perClass,
        confusion,
      };
    },
  };
}
