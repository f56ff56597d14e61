// Watcher policy: what a log line must say to count as a failure. Data only; the watcher
// agent imports these tables and never keeps patterns of its own.
import { casefold } from '../src/casefold.ts';
import { collapsePadding, ShapeGroups, type LineShape } from '../src/shape-groups.ts';
import { taggedScanner } from '../src/substring-set.ts';
import type { FailureType } from './failure-types.ts';

export const AGENT_VERSION = '1.12.0';

/**
 * Substrings per failure class, stored lowercase, in the wording the kubelet, the scheduler,
 * the kernel and the container runtimes use for the failure. A message matches when its
 * case-folded text contains the case-folded pattern. Order matters: classes are tried in
 * this order and the first class with any matching pattern wins, so the more specific
 * classes come first (an OOM kill inside a crash loop is OOMKilled; a probe that timed out
 * is a probe failure; the generic timeouts of HighLatency are tried last).
 */
export const DETECTABLE_PATTERNS = {
  OOMKilled: [
    'oomkilled',
    'oom kill',
    'out of memory',
    'exceeded memory limit',
    'memory cgroup',
    'cgroup memory',
    'killed due to memory',
    'memory limit exceeded',
    // The kernel ("invoked oom-killer", "oom-kill:constraint=...", its kill report) and the
    // node problem detector's OOMKilling event.
    'oom-kill',
    'oomkilling',
    'oom_kill_process',
    'total-vm:',
    'cannot allocate memory',
    // ECS stop reasons and the JVM.
    'outofmemoryerror',
    // Cloud Run and Cloud Functions, then Heroku's R14 and R15.
    'allowed memory limit',
    'increasing the memory limit',
    'memory quota exceeded',
    'memory quota vastly exceeded',
    // SIGKILL: exit 137 is what a container killed by the OOM killer reports.
    'exit code 137',
    'exit code: 137',
    'exited with code 137',
    'got signal 9',
    'terminated by signal 9',
    // The kernel's reaper after an OOM kill, and the ECS agent's report of it.
    'oom_reaper',
    'due to oom',
    // The kernel's memory-cgroup kill report, and .NET's exception.
    'killed as a result of limit of',
    'outofmemoryexception',
    // `docker ps` status of a container the OOM killer stopped, and `docker events`.
    'exited (137)',
    'container oom ',
    // App Engine's instance memory limits.
    'exceeded soft memory limit',
    'exceeded soft private memory limit',
    'using too much memory and was terminated',
  ],
  ImagePullBackOff: [
    'imagepullbackoff',
    'errimagepull',
    'errimageneverpull',
    'invalidimagename',
    'failed to pull',
    'back-off pulling image',
    'error while pulling image',
    'cannotpullcontainer',
    'pull access denied',
    'repository does not exist',
    'is not present with pull policy of never',
    'manifest unknown',
    'pull rate limit',
    'toomanyrequests',
    'error pulling image',
    // Nomad's docker driver and the ECS agent say "container" for the image they pull.
    'failed pulling',
    'error while pulling container',
    'error in pulling image',
    // CRI-O, Podman and the kubelet's image service.
    'error pulling',
    'image not known',
    'failed to inspect image',
    'from image service failed',
  ],
  CrashLoopBackOff: [
    'crashloopbackoff',
    'crash loop',
    'back-off restarting',
    'backoff restarting',
    'restarting failed container',
    'too many restarts',
    'exponential backoff',
    'restart limit',
    'repeatedly crashing',
    // `docker ps` status of a container its restart policy keeps bringing back.
    'restarting (',
    'essential container in task exited',
    'app crashed',
    'to crashed',
    'process exited with status',
    'exited with code',
    'segmentation fault',
    'exit code 139',
    'exit 139',
    'exceeded allowed attempts',
    'start request repeated too quickly',
    // Nomad's task event, and older kubelets deciding to restart a dead container.
    'task restarting in',
    'but restartpolicy says that we should restart',
    // OpenShift's `oc status`, and systemd bringing a failed unit back.
    'crash-looping',
    'crashlooping',
    'restart counter is at',
    'scheduling restart',
    // supervisord giving up on a program that keeps exiting.
    'exited too quickly',
    'too many start retries',
    "failed with result 'start-limit-hit'",
    // A Job whose pods kept failing until its backoff limit.
    'backofflimitexceeded',
    'reached the specified backoff limit',
  ],
  StartupProbeFailed: [
    'startup probe failed',
    'readiness probe failed',
    'startup probe timed out',
    'readiness probe timed out',
    'liveness probe failed',
    'health check failed',
    'connection refused',
    'probe failed',
    'probe timed out',
    'failed liveness probe',
    'failed readiness probe',
    'failed startup probe',
    'probe errored',
    // kubectl's Unhealthy event reason, Docker's health status, load balancer targets.
    'unhealthy',
    'health checks failed',
    'failed health check',
    'failed elb health check',
    'failed container health check',
    'health check exceeded timeout',
    'failingstreak',
    // What a `curl -f` health command prints when the endpoint answers with an error.
    'the requested url returned error',
    'boot timeout',
    'failed to bind to $port',
    'container failed to start',
    'failed to start and then listen',
    'failed the configured startup probe',
    // HAProxy's health checks.
    'is down, reason: layer',
    // containerd and Windows (hcsshim) failing to start the container's task.
    'failed to create containerd task',
    'failed to start containerd task',
    'failed to create shim task',
    'encountered an error during start',
  ],
  SchedulingBlocked: [
    'failedscheduling',
    'nodes are available:',
    'no nodes are available',
    'insufficient cpu',
    'insufficient memory',
    'had untolerated taint',
    'unbound immediate persistentvolumeclaims',
    'error selecting node for pod',
    'error scheduling',
    'unable to place a task',
    // Nomad's placement report (`nomad plan`, `nomad job run`).
    'failed to find a node for placement',
    'additional capacity to place',
    'failedpreemption',
    'no preemption victims found',
    // Docker Swarm.
    'no suitable node',
    'missing an attribute required by your task',
    'failed to place',
    // A `kubectl get pods` row still Pending is judged by its fields (POD_STATUS_RULES in
    // skills/line-format-skills.ts), whatever its counts.
  ],
  NodeNotReady: [
    'nodenotready',
    'node not ready',
    'node is not ready',
    'became not ready',
    'kubeletnotready',
    'nodestatusunknown',
    'kubelet stopped posting node status',
    'network not ready',
    'networkpluginnotready',
    'pleg is not healthy',
    // The taints the node controller puts on a node it has lost (key:effect as kubectl prints it).
    'node.kubernetes.io/not-ready:',
    'node.kubernetes.io/unreachable:',
    'has been rebooted',
    'nomad.heartbeat: node',
    'container runtime is down',
    'nodelost',
    // `nomad node status` rows end with the Eligibility column, then Status "down".
    'eligible down',
    'node not becoming ready',
    // The node lifecycle controller losing a node.
    'is unresponsive as of',
    'nodes are not-ready',
    'nodestatusneverupdated',
    'never posted node status',
    // A Docker Swarm node that stopped answering its manager.
    'heartbeat failure',
    // Nomad: an allocation lost with its node, and the node's task event.
    'node is down',
    'node heartbeat missed',
  ],
  PodDown: [
    'evicted',
    'the node was low on resource',
    "node didn't have enough resource",
    'outofcpu',
    'the node had condition',
    'imminent node shutdown',
    'longer than the specified deadline',
    'longer than specified deadline',
    // The kubelet's eviction manager, before and while it evicts.
    'must evict pod',
    'attempting to reclaim',
    'ranked for eviction',
    'failed to admit pod',
    // The kubelet rejecting a pod at admission.
    'unexpectedadmissionerror',
    'admission failure',
    // The scheduler's preemption of a lower-priority pod.
    'preempted by pod',
  ],
  ReplicaMismatch: [
    'unavailable replicas',
    'minimumreplicasunavailable',
    'does not have minimum availability',
    'progressdeadlineexceeded',
    'exceeded its progress deadline',
    'has not matched the expected number of replicas',
    'has timed out progressing',
    'replicafailure',
    // What the ReplicaSet, Job and DaemonSet controllers report when a pod cannot be created.
    'error creating:',
    // Deployment tooling that names the field (its value as a setting is excluded).
    'progressdeadlineseconds',
    // The deployment controller failing to create a ReplicaSet.
    'replicasetcreateerror',
    'failed to create new replica set',
  ],
  HighLatency: [
    'exceeds threshold',
    'slow response',
    'deadline exceeded',
    'request timeout',
    'upstream timeout',
    'high latency',
    'tail latency',
    'latency spike',
    'timed out',
    'connection timeout',
    'response timeout',
    'response_timeout',
    'gateway timeout',
    'gateway time-out',
    'client.timeout exceeded',
    'i/o timeout',
    'took too long',
    // The apiserver's Status for a request that outran its timeout.
    'request did not complete within',
    // gRPC status names, .NET and SQL client timeouts, Cloudflare's origin timeout, and the
    // header of a MySQL slow-query log entry (written only past long_query_time).
    'deadline_exceeded',
    'deadline was exceeded',
    'deadline has been exceeded',
    'timeout expired',
    'timeout period elapsed',
    'error 524',
    '# query_time:',
    // Gunicorn killing a worker that outran its timeout.
    'worker timeout',
    // Kubernetes' utiltrace writes a trace only when the operation outran its threshold.
    'trace[',
    'trace.go:',
    '(total time:',
  ],
} as const satisfies Record<FailureType, readonly string[]>;

/**
 * Per class, wording that looks like the failure but reports its absence or a setting: a
 * line containing any of these never matches that class (it may still match another).
 * Stored lowercase, compared like the patterns.
 */
export const EXCLUDE_PATTERNS = {
  // Docker inspect's State block of a container that was not OOM-killed.
  OOMKilled: ['"oomkilled": false', '"oomkilled":false', 'oomkilled:false', 'oomkilled: false', 'oomkilled=false'],
  ImagePullBackOff: [],
  // A probe command's own exit code belongs to the probe failure, not to the container.
  CrashLoopBackOff: ['exited with status 0', 'exited with code 0', 'probe failed'],
  // Probe settings and Docker's health counter at zero.
  StartupProbeFailed: [
    'unhealthy_threshold:',
    'unhealthy_threshold=',
    'unhealthy_threshold =',
    'unhealthy_threshold":',
    'unhealthythreshold:',
    'unhealthythreshold=',
    'unhealthythreshold":',
    'unhealthy threshold:',
    'failingstreak": 0',
    'failingstreak":0',
    // A probe reporting its recovery.
    'healthy again',
  ],
  SchedulingBlocked: [],
  // The default tolerations every pod carries print the same taint keys, followed by
  // `op=Exists` or, in older kubectl, by how long they are tolerated (`for 300s`).
  NodeNotReady: ['op=exists', ':noexecute for '],
  // Redis INFO's cache counter, and an eviction pass that evicted nothing.
  PodDown: ['evicted_keys', 'evicted 0 pods'],
  // progressDeadlineSeconds as a setting in a manifest or a status dump.
  ReplicaMismatch: ['progressdeadlineseconds:', '"progressdeadlineseconds":', 'progressdeadlineseconds='],
  // A Kubernetes client's own wait running out (kubectl delete, wait): not a slow service.
  HighLatency: ['timed out waiting for the condition'],
} as const satisfies Record<FailureType, readonly string[]>;

// A Go duration as Kubernetes prints it: 850ns, 15.2µs, 1.5ms, 2s, 15m43.526s, 1h2m3s.
// Matched against case-folded text, where the micro sign has become a Greek mu, and against
// lowercased text, where it has not. The three spellings of micro are one character class:
// as alternatives, ignoring case made the micro sign and the Greek mu (both fold to a capital
// Mu) two ways to read every unit, and the expression exponential in the units it repeats.
const GO_DURATION = String.raw`(?:\d+(?:\.\d+)?(?:ns|[uµμ]s|ms|s|m|h))+`;

/**
 * A step line of a Kubernetes utiltrace report: "[elapsed] [since last step] step", as
 * releases before 1.19 print it on a line of its own or after a journal prefix
 * ("kube-apiserver: [15.2µs] [15.2µs] About to list", and the closing
 * `"List *api.PodList" [15m43.5s] [5.7µs] END`). A trace is written only
 * when the whole operation outran its threshold, so every line of it reports latency.
 */
export const UTILTRACE_STEP: LineShape = {
  contains: '] [',
  shape: new RegExp(String.raw`(?:^|:\s)\s*(?:"[^"]*" )?\[${GO_DURATION}\]\s+\[${GO_DURATION}\]\s+\S`, 'i'),
};

/**
 * HTTP 504 (Gateway Timeout) where a request log records the status: logfmt and JSON fields
 * (`status=504`, `"status": 504`), the combined log format (`"GET /x HTTP/1.1" 504`), and the
 * request summary of Cloud Run and other Google Cloud request logs (method, status, response
 * size: `GET 504 769 B 5 s`, run together as `GET504769 B5 s` when copied from the console),
 * and AWS load balancer access logs.
 */
export const HTTP_GATEWAY_TIMEOUT: readonly LineShape[] = [
  { contains: '504', shape: /\bstatus(?:_?code)?"?\s*[=:]\s*"?504\b/i },
  { contains: '504', shape: /\bhttp\/[\d.]+"\s+504\b/i },
  { contains: '504', shape: /(?:get|head|post|put|patch|delete|options)\s*504\s*\d+(?:\.\d+)?\s*(?:[kmg]i?)?b(?![a-z])/i },
  // AWS load balancer access logs: three processing times, then the load balancer's status.
  { contains: '504', shape: /\s-?\d+(?:\.\d+)?\s-?\d+(?:\.\d+)?\s-?\d+(?:\.\d+)?\s504\s/i },
];

/**
 * Per class, the layouts that report the failure. They are tried after the class's patterns,
 * and the class's exclusions apply to them too.
 */
export const DETECTABLE_SHAPES = {
  // Cloud Run and Cloud Functions: "Memory limit of 512 MiB exceeded with 516 MiB used".
  OOMKilled: [
    { contains: 'memory limit of', shape: /memory limit of \d+(?:\.\d+)?\s?[kmgt]i?b exceeded/i },
    // Heroku's memory sample beside R14 when a dyno is over its quota: "mem=807M(157.7%)".
    { contains: 'process running mem=', shape: /process running mem=\d+(?:\.\d+)?[mg]b?\([1-9]\d{2,}(?:\.\d+)?%\)/i },
  ],
  // A registry refusing the image's manifest: `Head "https://ghcr.io/v2/x/manifests/v1": denied`.
  // The repository name is read segment by segment and stops at another `/v2/`, so a line of
  // repeated `/v2/` is read once, not once from every `/v2/` in it.
  ImagePullBackOff: [
    { contains: '/manifests/', shape: /\/v2\/(?:(?!v2\/)[\w.-]+\/)*?manifests\/[^\s/]+?"?:\s*denied\b/i },
  ],
  // A container or task that ended with a non-zero code (0 is a clean exit; 137 is OOMKilled's).
  CrashLoopBackOff: [
    { contains: 'exit code', shape: /\bexit code:?\s+[1-9]\d*\b/i },
    // systemd: a unit's main process failing, and supervisord: a program it did not expect to exit.
    { contains: 'main process exited', shape: /\bmain process exited, code=exited, status=[1-9]\d*\//i },
    { contains: 'not expected', shape: /\bexited: \S+ \(exit status [1-9]\d*; not expected\)/i },
  ],
  StartupProbeFailed: [{ contains: 'health check for server', shape: /\bhealth check for server \S+ failed\b/i }],
  // Nomad's placement detail: "Resources exhausted on 5 nodes", "Dimension \"memory\" exhausted on 3 nodes".
  SchedulingBlocked: [
    { contains: 'exhausted on', shape: /\bexhausted on [1-9]\d* nodes?\b/i },
    { contains: 'nodes filtered', shape: /\bstatus "failed" \(\d+\/\d+ nodes filtered\)/i },
    { contains: 'filtered', shape: /\bconstraint "[^"]*" filtered [1-9]\d* nodes?\b/i },
    // A `kubectl get pvc` row still Pending: no volume, then the storage class and the age.
    { contains: 'pending', shape: /^(?:\S+\s+)?\S+\s+pending\s+\S+\s+\d+[smhd](?:\d+[smh])?\s*$/i },
  ],
  // NotReady standing alone as a column: the STATUS of a `kubectl get nodes` row.
  NodeNotReady: [
    { contains: 'notready', shape: /(?:^|\s)notready(?:,\S+)?(?:\s|$)/i },
    // The node lifecycle controller tainting a node it lost.
    { contains: 'taint{key:node.kubernetes.io/', shape: /\badded \[&taint\{key:node\.kubernetes\.io\/(?:unreachable|not-ready)\b/i },
    // `docker node ls`: STATUS Down, then AVAILABILITY; and a worker's failed heartbeat.
    { contains: 'down', shape: /\sdown\s+(?:active|pause|drain)\b/i },
    // What follows the phrase is read up to its next occurrence, where the next try starts.
    {
      contains: 'heartbeat to manager',
      shape: /\bheartbeat to manager\b(?:(?!\bheartbeat to manager\b).)*\bfailed\b/i,
    },
  ],
  PodDown: [
    // A pod's reason field naming an admission rejection (a `kubectl get pods` STATUS column
    // is judged by its fields: POD_STATUS_RULES in skills/line-format-skills.ts).
    { contains: 'reason', shape: /\breason"?:\s*"?(?:outofcpu|outofmemory|outofpods|nodeaffinity)\b/i },
    { contains: 'predicate', shape: /\bpredicate \w+ failed\b/i },
  ],
  ReplicaMismatch: [
    // `kubectl describe deployment`: "Replicas: 1 desired | 1 updated | 1 total | 0 available | 1 unavailable".
    { contains: 'unavailable', shape: /\|\s*[1-9]\d*\s+unavailable\b/i },
    // ... and its "NewReplicaSet: web-8fdb5dc88 (0/1 replicas created)".
    { contains: 'replicas created)', shape: /\(0\/[1-9]\d* replicas created\)/i },
    // `docker service ls` (ID NAME [MODE] REPLICAS IMAGE [PORTS]) with nothing running.
    { contains: '0/', shape: /^\S+\s+\S+\s+(?:replicated\s+|global\s+)?0\/[1-9]\d*\s+\S+(?:\s+\S+)?\s*$/i },
    // `kubectl describe replicaset`: "Replicas: 0 current / 3 desired".
    { contains: 'desired', shape: /\breplicas:\s*(\d+) current \/ (?!\1\s)\d+ desired\b/i },
    // `kubectl get replicaset` (NAME DESIRED CURRENT READY AGE) and `daemonset` (NAME DESIRED
    // CURRENT READY UP-TO-DATE AVAILABLE NODE-SELECTOR AGE) rows with fewer ready than desired.
    { contains: ' ', shape: /^(?:\S+\s+)?\S+\s+(\d+)\s+\d+\s+(?!\1\s)\d+\s+\d+[smhd](?:\d+[smh])?\s*$/i },
    { contains: ' ', shape: /^(?:\S+\s+)?\S+\s+(\d+)\s+\d+\s+(?!\1\s)\d+\s+\d+\s+\d+\s+\S+\s+\d+[smhd](?:\d+[smh])?\s*$/i },
    // `kubectl describe statefulset` or `replicaset`: "Replicas: 3 desired | 0 total".
    { contains: 'desired', shape: /\breplicas:\s*(\d+) desired\s*\|\s*(?!\1\s)\d+ total\b/i },
    // The StatefulSet and ReplicaSet controllers failing to create a pod.
    { contains: 'in statefulset', shape: /\bcreate pod \S+ in statefulset \S+ failed\b/i },
    { contains: 'failed with pods', shape: /\bfailed with pods "[^"]*" is forbidden/i },
    // A status dump's field, and the controllers' FailedCreate event reason.
    { contains: 'unavailablereplicas', shape: /\bunavailablereplicas"?:\s*[1-9]/i },
    { contains: 'failedcreate', shape: /\bfailedcreate\b/i },
    // `kubectl get deployment` (NAME READY UP-TO-DATE AVAILABLE AGE) or `statefulset`
    // (NAME READY AGE) rows with fewer ready than wanted, after a NAMESPACE column with -A,
    // `-o wide` columns after the age. (A pod row has a STATUS word after READY: never fits.)
    { contains: '/', shape: /^(?:\S+\s+)?\S+\s+(\d+)\/(?!\1\s)\d+(?:\s+\d+\s+\d+)?\s+\d+[smhd](?:\d+[smh])?(?:\s|$)/i },
  ],
  HighLatency: [UTILTRACE_STEP, ...HTTP_GATEWAY_TIMEOUT],
} as const satisfies Record<FailureType, readonly LineShape[]>;

/** Every shape of every class: a line laid out as a failure is at least a warning. */
export const ALL_SHAPES: readonly LineShape[] = Object.values(DETECTABLE_SHAPES).flat();

/** Severities the watcher reacts to, compared case-insensitively; all others are ignored. */
export const WATCHED_SEVERITIES = ['ERROR', 'WARNING'] as const;

/** The text patterns are compared against: case-folded, padding runs read as one space. */
export function matchText(message: string): string {
  return collapsePadding(casefold(message));
}

// Every pattern, exclusion and shape substring of every class goes into one automaton, folded
// once at load; a line is scanned once and each hit marks its class (bit 1: a pattern, bit 2:
// an exclusion, bit 4: the substring of one of its shapes) and, for a shape's substring, that
// shape, so only the expressions whose substring the line holds are run.
const CLASS_ORDER = Object.keys(DETECTABLE_PATTERNS) as FailureType[];
interface Hit {
  cls: number;
  bit: number;
  /** The shape's id in SHAPES, or -1. */
  shape: number;
}
const SHAPES = new ShapeGroups();
const hits = new Uint8Array(CLASS_ORDER.length);
const scanLine = taggedScanner<Hit>(
  CLASS_ORDER.flatMap((type, cls) => [
    ...DETECTABLE_PATTERNS[type].map((p) => [matchText(p), { cls, bit: 1, shape: -1 }] as const),
    ...EXCLUDE_PATTERNS[type].map((p) => [matchText(p), { cls, bit: 2, shape: -1 }] as const),
    ...DETECTABLE_SHAPES[type].map(
      (shape: LineShape) => [matchText(shape.contains), { cls, bit: 4, shape: SHAPES.add(cls, shape) }] as const,
    ),
  ]),
  (hit, end) => {
    hits[hit.cls]! |= hit.bit;
    if (hit.shape >= 0) SHAPES.saw(hit.shape, end);
  },
);

const WATCHED = new Set<string>(WATCHED_SEVERITIES);

export function severityIsWatched(severity: unknown): boolean {
  if (typeof severity !== 'string') return false;
  // Called for every record: the exact names and a length test answer most without
  // allocating an upper-cased copy.
  if (severity === 'ERROR' || severity === 'WARNING') return true;
  if (severity.length !== 5 && severity.length !== 7) return false;
  // Python's str.upper() and JS toUpperCase() agree for the watched (ASCII) names; a
  // severity that only upper-cases into them through special casing (e.g. "ﬀ") never
  // equals ERROR or WARNING either way.
  return WATCHED.has(severity.toUpperCase());
}

/**
 * First failure class (table order) with a pattern contained in the message's match text or
 * a shape matching it, skipping any class whose exclusions the message contains.
 */
export function classifyMessage(message: string): FailureType | null {
  hits.fill(0);
  SHAPES.reset();
  const text = matchText(message);
  scanLine(text);
  for (let i = 0; i < CLASS_ORDER.length; i += 1) {
    const hit = hits[i]!;
    if (hit & 2) continue;
    if (hit & 1 || (hit & 4 && SHAPES.matches(i, text))) return CLASS_ORDER[i] as FailureType;
  }
  return null;
}

/** True when the message would trigger any detection; the seed's healthy check uses it. */
export function anyPatternMatches(message: string): boolean {
  return classifyMessage(message) !== null;
}
