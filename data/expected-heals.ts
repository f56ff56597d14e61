// The ground truth's answer per failure class, as the seed writes it into every ground-truth
// file and the test fixtures expect it.
import type { FailureType } from '../skills/failure-types.ts';
import type { ActionParams } from '../src/types.ts';

/**
 * What fixing each class takes, written out as the original's ground-truth files do. The
 * healer's decision table is graded against this, so it is never read back from that table;
 * the classes are in alphabetical order, not the table's, so neither is a copy of the other.
 */
export const EXPECTED_HEALS = {
  CrashLoopBackOff: ['reset_and_redeploy', { restart_count: 0, status: 'running' }],
  HighLatency: ['scale_instances', { max_instances: 3 }],
  ImagePullBackOff: ['rollback_image', {}],
  NodeNotReady: ['recover_node', {}],
  OOMKilled: ['scale_memory', { memory: '1Gi' }],
  PodDown: ['restore_workload', {}],
  ReplicaMismatch: ['sync_replicas', {}],
  SchedulingBlocked: ['relax_scheduling', {}],
  StartupProbeFailed: ['fix_port', { port: 8080 }],
} as const satisfies Record<FailureType, readonly [string, Readonly<ActionParams>]>;
