// Rules for synthetic Kubernetes-style control-plane signals (the `signal` object on a record).
import type { JsonValue } from '../src/types.ts';
import type { FailureType } from './failure-types.ts';

export const AGENT_VERSION = '1.1.0';

export interface SignalRule {
  failure_type: FailureType;
  match: Readonly<Record<string, string | boolean>>;
}

/** Ordered: the first rule whose every key equals the signal's value wins. */
export const SIGNAL_RULES = [
  { failure_type: 'ImagePullBackOff', match: { record_type: 'Pod', reason: 'ImagePullBackOff' } },
  { failure_type: 'ImagePullBackOff', match: { record_type: 'Pod', reason: 'ErrImagePull' } },
  { failure_type: 'SchedulingBlocked', match: { record_type: 'Pod', reason: 'FailedScheduling' } },
  { failure_type: 'NodeNotReady', match: { record_type: 'Node', condition: 'NotReady' } },
  { failure_type: 'ReplicaMismatch', match: { record_type: 'Deployment', replica_drift: true } },
  { failure_type: 'PodDown', match: { record_type: 'Pod', phase: 'Failed', reason: 'Evicted' } },
] as const satisfies readonly SignalRule[];

export function isSignalObject(signal: unknown): signal is Record<string, JsonValue> {
  return typeof signal === 'object' && signal !== null && !Array.isArray(signal);
}

export function classifySignal(signal: unknown): FailureType | null {
  if (!isSignalObject(signal)) return null;
  for (const rule of SIGNAL_RULES) {
    const match: Readonly<Record<string, string | boolean>> = rule.match;
    if (Object.keys(match).every((key) => Object.hasOwn(signal, key) && signal[key] === match[key])) {
      return rule.failure_type;
    }
  }
  return null;
}
