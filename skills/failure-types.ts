// The closed set of failure classes. Every policy table is keyed by it, so a table that
// forgets a class fails the type check.

export const LOG_FAILURE_TYPES = ['OOMKilled', 'CrashLoopBackOff', 'StartupProbeFailed', 'HighLatency'] as const;

export const K8S_FAILURE_TYPES = [
  'ImagePullBackOff',
  'ReplicaMismatch',
  'SchedulingBlocked',
  'NodeNotReady',
  'PodDown',
] as const;

export const FAILURE_TYPES = [...LOG_FAILURE_TYPES, ...K8S_FAILURE_TYPES] as const;

export type LogFailureType = (typeof LOG_FAILURE_TYPES)[number];
export type FailureType = (typeof FAILURE_TYPES)[number];

export function isFailureType(value: unknown): value is FailureType {
  return typeof value === 'string' && (FAILURE_TYPES as readonly string[]).includes(value);
}
