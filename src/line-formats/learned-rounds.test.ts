// Readers and wording learned from rounds 41-53 and 74-80 (docs/DETECTION.md), each shown to be what
// reads its line (without it the line says nothing of its class), beside traps that stay quiet,
// with lines written for these tests in the layouts the rounds showed, not copied from them.
import { describe, expect, it } from 'vitest';
import { readAccessLog, readDeisRouterLog, readGinRequest, readHttpxRequest, readRackTimeout, readSearchClientRequest, readServeRequest, readTornadoRequest } from './access-log.ts';
import { readKlogHeader } from './klog.ts';
import { FIELD_TABLES, infoLevelReporter, judgeEventRow, judgeFields, judgeKlogSpeaker, judgePodRow } from '../../skills/field-judge.ts';
import { readPodRow } from './kubectl-table.ts';
import { EVENT_RULES } from '../../skills/k8s-event-skills.ts';
import { readEventRow } from './kubectl-events.ts';
import { INFO_LEVEL_REPORTERS, KLOG_SPEAKER_RULES } from '../../skills/line-format-skills.ts';
import { DETECTABLE_SHAPES } from '../../skills/line-shapes.ts';
import { inferSeverity } from '../../skills/severity-skills.ts';
import { detect, phraseEvidence, shapeEvidence, underSlowBars } from '../../tools/rule-evidence.ts';

describe("Istio's access log: the duration after the response details (learned from round 41)", () => {
  const istio = (status: string, flags: string, details: string, ms: number) =>
    `[2025-02-03T08:00:00.000Z] "GET /v1/orders HTTP/1.1" ${status} ${flags} ${details} - "-" 0 91 ${ms} - "-" "Go-http-client/1.1" "a1b2" "orders:8080" "10.1.2.3:8080" inbound|8080|| 127.0.0.6:40001 10.1.2.3:8080 10.1.0.9:51234 - default`;

  it('reads the status, the flags and the duration in seconds, in both layouts', () => {
    expect(readAccessLog(istio('503', 'UC', 'upstream_reset_before_response_started{connection_termination}', 61250))).toEqual({ status: 503, seconds: 61.25, flags: ['UC'] });
    expect(readAccessLog(istio('200', '-', 'via_upstream', 12))).toEqual({ status: 200, seconds: 0.012, flags: [] });
    expect(readAccessLog('[2020-03-01T10:00:00.000Z] "GET /api HTTP/1.1" 200 - 0 19 15000 - "-" "curl/7.68.0" "5f1c" "api" "10.0.0.7:8080"')).toEqual({ status: 200, seconds: 15, flags: [] });
  });

  it('reads a request past the slow bar as HighLatency, a quick one and a quick refusal as nothing', () => {
    expect(detect(istio('503', 'UC', 'upstream_reset_before_response_started{connection_termination}', 61250))).toBe('HighLatency');
    expect(detect(istio('503', 'UC', 'upstream_reset_before_response_started{connection_termination}', 3))).toBeNull();
    expect(detect(istio('200', '-', 'via_upstream', 12))).toBeNull();
  });

  it('judges the duration by the access-log rules it is given: with a higher slow bar the slow request says nothing (the check can fail)', () => {
    const line = istio('200', '-', 'via_upstream', 45000);
    expect(underSlowBars(line, 60)).toEqual(['HighLatency', null]);
  });
});

describe("an Elasticsearch client's request log: status and seconds (learned from rounds 38 and 41)", () => {
  it('reads both clients\' layouts, and refuses a request with no answer and other lines', () => {
    expect(readSearchClientRequest('POST https://es:9200/_bulk [status:200, request:939.370s, query:0.003s]')).toEqual({ status: 200, seconds: 939.37 });
    expect(readSearchClientRequest('WARNING:elasticsearch:GET http://es:9200/logs/_search [status:504 request:1.2s]')).toEqual({ status: 504, seconds: 1.2 });
    expect(readSearchClientRequest('GET http://es:9200/logs/_search [status:N/A request:10.008s]')).toBeNull();
    expect(readSearchClientRequest('[status:200 request:1.0s]')).toBeNull();
  });

  it('reads a bulk request that took minutes as HighLatency at any stated level, a quick one as nothing', () => {
    expect(detect('2024-02-01 10:00:00 +0000 [info]: #0 [out_es] POST https://es:9200/_bulk [status:200, request:95.2s, query:0.004s]')).toBe('HighLatency');
    expect(detect('2024-02-01 10:00:00 +0000 [info]: #0 [out_es] POST https://es:9200/_bulk [status:200, request:0.2s, query:0.004s]')).toBeNull();
  });

  it('judges it by the access-log rules it is given: with a higher slow bar the slow request says nothing (the check can fail)', () => {
    const line = 'POST https://es:9200/_bulk [status:200, request:95.2s, query:0.004s]';
    expect(underSlowBars(line, 120)).toEqual(['HighLatency', null]);
  });
});

describe('wording learned from round 42', () => {
  it('reads etcd\'s slow write-ahead log sync as HighLatency by its phrase alone (the check can fail)', () => {
    const line = '{"level":"warn","ts":"2025-04-01T10:00:00.000Z","caller":"wal/wal.go:805","msg":"slow fdatasync","took":"2.1s","expected-duration":"1s"}';
    expect(detect(line)).toBe('HighLatency');
    expect(phraseEvidence(line, 'HighLatency', 'slow fdatasync')).toEqual({ own: true, classified: 'HighLatency', others: [] });
    expect(detect('{"level":"info","ts":"2025-04-01T10:00:00.000Z","caller":"wal/wal.go:300","msg":"closed WAL","fdatasync":"ok"}')).toBeNull();
  });
});

describe("Tornado's access log: status and milliseconds (learned from round 43)", () => {
  const tornado = (status: number, ms: string) => `[I 250301 10:00:00 web:2243] ${status} POST /v1/models/m:predict (10.0.0.7) ${ms}ms`;

  it('reads the status and the time, and refuses other lines', () => {
    expect(readTornadoRequest(tornado(200, '60060.80'))).toEqual({ status: 200, seconds: 60.0608 });
    expect(readTornadoRequest(tornado(500, '3.10'))).toEqual({ status: 500, seconds: 0.0031 });
    expect(readTornadoRequest('[I 250301 10:00:00 web:2243] served the model in 60060.80ms')).toBeNull();
  });

  it('reads a request past the slow bar as HighLatency at its stated info level, a quick one as nothing', () => {
    expect(detect(tornado(200, '60060.80'))).toBe('HighLatency');
    expect(detect(tornado(200, '12.40'))).toBeNull();
  });

  it('judges the time by the access-log rules it is given: with a higher slow bar the slow request says nothing (the check can fail)', () => {
    expect(underSlowBars(tornado(200, '60060.80'), 90)).toEqual(['HighLatency', null]);
  });
});

describe("Ray Serve's request log: status and milliseconds at the end (learned from round 49)", () => {
  const serve = (status: string, ms: string) => `INFO 2025-03-01 10:00:00,000 proxy 10.0.0.7 proxy.py:538 - POST /predict ${status} ${ms}ms`;

  it('reads the status (a request its client gave up on as 499) and the time, and refuses other lines', () => {
    expect(readServeRequest(serve('200', '12.4'))).toEqual({ status: 200, seconds: 0.0124 });
    expect(readServeRequest(serve('CANCELLED', '61002.4'))).toEqual({ status: 499, seconds: 61.0024 });
    expect(readServeRequest('INFO replica.py:230 - model loaded in 812.5ms')).toBeNull();
  });

  it('reads a request past the slow bar as HighLatency at its stated info level, a quick one as nothing', () => {
    expect(detect(serve('CANCELLED', '61002.4'))).toBe('HighLatency');
    expect(detect(serve('200', '12.4'))).toBeNull();
  });

  it('judges the time by the access-log rules it is given: with a higher slow bar the slow request says nothing (the check can fail)', () => {
    expect(underSlowBars(serve('CANCELLED', '61002.4'), 90)).toEqual(['HighLatency', null]);
  });

  // A Node framework's request logger writes the same tail with the time in seconds or
  // milliseconds (`--> POST /v1/messages 500 301s`, learned from round 69).
  const logger = (status: number, time: string) => `Mar 01 10:00:00 api-1 node[1836]: --> POST /v1/chat?stream=true ${status} ${time}`;

  it("reads a request logger's tail in seconds as well as milliseconds", () => {
    expect(readServeRequest(logger(500, '301s'))).toEqual({ status: 500, seconds: 301 });
    expect(readServeRequest(logger(200, '45ms'))).toEqual({ status: 200, seconds: 0.045 });
    expect(readServeRequest('Mar 01 10:00:00 api-1 node[1836]: <-- POST /v1/chat?stream=true')).toBeNull();
    expect(readServeRequest('GET /healthz took 3 retries')).toBeNull();
  });

  it('reads a request that took 301 s as HighLatency, one of 45 ms as nothing, and a slow bar above it says nothing (the check can fail)', () => {
    expect(detect(logger(500, '301s'))).toBe('HighLatency');
    expect(detect(logger(200, '45ms'))).toBeNull();
    expect(underSlowBars(logger(200, '301s'), 400)).toEqual(['HighLatency', null]);
  });
});

describe('wording learned from rounds 41-53', () => {
  type Failure = keyof typeof DETECTABLE_SHAPES;
  // Each line with the phrase that reads it: without the phrase, nothing of its class does.
  const BY_PHRASE: ReadonlyArray<readonly [string, Failure, string]> = [
    ['May 02 10:00:00 node-3 dockerd[812]: time="2025-05-02T10:00:00Z" level=error msg="pulling image failed" error="context canceled"', 'ImagePullBackOff', 'pulling image failed'],
    ['p4k2 web.3 shop/web:9 node-2 Ready Rejected 3 seconds ago "No such image: shop/web:9"', 'ImagePullBackOff', 'no such image:'],
    // A Swarm node's task manager on a task that cannot start (its task row is read by its state).
    ['level=error msg="fatal task error" error="starting container failed: OCI runtime create failed" module=node/agent/taskmanager node.id=q7x1', 'CrashLoopBackOff', 'starting container failed'],
    ['E0301 10:00:00.000000 2401 controller.go:145] failed to update lease, error: Put "https://10.0.0.1:6443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/n2": context deadline exceeded', 'NodeNotReady', 'failed to update lease'],
    ['Stopped reason: Host EC2 Terminated', 'PodDown', 'host ec2 terminated'],
    ['time="2025-01-09T10:00:00.000Z" level=info msg="Workflow pod is missing" namespace=ci nodeName=build-7-3141 workflow=build-7', 'PodDown', 'workflow pod is missing'],
    ['java.lang.IllegalStateException: Containers are terminated with exit codes: {jnlp=1}', 'PodDown', 'containers are terminated with exit codes'],
    ['E0501 10:00:00.000000 812 controller.go:145] "Failed to ensure lease exists, will retry" err="context deadline exceeded" interval="7s"', 'NodeNotReady', 'failed to ensure lease exists'],
    ['X Exiting due to GUEST_START: wait 6m0s for node: wait node ready: timed out waiting for the condition', 'NodeNotReady', 'wait node ready: timed out'],
    ["ERROR: You've reached the limit on the number of tasks you can run concurrently", 'SchedulingBlocked', 'tasks you can run concurrently'],
    ['[1] 2025/03/01 10:00:00.000001 [INF] 10.0.0.1:4222 - cid:9 - Slow Consumer Detected: WriteDeadline of 2s exceeded with 1 chunks', 'HighLatency', 'slow consumer detected'],
    ['Caused by: java.io.IOException: Bookie operation timeout -  ledger=7 - operation=Failed to read entry - entry=12', 'HighLatency', 'bookie operation timeout'],
    ['| node-2 | https://10.0.0.12:8443 | YES | x86_64 | default | | OFFLINE | No heartbeat for 3m10.2s (2025-03-01 10:00:00 +0000 UTC) |', 'NodeNotReady', 'no heartbeat for'],
    ['WARN[03-01|10:00:00] Excluding offline node from refresh: {ID:3 Address:10.0.0.13:8443 RaftID:3 Raft:true Online:false updated:false}', 'NodeNotReady', 'excluding offline node'],
    ['NodeName=gpu07 Arch=x86_64 CoresPerSocket=16 State=IDLE+NOT_RESPONDING ThreadsPerCore=1', 'NodeNotReady', 'not_responding'],
    ['2025-03-01 10:00:00,000 [myid:3] - WARN [SyncThread:3:FileTxnLog@338] - fsync-ing the write ahead log in SyncThread:3 took 1800ms which will adversely effect operation latency.', 'HighLatency', 'fsync-ing the write ahead log'],
    ['[01-Mar-2025 10:00:00] WARNING: [pool api] child 4312, script \'/srv/app/index.php\' (request: "POST /index.php") executing too slow (5.2 sec), logging', 'HighLatency', 'executing too slow'],
    ['[2025-03-01 10:00:00,000] ERROR WorkerSourceTask{id=pg-source-0} Task threw an uncaught and unrecoverable exception. Error: Java heap space', 'OOMKilled', 'java heap space'],
    ["Cannot schedule pods: no node matches the pod's affinity", 'SchedulingBlocked', 'cannot schedule pod'],
    ['event NodeControllerEviction for pod web-1 on node n3', 'PodDown', 'nodecontrollereviction'],
    ['[2025-03-01T10:05:00.000] Down nodes: gpu[01-02]', 'NodeNotReady', 'down nodes:'],
    ['[2025-03-01T10:00:00.000] _slurm_rpc_submit_batch_job: Requested node configuration is not available', 'SchedulingBlocked', 'requested node configuration is not available'],
    ['JobId=42 UserId=ana(1001) GroupId=ana(1001) Name=train JobState=FAILED Partition=gpu TimeLimit=60 ExitCode=1:0', 'PodDown', 'jobstate=failed'],
    ['JobId=43 UserId=ana(1001) GroupId=ana(1001) Name=train JobState=NODE_FAIL Partition=gpu TimeLimit=60', 'PodDown', 'jobstate=node_fail'],
    ['JobId=44 UserId=ana(1001) GroupId=ana(1001) Name=train JobState=OUT_OF_MEMORY Partition=gpu TimeLimit=60', 'OOMKilled', 'jobstate=out_of_memory'],
    ['✗ source-controller: deployment not ready', 'ReplicaMismatch', 'deployment not ready'],
    ['2025-03-01T10:00:00.000Z [WARN]  agent: Service check web-1 is now critical', 'StartupProbeFailed', 'is now critical'],
    ['2025-03-01T10:00:00.000Z [WARN]  agent: Timed out running check: check=web-1 timeout=30s', 'StartupProbeFailed', 'timed out running check'],
    ['WARNING 2025-03-01 10:00:00,000 controller 812 proxy_state.py:189 - Didn\'t receive health check response for HTTP proxy n1 after 10s', 'StartupProbeFailed', "didn't receive health check response"],
    ['2025-03-01T10:00:00.000Z [ERROR] agent.client: RPC failed to server: method=Catalog.Register server=10.0.0.2:8300 error="rpc error making call: i/o deadline reached"', 'HighLatency', 'i/o deadline reached'],
    ['2025-03-01T10:00:00.000Z [ERROR] client: failed to start task "api" for alloc "1a2b": Failed to create container: no such image', 'ImagePullBackOff', 'create container: no such image'],
    ['Error from server (BadRequest): container "web" in pod "web-7f9c" is waiting to start: image can\'t be pulled', 'ImagePullBackOff', "can't be pulled"],
    ['  Reason: TaskRunImagePullFailed', 'ImagePullBackOff', 'imagepullfailed'],
    ['task build has failed: failed to create task run pod "build": translating TaskSpec to Pod: error getting image manifest: unsupported status code 403', 'ImagePullBackOff', 'error getting image manifest'],
    ['  Reason: DeadlineExceeded', 'PodDown', 'reason: deadlineexceeded'],
    ['Failed Scheduling | pod web-0 has unbound PersistentVolumeClaims', 'SchedulingBlocked', 'failed scheduling'],
    ['I0301 10:00:00.000000       5 nodecontroller.go:644] Node is unresponsive. Adding Pods on Node n3 to eviction queues: 2025-03-01 10:00:00 +0000 UTC is later than 2025-03-01 09:55:00 +0000 UTC + 5m0s', 'NodeNotReady', 'node is unresponsive'],
    ['no matching manifest for windows/amd64 10.0.17763 in the manifest list entries', 'ImagePullBackOff', 'no matching manifest for'],
    ['I0301 10:00:00.000000       1 predicate_helper.go:75] Predicates failed for task <default/train-0> on node <gpu-1>: task default/train-0 on node gpu-1 fit failed', 'SchedulingBlocked', 'predicates failed for task'],
    ['Mar  1 10:00:00 edge-1 kernel: [ 812.000000] init: agent main process ended, respawning', 'CrashLoopBackOff', 'main process ended, respawning'],
    ['"summary": "HTTP requests to /checkout are taking longer than 2 seconds"', 'HighLatency', 'taking longer than'],
    ['{"level":"warn","msg":"cannot execute query: couldn\'t start executing the request in 10.000 seconds, since -search.maxConcurrentRequests=8 concurrent requests are already executed"}', 'HighLatency', "couldn't start executing the request in"],
    ['Mar  1 10:00:00 n1 k3s[812]: time="2025-03-01T10:00:00Z" level=info msg="Slow SQL: SELECT id FROM kine WHERE name = ?" duration=1.2s started="2025-03-01T09:59:58.8Z"', 'HighLatency', 'slow sql'],
  ];

  it.each(BY_PHRASE)('%j is %s by its phrase, and by nothing else of its class (the check can fail)', (line, failure, phrase) => {
    expect(detect(line)).toBe(failure);
    expect(phraseEvidence(line, failure, phrase)).toEqual({ own: true, classified: failure, others: [] });
  });

  const READ_BY: ReadonlyArray<readonly [string, Failure, string]> = [
    ['E0412 08:00:00.000000 1 manager.go:120] unable to fully scrape metrics: Node ip-10-0-3-7.ec2.internal is not ready', 'NodeNotReady', ' not ready'],
    ['I0412 08:00:00.000000 1 node_lifecycle_controller.go:1310] Controller detected that zone us-east-1a is now in state PartialDisruption.', 'NodeNotReady', 'is now in state '],
    ['time="2025-01-09T10:00:00.000Z" level=info msg="node build-7-3141 message: pod deleted" namespace=ci workflow=build-7', 'PodDown', 'pod deleted'],
    ["     ✗ 'p(99)<1500' p(99)=2.31s", 'HighLatency', "✗ 'p("],
    ["ERRO[0120] thresholds on metrics 'iteration_duration' have been crossed", 'HighLatency', '_duration'],
    ['Pods Status:  0 Running / 3 Waiting / 0 Succeeded / 0 Failed', 'ReplicaMismatch', 'pods status:'],
    ["    message: 'Available: 1/3'", 'ReplicaMismatch', 'available: '],
    ['Error calling function resize: 504; the function did not respond before the timeout', 'HighLatency', 'before the timeout'],
    ['insufficient quota for cpu in flavor default-flavor, request > maximum capacity (40 > 32)', 'SchedulingBlocked', 'in flavor'],
    ['waiting for deployment shop-operator to become ready: deployment "shop-operator" not available', 'ReplicaMismatch', 'not available'],
    ['PRIMARY 3 [in progress] 2 1 0 1', 'ReplicaMismatch', '[in progress]'],
    ['[2025-03-01T10:00:00.000] error: Nodes gpu[01-02] not responding, setting DOWN', 'NodeNotReady', 'not responding'],
    ['[2025-03-01T10:00:00.000] error: Nodes gpu01 not responding', 'NodeNotReady', 'not responding'],
    ['  5123  gpu   train   ana PD   0:00   2 (Resources)', 'SchedulingBlocked', '(resources)'],
    ['2025/03/01 10:00:00 [WARN] agent: Check "service:web-1" HTTP request failed: Get "http://10.0.0.7:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'StartupProbeFailed', 'agent: check "'],
    ['grpc: addrConn.createTransport failed to connect to {/run/containerd/containerd.sock <nil> 0 <nil>}. Err: connection error: desc = "transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: no such file or directory"', 'NodeNotReady', '.sock'],
    ['Desired count: 3, Running count:1, Pending count:2', 'ReplicaMismatch', 'running count:'],
    ['<info>    [2025-03-01 10:00:00] [1a2b3c4d] Pod exp-7-trial-3: Waiting for resources. 0 GPUs are available, 2 GPUs required', 'SchedulingBlocked', 'are available, '],
    ['  Reason:         OutOfnvidia.com/gpu', 'PodDown', 'outof'],
    ['container die 4f1e2d3c4b5a (exitCode=139, image=shop/web:9, name=web-1)', 'PodDown', 'container die '],
  ];

  it.each(READ_BY)('%j is %s by its shape alone (the check can fail)', (line, failure, contains) => {
    expect(detect(line)).toBe(failure);
    expect(shapeEvidence(line, failure, contains)).toMatchObject({ own: true, others: [] });
  });

  it.each([
    // A pod of a named node, and a node's own readiness gate, are not a node going away.
    ['E0412 08:00:00.000000 1 manager.go:120] pod node-exporter-x7 is not ready'],
    ['I0412 08:00:00.000000 1 node_lifecycle_controller.go:1310] Controller detected that zone us-east-1a is now in state Normal.'],
    // A lease renewed, and the kubelet's refused calls naming its lease: the node's, not a probe.
    ['I0301 10:00:00.000000 2401 controller.go:145] lease renewed for node n2'],
    ['kubectl delete pod build-7-3141 -n ci'],
    ['pod "build-7-3141" deleted'],
    ['docker image rm shop/web:8 && docker pull shop/web:9'],
    // k6's passed thresholds, a failed threshold on a rate (not a time), and a crossed one on checks.
    ["     ✓ 'p(95)<600' p(95)=184.3ms"],
    ["     ✗ 'rate<0.01' rate=2.31%"],
    ["ERRO[0120] thresholds on metrics 'checks' have been crossed"],
    ['Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed'],
    // A raft member starting an election when its heartbeat timer runs out: consensus at work.
    ['2025/03/01 10:00:00 [WARN] raft: Heartbeat timeout from "10.0.0.2:8300" reached, starting election'],
    // A code above 255 is a tool's own, not a process's exit status.
    ['task 7 | TERMINATED | resources failed: unable to get exit code from pod (exit code 1025)'],
    // A member online, a node idle, a status with all units available, work done in time, a
    // setting, and task states and container answers that are routine.
    ['| node-1 | https://10.0.0.11:8443 | YES | x86_64 | default | | ONLINE | Fully operational |'],
    ['NodeName=gpu07 Arch=x86_64 CoresPerSocket=16 State=IDLE ThreadsPerCore=1'],
    ["    message: 'Available: 3/3'"],
    ['resize finished before the timeout of 60s'],
    ['10:00:00.000 [info] Poller started with [timeout: 5000]'],
    ['I0301 10:00:00.000000 4100 master.cpp:8123] Sending status update TASK_RUNNING for task web.1a2b of framework f-0001'],
    ['Mar  1 10:00:00 m1 marathon[812]: [2025-03-01 10:00:00,000] INFO Received status update for task web.1a2b: TASK_RUNNING (mesosphere.marathon.MarathonScheduler:Thread-9)'],
    ['[2025-03-01T10:00:00.000Z] [INFO] [#tid_77] [KubernetesContainer] initialization result: ok [marker:invoker_activationInit_finish:70000:120]'],
    ['ACTIVE 11 [completed] 2 2 0 0'],
    ['deployment "shop-operator" available'],
    ['flavor default-flavor has enough quota for cpu'],
    // Slurm: a job queued behind others, one running, one done, a node back.
    ['  5124  gpu   train   ana PD   0:00   2 (Priority)'],
    ['  5125  gpu   train   ana  R  12:03   2 gpu[01-02]'],
    ['JobId=45 UserId=ana(1001) GroupId=ana(1001) Name=train JobState=COMPLETED Partition=gpu TimeLimit=60'],
    ['[2025-03-01T10:09:00.000] node gpu01 returned to service'],
    // Flux, Consul, containerd, memberlist, Docker's network database and ECS reporting health.
    ['✔ source-controller: deployment ready'],
    ['2025-03-01T10:00:00.000Z [DEBUG] agent: Check status updated: check=web-1 status=passing'],
    ['time="2025-03-01T10:00:00Z" level=info msg="connecting to containerd at /run/containerd/containerd.sock"'],
    ['time="2025-03-01T10:00:00Z" level=info msg="Node 1a2b3c4d5e6f change state NodeFailed --> NodeActive"'],
    ['time="2025-03-01T10:00:00Z" level=info msg="memberlist: Stream connection from=10.0.0.3:41000"'],
    ['INFO 2025-03-01 10:00:00,000 proxy 10.0.0.7 proxy.py:538 - POST /predict 200 12.4ms'],
    ['Desired count: 3, Running count:3, Pending count:0'],
    ['container die 4f1e2d3c4b5a (exitCode=0, image=shop/web:9, name=web-1)'],
    ['container die 4f1e2d3c4b5a (exitCode=143, image=shop/web:9, name=web-1)'],
    ['I0301 10:00:00.000000       5 nodecontroller.go:650] Node n3 is responsive again'],
    ['<info>    [2025-03-01 10:00:00] [1a2b3c4d] Pod exp-7-trial-3: Waiting for resources. 2 GPUs are available, 2 GPUs required'],
    // kine's settings at info, not its slow-query log.
    ['Mar  1 10:00:00 n1 k3s[812]: time="2025-03-01T10:00:00Z" level=info msg="Slow SQL threshold is 500ms"'],
  ])('%j stays quiet', (line) => {
    expect(detect(line)).toBeNull();
  });

  it("the cluster autoscaler's simulation and its logging helper speak for scheduling, at info level", () => {
    const lines = [
      'I0412 08:00:00.000000 1 klogx.go:87] Pod shop/web-7d9 is unschedulable',
      'I0412 08:00:00.000000 1 hinting_simulator.go:116] failed to find place for shop/web-7d9: cannot put pod web-7d9 on any node',
    ];
    for (const line of lines) expect(detect(line)).toBe('SchedulingBlocked');
    expect(detect('I0412 08:00:00.000000 1 klogx.go:87] Pod shop/web-7d9 can be moved to node-2')).toBeNull();
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, files: rule.files.filter((f) => f !== 'klogx.go' && f !== 'hinting_simulator.go') }));
    for (const line of lines) expect(judgeKlogSpeaker(line, without)).toBeNull();
  });

  it('reads a process exit status up to 255 by its shape, and a larger code as a tool\'s own (the check can fail)', () => {
    expect(detect('task api ended: exit code 255')).toBe('CrashLoopBackOff');
    expect(shapeEvidence('task api ended: exit code 255', 'CrashLoopBackOff', 'exit code')).toMatchObject({ own: true, others: [] });
    expect(detect('task api ended: exit code 256')).toBeNull();
  });

  it("the kubelet's lease failing reads as its node, however the call failed", () => {
    expect(detect('E0501 10:00:00.000000 812 controller.go:145] "Failed to update lease" err="Put \\"https://10.0.0.1:6443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/n1?timeout=10s\\": context deadline exceeded"')).toBe('NodeNotReady');
  });

  it('reads the timed-out operations BookKeeper\'s client reports at info, by its words, and only from that speaker (the check can fail)', () => {
    const line = '10:00:00.000 [BookKeeperClientScheduler-OrderedScheduler-0-0] INFO  org.apache.bookkeeper.proto.PerChannelBookieClient - Timed-out 3 operations to channel [id: 0x1] for 10.0.0.9:3181';
    expect(detect(line)).toBe('HighLatency');
    expect(phraseEvidence(line, 'HighLatency', 'timed-out')).toEqual({ own: true, classified: 'HighLatency', others: [] });
    const headers = INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains !== 'PerChannelBookieClient - ');
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, headers })).toBe(false);
    expect(detect(line.replace('PerChannelBookieClient', 'SomeOtherClient'))).toBeNull();
  });

  it.each([
    ["INFO: At 2025-03-01 10:00:00 +0000 UTC - event for agent: {daemonset-controller } FailedPlacement: failed to place pod on \"node-1\": Node didn't have enough resource: cpu", 'INFO: At ', 'SchedulingBlocked'],
  ])('%j is read at its stated info level because its speaker is a known reporter, and not without it (the check can fail)', (line, contains, failure) => {
    expect(detect(line)).toBe(failure);
    expect(infoLevelReporter(line)).toBe(true);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains !== contains) })).toBe(false);
    // With the framework's date before it, the e2e framework's own header holds the line.
    const dated = `Jul 25 07:39:35.123: ${line}`;
    expect(infoLevelReporter(dated, { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains !== contains) })).toBe(line.startsWith('INFO: '));
  });

  it("minikube's wait for its nodes speaks at info level for a node's readiness", () => {
    const line = 'I0301 10:00:00.000000 4242 node_ready.go:53] node "m02" has unwanted condition "Ready" : Reason "NodeStatusUnknown" Message: "Kubelet stopped posting node status.". will try.';
    expect(detect(line)).toBe('NodeNotReady');
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== 'node_ready.go') })).toBe(false);
  });
});

describe('speakers learned from rounds 45, 48, 49 and 53', () => {
  it("reads glog's C++ headers as klog's: Mesos' master speaks in `master.cpp`", () => {
    expect(readKlogHeader('I0301 10:00:00.000000 4100 master.cpp:8123] Sending status update')).toEqual({ severity: 'I', file: 'master.cpp', index: 0 });
    expect(readKlogHeader('log.INFO.20250301-100000.4100:W0301 10:00:00.000000 4100 slave.cc:512] Agent lost')).toMatchObject({ severity: 'W', file: 'slave.cc' });
    expect(readKlogHeader('I0301 10:00:00.000000 4100 master.py:8123] Sending status update')).toBeNull();
  });

  it.each([
    ['I0301 10:00:00.000000 4100 master.cpp:8123] Sending status update TASK_LOST for task web.1a2b of framework f-0001 \'Agent agent-3 removed\'', 'PodDown', { klogFile: 'master.cpp' }],
    ['Mar  1 10:00:00 m1 marathon[812]: [2025-03-01 10:00:00,000] INFO Received status update for task web.1a2b: TASK_LOST (Reconciliation: Task is unknown) (mesosphere.marathon.MarathonScheduler:Thread-9)', 'PodDown', { header: ' INFO Received status update for task ' }],
    ['[2025-03-01T10:00:00,000][INFO ][o.e.c.c.FollowersChecker ] [es-0] FollowerChecker{discoveryNode={es-2}{a1}{b2}{10.0.0.9}{10.0.0.9:9300}{dim}, failureCountSinceLastSuccess=3, [cluster.fault_detection.follower_check.retry_count]=3} marking node as faulty', 'NodeNotReady', { header: 'FollowersChecker' }],
    ['Mar  1 10:00:00 n1 k3s[812]: time="2025-03-01T10:00:00Z" level=info msg="Slow SQL (started: 2025-03-01 09:59:58.1 +0000 UTC) (total time: 2.1s): SELECT id FROM kine WHERE name = ?"', 'HighLatency', { header: 'level=info msg="Slow SQL' }],
    ['I0606 10:18:43.290539   52008 dump.go:53] At 2025-03-01 10:00:00 +0000 UTC - event for web-0: {kubelet n1} Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503', 'StartupProbeFailed', { klogFile: 'dump.go' }],
    ['time="2025-03-01T10:00:00Z" level=info msg="memberlist: Marking node-3 as failed, suspect timeout reached (0 peer confirmations)"', 'NodeNotReady', { header: 'memberlist: ' }],
    ['2025-03-01T10:00:00.000Z [INFO]  nomad: memberlist: Suspect node-3.global has failed, no acks received', 'NodeNotReady', { header: 'memberlist: ' }],
    ['time="2025-03-01T10:00:00Z" level=info msg="Node 1a2b3c4d5e6f change state NodeActive --> NodeFailed"', 'NodeNotReady', { header: ' change state Node' }],
    ['[2025-03-01T10:00:00.000Z] [INFO] [#tid_77] [KubernetesContainer] initialization result: ConnectionError(java.net.SocketTimeoutException: Read timed out) [marker:invoker_activationInit_finish:70000:60000]', 'HighLatency', { header: 'Container] ' }],
  ] as const)('%j is %s at its stated info level because its speaker is a known reporter, and not without it (the check can fail)', (line, failure, reporter) => {
    expect(detect(line)).toBe(failure);
    expect(infoLevelReporter(line)).toBe(true);
    const without = 'klogFile' in reporter
      ? { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== reporter.klogFile) }
      : { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains !== reporter.header) };
    expect(infoLevelReporter(line, without)).toBe(false);
  });

  it("reads the node controller's eviction event row, in either spelling, as a pod down by its reason (the check can fail)", () => {
    const row = (message: string) => `12m 12m 1 web-1.17a2b3c4 Pod Normal NodeControllerEviction node-controller ${message}`;
    expect(detect(row('Marking for deletion Pod web-1 from Node n3'))).toBe('PodDown');
    expect(detect(row('Marking for deleion Pod web-1 from Node n3'))).toBe('PodDown');
    const read = readEventRow(row('Marking for deleion Pod web-1 from Node n3'));
    expect(read).toMatchObject({ type: 'Normal', reason: 'NodeControllerEviction' });
    const without = EVENT_RULES.map((rule) => ('reasons' in rule ? { ...rule, reasons: rule.reasons.filter((r) => r !== 'NodeControllerEviction') } : rule));
    expect(judgeEventRow(read!, without).failure).toBeNull();
  });

  it("reads Kibana's level from its tags, first or last: a recovery that quotes the old timeout stays quiet at info (the check can fail)", () => {
    const kibana = (tags: string, message: string) =>
      `{"type":"log","@timestamp":"2025-03-01T10:00:00+00:00","tags":[${tags}],"pid":51,"message":"${message}","prevMsg":"Request Timeout after 3000ms"}`;
    const recovery = kibana('"status","plugin:elasticsearch","info"', 'Status changed from red to green - Ready');
    expect(inferSeverity(recovery)).toBe('INFO');
    expect(detect(recovery)).toBeNull();
    expect(inferSeverity(kibana('"error","elasticsearch","data"', '[TimeoutError]: Request timed out'))).toBe('ERROR');
    expect(detect(kibana('"error","elasticsearch","data"', '[TimeoutError]: Request timed out'))).toBe('HighLatency');
    expect(inferSeverity(kibana('"warning","elasticsearch","admin"', 'Unable to revive connection'))).toBe('WARNING');
    // Without the tag naming a level, the recovery's quoted timeout is what the line is read by.
    expect(detect(recovery.replace('"info"]', '"ready"]'))).toBe('HighLatency');
  });
});

describe("request logs read as fields: httpx's request line and the Deis router's access log (learned from round 74)", () => {
  const httpx = (status: string) => `2025-03-01 10:00:00,000 INFO [_client.py:1025] HTTP Request: POST https://api.internal/v1/run "HTTP/1.1 ${status}"`;
  const deis = (status: number, seconds: string) =>
    `[2025-03-01T10:00:00+00:00] - shop/web - 10.4.1.7 - - - ${status} - "POST /v2/orders HTTP/1.1" - 312 - "-" - "curl/8.5.0" - "~^shop\\x5C.(?<domain>.+)$" - 10.5.0.13:80 - shop.example - ${seconds} - ${seconds}`;

  it('reads the status httpx logged and the status and seconds of a Deis router line, and refuses other lines', () => {
    expect(readHttpxRequest(httpx('504 Gateway Timeout'))).toEqual({ status: 504, seconds: null });
    expect(readHttpxRequest(httpx('200 OK'))).toEqual({ status: 200, seconds: null });
    expect(readHttpxRequest('2025-03-01 10:00:00,000 INFO HTTP Request: retrying in 2s')).toBeNull();
    expect(readDeisRouterLog(deis(499, '59.159'))).toEqual({ status: 499, seconds: 59.159 });
    expect(readDeisRouterLog('[2025-03-01T10:00:00+00:00] - router started')).toBeNull();
  });

  it('reads a 504 httpx logged at info as HighLatency, a 200 as nothing, and a Deis request of 59 s as HighLatency, one of 0.2 s as nothing', () => {
    expect(detect(httpx('504 Gateway Timeout'))).toBe('HighLatency');
    expect(detect(httpx('200 OK'))).toBeNull();
    expect(detect(deis(499, '59.159'))).toBe('HighLatency');
    expect(detect(deis(200, '0.201'))).toBeNull();
  });

  it('judges the Deis request by the access-log rules it is given: with a higher slow bar the slow request says nothing (the check can fail)', () => {
    expect(underSlowBars(deis(200, '59.159'), 90)).toEqual(['HighLatency', null]);
  });
});

describe("request logs read as fields: Gin's request log and rack-timeout's line (learned from rounds 75 and 76)", () => {
  const gin = (status: number, latency: string) =>
    `Mar 01 10:00:00 gpu-1 ollama[9071]: [GIN] 2025/03/01 - 10:00:00 | ${status} | ${latency.padStart(14)} |      10.0.0.12 | POST     "/api/generate"`;
  const rack = (service: string, state: string) =>
    `Mar 01 10:00:00 shop app/web.2 I, [2025-03-01T10:00:00.000000 #41]  INFO -- : source=rack-timeout id=1a2b3c4d wait=4ms timeout=15000ms service=${service} state=${state}`;

  it("reads Gin's status and its latency as a Go duration, and refuses other lines", () => {
    expect(readGinRequest(gin(500, '4h15m37s'))).toEqual({ status: 500, seconds: 15337 });
    expect(readGinRequest(gin(200, '1.204ms'))).toEqual({ status: 200, seconds: 0.001204 });
    expect(readGinRequest('[GIN-debug] POST   /api/generate --> handler (5 handlers)')).toBeNull();
    expect(readGinRequest('[GIN] listening on 0.0.0.0:11434')).toBeNull();
  });

  it('reads a Gin request of 30 minutes at info as HighLatency, a quick one as nothing, and a slow bar above it says nothing (the check can fail)', () => {
    expect(detect(gin(500, '30m0s'))).toBe('HighLatency');
    expect(detect(gin(200, '812.4µs'))).toBeNull();
    expect(underSlowBars(gin(200, '32m31s'), 3600)).toEqual(['HighLatency', null]);
  });

  it("reads rack-timeout's service time and state, and refuses other lines", () => {
    expect(readRackTimeout(rack('4732089ms', 'completed'))).toEqual({ status: 0, seconds: 4732.089, flags: ['completed'] });
    expect(readRackTimeout('source=rack-timeout id=1a2b wait=30696ms timeout=30000ms state=expired')).toEqual({ status: 0, seconds: null, flags: ['expired'] });
    // Older releases write no id.
    expect(readRackTimeout('source=rack-timeout wait=23020ms timeout=1000ms service=8ms state=completed at=info')).toEqual({ status: 0, seconds: 0.008, flags: ['completed'] });
    expect(readRackTimeout('rack-timeout: source=rack-timeout is enabled')).toBeNull();
  });

  it('reads a request the app served for 79 minutes at its stated info level as HighLatency, one of 40 ms as nothing, and a slow bar above it says nothing (the check can fail)', () => {
    expect(detect(rack('4732089ms', 'completed'))).toBe('HighLatency');
    expect(detect(rack('40ms', 'completed'))).toBeNull();
    expect(underSlowBars(rack('4732089ms', 'completed'), 5000)).toEqual(['HighLatency', null]);
  });

  it("reads a request rack-timeout gave up on by its state, and not once the state names no failure (the check can fail)", () => {
    const timedOut = rack('15002ms', 'timed_out');
    expect(detect(timedOut)).toBe('HighLatency');
    const { timed_out: _, ...others } = FIELD_TABLES.accessLog.responseFlags;
    expect(judgeFields(timedOut, { ...FIELD_TABLES, accessLog: { ...FIELD_TABLES.accessLog, responseFlags: others } })?.failure).toBeNull();
  });
});

describe("CockroachDB's log header: klog's with the year (learned from round 77)", () => {
  it('reads the level its header states, with the year in the date (the check can fail)', () => {
    const commit = 'W250301 10:00:00.000000 206 storage/engine/rocksdb.go:1805  batch [2/180/0] commit took 1.204s (>500ms):';
    expect(inferSeverity(commit)).toBe('WARNING');
    expect(detect(commit)).toBe('HighLatency');
    // An info header is final, whatever its message says: the same wording read without the
    // header would be a WARNING by its word `slow`.
    const info = 'I250301 10:00:00.000000 812 server/node.go:500  [n1] slow heartbeat took 3.2s';
    expect(inferSeverity(info)).toBe('INFO');
    expect(inferSeverity(info.replace('I250301', 'I 250301'))).toBe('WARNING');
  });
});

describe("a pod row's init container status, judged as the same status (learned from round 79)", () => {
  const row = (status: string, restarts = '0') => `virt-launcher-vm-1-rnvpw   0/2     ${status}   ${restarts}          25m`;

  it('reads Init:ContainerCannotRun as ContainerCannotRun, Init:CrashLoopBackOff as CrashLoopBackOff, and Init:0/1 as nothing', () => {
    expect(detect(row('Init:ContainerCannotRun'))).toBe('PodDown');
    expect(detect(row('Init:CrashLoopBackOff', '4'))).toBe('CrashLoopBackOff');
    expect(detect(row('Init:0/1'))).toBeNull();
  });

  it('judges it by the status table it is given: without the status its init form says nothing either (the check can fail)', () => {
    const rules = FIELD_TABLES.podStatus.filter((rule) => rule.status !== 'containercannotrun');
    expect(judgePodRow(readPodRow(row('Init:ContainerCannotRun'))!, rules)).toBeNull();
    expect(judgePodRow(readPodRow(row('Init:ContainerCannotRun'))!)).toBe('PodDown');
  });
});
