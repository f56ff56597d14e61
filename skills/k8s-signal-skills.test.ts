import { describe, expect, it } from 'vitest';
import { classifySignal, SIGNAL_RULES } from './k8s-signal-skills.ts';
import { DECISION_TABLE } from './healer-skills.ts';

describe('k8s signal skills', () => {
  it('classifies each rule shape', () => {
    expect(classifySignal({ record_type: 'Pod', reason: 'ErrImagePull', phase: 'Pending' })).toBe('ImagePullBackOff');
    expect(classifySignal({ record_type: 'Pod', reason: 'FailedScheduling' })).toBe('SchedulingBlocked');
    expect(classifySignal({ record_type: 'Node', condition: 'NotReady', name: 'n1' })).toBe('NodeNotReady');
    expect(classifySignal({ record_type: 'Deployment', replica_drift: true })).toBe('ReplicaMismatch');
    expect(classifySignal({ record_type: 'Pod', phase: 'Failed', reason: 'Evicted' })).toBe('PodDown');
  });

  it('needs every key of a rule to match', () => {
    expect(classifySignal({ record_type: 'Pod', reason: 'Evicted' })).toBeNull();
    expect(classifySignal({ record_type: 'Deployment', replica_drift: 'true' })).toBeNull();
    expect(classifySignal({ record_type: 'Node', reason: 'NotReady' })).toBeNull();
  });

  it('ignores anything that is not a signal object', () => {
    for (const s of [null, undefined, 'Pod', ['Pod'], 42]) expect(classifySignal(s)).toBeNull();
  });

  it('maps only to classes the decision table knows', () => {
    for (const rule of SIGNAL_RULES) expect(Object.keys(DECISION_TABLE)).toContain(rule.failure_type);
  });
});
