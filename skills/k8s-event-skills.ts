// Policy for turning captured Kubernetes Events (`kubectl get events -o json`) into GHOST
// records: which reason and message make which failure class, and which classes travel as a
// structured signal for the K8s watcher. Data only; the normaliser applies it.
import type { FailureType } from './failure-types.ts';
import { EXCLUDE_PATTERNS } from './watcher-skills.ts';

export const AGENT_VERSION = '1.27.0';

/** Stand-ins in a signal template, filled from the event being mapped. */
export const EVENT_REASON = '{event.reason}';
export const OBJECT_NAME = '{involvedObject.name}';

export type SignalTemplate = Readonly<Record<string, string>>;

export interface EventRule {
  failure_type: FailureType;
  /** The event's reason must equal one of these; absent means any reason. */
  reasons?: readonly string[];
  /**
   * Lowercase substrings; the lowercased message must contain one of them. Absent means any
   * message. With both `reasons` and `message_any`, both must hold.
   */
  message_any?: readonly string[];
  /** Lowercase substrings; a message containing any of them is not matched (its words name a recovery). */
  message_none?: readonly string[];
  /** Lowercase prefixes; the lowercased message must start with one of them. */
  message_start?: readonly string[];
  /**
   * A rule for a row of kubectl's event tables only, and only when no other rule and no word of its
   * message names a class (the row's reason and the form of its message decide what is left).
   * `matchEventRule` passes over such rules unless asked for them (`unread`).
   */
  when_unread?: true;
  severity: 'ERROR' | 'WARNING';
  /** Present for classes the K8s watcher reads from a structured signal rather than text. */
  signal?: SignalTemplate;
}

const POD_PENDING = { record_type: 'Pod', phase: 'Pending', reason: EVENT_REASON } as const;

/**
 * Ordered: the first rule that matches an event decides its class; an event no rule matches
 * is dropped (Scheduled, Pulled, Started and the like describe a healthy rollout).
 */
export const EVENT_RULES = [
  { failure_type: 'ImagePullBackOff', reasons: ['ImagePullBackOff', 'ErrImagePull'], severity: 'ERROR', signal: POD_PENDING },
  // The scheduler, and the cluster autoscaler finding no node group that would fit the pod.
  // Its `FailedToScaleUpGroup` when the cloud refused the scale-up it wanted for pending pods (`Scale-up failed
  // for group agentpool: ... StatusCode=409`).
  // Batch schedulers report the same as Unschedulable (Volcano's PodGroups) and FilteringFailed (HAMi);
  // the critical-pod rescheduler of older clusters as PodDoestFitAnyNode (its spelling, at Normal).
  {
    failure_type: 'SchedulingBlocked',
    reasons: ['FailedScheduling', 'NotTriggerScaleUp', 'FailedToScaleUpGroup', 'Unschedulable', 'FilteringFailed', 'PodDoestFitAnyNode'],
    severity: 'ERROR',
    signal: POD_PENDING,
  },
  {
    failure_type: 'NodeNotReady',
    reasons: ['NodeNotReady'],
    severity: 'ERROR',
    signal: { record_type: 'Node', condition: 'NotReady', name: OBJECT_NAME },
  },
  {
    failure_type: 'NodeNotReady',
    message_any: ['notready'],
    // The class's exclusions hold for an event's message as for any line (a Flink operator's
    // `deployment status changed: NotReady -> Ready` is a recovery).
    message_none: EXCLUDE_PATTERNS.NodeNotReady,
    severity: 'ERROR',
    signal: { record_type: 'Node', condition: 'NotReady', name: OBJECT_NAME },
  },
  // The node problem detector's health checkers: the kubelet or the container runtime down;
  // its systemd monitor: the kubelet or the runtime restarting again and again; its kernel
  // monitor: the runtime's tasks hung in the kernel (KernelDeadlock).
  {
    failure_type: 'NodeNotReady',
    reasons: [
      'KubeletIsDown',
      'ContainerRuntimeIsDown',
      'FrequentKubeletRestart',
      'FrequentDockerRestart',
      'FrequentContainerdRestart',
      'DockerHung',
      'KernelDeadlock',
    ],
    severity: 'ERROR',
    signal: { record_type: 'Node', condition: 'NotReady', name: OBJECT_NAME },
  },
  // The kubelet unable to collect garbage because its container runtime does not answer (`ContainerGCFailed`:
  // `dial unix /run/containerd/containerd.sock: connect: connection refused`, `Cannot connect to the Docker
  // daemon`): the node's runtime is down, not a probe its `connection refused` reads like.
  {
    failure_type: 'NodeNotReady',
    reasons: ['ContainerGCFailed', 'ImageGCFailed'],
    message_any: ['.sock: connect: ', 'cannot connect to the docker daemon'],
    severity: 'ERROR',
    signal: { record_type: 'Node', condition: 'NotReady', name: OBJECT_NAME },
  },
  // The kubelet reports an image it cannot pull as reason BackOff, message "Back-off pulling
  // image ..." (or "Error: ImagePullBackOff"): without this row those events would read as a
  // crash loop.
  {
    failure_type: 'ImagePullBackOff',
    reasons: ['BackOff'],
    message_any: ['pulling image', 'errimagepull', 'image pull', 'imagepullbackoff'],
    severity: 'ERROR',
    signal: { record_type: 'Pod', phase: 'Pending', reason: 'ImagePullBackOff' },
  },
  // The kubelet's own pull failures arrive as reason Failed ("Failed to pull image ...",
  // "Error: ErrImagePull", "Error: ImagePullBackOff"); other Failed events are not mapped.
  {
    failure_type: 'ImagePullBackOff',
    reasons: ['Failed'],
    message_any: ['failed to pull image', 'errimagepull', 'imagepullbackoff'],
    severity: 'ERROR',
    signal: { record_type: 'Pod', phase: 'Pending', reason: 'ErrImagePull' },
  },
  { failure_type: 'CrashLoopBackOff', reasons: ['BackOff'], severity: 'ERROR' },
  {
    failure_type: 'StartupProbeFailed',
    reasons: ['Unhealthy'],
    message_any: ['probe failed', 'connection refused'],
    severity: 'ERROR',
  },
  { failure_type: 'OOMKilled', message_any: ['oomkilled', 'out of memory'], severity: 'ERROR' },
  // The kernel OOM killer as the kubelet and the node problem detector report it.
  { failure_type: 'OOMKilled', reasons: ['SystemOOM', 'OOMKilling', 'CgroupOOM'], severity: 'ERROR' },
  // A pod removed by its node: the kubelet's eviction (and its eviction threshold being met),
  // the taint manager deleting pods of a lost node, the scheduler preempting a victim, and the
  // kubelet rejecting a pod at admission (a device it could not allocate), and a batch queue
  // (Kueue) evicting a workload whose pods did not become ready in time or were preempted.
  {
    failure_type: 'PodDown',
    reasons: [
      'Evicted',
      'EvictionThresholdMet',
      'Preempted',
      'Preempting',
      'UnexpectedAdmissionError',
      // ... the topology manager finding no NUMA alignment, the CPU manager unable to give whole cores.
      'TopologyAffinityError',
      'SMTAlignmentError',
      'EvictedDueToPodsReadyTimeout',
      'EvictedDueToPreempted',
    ],
    severity: 'ERROR',
  },
  // The taint manager deleting a pod of a node that went away; the same reason cancels the
  // deletion when the node comes back (`Cancelling deletion of Pod ns/name`). Before the taint
  // manager the node controller did it under its own reason, in words older releases spelled
  // `Marking for deleion Pod x from Node y`.
  {
    failure_type: 'PodDown',
    reasons: ['TaintManagerEviction', 'NodeControllerEviction'],
    message_any: ['marking for deletion', 'marking for deleion'],
    severity: 'ERROR',
  },
  // The DaemonSet controller finding one of its pods failed on a node (`FailedDaemonPod`: `Found
  // failed daemon pod ns/x on node y, will try to kill it`).
  { failure_type: 'PodDown', reasons: ['FailedDaemonPod'], severity: 'ERROR' },
  // The Spark Operator on an application whose driver or executors failed (`SparkExecutorFailed`:
  // `Executor [x-exec-3 1 Error] failed with ExitCode: 1`; `SparkApplicationFailed`: `SparkApplication
  // x failed: Driver Pod not found`).
  { failure_type: 'PodDown', reasons: ['SparkApplicationFailed', 'SparkDriverFailed', 'SparkExecutorFailed'], severity: 'ERROR' },
  // Karpenter declining to repair a node pool's unhealthy nodes because too many of them are
  // (`NodeRepairBlocked`: `more then 20% nodes are unhealthy in the nodepool`).
  { failure_type: 'NodeNotReady', reasons: ['NodeRepairBlocked'], severity: 'ERROR' },
  // KubeVirt's controller on a node whose virt-handler stopped sending its heartbeat (`NodeUnresponsive`:
  // `virt-handler is not responsive, marking node as unresponsive`), at Normal.
  { failure_type: 'NodeNotReady', reasons: ['NodeUnresponsive'], severity: 'ERROR' },
  // The cloud node lifecycle controller deleting a node whose instance the cloud no longer has (`DeletingNode`:
  // `Deleting node x because it does not exist in the cloud provider`, in older releases `Deleting Node x because
  // it's not present according to cloud provider`), at Normal: the node is gone with it.
  {
    failure_type: 'NodeNotReady',
    reasons: ['DeletingNode'],
    message_any: ['does not exist in the cloud provider', 'not present according to cloud provider'],
    severity: 'ERROR',
    signal: { record_type: 'Node', condition: 'NotReady', name: OBJECT_NAME },
  },
  // A controller's create call that timed out (`Error creating: Timeout: request did not complete
  // within requested timeout`, an admission webhook's `context deadline exceeded`): the latency of
  // the call, whatever replicas it leaves short.
  {
    failure_type: 'HighLatency',
    reasons: ['FailedCreate'],
    message_any: ['request did not complete within requested timeout', 'context deadline exceeded', 'i/o timeout', 'client.timeout exceeded'],
    severity: 'ERROR',
  },
  // The ReplicaSet, StatefulSet, Job and DaemonSet controllers failing to create a pod.
  { failure_type: 'ReplicaMismatch', reasons: ['FailedCreate'], severity: 'ERROR' },
  // A Job whose pods failed until its backoff limit.
  { failure_type: 'CrashLoopBackOff', reasons: ['BackoffLimitExceeded'], severity: 'ERROR' },
  // The kubelet on a container it could not create or start: reason Failed, message `Error: ` and the cause
  // (`Error: container has runAsNonRoot and image will run as root`, `Error: secret "x" not found`, `Error:
  // failed to create containerd container: ...`): the pod's CreateContainerConfigError or
  // CreateContainerError. An image it cannot pull (`Error: ErrImagePull`) is read above, and a cause whose
  // words name a class (`Error: context deadline exceeded`) keeps that class.
  { failure_type: 'PodDown', reasons: ['Failed'], message_start: ['error: '], when_unread: true, severity: 'ERROR' },
] as const satisfies readonly EventRule[];

/** The service every lab record is attributed to (the lab runs one deployment). */
export const LAB_SERVICE = 'app-service';

/** `labels.source` on records made from events. */
export const EVENT_SOURCE = 'k8s_event';

/** The object name a Node signal gets when the event names none. */
export const DEFAULT_OBJECT_NAME = 'app-service';

export interface EventFields {
  reason: string;
  message: string;
}

/**
 * The first rule that matches, or null when the event is not a failure GHOST handles. With
 * `unread`, only the rules for what no other rule and no word of the message decided
 * (`when_unread`); without it, only the others.
 */
export function matchEventRule(event: EventFields, rules: readonly EventRule[] = EVENT_RULES, unread = false): EventRule | null {
  const index = rulesByReason(rules)[unread ? 'unread' : 'read'];
  const candidates = index.byReason.get(event.reason) ?? index.anyReason;
  // The message is lower-cased only once a rule's reasons admit the event (most events' are
  // in no rule's).
  let low: string | null = null;
  for (const rule of candidates) {
    low ??= event.message.toLowerCase();
    const text = low;
    if (rule.message_start && !rule.message_start.some((s) => text.startsWith(s))) continue;
    if (rule.message_any && !rule.message_any.some((s) => text.includes(s))) continue;
    if (rule.message_none && rule.message_none.some((s) => text.includes(s))) continue;
    return rule;
  }
  return null;
}

/** A table's rules a reason admits, in table order: per reason some rule names, and for any other. */
interface ReasonIndex {
  byReason: Map<string, EventRule[]>;
  anyReason: EventRule[];
}

/** Per rule table (tables are fixed once built), its rules by reason, without and with `when_unread`. */
const REASON_INDEXES = new WeakMap<readonly EventRule[], { read: ReasonIndex; unread: ReasonIndex }>();

function rulesByReason(rules: readonly EventRule[]): { read: ReasonIndex; unread: ReasonIndex } {
  let indexes = REASON_INDEXES.get(rules);
  if (indexes === undefined) {
    const build = (unread: boolean): ReasonIndex => {
      const own = rules.filter((rule) => (rule.when_unread === true) === unread);
      const named = new Set(own.flatMap((rule) => rule.reasons ?? []));
      const admits = (reason: string | null) => own.filter((rule) => rule.reasons === undefined || (reason !== null && rule.reasons.includes(reason)));
      return { byReason: new Map([...named].map((reason) => [reason, admits(reason)])), anyReason: admits(null) };
    };
    indexes = { read: build(false), unread: build(true) };
    REASON_INDEXES.set(rules, indexes);
  }
  return indexes;
}
