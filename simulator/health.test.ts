// The judge against the presets and the actions: each failure's broken condition is
// unhealthy, its expected heal makes it healthy, and the heal another class expects does not.
import { describe, expect, it } from 'vitest';
import { ACTION_REGISTRY, FAILURE_PRESETS, applyFailurePreset, baselineState } from './infra-state.ts';
import { healthProblems, judgeHealth, memoryBytes } from './health.ts';
import { EXPECTED_HEALS } from '../src/ground-truth.ts';
import { FAILURE_TYPES, type FailureType } from '../skills/failure-types.ts';

function brokenThenHealed(broken: FailureType, healedWith: FailureType) {
  const state = baselineState();
  applyFailurePreset(state, broken);
  const [action, params] = EXPECTED_HEALS[healedWith];
  ACTION_REGISTRY[action]?.(state, params);
  return state;
}

describe('health judge', () => {
  it('finds the baseline healthy', () => {
    expect(healthProblems(baselineState())).toEqual([]);
    expect(judgeHealth(baselineState())).toBeNull();
  });

  it('has a preset for every failure class', () => {
    expect(Object.keys(FAILURE_PRESETS).sort()).toEqual([...FAILURE_TYPES].sort());
  });

  it.each(FAILURE_TYPES)('finds %s broken by its preset and healthy after its expected heal', (type) => {
    const state = baselineState();
    applyFailurePreset(state, type);
    expect(judgeHealth(state)).not.toBeNull();
    expect(judgeHealth(brokenThenHealed(type, type))).toBeNull();
  });

  it.each(FAILURE_TYPES)('finds %s still broken when nothing is done', (type) => {
    const state = baselineState();
    applyFailurePreset(state, type);
    expect(healthProblems(state).length).toBeGreaterThan(0);
  });

  it('finds a swapped heal unhealthy for at least one of the two classes of every pair', () => {
    for (const a of FAILURE_TYPES) {
      for (const b of FAILURE_TYPES) {
        if (a >= b) continue;
        const aHealthy = judgeHealth(brokenThenHealed(a, b)) === null;
        const bHealthy = judgeHealth(brokenThenHealed(b, a)) === null;
        expect({ pair: [a, b], caught: !(aHealthy && bHealthy) }).toEqual({ pair: [a, b], caught: true });
      }
    }
  });

  it('says what is wrong, one reason per broken condition', () => {
    const state = baselineState();
    applyFailurePreset(state, 'OOMKilled');
    applyFailurePreset(state, 'HighLatency');
    expect(healthProblems(state)).toEqual([
      'status OOMKilled, not running',
      'memory limit 512Mi not above usage 512Mi',
      'latency 9000ms over 5000ms with 1 instance(s)',
    ]);
  });

  it('reads memory quantities in Ki, Mi and Gi, and nothing else', () => {
    expect(memoryBytes('1Gi')).toBe(2 ** 30);
    expect(memoryBytes('512Mi')).toBe(512 * 2 ** 20);
    expect(memoryBytes('lots')).toBeNaN();
  });
});
