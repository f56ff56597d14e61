// Policy for reading failures from the state of Kubernetes objects as kubectl prints them
// (`kubectl get pods,nodes,deployments -o json`, `-w`, API watch streams): which container,
// pod, node and workload states make which failure class. Data only; src/formats/k8s-object.ts
// applies it. Healthy objects match nothing and stay quiet.
//
// Each finding becomes a record the existing watchers classify: classes the K8s watcher reads
// from a structured signal carry the signal shape of k8s-signal-skills.ts; log classes carry
// a message whose words the watcher patterns name (tested: every row classifies as its class).
import type { FailureType } from './failure-types.ts';

export const AGENT_NAME = 'k8s_object_reader';
export const AGENT_VERSION = '1.1.0';

/** Stand-ins in a message template. */
export const CONTAINER = '{container}';
export const DETAIL = '{detail}';

export interface StateRule {
  failure_type: FailureType;
  /** Present for classes the K8s watcher reads from a structured signal. */
  signal?: Readonly<Record<string, string | boolean>>;
  /** The record's message; `{container}` and `{detail}` are filled from the object. */
  message: string;
}

const IMAGE_PULL = { failure_type: 'ImagePullBackOff', signal: { record_type: 'Pod', phase: 'Pending', reason: 'ImagePullBackOff' } } as const;

/** A container's `state.waiting.reason` (containers and init containers alike). Other reasons (ContainerCreating, PodInitializing) are a start in progress. */
export const WAITING_RULES: Readonly<Record<string, StateRule>> = {
  CrashLoopBackOff: { failure_type: 'CrashLoopBackOff', message: `container ${CONTAINER}: CrashLoopBackOff: ${DETAIL}` },
  ImagePullBackOff: { ...IMAGE_PULL, message: `container ${CONTAINER}: ImagePullBackOff: ${DETAIL}` },
  ErrImagePull: { ...IMAGE_PULL, message: `container ${CONTAINER}: ErrImagePull: ${DETAIL}` },
  ErrImageNeverPull: { ...IMAGE_PULL, message: `container ${CONTAINER}: ErrImageNeverPull: ${DETAIL}` },
  InvalidImageName: { ...IMAGE_PULL, message: `container ${CONTAINER}: InvalidImageName: ${DETAIL}` },
  // A missing ConfigMap or Secret: the kubelet retries the start until the object appears, a
  // crash loop in all but name.
  CreateContainerConfigError: {
    failure_type: 'CrashLoopBackOff',
    message: `container ${CONTAINER}: CreateContainerConfigError (cannot start, crash loop): ${DETAIL}`,
  },
};

/** `lastState.terminated` (or `state.terminated`) with this reason or exit code, when recent. */
export const OOM_REASONS: readonly string[] = ['OOMKilled'];
export const OOM_EXIT_CODES: readonly number[] = [137];
export const OOM_RULE: StateRule = { failure_type: 'OOMKilled', message: `container ${CONTAINER}: OOMKilled (exit code 137): ${DETAIL}` };

/**
 * How long after a container's termination (its `finishedAt`) it still counts as recent, in
 * seconds. Measured against the newest timestamp the stream showed before the object, and
 * against the object's own timestamps other than this container's restart. A container that
 * is running and ready again with no later timestamp to compare against has recovered.
 */
export const RECENT_S = 600;

/** A running container with a probe that has not been ready for longer than its probe window. */
export const PROBE_RULE: StateRule = {
  failure_type: 'StartupProbeFailed',
  message: `container ${CONTAINER}: readiness probe failed: running but not ready ${DETAIL}`,
};
/** Kubernetes' probe defaults: no initial delay, every 10 s, 3 failures. */
export const PROBE_DEFAULTS = { initialDelaySeconds: 0, periodSeconds: 10, failureThreshold: 3 } as const;

export const EVICTED_RULE: StateRule = {
  failure_type: 'PodDown',
  signal: { record_type: 'Pod', phase: 'Failed', reason: 'Evicted' },
  message: `pod evicted: ${DETAIL}`,
};
/** Pod phase Failed with one of these reasons. */
export const FAILED_POD_REASONS: readonly string[] = ['Evicted'];
/** Pod phase Failed for any other reason: its containers exited and will not be restarted. */
export const FAILED_POD_RULE: StateRule = {
  failure_type: 'PodDown',
  signal: { record_type: 'Pod', phase: 'Failed' },
  message: `pod failed: ${DETAIL}`,
};

/**
 * A container whose current state is terminated with a non-zero exit code after at least
 * this many restarts, in a pod that restarts it: the kubelet is between two back-offs of a
 * crash loop (the waiting reason CrashLoopBackOff comes back after the next start).
 */
export const CRASH_MIN_RESTARTS = 1;
export const CRASHED_RULE: StateRule = {
  failure_type: 'CrashLoopBackOff',
  message: `container ${CONTAINER}: ${DETAIL}; back-off restarting failed container`,
};

export const UNSCHEDULABLE_RULE: StateRule = {
  failure_type: 'SchedulingBlocked',
  signal: { record_type: 'Pod', phase: 'Pending', reason: 'FailedScheduling' },
  message: `FailedScheduling: ${DETAIL}`,
};
/** Pod condition PodScheduled=False with one of these reasons. */
export const UNSCHEDULABLE_REASONS: readonly string[] = ['Unschedulable'];

export const NODE_RULE: StateRule = {
  failure_type: 'NodeNotReady',
  signal: { record_type: 'Node', condition: 'NotReady' },
  message: `node not ready: ${DETAIL}`,
};
/** Node condition Ready with one of these statuses. */
export const NODE_NOT_READY_STATUSES: readonly string[] = ['False', 'Unknown'];

export const WORKLOAD_RULE: StateRule = {
  failure_type: 'ReplicaMismatch',
  signal: { record_type: 'Deployment', replica_drift: true },
  message: `replicas not ready: ${DETAIL}`,
};
export const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'];
/**
 * Workload conditions that are a failure whatever the replica counts: [type, status, reason]
 * (reason '*' for any).
 */
export const WORKLOAD_FAILED_CONDITIONS: readonly (readonly [string, string, string])[] = [
  ['Available', 'False', '*'],
  ['Progressing', 'False', 'ProgressDeadlineExceeded'],
  ['ReplicaFailure', 'True', '*'],
];
/**
 * Fewer ready replicas than desired is a rollout in progress, not a failure, while the
 * Progressing condition is True with one of these reasons and no failed condition above.
 */
export const ROLLOUT_IN_PROGRESS_REASONS: readonly string[] = ['ReplicaSetUpdated', 'NewReplicaSetCreated', 'FoundNewReplicaSet'];

/** `labels.source` on records made from object state. */
export const OBJECT_SOURCE = 'k8s_object';
