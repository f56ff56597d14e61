// Field rules: what the fields of a recognised line format say about a failure. Data only;
// the readers in src/line-formats/ pull the fields out of a line, and these tables judge them.
// A line a reader recognises is judged by its fields alone: the free text around them (a
// pod's name, a request's path) is never evidence.
import type { FailureType } from './failure-types.ts';
import type { ExitLevel } from '../src/line-formats/process-exit.ts';

export const LINE_FORMAT_SKILLS_VERSION = '1.111.0';

export interface PodStatusRule {
  /**
   * The STATUS column, lowercase, exactly, or with `prefix` its beginning, with `suffix` its end
   * (an `init:` status is judged as the status after it).
   */
  status: string;
  prefix?: boolean;
  suffix?: boolean;
  failure: FailureType;
  /** The row counts only with at least this many restarts (an errored container restarted). */
  minRestarts?: number;
  /** ... only with at most this many (a pod that never ran has none). */
  maxRestarts?: number;
  /** ... only with no container ready (READY 0/N). */
  noneReady?: boolean;
  /**
   * ... only with fewer containers ready than the pod has (READY x/N, x < N): a pod is Ready, and
   * a Service sends it traffic, only while every one of its containers is ready.
   */
  notAllReady?: boolean;
  /** ... only once the pod is at least this old (a pod seconds old is still being placed). */
  minAgeSeconds?: number;
  /** ... only with at least this many restarts an hour, on average over the pod's AGE. */
  minRestartsPerHour?: number;
}

/**
 * `kubectl get pods` STATUS values that name a failure, whatever the pod is called and
 * whatever its counts, and the same after `Init:` (an init container's). A status not listed
 * (Running, Completed, ContainerCreating, PodInitializing, Init:0/1) says nothing.
 */
export const POD_STATUS_RULES: readonly PodStatusRule[] = [
  { status: 'oomkilled', failure: 'OOMKilled' },
  { status: 'imagepullbackoff', failure: 'ImagePullBackOff' },
  { status: 'errimagepull', failure: 'ImagePullBackOff' },
  { status: 'errimageneverpull', failure: 'ImagePullBackOff' },
  { status: 'invalidimagename', failure: 'ImagePullBackOff' },
  // The kubelet's other image errors: an image it could not inspect, a registry it could not
  // reach, and the name early releases gave a failed pull (`PullImageError`).
  { status: 'imageinspecterror', failure: 'ImagePullBackOff' },
  { status: 'errregistryunavailable', failure: 'ImagePullBackOff' },
  { status: 'pullimageerror', failure: 'ImagePullBackOff' },
  { status: 'crashloopbackoff', failure: 'CrashLoopBackOff' },
  { status: 'error', failure: 'CrashLoopBackOff', minRestarts: 1 },
  // Failed and never restarted (restartPolicy Never or OnFailure given up, a Job's pod, a
  // pod whose node rejected it): nothing will bring it back, whatever sidecars still run.
  { status: 'error', failure: 'PodDown', maxRestarts: 0 },
  // Never placed: nothing ready, never started, and past the scheduler's first attempts.
  { status: 'pending', failure: 'SchedulingBlocked', noneReady: true, maxRestarts: 0, minAgeSeconds: 10 },
  // A pending pod held by its scheduling gates (a batch queue's, until it admits the workload), as kubectl
  // shows it instead of Pending.
  { status: 'schedulinggated', failure: 'SchedulingBlocked', noneReady: true, maxRestarts: 0, minAgeSeconds: 10 },
  // Running with no container ready after restarting, on average, at least once an hour of its life: a
  // container that starts, never turns ready and is killed again (its liveness probe, its crash) is looping
  // between back-offs, whatever STATUS the moment shows (`router-x 0/1 Running 53 8h`, `calico-node-x 0/1
  // Running 649 7d`). A pod restarted a few times over a day and not ready this moment (`etcd-x 0/1 Running 8
  // 22h`) says nothing.
  { status: 'running', failure: 'CrashLoopBackOff', noneReady: true, minRestarts: 3, minRestartsPerHour: 1 },
  // A pod the scheduler could place nowhere, as older kubectl shows it.
  { status: 'unschedulable', failure: 'SchedulingBlocked' },
  // Rejected or removed by the node: eviction, admission, node shutdown, a lost container.
  { status: 'evicted', failure: 'PodDown' },
  // The kubelet's admission refusing a pod for want of a resource, whatever the resource: `OutOfcpu`,
  // `OutOfmemory`, `OutOfpods`, `OutOfephemeral-storage`, `OutOfdisk` and extended resources
  // (`OutOfnvidia.com/gpu`, `OutOfhugepages-2Mi`).
  { status: 'outof', prefix: true, failure: 'PodDown' },
  { status: 'nodeaffinity', failure: 'PodDown' },
  // The kubelet's admission rejections under their predicate-era names.
  { status: 'podfitshostports', failure: 'PodDown' },
  { status: 'matchnodeselector', failure: 'PodDown' },
  { status: 'nodeselectormismatching', failure: 'PodDown' },
  { status: 'shutdown', failure: 'PodDown' },
  { status: 'unexpectedadmissionerror', failure: 'PodDown' },
  // ... and the topology manager's and the CPU manager's (`0/1 TopologyAffinityError 0 21m`).
  { status: 'topologyaffinityerror', failure: 'PodDown' },
  { status: 'smtalignmenterror', failure: 'PodDown' },
  { status: 'containerstatusunknown', failure: 'PodDown' },
  // A container that ended with no reason the runtime named, as kubectl shows it (`ExitCode:255`,
  // `Signal:9`, `Init:ExitCode:1`): a failed container, read as `Error` is.
  ...['exitcode:', 'signal:'].flatMap((status): PodStatusRule[] => [
    { status, prefix: true, failure: 'CrashLoopBackOff', minRestarts: 1 },
    { status, prefix: true, failure: 'PodDown', maxRestarts: 0 },
  ]),
  // dockershim's reason for a container the runtime could not start at all.
  { status: 'containercannotrun', failure: 'PodDown' },
  // The kubelet's reasons for a container it could not create or start (a missing Secret or ConfigMap,
  // a command not found, a mount it could not make): read as `Error` is, a crash loop once the
  // container has been restarted, a pod down while it never ran (Tekton's step: `1/2 StartError 0 11m`).
  ...['starterror', 'runcontainererror', 'createcontainererror', 'createcontainerconfigerror'].flatMap((status): PodStatusRule[] => [
    { status, failure: 'CrashLoopBackOff', minRestarts: 1 },
    { status, failure: 'PodDown', maxRestarts: 0 },
  ]),
  // Being deleted with a container not ready: the pod no longer serves (a pod is Ready only
  // while all its containers are), and a pod past its first minute that shows it is stuck (its
  // node lost, a finalizer, a container that ignores SIGTERM; a CI pod left at 4/7 for days) or
  // going away without a ready replacement. A terminating pod still fully ready is shutting
  // down gracefully (its endpoints are removed first): it says nothing.
  { status: 'terminating', failure: 'PodDown', notAllReady: true, minAgeSeconds: 60 },
  // Still fully ready, the row of a pod ten minutes old or more: a rollout replaces pods minutes
  // old and their rows go within their grace period (30 s by default), so an older pod shown
  // terminating is one that is stuck or gone without a ready replacement. In the real-world files
  // every such row (twenty) is a pod down, and every younger one (under nine minutes, four) routine.
  { status: 'terminating', failure: 'PodDown', minAgeSeconds: 600 },
  // The node controller marks the pods of a node it lost (`NodeLost`), and a pod whose state
  // could not be had shows `Unknown`: the row is about the pod, and the pod is down (the node
  // itself is judged by its own row, `kubectl get nodes`).
  { status: 'nodelost', failure: 'PodDown' },
  { status: 'unknown', failure: 'PodDown' },
  // A pod whose phase is Failed, shown as the phase or as the reason that failed it, when the
  // reason is not one named above (a virtual node's `ProviderFailed`), with nothing ready.
  { status: 'failed', suffix: true, failure: 'PodDown', noneReady: true },
  // A pod its provider no longer holds, as a virtual node reports it (virtual-kubelet on Azure Container
  // Instances: `somejob-x 0/1 NotFound 0 13m <none> virtual-node-aci-linux`), with nothing ready.
  { status: 'notfound', failure: 'PodDown', noneReady: true },
];

/**
 * Access logs (combined and common log format, load balancer logs) are judged by their
 * status and timing only; the request, referrer and user agent are data.
 */
export interface AccessLogRules {
  /** Statuses that name a failure class. */
  statuses: Readonly<Record<number, FailureType>>;
  /** Envoy response flags, rack-timeout's request states and gRPC call logs' codes that name a failure class. */
  responseFlags: Readonly<Record<string, FailureType>>;
  /** A request that took at least this long (seconds) is HighLatency, whatever its status. */
  slowSeconds: number;
  /** A request answered with an error (errorFrom up) after at least this long (seconds) is HighLatency. */
  slowErrorSeconds: number;
  /** Statuses from this one up make the line an ERROR (the watcher then reads its class). */
  errorFrom: number;
}

export const ACCESS_LOG_RULES: AccessLogRules = {
  /** Statuses that name a failure class. */
  statuses: { 504: 'HighLatency', 408: 'HighLatency' },
  /**
   * Envoy's response flags (the field after the status in its access log) that name a
   * failure class: UT, the upstream request timeout, whatever status was returned.
   */
  // A gRPC call log's code for a call that ran out of its deadline (DeadlineExceeded, which
  // gRPC's HTTP mapping answers as 504).
  responseFlags: { UT: 'HighLatency', timed_out: 'HighLatency', expired: 'HighLatency', DeadlineExceeded: 'HighLatency' },
  /** A request that took at least this long (seconds) is HighLatency, whatever its status. */
  slowSeconds: 30,
  /**
   * A server that answers with an error only after this long gave up waiting on something
   * slower (a write that timed out downstream, answered 500 after 16 s): every error response
   * of 10 s or more in the real-world files is labelled HighLatency.
   */
  slowErrorSeconds: 10,
  /** Statuses from this one up make the line an ERROR (the watcher then reads its class). */
  errorFrom: 500,
};

export interface NodeStatusRule {
  /** The condition in the STATUS column, lowercase: `notready`, `unknown`. */
  condition: string;
  failure: FailureType;
}

/**
 * `kubectl get nodes` STATUS values that name a failure: the Ready condition False
 * (`NotReady`) or Unknown (the node controller lost the kubelet), cordoned or not. `Ready`
 * and `Ready,SchedulingDisabled` (a cordoned, healthy node) say nothing.
 */
export const NODE_STATUS_RULES: readonly NodeStatusRule[] = [
  { condition: 'notready', failure: 'NodeNotReady' },
  { condition: 'unknown', failure: 'NodeNotReady' },
];

/**
 * Cluster API's rows of machines (a KubeadmControlPlane's, a MachineDeployment's while it scales):
 * short of its replicas when at least `minUnavailable` machines are unavailable or, with
 * `readyShort`, fewer are ready than it has. A row whose counts agree says nothing, whatever its
 * name holds (`x-unhealthy-cp ... 1 1 1 0`).
 */
export interface MachineRowRule {
  failure: FailureType;
  minUnavailable: number;
  readyShort: boolean;
}

export const MACHINE_ROW_RULE: MachineRowRule = { failure: 'ReplicaMismatch', minUnavailable: 1, readyShort: true };

/**
 * Nomad allocation STATUS values that name a failure: `failed` (its tasks failed and the
 * restart policy gave up) and `lost` (the client holding it stopped answering; the allocation
 * is gone and is rescheduled elsewhere). pending, running and complete say nothing.
 */
export const ALLOC_STATUS_RULES: Readonly<Record<string, FailureType>> = { failed: 'PodDown', lost: 'PodDown' };

/**
 * Metric samples (Prometheus' text format): a sample whose value is one of these counts
 * nothing, whatever its name and labels name (`problem_counter{reason="OOMKilling"} 0`).
 * Any other value is left to the phrase tables.
 */
export const METRIC_SAMPLE_RULES: { readonly quietValues: readonly number[] } = { quietValues: [0] };

export interface ProcessExitLevels {
  failure: FailureType;
  /** klog header letters that end the process (klog.Fatal exits once it has written the line). */
  klog: readonly string[];
  /** Other formats' fatal levels; each mark is also the `processExit` reader's mark (READER_MARKS). */
  levels: readonly ExitLevel[];
}

/**
 * Levels that end the process stating them, and the reports a process writes as it dies: klog's
 * `F`, logrus' `level=fatal` and `FATA[...]`, zap's and logrus' JSON `"level":"fatal"`, `[FATAL]`
 * (CoreDNS' and Calico's loggers, which exit after it), a Go program's `Fatal:` after its source line
 * (StackRox: `main.go:69: Fatal: Sensor exited with error: ...`), and the Go runtime's `panic: `, `fatal
 * error: ` and `[signal SIGSEGV: ...]` opening the line (or after a journal's or a collector's prefix,
 * Docker's JSON log `{"log":"` among them), client-go's `Observed a panic: ` (re-raised once logged),
 * and glog's failure signal handler (`*** SIGSEGV (@0x0) received by PID 15670 ...`). A line stating
 * one that no class's words name is a pod down: its process has ended (`FATA[...] rpc error: ... could
 * not create IP forward entry`, `panic: open \\.\\pipe\\csi-proxy-filesystem-v1: ...`). The fallback
 * after the phrase tables and the klog speakers: a class the words name comes first (`level=fatal
 * msg="... i/o timeout"` is HighLatency, `fatal error: runtime: out of memory` OOMKilled). Every line
 * holding one in data/realworld is a failure line, and a line that states no level but one of these is
 * an ERROR.
 */
/** zap's console line at its fatal level: the time, a tab, the level, a tab. */
const ZAP_CONSOLE_FATAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})\t(?:fatal|FATAL)\t/;
/** The Go runtime's first line on a signal that ends the process, the signal's name and what it means. */
const SIGNAL_DUMP = /(?:^|\]: |\| |^\{"log":")SIG(?:ABRT|SEGV|BUS|ILL|FPE|QUIT): [a-z ]{2,40}$/;

export const PROCESS_EXIT_LEVELS: ProcessExitLevels = {
  failure: 'PodDown',
  klog: ['F'],
  levels: [
    { mark: 'level=fatal', layout: /(?:^|[\s"])level=fatal(?=[\s"]|$)/ },
    { mark: '"level":"fatal"', layout: /"level":"fatal"/ },
    { mark: 'level=panic', layout: /(?:^|[\s"])level=panic(?=[\s"]|$)/ },
    { mark: '"level":"panic"', layout: /"level":"panic"/ },
    { mark: 'FATA[', layout: /(?:^|\]: |\| |^\{"log":")FATA\[/ },
    // Weave Net's logger, its level then a colon and the time (`FATA: 2021/03/15 07:13:38.818654 creating datapath ...`).
    { mark: 'FATA: ', layout: /(?:^|\]: |\| )FATA: \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/ },
    { mark: '[FATAL]', layout: /(?:^|\s)\[FATAL\]/ },
    // NATS' logger, whose fatal level is written in three letters (`[1] 2018/08/02 06:52:50.195843 [FTL] STREAM:
    // Failed to start: nats: no servers available for connection`), as its `[INF]`, `[WRN]` and `[ERR]`.
    { mark: '[FTL] ', layout: /(?:^|\s)\[FTL\] \S/ },
    { mark: ': Fatal: ', layout: /\.go:\d{1,6}: Fatal: \S/ },
    // A Go panic behind the pod name a log viewer puts before each line (`harbor-registry-jobservice-5d9fc5b9b9-xnqjs
    // panic: failed to load configuration, ...`), and the container's name after it as stern prints them
    // (`member-agent-5fd8d4d87-cvssj member-agent panic: runtime error: ...`): a pod's name ends in its ReplicaSet's
    // and its own generated suffixes.
    { mark: 'panic: ', layout: /(?:^|\]: |\| |^\{"log":"|^[a-z0-9][a-z0-9.-]{0,200}-[a-z0-9]{5} (?:[a-z0-9][a-z0-9-]{0,62} )?)panic: \S/ },
    { mark: 'fatal error: ', layout: /(?:^|\]: |\| |^\{"log":")fatal error: \S/ },
    { mark: '[signal SIG', layout: /(?:^|\]: |\| |^\{"log":")\[signal SIG[A-Z]{2,6}: / },
    // The Go runtime on a signal that ends the process, opening its dump (`SIGABRT: abort`, `SIGQUIT: quit`).
    ...['SIGABRT: ', 'SIGSEGV: ', 'SIGBUS: ', 'SIGILL: ', 'SIGFPE: ', 'SIGQUIT: '].map((mark) => ({ mark, layout: SIGNAL_DUMP })),
    { mark: 'Observed a panic: ', layout: /\.go:\d{1,6}\] Observed a panic: / },
    // A Rust program's main thread panicking, which ends the process (`thread 'main' panicked at 'Failed to init
    // EAL', io-engine/src/core/env.rs:628:13`); another thread's panic need not.
    { mark: "thread 'main' panicked at ", layout: /(?:^|\] |: )thread 'main' panicked at / },
    // zerolog's console writer at fatal, after the time and before the caller (`2023-07-12T12:58:58Z FTL
    // worker.go:247 > error=...`); Pi-hole's FTL, a program's name, has no caller after it.
    { mark: 'FTL ', layout: /FTL(?<=(?:^|[\dZM] )FTL) \S{1,300}\.go:\d{1,6} > / },
    // A C++ failure signal handler's report (Pixie's `signal_action.cc:63] Caught Aborted, suspect faulting
    // address 0x9e95. Trace:`).
    { mark: ', suspect faulting address ', layout: /\bCaught [A-Z][a-z]{2,30}, suspect faulting address / },
    // The C++ runtime aborting a process on an exception nothing caught (`terminate called after throwing an
    // instance of 'google::KubernetesReader::NonRetriableError'`, `terminate called without an active exception`).
    { mark: 'terminate called ', layout: /(?:^|\]: |\| |^\{"log":")terminate called (?:after throwing an instance of |without an active exception)/ },
    { mark: '*** SIG', layout: /^\*\*\* SIG[A-Z]{2,6} \(@0x[0-9a-f]{1,16}\) received by PID \d{1,10} / },
    // The Erlang runtime halting: its boot script failed (`init terminating in do_boot ({badmatch,...})`), or
    // an application it could not do without stopped (`Kernel pid terminated (application_controller) (...)`).
    // A level word after the time or the program's name (MinIO: `minio FATAL Unable to prepare the list of
    // endpoints: ...`; orchestrator: `2020-10-20 01:19:48 FATAL unable to open database file`; JBoss:
    // `2018-04-25 17:12:53,883 FATAL [org.jboss.as.server] ...`).
    { mark: 'FATAL ', layout: /^(?:\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})? |[\w.-]{1,64} )?FATAL \S/ },
    { mark: 'init terminating in do_boot', layout: /(?:^|\]: |\| |^\{"log":"|^\{")init terminating in do_boot\b/ },
    { mark: 'Kernel pid terminated (', layout: /(?:^|\]: |\| |^\{"log":")Kernel pid terminated \(/ },
    // zap's console encoder, its level between tabs after an ISO 8601 time (VictoriaMetrics: `2019-08-12T10:26:
    // 30.512+0000<TAB>fatal<TAB>app/vmstorage/main.go:47<TAB>cannot open a storage at ...`), in either case.
    ...['\tfatal\t', '\tFATAL\t'].map((mark) => ({ mark, layout: ZAP_CONSOLE_FATAL })),
  ],
};

export interface KlogSpeakerRule {
  /** klog/glog source files, as the header names them. */
  files: readonly string[];
  failure: FailureType;
  /** Lowercase substrings; the lowercased message after the header must contain one. */
  message_any: readonly string[];
}

/**
 * What a klog line's speaker says when the phrase tables find nothing: the source file names
 * the component (the scheduler, the kubelet's node status, the node lifecycle controller, the
 * taint manager, the eviction manager, the kubelet's runtime manager and pod workers), and a
 * word of its message says the failure. Such a line is at least a WARNING, whatever level it
 * states: these components report the failures at info level.
 */
export const KLOG_SPEAKER_RULES: readonly KlogSpeakerRule[] = [
  {
    // Cluster API's machine health check, which reports at info the machines it marks for remediation
    // (`machinehealthcheck_controller.go:387] ... "Target has failed health check, marking for remediation"`).
    // A speaker rule, not an info-level reporter: its routine lines name the check, and a check may be
    // named for what it looks for (`machineHealthCheck="default/capi-quickstart-kcp-unhealthy-5m"`).
    files: ['machinehealthcheck_controller.go'],
    failure: 'StartupProbeFailed',
    message_any: ['has failed health check'],
  },
  {
    // Vitess' orchestrator (VTOrc), which reports at info the recovery it starts on a dead primary (`log.go:138]
    // Recovery for DeadPrimary on commerce/0: executeCheckAndRecoverFunction: ...`).
    files: ['log.go'],
    failure: 'PodDown',
    message_any: ['recovery for deadprimary on '],
  },
  {
    // kops' rolling update validating the cluster at info (`instancegroups.go:440] Cluster did not pass
    // validation, will retry in "30s": machine "i-x" has not yet joined cluster.`).
    files: ['instancegroups.go'],
    failure: 'NodeNotReady',
    message_any: ['has not yet joined cluster'],
  },
  {
    // The scheduler, and the cluster autoscaler's scale-up (`Pod default/web-0 is unschedulable`,
    // also through its logging helper klogx.go) and its simulation of where pods could go
    // (`failed to find place for x: cannot put pod x on any node`).
    // Its scale-up orchestrator since 1.28 writes the same (`orchestrator.go:565] Pod x can't be scheduled on y`).
    // The Mesos framework's scheduler for Kubernetes (kubernetes-mesos) found no offer a pod fits
    // (`fcfs.go:95] failed to find a fit for pod: x`).
    files: ['scheduler.go', 'schedule_one.go', 'generic_scheduler.go', 'factory.go', 'scheduling_queue.go', 'scale_up.go', 'klogx.go', 'hinting_simulator.go', 'orchestrator.go', 'fcfs.go'],
    failure: 'SchedulingBlocked',
    message_any: [
      'unable to schedule',
      'failed to schedule',
      'no fit',
      'unschedulable',
      'nodes are available',
      'nodes available',
      'no nodes',
      "can't be scheduled",
      'failed to find place for',
      'failed to find a fit for',
      // Karmada's scheduler (its own `generic_scheduler.go`) on a member cluster it filtered out
      // (`Cluster "member1" is not fit, reason: cluster(s) didn't match the placement ...`).
      'is not fit, reason',
      'cannot put pod',
      // Its scale-up before 1.13 on a node template whose predicates a pod fails, whichever predicate
      // (`scale_up.go:146] Scale-up predicate failed: PodFitsResources predicate mismatch, cannot put x on y`).
      'predicate mismatch',
      // The scheduler before 1.16 setting a pod it could not place as not scheduled
      // (`factory.go:1416] Updating pod condition for ns/x to (PodScheduled==False)`).
      '(podscheduled==false)',
      // Kubernetes-on-Mesos' scheduler on a pod no offer fits (`scheduler.go:161] Could not schedule pod x: 1
      // ports could not be allocated on slave y`).
      'could not schedule pod',
    ],
  },
  {
    // Kubernetes-on-Mesos' scheduler error handler, which retries a pod no offer fits (`errorhandler.go:59] Error
    // scheduling x: No suitable offers for pod/task; retrying`). Many programs have an errorhandler.go: only these
    // words are read from it.
    files: ['errorhandler.go'],
    failure: 'SchedulingBlocked',
    message_any: ['no suitable offers for pod'],
  },
  {
    // Kubernetes-on-Mesos' scheduler on a task Mesos reports lost (`scheduler.go:410] task status update
    // "TASK_LOST" from "SOURCE_MASTER" for task "pod.x" ...`): the pod it ran is gone.
    files: ['scheduler.go'],
    failure: 'PodDown',
    message_any: ['status update "task_lost"'],
  },
  {
    // The cluster autoscaler's predicate checker before 1.13, through its own utils.go, on a pod no node of a
    // group fits (`utils.go:208] Pod x can't be scheduled on y, predicate failed: NoVolumeZoneConflict predicate
    // mismatch, reason: node(s) had no available volume zone`). Many programs have a utils.go: only the
    // predicate checker's own words are read from it.
    files: ['utils.go'],
    failure: 'SchedulingBlocked',
    message_any: ['predicate mismatch'],
  },
  {
    // The node lifecycle controller was `nodecontroller.go` before Kubernetes 1.10.
    files: ['kubelet_node_status.go', 'setters.go', 'node_lifecycle_controller.go', 'nodecontroller.go', 'controller_utils.go'],
    failure: 'NodeNotReady',
    // Words of a node going away only: the same files report its recovery (`Removed
    // [&Taint{Key:node.kubernetes.io/unreachable ...}] Taint`, `... to Status:True`).
    message_any: [
      'became not ready',
      'is not ready',
      'nodenotready',
      'stopped posting',
      'ready status of pods on node',
      'unresponsive',
      'to &nodecondition{type:ready,status:false',
      'to &nodecondition{type:ready,status:unknown',
      // The node lifecycle controller finding a node's status stale (`node x hasn't been
      // updated for 40.01s`): past the grace period it marks the node Unknown.
      "hasn't been updated for",
      // ... or never posted by its kubelet at all (`Condition Ready of node x was never updated by
      // kubelet`): the controller marks it Unknown as it does a stale one.
      'was never updated by kubelet',
    ],
  },
  {
    files: ['taint_manager.go', 'taint_eviction.go'],
    failure: 'PodDown',
    message_any: ['deleting pod', 'marking for deletion', 'evicting'],
  },
  {
    files: ['eviction_manager.go'],
    failure: 'PodDown',
    // Its messages start `eviction manager:`: the words are those of an eviction under way.
    message_any: ['must evict', 'evicting', 'is evicted', 'to reclaim', 'ranked for eviction'],
  },
  {
    // The runtime manager's own check before each start (`checking backoff for container "x" in pod "y"`) is
    // routine: a container that is backing off is reported in its `Back-off 5m0s restarting failed container`.
    files: ['kuberuntime_manager.go', 'pod_workers.go', 'kuberuntime_container.go'],
    failure: 'CrashLoopBackOff',
    message_any: ['back-off', 'crashloop', 'restarting failed container'],
  },
  {
    // The pod garbage collector removing pods bound to a node that no longer exists (`gc_controller.go:184] Found
    // orphaned Pod x/y assigned to the Node z. Deleting.`, `gc_controller.go:77] PodGC is force deleting Pod:
    // x/y`), at info. Its routine collection of finished pods (`Garbage collecting 12 pods`) names no failure.
    files: ['gc_controller.go'],
    failure: 'PodDown',
    message_any: ['found orphaned pod', 'force deleting pod'],
  },
  {
    // The DaemonSet controller on one of its pods that failed on a node (`daemon_controller.go:841] Found failed
    // daemon pod x/y on node z, will try to kill it`), at info, as its FailedDaemonPod event says.
    files: ['daemon_controller.go'],
    failure: 'PodDown',
    message_any: ['found failed daemon pod'],
  },
  {
    // Volcano's enqueue action refusing a job the cluster has no room for (`overcommit.go:114] Resource in
    // cluster is overused, reject job <x> to be inqueue`), and its job controller handling a pod of a job that
    // was evicted or failed (`job_controller.go:356] Try to handle request <... Event:PodEvicted, ...>`), at info.
    files: ['overcommit.go'],
    failure: 'SchedulingBlocked',
    message_any: ['reject job'],
  },
  {
    files: ['job_controller.go'],
    failure: 'PodDown',
    message_any: ['event:podevicted', 'event:podfailed'],
  },
  {
    // The kubelet's admission refusing a pod its node cannot run (`predicate.go:144] "Predicate failed on Pod"
    // pod="x/y" err="Node didn't have enough resource: memory, ..."`), at info: the pod fails (OutOfmemory).
    // Its report of a pod it could not admit after trying to make room (`"Failed to admit pod, unexpected error
    // while attempting to recover from admission failure" pod="x/y" err="preemption: ..."`) is the same.
    files: ['predicate.go'],
    failure: 'PodDown',
    message_any: ['predicate failed on pod', 'failed to admit pod'],
  },
  {
    // metrics-server's readiness check, which it reports failing at info, in klog's structured form
    // (`server.go:187] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"`): the pod is not
    // ready while it fails.
    files: ['server.go'],
    failure: 'StartupProbeFailed',
    message_any: ['"failed probe" probe='],
  },
  {
    // The Vertical Pod Autoscaler's recommender, which records at info each container it saw killed for
    // memory (`cluster_feeder.go:467] OOM detected {Timestamp:... Memory:314572800 ContainerID:{...}}`).
    files: ['cluster_feeder.go'],
    failure: 'OOMKilled',
    message_any: ['oom detected'],
  },
];

export interface InfoLevelReporters {
  /** klog/glog source files, as the header names them. */
  klogFiles: readonly string[];
  /**
   * Line headers of reporters: an expression the header matches (anchored at the line's
   * start), tried only on a line that holds `contains` (case as written).
   */
  headers: readonly ReporterHeader[];
}

export interface ReporterHeader {
  contains: string;
  header: RegExp;
}

/**
 * A stated info or debug level is final (failure words in the message do not override it),
 * except where the line names a speaker that reports cluster state at info level: the
 * kubelet records NodeNotReady, evictions and restarts at info level, the node lifecycle
 * controller its lost nodes, the apiserver its slow requests (utiltrace). The speaker is read
 * from a field the component writes (klog's source file), never from the message.
 */
export const INFO_LEVEL_REPORTERS: InfoLevelReporters = {
  klogFiles: [
    'kubelet.go',
    'kubelet_node_status.go',
    'setters.go',
    'eviction_manager.go',
    // The kubelet's prober and node shutdown manager, and the node controller before it was
    // renamed the node lifecycle controller (Kubernetes 1.10).
    'prober.go',
    // OpenShift's patched prober (`patch_prober.go:28] interesting pod/x ... Readiness probe
    // status=failure`).
    'patch_prober.go',
    // The vertical pod autoscaler's updater, which reports the OOM kills it reacts to.
    'update_priority_calculator.go',
    'nodeshutdown_manager_linux.go',
    'nodecontroller.go',
    'kuberuntime_manager.go',
    // The kubelet's container manager before kuberuntime (Docker's, `manager.go:1407] pod "x"
    // container "y" is unhealthy (probe result: failure), it will be killed and re-created.`).
    'manager.go',
    'node_lifecycle_controller.go',
    // The kubelet's allocation manager (newer kubelets), which reports at info each pod it refuses to admit
    // (`allocation_manager.go:706] "Pod admission denied" pod="x/y" reason="UnexpectedAdmissionError" ...`).
    'allocation_manager.go',
    // The cloud node lifecycle controller of a cloud controller manager, which reports at info a node it
    // deletes because its provider no longer has it (`node_controller.go:260] Deleting node since it is no
    // longer present in cloud provider: x`).
    'node_controller.go',
    // client-go's leader election, which reports a lease it could not renew at info (`leaderelection.go:287]
    // failed to renew lease kube-system/kube-scheduler: failed to tryAcquireOrRenew context deadline
    // exceeded`), and the apiserver's health checks, which report the check that failed at info
    // (`healthz.go:243] healthz check failed: etcd`).
    'leaderelection.go',
    // KubeEdge's keadm, which reports at info the deployment it waits on (`helm_helper.go:68] Deployment is not
    // ready: kubeedge/cloudcore. 0 out of 1 expected pods are ready`).
    'helm_helper.go',
    // The descheduler, which reports at info each pod it evicts (`evictions.go:123] "Evicted pod" pod="x"
    // reason="PodTopologySpread"`, `pod_antiaffinity.go:50] Evicted pod: "x" because of existing anti-affinity`).
    'evictions.go',
    'pod_antiaffinity.go',
    'healthz.go',
    'controller_utils.go',
    'event.go',
    'trace.go',
    'schedule_one.go',
    'factory.go',
    'round_trippers.go',
    'request.go',
    // minikube waiting for its nodes (`node "x" has unwanted condition "Ready" : Reason
    // "NodeStatusUnknown"`).
    'node_ready.go',
    // Karmada's cluster controller, which reports a member cluster it has not heard from at info
    // (`cluster_controller.go:453] cluster x hasn't been updated for 1h11m46s. Last Ready is:
    // &Condition{Type:Ready,Status:Unknown,...}`).
    'cluster_controller.go',
    // ... and for its system pods (`system_pods.go:61] "storage-provisioner" [x] Pending:
    // PodScheduled:Unschedulable (0/1 nodes are available: ...)`).
    'system_pods.go',
    // Mesos' master (glog), which reports the task states it forwards at info (`master.cpp:3175]
    // Sending status update TASK_LOST ...`).
    'master.cpp',
    // The e2e framework's dump of a namespace's events behind a klog header (`dump.go:53] At ...
    // - event for x: {kubelet n} Unhealthy: ...`), and Volcano's predicates (`predicate_helper.go`).
    'dump.go',
    'predicate_helper.go',
    // Mesos' agent (glog), which reports the task states it handles at info (`slave.cpp:3211]
    // Handling status update TASK_FAILED ...`).
    'slave.cpp',
    // SeaweedFS' master (glog), which reports at info the volume servers it lost and the volumes
    // left short of copies (`topology_event_handling.go:57] Removing Volume 383 from the dead volume
    // server x`, `master_grpc_server.go:24] unregister disconnected volume server x`,
    // `volume_layout.go:261] Volume 383 has 0 replica, less than required 1`).
    'topology_event_handling.go',
    'master_grpc_server.go',
    'volume_layout.go',
  ],
  /**
   * Line headers of other reporters: the Kubernetes e2e framework's dump of cluster state
   * (`May  4 15:49:12.579: INFO: `, also behind a CI log's `09:01:32 ` or `I0513 20:23:46.093] `), the ECS agent (`2016-11-10T20:24:05Z [INFO] `, and in logfmt), the
   * Nomad client (`... [INFO] client: `), supervisord's process events (`INFO exited: `).
   */
  headers: [
    // CodeReady Containers waiting on OpenShift's cluster operators as it starts, which reports at debug those
    // not available and why (`DEBU image-registry operator not available, Reason: NoReplicasAvailable`, in its
    // logfmt form `level=debug msg="image-registry operator not available, Reason: ..."`).
    { contains: ' operator not available, Reason: ', header: /(?:^DEBU |(?:^|\s)level=debug msg=")[\w.-]{1,64} operator not available, Reason: / },
    // metal3's Ironic operator, which reports at info, in tab-separated columns, that its deployment is short
    // of available replicas (`2025-11-14T09:21:51Z  INFO  controllers.Ironic  deployment not available yet
    // {... "reason":"MinimumReplicasUnavailable" ...}`); the severity rules read the line with its padding
    // collapsed, so a tab or a space separates the columns.
    { contains: 'controllers.Ironic', header: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z[ \t]INFO[ \t]controllers\.Ironic[ \t]deployment not available yet[ \t]/ },
    // controller-runtime's health endpoint, which logs the checks that failed at info (`{"level":"info",
    // "ts":1675189067.5,"logger":"controller-runtime.healthz","msg":"healthz check failed","statuses":[...]}`).
    // controller-runtime's leader election, which logs a lease it could not renew at info, as client-go's does
    // (`{"level":"info","ts":"2026-01-09T11:44:04.648Z","msg":"failed to renew lease x: context deadline exceeded"}`).
    { contains: '"msg":"failed to renew lease ', header: /^\{"level":"info","ts":(?:"[^"]{1,40}"|[\d.e+-]{1,30}),(?:"logger":"[^"]{1,64}",)?"msg":"failed to renew lease / },
    { contains: '"logger":"controller-runtime.healthz"', header: /^\{"level":"info","ts":[\d.e+-]{1,30},"logger":"controller-runtime\.healthz","msg":"healthz check failed"/ },
    // orchestrator's recovery of a MySQL topology, which reports the failure it detected at info
    // (`2020-03-18 17:52:58 INFO topology_recovery: detected DeadMaster failure on db-1:3306`).
    { contains: 'INFO topology_recovery: ', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} INFO topology_recovery: / },
    // Rook's disruption controller, which reports at info the Ceph OSDs it finds down while it guards a drain
    // (`2024-02-02 01:11:20.170147 I | clusterdisruption-controller: osd "rook-ceph-osd-1" is down and a
    // possible node drain is detected`, `... OSD(s) [0 3] are down and PGs are not clean.`).
    { contains: 'I | clusterdisruption-controller: ', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6} I \| clusterdisruption-controller: / },
    // Spark's standalone scheduler and client, which report at info the executors that ended
    // (`20/06/19 04:44:45 INFO StandaloneSchedulerBackend: Executor app-x/5 removed: Command exited with
    // code 1`, `INFO StandaloneAppClient$ClientEndpoint: Executor updated: app-x/6 is now EXITED (...)`).
    { contains: 'INFO StandaloneSchedulerBackend: Executor ', header: /^\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} INFO StandaloneSchedulerBackend: Executor \S{1,200} removed: / },
    { contains: 'INFO StandaloneAppClient$ClientEndpoint: Executor updated: ', header: /^\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} INFO StandaloneAppClient\$ClientEndpoint: Executor updated: \S{1,200} is now / },
    // The kernel's hung-task detector, whose report starts with the word INFO (`[ 3600.832490] INFO: task
    // ll_cfg_requeue:4037 blocked for more than 120 seconds.`), also with a wall-clock time (`dmesg -T`),
    // and behind the syslog prefix of the kernel's messages (`Jun 12 15:28:33 hv-4 kernel: [  489.615298]
    // INFO: task drbdsetup:3646 ...`), there also without the kernel's own time (`May 09 15:18:40 node-3 kernel: INFO:
    // task dockerd:14148 ...`); a task's name may hold a colon (`kworker/u4:2:141`).
    {
      contains: 'INFO: task ',
      header:
        /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} [\w.-]{1,253} kernel: (?=INFO: |\[))?(?:\[(?: {0,12}\d{1,10}\.\d{6}|[A-Z][a-z]{2} [A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4})\] )?INFO: task [^\s:]{1,64}(?::[^\s:]{1,16})?:\d{1,10} blocked for more than /,
    },
    // Vagrant's retry helper, which logs at info each exception it will retry (`INFO retryable: Retryable
    // exception raised: #<Fog::Errors::TimeoutError: The specified wait_for timeout (2 seconds) was
    // exceeded>`), KubeVirt's virt-launcher, which reports its domain's lifecycle at info (`{"component":
    // "virt-launcher","level":"info","msg":"kubevirt domain status: Shutoff(5):Crashed(3)",...}`), and
    // Nav2's costmaps, which report at info the transforms they timed out waiting for
    // (`[INFO] [1608050063.301498980] [local_costmap.local_costmap]: Timed out waiting for transform ...`).
    { contains: 'INFO retryable: ', header: /^INFO retryable: Retryable exception raised: / },
    { contains: '"component":"virt-launcher"', header: /^\{"component":"virt-launcher",(?:"kind":"[^"]{0,64}",)?"level":"info",/ },
    { contains: '_costmap.', header: /\[INFO\] (?:\[\d{1,12}\.\d{1,9}\] )?\[(?:global|local)_costmap\.\w{1,64}\]: / },
    // SONiC's exit listener, which its syslog carries at info (`Jan 16 23:38:16.322615 sw-1 INFO
    // telemetry#supervisor-proc-exit-listener: Process telemetry exited unxepectedly. ...`).
    { contains: '#supervisor-proc-exit-listener: ', header: /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{6} [\w.-]{1,253} INFO [\w.-]{1,64}#supervisor-proc-exit-listener: / },
    // tinc 1.1's graph, which reports at info the nodes of the mesh it lost (`[INFO  tincd::graph] Node cake
    // became unreachable`).
    { contains: 'tincd::graph] ', header: /\[INFO {1,2}tincd::graph\] Node / },
    // The finish scripts of Home Assistant's add-ons (bashio), which log at info the service s6 saw end, with
    // its exit code and signal (`[18:51:16] INFO: Service exited with code 256 (by signal 4)`, also behind
    // the journal's prefix); an exit of 0, or on a stop's SIGTERM (15) or SIGINT (2), is not a report.
    { contains: '] INFO: Service exited with code ', header: /(?:^|\]: )\[\d{2}:\d{2}:\d{2}\] INFO: Service exited with code (?!0 )\d{1,3} \(by signal (?!(?:15|2)\))\d{1,2}\)/ },
    // MediaMTX, which reports every connection and session it closes at info with the reason
    // (`2023/10/29 15:16:16 INF [RTMP] [conn 10.0.0.7:57260] closed: read tcp ...: i/o timeout`,
    // `INF [WebRTC] [session 914b7d14] closed: deadline exceeded while waiting connection`; also after
    // the time Docker Desktop's log view puts before each line).
    { contains: '] closed: ', header: /^(?:\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} )?\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} INF \[[A-Za-z]{2,8}\] \[(?:conn|session) [^\]]{1,64}\] closed: / },
    // The Datadog Cluster Agent's health handler, which names the component whose check failed at info
    // (`2022-10-21 17:56:26 UTC | CLUSTER | INFO | (pkg/api/healthprobe/healthprobe.go:73 in
    // healthHandler) | Healthcheck failed on: [clusterchecks-dispatch]`).
    { contains: '(pkg/api/healthprobe/healthprobe.go:', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC \| [A-Z]{1,16} \| INFO \| \(pkg\/api\/healthprobe\/healthprobe\.go:\d{1,5} in healthHandler\) \| / },
    { contains: ': INFO: ', header: /^(?:\d{2}:\d{2}:\d{2} |I\d{4} \d{2}:\d{2}:\d{2}\.\d{3}\] )?[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{3}: INFO: / },
    { contains: 'Z [INFO] ', header: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z \[INFO\] / },
    { contains: ' [INFO] client: ', header: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{6})? \[INFO\] client: / },
    // The Nomad client since 0.9 (hclog): `2020-09-16T14:35:37.957Z [INFO]  client.alloc_runner...`,
    // also behind the journal's prefix (`nomad[4495]:     2021-02-16T09:58:30.798Z [INFO]  client...`).
    { contains: 'Z [INFO] ', header: /(?:^|\]: {1,8})\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z \[INFO\] {1,2}client\./ },
    // supervisord, also behind a Compose service prefix (`web  | 2025-10-12 10:25:35,461 INFO gave up: `),
    // the time `docker logs -t` stamps on each line (`2019-04-27T04:37:26.096041000Z 2019-04-27 ...`), the
    // journal's prefix, under supervisord's name or the script's that started it (`Nov 16 07:21:43 host
    // supervisord[14968]: 2018-11-16 ...`, `Oct 15 20:06:16 coreos_62 bash[2193]: 2014-10-15 ...`)
    // or the time Docker Desktop's log view puts before each line (`2023-04-29 17:59:04 2023-04-29
    // 05:59:04,030 INFO exited: `), or Rancher's, run together with it (`12/13/2015 4:37:21
    // PM2015-12-13 15:37:21,452 INFO exited: `), or SONiC's syslog naming the container's supervisord
    // (`Jan 30 20:39:37.821479 switch-1 INFO dhcp_server#supervisord 2024-01-30 20:39:37,821 INFO
    // exited: `), or a log viewer's time and stream columns (`2024/07/26 12:05:04 | stdout | 2024-07-26
    // 16:05:04,013 INFO gave up: `); and pasted without its time (`INFO exited: clamav (exit status 1; not
    // expected)`).
    { contains: 'INFO ', header: /^(?:(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{6} [\w.-]{1,253} INFO [\w.-]{1,64}#supervisord |[\w.-]{1,64} {1,8}\| |\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} |[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} [\w.-]{1,253} [\w.-]{1,64}\[\d{1,10}\]: |\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2}) |\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M|\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} \| std(?:out|err) \| )?\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} )?INFO (?:exited|gave up): / },
    // The ECS agent since it writes logfmt (`level=info time=2023-08-17T00:22:50Z msg="..."
    // ... taskArn="arn:aws:ecs:..."`): its task state changes are reported at info.
    { contains: ' taskArn="arn:aws:ecs:', header: /^level=info time=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z msg="/ },
    // The e2e framework's dump of a namespace's events without its date (`INFO: At 2017-07-25
    // 07:39:30 +0000 UTC - event for x: {kubelet node-1} Failed: ...`); with its date, the
    // first header holds it.
    // The old e2e framework's list of a namespace's pods without its date (`INFO: POD NODE PHASE GRACE
    // CONDITIONS`, then `INFO: x node-1 Failed []`).
    // Ginkgo writes its parallel process' number before each line (`[1] INFO: x node-1 Failed []`).
    { contains: 'INFO: ', header: /^(?:\[\d{1,3}\] )?INFO: [\w.-]{1,253} {1,8}[\w.-]{1,253} {1,8}(?:Pending|Running|Succeeded|Failed|Unknown) {1,8}(?:\d{1,5}s {1,8})?\[/ },
    // Airflow's pod launcher and pod manager, which report at info the phase of the pod a task runs in
    // (`[2022-01-25, 20:13:24 UTC] {pod_launcher.py:236} INFO - Event: x had an event of type Failed`).
    {
      contains: ' INFO - Event: ',
      header: /^\[\d{4}-\d{2}-\d{2}[ ,T]{1,2}\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?(?: ?(?:UTC|[+-]\d{2}:?\d{2}))?\] \{pod_(?:launcher|manager)\.py:\d{1,6}\} INFO - Event: /,
    },
    // Selenium Grid's hub and router, which report the nodes they lose at info: Grid 4 (`18:50:25.820
    // INFO [GridModel.setAvailability] - Switching node x ... from UP to DOWN`) and Grid 3 (`INFO
    // [DefaultRemoteProxy.onEvent] - Marking the node x as down`, `16:01:42.684 INFO - Marking the node`).
    { contains: 'INFO [', header: /^(?:\d{2}:\d{2}:\d{2}\.\d{3} )?INFO \[[A-Z]\w{0,63}\.[\w$]{1,63}\] - / },
    { contains: ' INFO - ', header: /^\d{2}:\d{2}:\d{2}\.\d{3} INFO - / },
    // Scylla's gossip, which reports a member it marks down at info, as Cassandra's does (`INFO
    // 2024-01-23 02:14:19,915 [shard 0:strm] gossip - failure_detector_loop: Mark node x as DOWN`).
    { contains: '] gossip - ', header: /^INFO {1,2}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \[shard \d{1,4}(?::\w{1,16})?\] gossip - / },
    // Weave Net's router, which reports its connections to peers failing and the peers it lost at info
    // (`INFO: 2018/09/05 08:01:08.830926 ->[172.25.51.190:6783] error during connection attempt: ...
    // connection timed out`, `INFO: ... Removed unreachable peer x(host)`), also behind a journal's prefix.
    {
      contains: 'INFO: ',
      header: /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} [\w.-]{1,253} [\w.-]{1,253}\[\d{1,10}\]: )?INFO: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{6} (?:->\[|Removed unreachable peer )/,
    },
    // CloudStack's management server, which reports the state it determined for a host's agent at info
    // (`2026-07-06 11:31:19,802 INFO  [c.c.a.m.ClusteredAgentManagerImpl] (AgentTaskPool-4:[ctx-x])
    // (logid:y) The agent from host Host {...} state determined is Down`).
    { contains: 'AgentManagerImpl] ', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO {1,2}\[c\.c\.a\.m\.(?:Clustered)?AgentManagerImpl\] / },
    // GPUStack's server and scheduler, which report workers lost and instances with nowhere to run at
    // debug or info (`2025-06-17T15:06:54+08:00 - gpustack.server.worker_syncer - DEBUG - Marked worker x as
    // WorkerStateEnum.NOT_READY`, `... - INFO - Marked worker x as WorkerStateEnum.UNREACHABLE`), also
    // in Docker's JSON log (`{"log":"2026-07-24 07:53:40.659887+08:00 - gpustack...`).
    { contains: ' - gpustack.', header: /^(?:\{"log":")?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}:\d{2} - gpustack\.(?:server\.worker_syncer|scheduler\.scheduler) - (?:DEBUG|INFO) - / },
    // TorchServe's and Multi Model Server's worker lifecycle, which reports at info the backend worker
    // process it watches dying (`2021-04-13 17:56:47,666 [INFO ] W-9000-model_1-stdout
    // org.pytorch.serve.wlm.WorkerLifeCycle - Backend worker process died.`).
    {
      contains: '.wlm.WorkerLifeCycle - ',
      header: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2},\d{3} \[INFO ?\] W-\d{1,6}-\S{1,200} (?:org\.pytorch\.serve|com\.amazonaws\.ml\.mms)\.wlm\.WorkerLifeCycle - /,
    },
    // k0s, which relays its components' output at info, each line with the component's own klog
    // header naming its level (`k0s[1419]: time="..." level=info msg="E1217 11:03:04.314735 1507
    // writers.go:123] ... http: Handler timeout" component=kube-apiserver stream=stderr`): read where that
    // header names an error or a warning.
    { contains: ' level=info msg="', header: /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} [\w.-]{1,253} )?k0s\[\d{1,10}\]: time="[^"\n]{10,40}" level=info msg="[EWF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6} / },
    { contains: 'INFO: At ', header: /^INFO: At \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} UTC - event for / },
    // BookKeeper's client (in Pulsar's brokers), which reports the operations it timed out at
    // info (`... [BookKeeperClientScheduler-...] INFO  org.apache.bookkeeper.proto.
    // PerChannelBookieClient - Timed-out 2 operations to channel ...`).
    {
      contains: 'PerChannelBookieClient - ',
      header: /^(?:\d{4}-\d{2}-\d{2}[ T])?\d{2}:\d{2}:\d{2}[.,]\d{3} \[[^\]\n]{1,200}\] INFO {1,2}org\.apache\.bookkeeper\.proto\.PerChannelBookieClient - /,
    },
    // WSO2's test automation, which relays the server's log at info, each line with the server's
    // own time and level (`INFO  [org.wso2.carbon.automation.extensions.servers.utils.
    // ServerLogReader] - [2024-03-23 07:32:19,734]  WARN - SourceHandler ... Socket Timeout ...`).
    { contains: 'ServerLogReader] - [', header: /^INFO {1,2}\[org\.wso2\.carbon\.automation\.extensions\.servers\.utils\.ServerLogReader\] - \[/ },
    // containerd, which logs the OOM events it receives from a container's cgroup at info
    // (`time="..." level=info msg="TaskOOM event &TaskOOM{ContainerID:x,XXX_unrecognized:[],}"`).
    { contains: 'level=info msg="TaskOOM event ', header: /(?:^|\s)time="[\dT:.+Z-]{10,40}" level=info msg="TaskOOM event / },
    // Qdrant's gRPC layer, which logs each call that failed at info (`2025-03-01T10:00:00.000000Z
    // INFO qdrant::tonic::logging: gRPC /qdrant.Points/Search failed with Deadline expired before
    // operation could complete ...`).
    // DICOM-RST's STOW-RS handler, which logs each instance it failed to store at info
    // (`2026-05-04T12:01:53.242722Z  INFO request:studies: Failed to store instance: Timed out ...`).
    { contains: 'INFO request:studies: Failed to store instance: ', header: /(?:^|\s)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z {1,2}INFO request:studies: Failed to store instance: / },
    // IoTDB's slow-query log, at info, of each statement past its threshold (`2022-01-04
    // 09:46:37,227 [ClusterClient-1] INFO  o.a.i.d.s.TSServiceImpl:821 - Cost: 42152 ms, sql is ...`).
    { contains: 'TSServiceImpl:', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \[[^\]\n]{1,100}\] INFO {1,2}o\.a\.i\.d\.s\.TSServiceImpl:\d{1,6} - Cost: \d{1,12} ms, sql is / },
    { contains: 'qdrant::tonic::logging: gRPC ', header: /(?:^|\s)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z {1,2}INFO qdrant::tonic::logging: gRPC \S{1,512} failed with / },
    // ThingsBoard's rule-engine consumer, which reports at info the packs of messages it timed out
    // on (`2025-03-01 10:00:00,000 [tb-rule-engine-consumer-46-thread-23 | Main-6] INFO
    // o.t.s.s.q.DefaultTbRuleEngineConsumerService - Timeout to process [4] messages`).
    {
      contains: 'DefaultTbRuleEngineConsumerService - ',
      header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \[[^\]\n]{1,200}\] INFO {1,2}o\.t\.s\.s\.q\.DefaultTbRuleEngineConsumerService - /,
    },
    // Locust's master, which reports at info the workers it stopped hearing from (`[2025-03-01
    // 10:00:00,000] locust-master-x/INFO/locust.runners: Worker w-1 failed to send heartbeat,
    // setting state to missing.`).
    { contains: '/INFO/locust.runners: ', header: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}\] [^\s/]{1,253}\/INFO\/locust\.runners: / },
    // Ory Oathkeeper's reverse proxy, which logs an upstream call that failed at info (`oathkeeper[2170]:
    // time="..." level=info msg="Round trip failed" error="read tcp ...: i/o timeout"`).
    {
      contains: 'level=info msg="Round trip failed"',
      header: /(?:^|\s)oathkeeper\[\d{1,10}\]: time="[\dT:.+Z-]{10,40}" level=info msg="Round trip failed" /,
    },
    // Odoo's server, which reports at info the request threads it cuts off past their limits
    // (`2020-05-05 07:54:28,352 1489 INFO ? odoo.service.server: Thread <...> virtual real time
    // limit (169/120s) reached.`).
    { contains: ' odoo.service.server: ', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \d{1,10} INFO \S{1,100} odoo\.service\.server: / },
    // Synapse's federation client and agent, which log the requests to other servers that failed at
    // info (`2024-02-12 13:33:45,883 - synapse.http.matrixfederationclient - 799 - INFO - loop-640-
    // {PUT-O-635} [x] Request failed: PUT matrix-federation://x/...: TimeoutError('')`).
    {
      contains: ' - synapse.http.',
      header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} - synapse\.http\.(?:matrixfederationclient|federation\.matrix_federation_agent) - \d{1,6} - INFO - /,
    },
    // Argo Workflows' controller, which reports a workflow's pods failing at info
    // (`time="..." level=info msg="Pod failed: ..." ... workflow=name`).
    { contains: ' workflow=', header: /^time="[\dT:.+Z-]{10,40}" level=info msg="/ },
    // ... and, in releases that did not name the workflow, its update of a node's phase and message
    // (`msg="Updating node wf-1 (wf-1-316) message: Unschedulable: 0/36 nodes are available: ..."`).
    { contains: 'level=info msg="Updating node ', header: /^time="[\dT:.+Z-]{10,40}" level=info msg="Updating node / },
    // Helm's wait for a release's resources (`ready.go:277: [debug] Deployment is not ready: ...`),
    // in later releases with Go's time between (`ready.go:303: 2025-03-05 12:53:38.285372 -0800 PST
    // m=+186.568676584 [debug] ...`).
    {
      contains: 'ready.go:',
      header: /^(?:\S{1,64} )?ready\.go:\d{1,6}: (?:\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})? [+-]\d{4} [A-Z]{1,5}(?: m=[+-]\d{1,12}\.\d{1,9})? )?\[debug\] /,
    },
    // Marathon's scheduler, which reports every task status Mesos sends it at info
    // (`[2016-07-18 10:52:53,272] INFO Received status update for task x: TASK_LOST`).
    { contains: ' INFO Received status update for task ', header: /(?:^|\s)\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}\] INFO Received status update for task / },
    // Its task queue, which reports at info the apps it delays relaunching after their tasks kept
    // failing (`[2015-06-17 20:50:08,802] INFO Delaying /app due to backoff. Time left: ...`).
    { contains: ' INFO Delaying ', header: /(?:^|\s)\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}\] INFO Delaying \S{1,256} due to backoff\. / },
    // ... and its rate limiter, which reports at info the relaunch delay it sets for an app
    // (`[2015-09-14 16:27:33,758] INFO Task launch delay for [/app] is now [2 seconds]`).
    { contains: ' INFO Task launch delay for [', header: /(?:^|\s)\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}\] INFO Task launch delay for \[/ },
    // The follower checks of Elasticsearch and OpenSearch, which report a node they gave up on
    // at info (`[...][INFO ][o.o.c.c.FollowersChecker ] [n2] FollowerChecker{...} marking node
    // as faulty`).
    { contains: 'FollowersChecker', header: /^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2},\d{3}\]\[INFO ?\]\[o\.[eo]\.c\.c\.FollowersChecker ?\] / },
    // ... and their master service, which reports the nodes it removes at info (`[o.o.c.s.MasterService
    // ] [n0] node-left[{n1}... reason: disconnected]`; a node joining the same way).
    { contains: 'MasterService', header: /^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2},\d{3}\]\[INFO ?\]\[o\.[eo]\.c\.s\.MasterService {0,8}\] / },
    // Cassandra's messaging service and gossip, which report dropped requests and peers marked down
    // at info (`INFO  [ScheduledTasks:1] 2016-04-25 18:08:45,578 MessagingService.java:983 - MUTATION
    // messages were dropped ...`, `Gossiper.java:1198 - InetAddress x is now DOWN`).
    // Kafka's controller, which reports the brokers it lost at info (`[2015-09-01 09:54:30,030] INFO
    // [Controller 3]: Broker failure callback for 1`).
    { contains: 'INFO [Controller ', header: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}\] INFO \[Controller (?:id=)?\d{1,6}\]: / },
    // RabbitMQ's node monitor, which reports a peer node gone at info (`[info] <0.1156.0> rabbit on node
    // rabbit@node01 down`), and Redpanda's RPC transport, its calls that timed out (`INFO  2023-04-03
    // 06:51:57,620 [shard 0] rpc - transport.cc:210 - RPC timeout (100 ms) to {host: x, ...}`).
    { contains: ' rabbit on node ', header: /\[info\] <\d{1,6}\.\d{1,9}\.\d{1,6}> rabbit on node / },
    { contains: ' rpc - transport.cc:', header: /^INFO {1,2}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \[shard \d{1,4}\] rpc - transport\.cc:\d{1,6} - / },
    { contains: 'MessagingService.java:', header: /^INFO {1,2}\[[^\]\n]{1,100}\] \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} {1,2}MessagingService\.java:\d{1,6} - / },
    // Kamal's deploy, which logs at info each health check of a new container that it found unhealthy
    // (`INFO container not ready (unhealthy), retrying in 5s (attempt 5/5)...`).
    { contains: 'INFO container not ready (', header: /^INFO container not ready \((?:unhealthy|starting)\), retrying in \d{1,4}s \(attempt \d{1,3}\/\d{1,3}\)/ },
    // Greenplum's gpstart, which logs at info each segment that failed to start (`20151110:00:51:35:031307
    // gpstart:mdw:gpadmin-[INFO]:-DBID:2  FAILED  host:'sdw1' datadir:'...' with reason:'Start failed; ...'`).
    { contains: '-[INFO]:-DBID:', header: /^\d{8}:\d{2}:\d{2}:\d{2}:\d{6} gpstart:[^\s:]{1,253}:[^\s-]{1,64}-\[INFO\]:-DBID:\d{1,6} {1,8}FAILED {1,8}host:/ },
    { contains: 'Gossiper.java:', header: /^INFO {1,2}\[[^\]\n]{1,100}\] \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} {1,2}Gossiper\.java:\d{1,6} - / },
    // Vespa's config proxy and cluster controller, which report at info the config requests that timed
    // out and the nodes they lost (`[2024-01-18 07:55:01.313] INFO    configproxy      configproxy.com.
    // yahoo.vespa.config.proxy.DelayedResponseHandler  Timed out (timeout 25000) getting config ...`,
    // `INFO    : container-clustercontroller Container.com.yahoo.vespa.clustercontroller.core.EventLog
    // Added node only event: ... (Node or switch likely shut down)`), also behind Compose's time.
    {
      contains: '.com.yahoo.vespa.',
      header: /^(?:\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} )?\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] INFO {1,8}(?:: )?[\w-]{1,64} {1,16}\w{1,64}\.com\.yahoo\.vespa\.(?:config\.proxy|clustercontroller\.core)\.\w{1,64} /,
    },
    // CouchDB's process manager, which logs at info a query server process that died, and why (`[info]
    // 2018-04-17T07:13:40.772457Z nonode@nohost <0.209.0> -------- couch_proc_manager <0.27957.21> died
    // {bad_return_value,{os_process_error,"OS process timed out."}}`).
    {
      contains: ' couch_proc_manager <',
      header: /^\[info\] \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z \S{1,253} <\d{1,6}\.\d{1,9}\.\d{1,6}> -{8} couch_proc_manager <\d{1,6}\.\d{1,9}\.\d{1,6}> died /,
    },
    // BungeeCord's proxy, which logs at info a player's connection that ended and why (`19:30:09 [INFO]
    // [Notch] disconnected with: ReadTimeoutException : null`; in a game panel's console, `28.07 09:00:54
    // [Server] INFO disconnected with: ...`).
    { contains: 'disconnected with: ', header: /^(?:\d{2}\.\d{2} )?\d{2}:\d{2}:\d{2} (?:\[\w{1,32}\] INFO|\[INFO\]) (?:\[[^\]\n]{1,200}\] )?disconnected with: / },
    // free5GC's network functions, which log at info their registration with the NRF failing (`[INFO][SMF]
    // [Consumer] SMF register to NRF Error[Put "http://nrf:8000/...": dial tcp: ... i/o timeout]`).
    {
      contains: ' register to NRF Error[',
      header: /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z )?\[INFO\]\[[A-Z0-9]{2,8}\]\[[A-Za-z]{1,32}\] [A-Z0-9]{2,8} register to NRF Error\[/,
    },
    // Milvus' configuration table, which logs at info that it could not read its settings from etcd
    // (`[2024/05/31 02:40:34.138 +00:00] [INFO] [paramtable/base_table.go:209] ["init with etcd failed"]
    // [error="context deadline exceeded"]`).
    { contains: '[INFO] [paramtable/base_table.go:', header: /^\[\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{2}:\d{2}\] \[INFO\] \[paramtable\/base_table\.go:\d{1,6}\] / },
    // Pterodactyl's Wings, which logs at info a game server it found crashed before it restarts it
    // (`INFO: [Apr  3 03:16:12.019] detected server as entering a crashed state; running crash
    // handler server=x`).
    {
      contains: 'detected server as entering a crashed state',
      header: /^INFO: \[[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{3}\] detected server as entering a crashed state/,
    },
    // gRPC-Go's server before 1.7, whose legacy logger (`grpclog.Printf`) writes at info a reply it
    // could not send (`INFO: 2017/09/05 14:36:26 grpc: Server.processUnaryRPC failed to write status
    // stream error: code = DeadlineExceeded ...`); later releases log it as a warning.
    { contains: ' grpc: Server.process', header: /^INFO: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} grpc: Server\.process(?:Unary|Streaming)RPC failed to write status\b/ },
    // Openfire's meetings plugin, which relays the log of the Jicofo it runs at its own info level,
    // the child's level inside (`2020.12.23 05:01:23 INFO [Thread-26]: org.jivesoftware.openfire.
    // plugin.ofmeet.JitsiJicofoWrapper - Jicofo 2020-12-23 05:01:23.337 WARNING: ... No response
    // received within reply timeout`).
    { contains: 'Wrapper - ', header: /^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2} INFO {1,2}\[[^\]\n]{1,64}\]: org\.jivesoftware\.openfire\.plugin\.ofmeet\.Jitsi[A-Za-z]{1,40}Wrapper - / },
    // Zimfarm's task worker, which reports at info each status a scraper's task reaches, with the
    // scraper container's exit code (`[2020-12-17 18:36:13,783: INFO] Updating task-status=
    // scraper_completed. Exit code: 137`).
    { contains: ': INFO] Updating task-status=', header: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}: INFO\] Updating task-status=/ },
    // scylla-manager's client of the nodes' agents, which logs at info each call it retries
    // and why (`{"L":"INFO","T":"...","N":"cluster.client","M":"HTTP retry backoff","operation":
    // "StorageServiceRepairStatus",...,"error":"after 30s: context deadline exceeded"}`).
    {
      contains: '"N":"cluster.client","M":"HTTP retry backoff",',
      header: /(?:^|\s)\{"L":"INFO","T":"[\dT:.+Z-]{10,40}","N":"cluster\.client","M":"HTTP retry backoff",/,
    },
    // kine (k3s' datastore), whose slow-query log is written at info and only for a query past
    // its threshold (`k3s[4880]: time="..." level=info msg="Slow SQL (started: ...) (total time:
    // 1.5s): ...`, and `msg="Slow SQL: SELECT ..." duration=1.6s`).
    { contains: 'level=info msg="Slow SQL', header: /(?:^|\s)time="[\dT:.+Z-]{10,40}" level=info msg="Slow SQL(?:: | \((?:started|total time): )/ },
    // HashiCorp memberlist (in Consul, Nomad and Docker's Swarm networking), which reports the
    // members it gives up on at info (`msg="memberlist: Marking x as failed, suspect timeout
    // reached"`, `[INFO]  nomad: memberlist: Suspect x has failed, no acks received`), and Docker's
    // network database recording a peer's state (`msg="Node x change state NodeActive --> NodeFailed"`).
    { contains: 'memberlist: ', header: /(?:level=info msg="|\[INFO\] {1,2}(?:[\w.-]{1,40}: )?)memberlist: / },
    // Consul's gossip layer (serf) and its server, which report a member's events at info
    // (`[INFO] serf: EventMemberFailed: node ip`, `[INFO] consul: member 'node' failed, marking
    // health critical`; a join or a leave is reported the same way, with no failure word).
    { contains: 'serf: EventMember', header: /\[INFO\] {1,2}(?:[\w.-]{1,40}: )?serf: EventMember[A-Za-z]{1,20}: / },
    { contains: "consul: member '", header: /\[INFO\] {1,2}consul: member '[^'\s]{1,253}' / },
    // TiKV's client of its placement driver (components/pd_client/src/util.rs), which reports a PD
    // that did not answer at info (`[2022/10/28 08:03:16.420 +00:00] [INFO] [util.rs:537] ["PD
    // failed to respond"] [err="...DEADLINE_EXCEEDED..."]`).
    { contains: '[INFO] [util.rs:', header: /(?:^|\s)\[\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{2}:\d{2}\] \[INFO\] \[util\.rs:\d{1,6}\] / },
    { contains: ' change state Node', header: /level=info msg="Node [\w.-]{1,64} change state Node\w{1,20} --> Node\w{1,20}"/ },
    // Cromwell's workflow manager, which reports a workflow's failure and its cause at info
    // (`[2024-06-21 12:30:09,28] [info] WorkflowManagerActor: Workflow x failed (during ...)`).
    { contains: 'WorkflowManagerActor: Workflow ', header: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{1,3}\] \[info\] WorkflowManagerActor: Workflow [\w-]{1,64} failed / },
    // Fly.io's log stream, which writes every line a machine prints at its own [info] (the
    // kernel's included: `2024-10-07T11:37:16Z app[2865134a394268] cdg [info][ 258.9] Out of
    // memory: Killed process ...`): its level is the stream's, not the program's.
    { contains: ' [info]', header: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z? app\[[0-9a-f]{8,20}\] [a-z]{3} \[info\]/ },
    // OpenShift's installer, which reports the conditions of the cluster operators it waits for at
    // info (`level=info msg="Cluster operator console Available is False with
    // Deployment_InsufficientReplicas: ..."`): an operator not available, or degraded.
    {
      contains: 'Cluster operator ',
      header: /(?:^|\s)level=info msg="?Cluster operator [\w-]{1,64} (?:Available is False|Degraded is True) with /,
    },
    // OpenWhisk's invoker, which reports how an action's container answered at info
    // (`[...Z] [INFO] [#tid_1550] [DockerContainer] initialization result: ...`).
    { contains: 'Container] ', header: /^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\] \[INFO\] \[#tid_[\w-]{1,64}\] \[(?:Docker|Kubernetes)Container\] / },
    // YARN's ResourceManager, which reports its NodeManagers' health at info (`2016-03-24 10:10:43,397
    // INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: x:8041 Node Transitioned
    // from RUNNING to UNHEALTHY`), and an application master's callback for the containers YARN
    // completed (`INFO  [AMRM Callback Handler Thread] master.RMCommunicator
    // (RMCommunicator.java:onContainersCompleted(40)) - got container status for ...,
    // diagnostics=Container [pid=x] is running beyond physical memory limits. ...`).
    {
      contains: 'rmnode.RMNodeImpl: ',
      header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO {1,2}(?:\[[^\]\n]{1,100}\] )?org\.apache\.hadoop\.yarn\.server\.resourcemanager\.rmnode\.RMNodeImpl: /,
    },
    {
      contains: '.java:onContainersCompleted(',
      header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO {1,2}\[AMRM Callback Handler Thread\] [\w.$]{1,200} \(\w{1,100}\.java:onContainersCompleted\(\d{1,6}\)\) - /,
    },
    // Flink's checkpoint coordinator, which reports a checkpoint that outran its timeout at info
    // (`2021-07-26 17:04:57,627 INFO  [74] org.apache.flink.runtime.checkpoint.CheckpointCoordinator
    // - Checkpoint 17 of job x expired before completing.`).
    {
      contains: 'checkpoint.CheckpointCoordinator ',
      header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO {1,2}(?:\[[^\]\n]{1,100}\] )?org\.apache\.flink\.runtime\.checkpoint\.CheckpointCoordinator {1,40}(?:\[[^\]\n]{0,100}\] )?- /,
    },
    // Storm's supervisor, which reports the workers it clears at info (`2015-01-27T10:45:42.284+0800
    // b.s.d.supervisor [INFO] Shutting down and clearing state for id x. ... State: :process-not-exists`).
    { contains: ' b.s.d.supervisor [INFO] ', header: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4} b\.s\.d\.supervisor \[INFO\] / },
    // SkyWalking's exporter of Kubernetes events, which writes each event at INFO as JSON
    // (`INFO {"uuid":"x","source":{},"name":"Killing","message":"Container x failed liveness probe,
    // will be restarted",...}`): the event's own words say what happened.
    { contains: 'INFO {"uuid":"', header: /^INFO \{"uuid":"[0-9a-f-]{36}","source":\{[^{}\n]{0,400}\},"name":"[A-Za-z]{1,80}","message":"/ },
    // Microclimate's file watcher, which passes on at INFO what it hears of the application
    // (`[INFO Tue Jan 22 20:58:36 UTC 2019 | FileWatcher] ... Application stopped unexpectedly.`).
    // Jupyter's kernel restarter, which reports at INFO the kernels it brings back after they died
    // (`[I 18:06:04.504 NotebookApp] KernelRestarter: restarting kernel (1/5)`).
    { contains: 'KernelRestarter: ', header: /^\[I (?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}\.\d{3} (?:NotebookApp|ServerApp)\] (?:AsyncIOLoop|IOLoop)?KernelRestarter: / },
    { contains: ' | FileWatcher] ', header: /^\[INFO [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4} \| FileWatcher\] / },
    // torch elastic's agent, which reports at info the worker groups it restarts (`I0213
    // 12:07:20.086000 870572 torch/distributed/elastic/agent/server/api.py:889] [default] Worker
    // group FAILED. 3/3 attempts left; will restart worker group`).
    { contains: ' torch/distributed/elastic/agent/', header: /^I\d{4} \d{2}:\d{2}:\d{2}\.\d{6} \d{1,9} torch\/distributed\/elastic\/agent\/[\w/]{1,100}\.py:\d{1,6}\] / },
    // AdGuard Home's DNS proxy, which logs the upstream exchanges that failed only at debug (`2021/05/05
    // 00:21:46 1695#1738 [debug] 9.9.9.10:53: response: read udp ...: i/o timeout`).
    { contains: ' [debug] ', header: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \d{1,7}#\d{1,7} \[debug\] / },
    // gunicorn's master, which gives at info the reason it halts (`[2014-06-03 07:14:49 +0000] [1]
    // [INFO] Reason: Worker failed to boot.`).
    { contains: '[INFO] Reason: ', header: /(?:^|[\d\]] )\[\d{1,9}\] \[INFO\] Reason: / },
    // sbt's run, which writes every line of the program it forked behind its own `[info] `, the
    // program's level inside (`[info] [WARN] [01/07/2015 13:28:17.984] [x-akka.actor.default-
    // dispatcher-14] [akka.tcp://x/system/cluster/core/daemon] Cluster Node [x] - Marking node(s)
    // as UNREACHABLE ...`): a warning or an error in there is read by its words.
    { contains: '[info] [', header: /^\[info\] \[(?:WARN|WARNING|ERROR)\] / },
    // SABnzbd's downloader, which reports at info a news server's connection that timed out or
    // failed (`2023-02-18 15:28:14,101::INFO::[downloader:923] Thread 40@news.x: timed out`).
    { contains: '::INFO::[downloader:', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}::INFO::\[downloader:\d{1,6}\] Thread \d{1,4}@/ },
    // datawire's goroutine groups (dlib's dgroup, in Emissary-ingress and Telepresence), which list
    // at info how each child ended when the group shuts down (`level=info msg=" /envoy : exited
    // with error" func=github.com/datawire/dlib/dgroup.logGoroutineStatuses ...`).
    {
      contains: 'func=github.com/datawire/dlib/dgroup.logGoroutineStatuses ',
      header: /(?:^|\s)level=info msg="[^"\n]{1,200}" func=github\.com\/datawire\/dlib\/dgroup\.logGoroutineStatuses /,
    },
    // Cromwell's job actors for each backend (AWS Batch, Google's Pipelines API, TES), which report
    // a job's status changes at info (`[2021-09-17 16:20:42,26] [info]
    // AwsBatchAsyncBackendJobExecutionActor [x:NA:1]: Status change from Running to Failed`).
    {
      contains: 'BackendJobExecutionActor [',
      header: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{1,3}\] \[info\] \w{1,64}BackendJobExecutionActor \[[^\]\n]{1,200}\]: Status change from /,
    },
    // Nextflow's session, which writes why it aborted a run at debug (`Oct-09 00:24:07.828 [Task
    // monitor] DEBUG nextflow.Session - Session aborted -- Cause: Process `x` terminated with an
    // error exit status (null)`).
    {
      contains: 'DEBUG nextflow.Session - Session aborted -- Cause: ',
      header: /^[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \[[^\]\n]{1,64}\] DEBUG nextflow\.Session - Session aborted -- Cause: /,
    },
    // Spark's DAG scheduler as Hail's log writes it, which reports an executor it lost at info
    // (`2019-07-14 20:55:04 DAGScheduler: INFO: Executor lost: 1 (epoch 0)`).
    { contains: 'DAGScheduler: INFO: Executor lost: ', header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} DAGScheduler: INFO: Executor lost: \d/ },
    // IoT Edge's hub, which reports its calls to IoT Hub that timed out at debug (`<7> 2022-11-04
    // 05:34:23.778 +00:00 [DBG] [Microsoft.Azure.Devices.Edge.Hub.CloudProxy.DeviceConnectivityManager] -
    // IotHub call timed out`).
    {
      contains: 'DeviceConnectivityManager] - IotHub call timed out',
      header: /^<\d> \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{2}:\d{2} \[DBG\] \[Microsoft\.Azure\.Devices\.Edge\.Hub\.CloudProxy\.DeviceConnectivityManager\] - IotHub call timed out/,
    },
    // Flink's cluster entrypoint, which states at info that it shuts down failed (`2019-08-05 23:29:21,876 INFO
    // org.apache.flink.runtime.entrypoint.ClusterEntrypoint - Shutting StandaloneJobClusterEntryPoint down with
    // application status FAILED. Diagnostics ...`).
    {
      contains: 'entrypoint.ClusterEntrypoint ',
      header: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO {1,2}(?:\[[^\]\n]{1,100}\] )?org\.apache\.flink\.runtime\.entrypoint\.ClusterEntrypoint {1,40}(?:\[[^\]\n]{0,100}\] )?- Shutting \w{1,64} down with application status FAILED/,
    },
    // Heron's executor, which relays at info what its processes print (`[2017-10-22 10:13:15 +0000] [INFO]:
    // stmgr-103 stdout: *** Check failure stack trace: ***`): glog's failed check, which aborts the process.
    { contains: ' stdout: *** Check failure stack trace: ***', header: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}\] \[INFO\]: [\w.-]{1,64} stdout: \*\*\* Check failure stack trace: \*\*\*/ },
    // llama-swap, which reports at info the health checks of a model server that refuse it (`[INFO] Connection
    // refused on http://127.0.0.1:8001/health, retrying in 725s`).
    { contains: '[INFO] Connection refused on ', header: /^\[INFO\] Connection refused on https?:\/\/[^\s,]{1,300}, retrying in \d/ },
  ],
};
