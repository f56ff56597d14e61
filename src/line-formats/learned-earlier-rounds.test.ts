// Wording and layouts learned from rounds 7-40 (docs/DETECTION.md): one row per line in the
// layout a round showed missing, the phrases each read by their own rule, and reports of none
// (a failure counted at zero, denied, or resolved) that stay quiet.
import { describe, expect, it } from 'vitest';
import { detect, phraseEvidence, shapeEvidence } from '../../tools/rule-evidence.ts';
import { infoLevelReporter } from '../../skills/field-judge.ts';
import { INFO_LEVEL_REPORTERS } from '../../skills/line-format-skills.ts';
import { EVENT_RULES } from '../../skills/k8s-event-skills.ts';
import { FIELD_TABLES, judgeFields, judgeKlogSpeaker } from '../../skills/field-judge.ts';
import { KLOG_SPEAKER_RULES } from '../../skills/line-format-skills.ts';
import { DETECTABLE_SHAPES, EXCLUDE_SHAPES } from '../../skills/line-shapes.ts';
import { DETECTABLE_PATTERNS, matchText, RESOLVED_MARKERS } from '../../skills/watcher-skills.ts';

// Wording and layouts learned from rounds 7-19 (docs/DETECTION.md), one row each: the round that
// showed it missing, a line in its layout, and what it must read as (null: a trap that stays quiet).
const LEARNED: ReadonlyArray<readonly [number, string, string | null]> = [
  [7, 'Rack::Timeout::RequestTimeoutException: Request ran for longer than 30000ms', 'HighLatency'],
  [7, '2015-03-12T08:30:11.111314+00:00 app[web.1]: source=rack-timeout id=84784c36 wait=30696ms timeout=30000ms state=expired', 'HighLatency'],
  [7, '2015-03-12T08:30:11.111314+00:00 app[web.1]: source=rack-timeout id=84784c36 wait=12ms timeout=30000ms service=40ms state=completed', null],
  [7, '[2022-06-17 06:22:38,611] {kubernetes_executor.py:147} ERROR - Event: worker-pod.73f04e8e Failed', 'PodDown'],
  [7, '[2022-06-17 06:22:38,611] {kubernetes_executor.py:147} INFO - Event: worker-pod.73f04e8e Succeeded', null],
  [7, "Container 'api' was terminated with exit code '1' and reason 'ProcessExited'", 'PodDown'],
  [7, "Container 'api' was terminated with exit code '0' and reason 'ProcessExited'", null],
  [7, 'Replicas:               2 desired | 0 updated | 0 total | 0 available | 0 unavailable', 'ReplicaMismatch'],
  [7, 'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable', null],
  [7, 'Persistent Image Pull Errors for image "registry.example.com/api:v2".', 'ImagePullBackOff'],
  [8, 'kube-system   event-exporter-5f5b89fcc8-zbzg7   2/2       Unknown   0          19h', 'PodDown'],
  [8, 'web-0   0/1     NodeLost   0          3h', 'PodDown'],
  [8, 'Jan 01 20:09:05 ip-10-0-1-2.ec2.internal systemd[1]: kubelet.service failed.', 'NodeNotReady'],
  [8, 'java.lang.IllegalStateException: Pod has terminated containers: jenkins/agent-2gwl3 (jnlp)', 'PodDown'],
  [8, 'ready.go:277: [debug] Deployment is not ready: shop/web. 0 out of 1 expected pods are ready', 'ReplicaMismatch'],
  [8, 'client.go:98: [debug] creating 1 resource(s)', null],
  [9, 'No nodes are available that match all of the following predicates:: MatchNodeSelector (1), PodToleratesNodeTaints (1).', 'SchedulingBlocked'],
  [9, 'I1204 06:26:09.828470   29219 kubelet.go:1735] Skipping pod synchronization, container runtime is not up.', 'NodeNotReady'],
  [9, 'io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory', 'OOMKilled'],
  [9, 'Post "http://api:8481/select": net/http: timeout awaiting response headers', 'HighLatency'],
  [9, 'x1 \\_ web.1 alpine node-2 Shutdown Failed 8 seconds ago "task: non-zero exit (1)"', 'PodDown'],
  [9, '7t0nurasar5s   web   replicated   0/1   cassandra:latest   *:30002->7000/tcp, *:30003->9042/tcp', 'ReplicaMismatch'],
  [9, '7t0nurasar5s   web   replicated   1/1   cassandra:latest   *:30002->7000/tcp, *:30003->9042/tcp', null],
  [10, 'my-nginx   2         0         0            0           22s', 'ReplicaMismatch'],
  [10, 'my-nginx   2         2         2            2           22s', null],
  [10, 'old-rs     0         0         0            0           3d', null],
  [10, 'MachineDeployment/md-0  False  Warning  WaitingForAvailableMachines  28m  Minimum availability requires 1 replicas, current 0 available', 'ReplicaMismatch'],
  [10, 'docker: Error response from daemon: Unable to find a node that satisfies the following conditions', 'SchedulingBlocked'],
  [10, '21/03/16 11:31:41 CDT  Restarts Exceeded  Task exceeded restart policy', 'CrashLoopBackOff'],
  [11, 'Liveness probe for "web-5b9ff_shop(344ce7ef):web" failed (failure): Get http://10.0.0.5:8080/health: net/http: request canceled (Client.Timeout exceeded while awaiting headers)', 'StartupProbeFailed'],
  [11, 'May 16 08:25:54.781: All nodes should be ready after test, Not ready nodes: ", node-1"', 'NodeNotReady'],
  [11, 'time="2016-04-25T23:47:45Z" level=error msg="HTTP error: no resources available to schedule container" status=500', 'SchedulingBlocked'],
  [11, '* Minimum number of live Pods was not attained', 'ReplicaMismatch'],
  [11, 'Error: unable to copy from source docker://ghcr.io/acme/server:1.2: initializing source: reading manifest 1.2: manifest unknown', 'ImagePullBackOff'],
  [12, 'System OOM encountered, victim process: rsession, pid: 5412', 'OOMKilled'],
  [12, 'Code: 159. DB::Exception: Timeout exceeded: elapsed 100.055088602 seconds, maximum: 100', 'HighLatency'],
  [13, '[2020-12-26 17:54:05.861 +00:00] [WRN] HTTP Response 200 to "192.168.0.10". Time (slow): 0:00:10.7307543.', 'HighLatency'],
  [13, 'reason: Error: Request failed with status code 504', 'HighLatency'],
  [13, 'Aug 17 06:16:59.574: INFO: Node node-1 didn\'t reach desired readiness (true) within 5m0s', 'NodeNotReady'],
  [13, '[apiclient] First node has registered, but is not ready yet', 'NodeNotReady'],
  [13, '[kube] 2018/12/06 21:16:54 Deployment is not ready: shop/web', 'ReplicaMismatch'],
  [13, 'I0225 11:25:12.856726       1 update_priority_calculator.go:115] "Quick OOM detected in pod" pod="shop/web-1" containerName="web"', 'OOMKilled'],
  [13, 'agent-1943d9a-mrvmt   1/3     Error   0          7d20h', 'PodDown'],
  [14, 'Waiting for deployment "api" rollout to finish: 2 of 15 updated replicas are available...', 'ReplicaMismatch'],
  [14, 'Waiting for 3 pods to be ready...', 'ReplicaMismatch'],
  [14, 'Daemonset node-agent is not ready. status: (desired: 45, updated: 40, ready: 44, unavailable: 1)', 'ReplicaMismatch'],
  [14, 'Daemonset node-agent is ready. status: (desired: 45, updated: 45, ready: 45, unavailable: 0)', null],
  [14, 'api    true         3        3       2        1          2024-01-10T10:00:00Z', 'ReplicaMismatch'],
  [14, 'api    true         3        3       3        0          2024-01-10T10:00:00Z', null],
  [14, 'Normal   Unschedulable  15s (x13 over 28s)  volcano  queue resource quota insufficient', 'SchedulingBlocked'],
  [14, 'Warning  FilteringFailed   67s   hami-scheduler  no available node, 2 nodes do not meet', 'SchedulingBlocked'],
  [14, "I0211 15:35:46.498813       1 scale_up.go:288] Pod web-2r6cr can't be scheduled on ng-1, predicate checking error: node(s) didn't match Pod's node affinity", 'SchedulingBlocked'],
  [14, 'FAIL:  Service snap.microk8s.daemon-kubelet is not running', 'NodeNotReady'],
  [14, 'Service snap.microk8s.daemon-kubelet is running', null],
  [14, 'E0203 17:21:30.407336   23963 kubelet.go:1106] Unable to update node status: update node status exceeds retry count', 'NodeNotReady'],
  [14, 'E0626 14:34:31.725403    5711 kubelet_node_status.go:381] Error updating node status, will retry: error getting node "n1": Get https://127.0.0.1:6443/api/v1/nodes/n1?timeout=10s: net/http: request canceled (Client.Timeout exceeded while awaiting headers)', 'NodeNotReady'],
  [14, 'Jun 29 07:24:44 node-11 kernel: memory: usage 1048576kB, limit 1048576kB, failcnt 141', 'OOMKilled'],
  [14, 'Jun 29 07:24:44 node-11 kernel: memory: usage 524288kB, limit 1048576kB, failcnt 0', null],
  [14, 'level=error msg="Handler for POST /v1.27/images/create returned error: manifest for shop/api:v9 not found"', 'ImagePullBackOff'],
  [14, '2026-08-04T13:01:02.485800Z WARN sqlx::query: slow statement: execution time exceeded alert threshold', 'HighLatency'],
  [14, '2022-03-18T18:36:14.293172+0000 mon.a (mon.0) 9766581 : cluster [WRN] Health check update: 3 slow ops, oldest one blocked for 65 sec', 'HighLatency'],
  [14, '2022-03-18T18:36:14.293172+0000 mon.a (mon.0) 9766581 : cluster [INF] Health check cleared: 0 slow ops', null],
  [14, '2022-06-07T02:25:15.295+0800 I COMMAND  [conn36586321] command db1.form command: find { find: "form" } planSummary: COLLSCAN protocol:op_query 1297ms', 'HighLatency'],
  [14, '.warning: 1 tasks failed to start', 'PodDown'],
  [14, 'ERROR KubernetesTaskSchedulerImpl: Lost executor 1 on 10.0.0.1: Pod spark-exec-1 deleted or lost.', 'PodDown'],
  [14, 'ingress-controller-dc55776d7-rmt65   0/1     PodFitsHostPorts   0          35m', 'PodDown'],
  [14, 'web  | 2025-10-12 10:25:35,461 INFO gave up: worker entered FATAL state, too many start retries too quickly', 'CrashLoopBackOff'],
  [15, 'The proxy server did not receive a timely response from the upstream server.', 'HighLatency'],
  [15, '"errorcode": "messaging.adaptors.http.flow.GatewayTimeout"', 'HighLatency'],
  [15, '361tdrtrbsz1   hello   2/6   alexellis2/arm-hellonode', 'ReplicaMismatch'],
  [15, '361tdrtrbsz1   hello   6/6   alexellis2/arm-hellonode', null],
  [15, 'kafka-broker 3 3 0 3 2019-07-24T16:13:41-05:00', 'ReplicaMismatch'],
  [15, 'E0717 13:51:52.593455 12293 kubelet_node_status.go:94] Unable to register node "master-0" with API server: Post https://10.0.0.1:6443/api/v1/nodes: dial tcp 10.0.0.1:6443: connect: connection refused', 'NodeNotReady'],
  [15, "E0312 14:35:15.803222 4297 nodecontroller.go:312] Can't collect information for node n1: Get http://n1:10250/api/v1beta1/nodeInfo: dial tcp 10.0.0.2:10250: connection refused", 'NodeNotReady'],
  [15, 'fit failure on node (ip-172-20-0-16.us-west-1.compute.internal): MatchNodeSelector', 'SchedulingBlocked'],
  [16, 'xyksiaspor07fubf6xo0fq33v   dock04   Unknown   Active      18.09.2', 'NodeNotReady'],
  [16, 'xyksiaspor07fubf6xo0fq33v * dock01   Ready     Active   Leader   18.09.2', null],
  [16, 'Error response from daemon: Get https://registry.example.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', 'ImagePullBackOff'],
  [16, '< HTTP/2 504', 'HighLatency'],
  [16, '< HTTP/2 200', null],
  [16, 'ERROR KubernetesTaskSchedulerImpl: Lost executor 2 on 10.0.0.3: Executor lost for unknown reasons.', 'PodDown'],
  [18, "E1213 11:37:36.698975 1 mux.go:106] unable to filter nodes: the first 3 pods can't be scheduled to the same node", 'SchedulingBlocked'],
  [18, '[ERROR] [/replication/transfer.go:143]: http error: code 504, message <html>', 'HighLatency'],
  [18, ' - deployment/api: container api terminated with exit code 1', 'PodDown'],
  [18, ' - deployment/api: container api terminated with exit code 0', null],
  [18, 'Tue Feb 13 13:22:31 2024 - HARAKIRI [core 1] 10.0.0.1 - POST /orders since 1707826949', 'HighLatency'],
  [18, 'api_1 | *** HARAKIRI ON WORKER 1 (pid: 13747, try: 1, graceful: yes) ***', 'HighLatency'],
  [19, 'message: Node is shutting, evicting pods', 'PodDown'],
  [19, 'message: Pod Node is in progress of shutting down, not admitting any new pods', 'PodDown'],
];

describe('wording and layouts learned from the rounds', () => {
  it.each(LEARNED)('round %s: %j reads as %s', (_round, line, failure) => {
    expect(detect(line)).toBe(failure);
  });
});

describe('component wording and layouts learned from rounds 32 and 34', () => {
  // Each line with the shape or pattern that reads it, and its class.
  const READ_BY: ReadonlyArray<readonly [string, keyof typeof DETECTABLE_SHAPES, string]> = [
    ['db_1   postgres:16   Exit 1', 'PodDown', ' exit '],
    ['cache_1   redis-server   Exit 137', 'OOMKilled', '137'],
    ['    lastState: {terminated: {exitCode: 137}}', 'OOMKilled', '137'],
    ['2024-05-01 10:00:00,001 INFO exited: worker (terminated by SIGSEGV; not expected)', 'CrashLoopBackOff', 'not expected'],
    ["2024-05-01T10:00:00Z Container api_0_abc didn't respond to HTTP pings on port: 8080, failing site start.", 'StartupProbeFailed', 'respond to http pings'],
    ['E0501 10:00:00.000000 812 remote_runtime.go:400] ListPodSandbox from runtime service failed: rpc error: code = Unavailable desc = connection error', 'NodeNotReady', 'from runtime service failed'],
    ['Status        = down', 'NodeNotReady', 'status = down'],
    ['May  1 10:00:00.000: INFO: Condition Ready of node worker-2 is unknown instead of true. Reason: , message: ', 'NodeNotReady', 'condition ready of node'],
    ['Warning  TaintManagerEviction  2m  taint-controller  Marking for deletion Pod shop/web-1', 'PodDown', 'marking for deletion pod'],
    ['message: pod deleted', 'PodDown', 'pod deleted'],
    ['Number of Nodes Scheduled with Available Pods: 0', 'ReplicaMismatch', 'with available pods:'],
    ['E, [2024-05-01T10:00:00.000000 #12] ERROR -- : worker=3 PID:240 timeout (31s > 30s), killing', 'HighLatency', 'timeout ('],
    ['We are sorry: the server is taking too long to respond.', 'HighLatency', 'to respond'],
    ['2017/02/01 09:00:00 [INFO] client: Restarting task "web" for alloc "0a1b2c3d" in 15.21s', 'CrashLoopBackOff', 'restarting task "'],
    // Learned from rounds 36 and 37 (and rounds 23 and 29, left missed until then).
    ['Mar 02 10:00:00 worker-7 kubelet[4410]: E0302 10:00:00.000001    4410 run.go:74] "command failed" err="failed to load kubelet config file"', 'NodeNotReady', 'kubelet['],
    ['Mar 02 10:00:00 worker-7 kubelet[4410]: F0302 10:00:00.000001    4410 server.go:266] unable to load client CA file /etc/kubernetes/pki/ca.pem: no such file or directory', 'NodeNotReady', 'kubelet['],
    // Learned from round 40.
    ['ERROR KafkaProducer - Expiring 3 record(s) for orders-2: 120004 ms has passed since batch creation plus linger time', 'HighLatency', 'ms has passed since'],
    ['[2024-01-01T00:00:00,000][WARN ][o.e.c.s.MasterService] failed to process cluster event (create-index [logs]) within 1m', 'HighLatency', 'failed to process cluster event'],
    ['2024-01-01 00:00:00,000 WARN org.apache.hadoop.hdfs.DFSClient: Slow waitForAckedSeqno took 45210ms (threshold=30000ms)', 'HighLatency', '(threshold='],
    // Learned from round 38.
    ['alert: api is experiencing 3.20s 99th percentile latency.', 'HighLatency', 'percentile latency'],
    ['- alertname: KubeStatefulSetReplicasMismatch', 'ReplicaMismatch', 'replicasmismatch'],
    // Learned from round 35.
    ['operator: app web is not ready yet. Cause: Expected replicas: 3 Available replicas: 1', 'ReplicaMismatch', 'available replicas'],
    ['W210301 10:00:00.000000 12 kv/kvserver/replica_write.go:208 [n1,s1,r9/1] have been waiting 61.20s for proposing command Put', 'HighLatency', 'have been waiting'],
    ['{"Failures":[{"Arn":"arn:aws:ecs:eu-west-1:1:container-instance/abc","Reason":"RESOURCE:MEMORY"}],"Tasks":[]}', 'SchedulingBlocked', '"failures":'],
  ];

  it.each(READ_BY)('%j reads as %s', (line, failure) => {
    expect(detect(line)).toBe(failure);
  });

  it.each(READ_BY)('%j says nothing of %s without its shape (the check can fail)', (line, failure, contains) => {
    expect(shapeEvidence(line, failure, contains)).toMatchObject({ own: true, others: [] });
  });

  it.each([
    ['I0501 10:00:00.000000 812 node_lifecycle_controller.go:1092] node worker-2 hasn\'t been updated for 41.2s. Last Ready is: &NodeCondition{Type:Ready,Status:True}', 'NodeNotReady'],
    ['Timeout performing EVAL (5000ms), inst: 2, qs: 1, in: 0, serverEndpoint: redis:6379', 'HighLatency'],
    ["Function execution took 540003 ms, finished with status: 'timeout'", 'HighLatency'],
    ['Normal  Preempted  pod/batch-7  Preempted by a pod on node gpu-3', 'PodDown'],
    ['Client Status = failed', 'PodDown'],
    ['Jan 02 03:04:05 node-4 systemd[1]: start request repeated too quickly for kubelet.service', 'NodeNotReady'],
    ['✘ api Error  failed to resolve reference "ghcr.io/acme/api:9": ghcr.io/acme/api:9: not found', 'ImagePullBackOff'],
    ['Normal  EvictedDueToPodsReadyTimeout  1m  kueue-workload-controller  Exceeded the PodsReady timeout team-a/job-7', 'PodDown'],
    ['"OriginStatus": 504,', 'HighLatency'],
    ['error: push failed: HTTP status 504', 'HighLatency'],
    ['"message": "pod deleted",', 'PodDown'],
    ['E0302 10:00:00.000001 4410 kubelet.go:1550] "Failed to start ContainerManager" err="invalid kernel flag"', 'NodeNotReady'],
    ['Mar 02 10:00:00 m0 kubenswrapper[2296]: I0302 10:00:00.000001 2296 patch_prober.go:28] interesting pod/guard container/guard namespace/etcd: Readiness probe status=failure output="connection refused"', 'StartupProbeFailed'],
    ["InsufficientNumberOfReplicas  The add-on is unhealthy because it doesn't have the desired number of replicas.", 'ReplicaMismatch'],
    ['Warning  FrequentContainerdRestart  3m  systemd-monitor  Found 6 matching logs, which meets the threshold of 5', 'NodeNotReady'],
    ['Warning  DockerHung  3m  kernel-monitor  task docker:1234 blocked for more than 120 seconds.', 'NodeNotReady'],
    ["Detected run worker status FAILED: 'Run has not completed but K8s job has no active pods'.", 'PodDown'],
    ['2024/03/01 10:00:00  Forwarded [GET] to /function/resize - [502] - 31.2s seconds', 'HighLatency'],
    ['[resize-7d9f] 2024/03/01 10:00:00 Upstream HTTP killed due to exec_timeout: 30s', 'HighLatency'],
    ['2024-03-01 10:00:00 +0000 [warn]: #0 [out_es] buffer flush took longer time than slow_flush_log_threshold: elapsed_time=41.2 slow_flush_log_threshold=20.0', 'HighLatency'],
    ['Warning  Unschedulable  kai-scheduler  No nodes with enough resources were found: 3 node(s) didn\'t have enough resources: GPUs.', 'SchedulingBlocked'],
    ['2024-03-01 10:00:00 +0000 [warn]: Could not push logs to Elasticsearch, resetting connection and trying again. read timeout reached', 'HighLatency'],
  ] as const)('%j reads as %s', (line, failure) => {
    expect(detect(line)).toBe(failure);
  });

  it.each([
    'cd /srv/app || exit 1',
    'if [ -z "$TOKEN" ]; then exit 1',
    'web_1   docker-entrypoint.sh   Exit 0',
    'web_1   docker-entrypoint.sh   Up      0.0.0.0:80->80/tcp',
    '2024-05-01 10:00:00,001 INFO exited: worker (exit status 0; expected)',
    'E0501 10:00:00.000000 812 remote_runtime.go:400] ContainerStatus "a1" from runtime service failed: rpc error: code = NotFound desc = an error occurred when try to find container "a1": not found',
    'Status        = ready',
    'May  1 10:00:00.000: INFO: Condition Ready of node worker-2 is true instead of false. Reason: KubeletReady',
    'Normal  TaintManagerEviction  2m  taint-controller  Cancelling deletion of Pod shop/web-1',
    'Number of Nodes Scheduled with Available Pods: 3',
    'I0501 10:00:00.000000 812 node_lifecycle_controller.go:1092] Node worker-2 ReadyCondition updated. Updating timestamp.',
    "Function execution took 212 ms, finished with status: 'ok'",
    'Client Status = complete',
    'operator: app web is ready. Expected replicas: 3 Available replicas: 3',
    '{"Failures":[],"Tasks":[{"taskArn":"arn:aws:ecs:eu-west-1:1:task/abc"}]}',
    'I210301 10:00:00.000000 12 kv/kvserver/replica_write.go:208 have been waiting for the lease since startup',
    'upload finished: HTTP status 200',
    '2024-01-01 00:00:00,000 INFO org.apache.hadoop.hdfs.DFSClient: Slow start threshold set to 30000ms',
    'Mar 02 10:00:00 worker-7 kubelet[4410]: I0302 10:00:00.000001    4410 run.go:74] "Starting kubelet"',
    'Mar 02 10:00:00 m0 kubenswrapper[2296]: I0302 10:00:00.000001 2296 patch_prober.go:28] interesting pod/guard container/guard namespace/etcd: Readiness probe status=success',
    'pod/web-7f9c6d-x2k4q evicted',
    '2024/03/01 10:00:00  Forwarded [GET] to /function/resize - [200] - 0.031s seconds',
    'exec_timeout: 30s',
  ])('%j stays quiet', (line) => {
    expect(detect(line)).toBeNull();
  });

  it('the node lifecycle controller says nothing of a stale node without its speaker word (the check can fail)', () => {
    const line = "I0501 10:00:00.000000 812 node_lifecycle_controller.go:1092] node worker-2 hasn't been updated for 41.2s.";
    expect(judgeKlogSpeaker(line)).toBe('NodeNotReady');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((w) => w !== "hasn't been updated for") }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
  });

  it('the Nomad client is a reporter at info level with or without fractions of a second, and without the fraction optional in its header it is not (the check can fail)', () => {
    const line = '2017/02/01 09:00:00 [INFO] client: task "web" for alloc "0a1b" failed: Wait returned exit code 2, signal 0, and error <nil>';
    expect(detect(line)).toBe('CrashLoopBackOff');
    expect(detect(line.replace('09:00:00 ', '09:00:00.123456 '))).toBe('CrashLoopBackOff');
    const strict = {
      ...INFO_LEVEL_REPORTERS,
      headers: INFO_LEVEL_REPORTERS.headers.map((h) =>
        h.contains === ' [INFO] client: ' ? { ...h, header: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{6} \[INFO\] client: / } : h,
      ),
    };
    expect(infoLevelReporter(line)).toBe(true);
    expect(infoLevelReporter(line, strict)).toBe(false);
  });

  it('the e2e framework behind a CI log prefix is a reporter at info level, without the prefix in its header it is not (the check can fail)', () => {
    const line = 'I0513 20:23:46.093] May 13 20:15:45.596: INFO: Condition Ready of node n1 is false instead of true.';
    expect(infoLevelReporter(line)).toBe(true);
    const plain = {
      ...INFO_LEVEL_REPORTERS,
      headers: INFO_LEVEL_REPORTERS.headers.map((h) =>
        h.contains === ': INFO: ' ? { ...h, header: /^(?:\d{2}:\d{2}:\d{2} )?[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{3}: INFO: / } : h,
      ),
    };
    expect(infoLevelReporter(line, plain)).toBe(false);
  });
});

describe('reports of none: a failure counted at zero or denied, and resolved notifications', () => {
  const absent = (cls: keyof typeof EXCLUDE_SHAPES, line: string) => EXCLUDE_SHAPES[cls].some((s) => s.shape.test(matchText(line)));
  const wouldAlarm = (cls: keyof typeof DETECTABLE_SHAPES, line: string) => {
    const text = matchText(line);
    return DETECTABLE_PATTERNS[cls].some((p) => text.includes(matchText(p))) || DETECTABLE_SHAPES[cls].some((s) => s.shape.test(text));
  };
  const NONE: ReadonlyArray<readonly [keyof typeof EXCLUDE_SHAPES, string]> = [
    ['OOMKilled', 'ERROR health report: OOMKilled: 0, Evicted: 0'],
    ['OOMKilled', 'WARN no OOMKilled events in the last 24h'],
    ['PodDown', 'ERROR descheduler: no pods were evicted'],
    ['PodDown', 'ERROR 0 pods evicted from node worker-3'],
    ['PodDown', 'WARN "Number of evicted pods" totalEvicted=0'],
    ['CrashLoopBackOff', 'ERROR check pods: 0 pods in CrashLoopBackOff'],
    ['CrashLoopBackOff', 'WARN No CrashLoopBackOff pods found'],
    ['ImagePullBackOff', 'ERROR summary ImagePullBackOff: 0 ErrImagePull: 0'],
    ['HighLatency', 'ERROR gateway stats: requests timed out: 0, errors: 3'],
    ['HighLatency', 'WARN deadline exceeded count: 0'],
  ];
  it.each(NONE)('%s: %j stays quiet, and only its absence layout quiets it (the check can fail)', (cls, line) => {
    expect(detect(line)).toBeNull();
    expect(wouldAlarm(cls, line)).toBe(true);
    expect(absent(cls, line)).toBe(true);
  });

  it.each([
    ['OOMKilled', 'Warning  OOMKilling  node/worker-1  Memory cgroup out of memory: Killed process 4242 (java) total-vm:0kB'],
    ['PodDown', 'web-1   0/1     Evicted   0          12m'],
    ['PodDown', 'ERROR 10 pods evicted from node worker-3'],
    ['SchedulingBlocked', 'message: \'1/0 tasks in gang unschedulable: 0 nodes are available\''],
    ['CrashLoopBackOff', '2025-09-19T16:23:38.732Z level=error pod=app-6408 node=pool-0 CrashLoopBackOff: pod has restarted 5 times'],
    ['HighLatency', 'ERROR request timeout after 30s, retries: 0'],
    ['NodeNotReady', 'node-2   NotReady   <none>   0s   v1.30.1'],
  ] as const)('%s: %j is still found (a zero or a no elsewhere in the line counts something else)', (cls, line) => {
    expect(detect(line)).toBe(cls);
  });

  it.each([
    ['[RESOLVED] KubePodCrashLooping: pod shop/web-1 is restarting 3 times / 10 minutes', '[FIRING:1] KubePodCrashLooping: pod shop/web-1 is restarting 3 times / 10 minutes'],
    ['{"status":"resolved","labels":{"alertname":"KubeNodeNotReady"}}', '{"status":"firing","labels":{"alertname":"KubeNodeNotReady"}}'],
  ])('%j is a resolved notification: quiet, where the same alert firing is found (the check can fail)', (line, firing) => {
    expect(detect(line)).toBeNull();
    expect(RESOLVED_MARKERS.some((m) => matchText(line).includes(m))).toBe(true);
    expect(detect(firing)).not.toBeNull();
  });
});

describe("the node problem detector's restart and hang reasons, as event rows", () => {
  it.each(['FrequentKubeletRestart', 'FrequentDockerRestart', 'FrequentContainerdRestart', 'DockerHung', 'KernelDeadlock'])(
    '%s reads as NodeNotReady, and says nothing without its reason in the table (the check can fail)',
    (reason) => {
      const row = `Warning  ${reason}  3m  systemd-monitor  Found 6 matching logs, which meets the threshold of 5`;
      expect(detect(row)).toBe('NodeNotReady');
      const rules = EVENT_RULES.map((rule) => ('reasons' in rule ? { ...rule, reasons: rule.reasons.filter((r) => r !== reason) } : rule));
      expect(judgeFields(row, { ...FIELD_TABLES, eventRules: rules })?.failure).toBeNull();
    },
  );
});


describe('phrases learned from rounds 32-40: each line is read by its phrase alone', () => {
  const BY_PHRASE: ReadonlyArray<readonly [string, keyof typeof DETECTABLE_SHAPES, string]> = [
    ['Timeout performing EVAL (5000ms), inst: 2, qs: 1, in: 0, serverEndpoint: redis:6379', 'HighLatency', 'timeout performing '],
    ['[fn-7d9f] 2024/03/01 10:00:00 Upstream HTTP killed due to exec_timeout: 30s', 'HighLatency', 'killed due to exec_timeout'],
    ['2024-03-01 10:00:00 +0000 [warn]: #0 buffer flush took longer time than slow_flush_log_threshold: elapsed_time=41.2', 'HighLatency', 'buffer flush took longer time than'],
    ['Preempted by a pod on node gpu-3', 'PodDown', 'preempted by a pod on node'],
    ["message: 'Preempted workload team-a/wl-5 (UID: 1)'", 'PodDown', 'preempted workload'],
    ['Client Status = failed', 'PodDown', 'client status = failed'],
    ["Detected run worker status FAILED: 'Run has not completed but K8s job has no active pods'.", 'PodDown', 'job has no active pods'],
    ['Jan 02 03:04:05 node-4 systemd[1]: start request repeated too quickly for kubelet.service', 'NodeNotReady', 'too quickly for kubelet.service'],
    ['E0302 10:00:00.000001 4410 kubelet.go:1550] "Failed to start ContainerManager" err="invalid kernel flag"', 'NodeNotReady', 'failed to start containermanager'],
    ['✘ api Error  failed to resolve reference "ghcr.io/acme/api:9": ghcr.io/acme/api:9: not found', 'ImagePullBackOff', 'failed to resolve reference "'],
    ['Warning  Unschedulable  kai-scheduler  No nodes with enough resources were found: 3 node(s)', 'SchedulingBlocked', 'no nodes with enough resources'],
    ['interesting pod/guard container/guard namespace/etcd: Readiness probe status=failure output="refused"', 'StartupProbeFailed', 'probe status=failure'],
    ["The add-on is unhealthy because it doesn't have the desired number of replicas.", 'ReplicaMismatch', "doesn't have the desired number of replicas"],
    ['ERROR find on shop.orders failed: operation exceeded time limit, full error: {code: 50}', 'HighLatency', 'exceeded time limit'],
  ];

  it.each(BY_PHRASE)('%j is %s by its phrase, and by nothing else of its class (the check can fail)', (line, failure, phrase) => {
    expect(phraseEvidence(line, failure, phrase)).toEqual({ own: true, classified: failure, others: [] });
  });
});
