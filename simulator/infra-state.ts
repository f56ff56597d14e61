// A fake container platform: one service's state, the broken conditions the K8s experiments
// start from, and the actions the healer may run against it.
import type { ActionParams } from '../src/types.ts';

export interface ServiceState {
  status: string;
  memory: string;
  min_instances: number;
  max_instances: number;
  port: number;
  restart_count: number;
  latency_ms: number;
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
    min_instances: 1,
    max_instances: 1,
    port: 9090,
    restart_count: 0,
    latency_ms: 200,
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

/** Put the state into the broken condition a K8s-style failure describes (before healing). */
export function applyFailurePreset(state: InfraState, failureType: string): void {
  const svc = state['app-service'];
  switch (failureType) {
    case 'ImagePullBackOff':
      svc.image = 'registry/app:v2-missing';
      svc.image_previous = 'registry/app:v1-stable';
      break;
    case 'ReplicaMismatch':
      svc.replicas_desired = 3;
      svc.replicas_ready = 0;
      break;
    case 'SchedulingBlocked':
      svc.scheduling_blocked = true;
      break;
    case 'NodeNotReady':
      svc.node_ready = false;
      break;
    case 'PodDown':
      svc.status = 'failed';
      svc.replicas_desired = 3;
      svc.replicas_ready = 0;
      break;
    default:
      break;
  }
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
  scale_memory: (state, params) => {
    state['app-service'].memory = stringParam(params, 'memory');
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
