// The ground truth's answer per failure class, as the seed writes it into every ground-truth
// file and the test fixtures expect it.
import type { FailureType } from '../skills/failure-types.ts';
import type { ActionParams } from '../src/types.ts';

/**
 * What fixing each class takes, written out as the original's ground-truth files do. The
 * healer's decision table is graded against this, so it is never read back from that table.
 */
export const EXPECTED_HEALS = {
  OOMKilled: ['scale_memory', { memory: '1Gi' }],
  CrashLoopBackOff: ['reset_and_redeploy', { restart_count: 0, status: 'running' }],
  StartupProbeFailed: ['fix_port', { port: 8080 }],
  HighLatency: ['scale_instances', { max_instances: 3 }],
  ImagePullBackOff: ['rollback_image', {}],
  ReplicaMismatch: ['sync_replicas', {}],
  SchedulingBlocked: ['relax_scheduling', {}],
  NodeNotReady: ['recover_node', {}],
  PodDown: ['restore_workload', {}],
} as const satisfies Record<FailureType, readonly [string, Readonly<ActionParams>]>;
