import { describe, expect, it } from 'vitest';
import { createScorer } from './score.ts';
import type { ReplayStep } from './replay.ts';
import type { GroundTruthEntry, Outcome } from './types.ts';

function step(index: number, type: string, outcome: Partial<Outcome> | null, mttr = 2, problem: string | null = null): ReplayStep {
  const full: Outcome | null = outcome && {
    failure_type: type,
    action_taken: 'scale_memory',
    action_params: { memory: '1Gi' },
    success: true,
    verify_ok: true,
    duration_ms: 1,
    decide_ms: 0.5,
    act_ms: 0.5,
    timestamp: 0,
    stream_index: index,
    dry_run: false,
    ...outcome,
  };
  return {
    index,
    record: {},
    event: { failure_type: type, severity: 'ERROR', service: 'app-service', message: '', timestamp: 0, raw_log: {} },
    detect_ms: 1,
    outcome: full,
    mttr_ms: outcome ? mttr : null,
    health: outcome ? { healthy: problem === null, problem } : null,
  };
}

const gt: GroundTruthEntry[] = [
  { index: 1, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: { memory: '1Gi' } },
  { index: 4, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: { memory: '1Gi' } },
  { index: 6, failure_type: 'HighLatency', expected_action: 'scale_instances', expected_params: { max_instances: 3 } },
];

describe('scorer', () => {
  it('counts detections, false positives, resolutions and mean MTTR against ground truth', () => {
    const scorer = createScorer(gt, 7);
    scorer.add(step(1, 'OOMKilled', {}, 2));
    scorer.add(step(4, 'OOMKilled', { success: false }, 4));
    scorer.add(step(6, 'CrashLoopBackOff', { action_taken: 'reset_and_redeploy' }, 6));
    scorer.add(step(9, 'HighLatency', { action_taken: 'scale_instances', action_params: { max_instances: 3 } }, 8));
    const r = scorer.result();
    expect(r).toMatchObject({ detected: 2, total_failures: 3, false_positives: 1, healthy_count: 7, resolved: 1, avg_mttr_ms: 5 });
  });

  it('gives per-class precision, recall and F1 and a confusion matrix', () => {
    const scorer = createScorer(gt, 7);
    scorer.add(step(1, 'OOMKilled', null));
    scorer.add(step(6, 'CrashLoopBackOff', null));
    scorer.add(step(9, 'HighLatency', null));
    const r = scorer.result();
    expect(r.per_class['OOMKilled']).toMatchObject({ true_positives: 1, false_negatives: 1, false_positives: 0, precision: 1, recall: 0.5 });
    expect(r.per_class['OOMKilled']?.f1).toBeCloseTo(2 / 3);
    expect(r.per_class['HighLatency']).toMatchObject({ true_positives: 0, false_negatives: 1, false_positives: 1, precision: 0, recall: 0, f1: 0 });
    expect(r.per_class['CrashLoopBackOff']).toMatchObject({ true_positives: 0, false_positives: 1 });
    expect(r.confusion).toEqual({
      OOMKilled: { OOMKilled: 1, none: 1 },
      HighLatency: { CrashLoopBackOff: 1 },
      healthy: { HighLatency: 1, none: 6 },
    });
  });

  it('does not resolve a failure healed with other parameters than expected', () => {
    const scorer = createScorer(gt.slice(0, 1), 0);
    scorer.add(step(1, 'OOMKilled', { action_params: { memory: '2Gi' } }));
    expect(scorer.result().resolved).toBe(0);
  });

  it('does not resolve a heal the healer verified but the judge finds unhealthy, and counts it apart', () => {
    const scorer = createScorer(gt.slice(0, 2), 0);
    scorer.add(step(1, 'OOMKilled', {}, 2, 'memory limit 512Mi not above usage 512Mi'));
    scorer.add(step(4, 'OOMKilled', { success: false, verify_ok: false }, 2, 'status OOMKilled, not running'));
    const r = scorer.result();
    expect(r).toMatchObject({ resolved: 0, verified_unhealthy: 1 });
    expect(r.first_unhealthy).toBe('index 1 OOMKilled: memory limit 512Mi not above usage 512Mi');
  });

  it('keeps every heal time as a sample for the median and maximum', () => {
    const scorer = createScorer(gt, 0);
    scorer.add(step(1, 'OOMKilled', {}, 3));
    scorer.add(step(4, 'OOMKilled', {}, 9));
    expect(scorer.result().mttr_samples_ms).toEqual([3, 9]);
  });

  it('reports zero MTTR when nothing was healed', () => {
    expect(createScorer(gt, 0).result().avg_mttr_ms).toBe(0);
  });
});

describe('scorer fed ground truth as it streams', () => {
  it('scores entries added with expect() like entries given up front', () => {
    const upFront = createScorer(gt, 7);
    const streamed = createScorer([], 7);
    for (const entry of gt) streamed.expect(entry);
    for (const scorer of [upFront, streamed]) {
      scorer.add(step(1, 'OOMKilled', {}));
      scorer.add(step(9, 'HighLatency', null));
    }
    expect(streamed.result()).toEqual(upFront.result());
  });
});
