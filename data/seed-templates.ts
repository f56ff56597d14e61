// The tables the synthetic datasets are drawn from, as the original's generator holds them: the
// Kubernetes signal scenarios, the failure and healthy message templates (`{n}` and the other
// placeholders are filled by data/seed-records.ts, whose draws depend on their order), and the
// healthy lines of the watched-severity dataset.
import type { PyFloat } from '../src/py-json.ts';
import type { LogFailureType } from '../skills/failure-types.ts';

/** A value of a seeded record, as the original's JSON holds it (floats keep their Python form). */
export type SeedValue =
  | string
  | number
  | boolean
  | PyFloat
  | readonly SeedValue[]
  | { readonly [key: string]: SeedValue };
export type SeedRecord = { readonly [key: string]: SeedValue };

/** Structured Pod/Node/Deployment signals, shaped like what a real informer could emit. */
export const K8S_SIGNAL_SCENARIOS: readonly SeedRecord[] = [
  {
    severity: 'ERROR',
    service: 'app-service',
    message: 'Pod app-7d4fb Pending: ImagePullBackOff',
    labels: { reason: 'ImagePullBackOff', channel: 'k8s_signal' },
    signal: { record_type: 'Pod', phase: 'Pending', reason: 'ImagePullBackOff', namespace: 'prod' },
  },
  {
    severity: 'ERROR',
    service: 'app-service',
    message: 'Pod app-9zz ErrImagePull: manifest unknown',
    labels: { reason: 'ImagePullBackOff', channel: 'k8s_signal' },
    signal: { record_type: 'Pod', phase: 'Pending', reason: 'ErrImagePull', namespace: 'prod' },
  },
  {
    severity: 'ERROR',
    service: 'app-service',
    message: 'Pod app-2k9 Pending: FailedScheduling (insufficient cpu)',
    labels: { reason: 'SchedulingBlocked', channel: 'k8s_signal' },
    signal: { record_type: 'Pod', phase: 'Pending', reason: 'FailedScheduling', namespace: 'prod' },
  },
  {
    severity: 'ERROR',
    service: 'app-service',
    message: 'Node pool-1 NotReady: kubelet not reporting',
    labels: { reason: 'NodeNotReady', channel: 'k8s_signal' },
    signal: { record_type: 'Node', condition: 'NotReady', name: 'pool-1' },
  },
  {
    severity: 'WARNING',
    service: 'app-service',
    message: 'Deployment app-service: 0/3 replicas ready',
    labels: { reason: 'ReplicaMismatch', channel: 'k8s_signal' },
    signal: { record_type: 'Deployment', replica_drift: true, name: 'app-service' },
  },
  {
    severity: 'ERROR',
    service: 'app-service',
    message: 'Pod app-abc Failed: Evicted (node pressure)',
    labels: { reason: 'PodDown', channel: 'k8s_signal' },
    signal: { record_type: 'Pod', phase: 'Failed', reason: 'Evicted', namespace: 'prod' },
  },
];

/** Several phrasings per class, in mixed casing, so detection is not tuned to one vendor's wording. */
export const FAILURE_TEMPLATES: Readonly<Record<LogFailureType, readonly string[]>> = {
  OOMKilled: [
    'OOMKilled: container exceeded memory limit 512Mi',
    'cgroup: oom_kill invoked; memory cgroup limit exceeded',
    'Process killed: out of memory (rss exceeded cgroup cap)',
    'runtime: Memory limit exceeded \u2014 OOMKilled',
    'containerd: OOMKilled \u2014 memory limit 512Mi',
    'Last State: Terminated Reason: OOMKilled Exit Code: 137',
    '[cri] Container exit 137: OOMKilled',
  ],
  CrashLoopBackOff: [
    'Back-off restarting failed container',
    'CrashLoopBackOff: pod has restarted 5 times',
    'exponential backoff: container crashing repeatedly (exit 1)',
    'Too many restarts \u2014 applying restart limit backoff',
    'kubelet: Back-off restarting failed container in pod',
    'pod sandbox changed: restarting (CrashLoopBackOff)',
  ],
  StartupProbeFailed: [
    'Startup probe failed: connection refused on port 9090',
    'READINESS probe failed after 3 attempts: connection refused',
    'Health check failed: dial tcp [::1]:9090: connection refused',
    'Startup probe timed out: target not accepting connections',
    'Warning Unhealthy: Startup probe failed: Get http://127.0.0.1:9090/health: connection refused',
    'Liveness probe failed: HTTP probe failed with statuscode 503',
  ],
  HighLatency: [
    'Response time 7200ms exceeds threshold 5000ms',
    'WARN: slow response from upstream (p99 breach)',
    'request timeout after 30s waiting for dependency',
    'deadline exceeded: tail latency spike on critical path',
    'upstream latency spike: p99 8200ms exceeds threshold 5000ms',
    'SLO breach: tail latency high on checkout path',
  ],
};

export const HEALTHY_TEMPLATES: readonly string[] = [
  'Request processed in {ms}ms',
  'Health check passed on port {port}',
  'Container started successfully',
  'Scaling event completed. Instances: {n}',
  'Connected to upstream service',
  'Graceful shutdown initiated',
  'Configuration reloaded successfully',
  'Liveness probe passed',
  'Cache warmed. Entries: {n}',
  'Scheduled task completed in {ms}ms',
  'Memory usage nominal: {pct}% of limit',
  'CPU utilisation: {pct}%',
  'Disk usage: {pct}% of allocated',
  'Outbound connection established',
  'Request queue depth: {n}',
  'Duration {ms}ms within threshold',
  'Replica count stable at {n}',
  'Log rotation completed',
  'Dependency check passed',
  'Startup sequence complete',
];

/**
 * Healthy lines that a service really logs at WARNING or ERROR, worded the way real healthy
 * lines use the failure patterns' words (a false flag, a zero exit, a probe that recovered,
 * a timeout setting, a request log with its latency). Never filtered through the watcher:
 * if it flags one, the watcher skills are wrong.
 */
export const WATCHED_HEALTHY_TEMPLATES: readonly string[] = [
  '{"containerStatuses":[{"name":"app","ready":true,"restartCount":0,"lastState":{"terminated":{"reason":"Completed","exitCode":0}},"OOMKilled": false}]}',
  'State: {"Status":"exited","Running":false,"OOMKilled":false,"ExitCode":0}',
  'Container app exited with exit code 0 after the batch completed',
  'Process exited with status 0',
  'Startup probe succeeded after 2 failures; container ready',
  'Readiness probe succeeded on port {port} after {n} attempts during warm-up',
  'back-off reset for container app after {n}m of stable running',
  'http client timeout set to 30s',
  'upstream connect timeout configured to {ms}ms',
  'PASS TestScheduler0of3NodesAreAvailable ({ms}ms)',
  'loaded fixture testdata/0-of-3-nodes-are-available.yaml',
  'Evicted 0 pods from node pool-{n}',
  'eviction manager: no pods to evict, memory available {n}Gi',
  'GET /api/orders 200 latency={ms}ms',
  'method=POST path=/checkout status=200 duration={ms}ms',
  'request completed status=200 latency_ms={ms} upstream=payments',
  'liveness probe configured: http-get :{port}/health timeout=1s period=10s #failure=3',
  'node pool-{n} condition Ready=True, MemoryPressure=False, DiskPressure=False',
  'Node pool-{n} status is now: NodeReady',
  'Successfully pulled image "registry/app:v1-stable" in {ms}ms',
  'Deployment app-service: 3/3 replicas ready',
  'Scaled up replica set app-service-7d4fb to {n}',
  'retrying connection to cache (attempt 2/5) succeeded',
  'GC (Allocation Failure) pause {ms}ms, heap 210M->90M',
  'memory limit raised to 1Gi by operator request',
  'no restarts in the last 24h (restart count 0)',
  'Error budget remaining: 99.{n}% with no SLO burn',
  'WARNING: TCP backlog 511 cannot be enforced; somaxconn is 128',
  'progressDeadlineSeconds: 600 applied to deployment app-service',
  'toleration node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
  'pod app-{n} Running 1/1, 0 restarts',
  'Container image "registry/app:v1-stable" already present on machine',
];
