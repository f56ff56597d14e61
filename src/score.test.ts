import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

  it('keeps every heal time as a sample for the median and maximum when asked', () => {
    const scorer = createScorer(gt, 0, { mttrSamples: true });
    scorer.add(step(1, 'OOMKilled', {}, 3));
    scorer.add(step(4, 'OOMKilled', {}, 9));
    expect(scorer.result().mttr_samples_ms).toEqual([3, 9]);
  });

  it('keeps only the mean heal time by default', () => {
    const scorer = createScorer(gt, 0);
    scorer.add(step(1, 'OOMKilled', {}, 3));
    scorer.add(step(4, 'OOMKilled', {}, 9));
    expect(scorer.result()).toMatchObject({ avg_mttr_ms: 6, mttr_samples_ms: [] });
  });

  it('counts only the first detection at an index, and a repeated one as a false positive unless expected', () => {
    const scorer = createScorer(gt, 7);
    scorer.add(step(1, 'OOMKilled', null));
    scorer.add(step(1, 'HighLatency', null));
    scorer.add(step(2, 'HighLatency', null));
    scorer.add(step(2, 'OOMKilled', null));
    const r = scorer.result();
    expect(r).toMatchObject({ detected: 1, false_positives: 2 });
    expect(r.confusion).toEqual({ OOMKilled: { OOMKilled: 1, none: 1 }, HighLatency: { none: 1 }, healthy: { HighLatency: 1, none: 6 } });
  });

  it('refuses steps out of stream order and ground truth for a position already passed', () => {
    const scorer = createScorer(gt, 7);
    scorer.add(step(4, 'OOMKilled', null));
    expect(() => scorer.add(step(3, 'OOMKilled', null))).toThrow('steps must come in stream order');
    expect(() => scorer.expect(gt[0]!)).toThrow('ground truth for index 1 arrived after the stream passed it');
  });

  it('scores a long ground truth the stream moves through like a short one', () => {
    // More entries than the scorer keeps before it drops those the stream has passed.
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...gt[0]!, index: i * 2 }));
    const scorer = createScorer(many, 20_000);
    for (let i = 0; i < 40_000; i += 3) scorer.add(step(i, 'OOMKilled', {}));
    const r = scorer.result();
    const hits = Math.ceil(40_000 / 6);
    expect(r).toMatchObject({ detected: hits, total_failures: 20_000, resolved: hits, false_positives: Math.ceil(40_000 / 3) - hits });
    expect(r.confusion['OOMKilled']).toEqual({ OOMKilled: hits, none: 20_000 - hits });
  });

  it('counts classes named like Object.prototype members in tables without a prototype', () => {
    const names = ['__proto__', 'toString', 'constructor', 'hasOwnProperty'];
    const odd = names.map((name, i) => ({ ...gt[0]!, index: i, failure_type: name }));
    const scorer = createScorer(odd, 1);
    names.forEach((name, i) => scorer.add(step(i, name, null)));
    scorer.add(step(9, '__proto__', null));
    const r = scorer.result();
    expect(Object.getPrototypeOf(r.per_class)).toBeNull();
    expect(Object.getPrototypeOf(r.confusion)).toBeNull();
    expect(Object.keys(r.per_class)).toEqual(names);
    expect(r.per_class['__proto__']).toMatchObject({ true_positives: 1, false_positives: 1 });
    expect(r.per_class['toString']).toMatchObject({ true_positives: 1, false_positives: 0, recall: 1 });
    expect(Object.keys(r.confusion)).toEqual([...names, 'healthy']);
    expect(Object.entries(JSON.parse(JSON.stringify(r.confusion))['__proto__'])).toEqual([['__proto__', 1]]);
    expect(({} as Record<string, unknown>)['true_positives']).toBeUndefined();
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

/**
 * Heap growth, after a forced collection, between a scorer fed `small` and one fed `large`
 * detections (each a fresh step with its own record), measured in a child Node with gc exposed.
 * `wrap` is JavaScript turning the real scorer into the one measured: how a leak is injected.
 */
function scorerGrowth(wrap: string, small: number, large: number): number {
  const scoreUrl = new URL('./score.ts', import.meta.url).href;
  const script = `
    const { createScorer } = await import(${JSON.stringify(scoreUrl)});
    const wrap = ${wrap};
    const gt = Array.from({ length: 100 }, (_, i) => ({ index: i * 7, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: { memory: '1Gi' } }));
    const types = ['OOMKilled', 'HighLatency', 'CrashLoopBackOff', 'PodDown'];
    const step = (i) => ({
      index: i,
      record: { severity: 'ERROR', message: 'record ' + i + ' '.repeat(64) },
      event: { failure_type: types[i % 4], severity: 'ERROR', service: 'app-service', message: 'event ' + i, timestamp: i, raw_log: {} },
      detect_ms: 0.01,
      outcome: { failure_type: types[i % 4], action_taken: 'scale_memory', action_params: { memory: '1Gi' }, success: true, verify_ok: true, duration_ms: 1, decide_ms: 0.5, act_ms: 0.5, timestamp: i, stream_index: i, dry_run: false },
      mttr_ms: 1 + (i % 5),
      health: { healthy: i % 11 !== 0, problem: i % 11 === 0 ? 'unhealthy ' + i : null },
    });
    const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
    const held = [];
    function fed(n) {
      const before = heap();
      const scorer = wrap(createScorer(gt, n));
      for (let i = 0; i < n; i += 1) scorer.add(step(i));
      held.push(scorer, scorer.result());
      return heap() - before;
    }
    fed(${small}); // warm-up: compiled code and first-use caches are not the scorer's
    const a = fed(${small});
    const b = fed(${large});
    console.log(b - a);
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

const SAME_SCORER = '(scorer) => scorer';
// The smallest leak the old scorer had: a list entry per detection (index, class, time) for the summary.
const KEEPS_DETECTIONS = `(scorer) => {
  const kept = [];
  return {
    expect: scorer.expect,
    add(s) { kept.push({ index: s.index, failure_type: s.event.failure_type, detect_ms: s.detect_ms }); scorer.add(s); },
    result: () => ({ ...scorer.result(), detections: kept }),
  };
}`;
const MIB = 1024 * 1024;

describe('scorer memory', () => {
  it('does not grow with the number of detections (20,000 against 200,000)', () => {
    expect(scorerGrowth(SAME_SCORER, 20_000, 200_000)).toBeLessThan(MIB);
  });

  it('the memory check sees a scorer that keeps one small entry per detection', () => {
    expect(scorerGrowth(KEEPS_DETECTIONS, 20_000, 200_000)).toBeGreaterThan(4 * MIB);
  });
});
