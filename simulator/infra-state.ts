// A fake container platform: one service's state, the broken condition each failure class
// puts it in (the way the lab's injection would), and the actions the healer may run on it.
// Whether the service is healthy is judged apart, in ./health.ts.
import type { FailureType } from '../skills/failure-types.ts';
import type { ActionParams } from '../src/types.ts';

export interface ServiceState {
  status: string;
  /** Memory limit. */
  memory: string;
  /** What the workload uses; it runs only while its limit is above this. */
  memory_usage: string;
  min_instances: number;
  max_instances: number;
  /** Port the app listens on. */
  port: number;
  /** Port the startup probe checks. */
  probe_port: number;
  restart_count: number;
  /** Latency with one instance taking all the load; instances share it. */
  latency_ms: number;
  latency_threshold_ms: number;
  // K8s-shaped fields used by the structured-signal scenarios.
  image: string;
  image_previous: string;
  replicas_desired: number;
  replicas_ready: number;
  scheduling_blocked: boolean;
  node_ready: boolean;
}

export interface InfraState {
  'app-service': ServiceState;
}

const BASELINE: Readonly<InfraState> = Object.freeze({
  'app-service': Object.freeze({
    status: 'running',
    memory: '512Mi',
    memory_usage: '300Mi',
    min_instances: 1,
    max_instances: 1,
    port: 9090,
    probe_port: 9090,
    restart_count: 0,
    latency_ms: 200,
    latency_threshold_ms: 5000,
    image: 'registry/app:v1-stable',
    image_previous: 'registry/app:v1-stable',
    replicas_desired: 3,
    replicas_ready: 3,
    scheduling_blocked: false,
    node_ready: true,
  }),
});

/** A fresh, mutable copy of the healthy baseline. */
export function baselineState(): InfraState {
  return structuredClone(BASELINE) as InfraState;
}

/** How many restarts in a row make a crash loop. */
export const CRASH_LOOP_RESTARTS = 5;

type Preset = (svc: ServiceState) => void;

/**
 * The broken condition of each failure class, set in full on the fields the class concerns,
 * so it holds whatever an earlier heal left there. Keyed by the closed set of classes: a
 * class without a preset fails the type check.
 */
export const FAILURE_PRESETS = {
  OOMKilled: (svc) => {
    svc.memory = '512Mi';
    svc.memory_usage = '512Mi';
    svc.status = 'OOMKilled';
  },
  CrashLoopBackOff: (svc) => {
    svc.restart_count = CRASH_LOOP_RESTARTS;
    svc.status = 'CrashLoopBackOff';
  },
  StartupProbeFailed: (svc) => {
    svc.probe_port = 8080;
    svc.port = 9090;
  },
  HighLatency: (svc) => {
    svc.max_instances = 1;
    svc.latency_ms = 9000;
  },
  ImagePullBackOff: (svc) => {
    svc.image = 'registry/app:v2-missing';
    svc.image_previous = 'registry/app:v1-stable';
  },
  ReplicaMismatch: (svc) => {
    svc.replicas_desired = 3;
    svc.replicas_ready = 0;
  },
  SchedulingBlocked: (svc) => {
    svc.scheduling_blocked = true;
  },
  NodeNotReady: (svc) => {
    svc.node_ready = false;
  },
  PodDown: (svc) => {
    svc.status = 'failed';
    svc.replicas_desired = 3;
    svc.replicas_ready = 0;
  },
} as const satisfies Record<FailureType, Preset>;

/** Put the state into the broken condition a failure class describes (before healing). */
export function applyFailurePreset(state: InfraState, failureType: FailureType): void {
  FAILURE_PRESETS[failureType](state['app-service']);
}

export type Action = (state: InfraState, params: Readonly<ActionParams>) => void | Promise<void>;
export type ActionRegistry = Readonly<Record<string, Action>>;

// Actions reject parameters they cannot use, as a keyword-argument call would.
function stringParam(params: Readonly<ActionParams>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw new TypeError(`parameter ${name} must be a string`);
  return value;
}

function numberParam(params: Readonly<ActionParams>, name: string): number {
  const value = params[name];
  if (typeof value !== 'number') throw new TypeError(`parameter ${name} must be a number`);
  return value;
}

export const ACTION_REGISTRY: ActionRegistry = {
  // A new limit rolls the container out again.
  scale_memory: (state, params) => {
    const svc = state['app-service'];
    svc.memory = stringParam(params, 'memory');
    svc.status = 'running';
  },
  reset_and_redeploy: (state, params) => {
    const svc = state['app-service'];
    svc.restart_count = numberParam(params, 'restart_count');
    svc.status = stringParam(params, 'status');
  },
  fix_port: (state, params) => {
    state['app-service'].port = numberParam(params, 'port');
  },
  scale_instances: (state, params) => {
    state['app-service'].max_instances = numberParam(params, 'max_instances');
  },
  rollback_image: (state) => {
    const svc = state['app-service'];
    svc.image = svc.image_previous;
  },
  sync_replicas: (state) => {
    const svc = state['app-service'];
    svc.replicas_ready = svc.replicas_desired;
  },
  relax_scheduling: (state) => {
    state['app-service'].scheduling_blocked = false;
  },
  recover_node: (state) => {
    state['app-service'].node_ready = true;
  },
  restore_workload: (state) => {
    const svc = state['app-service'];
    svc.status = 'running';
    svc.replicas_ready = svc.replicas_desired;
  },
  log_unknown: () => {},
};
