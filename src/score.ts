// The one scorer: compares what the loop detected and healed against ground truth. Used by
// experiments 3, 5 and 6, external replay and score-corpus. Fed step by step in stream order,
// it judges each detection as it arrives and keeps only counters per class: the steps, their
// records and the detections themselves are never held, so memory grows with the ground truth
// still ahead of the stream and the number of classes, never with the number of detections.
// A failure counts as resolved when the healer took the expected action, reported success,
// and the simulator's judge finds the service healthy afterwards.
import { isDeepStrictEqual } from 'node:util';
import type { ReplayStep } from './replay.ts';
import type { GroundTruthEntry, LogRecord } from './types.ts';
import { IncidentScorer, type IncidentScore } from './incident-score.ts';

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
  /**
   * Each heal's detect + decide + act, in stream order, when the scorer was asked to keep them
   * (`mttrSamples`); empty otherwise, and when the loop only watches.
   */
  mttr_samples_ms: number[];
  per_class: Record<string, ClassScore>;
  /** expected class (or "healthy") -> detected class (or "none") -> count. */
  confusion: Record<string, Record<string, number>>;
  /** The ground truth grouped into incidents, and actions per incident (src/incident-score.ts). */
  incidents: IncidentScore;
}

export interface Scorer {
  /**
   * Add an expected failure. Ground truth read off a stream arrives this way, before its step;
   * an entry for a position the stream has already passed is a programming error.
   */
  expect(entry: GroundTruthEntry): void;
  /** One detection; steps come in stream order (a non-decreasing index), as `replay` yields them. */
  add(step: ReplayStep): void;
  /**
   * A record as the stream reaches it, before its step (after its `expect`, for labels): an
   * expected one is grouped into its ground-truth incident. Without it, incidents stay 0.
   */
  see(index: number, record: LogRecord): void;
  result(): Score;
}

export interface ScorerOptions {
  /**
   * Keep every heal's time for `mttr_samples_ms` (one number per heal, so it grows with the
   * heals: for the fixed-size seeded experiments); by default only the mean is kept.
   */
  mttrSamples?: boolean;
  /** Quiet time that closes an incident, as the guard's `resolve_after_s` (default: its default). */
  incidentWindowS?: number;
}

interface ClassCounts {
  true_positives: number;
  false_negatives: number;
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/** Expected entries by index, the last of a repeated index winning, in index order. */
function byIndex(groundTruth: readonly GroundTruthEntry[]): GroundTruthEntry[] {
  const last = new Map<number, GroundTruthEntry>();
  for (const entry of groundTruth) last.set(entry.index, entry);
  return [...last.values()].sort((a, b) => a.index - b.index);
}

/** Tables keyed by input strings are built without a prototype, so no key can reach Object.prototype. */
function table<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** Drop the entries the stream has passed once they are most of the array. */
const COMPACT_AT = 4096;

/**
 * `healthyCount` is how many records carry no failure (the false-positive denominator); the
 * experiments pass the original's fixed figures, external replay counts its records (the
 * function is given the number of expected failures).
 */
export function createScorer(
  groundTruth: readonly GroundTruthEntry[],
  healthyCount: number | ((failures: number) => number),
  options: ScorerOptions = {},
): Scorer {
  // Expected entries not yet reached by the stream, in index order from `head`. A slot the
  // stream has passed is cleared at once: an entry held on for thousands of steps would
  // outlive young-generation collections and pile up as old-generation garbage.
  let pending: Array<GroundTruthEntry | null> = byIndex(groundTruth);
  let head = 0;
  let totalFailures = pending.length;
  // The last step's index, and whether it was expected: only the first detection at an index
  // counts, as the original's lookup takes the first, and steps come in order, so this is all
  // the first-detection bookkeeping needs.
  let position = -1;
  let positionExpected = false;

  // expected class -> detected class (or "none") -> count; the healthy row apart.
  const confusion = new Map<string, Map<string, number>>();
  const healthyRow = new Map<string, number>();
  let healthyFlagged = 0;
  const classes = new Map<string, ClassCounts>();
  const detectedCounts = new Map<string, number>();
  let detected = 0;
  let resolved = 0;
  let verifiedUnhealthy = 0;
  let firstUnhealthy: string | null = null;
  let falsePositives = 0;
  let mttrSum = 0;
  let mttrCount = 0;
  const mttrSamples: number[] = [];
  const incidents = new IncidentScorer(options.incidentWindowS);

  const bump = (counts: Map<string, number>, key: string, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);
  const classOf = (name: string): ClassCounts => {
    let counts = classes.get(name);
    if (!counts) classes.set(name, (counts = { true_positives: 0, false_negatives: 0 }));
    return counts;
  };
  const rowOf = (name: string): Map<string, number> => {
    let row = confusion.get(name);
    if (!row) confusion.set(name, (row = new Map()));
    return row;
  };

  function missed(gt: GroundTruthEntry): void {
    incidents.passed(gt.index);
    bump(rowOf(gt.failure_type), NOT_DETECTED);
    classOf(gt.failure_type).false_negatives += 1;
  }

  function judged(gt: GroundTruthEntry, step: ReplayStep): void {
    const got = step.event.failure_type;
    incidents.judged(gt.index, step, got === gt.failure_type);
    bump(rowOf(gt.failure_type), got);
    if (got === gt.failure_type) {
      detected += 1;
      classOf(gt.failure_type).true_positives += 1;
    } else {
      classOf(gt.failure_type).false_negatives += 1;
    }
    const o = step.outcome;
    if (!o) return;
    const problem = step.health && !step.health.healthy ? (step.health.problem ?? 'unhealthy') : null;
    if (problem !== null && o.verify_ok && o.success && !o.dry_run) {
      verifiedUnhealthy += 1;
      firstUnhealthy ??= `index ${step.index} ${gt.failure_type}: ${problem}`;
    }
    if (o.success && problem === null && o.action_taken === gt.expected_action && isDeepStrictEqual(o.action_params, gt.expected_params)) {
      resolved += 1;
    }
  }

  /** The next pending entry, its slot cleared. */
  function take(): GroundTruthEntry {
    const entry = pending[head]!;
    pending[head++] = null;
    return entry;
  }

  /** Binary search for the first pending entry at or after `index`. */
  function pendingAt(index: number): number {
    let lo = head;
    let hi = pending.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pending[mid]!.index < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    see(index, record) {
      if (index <= position) return;
      const at = pendingAt(index);
      const entry = pending[at];
      if (entry && entry.index === index) incidents.expected(index, entry.failure_type, record);
    },
    expect(entry) {
      if (entry.index <= position) {
        throw new Error(`scorer: ground truth for index ${entry.index} arrived after the stream passed it`);
      }
      if (head === pending.length) {
        // Everything before was reached (the usual case for labels, batch after batch).
        pending.length = 0;
        head = 0;
      }
      const last = pending[pending.length - 1];
      if (head === pending.length || (last && last.index < entry.index)) {
        pending.push(entry);
        totalFailures += 1;
        return;
      }
      // Out of order, or a repeated index (which keeps its last entry).
      const at = pendingAt(entry.index);
      if (pending[at]?.index === entry.index) {
        pending[at] = entry;
      } else {
        pending.splice(at, 0, entry);
        totalFailures += 1;
      }
    },
    add(step) {
      const index = step.index;
      if (index < position) throw new Error(`scorer: step at index ${index} after index ${position}; steps must come in stream order`);
      const type = step.event.failure_type;
      bump(detectedCounts, type);
      incidents.decided(step);
      if (step.mttr_ms !== null) {
        mttrSum += step.mttr_ms;
        mttrCount += 1;
        if (options.mttrSamples) mttrSamples.push(step.mttr_ms);
      }
      if (index === position) {
        // A further detection at the same index: a false positive unless expected, nothing more.
        if (!positionExpected) {
          falsePositives += 1;
          incidents.falsePositive(step);
        } else incidents.again(step);
        return;
      }
      position = index;
      while (head < pending.length && pending[head]!.index < index) missed(take());
      positionExpected = head < pending.length && pending[head]!.index === index;
      if (positionExpected) {
        judged(take(), step);
      } else {
        falsePositives += 1;
        incidents.falsePositive(step);
        bump(healthyRow, type);
        healthyFlagged += 1;
      }
      if (head >= COMPACT_AT && head * 2 >= pending.length) {
        pending = pending.slice(head);
        head = 0;
      }
    },
    result() {
      // Entries the stream never reached are misses; counted on copies, so result() can be asked twice.
      const rows = new Map([...confusion].map(([name, row]) => [name, new Map(row)] as const));
      const counts = new Map([...classes].map(([name, c]): [string, ClassCounts] => [name, { ...c }]));
      for (let i = head; i < pending.length; i += 1) {
        const gt = pending[i]!;
        const row = rows.get(gt.failure_type) ?? new Map<string, number>();
        rows.set(gt.failure_type, row);
        bump(row, NOT_DETECTED);
        const c = counts.get(gt.failure_type) ?? { true_positives: 0, false_negatives: 0 };
        counts.set(gt.failure_type, c);
        c.false_negatives += 1;
      }
      for (const type of detectedCounts.keys()) if (!counts.has(type)) counts.set(type, { true_positives: 0, false_negatives: 0 });

      const healthy = typeof healthyCount === 'function' ? healthyCount(totalFailures) : healthyCount;
      const healthyCells = new Map(healthyRow);
      if (healthy - healthyFlagged > 0) bump(healthyCells, NOT_DETECTED, healthy - healthyFlagged);
      if (healthyCells.size > 0) rows.set(HEALTHY, healthyCells);

      const perClass = table(
        [...counts].map(([name, c]): [string, ClassScore] => {
          const fp = (detectedCounts.get(name) ?? 0) - c.true_positives;
          const precision = ratio(c.true_positives, c.true_positives + fp);
          const recall = ratio(c.true_positives, c.true_positives + c.false_negatives);
          const f1 = ratio(2 * precision * recall, precision + recall);
          return [name, { true_positives: c.true_positives, false_negatives: c.false_negatives, false_positives: fp, precision, recall, f1 }];
        }),
      );
      return {
        detected,
        total_failures: totalFailures,
        false_positives: falsePositives,
        healthy_count: healthy,
        resolved,
        verified_unhealthy: verifiedUnhealthy,
        first_unhealthy: firstUnhealthy,
        avg_mttr_ms: mttrCount === 0 ? 0 : mttrSum / mttrCount,
        mttr_samples_ms: [...mttrSamples],
        per_class: perClass,
        confusion: table([...rows].map(([name, row]) => [name, table(row)] as const)),
        incidents: incidents.result(),
      };
    },
  };
}
