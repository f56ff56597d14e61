// The judge: whether the simulated service is healthy, read off its state alone. It knows
// nothing of failure classes, decisions or the healer's verifiers, so a heal that fools the
// healer's own check still fails here.
import type { InfraState, ServiceState } from './infra-state.ts';

/** Images the simulated registry can serve. */
export const PULLABLE_IMAGES: readonly string[] = ['registry/app:v1-stable'];

const UNITS: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 };

/** Bytes in a quantity such as `512Mi` or `1Gi`; NaN when it cannot be read. */
export function memoryBytes(quantity: string): number {
  const match = /^(\d+)(Ki|Mi|Gi)?$/.exec(quantity);
  if (!match) return Number.NaN;
  return Number(match[1]) * (match[2] ? (UNITS[match[2]] as number) : 1);
}

type Check = (svc: ServiceState) => string | null;

const CHECKS: readonly Check[] = [
  (svc) => (svc.status === 'running' ? null : `status ${svc.status}, not running`),
  (svc) =>
    svc.restart_count === 0 ? null : `restart count ${svc.restart_count}, restarting`,
  (svc) =>
    svc.replicas_desired > 0 && svc.replicas_ready === svc.replicas_desired
      ? null
      : `${svc.replicas_ready}/${svc.replicas_desired} replicas ready`,
  (svc) => (PULLABLE_IMAGES.includes(svc.image) ? null : `image ${svc.image} cannot be pulled`),
  (svc) => (svc.node_ready ? null : 'node not ready'),
  (svc) => (svc.scheduling_blocked ? 'pods cannot be scheduled' : null),
  (svc) =>
    memoryBytes(svc.memory) > memoryBytes(svc.memory_usage)
      ? null
      : `memory limit ${svc.memory} not above usage ${svc.memory_usage}`,
  (svc) => {
    const served = svc.latency_ms / Math.max(1, svc.max_instances);
    return served < svc.latency_threshold_ms
      ? null
      : `latency ${Math.round(served)}ms over ${svc.latency_threshold_ms}ms with ${svc.max_instances} instance(s)`;
  },
  (svc) => (svc.port === svc.probe_port ? null : `listening on ${svc.port}, probe expects ${svc.probe_port}`),
];

/** Everything wrong with the service, in a fixed order; empty when it is healthy. */
export function healthProblems(state: InfraState): string[] {
  const svc = state['app-service'];
  const problems: string[] = [];
  for (const check of CHECKS) {
    const problem = check(svc);
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

/** The judge's one-line verdict: null when healthy, else what is wrong. */
export type Judge = (state: InfraState) => string | null;

export const judgeHealth: Judge = (state) => {
  const problems = healthProblems(state);
  return problems.length === 0 ? null : problems.join('; ');
};
