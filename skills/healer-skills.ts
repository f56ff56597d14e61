// Healer policy: which action answers which failure, how long each step may take, and how
// to tell afterwards that the heal held. Data only; the healer looks things up here.
import type { ActionParams } from '../src/types.ts';
import type { InfraState } from '../simulator/infra-state.ts';
import type { FailureType } from './failure-types.ts';

export const AGENT_VERSION = '1.3.0';

export type Decision = readonly [action: string, params: Readonly<ActionParams>];

/** The single source of truth for failure -> (action, params). */
export const DECISION_TABLE = {
  OOMKilled: ['scale_memory', { memory: '1Gi' }],
  CrashLoopBackOff: ['reset_and_redeploy', { restart_count: 0, status: 'running' }],
  StartupProbeFailed: ['fix_port', { port: 8080 }],
  HighLatency: ['scale_instances', { max_instances: 3 }],
  // K8s-style classes arrive as structured signals (synthetic, not a live API).
  ImagePullBackOff: ['rollback_image', {}],
  ReplicaMismatch: ['sync_replicas', {}],
  SchedulingBlocked: ['relax_scheduling', {}],
  NodeNotReady: ['recover_node', {}],
  PodDown: ['restore_workload', {}],
} as const satisfies Record<FailureType, Decision>;

export const DECISION_TIMEOUT_SECONDS = 5;
export const ACTION_TIMEOUT_SECONDS = 5;

/** What an unknown failure type gets: recorded, nothing changed. */
export const DEFAULT_ACTION: Decision = ['log_unknown', {}];

export type Verifier = (state: InfraState) => boolean;

/**
 * After a mutating action the infra must satisfy the class's predicate or the healer reports
 * the heal failed. This is the healer's own check; the harness does not trust it, and judges
 * every heal with the simulator's health model instead (simulator/health.ts).
 */
export const POST_HEAL_VERIFIERS = {
  OOMKilled: (s) => s['app-service'].memory === '1Gi',
  CrashLoopBackOff: (s) => s['app-service'].restart_count === 0,
  StartupProbeFailed: (s) => s['app-service'].port === 8080,
  HighLatency: (s) => s['app-service'].max_instances === 3,
  ImagePullBackOff: (s) => s['app-service'].image === 'registry/app:v1-stable',
  ReplicaMismatch: (s) => {
    const svc = s['app-service'];
    return svc.replicas_ready === svc.replicas_desired && svc.replicas_desired === 3;
  },
  SchedulingBlocked: (s) => s['app-service'].scheduling_blocked === false,
  NodeNotReady: (s) => s['app-service'].node_ready === true,
  PodDown: (s) => {
    const svc = s['app-service'];
    return svc.status === 'running' && svc.replicas_ready === svc.replicas_desired;
  },
} as const satisfies Record<FailureType, Verifier>;

/**
 * Keys and types of an outcome (the healer's output contract), checked on every outcome the
 * healer hands on. `|` separates allowed types; `undefined` marks a key that may be absent.
 */
export const OUTCOME_SCHEMA = {
  failure_type: 'string',
  action_taken: 'string',
  action_params: 'object',
  success: 'boolean',
  verify_ok: 'boolean',
  duration_ms: 'number',
  decide_ms: 'number',
  act_ms: 'number',
  timestamp: 'number',
  stream_index: 'number|null',
  dry_run: 'boolean',
  error: 'string|undefined',
} as const;

export type OutcomeSchema = Readonly<Record<string, string>>;

/** The table's decision for a failure type, or the default for one it does not know. */
export function decisionFor(failureType: string): Decision {
  return Object.hasOwn(DECISION_TABLE, failureType)
    ? DECISION_TABLE[failureType as FailureType]
    : DEFAULT_ACTION;
}

export function verifierFor(failureType: string): Verifier | undefined {
  return Object.hasOwn(POST_HEAL_VERIFIERS, failureType)
    ? POST_HEAL_VERIFIERS[failureType as FailureType]
    : undefined;
}
