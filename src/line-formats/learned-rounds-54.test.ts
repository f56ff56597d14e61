// Wording, shapes, event reasons and reporters learned from rounds 54-80 (docs/DETECTION.md),
// each shown to be what reads its line (without it the line says nothing of its class), beside
// traps that stay quiet, with lines written for these tests in the layouts the rounds showed,
// not copied from them.
import { describe, expect, it } from 'vitest';
import { FIELD_TABLES, infoLevelReporter, judgeEventRow, judgeFields, judgeKlogSpeaker, judgePodRow, judgeProcessExit } from '../../skills/field-judge.ts';
import { statesExitLevel } from './process-exit.ts';
import { READER_COUNT, READER_GATE_INDEX, READER_MARKS } from './reader-marks.ts';
import { EVENT_RULES, type EventRule } from '../../skills/k8s-event-skills.ts';
import { readEventRow, readRecordedEvent } from './kubectl-events.ts';
import { eventToRecord } from '../formats/k8s-event.ts';
import { NODE_ROW, readNodeRow, readPodRow } from './kubectl-table.ts';
import { readKlogHeader } from './klog.ts';
import { collapsePadding } from '../shape-groups.ts';
import { INFO_LEVEL_REPORTERS, KLOG_SPEAKER_RULES, POD_STATUS_RULES, PROCESS_EXIT_LEVELS, type PodStatusRule } from '../../skills/line-format-skills.ts';
import type { FailureType } from '../../skills/failure-types.ts';
import { SEVERITY_RULES, inferSeverity, levelMarkersPattern, type SeverityRule } from '../../skills/severity-skills.ts';
import { DETECTABLE_PATTERNS, EXCLUDE_PATTERNS, matchText } from '../../skills/watcher-skills.ts';
import { DETECTABLE_SHAPES, EXCLUDE_SHAPES, EXIT_STATUS_OF_A_KILL, EXIT_STATUS_WORDS, exitStatusOf, TIMED_OUT_OPERATIONS, TIMEOUT_AS_OUTCOME, TIMEOUT_SEPARATORS, timeoutAsOutcome } from '../../skills/line-shapes.ts';
import { detect, phraseEvidence, plainReading, shapeEvidence, underSlowBars } from '../../tools/rule-evidence.ts';
import { readAccessLog, readAnsweredRequest, readArkimeHttp, readBcliFinished, readBeegoRequest, readGoGetTrace, readLnetInactive, readRspamdSlowRule, readMacaronRequest, readPrettyRequest, readQueryResult, readRequestFields, readSaiTimeSpan, readSeataCost, readServeRequest, readOutgoingResponse } from './access-log.ts';

/**
 * The line is detected as `failure`, read at its stated level through an info-level reporter's header
 * listed under `contains`; with the headers so listed taken out, its speaker is no known reporter.
 */
function readByHeader(line: string, failure: FailureType, contains: string): void {
  expect(detect(line)).toBe(failure);
  expect(infoLevelReporter(line)).toBe(true);
  const without = { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains !== contains) };
  expect(infoLevelReporter(line, without)).toBe(false);
}

/** The severity table's row that reads a level, or failure wording, for one severity. */
function severityRule(severity: SeverityRule['severity'], reads: SeverityRule['reads']): SeverityRule {
  return SEVERITY_RULES.find((rule) => rule.severity === severity && rule.reads === reads)! as SeverityRule;
}

/**
 * A line with no level is a warning by the wording keyword `keyword` it holds: the same line with `instead`
 * in its place (in any case) states nothing the severity scan reads.
 */
function watchedByKeyword(line: string, keyword: string, instead: string): void {
  expect(inferSeverity(line)).toBe('WARNING');
  expect(severityRule('WARNING', 'wording').keywords).toContain(keyword);
  expect(inferSeverity(line.replace(new RegExp(keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), instead))).toBe('INFO');
}

describe('wording and shapes learned from rounds 54-80', () => {
  // Each line with the phrase that reads it: without the phrase, nothing of its class does.
  const BY_PHRASE: ReadonlyArray<readonly [string, FailureType, string]> = [
    ['Taints:             node.alpha.kubernetes.io/unreachable:NoExecute', 'NodeNotReady', 'node.alpha.kubernetes.io/unreachable:'],
    ['Taints:             node.alpha.kubernetes.io/notReady:NoSchedule', 'NodeNotReady', 'node.alpha.kubernetes.io/notready:'],
    ['E0301 10:00:00.000000    1402 kubelet.go:2400] "Container runtime sanity check failed" err="rpc error: code = Unavailable desc = connection error"', 'NodeNotReady', 'container runtime sanity check failed'],
    ['    message: 1 available replicas, at least 2 required (spec.replicas is 3)', 'ReplicaMismatch', 'available replicas, at least'],
    ['[2025/03/01 10:00:00.000 +00:00] [WARN] [task_scheduler.go:480] ["Failed to post-execute task: queryTask:wait to finish failed, timeout: 449911223344"]', 'HighLatency', 'finish failed, timeout'],
    ['deployment/web failed. Error: container web is waiting to start: registry.local/shop/web:4.2 can\'t be pulled.', 'ImagePullBackOff', "can't be pulled"],
    ['Deploy failed with error code STATUSCHECK_IMAGE_PULL_ERR', 'ImagePullBackOff', 'image_pull_err'],
    ['2025-03-01 10:00:00.000 UTC docker daemon exited', 'NodeNotReady', 'docker daemon exited'],
    ['"message": "running PreBind plugin \\"VolumeBinding\\": binding volumes: context deadline exceeded",', 'SchedulingBlocked', 'running prebind plugin'],
    // Round 58: job runners, container platforms and deploy tools.
    ['Mar-01 10:00:00.000 [Task monitor] ERROR nextflow.processor.TaskProcessor - Process terminated for an unknown reason -- Likely it has been terminated by the external system', 'PodDown', 'terminated by the external system'],
    ['Exited with status -1 (agent lost)', 'PodDown', '(agent lost)'],
    ['STOPPED (DockerTimeoutError: Could not transition to started; timed out after waiting 5m0s)', 'PodDown', 'dockertimeouterror'],
    ['{"error":{"code":"ContainerGroupStopped","message":"Container Group \'web\' in resource group \'rg-shop\' is stopped."}}', 'PodDown', 'containergroupstopped'],
    ['Task failed: A Spot VM for the job was preempted during run time.', 'PodDown', 'preempted during run time'],
    ["Container 'api' was terminated with exit code '' and reason 'ImagePullFailure'", 'ImagePullBackOff', 'imagepullfailure'],
    ['Error: unable to pull image using Managed identity for registry shop.azurecr.io', 'ImagePullBackOff', 'unable to pull image'],
    ['==> Deploy Error: Health Checks', 'StartupProbeFailed', 'error: health checks'],
    ['[2025-Mar-01 10:00:00.000000] New container is not healthy, rolling back to the old container.', 'StartupProbeFailed', 'container is not healthy'],
    // Rounds 60-62: a process manager, a GitOps repo server, OpenShift's cluster operators.
    ['2025-03-01 10:00:00.000000000 +0000 UTC [manager] container [sidekiq-2] has crashed, restart container in 5 minutes.', 'CrashLoopBackOff', 'has crashed, restart'],
    ['level=error msg="Cluster operator monitoring Degraded is True with Unavailable: The deployment does not have available replicas"', 'ReplicaMismatch', 'does not have available replicas'],
    ['level=error msg="Cluster operator console Available is False with Deployment_InsufficientReplicas: DeploymentAvailable: 0 pods available for console deployment"', 'ReplicaMismatch', 'insufficientreplicas'],
    // Round 63: batch schedulers and a scheduler extender.
    ['(raylet) The actor or task with ID 5f1e2d3c4b5a cannot be scheduled right now. It requires {GPU: 1.000000} for placement', 'SchedulingBlocked', 'cannot be scheduled'],
    ['E0301 10:00:00.000000       1 mux.go:107] unable to filter nodes: waiting for Pod db/store-2 scheduling', 'SchedulingBlocked', 'unable to filter nodes'],
    ["WARNING resource_demand_scheduler.py:840 -- The autoscaler could not find a node type to satisfy the request: [{'GPU': 8.0}].", 'SchedulingBlocked', 'could not find a node type'],
    // Rounds 64-66: managed providers, service clients, container engines and runtimes.
    ['2025-03-01T10:00:00.000000000Z: OOM: the memory limit could be too low: read from the init process', 'OOMKilled', 'the memory limit could be too low'],
    ['search_1  | # There is insufficient memory for the Java Runtime Environment to continue.', 'OOMKilled', 'insufficient memory for the java runtime'],
    ["status: Your pod's cpu/memory requirements exceed the max Fargate configuration", 'SchedulingBlocked', 'requirements exceed the max'],
    ['E0301 10:00:00.000000    1402 kubelet.go:2100] Error listing containers: dockertools.operationTimeout{err:(*errors.errorString)(0xc8200aa0c0)}', 'NodeNotReady', 'error listing containers'],
    ['Error: timed out waiting for at least 2 nodes to join the cluster and become ready in "workers": context deadline exceeded', 'NodeNotReady', 'nodes to join the cluster and become ready'],
    ['shop_db_1 exited with code 1', 'PodDown', 'exited with code'],
    ['broker-1  | [2025-03-01 10:00:00,000] ERROR Exiting Kafka due to fatal exception during startup. (kafka.Kafka$)', 'PodDown', 'fatal exception during startup'],
    ['"message": "Kube-scheduler: preempting to accommodate a higher priority pod: batch/trainer-0",', 'PodDown', 'preempting to accommodate'],
    ['com.netflix.hystrix.exception.HystrixRuntimeException: CatalogCommand timed-out and no fallback available.', 'HighLatency', 'timed-out'],
    ['org.springframework.dao.DataAccessResourceFailureException: 60,000 milliseconds timeout on connection http-outgoing-3 [ACTIVE]', 'HighLatency', 'milliseconds timeout on connection'],
    // Rounds 67-70: a storage cluster's health, RPC clients, language runtimes, small platforms.
    ['binary_alloc: Cannot allocate 1073741824 bytes of memory (of type "binary").', 'OOMKilled', 'bytes of memory (of type'],
    ['2025-03-01 10:00:00.000 WARNING (MainThread) [supervisor.addons.addon] Watchdog found addon Mosquitto broker is failed, restarting...', 'CrashLoopBackOff', 'is failed, restarting'],
    ['  ERROR (web-2) Error: target failed to become healthy within configured timeout (30s)', 'StartupProbeFailed', 'failed to become healthy'],
    ['time="2025-03-01T10:00:00Z" level=error msg="Flagging node as dead. Updated state failed: Get http://10.0.4.12:2375/info: dial tcp 10.0.4.12:2375: i/o timeout" name=node-4', 'NodeNotReady', 'flagging node as dead'],
    ['{"init terminating in do_boot",{undef,[{rabbit_prelaunch,run,[]}]}} Kernel pid terminated (application_controller) ({application_start_failure,kernel,{{shutdown,failed}}})', 'PodDown', 'kernel pid terminated'],
    ['broker_1  | Crash dump is being written to: erl_crash.dump...done', 'PodDown', 'crash dump is being written'],
    ['[10:00:00 ERR] I have been told I am dead, so this silo will stop! entry = SiloAddress=S10.1.2.3:11111:1 Status=Dead', 'PodDown', 'so this silo will stop'],
    ['[WRN] HEALTH_WARN: osd.7 average latency exceeds 250ms over 10 seconds', 'HighLatency', 'latency exceeds'],
    ['[WRN] MDS_SLOW_METADATA_IO: 2 MDSs report slow metadata IOs', 'HighLatency', 'report slow metadata ios'],
    ['2025-03-01 10:00:00,000 ERROR io.seata.core.rpc.netty.AbstractNettyRemoting - wait response error:cost 30002 ms,ip:10.0.3.7:8091,request:BranchRegisterRequest', 'HighLatency', 'wait response error'],
    ["ERROR 1 --- [parallel-3] c.s.gateway.ProxyFilter : upstream call failed: Did not observe any item or terminal signal within 10000ms in 'flatMap' (and no fallback has been configured)", 'HighLatency', 'did not observe any item or terminal signal within'],
    ["[2025-03-01T10:00:00.000Z] ERROR: fetch failed { code: 'UND_ERR_HEADERS_TIMEOUT' }", 'HighLatency', 'und_err_headers_timeout'],
    ["[2025-03-01T10:00:00.000Z] ERROR: stream aborted { code: 'UND_ERR_BODY_TIMEOUT' }", 'HighLatency', 'und_err_body_timeout'],
    ['[error] GenServer Shop.Cache terminating ** (stop) {:timeout, {:gen_server, :call, [Shop.Pool, :checkout, 5000]}}', 'HighLatency', '{:timeout, {:gen_server, :call,'],
    ['** (exit) {:timeout, {GenServer, :call, [Shop.Rates, {:get, "EUR"}, 5000]}}', 'HighLatency', '{:timeout, {genserver, :call,'],
    ['=ERROR REPORT==== 1-Mar-2025::10:00:00 === exit:{timeout,{gen_server,call,[rabbit_node_monitor,partitions,5000]}}', 'HighLatency', '{timeout,{gen_server,call,'],
    // Rounds 72-74: etcd and storage, notebook and serving platforms, older orchestrators.
    ['failed to register layer: filesystem layer verification failed for digest sha256:0a1b2c3d4e5f', 'ImagePullBackOff', 'filesystem layer verification failed'],
    ['Driver Failure: failed to create image: localhost/shop-web:dev: image localhost/shop-web:dev not found in local storage', 'ImagePullBackOff', 'not found in local storage'],
    ['2025-03-01T10:00:00Z  Restarting  Restart within policy', 'CrashLoopBackOff', 'restart within policy'],
    ['[2025-03-01 10:00:00,000] WARN Delaying /shop/web due to backoff. Time left: 4 minutes 10 seconds.', 'CrashLoopBackOff', 'due to backoff'],
    ['  * pod/web-3-x7k2p has restarted within the last 10 minutes', 'CrashLoopBackOff', 'has restarted within the last'],
    ['2025-03-01T10:00:00.00+0000 [CELL/0] ERR Timed out after 2m0s: health check never passed.', 'StartupProbeFailed', 'health check never passed'],
    ['Error: No nodes found in pools [{batch []}]', 'SchedulingBlocked', 'no nodes found in pool'],
    ['[error] Cannot find applicable node for service instance shop/null/web-2: There are no nodes available', 'SchedulingBlocked', 'cannot find applicable node'],
    ['Server error, status code: 400, error code: 170001, message: Staging error: no available stagers', 'SchedulingBlocked', 'no available stagers'],
    ['<error> [2025-03-01 10:00:00] agent crashed  component="agent" error="agent failed to reconnect by deadline" id="gpu-7"', 'NodeNotReady', 'agent crashed'],
    ['2025-03-01 10:00:00,000 ERROR [scheduler-1] PingMonitor - Failed to get ping from agent [4412] count [5]', 'NodeNotReady', 'failed to get ping from agent'],
    ['Reason:         NodeLost', 'PodDown', 'reason: nodelost'],
    ['E0301 10:00:00.000000  1592 slave.cpp:3211] Handling status update TASK_FAILED (Status UUID: 1a2b) for task web.1a2b of framework 2025', 'PodDown', 'task_failed'],
    ['2025-03-01 10:00:00.000000 W | etcdserver: failed to send out heartbeat on time (exceeded the 100ms timeout for 412ms, to 3c4d)', 'HighLatency', 'failed to send out heartbeat on time'],
    ['etcd[812]: sync duration of 1.84s, expected less than 1s', 'HighLatency', 'expected less than'],
    ['[2025/03/01 10:00:00.000 +00:00] [WARN] [pd.go:152] ["get timestamp too slow"] ["cost time"=52.1ms]', 'HighLatency', 'timestamp too slow'],
    ['Spawn failed: pod/jupyter-ana did not start in 600 seconds!', 'HighLatency', 'did not start in'],
    ["[W 2025-03-01 10:00:00.000 JupyterHub user:458] ana's server never showed up at http://10.0.3.4:8888/user/ana/ after 30 seconds. Giving up", 'HighLatency', 'never showed up at'],
    ["[W 2025-03-01 10:00:00.000 JupyterHub user:710] ana's server failed to start in 300 seconds, giving up", 'HighLatency', 'server failed to start in'],
    ["Spawn failed: Server at http://10.0.3.4:8888/user/ana/ didn't respond in 30 seconds", 'HighLatency', "didn't respond in"],
    // Rounds 75-77: older platforms again, notebooks, and storage and membership in clusters.
    ['error: replication controller "shop-7" has failed progressing', 'ReplicaMismatch', 'has failed progressing'],
    ['worker/3f2a1b0c-0000-4000-8000-000000000001  unresponsive agent  z2  10.0.16.21  i-0a1b2c3d4e5f  medium  true', 'NodeNotReady', 'unresponsive agent'],
    ['2025/03/01 10:00:00 [WARN] serf: EventMemberFailed: worker-4 10.0.0.14', 'NodeNotReady', 'eventmemberfailed'],
    ["2025/03/01 10:00:00 [ERR] consul: member 'worker-4' failed, marking health critical", 'NodeNotReady', 'failed, marking health critical'],
    ['        "details": "insufficient resources: disk"', 'SchedulingBlocked', 'insufficient resources: '],
    ["[E 2025-03-01 10:00:00.000 JupyterHub web:1800] 500 POST /hub/spawn (10.0.3.4): Spawner failed to start [status=ExitCode=1, Error='', FinishedAt=2025-03-01T09:59:58Z]", 'PodDown', 'spawner failed to start'],
    ['W250301 10:00:00.000000 812 kv/kvserver/liveness/liveness.go:600  [n2,liveness-hb] slow heartbeat took 3.2s', 'HighLatency', 'slow heartbeat'],
    // Rounds 79 and 80: a high-availability cluster's controller, database servers' waits.
    ['Mar 01 10:00:00 node-2 pacemaker-controld[3730]:  notice: Node node-1 state is now lost', 'NodeNotReady', 'state is now lost'],
    ['db_1  | 2025-03-01T10:00:00.000000Z 0 [Warning] InnoDB: A long semaphore wait:', 'HighLatency', 'a long semaphore wait'],
    ['redis_1  | 1:M 01 Mar 2025 10:00:00.000 * Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete.', 'HighLatency', 'fsync is taking too long'],
    // Rounds 81-83: brokers' members lost, Java servers' stuck threads, batch schedulers.
    ['TERM_MEMLIMIT: job killed after reaching LSF memory usage limit.', 'OOMKilled', 'term_memlimit'],
    ['Job exceeded a memory resource limit (vmem, pvmem, etc.). Job was aborted', 'OOMKilled', 'exceeded a memory resource limit'],
    ['job 4120 exceeded MEM usage hard limit (2600 > 1100)', 'OOMKilled', 'exceeded mem usage hard limit'],
    ['K8s pod image cannot be pulled -- rpc error: code = Unknown desc = context canceled', 'ImagePullBackOff', 'pod image cannot be pulled'],
    ['(-l h_vmem=8G) cannot run at host "node-7.cluster" because it offers only hc:slots=0.000000', 'SchedulingBlocked', 'because it offers only'],
    ["Job's resource requirements not satisfied: 2 hosts;", 'SchedulingBlocked', 'resource requirements not satisfied'],
    ['Mar 01, 2025 @ 10:00:00.000 rabbitmq-1 * We saw DOWN from rabbit@rabbitmq-2.rabbitmq.default.svc.cluster.local', 'NodeNotReady', 'we saw down from'],
    ['Sat Mar  1 10:00:00: Unknown; unable to reach the execution host;', 'NodeNotReady', 'unable to reach the execution host'],
    ['Mar 01 10:00:00 login-1 bash[3520]: broker.err[0]: broker on node-66 (rank 66) has been unresponsive for 31.9s', 'NodeNotReady', 'has been unresponsive for'],
    ['Mar 01 10:00:00 web-1 systemd[1]: Unit tomcat.service entered failed state.', 'PodDown', 'entered failed state'],
    ['01-Mar-2025 10:00:00.000 WARNING [Catalina-utility-1] org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected Thread [http-nio-8080-exec-4] (id=[31]) has been active for [121,004] milliseconds', 'HighLatency', 'notifystuckthreaddetected'],
    ["<Mar 1, 2025 10:00:00 AM UTC> <Error> <WebLogicServer> <BEA-000337> <[STUCK] ExecuteThread: '7' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"612\" seconds>", 'HighLatency', '<bea-000337>'],
    ['failed receiving gdi request response for mid=3 (got syncron message receive timeout error)', 'HighLatency', 'message receive timeout'],
    // Rounds 84-86: YARN, HDFS, Spark, Flink and Storm in their own logs, gang scheduling, the host's
    // init system and kernel. Hadoop 3's wording of the memory kill, systemd-oomd's kill under
    // pressure, YARN's node lost and Storm's timed-out worker are in no round.
    ['[2025-03-01 10:00:00.000]Container [pid=4120,containerID=container_e01_1740823200000_0001_01_000004] is running beyond physical memory limits. Current usage: 4.1 GB of 4 GB physical memory used; 6.0 GB of 8.4 GB virtual memory used. Killing container.', 'OOMKilled', 'running beyond physical memory limits'],
    ["Container [pid=4120,containerID=container_1740823200000_0001_01_000002] is running 214748364B beyond the 'PHYSICAL' memory limit. Current usage: 2.2 GB of 2 GB physical memory used; 3.9 GB of 4.2 GB virtual memory used. Killing container.", 'OOMKilled', "beyond the 'physical' memory limit"],
    ['container_1740823200000_0001_01_000003 completed with exit status KILLED_EXCEEDED_VMEM', 'OOMKilled', 'killed_exceeded_vmem'],
    ['exitType: CONTAINER_PHYSICAL_MEMORY_EXCEEDED', 'OOMKilled', 'container_physical_memory_exceeded'],
    ['Container Killed since it exceeded the request physical memory', 'OOMKilled', 'killed since it exceeded the request'],
    ['Mar 01 10:00:00 ws-3 systemd[1]: user@1000.service: systemd-oomd killed 14 process(es) in this unit.', 'OOMKilled', 'systemd-oomd killed'],
    ['Mar 01 10:00:00 ws-3 systemd-oomd[612]: Killed /user.slice/user-1000.slice/user@1000.service/app.slice/build.scope due to memory pressure for /user.slice/user-1000.slice/user@1000.service being 61.32% > 50.00% for > 20s with reclaim activity', 'OOMKilled', 'due to memory pressure for'],
    ['25/03/01 10:00:00 WARN YarnScheduler: Initial job has not accepted any resources; check your cluster UI to ensure that workers are registered and have sufficient resources', 'SchedulingBlocked', 'initial job has not accepted any resources'],
    ["diagnostics: [Sat Mar 01 10:00:00 +0000 2025] Application is added to the scheduler and is not yet activated. Queue's AM resource limit exceeded.  Details : AM Partition = <DEFAULT_PARTITION>", 'SchedulingBlocked', 'added to the scheduler and is not yet activated'],
    ['Caused by: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Slot request bulk is not fulfillable! Could not allocate the required slot within slot request timeout', 'SchedulingBlocked', 'noresourceavailableexception'],
    ['2025-03-01 10:00:00,000 WARN  org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager [] - Could not fulfill resource requirements of job 1a2b3c4d. Free slots: 0', 'SchedulingBlocked', 'could not fulfill resource requirements'],
    ['"PreFilter failed" err="pod with pgName: ml/trainer last failed in 3s, deny" pod="ml/trainer-2"', 'SchedulingBlocked', 'prefilter failed'],
    ['W0301 10:00:00.000000       1 coscheduling.go:151] pre-filter pod trainer-3 cannot find enough sibling pods, current pods number: 2, minMember of group: 4', 'SchedulingBlocked', 'cannot find enough sibling pods'],
    ['2025-03-01 10:00:00,000 INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: worker-3:8041 Node Transitioned from RUNNING to LOST', 'NodeNotReady', 'transitioned from running to lost'],
    ['2025-03-01 10:00:00,000 INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: worker-3:8041 Node Transitioned from RUNNING to UNHEALTHY', 'NodeNotReady', 'transitioned from running to unhealthy'],
    ['2025-03-01 10:00:00,000 WARN org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: Node worker-3:8041 reported UNHEALTHY with details: 1/1 local-dirs usable space is below configured utilization percentage', 'NodeNotReady', 'reported unhealthy with details'],
    ['25/03/01 10:00:00 WARN Master: Removing worker-20250301100000-10.0.0.7-35411 because we got no heartbeat in 60 seconds', 'NodeNotReady', 'because we got no heartbeat'],
    ['Mar 01 10:00:00 node-3 systemd[1]: Failed to start Docker Application Container Engine.', 'NodeNotReady', 'failed to start docker application container engine'],
    ['Mar 01 10:00:00 node-3 dockerd[912]: failed to start daemon: Failed to connect to containerd: failed to dial "/run/containerd/containerd.sock": context deadline exceeded', 'NodeNotReady', 'failed to connect to containerd'],
    ['25/03/01 10:00:00 WARN HeartbeatReceiver: Removing executor 7 with no recent heartbeats: 160021 ms exceeds timeout 120000 ms', 'PodDown', 'with no recent heartbeats'],
    ['25/03/01 10:00:00 WARN TaskSetManager: Lost task 3.0 in stage 2.0 (TID 41) (10.0.0.7 executor 7): ExecutorLostFailure (executor 7 exited caused by one of the running tasks) Reason: Container marked as failed', 'PodDown', 'executorlostfailure'],
    ['2025-03-01 10:00:00.000 o.a.s.u.Utils Thread-12-worker [ERROR] Halting process: Worker died', 'PodDown', 'worker died'],
    ['2025-03-01T10:00:00.000+0000 b.s.d.supervisor [INFO] Shutting down and clearing state for id 1a2b. Current supervisor time: 1740823200. State: :timed-out, Heartbeat: {:time-secs 1740823160}', 'PodDown', 'state: :timed-out'],
    ['2025-03-01T10:00:00.000+0000 b.s.d.supervisor [INFO] Shutting down and clearing state for id 1a2b. Current supervisor time: 1740823200. State: :process-not-exists, Heartbeat: nil', 'PodDown', 'state: :process-not-exists'],
    ['2025-03-01 10:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Checkpoint 42 of job 1a2b3c4d5e6f expired before completing.', 'HighLatency', 'expired before completing'],
    ['[ 4182.000000] nfs: server nas-1 not responding, still trying', 'HighLatency', 'not responding, still trying'],
    // Rounds 87 and 88: a Nagios plugin's check, HAProxy's backend with no server left.
    ['Mar 01 10:00:00 lb-1 haproxy[2201]: backend shop-backend has no server available!', 'PodDown', 'has no server available'],
    // Rounds 89-93: provisioning tools, k3s' own unit, runtimes' process managers, old GPU admission.
    ['Error: error waiting for EKS Node Group (shop:shop-workers) creation: NodeCreationFailure: Instances failed to join the kubernetes cluster. Resource IDs: [i-0a1b2c3d4e5f60718]', 'NodeNotReady', 'instances failed to join the kubernetes cluster'],
    ['Mar 01 10:00:00 edge-2 systemd[1]: k3s-agent.service: Main process exited, code=exited, status=1/FAILURE', 'NodeNotReady', 'k3s-agent.service: main process exited'],
    ['Mar 01 10:00:00 edge-2 systemd[1]: Failed to start Lightweight Kubernetes.', 'NodeNotReady', 'failed to start lightweight kubernetes'],
    ['Error: Waiting for rollout to finish: 1 out of 3 new replicas have been updated...', 'ReplicaMismatch', 'error: waiting for rollout to finish'],
    ['    * Minimum number of Pods to consider the application live was not attained', 'ReplicaMismatch', 'minimum number of pods to consider the application live was not attained'],
    ['2025-03-01 10:00:00: [PM2][WORKER] Process 2 restarted because it exceeds --max-memory-restart value (current_memory=612003840 max_memory_limit=536870912 [octets])', 'OOMKilled', 'exceeds --max-memory-restart value'],
    ['Error: Restarted too many times, bailing.', 'CrashLoopBackOff', 'restarted too many times'],
    ['gpu-job   0/1   requested number of GPUs unavailable. Requested: 2, Available: 1   0   2m', 'PodDown', 'requested number of gpus unavailable'],
    // Rounds 94-98: systemd's restarts, game servers' ticks, watchdogs and crash handling, SIP, Jupyter, Shiny.
    ['Active: activating (auto-restart) (Result: exit-code) since Sat 2025-03-01 10:00:00 UTC; 2s ago', 'CrashLoopBackOff', 'activating (auto-restart) (result: exit-code)'],
    ["[10:00:00] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running 3120ms or 62 ticks behind", 'HighLatency', "can't keep up! is the server overloaded"],
    ['[10:00:00] [Paper Watchdog Thread/ERROR]: The server has stopped responding! This is (probably) not a Paper bug.', 'HighLatency', 'the server has stopped responding!'],
    ['[10:00:00] [Paper Watchdog Thread/ERROR]: The server has not responded for 15 seconds! Creating thread dump', 'HighLatency', 'the server has not responded for'],
    ['ERROR: tm [t_reply.c:1500]: got sip response 408 while sending INVITE', 'HighLatency', 'sip response 408'],
    ['10:00:00.000Z  WARN wings: Server detected as crashed! Attempting server reboot. (server=1a2b3c4d, ExitCode=1, OOMKilled=false)', 'CrashLoopBackOff', 'detected as crashed'],
    ['[Pterodactyl Daemon]: Aborting automatic reboot: last crash occurred less than 60 seconds ago.', 'CrashLoopBackOff', 'last crash occurred less than'],
    ['[Pterodactyl Daemon]: Aborting automatic restart, crash detection is disabled for this instance.', 'PodDown', 'aborting automatic restart, crash detection is disabled'],
    ['2025-03-01T10:00:00.000Z\tWARN\tmc-server-runner\tMinecraft server process failed\t{"exitCode": 1}', 'PodDown', 'minecraft server process failed'],
    ['Host_Error: WatchdogHandler called - server exiting.', 'PodDown', 'watchdoghandler called - server exiting'],
    ['"Output": "failed to ping localhost:25565 : dial tcp 127.0.0.1:25565: i/o timeout"', 'StartupProbeFailed', 'failed to ping localhost:'],
    ['[W 10:00:16.538 NotebookApp] KernelRestarter: restart failed', 'CrashLoopBackOff', 'kernelrestarter: restart failed'],
    ['shiny-server-client.min.js:1 The application unexpectedly exited.', 'PodDown', 'the application unexpectedly exited'],
  ];

  it.each(BY_PHRASE)('%j is %s by its phrase, and by nothing else of its class (the check can fail)', (line, failure, phrase) => {
    expect(detect(line)).toBe(failure);
    expect(phraseEvidence(line, failure, phrase)).toEqual({ own: true, classified: failure, others: [] });
  });

  it.each([
    // A batch scheduler's job it cannot place (round 63), an Orleans silo its cluster declared dead (round 69).
    ["3-th job can't be scheduled: can't schedule pod on any node type: 2 node type(s) excluded because pod requested 64 of resource cpu", 'SchedulingBlocked', "can't be scheduled", 'was queued'],
    ['silo-7c9d8f-x2k4q silo I have been told I am dead, so this silo will stop! entry = SiloAddress=S10.1.2.3:11111:1 Status=Dead', 'PodDown', 'this silo will stop', 'this silo will leave'],
    // Bounds outrun and relaunches held back, written with no level (rounds 72-74).
    ['etcd[812]: sync duration of 1.84s, expected less than 1s', 'HighLatency', 'expected less than', 'expected under'],
    ["The server didn't respond in time.", 'HighLatency', "didn't respond in", 'answered in'],
    ["[W 2025-03-01 10:00:00.000 JupyterHub user:458] ana's server never showed up at http://10.0.3.4:8888/user/ana/ after 30 seconds. Giving up", 'HighLatency', 'never showed up', 'showed up'],
    ['  * pod/web-3-x7k2p has restarted within the last 10 minutes', 'CrashLoopBackOff', 'has restarted within', 'has run within'],
    // Rounds 79 and 80: Pacemaker's `notice:` of a node lost, Redis' slow append-only file.
    ['Mar 01 10:00:00 node-2 pacemaker-controld[3730]:  notice: Node node-1 state is now lost', 'NodeNotReady', 'state is now lost', 'state is now member'],
    ['1:M 01 Mar 2025 10:00:00.000 * Asynchronous AOF fsync is taking too long (disk is busy?).', 'HighLatency', 'taking too long', 'taking a while'],
    // Round 83: LSF's pending reason.
    ["Job's resource requirements not satisfied: 2 hosts;", 'SchedulingBlocked', 'requirements not satisfied', 'requirements met'],
    // Rounds 84 and 86: YARN's memory kill and its held application, HDFS' report, the kernel's NFS client.
    ['Container [pid=4120,containerID=container_1740823200000_0001_01_000002] is running beyond virtual memory limits. Current usage: 1.1 GB of 2 GB physical memory used; 4.4 GB of 4.2 GB virtual memory used. Killing container.', 'OOMKilled', 'running beyond', 'running within'],
    ['diagnostics: Application is added to the scheduler and is not yet activated. Skipping AM assignment as cluster resource is empty.', 'SchedulingBlocked', 'not yet activated', 'now active'],
    ['[ 4182.000000] nfs: server nas-1 not responding, still trying', 'HighLatency', 'still trying', 'trying'],
    // Rounds 87 and 88: HAProxy's backend with no server left, Varnish's probe calling a backend sick.
    ['haproxy[2201]: backend shop-backend has no server available!', 'PodDown', 'no server available', 'servers available'],
    ['vcl-1a2b.web1     probe    2/5    sick     Sat, 01 Mar 2025 10:00:00 GMT', 'StartupProbeFailed', ' sick', ' well'],
    // Rounds 94-98: a game server's tick loop behind, Jupyter's kernel restarts, systemd restarting a unit.
    ["Can't keep up! Is the server overloaded? Running 2022ms or 40 ticks behind", 'HighLatency', "can't keep up!", 'Keeping pace.'],
    ['AsyncIOLoopKernelRestarter: restarting kernel (1/5), keep random ports', 'CrashLoopBackOff', 'kernelrestarter: restarting kernel', 'KernelManager: starting kernel'],
    ['Active: activating (auto-restart) (Result: exit-code) since Sat 2025-03-01 10:00:00 UTC; 2s ago', 'CrashLoopBackOff', 'activating (auto-restart)', 'active (running)'],
    // Rounds 260-279: Zabbix's children, `timed out` as some write it, Mnesia, Erlang's boot, a node
    // silent to pings, a socket's timeout code, a watchdog's wait, an account short of cores.
    ['4411:20250301:100000.000 One child process died (PID:4412,exitcode/signal:1). Exiting ...', 'PodDown', 'process died', 'process started'],
    ['2025-03-01T10:00:00.000Z browserless:job 1A2B3C: Job has timed-out, closing the WebSocket.', 'HighLatency', 'timed-out', 'finished'],
    ["emqx_router:handle_info:247 Mnesia down: 'emqx@10.0.0.8'", 'NodeNotReady', 'mnesia down', 'mnesia up'],
    ['Runtime terminating during boot (terminating)', 'PodDown', 'terminating during boot', 'starting'],
    ["Node 'vmq@vernemq-2.vernemq-headless.mqtt.svc.cluster.local' is not responding to pings.", 'NodeNotReady', 'not responding to pings', 'answering pings'],
    ['ESOCKETTIMEDOUT: 4', 'HighLatency', 'esockettimedout', 'requests'],
    ['WATCHDOG: Waiting 1min before next start try.', 'CrashLoopBackOff', 'before next start try', 'after start'],
    ['Azure Batch Account does not have enough dedicated cores quota to run a workflow with cpu core requirement of 32.', 'SchedulingBlocked', 'does not have enough', 'has enough'],
    // Rounds 280-284: supervisord's restart state as a start script prints it, Flux's parent broker gone.
    ['- worker is in the BACKOFF state.', 'CrashLoopBackOff', 'in the backoff state', 'in the RUNNING state'],
    ['Mar  1 10:00:00 hpc-2 flux[4411]: broker.err[3]: rc1.0: Upstream Flux broker is offline. Try again later.', 'NodeNotReady', 'broker is offline', 'broker is online'],
    // Rounds 285-289: a pull that failed, a peer daemon lost.
    ['caused by: Could not pull image registry.example.com/shop/web:4.2', 'ImagePullBackOff', 'could not pull image', 'pulled image'],
    ['mpirun: ORTE has lost communication with a remote daemon.', 'NodeNotReady', 'lost communication with', 'registered with'],
    // Rounds 290-294: a pipeline step waiting on an agent it lost.
    ['Waiting to resume part of shop » main #42: ‘build-agent-7’ is offline', 'NodeNotReady', '’ is offline', '’ is online'],
    // Rounds 300-304: a process found not running, a queue proxy's probe.
    ["3/1/2025 10:00:00 AM'zookeeper-service' process is not running", 'PodDown', 'process is not running', 'process is running'],
    ['HTTP probe did not respond Ready, got status code: 503', 'StartupProbeFailed', 'probe did not respond ready', 'probe responded'],
    // Rounds 310-314: cluster-autoscaler's count of pods left waiting, its header cut.
    ['scale_up.go:266] 7 other pods are also unschedulable', 'SchedulingBlocked', 'pods are also unschedulable', 'pods are also scheduled'],
    // Rounds 315-319: Ceph's blocked requests, a job slower than its bound, Pacemaker's failed actions,
    // neutron's dead agents, nova's scheduler with no host left.
    ['12 ops are blocked > 65.536 sec on osd.4', 'HighLatency', ' are blocked > ', ' are done in '],
    ['Job shop/nightly-report-29000000 is taking more than 3 hours to complete.', 'HighLatency', 'is taking more than', 'took'],
    ["* shop-db_monitor_20000 on node-2 'not running' (7): call=88, status=complete, exitreason='none',", 'PodDown', "'not running' (7)", "'running' (0)"],
    ['Agent healthcheck: found 2 dead agents out of 9:', 'NodeNotReady', 'dead agents out of', 'live agents of'],
    ["Filtering removed all hosts for the request with instance ID '1a2b3c4d-0000-4000-8000-000000000001'. Filter results: ['ComputeFilter: (start: 3, end: 0)']", 'SchedulingBlocked', 'filtering removed all hosts', 'filtering kept the hosts'],
    // Rounds 320-324: kops' validation on an instance that never became a node.
    ['Machine	i-0a1b2c3d4e5f60718	machine "i-0a1b2c3d4e5f60718" has not yet joined cluster', 'NodeNotReady', 'has not yet joined cluster', 'has joined cluster'],
    // Rounds 345-354: Jenkins on its agents, Karpenter on a node claim, the e2e framework's wait on a node
    // (stated at info by a reporter the severity scan trusts with its words).
    ['Agent went offline during the build', 'NodeNotReady', 'went offline', 'came online'],
    ['10:00:00  EC2 (aws-eu-west-1) - linux-large (i-0a1b2c3d4e5f60718) seems to be removed or offline ; will wait for 5 min 0 sec for it to come back online', 'NodeNotReady', 'removed or offline', 'still online'],
    ['Message:               Node not registered with cluster', 'NodeNotReady', 'not registered with cluster', 'registered with cluster'],
    ["Mar  1 10:00:00.000: INFO: Node shop-pool-3 didn't reach desired Ready condition status (true) within 2m0s", 'NodeNotReady', "didn't reach desired", 'reached desired'],
    // Rounds 375-379: Salt on a minion not connected.
    ['Minion did not return. [Not connected]', 'NodeNotReady', 'did not return', 'returned'],
    // Rounds 380-384: Service Fabric's health and placement, Kasm's placement, AIX's `lssrc`.
    ['Partition is below target replica or instance count.', 'ReplicaMismatch', 'below target replica', 'at target replica'],
    ['Secondary replica could not be placed due to the following constraints and properties:', 'SchedulingBlocked', 'could not be placed', 'was placed'],
    ['No Agent slots available. No Agent can be contacted with enough available resources to provision the image', 'SchedulingBlocked', 'no agent slots available', 'agent slots'],
    ['message: No resources are available to create the requested Kasm. Please try again later or contact an Administrator', 'SchedulingBlocked', 'no resources are available', 'resources'],
    ['xcatd                                          inoperative', 'PodDown', 'inoperative', 'active'],
    // Rounds 385-389: Karmada's scheduler in a described binding, Passenger's pool on a process gone.
    ['Message:               no clusters fit', 'SchedulingBlocked', 'no clusters fit', 'clusters fit'],
    ['[ 2025-03-01 10:00:00.0000 9/7f27c47bc700 age/Cor/App/Poo/AnalyticsCollection.cpp:105 ]: Process (pid=147, group=/srv/shop (production)) no longer exists! Detaching it from the pool.', 'PodDown', 'no longer exists! detaching it from the pool', 'still exists. keeping it in the pool'],
    // Rounds 390-394: IBM MQ's `dspmq` on a queue manager that stopped on its own.
    ['QMNAME(SHOPQM)                                            STATUS(Ended unexpectedly)', 'PodDown', 'status(ended unexpectedly)', 'STATUS(Running)'],
    // Rounds 395-399: the Datadog Agent's supervisor with a child down.
    ['Datadog Agent (supervisor) is NOT running all child processes', 'PodDown', 'is not running all child processes', 'is running all child processes'],
    // Rounds 400-404: Reactor's timeout operator, its message alone.
    ["Did not observe any item or terminal signal within 3000ms in 'peekTerminal' (and no fallback has been configured)", 'HighLatency', 'did not observe any item or terminal signal within', 'observed an item within'],
    // Rounds 405-409: a chassis' supervisor losing a line card, Laravel Horizon's status command.
    ['pmon#chassisd: Module LINE-CARD3 lost midplane connectivity', 'NodeNotReady', 'lost midplane connectivity', 'regained midplane connectivity'],
    ['Horizon is inactive.', 'PodDown', 'horizon is inactive', 'Horizon is running'],
    // Rounds 410-414: orchestrator on a dead MySQL primary, a Redis cluster node failed (at notice), and a
    // Spark scheduler with no room for an executor.
    ['2025-03-01 10:00:00 | will handle DeadMaster event on shop-db-1:3306', 'PodDown', 'deadmaster', 'primary'],
    ['1:M 01 Mar 2025 10:00:00.000 * FAIL message received from 3a1f0c2d4e5b6a7980f1e2d3c4b5a69788796a5b about 9b2c1d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c', 'NodeNotReady', 'fail message received from', 'PONG received from'],
    ['not enough capacity to reschedule the executor', 'SchedulingBlocked', 'not enough capacity to', 'room enough to'],
    // Rounds 425-429: Squid's parent giving up on a kid, in OPNsense's columns at notice.
    ['2025-03-01T10:00:00\tNotice\tsquid\tSquid Parent: squid-1 process 4242 will not be restarted for 3600 seconds due to repeated, frequent failures', 'CrashLoopBackOff', 'repeated, frequent failures', 'occasional failures'],
    // Rounds 430-434: FreeRADIUS' proxy on home servers that did not answer.
    ['(0) No proxy response, giving up on request and marking it done', 'HighLatency', 'no proxy response', 'Proxy response received'],
    ['Marking home server 10.0.0.74 port 1812 as zombie (it has not responded in 10.000000 seconds).', 'HighLatency', 'as zombie (it has not responded', 'as alive (it has responded'],
    ['Mar  1 10:00:00 shop-lb load_balancer[4242]: No response to status check 1808 ID 77 for home server 10.0.0.103 port 1813', 'StartupProbeFailed', 'no response to status check', 'Response to status check'],
    // Rounds 435-439: LINSTOR's node list with a node OFFLINE, in its box-drawing and ASCII tables, and
    // Pacemaker's status on a node it must fence.
    ['┊ shop-worker-2   ┊ SATELLITE  ┊ 10.0.0.12:3367 (SSL) ┊ OFFLINE ┊', 'NodeNotReady', '┊ offline ┊', '┊ Online ┊'],
    ['| shop-worker-3   | SATELLITE  | 10.0.0.13:3367 (SSL) | OFFLINE |', 'NodeNotReady', '| offline |', '| Online |'],
    ['Node shop-db-2 (3232261521): UNCLEAN (offline)', 'NodeNotReady', ': unclean (', ': Online ('],
    // Rounds 440-444: sonic-mgmt's check on its containers, BOINC's VirtualBox wrapper.
    ['Expected containers not running: telemetry', 'PodDown', 'expected containers not running', 'Expected containers running'],
    ['Status Report: virtualbox.exe/vboxheadless.exe is no longer running.', 'PodDown', 'is no longer running', 'is running'],
    // Rounds 445-449: libreswan's control tool with no daemon.
    ['whack: Pluto is not running (no "/run/pluto/pluto.ctl")', 'PodDown', 'pluto is not running', 'Pluto is running'],
    // Rounds 450-454: readsb's stop on an error, Direwolf's on its sound card, a Windows service monitor.
    ['[2025-03-01 10:00:00.451 GMT] Abnormal exit.', 'PodDown', 'abnormal exit', 'Normal exit'],
    ['Terminating after audio input failure.', 'PodDown', 'terminating after', 'Stopping after'],
    ['3/1/2025 10:00:01 AM\tC:\\Radio\\Dire Wolf\\direwolf.exe is not running', 'PodDown', '.exe is not running', '.exe is running'],
    // Rounds 465-474: ClusterODM's node list.
    ['1) 10.0.0.86:3001 [offline] [0/2] <version 1.5.3>', 'NodeNotReady', ' [offline] [', ' [online] ['],
    // Rounds 495-499: Nova's answer on an instance it could place nowhere, in a table with no level.
    ["| fault  | {'code': 500, 'created': '2025-03-01T10:00:31Z', 'message': 'No valid host was found. There are not enough hosts available.'} |", 'SchedulingBlocked', 'no valid host was found', 'a valid host was found'],
    // Rounds 500-509: a segfault handler, illumos' service manager giving up on a service.
    ['PID 4242 received SIGSEGV for address: 0x18', 'PodDown', 'received sigsegv', 'installed a handler for SIGSEGV'],
    ['Reason: Restarting too quickly.', 'CrashLoopBackOff', 'restarting too quickly', 'Started.'],
    // Rounds 515-519: Nhost's health checks, EMQX's start script.
    ['> [shop_auth] [container] Health check attempt #21 unsuccessful', 'StartupProbeFailed', 'unsuccessful', 'passed'],
    ["['2025-03-01T10:00:29Z']:emqx not running, waiting for recovery in 20 seconds", 'PodDown', 'waiting for recovery', 'checking again'],
    // Rounds 520-524: Weave's script on a container of its own.
    ["The shopproxy container has died. Consult the logs with 'docker logs shopproxy' for further details.", 'PodDown', 'container has died', 'container has started'],
  ] as const)('watches %j, a line with no level, by the keyword of the severity scan it holds (the check can fail)', (line, failure, keyword, instead) => {
    expect(detect(line)).toBe(failure);
    watchedByKeyword(line, keyword, instead);
  });

  it("watches bash's report of a job a fault ended, a line with no level, by its shape, and not a job that ended well (the check can fail)", () => {
    const line = '/code/run.sh: line 6:    21 Illegal instruction     (core dumped) python $RUNPATH/run.py "$@"';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('PodDown');
    expect(inferSeverity(line.replace('Illegal instruction     (core dumped)', 'Done'))).toBe('INFO');
  });

  const READ_BY: ReadonlyArray<readonly [string, FailureType, string]> = [
    ['detail: component[mysql]: pod[db-mysql-0]: container[mysql]: restartCount[2] lastState[terminated] reason[Error]', 'CrashLoopBackOff', 'laststate[terminated]'],
    ['i-0a1b2c3d4e5f60718.eu-west-1.compute.internal\tnode\tFalse', 'NodeNotReady', 'false'],
    ['cp-1   control-plane   False', 'NodeNotReady', 'false'],
    ['Node(s) Not Ready   2 out of 5.', 'NodeNotReady', 'node(s) not ready'],
    ['Scaling up MachineSet to 5 replicas (actual 3)', 'ReplicaMismatch', 'replicas (actual '],
    ['e2e_test.go:88: Unexpected status code: 504, wanted 200', 'HighLatency', '504'],
    ['"Status": "restarting",', 'CrashLoopBackOff', '"restarting"'],
    ['worker-2   14   linux   none   none   stalled   2.5', 'NodeNotReady', ' stalled'],
    // Rounds 60 and 61: `k3d node list` rows, a Ruby client's hash of the response.
    ['k3d-dev-server-0   server   dev   exited', 'NodeNotReady', ' exited'],
    ['k3d-dev-agent-2   agent   dev   exited', 'NodeNotReady', ' exited'],
    ['[2025-03-01T10:00:00,000][ERROR][logstash.outputs.opensearch] Got a bad response code from server, but this code is not considered retryable. Request will be dropped {:code=>504, :response_body=>""}', 'HighLatency', '504'],
    // Rounds 65 and 66: `crictl ps -a` and `docker-compose ps` rows, dockerd's health check, a
    // Nomad driver row, the Python Elasticsearch client's request with no status.
    ['9f8e7d6c5b4a3   registry.k8s.io/etcd:3.5.9-0   2 minutes ago   Exited   etcd   7   1a2b3c4d5e6f7', 'CrashLoopBackOff', ' exited '],
    ['shop_worker_1   python worker.py   Restarting', 'CrashLoopBackOff', ' restarting'],
    ['time="2025-03-01T10:00:00Z" level=warning msg="Health check for container 0a1b2c3d4e5f6a7b8c9d error: context deadline exceeded: unknown"', 'StartupProbeFailed', 'health check for container'],
    ['podman   true   false   Failed to connect to podman socket   2025-03-01T10:00:00Z', 'NodeNotReady', ' false '],
    // Rounds 72-74: Cloud Foundry instance rows, Convox instances, Chronos and Singularity task rows,
    // Kontena service rows, Mesos' Docker pull.
    ['#2   crashed   2025-03-01 10:00:00 AM   0.0%   0 of 512M   0 of 1G', 'CrashLoopBackOff', 'crash'],
    ['i-0a1b2c3d  off    active  3 hours ago  2   12.50%', 'NodeNotReady', ' off '],
    ['a1b2c3d4-0000\tct:1740823200:0:nightly:\tChronosTask:nightly\tFAILED\t\t5 minutes ago\tworker-3\tSandbox', 'PodDown', 'chronostask:'],
    ["WARNING: Task with id 'ct:1740823200:0:nightly' LOST", 'PodDown', 'task with id '],
    ['WARNING: Task of job: nightly failed.', 'PodDown', 'task of job: '],
    ['web-1740823200-1-worker-3   web   LOST   2 hours ago   an hour ago   Slave offline   Slave offline', 'PodDown', 'slave offline'],
    ['⊗ shop/web      0 / 2       no         running   0.0.0.0:80->80/tcp', 'ReplicaMismatch', '⊗ '],
    ["Failed to launch container: Failed to 'docker -H unix:///var/run/docker.sock pull shop/web:3': exit status = exited with status 1", 'ImagePullBackOff', "failed to 'docker "],
    ['E0301 10:00:00.000000    1402 remote_runtime.go:300] ListPodSandbox with filter nil from runtime service failed: rpc error: code = 4 desc = context deadline exceeded', 'NodeNotReady', 'from runtime service failed'],
    ['WARNING:elasticsearch:GET http://es-0:9200/logs/_search [status:N/A request:30.001s]', 'HighLatency', 'status:n/a request:'],
    // Rounds 75 and 77: Diego's placement error, Marathon's rate limiter, a storage engine's bound.
    ['        "placement_error": "found no compatible cell",', 'SchedulingBlocked', 'placement_error'],
    ['[2025-03-01 10:00:00,000] WARN Task launch delay for [/shop/web] is now [4 seconds 16 milliseconds] (mesosphere.util.RateLimiter:33)', 'CrashLoopBackOff', 'launch delay for'],
    ['W250301 10:00:00.000000 206 storage/engine/rocksdb.go:1805  batch [2/180/0] commit took 1.204s (>500ms):', 'HighLatency', ' (>'],
    // Rounds 79 and 80: Pacemaker's status, Cassandra's gossip and `nodetool status`, the master of
    // Elasticsearch and OpenSearch, LXC's launcher, a monitor's client, InnoDB and Cassandra waits.
    ['OFFLINE: [ node-2 (2) node-3 (3) ]', 'NodeNotReady', 'offline: ['],
    ['  * Node node-2 (2): UNCLEAN (offline)', 'NodeNotReady', 'unclean'],
    ['INFO  [GossipStage:1] 2025-03-01 10:00:00,000 Gossiper.java:1198 - InetAddress /10.0.0.7:7000 is now DOWN', 'NodeNotReady', 'is now down'],
    ['DN  10.0.0.7   36.46 GB   256   ?   1a2b3c4d-0000-4000-8000-000000000007   rack1', 'NodeNotReady', 'dn '],
    ['[2025-03-01T10:00:00,000][INFO ][o.o.c.s.MasterService    ] [os-0] node-left[{os-1}{Fa1b}{Ub2c}{os-1}{10.0.4.5:9300}{dm} reason: disconnected], term: 9, version: 149', 'NodeNotReady', 'node-left['],
    ['Mar 01 10:00:00 pve lxc-start[1717]: lxc-start: 105: tools/lxc_start.c: main: 330 The container failed to start', 'PodDown', 'lxc-start: '],
    ['Mar 01 10:00:00 mon pulse[1225]: Failed to get metrics for qemu 110 on node pve02: timeout of 8498.098230557003ms exceeded', 'HighLatency', 'ms exceeded'],
    ['mariadb_1  | --Thread 140013456709376 has waited at lock0lock.cc line 3785 for 241.00 seconds the semaphore:', 'HighLatency', 'seconds the semaphore'],
    ['db_1  | 2025-03-01T10:00:00.000000Z 0 [Note] InnoDB: page_cleaner: 1000ms intended loop took 4120ms. The settings might not be optimal.', 'HighLatency', 'intended loop took'],
    ['INFO  [ScheduledTasks:1] 2025-03-01 10:00:00,000 MessagingService.java:983 - MUTATION messages were dropped in last 5000 ms: 5 for internal timeout and 0 for cross node timeout', 'HighLatency', 'messages were dropped in last'],
    // Rounds 81-83: the Erlang distribution, Kafka's controller, RabbitMQ's node monitor, Redpanda's
    // RPC client, PBS, Flux and Grid Engine's node states, PBS' and LSF's jobs, SonarQube's launcher.
    ['2025-03-01 10:00:00.000000+00:00 [error] <0.2442.0> ** Node rabbit@node-2 not responding **', 'NodeNotReady', 'not responding **'],
    ["<0.1354.0> ** Node 'emqx@emqx-1' not responding **", 'NodeNotReady', 'not responding **'],
    ['[2025-03-01 10:00:00,000] INFO [Controller 3]: Broker failure callback for 1 (kafka.controller.KafkaController)', 'NodeNotReady', 'broker failure callback for'],
    ['2025-03-01 10:00:00.000000+00:00 [info] <0.1156.0> rabbit on node rabbit@node-2 down', 'NodeNotReady', 'rabbit on node '],
    ['INFO  2025-03-01 10:00:00,000 [shard 0] rpc - transport.cc:210 - RPC timeout (100 ms) to {host: rp-2, port: 33145}, method: node_status_rpc::node_status', 'HighLatency', 'rpc timeout ('],
    ['    comment = node down: communication closed', 'NodeNotReady', 'node down: '],
    ['2025-03-01 10:00:00.000 [error] <0.1112.0> Mnesia node down: emqx@emqx-1', 'NodeNotReady', 'node down: '],
    ['│  ├─ 812 node-12: lost lost connection', 'NodeNotReady', ': lost'],
    ['└─ 4 node-4: offline', 'NodeNotReady', ': offline'],
    ['all.q@node-7.cluster           BIP   0/0/8          -NA-     lx-amd64      au', 'NodeNotReady', ' -na- '],
    ['=>> PBS: job killed: mem 41943040kb exceeded limit 33554432kb', 'OOMKilled', 'job killed: '],
    ['Candidate host pending reasons (0 of 12 hosts).', 'SchedulingBlocked', 'candidate host pending reasons'],
    ['2025.03.01 10:00:00 WARN  app[][o.s.a.p.AbstractManagedProcess] Process exited with exit value [Web Server]: 1', 'PodDown', 'exit value ['],
    // Rounds 84-86: HDFS' report of its DataNodes, a query engine's executor lost.
    ['Dead datanodes (2):', 'NodeNotReady', 'dead datanodes ('],
    ['2025-03-01T10:00:00.000000Z  WARN ballista_scheduler::scheduler_server: ACTIVE executor 1a2b3c4d-0000-4000-8000-000000000001 heartbeat timed out after 180s', 'PodDown', 'heartbeat timed out'],
    // Rounds 87 and 88: the scheduler before 1.3, a Nagios plugin's slow answer, Varnish's probes
    // (its log's `Went sick` is in no round).
    ['Failed for reason PodExceedsFreeMemory and possibly others', 'SchedulingBlocked', 'and possibly others'],
    ['HTTP CRITICAL: HTTP/1.1 200 OK - 2.340 second response time |time=2.340112s;1.000000;2.000000;0.000000 size=5120B;;;0', 'HighLatency', 'second response time'],
    ['vcl-1a2b.web1     probe    2/5    sick     Sat, 01 Mar 2025 10:00:00 GMT', 'StartupProbeFailed', 'sick'],
    ['0 Backend_health - boot.web1 Went sick 4--X-R- 2 3 5 0.000000 0.000431 HTTP/1.1 500 Internal Server Error', 'StartupProbeFailed', 'sick'],
    // Rounds 89 and 90: kops' validation counting nodes or masters not ready, Cloud Foundry's health check.
    ['Ready Node(s) 2 out of 3.', 'NodeNotReady', 'ready node(s) '],
    ['Ready Master(s) 0 out of 1.', 'NodeNotReady', 'ready master(s) '],
    // Rounds 94 and 97: a `docker ps` row cut after its STATUS, supervisord on an exit 0 it did not expect.
    ['7430ac892aa2   registry.local/shop/rules:1.1.0   12 minutes ago   Exited (2)', 'PodDown', 'exited ('],
    ['2025-03-01 10:00:00,000 WARN exited: game-server (exit status 0; not expected)', 'CrashLoopBackOff', 'not expected'],
  ];

  it.each(READ_BY)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);
});

describe('exclusions learned from rounds 66, 70 and 84: words about a node that a probe would claim', () => {
  it.each([
    // The kubelet's relister failing to reach its runtime (round 66).
    ['E0301 10:00:00.000000    2890 generic.go:205] GenericPLEG: Unable to retrieve pods: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused"', 'genericpleg'],
    // Classic Swarm's manager flagging an engine it could not reach dead (round 70).
    ['ERRO[0412] Flagging node as dead. Updated state failed: Get http://10.0.4.12:2375/v1.15/info: dial tcp 10.0.4.12:2375: connection refused', 'flagging node as dead'],
    // YARN's ResourceManager on a NodeManager's health report, whose `unhealthy` is the node's (round 84).
    ['2025-03-01 10:00:00,000 INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: worker-3:8041 Node Transitioned from RUNNING to UNHEALTHY', 'transitioned from running to unhealthy'],
    ['2025-03-01 10:00:00,000 WARN org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: Node worker-3:8041 reported UNHEALTHY with details: 1/1 local-dirs are bad', 'reported unhealthy with details'],
  ])('%j is its node, not the probe its words would say, by the exclusion %j (the check can fail)', (line, exclusion) => {
    expect(detect(line)).toBe('NodeNotReady');
    // A phrase of the probe class is in the line: without the exclusion it would be read first.
    const text = matchText(line);
    expect(DETECTABLE_PATTERNS.StartupProbeFailed.some((p) => text.includes(matchText(p)))).toBe(true);
    expect(EXCLUDE_PATTERNS.StartupProbeFailed).toContain(exclusion);
    // The tables read plainly agree, and read without that one exclusion they give the probe class.
    expect(plainReading(line)).toBe('NodeNotReady');
    expect(plainReading(line, { failure: 'StartupProbeFailed', exclusion })).toBe('StartupProbeFailed');
  });
});

describe("NATS' three-letter level (learned from round 81)", () => {
  it('reads `[WRN]` as the stated level before a quoted subject that holds INFO (the check can fail)', () => {
    const line = '[1] 2025/03/01 10:00:00.000000 [WRN] Internal subscription on "$JS.API.STREAM.INFO.BR" took too long: 3.5s';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('HighLatency');
    // Without it, the subject's INFO is the first level the line states, and that is final.
    expect(inferSeverity(line.replace('[WRN]', '[XYZ]'))).toBe('INFO');
  });
});

describe("an exclusion learned from round 79: LXC's launcher failing to start a container", () => {
  it('reads the container down, not a start probe, by the exclusion (the check can fail)', () => {
    const line = 'Mar 01 10:00:00 pve lxc-start[1717]: lxc-start: 105: tools/lxc_start.c: main: 330 The container failed to start';
    expect(detect(line)).toBe('PodDown');
    expect(EXCLUDE_PATTERNS.StartupProbeFailed).toContain('lxc-start: ');
    expect(plainReading(line)).toBe('PodDown');
    expect(plainReading(line, { failure: 'StartupProbeFailed', exclusion: 'lxc-start: ' })).toBe('StartupProbeFailed');
  });
});

describe('info-level reporters learned from round 74: the Mesos agent', () => {
  it("reads the Mesos agent's task states at info by its source file, and not without it (the check can fail)", () => {
    const line = 'I0301 10:00:00.000000  1592 slave.cpp:3211] Handling status update TASK_FAILED (Status UUID: 1a2b) for task web.1a2b of framework 2025';
    expect(detect(line)).toBe('PodDown');
    expect(infoLevelReporter(line)).toBe(true);
    const klogFiles = INFO_LEVEL_REPORTERS.klogFiles.filter((file) => file !== 'slave.cpp');
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles })).toBe(false);
  });
});

describe('event reasons and reporters learned from rounds 54-61 and 105', () => {
  it.each([
    // Karpenter declining to repair a node pool, the DaemonSet controller finding its pod failed.
    ['Warning  NodeRepairBlocked  2m (x4 over 40m)  karpenter  more then 20% nodes are unhealthy in the nodepool', 'NodeRepairBlocked', 'NodeNotReady'],
    ['5m   5m   1   agent.1a2b3c4d5e6f7a8b   DaemonSet   Warning   FailedDaemonPod   daemonset-controller   Found failed daemon pod monitoring/agent-x7k2p on node worker-3, will try to kill it', 'FailedDaemonPod', 'PodDown'],
    // The critical-pod rescheduler of older clusters, at Normal (learned from round 105).
    ["Normal   PodDoestFitAnyNode  1m   rescheduler   Critical pod kube-system_kube-dns-7cdc45f85d-q7ts7 doesn't fit on any node.", 'PodDoestFitAnyNode', 'SchedulingBlocked'],
    // The Spark Operator on an application that failed (learned from rounds 410-414).
    ['Warning  SparkApplicationFailed  6m  spark-operator  SparkApplication shop-etl failed: driver pod not found', 'SparkApplicationFailed', 'PodDown'],
  ] as const)('%j is read by its reason %s as %s (the check can fail)', (row, reason, failure) => {
    expect(detect(row)).toBe(failure);
    const read = readEventRow(row);
    // Read by its reason whatever its type: the rescheduler reports at Normal.
    expect(read).toMatchObject({ type: reason === 'PodDoestFitAnyNode' ? 'Normal' : 'Warning', reason });
    const without = EVENT_RULES.map((rule) => ('reasons' in rule ? { ...rule, reasons: rule.reasons.filter((r) => r !== reason) } : rule));
    expect(judgeEventRow(read!, without).failure).not.toBe(failure);
  });

  it("reads Helm's wait at debug with Go's time after its source line, and not without its header (the check can fail)", () => {
    const line = 'ready.go:303: 2025-03-01 10:00:00.123456 +0000 UTC m=+42.000000001 [debug] Deployment is not ready: shop/web. 0 out of 2 expected pods are ready';
    readByHeader(line, 'ReplicaMismatch', 'ready.go:');
    // Another program's debug line in the same words stays quiet: a stated debug level is final.
    expect(detect('2025-03-01 10:00:00 [debug] Deployment is not ready: shop/web. 0 out of 2 expected pods are ready')).toBeNull();
  });
});

describe('speakers learned from rounds 58 and 61: container platforms, CI systems, cluster installers', () => {
  it("the cluster autoscaler's scale-up orchestrator speaks for scheduling at info level (the check can fail)", () => {
    const line = "I0301 10:00:00.000000       1 orchestrator.go:565] Pod shop/web-0 can't be scheduled on pool-a-1, predicate checking error: node(s) didn't match Pod's node affinity/selector";
    expect(detect(line)).toBe('SchedulingBlocked');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, files: rule.files.filter((f) => f !== 'orchestrator.go') }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
    expect(detect('I0301 10:00:00.000000       1 orchestrator.go:310] Final scale-up plan: [{pool-a 1->2 (max: 10)}]')).toBeNull();
  });

  it.each([
    ['[2025-03-01 10:00:00,12] [info] WorkflowManagerActor: Workflow 1a2b3c4d-0000-4000-8000-000000000001 failed (during ExecutingWorkflowState): java.lang.Exception: Task wf.align:NA:1 failed: A Spot VM for the job was preempted during run time', 'PodDown', 'WorkflowManagerActor: Workflow '],
    ['2025-03-01T10:00:00Z app[1a2b3c4d5e6f78] ams [info][  812.000001] Out of memory: Killed process 401 (node) total-vm:2000000kB, anon-rss:900000kB', 'OOMKilled', ' [info]'],
    ['2025-03-01T10:00:01Z app[1a2b3c4d5e6f78] ams [info] INFO Process appears to have been OOM killed!', 'OOMKilled', ' [info]'],
    // Round 61: OpenShift's installer reporting the cluster operators it waits for.
    ['level=info msg="Cluster operator image-registry Available is False with NoReplicasAvailable: Available: The deployment does not have available replicas"', 'ReplicaMismatch', 'Cluster operator '],
    ['2025-03-01 10:00:00  E    level=info msg=Cluster operator ingress Available is False with IngressUnavailable: Deployment does not have minimum availability.', 'ReplicaMismatch', 'Cluster operator '],
    // Rounds 74-80: Marathon's task queue and rate limiter, Argo's node updates, Consul, TiKV,
    // Cassandra's messaging service and gossip, the master of Elasticsearch and OpenSearch.
    ['INFO  [ScheduledTasks:1] 2025-03-01 10:00:00,000 MessagingService.java:983 - MUTATION messages were dropped in last 5000 ms: 5 for internal timeout and 0 for cross node timeout', 'HighLatency', 'MessagingService.java:'],
    ['INFO  [GossipStage:1] 2025-03-01 10:00:00,000 Gossiper.java:1198 - InetAddress /10.0.0.7:7000 is now DOWN', 'NodeNotReady', 'Gossiper.java:'],
    ['[2025-03-01T10:00:00,000][INFO ][o.o.c.s.MasterService    ] [os-0] node-left[{os-1}{Fa1b}{Ub2c}{os-1}{10.0.4.5:9300}{dm} reason: disconnected], term: 9, version: 149', 'NodeNotReady', 'MasterService'],
    // Rounds 81-83: Kafka's controller, RabbitMQ's node monitor, Redpanda's RPC transport.
    ['[2025-03-01 10:00:00,000] INFO [Controller 3]: Broker failure callback for 1 (kafka.controller.KafkaController)', 'NodeNotReady', 'INFO [Controller '],
    ['2025-03-01 10:00:00.000000+00:00 [info] <0.1156.0> rabbit on node rabbit@node-2 down', 'NodeNotReady', ' rabbit on node '],
    ['INFO  2025-03-01 10:00:00,000 [shard 0] rpc - transport.cc:210 - RPC timeout (100 ms) to {host: rp-2, port: 33145}, method: node_status_rpc::node_status', 'HighLatency', ' rpc - transport.cc:'],
    ['[2025-03-01 10:00:00,000] INFO Delaying /shop/web due to backoff. Time left: 4 minutes 10 seconds.', 'CrashLoopBackOff', ' INFO Delaying '],
    ['[2025-03-01 10:00:00,000] INFO Task launch delay for [/shop/web] is now [4 seconds 16 milliseconds] (mesosphere.util.RateLimiter:33)', 'CrashLoopBackOff', ' INFO Task launch delay for ['],
    ['time="2025-03-01T10:00:00Z" level=info msg="Updating node wf-1 (wf-1-3162374238) message: Unschedulable: 0/12 nodes are available: 12 Insufficient nvidia.com/gpu."', 'SchedulingBlocked', 'level=info msg="Updating node '],
    ['2025/03/01 10:00:00 [INFO] serf: EventMemberFailed: worker-4 10.0.0.14', 'NodeNotReady', 'serf: EventMember'],
    ["2025/03/01 10:00:00 [INFO] consul: member 'worker-4' failed, marking health critical", 'NodeNotReady', "consul: member '"],
    ['[2025/03/01 10:00:00.000 +00:00] [INFO] [util.rs:537] ["PD failed to respond"] [err="Grpc(RpcFailure(RpcStatus { code: 4-DEADLINE_EXCEEDED, message: \"Deadline Exceeded\" }))"]', 'HighLatency', '[INFO] [util.rs:'],
    // Round 87: SkyWalking's export of a Kubernetes event.
    ['INFO {"uuid":"1a2b3c4d-0000-4000-8000-000000000001","source":{},"name":"Killing","message":"Container web failed liveness probe, will be restarted","startTime":1740823200000,"endTime":1740823200000}', 'StartupProbeFailed', 'INFO {"uuid":"'],
    // Rounds 84-86: YARN's ResourceManager and an application master's callback, Flink's checkpoint
    // coordinator, Storm's supervisor.
    ['2025-03-01 10:00:00,000 INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: worker-3:8041 Node Transitioned from RUNNING to LOST', 'NodeNotReady', 'rmnode.RMNodeImpl: '],
    ['2025-03-01 10:00:00,000 INFO  [AMRM Callback Handler Thread] master.RMCommunicator (RMCommunicator.java:onContainersCompleted(40)) - got container status for containerID=container_1740823200000_0001_01_000004, state=COMPLETE, exitStatus=-104, diagnostics=Container [pid=4120,containerID=container_1740823200000_0001_01_000004] is running beyond physical memory limits. Current usage: 4.1 GB of 4 GB physical memory used; 6.0 GB of 8.4 GB virtual memory used. Killing container.', 'OOMKilled', '.java:onContainersCompleted('],
    ['2025-03-01 10:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Checkpoint 42 of job 1a2b3c4d5e6f expired before completing.', 'HighLatency', 'checkpoint.CheckpointCoordinator '],
    ['2025-03-01T10:00:00.000+0000 b.s.d.supervisor [INFO] Shutting down and clearing state for id 1a2b. Current supervisor time: 1740823200. State: :process-not-exists, Heartbeat: nil', 'PodDown', ' b.s.d.supervisor [INFO] '],
    // Round 90: an IDE's file watcher passing on what it hears of the application.
    ['[INFO Sat Mar 01 10:00:00 UTC 2025 | FileWatcher] Returning message: Application stopped unexpectedly. Check the application logs for details.', 'PodDown', ' | FileWatcher] '],
    // Round 98: Jupyter's kernel restarter.
    ['[I 2025-03-01 10:00:00.000 ServerApp] AsyncIOLoopKernelRestarter: restarting kernel (2/5), keep random ports', 'CrashLoopBackOff', 'KernelRestarter: '],
    // Rounds 109 and 111: AdGuard Home's DNS proxy at debug, torch elastic's agent.
    ['2025/03/01 10:00:00 1695#1738 [debug] 9.9.9.10:53: response: read udp 10.0.0.2:37202->9.9.9.10:53: i/o timeout', 'HighLatency', ' [debug] '],
    ['I0301 10:00:00.000000 4411 torch/distributed/elastic/agent/server/api.py:889] [default] Worker group FAILED. 2/3 attempts left; will restart worker group', 'CrashLoopBackOff', ' torch/distributed/elastic/agent/'],
    // Round 133: WSO2's test automation relaying the gateway's own log.
    ['INFO  [org.wso2.carbon.automation.extensions.servers.utils.ServerLogReader] - [2025-03-01 10:00:00,000]  WARN - SourceHandler STATE_DESCRIPTION = Socket Timeout occurred after accepting the request headers and the request body, SOCKET_TIMEOUT = 180000', 'HighLatency', 'ServerLogReader] - ['],
    // Round 138: containerd logging a container's OOM event on receipt.
    ['Mar  1 10:00:00 worker-2 containerd[880]: time="2025-03-01T10:00:00.000000000Z" level=info msg="TaskOOM event &TaskOOM{ContainerID:7f3a9c2e1b4d5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1,XXX_unrecognized:[],}"', 'OOMKilled', 'level=info msg="TaskOOM event '],
    // Round 145: ThingsBoard's rule engine timing out on a pack of messages.
    ['2025-03-01 10:00:00,000 [tb-rule-engine-consumer-12-thread-3 | Main-2] INFO  o.t.s.s.q.DefaultTbRuleEngineConsumerService - Timeout to process [12] messages', 'HighLatency', 'DefaultTbRuleEngineConsumerService - '],
    // Round 151: Locust's master on a worker it stopped hearing from.
    ['[2025-03-01 10:00:00,000] locust-master-7d9f/INFO/locust.runners: Worker w-3_1a2b3c4d failed to send heartbeat, setting state to missing.', 'PodDown', '/INFO/locust.runners: '],
    // Round 163: Ory Oathkeeper's proxy logging an upstream call that failed.
    ['Mar  1 10:00:00 gw-1 oathkeeper[4411]: time="2025-03-01T10:00:00Z" level=info msg="Round trip failed" error="read tcp 127.0.0.1:4455->127.0.0.1:38400: i/o timeout" url="http://api:8080/orders"', 'HighLatency', 'level=info msg="Round trip failed"'],
    // Rounds 165 and 168: Odoo's server cutting off a request thread, Synapse's federation client.
    ['2025-03-01 10:00:00,000 4411 INFO shop odoo.service.server: Thread <Thread(odoo.service.http.request.140026579769088, started 140026579769088)> virtual real time limit (130/120s) reached.', 'HighLatency', ' odoo.service.server: '],
    ["2025-03-01 10:00:00,000 - synapse.http.matrixfederationclient - 799 - INFO - federation_transaction_transmission_loop-12- {PUT-O-7} [matrix.example.net] Request failed: PUT matrix-federation://matrix.example.net/_matrix/federation/v1/send/1740823200: TimeoutError('')", 'HighLatency', ' - synapse.http.'],
    // Round 139: Qdrant's gRPC layer logging a call that failed.
    ['2025-03-01T10:00:00.000000Z  INFO qdrant::tonic::logging: gRPC /qdrant.Points/Search failed with Deadline expired before operation could complete "Timeout: Timeout error: Operation \'Search\' timed out after 30 seconds"', 'HighLatency', 'qdrant::tonic::logging: gRPC '],
    // Round 174: DICOM-RST's STOW-RS handler on an instance it could not store in time.
    ['2025-03-01T10:00:00.000000Z  INFO request:studies: Failed to store instance: Timed out sop_instance_uid="1.2.840.113619.2.55.3.604688119" method=POST uri=/aets/PACS/studies version=HTTP/1.1', 'HighLatency', 'INFO request:studies: Failed to store instance: '],
    // Rounds 180: IoTDB's slow-query log, and the old e2e framework's list of pods.
    ['2025-03-01 10:00:00,000 [ClusterClient-3] INFO  o.a.i.d.s.TSServiceImpl:821 - Cost: 31022 ms, sql is select count(*) from root.sg.d1', 'HighLatency', 'TSServiceImpl:'],
    ['INFO: web-7d4b9c6f5-x2x9z  node-2  Failed  []', 'PodDown', 'INFO: '],
    // Round 194: scylla-manager's client retrying a call to a node's agent that ran out of time.
    // Round 202: Pterodactyl's Wings on a game server it found crashed.
    ['INFO: [Mar  1 10:00:00.000] detected server as entering a crashed state; running crash handler server=7f3a9c2e', 'CrashLoopBackOff', 'detected server as entering a crashed state'],
    ['Mar  1 10:00:00 mgr-1 scylla-manager[4411]: {"L":"INFO","T":"2025-03-01T10:00:00.000Z","N":"cluster.client","M":"HTTP retry backoff","operation":"StorageServiceRepairStatus","wait":"1.2s","error":"after 30s: context deadline exceeded"}', 'HighLatency', '"N":"cluster.client","M":"HTTP retry backoff",'],
    // Round 217: gRPC-Go's server before 1.7 on a reply it could not send in time.
    ['INFO: 2025/03/01 10:00:00 grpc: Server.processUnaryRPC failed to write status stream error: code = DeadlineExceeded desc = "context deadline exceeded"', 'HighLatency', ' grpc: Server.process'],
    // Round 221: Zimfarm's worker on a scraper's task ended by a kill. Round 227: Openfire relaying
    // Jicofo's own warning at its info level.
    ['[2025-03-01 10:00:00,000: INFO] Updating task-status=scraper_completed. Exit code: 137', 'OOMKilled', ': INFO] Updating task-status='],
    // Round 231: supervisord's process event behind the time Docker Desktop's log view adds.
    ['2025-03-01 11:00:00 2025-03-01 10:00:00,000 INFO exited: queue-worker_00 (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
    ['2025.03.01 10:00:00 INFO [Thread-26]: org.jivesoftware.openfire.plugin.ofmeet.JitsiJicofoWrapper - Jicofo 2025-03-01 10:00:00.000 WARNING: [33] org.jitsi.impl.protocol.xmpp.OpSetSimpleCapsImpl.log() Failed to discover features for focus.meet.example.org: No response received within reply timeout. Timeout was 15000ms (~15s).', 'HighLatency', 'Wrapper - '],
    // Rounds 236-240: sbt's run wrapping Akka's own warning, SABnzbd's downloader on a news server's
    // connection, datawire's goroutine group listing how a child ended.
    ['[info] [WARN] [03/01/2025 10:00:00.000] [shop-akka.actor.default-dispatcher-14] [akka://shop/system/cluster/core/daemon] Cluster Node [akka://shop@10.0.0.7:2551] - Marking node(s) as UNREACHABLE [Member(address = akka://shop@10.0.0.8:2551, status = Up)]', 'NodeNotReady', '[info] ['],
    ['2025-03-01 10:00:00,000::INFO::[downloader:923] Thread 12@news.example.org: timed out', 'HighLatency', '::INFO::[downloader:'],
    ['time="2025-03-01 10:00:00.0000" level=info msg=" /envoy : exited with error" func=github.com/datawire/dlib/dgroup.logGoroutineStatuses file="/go/dgroup/group.go:95" CMD=entrypoint PID=1', 'PodDown', 'func=github.com/datawire/dlib/dgroup.logGoroutineStatuses '],
    // Rounds 241-245: gunicorn's master giving the reason it halts.
    ['[2025-03-01 10:00:00 +0000] [1] [INFO] Reason: Worker failed to boot.', 'PodDown', '[INFO] Reason: '],
    ['2025-03-01 10:00:00 [1] [INFO] Reason: Worker failed to boot.', 'PodDown', '[INFO] Reason: '],
    // Rounds 251-255: the Nomad client behind the journal's prefix, supervisord behind Rancher's time.
    ['Mar  1 10:00:00 n1 nomad[4495]:     2025-03-01T10:00:00.000Z [INFO]  client.alloc_runner.task_runner: not restarting task: alloc_id=1a2b3c4d task=redis reason="Error was unrecoverable"', 'PodDown', 'Z [INFO] '],
    ['3/1/2025 10:00:00 AM2025-03-01 10:00:00,000 INFO exited: mysql (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
    // Rounds 260-264: Selenium Grid's hub in its two generations, GPUStack's server and scheduler.
    ['10:00:00.000 INFO [GridModel.setAvailability] - Switching node 1a2b3c4d (uri: http://10.0.0.7:5555) from UP to DOWN', 'NodeNotReady', 'INFO ['],
    ['INFO [DefaultRemoteProxy.onEvent] - Marking the node http://10.0.0.7:5555 as down: cannot reach the node for 2 tries', 'NodeNotReady', 'INFO ['],
    ['10:00:00.000 INFO - Marking the node http://10.0.0.7:5555 as down: cannot reach the node for 1 tries', 'NodeNotReady', ' INFO - '],
    ['2025-03-01T10:00:00+00:00 - gpustack.server.worker_syncer - DEBUG - Marked worker gpu-node-3 as WorkerStateEnum.NOT_READY', 'NodeNotReady', ' - gpustack.'],
    ['2025-03-01 10:00:00.000000+00:00 - gpustack.scheduler.scheduler - DEBUG - No suitable workers for model instance qwen-7b-x2x9z, state: ModelInstanceStateEnum.PENDING', 'SchedulingBlocked', ' - gpustack.'],
    // Rounds 305-309: Scylla's gossip on a member down.
    ['INFO  2025-03-01 10:00:00,000 [shard 0:strm] gossip - failure_detector_loop: Mark node 10.0.0.9 as DOWN', 'NodeNotReady', '] gossip - '],
    // Rounds 295-299: Weave Net's router on its peers, bare and behind a journal's prefix.
    ['INFO: 2025/03/01 10:00:00.000000 ->[10.0.0.7:6783] error during connection attempt: dial tcp4 :0->10.0.0.7:6783: connect: connection timed out', 'HighLatency', 'INFO: '],
    ['Mar  1 10:00:00 node-3 weave[4411]: INFO: 2025/03/01 10:00:00.000000 Removed unreachable peer 1a:2b:3c:4d:5e:6f(node-2)', 'NodeNotReady', 'INFO: '],
    // Rounds 265-274: CloudStack's management server on a host's agent.
    ['2025-03-01 10:00:00,000 INFO  [c.c.a.m.ClusteredAgentManagerImpl] (AgentTaskPool-2:[ctx-1a2b]) (logid:3c4d) The agent from host Host {"id":3,"name":"kvm-3"} state determined is Down', 'NodeNotReady', 'AgentManagerImpl] '],
    // Rounds 340-344: GPUStack's worker syncer at info in Docker's JSON log, TorchServe's worker
    // lifecycle, k0s relaying an apiserver error at info.
    ['{"log":"2025-03-01 10:00:00.000000+00:00 - gpustack.server.worker_syncer - INFO - Marked worker gpu-node-3 as WorkerStateEnum.UNREACHABLE\\n","stream":"stderr","time":"2025-03-01T10:00:00.000000000Z"}', 'NodeNotReady', ' - gpustack.'],
    ['2025-03-01T10:00:00,000 [INFO ] W-9001-resnet_2.0-stdout org.pytorch.serve.wlm.WorkerLifeCycle - Backend worker process died.', 'PodDown', '.wlm.WorkerLifeCycle - '],
    ['Mar  1 10:00:00 cp-1 k0s[1419]: time="2025-03-01 10:00:00" level=info msg="E0301 10:00:00.000000    1507 writers.go:123] \\"Unhandled Error\\" err=\\"apiserver was unable to write a JSON response: http: Handler timeout\\"" component=kube-apiserver stream=stderr', 'HighLatency', ' level=info msg="'],
    // Rounds 360-364: Vespa's config proxy and cluster controller, CouchDB's process manager,
    // BungeeCord's proxy, free5GC's functions registering with the NRF, Milvus' configuration table.
    ['[2025-03-01 10:00:00.000] INFO    configproxy      configproxy.com.yahoo.vespa.config.proxy.DelayedResponseHandler  Timed out (timeout 25000) getting config name=cloud.config.sentinel,configId=hosts/shop-3, will retry', 'HighLatency', '.com.yahoo.vespa.'],
    ['2025-03-01 10:00:00 [2025-03-01 10:00:00.000] INFO    : container-clustercontroller Container.com.yahoo.vespa.clustercontroller.core.EventLog       Added node only event: Event: distributor.3: Failed get node state request: Connection error: Closed at other end. (Node or switch likely shut down)', 'NodeNotReady', '.com.yahoo.vespa.'],
    ['[info] 2025-03-01T10:00:00.000000Z couchdb@10.0.0.7 <0.209.0> -------- couch_proc_manager <0.2795.21> died {bad_return_value,{os_process_error,"OS process timed out."}}', 'HighLatency', ' couch_proc_manager <'],
    ['10:00:00 [INFO] [shopper42] disconnected with: ReadTimeoutException : null', 'HighLatency', 'disconnected with: '],
    ['01.03 10:00:00 [Server] INFO disconnected with: ReadTimeoutException : null', 'HighLatency', 'disconnected with: '],
    ['2025-03-01T10:00:00.000000000Z [INFO][AMF][Consumer] AMF register to NRF Error[Put "http://nrf:8000/nnrf-nfm/v1/nf-instances/1a2b": dial tcp 10.0.0.9:8000: i/o timeout]', 'HighLatency', ' register to NRF Error['],
    ['[2025/03/01 10:00:00.000 +00:00] [INFO] [paramtable/base_table.go:209] ["init with etcd failed"] [error="context deadline exceeded"]', 'HighLatency', '[INFO] [paramtable/base_table.go:'],
    // Rounds 370-374: supervisord behind the time `docker logs -t` stamps, Greenplum's gpstart on a
    // segment that failed to start.
    ['2025-03-01T10:00:00.000000000Z 2025-03-01 10:00:00,000 INFO exited: wikijs (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
    ["20250301:10:00:00:004185 gpstart:mdw:gpadmin-[INFO]:-DBID:3  FAILED  host:'sdw1' datadir:'/data/primary/gpseg1' with reason:'Start failed; check segment logfile.'", 'PodDown', '-[INFO]:-DBID:'],
    // Rounds 375-379: supervisord behind the journal's prefix.
    ['Mar  1 10:00:00 shop-3 supervisord[14968]: 2025-03-01 10:00:00,000 INFO exited: rqworker (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
    // Rounds 380-384: Kamal's health checks of a new container.
    ['INFO container not ready (unhealthy), retrying in 5s (attempt 5/5)...', 'StartupProbeFailed', 'INFO container not ready ('],
    // Rounds 395-399: the Datadog Cluster Agent's health handler naming the check that failed.
    ['2025-03-01 10:00:00 UTC | CLUSTER | INFO | (pkg/api/healthprobe/healthprobe.go:73 in healthHandler) | Healthcheck failed on: [clusterchecks-dispatch]', 'StartupProbeFailed', '(pkg/api/healthprobe/healthprobe.go:'],
    // Rounds 400-404: MediaMTX closing a connection or a session for the reason it gives.
    ['2025/03/01 10:00:00 INF [RTMP] [conn 10.0.0.7:57260] closed: read tcp 10.0.0.3:1935->10.0.0.7:57260: i/o timeout', 'HighLatency', '] closed: '],
    ['2025-03-01 10:00:00 2025/03/01 10:00:00 INF [WebRTC] [session 914b7d14] closed: deadline exceeded while waiting connection', 'HighLatency', '] closed: '],
    // Rounds 405-409: the kernel's hung-task detector.
    ['[ 3600.832490] INFO: task ll_cfg_requeue:4037 blocked for more than 120 seconds.', 'HighLatency', 'INFO: task '],
    // Rounds 410-414: orchestrator's topology recovery, Spark's standalone scheduler and client.
    ['2025-03-01 10:00:00 INFO topology_recovery: detected DeadMaster failure on shop-db-1:3306', 'PodDown', 'INFO topology_recovery: '],
    ['25/03/01 10:00:00 INFO StandaloneSchedulerBackend: Executor app-20250301100000-0001/5 removed: Command exited with code 1', 'PodDown', 'INFO StandaloneSchedulerBackend: Executor '],
    ['25/03/01 10:00:02 INFO StandaloneAppClient$ClientEndpoint: Executor updated: app-20250301100000-0001/6 is now EXITED (Command exited with code 1)', 'PodDown', 'INFO StandaloneAppClient$ClientEndpoint: Executor updated: '],
    // Rounds 415-419: controller-runtime's health endpoint.
    ['{"level":"info","ts":1740823200.5085042,"logger":"controller-runtime.healthz","msg":"healthz check failed","statuses":[{},{}]}', 'StartupProbeFailed', '"logger":"controller-runtime.healthz"'],
    // Rounds 430-434: metal3's Ironic operator; supervisord pasted without its time, and behind SONiC's syslog.
    ['2025-03-01T10:00:00Z\tINFO\tcontrollers.Ironic\tdeployment not available yet\t{"Deployment": "ironic-service", "Status": {"conditions":[{"type":"Available","status":"False","reason":"MinimumReplicasUnavailable","message":"Deployment does not have minimum availability."}]}}', 'ReplicaMismatch', 'controllers.Ironic'],
    ['INFO exited: clamav (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
    ['Mar  1 10:00:00.821479 shop-sw1 INFO dhcp_server#supervisord 2025-03-01 10:00:00,821 INFO exited: kea-dhcp4 (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
    // Rounds 435-439: the hung-task detector behind the kernel's syslog prefix, Vagrant's retry helper,
    // KubeVirt's virt-launcher, Nav2's costmaps.
    ['Mar  1 10:00:00 shop-hv-4 kernel: [  489.615298] INFO: task drbdsetup:4242 blocked for more than 120 seconds.', 'HighLatency', 'INFO: task '],
    ['INFO retryable: Retryable exception raised: #<Fog::Errors::TimeoutError: The specified wait_for timeout (2 seconds) was exceeded>', 'HighLatency', 'INFO retryable: '],
    ['{"component":"virt-launcher","level":"info","msg":"kubevirt domain status: Shutoff(5):Crashed(3)","pos":"client.go:296","timestamp":"2025-03-01T10:00:00.000000Z"}', 'PodDown', '"component":"virt-launcher"'],
    ['{"component":"virt-launcher","level":"info","msg":"DomainLifecycle event Domain event=\\"stopped\\" detail=\\"failed\\" with event id 5 reason 5 received","pos":"client.go:469","timestamp":"2025-03-01T10:00:00.000000Z"}', 'PodDown', '"component":"virt-launcher"'],
    ['[controller_server-8] [INFO] [1740823200.301498980] [local_costmap.local_costmap]: Timed out waiting for transform from base_link to odom to become available, tf error: Invalid frame ID "odom"', 'HighLatency', '_costmap.'],
    ['[planner_server-5] [INFO] [global_costmap.planner_server]: Timed out waiting for transform from base_link to map to become available, tf error: .', 'HighLatency', '_costmap.'],
    // Rounds 440-444: SONiC's exit listener at info behind its syslog.
    ['Mar  1 10:00:00.322615 shop-sw1 INFO telemetry#supervisor-proc-exit-listener: Process telemetry exited unxepectedly. Terminating supervisor...', 'PodDown', '#supervisor-proc-exit-listener: '],
    // Rounds 445-449: tinc 1.1's graph.
    ['Mar  1 10:00:00 shop-gw tincd[4242]: [INFO  tincd::graph] Node shop-east became unreachable', 'NodeNotReady', 'tincd::graph] '],
    // Rounds 460-464: the finish scripts of Home Assistant's add-ons, alone and behind the journal's prefix.
    ['[10:00:16] INFO: Service exited with code 256 (by signal 4)', 'PodDown', '] INFO: Service exited with code '],
    ['Mar  1 10:00:00 shop-ha addon_core_whisper[463]: [10:00:00] INFO: Service exited with code 256 (by signal 4)', 'PodDown', '] INFO: Service exited with code '],
    // Rounds 465-474: supervisord behind a log viewer's time and stream columns.
    ['2025/03/01 10:00:04 | stdout | 2025-03-01 10:00:04,013 INFO gave up: identity entered FATAL state, too many start retries too quickly', 'CrashLoopBackOff', 'INFO '],
    // Rounds 520-524: supervisord behind the journal's prefix under the name of the script that started it.
    ['Mar  1 10:00:16 shop-3 bash[2193]: 2025-03-01 10:00:16,454 INFO exited: dogstatsd (exit status 1; not expected)', 'CrashLoopBackOff', 'INFO '],
  ] as const)('%j is %s at its stated info or debug level because its speaker is a known reporter, and not without it (the check can fail)', readByHeader);

  it("reads a Fly.io machine's routine lines, a workflow that succeeded and cluster operators progressing or available as quiet", () => {
    expect(detect('level=info msg="Cluster operator image-registry Progressing is True with DeploymentNotCompleted: The deployment has not completed"')).toBeNull();
    expect(detect('level=info msg="Cluster operator image-registry Available is True with Ready: The registry is ready"')).toBeNull();
    expect(detect('level=debug msg="Cluster operator image-registry Available is False with NoReplicasAvailable: The deployment does not have available replicas"')).toBeNull();
    expect(detect('2025-03-01T10:00:00Z app[1a2b3c4d5e6f78] ams [info] INFO Starting init (commit: 15238e9)...')).toBeNull();
    expect(detect('[2025-03-01 10:00:00,12] [info] WorkflowManagerActor: Workflow 1a2b3c4d-0000-4000-8000-000000000001 succeeded')).toBeNull();
  });
});

describe("learned from rounds 84-88: HDFS' report of dead DataNodes, a line with no level", () => {
  it("watches HDFS' report of DataNodes dead, a line with no level, by the keyword of the severity scan (the check can fail)", () => {
    expect(inferSeverity('Dead datanodes (3):')).toBe('WARNING');
    expect(detect('Dead datanodes (3):')).toBe('NodeNotReady');
    const warning = severityRule('WARNING', 'wording');
    expect(warning.keywords).toContain('dead datanodes (');
    expect(inferSeverity('Live datanodes (3):')).toBe('INFO');
  });
});

describe('learned from rounds 89-98: field rules, a level, an exclusion, and the routine lines beside them', () => {
  const row = (status: string) => `gpu-job-7c9d8   0/1     ${status}   0          2h    <none>        gpu-node-2   <none>`;

  it.each([
    ['Unschedulable', 'SchedulingBlocked', 'unschedulable'],
    ['OutOfnvidia.com/gpu', 'PodDown', 'outof'],
    ['OutOfhugepages-2Mi', 'PodDown', 'outof'],
    // Rounds 325-329: the kubelet's other image errors, among them the name early releases gave a
    // failed pull.
    ['PullImageError', 'ImagePullBackOff', 'pullimageerror'],
    ['ImageInspectError', 'ImagePullBackOff', 'imageinspecterror'],
    ['ErrRegistryUnavailable', 'ImagePullBackOff', 'errregistryunavailable'],
    // Rounds 520-524: the kubelet's reasons for a container it could not create or start, in a pod whose
    // container never ran.
    ['StartError', 'PodDown', 'starterror'],
    ['RunContainerError', 'PodDown', 'runcontainererror'],
    ['CreateContainerError', 'PodDown', 'createcontainererror'],
    ['CreateContainerConfigError', 'PodDown', 'createcontainerconfigerror'],
    ['Init:CreateContainerConfigError', 'PodDown', 'createcontainerconfigerror'],
  ] as const)("reads a pod row whose STATUS is %s as %s by the status table, and not without its rule (the check can fail)", (status, failure, rule) => {
    expect(detect(row(status))).toBe(failure);
    const read = readPodRow(row(status))!;
    expect(judgePodRow(read)).toBe(failure);
    expect(judgePodRow(read, FIELD_TABLES.podStatus.filter((r) => r.status !== rule))).toBeNull();
  });

  it("reads npm's `ERR!` as its error level, and without it the line states none (the check can fail)", () => {
    expect(inferSeverity('npm ERR! code ELIFECYCLE')).toBe('ERROR');
    const error = severityRule('ERROR', 'level');
    expect(error.keywords).toContain('npm err!');
    expect(inferSeverity('npm LOG! code ELIFECYCLE')).toBe('INFO');
  });

  it("reads rtpengine's `CRIT:` as its error level, and without the word in the level row the line states none (the check can fail)", () => {
    const line = 'Mar  1 10:00:00 shop-media rtpengine[4242]: [1740823200.000000] CRIT: No interfaces configured - exiting';
    expect(inferSeverity(line)).toBe('ERROR');
    expect(detect(line)).toBe('PodDown');
    const error = severityRule('ERROR', 'level');
    const without = { ...error, patterns: error.patterns.map((p) => new RegExp(p.source.replace('|CRIT|', '|'))) };
    expect(without.patterns[0]!.source).not.toContain('|CRIT|');
    expect(levelMarkersPattern([without]).exec(line)).toBeNull();
  });

  it.each(['kubelet.service', 'k3s.service', 'k3s-agent.service', 'rke2-server.service', 'rke2-agent.service'])(
    'reads %s exiting as its node, not a crash loop, by the exclusion layout (the check can fail)',
    (unit) => {
      const line = `Mar 01 10:00:00 node-2 systemd[1]: ${unit}: Main process exited, code=exited, status=1/FAILURE`;
      expect(detect(line)).toBe('NodeNotReady');
      expect(plainReading(line, { failure: 'CrashLoopBackOff', exclusion: '.service' })).toBe('CrashLoopBackOff');
    },
  );

  it("reads the kubelet's own Node object it cannot get, the name quoted, as its node; another client's call naming a node unquoted by its own words, a timeout (the check can fail)", () => {
    const kubelet = 'Mar  1 10:00:00 kind-control-plane kubelet[213]: E0301 10:00:00.000000     213 kubelet.go:2291] "Error getting node" err="node \\"kind-control-plane\\" not found"';
    const driver = 'panic: error getting Node ip-10-0-0-65.ec2.internal: Get "https://10.0.0.1:443/api/v1/nodes/ip-10-0-0-65.ec2.internal": dial tcp 10.0.0.1:443: i/o timeout';
    expect(detect(kubelet)).toBe('NodeNotReady');
    expect(detect(driver)).toBe('HighLatency');
    const shape = DETECTABLE_SHAPES.NodeNotReady.find((s) => s.contains === 'error getting node')!;
    expect(shape.shape.test(matchText(driver))).toBe(false);
    // Without the quote after the words, the driver's line would read as its node.
    const loose = new RegExp(shape.shape.source.replace('(?:"| \\\\?")', ''), 'i');
    expect(loose.source).not.toBe(shape.shape.source);
    expect(loose.test(matchText(driver))).toBe(true);
  });

  it.each([
    'Mar 01 10:00:00 node-2 systemd[1]: kubelet.service: Scheduled restart job, restart counter is at 25.',
    'Mar 01 10:00:00 node-2 systemd[1]: kubelet.service holdoff time over, scheduling restart.',
    'Mar 01 10:00:00 node-2 systemd[1]: k3s-agent.service: Service hold-off time over, scheduling restart.',
    'Mar 01 10:00:00 node-2 systemd[1]: rke2-server.service: Service RestartSec=5s expired, scheduling restart.',
  ])("reads systemd scheduling the restart of the kubelet's unit, %j, as a crash loop, as any unit's: the exclusion layout leaves it out (the check can fail)", (line) => {
    expect(detect(line)).toBe('CrashLoopBackOff');
    const layout = EXCLUDE_SHAPES.CrashLoopBackOff.find((a) => a.contains === '.service')!;
    expect(layout.shape.test(matchText(line))).toBe(false);
    // The layout without the restart words it leaves out would keep the line off the crash loops.
    const whole = new RegExp(layout.shape.source.replace(/\(\?!.*\)$/, ''), 'i');
    expect(whole.source).not.toContain('(?!');
    expect(whole.test(matchText(line))).toBe(true);
  });

  it('reads a Swarm task row that failed by its state, a task down, not by the crash-loop words it quotes (the check can fail)', () => {
    const row = 'x7k2p9q4r1s3   \\_ web.1   shop/web:4.2   worker-2   Shutdown   Failed 12 seconds ago   "starting container failed: oci runtime error"';
    expect(detect(row)).toBe('PodDown');
    // The row holds the crash-loop wording, a class read before PodDown: the row's layout keeps it off.
    expect(DETECTABLE_PATTERNS.CrashLoopBackOff).toContain('starting container failed');
    expect(EXCLUDE_SHAPES.CrashLoopBackOff.some((layout) => layout.shape.test(matchText(row)))).toBe(true);
    expect(plainReading(row)).toBe('PodDown');
    expect(plainReading(row, { failure: 'CrashLoopBackOff', exclusion: ' ago' })).toBe('CrashLoopBackOff');
    // The same words outside a task row are a crash loop.
    expect(detect('Error: starting container failed: oci runtime error')).toBe('CrashLoopBackOff');
  });
});

describe('learned from rounds 99-284: registries, supervisors, tunnels, build tools, webhooks, training, backups, multi-cluster schedulers, forges, analytical databases, admission timeouts, media stacks, shippers, storage masters, monitoring, poolers, streaming, workflow engines, functions, .NET services, data grids, host clustering, mapping servers, wikis, home networks, mail relays, media libraries, edge nodes, time-series databases, science grids, DNS servers, fediverse servers, feed readers, automation runners, collaborative editors, niche databases, remote desktop gateways, metasearch engines, cloud emulators, game servers, homelab proxies, mail and calendar servers, transcoding managers, document processors, home automation hubs, backup servers, conferencing, VPN control planes, Git servers, surveillance, mail suites, print servers, audio streaming, voice servers and brokers, inventory apps, job queues, feature flags, network monitoring, JVM clustering and discovery, data pipelines, download clients, metrics agents, edge and auth proxies, mail transfer agents, VPN servers, registries, identity servers, fediverse servers, edge Kubernetes, e-commerce, CI runners, object storage, game servers, Podman, database operators, serverless platforms, search servers, observability backends, bare-metal provisioning, node lifecycle tools, browser grids, host monitors, job queues, self-hosted inference, DNS servers, MQTT brokers, graph and vector databases, chat servers, caches, virtualization, Java servers, firewalls, load testers, web runtimes, API gateways, dev environments, security agents, log search, workflow engines, batch schedulers, distributed SQL, stream processing, storage drivers, small-host Kubernetes, and the routine lines beside them', () => {
  it.each([
    ['FATA[0042] pulling image: rpc error: code = Unavailable desc = connection error', 'ImagePullBackOff', 'pulling image: rpc error'],
    ['pod has unbound PersistentVolumeClaims (repeated 2 times)', 'SchedulingBlocked', 'pod has unbound persistentvolumeclaims'],
    ['compose.parallel.feed_queue: Healthcheck for service(s) upstream of <Service: web> failed - not processing', 'StartupProbeFailed', 'healthcheck for service(s) upstream of'],
    // Rounds 104-108: the kubelet's eviction message before 1.9, npm's error code for a socket.
    ['Message:        The node was low on compute resources.', 'PodDown', 'the node was low on compute resources'],
    ['#7 41.02 npm ERR! code ERR_SOCKET_TIMEOUT', 'HighLatency', 'err_socket_timeout'],
    // Rounds 109-113: the JVM's heap exhausted in its own words, Ray's autoscaler and Kueue holding
    // pods, Azure Storage's timeout, torch elastic restarting workers.
    ['2025-03-01 10:00:00,000 - org.example.metrics.PersistWorker - 255 [pool-2] ERROR [] - GC overhead limit exceeded', 'OOMKilled', 'gc overhead limit exceeded'],
    ["(autoscaler +12s) Error: No available node types can fulfill resource request {'CPU': 4.0, 'GPU': 2.0}. Add suitable node types to this cluster to resolve this issue.", 'SchedulingBlocked', 'no available node types can fulfill resource request'],
    ["Warning  Pending  2m  kueue-admission  couldn't assign flavors to pod set main: resource nvidia.com/gpu unavailable in ClusterQueue", 'SchedulingBlocked', "couldn't assign flavors to pod set"],
    ['RESPONSE Status: 500 Operation could not be completed within the specified time.', 'HighLatency', 'could not be completed within the specified time'],
    ['I0301 10:00:00.000000 4411 torch/distributed/elastic/agent/server/api.py:889] [default] Worker group FAILED. 2/3 attempts left; will restart worker group', 'CrashLoopBackOff', 'will restart worker group'],
    // Rounds 119-123: a database frontend's bad heartbeat, kubeadm's kubelet check, Doris' words
    // for a call that timed out.
    ['2025-03-01 10:00:00,000 WARN (heartbeat mgr|16) [HeartbeatMgr.runAfterCatalogReady():168] get bad heartbeat response: type: BACKEND, status: BAD, msg: java.net.ConnectException: Connection refused, backendId: 10004', 'NodeNotReady', 'bad heartbeat response'],
    ["[kubelet-check] The HTTP call equal to 'curl -sSL http://localhost:10248/healthz' failed with error: Get \"http://localhost:10248/healthz\": dial tcp 127.0.0.1:10248: connect: connection refused.", 'NodeNotReady', '[kubelet-check] the http call equal to'],
    ["java.util.concurrent.ExecutionException: errorCode=62 errorMessage:method request time out, please check 'onceTalkTimeout' property. current value is:60000(MILLISECONDS)", 'HighLatency', 'request time out'],
    ['ERROR 1105 (HY000): Ocurrs time out with specfied time 3000 MILLISECONDS', 'HighLatency', 'ocurrs time out'],
    ['2025-03-01 10:00:00,000 WARN (doris-mysql-nio-pool-3|412) [Coordinator.sendFragment():557] catch a timeout exception', 'HighLatency', 'a timeout exception'],
    // Rounds 134-138: a pooler's backend shunned after missed pings, its wait for a connection, a
    // stream's errno for a read that timed out, the API server's timeout answer, a service
    // connection gone quiet, a task's VM or pod lost, a batch job no compute environment can
    // place, an instance replaced after its health check, a pull given up, a function's and a
    // container's OOM in their own words.
    ['2025-03-01 10:00:00 MySQL_Monitor.cpp:3158:monitor_ping(): [ERROR] Server 10.0.0.21:3306 missed 3 heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.', 'StartupProbeFailed', 'heartbeats, shunning it'],
    ['2025-03-01T10:00:00.000000Z ERROR checkout timeout [[10.0.0.7:41326]]', 'HighLatency', 'checkout timeout'],
    ['[2025-03-01 10:00:00.000][error][4411][a1b2c3d4][62] play stream failed. ret=1011(Timer expired)', 'HighLatency', '(timer expired)'],
    ['Error from server: The server was not able to produce a timely response to your request. Please try again in a moment.', 'HighLatency', 'not able to produce a timely response'],
    ['Microsoft.Azure.SignalR.ServiceConnection|ERROR|Service timeout. 30000.00ms elapsed without receiving a message from service.', 'HighLatency', 'elapsed without receiving a message'],
    ['Task align.bwa:NA:1 failed. The job was stopped before the command finished. PAPI error code 14. Execution failed: worker was terminated.', 'PodDown', 'execution failed: worker was terminated'],
    ['Task align.bwa:NA:1 failed. The job was stopped before the command finished. PAPI error code 10. The assigned worker has failed to complete the operation', 'PodDown', 'the assigned worker has failed to complete'],
    ['[2025-03-01T10:00:00+0000] [MainThread] [W] [toil.batchSystems.kubernetes] Exit code and runtime unavailable; pod stopped without container terminating', 'PodDown', 'pod stopped without container terminating'],
    ['MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT - The job resource requirement (vCPU/memory/GPU) is higher than that can be met by the CE(s) attached to the job queue.', 'SchedulingBlocked', 'misconfiguration:job_resource_requirement'],
    ['"Cause": "At 2025-03-01T10:00:00Z an instance was taken out of service in response to a EC2 health check indicating it has been terminated or stopped.",', 'NodeNotReady', 'taken out of service in response to a ec2 health check'],
    ['Mar  1 10:00:00 worker-2 dockerd[1139]: time="2025-03-01T10:00:00.000000000Z" level=error msg="Not continuing with pull after error: context canceled"', 'ImagePullBackOff', 'not continuing with pull after error'],
    ['{"errorType":"Runtime.OutOfMemory","errorMessage":"RequestId: 1a2b3c4d-0000-4000-8000-000000000001 Error: Runtime exited with error: signal: killed"}', 'OOMKilled', 'runtime.outofmemory'],
    // Rounds 139-143: members dropped from a data grid's or a database cluster's membership, a
    // supervisor respawning or giving up on a process, a resource agent's instance crashed, database
    // and search servers' words for a request out of time, a renderer cut off.
    ['WARNING: [10.0.0.11]:5701 [prod] [4.2.1] Removing Member [10.0.0.12]:5701 - 1a2b3c4d-0000-4000-8000-000000000001 because it has not sent any heartbeats for 60000 ms.', 'NodeNotReady', 'because it has not sent any heartbeats'],
    ['Mar-01 10:00:00.000 [tcp-disco-msg-worker-#2%grid%] WARN  o.a.i.s.d.tcp.TcpDiscoverySpi - Node is out of topology (probably, due to short-time network problems).', 'NodeNotReady', 'node is out of topology'],
    ['2025-03-01T10:00:00.000000Z 0 [Note] WSREP: declaring node with index 2 suspected, timeout PT5S (evs.suspect_timeout)', 'NodeNotReady', 'declaring node with index'],
    ['Mar  1 10:00:00 lb-1 Keepalived[880]: Healthcheck child process(4411) died: Respawning', 'CrashLoopBackOff', 'died: respawning'],
    ['/etc/runit/runsvdir/default/postgres: exceeded maximum number of restarts 5', 'CrashLoopBackOff', 'exceeded maximum number of restarts'],
    ['Mar  1 10:00:00 db-2 pgsqlms(pgsqld)[4411]: ERROR: Instance "pgsqld" controldata indicates a running primary instance, the instance has probably crashed', 'PodDown', 'the instance has probably crashed'],
    ["Batch import failed The 'objects' creation was cancelled because it took longer than the configured timeout of 60s.", 'HighLatency', 'longer than the configured timeout'],
    ['[error] 2025-03-01T10:00:00.000000Z couchdb@couchdb-0.couchdb <0.4411.0> 1a2b3c4d5e req_err(4411) timeout : The request could not be processed in a reasonable amount of time.', 'HighLatency', 'could not be processed in a reasonable amount of time'],
    ["[error] 2025-03-01T10:00:00.000000Z couchdb@couchdb-0.couchdb <0.4411.0> -------- fabric_worker_timeout open_doc,'couchdb@couchdb-1.couchdb',<<\"shards/00000000-7fffffff/orders.1740823200\">>", 'HighLatency', 'fabric_worker_timeout'],
    ['[error] 2025-03-01T10:00:00.000000Z couchdb@couchdb-0.couchdb <0.4411.0> 1a2b3c4d5e rexi_server: from: couchdb@couchdb-1.couchdb(<0.4412.0>) mfa: fabric_rpc:changes/3 exit:timeout', 'HighLatency', 'exit:timeout'],
    ['2025-03-01T10:00:00Z [1] ERROR [24213] ArangoError 1457: AQL: timeout in cluster operation (while executing)', 'HighLatency', 'timeout in cluster operation'],
    ['2025-03-01T10:00:00Z [4411] ERROR {cluster} ClusterComm::performRequests: got no answer from shard:s1001:/_db/shop/_api/collection/s1001/count with status timeout', 'HighLatency', 'with status timeout'],
    ['org.geoserver.platform.ServiceException: This request used more time than allowed and has been forcefully stopped. Max rendering time is 60.0s.', 'HighLatency', 'used more time than allowed'],
    ['Mar  1 10:00:00 tiles-1 renderd[4411]: Renderer timeout - destroying hung renderer', 'HighLatency', 'renderer timeout'],
    // Rounds 144-148: a CI runner's pull retried, nodemon's child crashed and left down.
    ['Warning: Docker pull failed with exit code 1, back off 12.5 seconds before retry.', 'ImagePullBackOff', 'docker pull failed with exit code'],
    ['api-1  | [10:00:00] [nodemon] app crashed - waiting for file changes before starting...', 'PodDown', '[nodemon] app crashed'],
    // Rounds 149-153: PM2 giving up on a script, CycleCloud's node failure.
    ['PM2        | 2025-03-01 10:00:00: Script /srv/api/main.js had too many unstable restarts (16). Stopped. "errored"', 'CrashLoopBackOff', 'too many unstable restarts'],
    ['"cyclecloud_node_fail slurm     2025-03-01T10:00:00 hpc-pg0-3",', 'NodeNotReady', 'cyclecloud_node_fail'],
    // Rounds 159-163: CouchDB's and Tika's words for a call out of time, Docker's CLI on a restarting
    // container.
    ["{ error: 'unknown_error', reason: 'req_timedout' }", 'HighLatency', 'req_timedout'],
    ['org.apache.tika.exception.TikaException: TesseractOCRParser timeout', 'HighLatency', 'ocrparser timeout'],
    ['docker: Error response from daemon: Container 7f3a9c2e1b4d is restarting, wait until the container is running.', 'CrashLoopBackOff', 'is restarting, wait until the container is running'],
    // Rounds 164-168: roslaunch's dead process, Twisted's connection timeout.
    ["[ERROR] [planner_server-4]: process has died [pid 4411, exit code -11, cmd '/opt/ros/humble/lib/nav2_planner/planner_server --ros-args']", 'PodDown', 'process has died [pid '],
    ['2025-03-01 10:00:00,000 - synapse.http.federation.matrix_federation_agent - 371 - WARNING - loop-12- Failed to connect to matrix.example.net:8448: User timeout caused connection failure.', 'HighLatency', 'user timeout caused connection failure'],
    // Rounds 169-173: a query builder's pool that gave no connection in time, entrypoints leaving
    // with the one process they ran.
    ['[Nest] 31  - 03/01/2025, 10:00:00 AM   ERROR [ExceptionsHandler] Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?', 'HighLatency', 'timeout acquiring a connection'],
    ['process has died, quitting', 'PodDown', 'process has died, quitting'],
    ['[2025-03-01 10:00:00,000] <docker-entrypoint> WARN: unifi service process ended without being singaled? Check for errors in /unifi/log.', 'PodDown', 'process ended without being singaled'],
    ['[2025-03-01 10:00:00,000] <docker-entrypoint> WARN: unifi service process ended without being signaled? Check for errors in /unifi/log.', 'PodDown', 'process ended without being signaled'],
    // Rounds 174-178: V8's heap, Azure App Service's start-up ping, Ruby's Timeout, an SMTP server's
    // wait for a client, KubeEdge's edge core on the cloud's reply, a JDBC proxy's slow-query
    // listener, Jellyfin's response-time middleware.
    ['api-1  | # Fatal javascript OOM in GC during deserialization', 'OOMKilled', 'fatal javascript oom'],
    ['2025-03-01T10:00:00.000Z ERROR - Container shop_0_7f3a9c2e for site shop did not start within expected time limit. Elapsed time = 230.06 sec', 'StartupProbeFailed', 'did not start within expected time limit'],
    ['2025-03-01T10:00:00Z 4411 TID-7f3a WARN: execution expired', 'HighLatency', 'execution expired'],
    ['2025/03/01 10:00:00 error sending message in campaign March: subscriber 4411: 451 4.4.2 Timeout waiting for data from client.', 'HighLatency', 'timeout waiting for '],
    ['E0301 10:00:00.000000    4411 metaclient.go:117] send sync message default/node/edge-1 failed, error:timeout to get response for message 7f3a9c2e', 'HighLatency', 'timeout to get response'],
    ['2025-03-01 10:00:00.000 [pool-3-thread-1] WARN  n.t.d.l.l.SLF4JSlowQueryListener - Name:, Connection:12, Time:3021, Success:True, Type:Prepared, Batch:False, QuerySize:1', 'HighLatency', 'slowquerylistener'],
    ['[2025-03-01 10:00:00.000 +00:00] [WRN] [41] Jellyfin.Server.Middleware.ResponseTimeMiddleware: Slow HTTP Response from "http://10.0.0.7:8096/Items/Latest" to "10.0.0.9" in 0:00:02.3194721 with Status Code 200', 'HighLatency', 'slow http response from'],
    // Rounds 179-183: a time-series database's node that stopped reporting, HTCondor's memory
    // limit, Telegraf's output behind its flush, XRootD's expired operation, Docker refusing an
    // artifact that is not an image, a unit systemd gave up on, s6-overlay and Obico giving up.
    ['3 | td-2:6030 | 13 | 24 | offline | any | 2025-03-01 10:00:00.000 | status msg timeout |', 'NodeNotReady', 'status msg timeout'],
    ['Sat, 01 Mar 2025 10:00:00 CET(+0100):ERROR:RetryJob Job killed by HTCondor due to excessive memory use (RSS=4100 MB). Will not retry it.', 'OOMKilled', 'due to excessive memory use'],
    ['2025-03-01T10:00:00Z W! [agent] ["outputs.influxdb"] did not complete within its flush interval', 'HighLatency', 'did not complete within its flush interval'],
    ['[2025-03-01 10:00:00.000000 +0000][Error  ][XRootD            ] [xrd-1.example.net:1094] Handling error while processing kXR_open: [ERROR] Operation expired', 'HighLatency', 'operation expired'],
    ['Error response from daemon: unsupported media type application/vnd.in-toto+json', 'ImagePullBackOff', 'unsupported media type application/vnd.'],
    ['     Active: failed (Result: exit-code) since Sat 2025-03-01 10:00:00 UTC; 12s ago', 'PodDown', 'active: failed (result: '],
    ['api-1  | /run/s6/basedir/scripts/rc.init: fatal: stopping the container.', 'PodDown', 'fatal: stopping the container'],
    // Rounds 184-187: Home Assistant's poll out of time, a detector's answer, moonfire-nvr's slow
    // packet, classic Swarm with no node, a unit systemd gave up on.
    ['{"success":false,"error":"failed to process request before timeout","duration":0}', 'HighLatency', 'request before timeout'],
    ['Mar 01 10:00:00 nvr-1 moonfire-nvr[4411]: s-garage-main moonfire_base::clock] getting next packet took PT12.0S!', 'HighLatency', 'getting next packet took'],
    ['docker: Error response from daemon: No healthy node available in the cluster.', 'SchedulingBlocked', 'no healthy node available'],
    ['     Active: inactive (dead) (Result: exit-code) since Sat 2025-03-01 10:00:00 UTC; 18min ago', 'PodDown', 'inactive (dead) (result: '],
    // Round 188: the apiserver's ServerTimeout status, as kubectl and the dashboard relay it.
    ['Error from server (ServerTimeout): the server cannot complete the requested operation at this time, try again later (get pods)', 'HighLatency', 'cannot complete the requested operation at this time'],
    // Round 189: DNS servers on an upstream that did not answer in time.
    ['dnsdist[4411]: Had a downstream timeout from 10.0.0.53:53 (resolver-1) for query for shop.example.net|AAAA from 10.0.0.7:41234', 'HighLatency', 'had a downstream timeout'],
    ['Mar 01 10:00:00 Failed to update . records, got an exception: Too much time waiting for .|NS, timeouts: 5, throttles: 0, queries: 6, 7507msec', 'HighLatency', 'too much time waiting for'],
    // Rounds 190-194: a job runner's long job, a fediverse inbox delivery out of time, a crawler's
    // page load cut off, receptor's check, a sync cut off past its limit, an operator sidecar's
    // probe handler, the kubelet's InvalidImageName message.
    ['2025-03-01T10:00:00.000000Z  WARN background_jobs_actix::worker: Job 7f3a9c2e is taking a long time: 2 minutes', 'HighLatency', 'is taking a long time'],
    ['web-1  | 2025-03-01T10:00:00.000000Z  WARN lemmy_server::root_span_builder: InboxTimeout: InboxTimeout', 'HighLatency', 'inboxtimeout'],
    ['2025-03-01T10:00:00.000Z error: [Crawler][4411] Crawling job failed: Error: Timed-out after 60 secs', 'HighLatency', 'timed-out'],
    ['ERROR: 1: Error timeout from worker-2 in 10.000210552s', 'HighLatency', 'error timeout from '],
    ['10:00:00.000 sync failed: Process exceeded time limit 120000', 'HighLatency', 'exceeded time limit'],
    ['E0301 10:00:00.000000       1 sidecar/probes.go:172] "livez probe: can\'t reach the agent" err="agent [HTTP 404] Not found"', 'StartupProbeFailed', "probe: can't "],
    ['Failed to apply default image tag "shop/web:": couldn\'t parse image name "shop/web:": invalid repository name', 'ImagePullBackOff', 'failed to apply default image tag'],
    // Rounds 195-199: a gateway's daemon gone quiet, a metasearch engine's upstreams out of time,
    // cloud clients' own words for a call out of time, containerd's reference not resolved.
    ['[GcError] [2025-03-01 10:00:00] [Connection 4]  Closing connection with error:  Error: guacd was inactive for too long', 'HighLatency', 'was inactive for too long'],
    ['2025-03-01 10:00:00,000 ERROR:searx.engines.wikipedia: engine timeout', 'HighLatency', 'engine timeout'],
    ['2025-03-01 10:00:00,000 ERROR:searx.engines.brave: HTTP requests timeout (search duration : 3.07 s, timeout: 3.0 s) : ConnectTimeout', 'HighLatency', 'http requests timeout'],
    ['GoogleError: Total timeout of API google.pubsub.v1.Publisher exceeded 60000 milliseconds before any response was received.', 'HighLatency', 'total timeout of api '],
    ['org.mockserver.client.SocketCommunicationException: Response was not received from MockServer after 20000 milliseconds', 'HighLatency', 'response was not received from '],
    // Rounds 202-203: a pod's DisruptionTarget condition by its reason or message, Wings on a crashed
    // server, an uptime monitor's check out of time.
    ['    "reason": "TerminationByKubelet",', 'PodDown', 'terminationbykubelet'],
    ['    reason: DeletionByTaintManager', 'PodDown', 'deletionbytaintmanager'],
    ["    message: 'Taint manager: deleting due to NoExecute taint'", 'PodDown', 'deleting due to noexecute taint'],
    ['detected server as entering a crashed state; running crash handler server=7f3a9c2e', 'CrashLoopBackOff', 'detected server as entering a crashed state'],
    ['[2025-03-01 10:00:00.000000] [uptime-monitor] [system:error] Ping upstream timeout. Assume offline: Get "http://10.0.0.7:8080": context deadline exceeded', 'StartupProbeFailed', 'upstream timeout. assume offline'],
    // Rounds 205-209: SOGo's watchdog, Celery's time limit and its worker killed, a document
    // processor's command out of time.
    ['Mar  1 10:00:00 mail-1 sogod [11]: [WARN] <0x0x55e0b98e6680[WOWatchDogChild]> pid 248 has been hanging in the same request for 2 minutes', 'HighLatency', 'hanging in the same request'],
    ['[2025-03-01 10:00:00,000] [ERROR] [celery.worker.request] Task handler raised error: TimeLimitExceeded(1800)', 'HighLatency', 'timelimitexceeded'],
    ['2025-03-01T10:00:00: Command `ocrmypdf -l deu /tmp/in.pdf /tmp/out.pdf` did not finish in 300000 ms!', 'HighLatency', 'did not finish in '],
    ["[2025-03-01 10:00:00,000: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:90 exited with 'signal 9 (SIGKILL)'", 'OOMKilled', 'signal 9 (sigkill)'],
    // Rounds 210-211: home automation adapters out of time, ioBroker's restart loop and an instance
    // it leaves down, evcc's fatal exit, zigbee2mqtt stopping, an alert's description.
    ['2025-03-01 10:00:00.000 - error: bshb.0 (1291) timeout during call to BSHC', 'HighLatency', 'timeout during call to'],
    ['2025-03-01 10:00:00.000  Status: OpenZWave: Received timeout notification from HomeID: 4081278406, NodeID: 55 (0x37)', 'HighLatency', 'received timeout'],
    ['[10:00:00] WARN: No response received from 94706cce088e within timeout period', 'HighLatency', 'within timeout period'],
    ['2025-03-01 10:00:00.000 - warn: host.iobroker Do not restart adapter system.adapter.telegram.1 because restart loop detected', 'CrashLoopBackOff', 'restart loop detected'],
    ['[main  ] FATAL 2025/03/01 10:00:00 will attempt restart in: 15m0s', 'CrashLoopBackOff', 'will attempt restart in'],
    ['2025-03-01 10:00:00.000 - error: host.iobroker instance system.adapter.ham.0 terminated by request of the instance itself and will not be restarted, before user restarts it.', 'PodDown', 'itself and will not be restarted'],
    ['zigbee2mqtt  | Zigbee2MQTT:error 2025-03-01 10:00:00: Adapter disconnected, stopping', 'PodDown', 'adapter disconnected, stopping'],
    ['<td>Pod has been in a non-ready state for more than 15 minutes.</td>', 'PodDown', 'has been in a non-ready state for more than'],
    ['time="2025-03-01T10:00:00.000000000Z" level=error msg="PullImage \\"shop/web:4.2\\" failed" error="failed to resolve image \\"docker.io/shop/web:4.2\\": unexpected status: 429 Too Many Requests"', 'ImagePullBackOff', 'failed to resolve image'],
    // Rounds 214-217: systemctl on a start that failed, BigBlueButton's status check, a unit
    // systemd stopped starting, Pritunl losing its instance record, SSH.NET's connection timeout.
    ['Job for shop-web.service failed because the control process exited with error code.', 'PodDown', 'failed because the control process exited'],
    ['bbb-webrtc-sfu ————————► [✘ - failed]', 'PodDown', '► [✘ - failed]'],
    ['# Not running:  Redis', 'PodDown', '# not running: '],
    ['Active: failed (Result: start-limit-hit) since Sat 2025-03-01 10:00:00 UTC; 2min 3s ago', 'CrashLoopBackOff', '(result: start-limit-hit)'],
    ['[shop-vpn][2025-03-01 10:00:00,000][ERROR] Instance doc lost, stopping server', 'PodDown', 'instance doc lost, stopping server'],
    ['Operation Put with file shop-b1.dblock.zip.aes attempt 3 of 5 failed with message: Connection failed to establish within 30000 milliseconds.', 'HighLatency', 'failed to establish within'],
    // Rounds 219-227: V8 out of memory for an isolate, Dashy's health check, a peer broker gone, a
    // stream clock behind, a printer's microcontroller, XMPP without an answer, processes and
    // servers that went down in their own words.
    ['web-1  | # Fatal process OOM in insufficient memory to create an Isolate', 'OOMKilled', 'fatal process oom in'],
    ['Healthceck Failed, Error: ECONNREFUSED', 'StartupProbeFailed', 'healthceck failed'],
    ['2025-03-01 10:00:00.000 [warning] <0.4411.0>@vmq_cluster_com:loop:77 terminate due to remote_node_not_available', 'NodeNotReady', 'remote_node_not_available'],
    ['10:00:00 [clock.main:2] Too much latency! Resetting active sources...', 'HighLatency', 'too much latency!'],
    ["Timeout with MCU 'toolhead' (eventtime=4411.597843)", 'HighLatency', 'timeout with mcu'],
    ['SmackException$NoResponseException: No response received within reply timeout. Timeout was 5000ms (~5s).', 'HighLatency', 'within reply timeout'],
    // Rounds 229-232: job runners out of time in their own words.
    ["2025-03-01 10:00:00,000 ERROR Failed 'shop.tasks.sync' (four-alpha-bravo) - Task exceeded maximum timeout value (60 seconds)", 'HighLatency', 'exceeded maximum timeout value'],
    ['** (EXIT) time out', 'HighLatency', '** (exit) time out'],
    ['FetchError: network timeout at: https://flags.example.org/api/client/features', 'HighLatency', 'network timeout at: '],
    // Round 234: monitoring pollers and their supervisors.
    ["[2025-03-01 10:00:00 +0100] warning/Process: Killing process group 4411 ('/usr/lib/nagios/plugins/check_http') after timeout of 60 seconds", 'HighLatency', 'after timeout of'],
    ["Mar  1 10:00:00 nms-1 Cacti[4411]: 2025-03-01 10:00:00 - SPINE: Poller[1] Device[10] TH[1] DS[96] WARNING: SNMP timeout detected [500 ms], ignoring host 'sw-2'", 'HighLatency', 'timeout detected'],
    ["2025-03-01 10:00:00.000000 zmdc[4411].ERR [ZMServer:718] ['zmc -m 3' exited abnormally, exit status 255]", 'PodDown', 'exited abnormally'],
    ['2025-03-01 10:00:00: (../src/server.c.1943) Initialization of plugins failed. Going down.', 'PodDown', 'failed. going down.'],
    ['Mar  1 10:00:00 mx-1 postfix/postqueue[4411]: fatal: Queue report unavailable - mail system is down', 'PodDown', 'mail system is down'],
    ['E [01/Mar/2025:10:00:00 +0000] Scheduler shutting down due to program error.', 'PodDown', 'shutting down due to program error'],
    ['Mar  1 10:00:00 kiosk-1 xinit[911]: (EE) Server terminated with error (1). Closing log file.', 'PodDown', 'terminated with error'],
    ['2025-03-01 10:00:00.000 ERROR - Container shop_0_1a2b3c4d for site shop has exited, failing site start', 'PodDown', 'has exited, failing site start'],
    // Rounds 236-240: a cluster's failure detector on a member it lost (Akka and Pekko, Hazelcast), a
    // collector's input out of its interval, a cloud client's job past its timeout.
    ['[2025-03-01 10:00:00,000] [WARN] [org.apache.pekko.cluster.Cluster] [] [shop-pekko.actor.default-dispatcher-5] - Cluster Node [pekko://shop@10.0.0.7:7355] - Marking node(s) as UNREACHABLE [Member(address = pekko://shop@10.0.0.8:7355, status = Up)]', 'NodeNotReady', 'marking node(s) as unreachable'],
    ['WARNING: [10.0.0.7]:5701 [shop] [5.3.0] Member [10.0.0.8]:5701 - 1a2b3c4d-0000-4000-8000-000000000001 is suspected to be dead for reason: No connection', 'NodeNotReady', 'is suspected to be dead for reason'],
    ['2025-03-01T10:00:00Z W! [agent] input "inputs.snmp" did not complete within its interval', 'HighLatency', 'did not complete within its interval'],
    ['2025-03-01T10:00:00Z W! [inputs.exec] Collection took longer than expected; not complete after interval of 1m0s', 'HighLatency', 'not complete after interval of'],
    ['2025-03-01T10:00:00Z E! [inputs.ping] Error in plugin: took longer to collect than collection interval (10s)', 'HighLatency', 'took longer to collect than collection interval'],
    ['google.api_core.exceptions.RetryError: Operation did not complete within the designated timeout of 600 seconds.', 'HighLatency', 'did not complete within the designated timeout'],
    // Rounds 241-245: mail servers out of time and down, a watchdog's failing checks, quic-go's idle
    // timeout, a peer waiting on pieces, a VPN daemon brought back, tunnels down, gunicorn halting.
    ['[NOTICE] [1A2B3C4D-0000-4000-8000-000000000001.1] [core] disconnect ip=10.0.0.7 rdns="mx.example.org" helo="mx" relay=N early=N esmtp=Y tls=Y pipe=N txns=1 rcpts=0/0/1 msgs=0/0/1 bytes=0 lr="452 plugin timeout" time=30.41', 'HighLatency', '452 plugin timeout'],
    ['2025-03-01T10:00:00Z ERR Connection terminated error="timeout: no recent network activity" connIndex=1', 'HighLatency', 'timeout: no recent network activity'],
    ['{"level":"warn","ts":"2025-03-01 10:00:00.000","caller":"peer/peertask_piecetask_synchronizer.go:469","msg":"watch sync pieces timeout, may be a bug"}', 'HighLatency', 'sync pieces timeout'],
    ['watchdog-1  | Sat Mar  1 10:00:00 CET 2025 Rspamd health level: 0% (0/5), health trend: -1', 'StartupProbeFailed', ' health level: 0% (0/'],
    ['watchdog-1  | Sat Mar  1 10:00:00 CET 2025 Dovecot hit error limit', 'StartupProbeFailed', ' hit error limit'],
    ['watchdog-1  | Rspamd settings check failed, score returned: 100', 'StartupProbeFailed', 'check failed, score returned'],
    ['Mar  1 10:00:00 mx-1 postfix/postfix-script[4411]: fatal: the Postfix mail system is not running', 'PodDown', 'mail system is not running'],
    ['[Watchdog] Tunnel process is down, attempting recovery...', 'PodDown', 'process is down'],
    ['**** All tunnels are now down. Please fix the tunnel config /config/wg_confs/wg0.conf and restart the container ****', 'PodDown', 'all tunnels are now down'],
    ['[2025-03-01 10:00:00 +0000] [1] [ERROR] Reason: App failed to load.', 'PodDown', 'reason: app failed to load'],
    ['Mar  1 10:00:00 vpn-1 ipsec_starter[4411]: charon has died -- restart scheduled (5sec)', 'CrashLoopBackOff', 'has died -- restart scheduled'],
    // Rounds 246-250: agents a server lost (an edge node, a CI runner, a volume server), a
    // diagnosis of replicas short, CI services that did not start, a CI job out of time, daemons
    // out of time at start, game servers that ended or crashed.
    ['{"log":"E0301 10:00:00.000000       1 messagehandler.go:383] Node 1a2b3c4d5e6f disconnected and stopped sending messages\\n","stream":"stderr","time":"2025-03-01T10:00:00.000000000Z"}', 'NodeNotReady', 'disconnected and stopped sending messages'],
    ['E0301 10:00:00.000000       1 messagehandler.go:461] write error, connection for node 1a2b3c4d5e6f will be closed, affected event id: 7f3a, parent_id: , group: resource, source: edgecontroller, operation: update, reason node disconnected', 'NodeNotReady', ', reason node disconnected'],
    ['The self-hosted runner: ci-runner-7d4b9c6f5-x2x9z lost communication with the server. Verify the machine is running and has a healthy network connection.', 'NodeNotReady', 'lost communication with'],
    ['I0301 10:00:00 4411 topology_event_handling.go:57] Removing Volume 12 from the dead volume server 10.0.0.7:8080', 'NodeNotReady', 'from the dead volume server'],
    ['master-1  | I0301 10:00:00     1 master_grpc_server.go:24] unregister disconnected volume server 10.0.0.7:8080', 'NodeNotReady', 'unregister disconnected volume server'],
    ['✗ The desired number of replicas for Deployment "shop-agent" (2) does not match the actual number running (1)', 'ReplicaMismatch', 'does not match the actual number running'],
    ["*** WARNING: Service runner-1a2b3c4d-project-42-concurrent-0-docker-0 probably didn't start properly.", 'StartupProbeFailed', "probably didn't start properly"],
    ['service "runner-1a2b3c4d-project-42-concurrent-0-docker-0-wait-for-service" timeout', 'StartupProbeFailed', '-wait-for-service" timeout'],
    ['build service image: docker:dind healthcheck failed', 'StartupProbeFailed', 'healthcheck failed'],
    ['Sat Mar 01 2025 10:00:00 GMT+0000 (UTC) [HEALTH/0] ERR healthcheck failed', 'StartupProbeFailed', 'healthcheck failed'],
    ['ERROR: Job failed: execution took longer than 1h0m0s seconds', 'HighLatency', 'execution took longer than'],
    ['2025-03-01T10:00:00.000+0000 7f892d9be700 -1 Initialization timeout, failed to initialize', 'HighLatency', 'initialization timeout, failed to initialize'],
    ['E0301 10:00:00.000000   4411 util.go:316] fail to run servant job(convert-node-1): wait for job to be complete timeout', 'HighLatency', 'job to be complete timeout'],
    ['[Pterodactyl Daemon] Server process detected as entering a crashed state; rebooting.', 'CrashLoopBackOff', 'entering a crashed state; rebooting'],
    ['[Pterodactyl Daemon] A fatal error was encountered while starting this server.', 'PodDown', 'fatal error was encountered while starting'],
    ['10:00:00.000Z FATAL wings: A fatal error caused the daemon to abort the startup. (additional={})', 'PodDown', 'fatal error caused the daemon to'],
    ['Engine crash handling finished; re-raising signal 11 for the default handler. Good bye.', 'PodDown', 'engine crash handling finished'],
    ['[ERROR ] Monitor ts3server: Checking session: Server seems to have died: FAIL', 'PodDown', 'server seems to have died'],
    // Rounds 251-255: an image reference refused, a search daemon brought back, a pool dropping a
    // member failing its health check, a database's primary failed, a kubelet without its node.
    ['Error: repository name must be lowercase', 'ImagePullBackOff', 'repository name must be lowercase'],
    ['[Sat Mar  1 10:00:00.000 2025] [4411] watchdog: main process 4412 killed dirtily with signal 11, will be restarted', 'CrashLoopBackOff', 'killed dirtily with signal'],
    ['level=warn ts=2025-03-01T10:00:00.000Z caller=pool.go:184 msg="removing store-gateway failing healthcheck" addr=10.0.4.28:9095 reason="rpc error: code = DeadlineExceeded desc = context deadline exceeded"', 'StartupProbeFailed', 'failing healthcheck'],
    ['[I] 2025-03-01T10:00:00Z sentinel.go:861: master db is failed db=1a2b3c4d keeper=keeper-1', 'PodDown', 'master db is failed'],
    // Rounds 260-264: a kernel's kill written without its hyphen, Splash's memory guard, a grid's hub
    // and a monitor losing nodes and endpoints, a scheduler with no worker, Zabbix's processes ended,
    // a crashed container, an app that never came up, a runner ended, `timed out` spelled otherwise,
    // Twisted dropping an idle client.
    ['Mar  1 10:00:00 host-1 kernel: [1504351.813082] Killed process 4411 (ruby) totalvm:2159008kB, anon-rss:1077748kB, file-rss:0kB', 'OOMKilled', 'totalvm:'],
    ['2025-03-01 10:00:00.000000 [-] maxrss exceeded 2000 MB, shutting down...', 'OOMKilled', 'maxrss exceeded'],
    ['2025-03-01 10:00:00.000000+00:00 - gpustack.scheduler.scheduler - DEBUG - No suitable workers for model instance qwen-7b-x2x9z, state: ModelInstanceStateEnum.PENDING', 'SchedulingBlocked', 'no suitable workers'],
    ['10:00:00.000 INFO - Marking the node http://10.0.0.7:5555 as down: cannot reach the node for 2 tries', 'NodeNotReady', 'cannot reach the node'],
    ["10:00:00.000 INFO - Unregistering the node http://10.0.0.7:5555 because it's been down for 60012 milliseconds", 'NodeNotReady', "because it's been down for"],
    ["[2025-03-01 10:00:00 +0000] warning/JsonRpcConnection: API client disconnected for identity 'satellite-2'", 'NodeNotReady', 'api client disconnected for identity'],
    ['2025-03-01T10:00:00+00:00 - gpustack.server.worker_syncer - DEBUG - Marked worker gpu-node-3 as WorkerStateEnum.NOT_READY', 'NodeNotReady', 'as workerstateenum.not_ready'],
    ['2025-03-01T10:00:00+00:00 - gpustack.server.worker_syncer - DEBUG - Marked worker gpu-node-3 as WorkerStateEnum.UNREACHABLE', 'NodeNotReady', 'as workerstateenum.unreachable'],
    ['4411:20250301:100000.000 One child process died (PID:4412,exitcode/signal:1). Exiting ...', 'PodDown', 'one child process died'],
    ['10:00:00 - ❌ Crashed container in pod: vllm-web-7d4b9c6f5-x2x9z', 'PodDown', 'crashed container in pod'],
    ['terminated: Application failed to start: failed to load /app/start.sh: permission denied', 'PodDown', 'application failed to start'],
    ['time=2025-03-01T10:00:00.000Z level=ERROR source=server.go:449 msg="llama runner terminated" error="exit status 2"', 'PodDown', 'llama runner terminated'],
    ['2025-03-01T10:00:00.000Z browserless:job 1A2B3C: Job has timed-out, closing the WebSocket.', 'HighLatency', 'timed-out'],
    ['Mar  1 10:00:00 gw-1 browserless[3500]: 2025-03-01T10:00:00.000Z browserless.io:router:error  Websocket job has timedout, sending 429 response', 'HighLatency', 'has timedout'],
    ["2025-03-01 10:00:00.000000 [-] Timing out client: IPv4Address(type='TCP', host='10.0.0.7', port=46166)", 'HighLatency', 'timing out client'],
    // Rounds 265-274: components' own health checks, hosts a scheduler cannot place a VM on, cluster
    // members lost, runtimes that ended, timeouts in products' words, a watchdog starting a program again.
    ['java.lang.Exception: Performing a health check took too long: PT31.000000S', 'StartupProbeFailed', 'health check took too long'],
    ['[2025/03/01 10:00:00.000 +00:00] [WARN] [proxy/impl.go:5461] ["check health fail"] [role=querycoord]', 'StartupProbeFailed', 'check health fail'],
    ['Sat Mar  1 10:00:00 2025 [Z0][SCHED][E]: Cannot schedule VM, there is no suitable host.', 'SchedulingBlocked', 'no suitable host'],
    ['Sat Mar  1 10:00:00 2025: Cannot dispatch VM to any Host. Possible reasons: Not enough capacity in Host or System DS', 'SchedulingBlocked', 'cannot dispatch vm to any host'],
    ["emqx_router:handle_info:247 Mnesia down: 'emqx@10.0.0.8'", 'NodeNotReady', 'mnesia down:'],
    ["2025-03-01 10:00:00.000 [error] Mnesia('emqx@10.0.0.7'): ** ERROR ** Mnesia on 'emqx@10.0.0.7' could not connect to node(s) ['emqx@10.0.0.8']", 'NodeNotReady', 'could not connect to node(s)'],
    ["Node 'vmq@vernemq-2.vernemq-headless.mqtt.svc.cluster.local' is not responding to pings.", 'NodeNotReady', 'not responding to pings'],
    ['1:M 01 Mar 2025 10:00:00.000 * Marking node 1a2b3c4d5e6f as failing (quorum reached).', 'NodeNotReady', 'as failing (quorum reached)'],
    ['2025-03-01 10:00:00,000 [GroupChannel-Heartbeat[shop-cluster-Channel]-1] ERROR o.a.c.t.g.i.TcpFailureDetector - Unable to perform failure detection check, assuming member down.', 'NodeNotReady', 'assuming member down'],
    ['2025-03-01 10:00:00,000 WARN  [agent.manager.AgentManagerImpl] (AgentTaskPool-3:ctx-1a2b) Agent is disconnected but the host is still up: 7-kvm-host-2', 'NodeNotReady', 'agent is disconnected'],
    ['Runtime terminating during boot ({could_not_start,kernel,kernel,{bad_return,{timeout}}})', 'PodDown', 'runtime terminating during boot'],
    ['2025-03-01 10:00:00,000 FATAL [org.jboss.as.server] (Controller Boot Thread) WFLYSRV0056: Server boot has failed in an unrecoverable manner; exiting.', 'PodDown', 'failed in an unrecoverable manner'],
    ['Keepalived[308]: pid 317 exited with permanent error CONFIG. Terminating', 'PodDown', 'exited with permanent error'],
    ['WATCHDOG: Waiting 1min before next start try.', 'CrashLoopBackOff', 'before next start try'],
    ['10:00:00: Client tasmota_1A2B3C has exceeded timeout, disconnecting.', 'HighLatency', 'has exceeded timeout'],
    ["2025-03-01T10:00:00.000000+00:00 [error] msg: failed_to_kick_session_on_remote_node, error: error, node: 'emqx@10.0.0.8', reason: {badrpc,timeout}", 'HighLatency', '{badrpc,timeout}'],
    ['[ERROR (-1005)]: Storage Error: RPC failure, probably timeout.', 'HighLatency', 'probably timeout'],
    ["Error: 500 command '/usr/bin/qemu-img resize -f raw /var/lib/vz/images/101/vm-101-disk-0.raw 10737418240' failed: got timeout", 'HighLatency', 'got timeout'],
    ['WARN (3103) [as_cluster.c:564] [as_cluster_tend] - Node A1B2C3D4E5F6 peers refresh failed: AEROSPIKE_ERR_TIMEOUT', 'HighLatency', '_err_timeout'],
    ['Client timeout: timeout=1000 iterations=1 failedNodes=0 failedConns=0.', 'HighLatency', 'client timeout: timeout='],
    ['org.apache.tomcat.jdbc.pool.PoolExhaustedException: [http-nio-8080-exec-3] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:50; busy:50; idle:0; lastwait:30000].', 'HighLatency', 'timeout: pool empty'],
    ['memcachepool::get(): server 10.0.0.7 (tcp 22201, udp 0) failed with: network time out', 'HighLatency', 'network time out'],
    // Rounds 275-279: a gateway's health check, a batch account's quota, agents and nodes lost, a child
    // ended, a job's runner out of time.
    ['10:00:00.000 [vert.x-eventloop-thread-2] [] ERROR i.g.g.s.h.rule.EndpointRuleHandler - An error has occurred during Health check request', 'StartupProbeFailed', 'error has occurred during health check'],
    ['Azure Batch Account does not have enough dedicated cores quota to run a workflow with cpu core requirement of 32.', 'SchedulingBlocked', 'cores quota to run'],
    ['2025/03/01 10:00:00 wazuh-agent: ERROR: (1137): Lost connection with manager. Setting lock.', 'NodeNotReady', 'lost connection with manager'],
    ['2025/03/01 10:00:00 wazuh-logcollector: WARNING: Process locked due to agent is offline. Waiting for connection...', 'NodeNotReady', 'agent is offline'],
    ['2025-03-01T10:00:00.000Z WARN  [zen] [graylog-1] master left (reason = transport disconnected), current nodes: {[graylog-1][1a2b3c]}', 'NodeNotReady', 'master left (reason = '],
    ['org.opensearch.transport.NodeDisconnectedException: [data-2][10.0.0.8:9300][disconnected] disconnected', 'NodeNotReady', 'nodedisconnectedexception'],
    ['error: no value for "np_load_avg" because execd is in unknown state', 'NodeNotReady', 'execd is in unknown state'],
    ['2025/03/01 10:00:00 wazuh-modulesd:docker-listener[4411] wm_docker.c:95 at wm_docker_main(): WARNING: Docker-listener finished unexpectedly (code 1). Retrying to run in next scheduled time...', 'PodDown', 'finished unexpectedly'],
    ['- running node-collector job: runner received timeout', 'HighLatency', 'received timeout'],
    // Rounds 280-284: YARN's memory kill as Spark quotes it, k3d's node restarting, Flux's parent
    // broker gone, a node plugin ended with an error (the X server's phrase folded into it), Ceph's
    // monitor out of quorum.
    ['25/03/01 10:00:00 WARN YarnAllocator: Container killed by YARN for exceeding memory limits. 5.1 GB of 5 GB physical memory used.', 'OOMKilled', 'for exceeding memory limits'],
    ["WARN[0301] Node 'k3d-shop-agent-1' is restarting for more than a minute now. Possibly it will recover soon.", 'CrashLoopBackOff', 'is restarting for more than'],
    ['Mar  1 10:00:00 hpc-2 flux[4411]: broker.err[3]: rc1.0: Upstream Flux broker is offline. Try again later.', 'NodeNotReady', 'broker is offline'],
    ['2025-03-01T10:00:00.000000Z ERROR csi_node: Terminated with error, error: failed to register the node plugin', 'PodDown', 'terminated with error'],
    ['mon.c (rank 2) addr [v2:10.0.0.9:3300/0,v1:10.0.0.9:6789/0] is down (out of quorum)', 'PodDown', 'is down (out of quorum)'],
    // Rounds 285-289: a device agent's pulls, Marathon's health checks, balena's service restarted and
    // ended, Open MPI's daemon lost, RabbitMQ's app not running, timeouts in brokers' and trainers' words.
    ['caused by: Could not pull image registry.example.com/shop/web:4.2', 'ImagePullBackOff', 'could not pull image'],
    ['ERROR: Error during pull for image shop/web:4.2', 'ImagePullBackOff', 'error during pull'],
    ['2025-03-01 10:00:00.000 +00:00 [ERR] - Executing command for operation ["pull"] failed for module web.', 'ImagePullBackOff', 'operation ["pull"] failed'],
    ["01.03.25 10:00:00 (+0000) Failed to download image 'shop/web@sha256:ab12' due to 'unexpected EOF'", 'ImagePullBackOff', 'failed to download image'],
    ['[2025-03-01 10:00:00,000] WARN Task [shop_web.1a2b] for app [/shop/web] was killed for failing too many health checks (mesosphere.marathon.MarathonHealthCheckManager)', 'StartupProbeFailed', 'failing too many health checks'],
    ["01.03.25 10:00:00 (+0000) Restarting service 'web sha256:1a2b3c'", 'CrashLoopBackOff', "restarting service '"],
    ['mpirun: ORTE has lost communication with a remote daemon.', 'NodeNotReady', 'lost communication with'],
    ['Mar  1 10:00:00 mq-1 rabbitmq[911]: Error: process_not_running', 'PodDown', 'process_not_running'],
    ["01.03.25 10:00:00 (+0000) Service exited 'web sha256:1a2b3c'", 'PodDown', "service exited '"],
    ['[41] 2025/03/01 10:00:00.000000 [WRN] JetStream timeout waiting for stream leader election', 'HighLatency', 'timeout waiting for '],
    ['ERROR org.apache.pulsar.client.cli.PulsarClientTool - Could not create producer within given timeout', 'HighLatency', 'within given timeout'],
    ["2025-03-01 10:00:00.000 [warning] <0.274.0> Error while waiting for Mnesia tables: {timeout_waiting_for_tables,['rabbit@mq-2'],[rabbit_user]}", 'HighLatency', 'timeout_waiting_for_tables'],
    ['MQBrokerException CODE: 2 DESC:[TIMEOUT_CLEAN_QUEUE] broker busy, start flow control for a while, period in queue: 310ms', 'HighLatency', 'timeout_clean_queue'],
    ['[rank0]:[E301 10:00:00.000000000 ProcessGroupNCCL.cpp:616] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=12, OpType=BROADCAST)', 'HighLatency', 'collective operation timeout'],
    // Rounds 290-294: a platform missing from an image, Istio's sidecar not ready, Jenkins' agents
    // lost, Tekton's runs out of time.
    ['time="2025-03-01T10:00:00+00:00" level=fatal msg="no match for platform in manifest: not found"', 'ImagePullBackOff', 'no match for platform in manifest'],
    ['2025-03-01T10:00:00.000000Z     warn    Envoy proxy is NOT ready: config not received from XDS server (is Istiod running?)', 'StartupProbeFailed', 'envoy proxy is not ready'],
    ['build-agent-7 was marked offline: Connection was broken: java.io.EOFException', 'NodeNotReady', 'was marked offline'],
    ['Ping failed. Terminating the channel build-agent-7.', 'NodeNotReady', 'terminating the channel'],
    ['Waiting to resume part of shop » main #42: ‘build-agent-7’ is offline', 'NodeNotReady', '’ is offline'],
    ['shop-ci-run-42   10 minutes ago   10 minutes   Failed(PipelineRunTimeout)', 'HighLatency', 'pipelineruntimeout'],
    ['build-42-unit-tests   10 minutes ago   5 minutes   Failed(TaskRunTimeout)', 'HighLatency', 'taskruntimeout'],
    // Rounds 295-299: a daemon's watchdog bringing it back, Weave's peer lost.
    ['2025-03-01 10:00:00 main.cpp:1464:ProxySQL_daemonize_phase3(): [ERROR] ProxySQL crashed. Restarting!', 'CrashLoopBackOff', 'crashed. restarting'],
    ['WARN: 2025/03/01 10:00:00.000000 Removed unreachable peer 1a:2b:3c:4d:5e:6f(node-2)', 'NodeNotReady', 'removed unreachable peer'],
    // Rounds 300-304: a supervisor bringing its worker back, sinks' and queue proxies' health checks,
    // the apiserver's own check, processes found not running.
    ['2025-03-01 10:00:00 +0000 [error]: fluentd main process died unexpectedly. restarting.', 'CrashLoopBackOff', 'unexpectedly. restarting'],
    ['2025-03-01T10:00:00.000000Z ERROR vector::topology::builder: Healthcheck: Failed Reason. error=Unexpected status: 503 Service Unavailable', 'StartupProbeFailed', 'healthcheck: failed'],
    ['2025-03-01T10:00:00.000000Z ERROR vector::topology::builder: msg="Healthcheck: timeout." component_kind="sink" component_id=loki', 'StartupProbeFailed', 'healthcheck: timeout'],
    ['HTTP probe did not respond Ready, got status code: 503', 'StartupProbeFailed', 'probe did not respond ready'],
    ['E0301 10:00:00.000000       1 healthz.go:243] healthz check failed: etcd', 'StartupProbeFailed', 'healthz check failed'],
    ["3/1/2025 10:00:00 AM'zookeeper-service' process is not running", 'PodDown', 'process is not running'],
    ["[CET Mar  1 10:00:00] error    : 'domoticz' process is not running", 'PodDown', 'process is not running'],
    ['[2025-03-01 10:00:00,000] WARN Exception causing close of session 0x0: ZooKeeperServer not running (org.apache.zookeeper.server.NIOServerCnxn)', 'PodDown', 'zookeeperserver not running'],
    ['Error contacting service. It is probably not running.', 'PodDown', 'it is probably not running'],
    ['2025-03-01 10:00:00 +0000 [warn]: process died within 1 second. exit.', 'PodDown', 'process died within'],
    // Rounds 305-309: a SysV service died, a call past its bound.
    ['localhost;Service Status - nginx;CRITICAL;HARD;3;nginx dead but subsys locked', 'PodDown', 'dead but subsys locked'],
    ['[ERROR][plugins.alerting] Error: Timeout: it took more than 300000ms', 'HighLatency', 'it took more than'],
    // Rounds 310-314: autoscalers that cannot add a node, a query engine's worker lost.
    ['{"level":"ERROR","time":"2025-03-01T10:00:00.000Z","logger":"controller","message":"failed launching nodeclaim","NodeClaim":{"name":"gpu-x2k9q"},"error":"insufficient capacity, all requested instance types were unavailable during launch"}', 'SchedulingBlocked', 'requested instance types were unavailable'],
    ['E0301 10:00:00.000000       1 static_autoscaler.go:275] Failed to scale up: max node total count already reached', 'SchedulingBlocked', 'max node total count already reached'],
    ['W0301 10:00:00.000000       1 auto_scaling_groups.go:453] Instance group shop-workers cannot provision any more nodes!', 'SchedulingBlocked', 'cannot provision any more nodes'],
    ['2025-03-01T10:00:00.000Z WARN node-state-poller-0 io.trino.metadata.DiscoveryNodeManager Previously active node is missing: 1a2b3c4d (last seen at 10.0.0.7)', 'NodeNotReady', 'previously active node is missing'],
    // Rounds 315-319: a deploy's instance down after its update, a backup's helper pod failed, a service
    // Puppet could not start, staging out of time, a Job past its deadline.
    ["Task 4411 | 10:00:00 | Error: 'web/1a2b3c4d-0000-4000-8000-000000000001 (0)' is not running after update. Review logs for failed jobs: nginx", 'PodDown', 'is not running after update'],
    ['level=error msg="found a PVR velero/shop-restore-x2k9q with expose error: Pod is in abnormal state [Failed], message []. mark it as cancel"', 'PodDown', 'is in abnormal state [failed]'],
    ["Error: Could not start Service[nova-api]: Execution of '/usr/bin/systemctl start nova-api' returned 1", 'PodDown', 'could not start service['],
    ['Error restarting application: StagingTimeExpired', 'HighLatency', 'stagingtimeexpired'],
    ['Staging time expired: cannot get instances since staging failed', 'HighLatency', 'staging time expired'],
    ['Warning  DeadlineExceeded  2m  job-controller  Job was active longer than specified deadline', 'HighLatency', 'job was active longer than specified deadline'],
    ['│ 	* job shop-migrate failed: DeadlineExceeded', 'HighLatency', 'failed: deadlineexceeded'],
    // Rounds 320-324: Ray's node cut off, Ansible's async wait out of time.
    ['F0301 10:00:00.000000   138 service_based_accessor.cc:320]  Check failed: !local_node_id_.IsNil() This node is disconnected.', 'NodeNotReady', 'this node is disconnected'],
    ['fatal: [worker-7]: FAILED! => {"changed": false, "msg": "async task did not complete within the requested time"}', 'HighLatency', 'did not complete within the requested time'],
    // Rounds 325-329: the VPA recommender's record of a container killed for memory, node pools whose
    // nodes never became ready (EKS, AKS), an EKS add-on's replica code alone, Velero's node agent
    // not running.
    ['E0301 10:00:00.000000       1 cluster_feeder.go:417] OOM detected {Timestamp:2025-03-01 09:59:58 +0000 UTC Memory:536870912 ContainerID:{PodID:{Namespace:shop PodName:web-0} ContainerName:web}}', 'OOMKilled', 'oom detected {timestamp:'],
    ['│ Error: waiting for EKS Node Group (shop:workers) create: unexpected state \'CREATE_FAILED\': NodeCreationFailure: Unhealthy nodes in the kubernetes cluster', 'NodeNotReady', 'unhealthy nodes in the kubernetes cluster'],
    ['Status=400 Code="NodesNotReady" Message="Agent pool workers has 2 nodes that are not ready."', 'NodeNotReady', 'nodesnotready'],
    ['  "code" : "InsufficientNumberOfReplicas",', 'ReplicaMismatch', 'insufficientnumberofreplicas'],
    ['time="2025-03-01T10:00:00Z" level=error msg="Error backing up item" error="daemonset pod not found in running state in node worker-3"', 'PodDown', 'pod not found in running state'],
    // Rounds 330-334: KubeEdge's message it could not hand on, etcd's v2 client on a silent member,
    // NiFi's node gone silent, AKS Edge's node not ready.
    ['E0301 10:00:00.000000    4411 edged_status.go:400] register node failed, error: timeout to send message', 'HighLatency', 'timeout to send message'],
    ['error #0: client: endpoint http://10.0.0.7:2379 exceeded header timeout', 'HighLatency', 'exceeded header timeout'],
    ['2025-03-01 10:00:00,000 WARN [Heartbeat Monitor Thread-1] o.a.n.c.c.node.NodeClusterCoordinator Event Reported for nifi-2:8080 -- Node disconnected from cluster due to Have not received a heartbeat from node in 41 seconds', 'NodeNotReady', 'have not received a heartbeat from node'],
    ['- Error: Linux node not in Ready state, or cluster could not be reached from host side at line 3140', 'NodeNotReady', 'node not in ready state'],
    // Rounds 335-339: a volume's attach out of time, a helper process killed at its time, cert-manager's
    // challenge past its limit.
    ['Warning  FailedAttachVolume  3m  attachdetach-controller  AttachVolume.Attach failed for volume "pvc-1a2b" : attachment timeout for volume 3a82ae36', 'HighLatency', 'attachment timeout'],
    ['time="2025-03-01T10:00:00Z" level=error msg="process killed after timeout" logLayer=csi_frontend process=blkid', 'HighLatency', 'killed after timeout'],
    ['E0301 10:00:00.000000       1 controller.go:158] cert-manager/controller/challenges "msg"="re-queuing item due to error processing" "error"="Time limit exceeded. Last error: "', 'HighLatency', 'time limit exceeded'],
    // Rounds 340-344: Knative's activator probing a revision, kubeadm's wait on the API server, a model
    // server's worker gone, a Triton server ended, Tokio's deadline.
    ['{"severity":"ERROR","logger":"activator","message":"Failed to probe clusterIP 10.96.0.42:80","knative.dev/key":"shop/web-00001","error":"unexpected status code: want [200], got 503"}', 'StartupProbeFailed', 'failed to probe clusterip'],
    ['{"severity":"WARNING","logger":"activator","message":"Failed probing pods","knative.dev/key":"shop/web-00001","error":"error roundtripping http://10.42.2.7:8012/healthz: context deadline exceeded"}', 'StartupProbeFailed', 'failed probing pods'],
    ['[api-check] The API server is not healthy after 4m0.000517s', 'StartupProbeFailed', 'is not healthy after'],
    ['2025-03-01T10:00:00,000 [WARN ] W-9001-resnet_2.0-stderr org.pytorch.serve.wlm.WorkerLifeCycle - ERROR:root:Backend worker process died.', 'PodDown', 'worker process died'],
    ['2025-03-01 10:00:00,000 - WARNING - pytriton.server.triton_server: Triton Inference Server exited with failure. Please wait.', 'PodDown', 'exited with failure'],
    ['{"level":"ERROR","fields":{"message":"inference task failed","err":"deadline has elapsed"},"target":"shop::worker"}', 'HighLatency', 'deadline has elapsed'],
    // Rounds 345-349: Presto with no worker for a query, the e2e framework's wait on a node, connection
    // pools out of time, Tilt's command killed at its limit.
    ['Query 20250301_100000_00001_ab12c failed: No worker nodes available', 'SchedulingBlocked', 'no worker nodes available'],
    ['Query 20250301_100000_00002_ab12c failed: Insufficient active worker nodes. Waited 5.00m for at least 2 workers, but only 1 workers are active', 'SchedulingBlocked', 'insufficient active worker nodes'],
    ["Mar  1 10:00:00.000: INFO: Node shop-pool-3 didn't reach desired Ready condition status (true) within 2m0s", 'NodeNotReady', "didn't reach desired ready condition status (true)"],
    ['2025-03-01T10:00:00.000Z\terror\texporterhelper/queued_retry.go:165\tExporting failed. No more retries left. Dropping data.\t{"error": "PrepareBatch:clickhouse: acquire conn timeout. you can increase the number of max open conn or the dial timeout"}', 'HighLatency', 'acquire conn timeout'],
    ['Caused by: java.sql.SQLException: Sorry, acquisition timeout!', 'HighLatency', 'acquisition timeout'],
    ['Build Failed: Killed kubectl. Hit timeout of 30s.', 'HighLatency', 'hit timeout of'],
    // Rounds 350-354: build agents and engines lost, a node claim never joined, a harness's failed
    // readiness check, a unit systemd could not run.
    ['ERROR: Agent went offline during the build', 'NodeNotReady', 'agent went offline'],
    ['10:00:00  EC2 (aws-eu-west-1) - linux-large (i-0a1b2c3d4e5f60718) seems to be removed or offline ; will wait for 5 min 0 sec for it to come back online', 'NodeNotReady', 'removed or offline'],
    ['Cannot contact shop-agent-7k2x9: hudson.remoting.ChannelClosedException: Channel "unknown": Remote call on JNLP4-connect connection from 10.0.0.7/10.0.0.7:57044 failed. The channel is closing down or has closed down', 'NodeNotReady', 'channel is closing down or has closed down'],
    ['time="2025-03-01T10:00:00Z" level=error msg="Flagging engine as unhealthy. Connect failed 3 times" id="AB12:CD34" name=worker-3', 'NodeNotReady', 'flagging engine as unhealthy'],
    ['Message:               Node not registered with cluster', 'NodeNotReady', 'node not registered with cluster'],
    ["2025-03-01 10:00:00 ERROR Failed to verify readiness of instance 'shop-3' (node: shop-3): timed out, attempting kubelet restart.", 'NodeNotReady', 'failed to verify readiness of instance'],
    ['Mar 01 10:00:00 worker-3 (nodeadm)[1493]: nodeadm-config.service: Failed at step EXEC spawning /usr/bin/nodeadm: Permission denied', 'PodDown', 'failed at step exec spawning'],
    // Rounds 355-359: a snapshotter's daemon gone, Google APIs' deadline, a mount out of its time.
    ['time="2025-03-01T10:00:00Z" level=warning msg="Daemon 1a2b3c4d died somehow. Clean up its vestige!"', 'PodDown', 'died somehow'],
    ['E0301 10:00:00.000000       1 stackdriver.go:60] Error while sending request to Stackdriver googleapi: Error 504: Deadline expired before operation could complete., backendError', 'HighLatency', 'deadline expired before operation could complete'],
    ['E0301 10:00:00.000000       7 pod_driver.go:733] "bind mount error" err="function timeout" logger="pod-driver" podName="shop-data-1a2b"', 'HighLatency', 'err="function timeout"'],
    // Rounds 360-364: Wings ending on a fatal error whatever it says came next, a Milvus component
    // ending itself with its etcd session, Vespa's node gone, the Supabase CLI's database check.
    ['10:00:00.0001 wings: A fatal error caused the daemon to stop abruptly. (err.code=ECONNRESET)', 'PodDown', 'fatal error caused the daemon to'],
    ['[2025/03/01 10:00:00.000 +00:00] [ERROR] [querycoord/server.go:233] ["disconnected from etcd and exited"] [serverID=7]', 'PodDown', 'disconnected from etcd and exited'],
    ['[2025-03-01 10:00:00.000] WARNING : container-clustercontroller Container.com.yahoo.vespa.clustercontroller.core.EventLog  Added node only event: Event: storage.3: Failed get node state request: Connection error: Closed at other end. (Node or switch likely shut down)', 'NodeNotReady', 'node or switch likely shut down'],
    ['Database is not healthy.', 'StartupProbeFailed', 'database is not healthy'],
    // Rounds 370-374: Cloud Run's and Discourse's words on memory, Compose unable to start a service,
    // riak-admin on a node gone quiet (VerneMQ's phrase, without its `is`).
    ['Out-of-memory event detected in container', 'OOMKilled', 'out-of-memory event detected'],
    ["Sidekiq is consuming too much memory (using: 612.40M) for 'forum.shop.test', restarting", 'OOMKilled', 'is consuming too much memory'],
    ['ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint shop_web_1: Bind for 0.0.0.0:80 failed: port is already allocated', 'PodDown', 'cannot start service '],
    ["Node 'riak@10.0.0.7' not responding to pings.", 'NodeNotReady', 'not responding to pings'],
    // Rounds 375-379: jCIFS' call with no answer, Azure Pipelines' agent gone silent, the old scheduler's
    // predicate.
    ['[Step 1/1] jcifs.smb.SmbException: Transport1 timedout waiting for response to SmbComWriteAndX[command=SMB_COM_WRITE_ANDX,received=false]', 'HighLatency', 'timedout waiting for response'],
    ['##[error]We stopped hearing from agent shop-agent-3. Verify the agent machine is running and has a healthy network connection.', 'NodeNotReady', 'stopped hearing from agent'],
    ['SchedulerPredicates failed due to PersistentVolumeClaim is not bound: "shop-data-0", which is unexpected.', 'SchedulingBlocked', 'schedulerpredicates failed due to'],
    // Rounds 380-384: Service Fabric's hosting, placement, leases and timeout code; Portainer, Kasm, Render,
    // App Service, flyctl, HTCondor, OpenPBS and Moab in their own words.
    ['There was an error during download.Failed to download container image shopregistry.azurecr.io/shop/web', 'ImagePullBackOff', 'failed to download container image'],
    ['Container image download failed with authorization attempt type AppManifestCredentials for ImageName=shopregistry.azurecr.io/shop/web:4.2.', 'ImagePullBackOff', 'container image download failed'],
    ['Failed to import docker image error 0xd00000e5.', 'ImagePullBackOff', 'failed to import docker image'],
    ['There was an error during CodePackage activation.The service host terminated with exit code:7148', 'PodDown', 'error during codepackage activation'],
    ['The Load Balancer was unable to find a placement for one or more of the Service\'s Replicas:', 'SchedulingBlocked', 'unable to find a placement for'],
    ['3/1/2025 10:00:00 AM - SHOP-3 - Error - 1a2b3c4d lost global lease on the local node: expired', 'NodeNotReady', 'lost global lease on the local node'],
    ['3/1/2025 10:00:00 AM - SHOP-3 - Error - 1a2b3c4d:131830069286583829 OnGlobalLeaseQuorumLost', 'NodeNotReady', 'ongloballeasequorumlost'],
    ['3/1/2025 10:00:00 AM - SHOP-3 - Error - Fabric Node has failed', 'NodeNotReady', 'fabric node has failed'],
    ['3/1/2025 10:00:00 AM - SHOP-3 - Error - federation open failed with FABRIC_E_TIMEOUT', 'HighLatency', 'fabric_e_timeout'],
    ['2025/03/01 10:00:00 http error: Unable to query endpoint (err=Endpoint is down) (code=503)', 'NodeNotReady', 'err=endpoint is down'],
    ['==> Port scan timeout reached, no open ports detected. Bind your service to at least one port.', 'StartupProbeFailed', 'no open ports detected'],
    ['2025-03-01T10:00:00.0000000Z Site container: shop-webapp terminated during site startup.', 'PodDown', 'terminated during site startup'],
    ['Error: smoke checks for 1a2b3c4d5e6f78 failed: the app appears to be crashing', 'CrashLoopBackOff', 'the app appears to be crashing'],
    ['Error from slot1_9@worker-3: Job has gone over memory limit of 4096 megabytes. Peak usage: 4102 megabytes.', 'OOMKilled', 'has gone over memory limit'],
    ['pbs_mom startup failed, exit 1 aborting.', 'PodDown', 'pbs_mom startup failed'],
    ['Message[0] job cancelled - job preempted (node failure)', 'NodeNotReady', 'preempted (node failure)'],
    // Rounds 385-389: Karmada's scheduler and member clusters, Clusternet's, Open Cluster Management's
    // agent, Teleport's tunnel to a node, controller-runtime's informer, n8n's worker, Headscale's end.
    ['Error: the registration agent is not ready yet, please check it manually', 'NodeNotReady', 'registration agent is not ready'],
    ['    message: Clusternet agent stopped posting cluster status.', 'NodeNotReady', 'stopped posting cluster status'],
    ['ERROR: failed connecting to node shop-3. Teleport proxy failed to connect to "node" agent "@local-node" over reverse tunnel:', 'NodeNotReady', 'failed to connect to "node" agent'],
    ['E0301 10:00:00.000000       1 kind.go:68] "failed to get informer from cache" err="Timeout: failed waiting for *v1.Secret Informer to sync"', 'HighLatency', 'timeout: failed waiting for'],
    ['shop-worker | Error: Worker exiting due to an error.', 'PodDown', 'worker exiting due to an error'],
    ['2025-03-01T10:00:00+01:00 FTL cmd/headscale/cli/serve.go:29 > Headscale ran into an error and had to shut down. error="x"', 'PodDown', 'ran into an error and had to shut down'],
    // Rounds 390-394: Passenger's preloader, akka-camel's reply, EdgeX's dependencies, client-go's rate
    // limiter, Samba's client and the attach-detach controller out of time.
    ['[ E 2025-03-01 10:00:00.0000 16/Tq age/Cor/App/Implementation.cpp:304 ]: Could not spawn process for application /srv/shop: An error occurred while starting up the preloader: it did not write a startup response in time.', 'HighLatency', 'did not write a startup response in time'],
    ['[ERROR] [03/01/2025 10:00:00.000] [Shop-akka.actor.default-dispatcher-3] [akka://Shop/user/Orders] The OUT message was not received within: 20000 millis due reply message with correlationID: Camel-ID-1 not received on destination: temp-queue://ID:1.', 'HighLatency', 'message was not received within'],
    ['level=ERROR ts=2025-03-01T10:00:00.000000000Z app=device-shop source=init.go:112 msg="service dependency Metadata checking time out"', 'HighLatency', 'checking time out'],
    ['level=ERROR ts=2025-03-01T10:00:00.000000000Z app=device-shop source=init.go:149 msg=" edgex-core-data service not healthy..."', 'StartupProbeFailed', 'service not healthy'],
    ['Error: INSTALLATION FAILED: client rate limiter Wait returned an error: rate: Wait(n=1) would exceed context deadline', 'HighLatency', 'would exceed context deadline'],
    ['[10:00:00] WARNING: cli_push returned NT_STATUS_IO_TIMEOUT', 'HighLatency', 'nt_status_io_timeout'],
    ['E0301 10:00:00.000000       1 operation_generator.go:400] AttachVolume.Attach failed for volume "shop-data" : attachdetachment timeout for volume shop-data', 'HighLatency', 'attachdetachment timeout'],
    // Rounds 395-399: the Datadog Cluster Agent's checks with no node, its trace agent's gateway, RoadRunner's
    // pool, Swoole's workers, wandb's client, Feast's serving, Windows' service control manager.
    ['2025-03-01 10:00:00 UTC | CLUSTER | WARN | (pkg/clusteragent/clusterchecks/dispatcher_main.go:136 in add) | No available node to dispatch http_check:1a2b3c4d on, will retry later', 'SchedulingBlocked', 'no available node to dispatch'],
    ['2025-03-01 10:00:00 ERROR (endpoint.go:155) - request to https://trace.shop.test/api/v0.1/collector responded with 504 GATEWAY_TIMEOUT', 'HighLatency', 'responded with 504'],
    ['shop | 2025-03-01T10:00:00.000Z  WARN  server  server/plugin.go:208  no free workers in pool {"error": "static_pool_exec_with_context: NoFreeWorkers: worker_watcher_get_free_worker: no free workers in the container, timeout exceed"}', 'HighLatency', 'no free workers in the container, timeout exceed'],
    ['[2025-03-01 10:00:00 $18061.0]  WARNING Server::check_worker_exit_status(): worker(pid=18068, id=2) abnormal exit, status=0, signal=11', 'PodDown', 'abnormal exit, status='],
    ['wandb: Network error (ConnectTimeout), entering retry loop.', 'HighLatency', 'network error (connecttimeout)'],
    ['wandb: Network error (ReadTimeout), entering retry loop.', 'HighLatency', 'network error (readtimeout)'],
    ['2025-03-01 10:00:00.000 ERROR feast-serving-1a2b3c --- [nio-8080-exec-6] f.s.h.HealthHttpService : not ready: unable to connect to core service', 'StartupProbeFailed', 'not ready: unable to connect to'],
    ['{"Source": "EventLog","LogEntry": {"Time": "2025-03-01T10:00:00.000Z","Channel": "System","Level": "Error","EventId": 7023,"Message": "The Shop service terminated with the following error: The system cannot find the file specified."}}', 'PodDown', 'service terminated with the following error'],
    // Rounds 400-404: Boulder's gRPC health checks.
    ['shop-ca-1  | got error connecting to health service ra1.shop:9094: grpc.health.v1.Health.Check timed out after 10000 ms', 'StartupProbeFailed', 'health.check timed out'],
    // Rounds 405-409: a chassis' line card lost, monit's process gone, DAOS' RPCs, Kill Bill's retries,
    // YunoHost's service actions, Diesel's pool.
    ['2025 Mar  1 10:00:00.000000 shop-sw1 ERR sr_device_mgr: Unable to reach slot 3 (Linecard) via Midplane', 'NodeNotReady', 'unable to reach slot'],
    ["Mar  1 10:00:00.000000 shop-sw1 ERR monit[546]: 'swss|orchagent' status failed (1) -- '/usr/bin/orchagent' is not running in host", 'PodDown', 'is not running in host'],
    ["03/01-10:00:00.00 shop-3 DAOS[4411/4412/0] hg   WARN src/cart/crt_hg.c:1376 crt_hg_req_send_cb(0x7f58c4011840) [opc=0x2070014 (DAOS_POOL_MODULE:POOL_TGT_QUERY_MAP)] RPC failed; rc: DER_TIMEDOUT(-1011): 'Time out'", 'HighLatency', 'der_timedout'],
    ['2025-03-01 10:00:00,000 [qtp1169015699-35] WARN  o.k.b.p.c.s.c.OperationControlCallback - RetryOperationCallback call TIMEOUT for account 1a2b3c4d', 'HighLatency', ' call timeout for '],
    ["2025-03-01 10:00:00,000: WARNING - The service shop-worker didn't fully execute the action start before the timeout.", 'HighLatency', "didn't fully execute"],
    ['shop_api_1  | QueryBuilderError(Timeout(Wait))', 'HighLatency', 'timeout(wait)'],
    // Rounds 410-414: database managers' health checks and lost members, services gone, timeouts in
    // Kamailio's, Cadence's and sparklyr's words.
    ['2025-03-01 10:00:00.000: watchdog pid 4242: DETAIL:  No heartbeat signal from node', 'NodeNotReady', 'no heartbeat signal from node'],
    ['Mar  1 10:00:00 shop-orc orchestrator[4242]: 2025-03-01 10:00:00 ERROR Health test is failing for over 5 seconds. raft yielding', 'StartupProbeFailed', 'health test is failing'],
    ['2025-03-01 10:00:00: pid 201: DETAIL:  health check timer expired', 'StartupProbeFailed', 'health check timer expired'],
    ['shop-sonar | ERROR: Elasticsearch did not exit normally - check the logs at /opt/sonarqube/logs/sonarqube.log', 'PodDown', 'did not exit normally'],
    ['Service policy_engine (shop-quickstart, http://shop-policy-engine:8228): down (orphaned)', 'PodDown', '): down (orphaned)'],
    ['Mar  1 10:00:00 shop-sip opensips[4242]: CRITICAL:core:handle_worker: dead child 16 (EOF received), pid 4241', 'PodDown', ': dead child '],
    ['2025-03-01 10:00:00,000 ERROR [-] (PID=4242) ST2 API quit due to exception.', 'PodDown', 'quit due to exception'],
    ["Session 3 unexpectedly reached final status 'error'. See logs:", 'PodDown', 'unexpectedly reached final status'],
    ['SparkApplicationFailed   12m   spark-operator  SparkApplication shop-etl failed: Driver Pod not found', 'PodDown', 'sparkapplicationfailed '],
    ['Mar  1 10:00:00 shop-sip /usr/sbin/kamailio[201]: CRITICAL: <core> [core/tcp_main.c:5544]: tcp_timer_check_connections(): message processing timeout on connection id: 4242 (state: 3) - closing', 'HighLatency', 'message processing timeout'],
    ['code:deadline-exceeded message:timeout', 'HighLatency', 'code:deadline-exceeded'],
    ['Failed to launch livy session, session status is still starting after waiting for 60 seconds', 'HighLatency', 'still starting after waiting for'],
    // Rounds 415-419: SPIRE's health subsystem, Packer's builders, Terraform's error box.
    ['level=error msg="Health check has failed" check=agent error="subsystem is not live or ready" subsystem_name=health', 'StartupProbeFailed', 'health check has failed'],
    ['2025/03/01 10:00:00 packer: 2025/03/01 10:00:00 Timeout connecting to 10.0.0.42', 'HighLatency', 'timeout connecting to'],
    ['│ Error: timeout: <nil>', 'HighLatency', '│ error: timeout'],
    // Rounds 420-424: Nuclio's CLI and django-health-check, Cells Sync's client and GLAuth's ping.
    ["Error - Container wasn't healthy in time", 'StartupProbeFailed', "wasn't healthy in time"],
    ['ERROR:health-check:unavailable: Database is not ready', 'StartupProbeFailed', 'health-check:unavailable'],
    ['2025-03-01T10:00:00.000-0500\tERROR\thttp-server\tRequest error :cannot connect (408 Timeout): the gRPC port may not be correctly opened in the server', 'HighLatency', '(408 timeout)'],
    ['Sat, 01 Mar 2025 10:00:00 +0000 WRN doPing after timeout', 'HighLatency', 'doping after timeout'],
    // Rounds 425-429: a watchdog's heartbeat and a quickstart's check, proxies' and clients' timeouts,
    // Squid ending and its helpers crashing, Hue's supervisor giving up.
    ['traffic_cop[4242]: server heartbeat failed [1]', 'StartupProbeFailed', 'server heartbeat failed'],
    ['- shop-gms is running but not healthy', 'StartupProbeFailed', 'is running but not healthy'],
    ['01/Mar/2025:10:00:00 +0000 PID4242 [WARN] shrpx_http_downstream_connection.cc:75 [DCONN:0x7f6f202e1c80] Connect time out; addr=127.0.0.1:8080', 'HighLatency', 'connect time out'],
    ['---- c1   30.5 HTTP rx timeout (fd:12 30000 ms)', 'HighLatency', 'http rx timeout'],
    ['org.apache.zeppelin.interpreter.InterpreterException: java.io.IOException: Launching zeppelin interpreter on kubernetes is time out, kill it now', 'HighLatency', 'is time out'],
    ['fatal: [shop-1]: FAILED! => {"changed": false, "msg": "Failed to build the shop cluster. Task Status is TIMEDOUT."}', 'HighLatency', 'status is timedout'],
    ['Squid Cache (Version 4.13): Terminated abnormally.', 'PodDown', '): terminated abnormally'],
    ['FATAL: The redirector helpers are crashing too rapidly, need help!', 'CrashLoopBackOff', 'crashing too rapidly'],
    ['[01/Mar/2025 10:00:00 ] supervisor   ERROR    Process /usr/share/hue/build/env/bin/hue kt_renewer has restarted more than 3 times in the last 12 seconds', 'CrashLoopBackOff', 'has restarted more than'],
    // Rounds 430-434: Podman's health check, timeouts in Postfix's, freshclam's, ptp4l's, FreeIPMI's and
    // wasmCloud's words, SONiC's exit listener, Krustlet's image pull.
    ['Error: healthcheck command exceeded timeout of 0s', 'StartupProbeFailed', 'healthcheck command exceeded timeout'],
    ['Mar  1 10:00:00 shop-mail postfix/smtpd[4242]: warning: timeout talking to proxy inet:[127.0.0.1]:10024', 'HighLatency', 'timeout talking to'],
    ['ptp4l[4242.239]: port 1: delay timeout', 'HighLatency', ': delay timeout'],
    ['error running bmc-info: exit status 1: ipmi_cmd_get_device_id: driver timeout', 'HighLatency', ': driver timeout'],
    ['10:00:00.574 span_id=050d647f6fbbea35 trace_id=397b4418ba479fc6 [error] Timeout attempting to perform RPC invocation', 'HighLatency', 'timeout attempting to'],
    ["ERR dhcp_server#supervisor-proc-exit-listener: Process 'kea-dhcp4' is not running in namespace 'host' (8.0 minutes).", 'PodDown', 'is not running in namespace'],
    ['Mar  1 10:00:00.313 ERROR kubelet::state::common::image_pull: error=unsupported media type: application/vnd.docker.distribution.manifest.list.v2+json', 'ImagePullBackOff', 'image_pull: error='],
    // Rounds 435-439: LINSTOR's placement, Corosync's membership and kronosnet's links, CloudStack's KVM
    // host, QEMU's and KubeVirt's crashed guests, BGP's hold timer, a VPP agent's API call, systemd's
    // watchdog, Nav2's costmaps, MoveIt's client.
    ['10:00:00.523 [MainWorkerPool-1] ERROR LINSTOR/Controller - SYSTEM - Not enough available nodes', 'SchedulingBlocked', 'not enough available nodes'],
    ['Mar  1 10:00:00 shop-ha-1 corosync[374]:   [TOTEM ] Failed to receive the leave message. failed: 2', 'NodeNotReady', 'failed to receive the leave message'],
    ['Mar  1 10:00:00 [4242] shop-ha-1 corosync warning [KNET  ] host: host: 2 has no active links', 'NodeNotReady', 'has no active links'],
    ['2025-03-01 10:00:00,022 WARN  [c.c.a.m.AgentManagerImpl] (AgentTaskPool-10:ctx-c383007c) Investigating why host Host {"id":1,"name":"shop-kvm-1","type":"Routing"} has disconnected with event PingTimeout', 'NodeNotReady', 'disconnected with event pingtimeout'],
    ['2025-03-01 10:00:00.354+0000: shutting down, reason=crashed', 'PodDown', 'shutting down, reason=crashed'],
    ['level=error msg="DomainLifecycle event Domain event="stopped" detail="failed" with event id 5 reason 5 received"', 'PodDown', 'event="stopped" detail="failed"'],
    ['level=error msg="kubevirt domain status: Shutoff(5):Crashed(3)"', 'PodDown', 'shutoff(5):crashed('],
    ['2025/03/01 10:00:00 BGP: [HZN6M-XRM1G] %NOTIFICATION: sent to neighbor 10.0.0.1 4/0 (Hold Timer Expired) 0 bytes', 'HighLatency', 'hold timer expired'],
    ['time="2025-03-01T10:00:00Z" level=warning msg="hold timer expired" Key=10.0.0.2 State=BGP_FSM_ESTABLISHED Topic=Peer', 'HighLatency', 'hold timer expired'],
    ['time="2025-03-01 10:00:00.18402" level=error msg="no reply received within the timeout period 1s" logger=vpp-ifplugin.if-descriptor', 'HighLatency', 'within the timeout period'],
    ['Mar  1 10:00:00 shop-rtr-1 systemd[1]: frr.service: Watchdog timeout (limit 1min)!', 'HighLatency', ': watchdog timeout (limit '],
    ['[component_container_isolated-7] [ERROR] [1740823200.785244117] [global_costmap.global_costmap]: Failed to activate global_costmap because transform from base_link to map did not become available before timeout', 'HighLatency', 'did not become available before timeout'],
    ["[ERROR] [1740823200.372082965]: Unable to connect to move_group action server 'move_group' within allotted time (30s)", 'HighLatency', 'within allotted time'],
    // Rounds 440-444: SONiC's exit listener, Folding@home's core, OctoPrint's serial line, Podman's pull events.
    ['Mar  1 10:00:00.322615 shop-sw1 ERR telemetry#supervisor-proc-exit-listener: Process telemetry exited unxepectedly. Terminating supervisor...', 'PodDown', 'exited unxepectedly. terminating supervisor'],
    ['10:00:00:WARNING:WU00:FS01:FahCore returned an unknown error code which probably indicates that it crashed', 'PodDown', 'probably indicates that it crashed'],
    ['Communication timeout while printing, trying to trigger response from printer. Configure long running commands or increase communication timeout if that happens regularly.', 'HighLatency', 'communication timeout while'],
    ['Mar  1 10:00:00 shop-host podman[4242]: 2025-03-01 10:00:00.5920341 +0000 UTC m=+0.036263801 image pull-error  shop-web:4.2 short-name resolution enforced but cannot prompt without a TTY', 'ImagePullBackOff', 'image pull-error '],
    // Rounds 445-449: libreswan's control tool, RustDesk's self-test, MeshCentral's watchdog.
    ['ERROR whack: Pluto is not running (no "/run/pluto/pluto.ctl")', 'PodDown', 'whack: pluto is not running'],
    ['[2025-03-01 10:00:00.895925 +00:00] ERROR [src/rendezvous_server.rs:173] Failed to run hbbs test with 0.0.0.0:21116: Timeout of test_hbbs', 'HighLatency', 'timeout of test_hbbs'],
    ['2025/3/1 10:00:00: Watchdog timer timeout, 3394ms.', 'HighLatency', 'watchdog timer timeout'],
    // Rounds 450-454: readsb's stop, Nutify's check on NUT's daemons, SoapySDR's reads, a sync client's socket.
    ['Mar  1 10:00:00 shop-radio readsb[4242]: [2025-03-01 10:00:00.451 GMT] Abnormal exit.', 'PodDown', 'abnormal exit.'],
    ['[2025-03-01 10:00:00] Process upsd not found', 'PodDown', 'process upsd not found'],
    ['[2025-03-01 10:00:01] Process upsmon not found', 'PodDown', 'process upsmon not found'],
    ['openwebrx    | WARNING: SoapySDR::Device::readStream timeout!', 'HighLatency', 'readstream timeout'],
    ['[10:00:00.098] ⚠️ [RealtimeProgressSync] Auth timeout - no init or auth_failed received', 'HighLatency', 'auth timeout - no init'],
    // Rounds 455-459: PHP's memory limit, an image's service supervisor giving up.
    ['PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/app/vendor/composer/autoload_classmap.php on line 45482', 'OOMKilled', 'bytes exhausted (tried to allocate'],
    ["2025-03-01.10:00:36 [ERROR] ** [php-fpm] POTENTIAL RUNWAY DETECTECTED: Disabling 20-php-fpm service because it has tried restarting '50' times", 'CrashLoopBackOff', "because it has tried restarting '"],
    // Rounds 460-464: StartOS on a service that ended, freqtrade on ccxt's timeout, IoTaWatt's uploader.
    ['2025-03-01T10:00:00.610461Z ERROR startos::manager::manager_container: The service shop-db has crashed with the following exit code: 1', 'PodDown', 'has crashed with the following exit code'],
    ['2025-03-01 10:00:00,409 - freqtrade.exchange.common - WARNING - _load_async_markets() returned exception: "Error in reload_markets due to RequestTimeout. Message: shop GET https://api.shop.example/api/v4/spot/currencies". Retrying still for 3 times.', 'HighLatency', 'due to requesttimeout'],
    ['3/1/25 10:00:00 EmonService: POST failed. HTTP code:read Timeout', 'HighLatency', 'http code:read timeout'],
    // Rounds 465-474: zeekctl, Azure App Service, SQL Server on Linux, OpenTripPlanner's A* search, ClusterODM.
    ['Error: zeek terminated immediately after starting; check output with "diag"', 'PodDown', 'terminated immediately after starting'],
    ['2025-03-01T10:00:43.838Z ERROR - multi-container unit was not started successfully', 'PodDown', 'unit was not started successfully'],
    ['This program has encountered a fatal error and cannot continue running at Sat Mar  1 10:00:10 2025', 'PodDown', 'fatal error and cannot continue running'],
    ['10:00:45.615 WARN (AStar.java:233) Search timeout. origin=<Shop St._14.45,121.04 lat,lng=14.45,121.04> target=<path_14.56,121.01 lat,lng=14.56,121.01>', 'HighLatency', 'search timeout. origin='],
    ["[ERROR]   Cluster node seems to be offline: HTTPConnectionPool(host='10.0.0.7', port=3001): Max retries exceeded with url: /info (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))", 'NodeNotReady', 'cluster node seems to be offline'],
    // Rounds 475-479: sqlx's pool, Friendica's worker watchdog, CubeCoders AMP.
    ['[backend] Database connection failed: Conn(SqlxError(PoolTimedOut))', 'HighLatency', 'pooltimedout'],
    ['2025-03-01T10:00:47Z worker [WARNING]: Worker process took too much time - killed {"duration":"186.117","max":180,"id":4242,"pid":4243,"command":"UpdateServerPeers"}', 'HighLatency', 'took too much time - killed'],
    ['ADS logged stopped instance ShopServer01 - exit code -1 (CATASTROPHIC_FAILURE)', 'PodDown', '(catastrophic_failure)'],
    // Rounds 480-484: the DevWorkspace operator's step timeout, JupyterHub's slow spawn, Gitpod's workspace pod.
    ["shop-ws   workspace0c1d2e3f4a5b6c7d   Failed   DevWorkspace failed to progress past step 'Waiting for workspace deployment' for longer than timeout (5m)", 'HighLatency', 'for longer than timeout ('],
    ['Mar  1 10:00:33 hub-1 python3[4411]: [W 2025-03-01 10:00:33.210 JupyterHub base:714] User ana is slow to start (timeout=10)', 'HighLatency', 'is slow to start (timeout='],
    ['workspace pod never reached Running state: cannot schedule pod due to out of resources, reason: OutOfcpu', 'SchedulingBlocked', 'cannot schedule pod'],
    // Rounds 485-489: an SMTP server's idle timeout as its client quotes it, LXD's start, KubeVirt's crash event.
    ['[2025-03-01 10:00:03] Processing default mailer... Expected response code 250 but got code "451", with message "451 Timeout - closing connection', 'HighLatency', '451 timeout - closing connection'],
    ['EROR[03-01|10:00:58] Failed starting container                action=start creation date=2025-03-01T09:06:46+0000 ephemeral=false name=shop stateful=false', 'PodDown', 'failed starting container'],
    ['109s        Warning   Stopped                      VirtualMachineInstance   The VirtualMachineInstance crashed.', 'PodDown', 'virtualmachineinstance crashed'],
    // Rounds 490-494: Ray's worker killed for its node's memory, a Redis replica's master silent, gRPC's keepalive.
    ['[2025-03-01 10:00:21,685 W 921 921] (gcs_server) gcs_worker_manager.cc:55: Reporting worker exit, worker id = 6c40, node id = ffff, address = , exit_type = NODE_OUT_OF_MEMORY, exit_detail = Task was killed due to the node running low on memory.', 'OOMKilled', 'node_out_of_memory'],
    ['Mar  1 10:00:55 keydb-server[2905]: 2905:S 01 Mar 2025 10:00:55.834 # MASTER timeout: no data nor PING received...', 'HighLatency', 'master timeout: no data nor ping received'],
    ['Mar  1 10:00:20 ci-1 woodpecker-agent[672]: {"level":"warn","error":"rpc error: code = Unavailable desc = keepalive ping failed to receive ACK within timeout","time":"2025-03-01T10:00:20+01:00","message":"grpc error: report_health(): code: Unavailable"}', 'HighLatency', 'failed to receive ack within timeout'],
    // Rounds 495-499: Nova with no host for an instance (a registry on the retired v1 protocol: with rounds 601-604).
    ['2025-03-01 10:00:28 ubuntu elasticluster[8873] WARNING Could not start VM instance `shop-compute001` (0971371f-1497-4985-8726-e516a0752993): No valid host was found.  Deleting it.', 'SchedulingBlocked', 'no valid host was found'],
    // Rounds 500-504: Quickwit's actors, a crawler's page load, NCCL's collectives, Ray's nodes, raylet and GPU
    // placement, a segfault handler.
    ['2025-03-01T10:00:50.374Z ERROR quickwit_actors::actor_handle: actor-timeout actor="Indexer-shop-x2k4"', 'HighLatency', 'actor-timeout actor='],
    ['2025-03-01T10:00:37.610Z error: [Crawler][42] Crawling job failed: Error: page.goto: net::ERR_TIMED_OUT at https://shop.example.com/', 'HighLatency', 'net::err_timed_out'],
    ['[rank3]:[E301 10:00:56.147769383 ProcessGroupNCCL.cpp:1709] [PG 0 (default_pg) Rank 3] Timeout at NCCL work: 1200, last enqueued NCCL work: 1200, last completed NCCL work: 1199.', 'HighLatency', 'timeout at nccl work'],
    ['ray.exceptions.ActorDiedError: The actor is dead because its node has died. Node Id: 8a1f0c2e', 'NodeNotReady', 'because its node has died'],
    ['2025-03-01 10:00:17,632\tWARNING autoscaler.py:571 -- StandardAutoscaler: shop-worker-gpu-x2k4q: No recent heartbeat, restarting Ray to recover...', 'NodeNotReady', 'no recent heartbeat, restarting ray'],
    ['2025-03-01 10:00:52,374\tERROR gpu_utils.py:114 -- No enough unused GPU cards for any VMs of pool shop-frozen-vms', 'SchedulingBlocked', 'no enough unused gpu cards'],
    ['[2025-03-01 10:00:12,951 E 482 510] (raylet) agent_manager.cc:111: The raylet exited immediately because the Ray agent failed.', 'PodDown', 'raylet exited immediately'],
    ['PID 4242 received SIGSEGV for address: 0x18', 'PodDown', 'received sigsegv for address'],
    // Rounds 505-509: Ignite's ring, illumos' service manager, dnsmasq at start, Citus' connections.
    ['[2025-03-01 10:00:15.922] [WARN ] [disco-event-worker-#49%shop%] Local node SEGMENTED: TcpDiscoveryNode [id=62635b50, consistentId=shop-ignite-1, isClient=false]', 'NodeNotReady', 'local node segmented'],
    ['svc:/application/shop:default (Shop API) Reason: Restarting too quickly.', 'CrashLoopBackOff', 'restarting too quickly'],
    ['[ Mar  1 10:00:28 Stopping because all processes in service exited. ]', 'PodDown', 'stopping because all processes in service exited'],
    ['Mar  1 10:00:38 shop-dns dnsmasq[2721]: FAILED to start up', 'PodDown', 'failed to start up'],
    ['WARNING:  could not establish connection after 5000 ms', 'HighLatency', 'could not establish connection after'],
    // Rounds 510-514: Node's MySQL client, LiveKit's client, Bitnami's installer.
    ['[2025-03-01 10:00:56.353] [ERROR] console - Fatal MySQL error: Error: Query inactivity timeout', 'HighLatency', 'query inactivity timeout'],
    // Rounds 515-519: FrankenPHP's workers, `pm2 list`, Supabase's CLI, EMQX's start script, Firebase's emulators.
    ['{"level":"error","ts":1740823502.71,"msg":"unexpected termination, restarting","worker":"/app/public/index.php","exit_status":255}', 'CrashLoopBackOff', 'unexpected termination, restarting'],
    ['{"level":"panic","ts":1740823573.53,"logger":"frankenphp","msg":"too many consecutive worker failures","worker":"/app/public/index.php","failures":6}', 'CrashLoopBackOff', 'too many consecutive worker failures'],
    ['│ shop     │ 0  │ fork │ 0   │ errored │ 15      │ 0      │ 0%  │ 0 B    │ disabled │', 'CrashLoopBackOff', '│ errored │'],
    ['service not healthy: [supabase_rest_shop supabase_edge_runtime_shop]', 'StartupProbeFailed', 'service not healthy'],
    ["['2025-03-01T10:00:29Z']:emqx not running, waiting for recovery in 20 seconds", 'PodDown', 'not running, waiting for recovery'],
    ['[error] Error: TIMEOUT: Port 5001 on localhost was not active within 5000ms', 'HighLatency', 'was not active within'],
    ['2025-03-01T10:00:12.000Z\tERROR\tlivekit-cli\tcould not connect after timeout', 'HighLatency', 'could not connect after timeout'],
    ["shop_1  | Error executing 'postInstallation': Timeout: did not get to load all resources on this page", 'HighLatency', 'timeout: did not get to load'],
    // Rounds 520-524: CoreDNS' health plugin and EKS' pod identity agent on checks a timeout failed, Weave's
    // script, the Datadog Agent's supervisor.
    ['shop-dns-5fbf6db84-28lll coredns [WARNING] plugin/health: Local health request to "http://:8080/health" failed: Get "http://:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'StartupProbeFailed', ' health request to '],
    ['{"client-addr":"127.0.0.1:43708","level":"warning","msg":"Failed probe: Get \\"http://169.254.170.23:80\\": context deadline exceeded","time":"2025-03-01T10:00:10Z"}', 'StartupProbeFailed', 'failed probe: '],
    ["The shopproxy container has died. Consult the logs with 'docker logs shopproxy' for further details.", 'PodDown', ' container has died'],
    ['Shop Agent (supervisor) is NOT running all child process[FAILED]', 'PodDown', 'not running all child process'],
    // Rounds 525-529: Talos' OOM controller, a Rust proxy's timeout in its debug form, dockerd on its containerd.
    ['[talos] OOM controller triggered', 'OOMKilled', 'oom controller triggered'],
    ['shop-proxy-5698f79b66-8rczl conduit-proxy ERR! conduit_proxy::map_err turning service error into 500: Inner(Timeout(Duration { secs: 10, nanos: 0 }))', 'HighLatency', 'timeout(duration {'],
    ['ERRO[2025-03-01T10:00:16.068413882+08:00] containerd did not exit successfully          error="signal: aborted (core dumped)" module=libcontainerd', 'PodDown', ' did not exit successfully'],
    // Rounds 530-534: ingress-nginx's check of its nginx, RKE's of the control plane and etcd, S3's timeout.
    ['E0301 10:00:26.600460       6 checker.go:45] healthcheck error: Get http+unix://nginx-status/healthz: dial unix /tmp/nginx-status-server.sock: connect: no such file or directory', 'StartupProbeFailed', 'healthcheck error: '],
    ['2025/03/01 10:00:29 [ERROR] cluster [c-5lfbg] provisioning: [controlPlane] Failed to bring up Control Plane: Failed to verify healthcheck: Service [kube-apiserver] is not healthy on host [10.0.3.28]. Response code: [403]', 'StartupProbeFailed', 'failed to verify healthcheck'],
    ['FATA[0035] [etcd] Failed to bring up Etcd Plane: [etcd] Etcd Cluster is not healthy', 'StartupProbeFailed', 'cluster is not healthy'],
    ['10:00:51.994 got error Your socket connection to the server was not read from or written to within the timeout period. when PutBlob(s14aa25c6) (#0), sleeping for 100ms before retrying', 'HighLatency', 'within the timeout period'],
    // Rounds 535-539: Greengrass on a Lambda worker that ended.
    // Rounds 540-544: a Java client's idle timeout.
    ['java.io.IOException: Timeout due to inactivity (30000 MILLISECONDS)', 'HighLatency', 'timeout due to inactivity'],
    ['[2025-03-01T10:00:08.789Z][ERROR]-Worker is ungracefully killed.\t{"workerId": "d174f4c7", "funcArn": "arn:aws:lambda:us-west-2:000000000000:function:shop:2", "state": "exit status 1"}', 'PodDown', 'ungracefully killed'],
  ] as const)('%j is %s by its phrase, and by nothing else of its class (the check can fail)', (line, failure, phrase) => {
    expect(detect(line)).toBe(failure);
    expect(phraseEvidence(line, failure, phrase)).toEqual({ own: true, classified: failure, others: [] });
  });

  it.each([
    // A registry call that got no answer, as dockerd and a client report it, on the v2 and v1 APIs.
    ['Error response from daemon: Get "https://registry.example.com/v2/shop/web/manifests/4.2": net/http: TLS handshake timeout', 'ImagePullBackOff', '/v2/'],
    ['failed to do request: Head "https://registry.example.com:5000/v2/shop/web/blobs/sha256:ab12": x509: certificate has expired', 'ImagePullBackOff', '/v2/'],
    ['Get https://registry.example.com/v1/repositories/shop/web/tags/latest: dial tcp 10.0.0.9:443: i/o timeout', 'ImagePullBackOff', '/v1/'],
    // A browser's console on a request the gateway gave up on.
    ['app.js:1042 POST https://shop.example.com/api/cart 504 ()', 'HighLatency', ' 504 ('],
    // Rounds 104-108: a pod that ended in failure as `kubectl run` reports it, a Jenkins agent's
    // container ended with an error, npm's network error for a socket that timed out.
    ['pod shop/migrate-db terminated (Error)', 'PodDown', 'terminated ('],
    ['ci/build-4411-x2k9q Container jnlp was terminated (Exit Code: 1, Reason: Error)', 'PodDown', 'was terminated (exit code: '],
    ['#7 41.02 npm ERR! network Socket timeout', 'HighLatency', 'timeout'],
    // Rounds 109-113: a trainer's worker, timeouts with their time and with what they cut short, resolvers with no answer, a
    // client's own slow mark.
    ['(TorchTrainer pid=4411) Worker 2 has failed.', 'PodDown', ' has failed'],
    ['2025-03-01 10:00:00.000 P00  ERROR: [042]: repo1: timeout after 60000ms waiting for read from 10.0.0.9:3000', 'HighLatency', 'timeout after '],
    ['[2025-03-01 10:00:00 UTC] DnsClient failed to resolve the request: no response from name servers.', 'HighLatency', 'no response from '],
    ['2025/03/01 10:00:00 ==> REQUEST/RESPONSE (Try=1/45.2s[SLOW >3s], OpTime=45.2s) -- RESPONSE STATUS CODE ERROR', 'HighLatency', '[slow >'],
    ['2025/03/01 10:00:00 pool/main/x.deb: Failed to copy: Timeout when reading or writing data', 'HighLatency', 'timeout'],
    // Lines read by fitted phrases before (`failed timeout after`, `critical - socket timeout`,
    // `timeout while connecting`, `http 599: timeout`), now by the timeout shapes.
    ['ERROR:tornado.application:Fetch https://api.internal/v1/items failed: HTTP 599: Timeout during request', 'HighLatency', 'timeout'],
    ['rpc error: code = Unknown desc = `kustomize build .` failed timeout after 1m30s`.', 'HighLatency', 'timeout after '],
    ['CRITICAL - Socket timeout after 10 seconds', 'HighLatency', 'timeout after '],
    ['2025-03-01 10:00:00 #12(normal) <a1b2c3>; lua; lua_redis.lua:900: cannot connect to 10.0.0.5: timeout while connecting the server', 'HighLatency', 'timeout'],
    // Rounds 114-118: the scheduler's `(s)` wording, a timeout as an exception's type name, a request
    // logger's slow mark, a server that could not answer in time.
    // The scheduler's `(s)` wording for what it filtered out, for nodes or member clusters.
    ['1 generic_scheduler.go:123] Cluster "east-2" is not fit, reason: cluster(s) didn\'t match the placement cluster affinity constraint', 'SchedulingBlocked', '(s) '],
    // ... which also reads the taint reason quoted on its own (a phrase fitted to it before is gone).
    ["reason: node(s) had taints that the pod didn't tolerate", 'SchedulingBlocked', '(s) '],
    // A timeout as an exception's type name after its namespace (Fluentd's Ruby HTTP client).
    ['2025-03-01 10:00:00 +0000 [warn]: #0 failed to flush the buffer. retry_time=1 error_class=Net::HTTP::Persistent::Error error="too many connection resets (due to Net::ReadTimeout - Net::ReadTimeout)"', 'HighLatency', 'timeout'],
    // Gitea's router marking a request slow, and an API that says it could not answer in time.
    ['2025/03/01 10:00:00 ...eb/routing/logger.go:68:func1() [W] router: slow      POST /api/actions/runner.v1.RunnerService/FetchTask for 10.0.0.7:4711, elapsed 3565.5ms @ <autogenerated>:1(http.Handler.ServeHTTP-fm)', 'HighLatency', 'slow '],
    ["Error: We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request.", 'HighLatency', ' in time'],
    // Lines no round holds, from programs no round drew on: Volcano's scheduler, a Ruby job's
    // connect, Gogs' router.
    ['W0301 10:00:00.000000 1 allocate.go:120] task shop/train-0 not placed: 3 node(s) were unschedulable', 'SchedulingBlocked', '(s) '],
    ['E, [2025-03-01T10:00:00.000000 #12] ERROR -- : webhook delivery failed: Net::OpenTimeout', 'HighLatency', 'timeout'],
    ['2025/03/01 10:00:00 router: slow GET /shop/web/archive/main.zip for 10.0.0.1:0, elapsed 6012.4ms', 'HighLatency', 'slow '],
    // Rounds 119-123: a dead backend's record, a host's crash handlers, BuildKit's pull, `status 504`
    // in any words, `=> ` before a timeout.
    ['2025-03-01 10:00:00,000 WARN (replayer|87) [Backend.handleHbResponse():731] Backend [id=10004, host=be-1.be.olap.svc.cluster.local, heartbeatPort=9050, alive=false, lastStartTime=2025-03-01 09:00:00]', 'NodeNotReady', 'alive=false'],
    ['Mar  1 10:00:00 be-1 systemd-coredump[4411]: Process 4410 (starrocks_be) of user 0 dumped core.', 'PodDown', ' of user '],
    ['Mar  1 10:00:00 be-1 abrt-hook-ccpp: Process 4410 (starrocks_be) of user 1000 killed by SIGSEGV - dumping core', 'PodDown', ' of user '],
    ['#4 ERROR: pulling from host registry-1.docker.io failed with status code [manifests 3.19]: 429 Too Many Requests', 'ImagePullBackOff', 'pulling from host '],
    ['error: build error: Failed to push image: Error: Status 504 trying to push repository shop/web', 'HighLatency', '504'],
    ['error: fetch failed after 0 rows: APIError: Unexpected (temporary) at Reader::read, context: { timeout: 60 } => operation timeout', 'HighLatency', 'timeout'],
    // Rounds 124-128: a request for memory refused, the Docker event stream's OOM status in any
    // layout, a worker node heard from no more, a host a monitoring server cannot reach, a call
    // not done within its time or cut short by a timeout, a timeout quoted inside a quoted value.
    ['10:00:00.000 [SyncThread-0-1] ERROR org.example.journal.JournalServer - Unable to allocate memory, exiting journal', 'OOMKilled', 'allocate '],
    ['2025-03-01T10:00:00.00+0000 [APP/PROC/WEB/0] ERR Resource exhaustion event: the JVM was unable to allocate memory from the heap.', 'OOMKilled', 'allocate '],
    ['Type=container  Status=oom  ID=7f3a9c2e1b4d5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1', 'OOMKilled', 'oom'],
    ['{"status":"oom","id":"1a2b3c4d5e6f","from":"shop/web:3","time":1740823200,"timeNano":1740823200000000000}', 'OOMKilled', 'oom'],
    ['2025-03-01 10:00:00,000 ERROR DefaultBlockMaster - The worker 4411(WorkerNetAddress{host=10.0.0.12, rpcPort=29999}) timed out after 300000ms without a heartbeat!', 'NodeNotReady', 'heartbeat'],
    ['4411:20250301:100000.000 temporarily disabling Zabbix agent checks on host "worker-3": host unavailable', 'NodeNotReady', 'checks on host'],
    ['2025-03-01 10:00:00.000 ERROR --- [pool-2-thread-1] org.example.indexers.Newznab : [Search: 42] indexer-1: An unexpected error occurred while communicating with the indexer: Indexer did not complete request within 20 seconds', 'HighLatency', ' within '],
    ['org.example.db.FragmentFailureException: FragmentInstance 20250301_100000_00001_1.1.0 is aborted by timeout', 'HighLatency', 'timeout'],
    ['Unable to create order due to timeout from one of the services', 'HighLatency', 'timeout'],
    ['ts=2025-03-01T10:00:00Z lvl=error msg="[500] - \\"timeout\\"" log_id=0AbC service=httpd', 'HighLatency', 'timeout'],
    // Lines no round holds, from programs no round drew on: git under memory pressure, Zabbix' SNMP
    // checks, a search client's own words.
    ['error: fork/exec /usr/bin/git: cannot allocate memory', 'OOMKilled', 'allocate '],
    ['4411:20250301:100000.000 temporarily disabling SNMP checks on host "switch-2": host unavailable', 'NodeNotReady', 'checks on host'],
    ['WARN search: the cluster did not respond within 30 seconds, giving up', 'HighLatency', ' within '],
    // Rounds 129-133: an activity out of one of its time limits, a runner's process that exited with an
    // error, a registry's error status on a pull, a gateway's upstream that reached its timeout.
    ['2025-03-01T10:00:00.000Z\tERROR\thello/hello.go:53\tActivity failed:\t{"WorkflowType": "main.Orders", "error": "TimeoutType: START_TO_CLOSE"}', 'HighLatency', 'timeout'],
    ['10:00:00.000 | ERROR   | prefect.flow_runs.runner - Process 4411 exited with status code: 1', 'PodDown', 'exited with '],
    ["Reported flow run '1a2b3c4d-0000-4000-8000-000000000001' as crashed: Flow run infrastructure exited with non-zero status code 1.", 'PodDown', 'exited with '],
    ['Error response from daemon: received unexpected HTTP status: 503 Service Unavailable', 'ImagePullBackOff', 'received unexpected http status: '],
    ['{"level":"error","error": "Upstream service reached hard timeout.","api_name":"orders"}', 'HighLatency', 'timeout'],
    // Lines no round holds, from programs no round drew on: an activity's heartbeat limit, a job runner's exit.
    ['activity failed: {"ActivityType": "Charge", "TimeoutType": "HEARTBEAT"}', 'HighLatency', 'timeout'],
    ['runner: job 4411 exited with non-zero status code 2', 'PodDown', 'exited with '],
    // Rounds 134-138: MaxScale taking a backend out, PgBouncer's queue wait outrun in its three
    // layouts, a client's request answered with a timeout's status, Orleans' work item past its limit.
    ['2025-03-01 10:00:00   notice : Server changed state: db-2[10.0.0.22:3306]: slave_down. [Slave, Running] -> [Down]', 'StartupProbeFailed', 'server changed state: '],
    ['2025-03-01 10:00:00.000 UTC [1] WARNING C-0x55d1a2b3c4d0: shop/app@10.0.0.7:49466 pooler error: query_wait_timeout', 'HighLatency', 'query_wait_timeout'],
    ['2025-03-01 10:00:00.000 UTC [1] LOG C-0x55d1a2b3c4d0: shop/app@10.0.0.7:51306 closing because: query_wait_timeout (age=120s)', 'HighLatency', 'query_wait_timeout'],
    ['psql: error: FATAL:  query_wait_timeout', 'HighLatency', 'query_wait_timeout'],
    ['runner-1  |   Error: Expected status 200, got 504.', 'HighLatency', 'expected status '],
    ['Task [Id=4411, Status=RanToCompletion] in WorkGroup [Activation: S10.0.0.5:11111:1*grn/Orders/0] took elapsed time 0:00:01.2500000 for execution, which is longer than 00:00:00.2000000. Running on thread 12', 'HighLatency', 'took elapsed time '],
    // Rounds 134-143: an exit status of 137 as what a task's was, and as make reports a recipe's.
    ['The exit status of the task that caused the workflow execution to fail was: 137.', 'OOMKilled', ' was: 137'],
    ['make: *** [Makefile:431: import-osm] Error 137', 'OOMKilled', '] error 137'],
    // Round 146: Celery's time limits on a task.
    ['[2025-03-01 10:00:00,000: WARNING/MainProcess] Soft time limit (300s) exceeded for reports.execute[1a2b3c4d-0000-4000-8000-000000000001]', 'HighLatency', 'time limit ('],
    ['[2025-03-01 10:00:00,000: ERROR/MainProcess] Hard time limit (310s) exceeded for reports.execute[1a2b3c4d-0000-4000-8000-000000000001]', 'HighLatency', 'time limit ('],
    // Rounds 151 and 153: Gatling's request with no answer, wrk's timeouts, k6's failed threshold
    // row, PBS taking a node out.
    ['REQUEST\t1\t\tSearch\t1740823200000\t1740823260000\tKO\tNo response received after 60000', 'HighLatency', 'no response received after '],
    ['  Socket errors: connect 0, read 0, write 0, timeout 12', 'HighLatency', 'socket errors: '],
    ['     ✗ { scenario:checkout }.........: avg=2.41s    min=102.3ms  med=1.9s     max=6.02s    p(90)=4.8s     p(95)=5.3s', 'HighLatency', '✗ { '],
    ["03/01/2025 10:00:00.000;02;PBS_Server.4411;node;update_failure_counts;Node 'cn-12' has had 57 failures in close proximity, marking offline.", 'NodeNotReady', 'failures in close proximity'],
    // Round 154: Agones fleets with no server ready of those desired.
    ['game-fleet-7   Packed       4         4         0           1       2h', 'ReplicaMismatch', 'packed '],
    ['game-fleet-7   Distributed  4         4         0           0       35m', 'ReplicaMismatch', 'distributed '],
    // Rounds 159-163: an Elixir transport's timeout, a kstatus rollout short of replicas.
    ['10:00:00.000 [error] Postgrex.Protocol (#PID<0.4411.0>) disconnected: ** (DBConnection.ConnectionError) timeout', 'HighLatency', ') timeout'],
    ['Deployment/shop/web not ready. status: InProgress, message: Replicas: 2/3', 'ReplicaMismatch', 'message: replicas: '],
    // Rounds 164-168: Odoo's thread past its limit, a client's request failed with a 504.
    ['2025-03-01 10:00:00,000 4411 WARNING shop odoo.service.server: Thread <Thread(odoo.service.http.request.1, started 1)> virtual real time limit (130/120s) reached.', 'HighLatency', 'time limit ('],
    ['Request to https://search.internal/.api/graphql?Search failed with 504', 'HighLatency', '504'],
    // Rounds 139-143: an Erlang service's error tuple, Pacemaker losing its coordinator or a peer,
    // Galera declaring a member gone, DRBD losing its peer, a Pacemaker resource failed,
    // systemd-oomd killing a container's scope.
    ['[error] 2025-03-01T10:00:00.000000Z couchdb@couchdb-0.couchdb <0.4411.0> -------- Error checking security objects for orders :: {error,timeout}', 'HighLatency', 'timeout}'],
    ['2025-03-01T10:00:00.000000+00:00 db-2 pacemaker-controld[2341]:  warning: Our DC node (db-1) left the cluster', 'NodeNotReady', 'our dc node ('],
    ['Mar  1 10:00:00 db-2 crmd[4411]:   notice: corosync_mark_unseen_peer_dead: Node 3/db-3 was not seen in the previous transition', 'NodeNotReady', 'mark_unseen_peer_dead: '],
    ['2025-03-01 10:00:00 7 [Note] WSREP: evs::proto(1a2b3c4d, OPERATIONAL, view_id(REG,0a1b2c3d,7)) suspected node without join message, declaring inactive', 'NodeNotReady', 'without join message'],
    ['Mar  1 10:00:00 db-2 kernel: [4411.000000] drbd r0 db-1: conn( Connected -> Timeout ) peer( Primary -> Unknown )', 'NodeNotReady', 'conn( connected -> '],
    ['  pgsqld	(ocf::heartbeat:pgsqlms):	FAILED db-1', 'PodDown', '(ocf:'],
    ['Mar  1 10:00:00 worker-2 systemd-oomd[958]: Killed /system.slice/docker-7f3a9c2e1b4d.scope', 'OOMKilled', 'systemd-oomd['],
    // Round 170: git's push or fetch over HTTP that the server's gateway gave up on.
    ['error: RPC failed; result=22, HTTP code = 504', 'HighLatency', '504'],
    // Rounds 175: Compose's pull refused by the registry, and a program supervisord ran that
    // exited, as `supervisorctl status` lists it.
    ['ERROR: for web  unauthorized: authentication required', 'ImagePullBackOff', 'unauthorized: authentication required'],
    ['mail:postfix                     EXITED    Mar 01 10:00 AM', 'PodDown', ' exited '],
    // Rounds 180-183: a `kubectl get` row of a custom resource failed after its AGE (KubeVirt's
    // instances), the old e2e list of pods with one failed, dCache's internal timeout, a child
    // ended by SIGKILL as Python reports it.
    ['shop    vm-web-1   15d    Failed    10.0.0.7   node-2   False   False', 'PodDown', 'd failed'],
    ['INFO: web-7d4b9c6f5-x2x9z  node-2  Failed  []', 'PodDown', ' failed ['],
    ['Run: [ERROR] Server responded with an error: [3012] Internal timeout', 'HighLatency', '] internal timeout'],
    ['2025-03-01 10:00:00,000 - ERROR - [MainThread] CuraEngineBackend.CuraEngineBackend._onBackendQuit [1038]: Backend exited abnormally with return code -9!', 'OOMKilled', 'code -9'],
    // Round 186: Docker's CLI before 1.0 on an image the registry does not have.
    ['2014/11/17 08:53:04 Error: image shop/web not found', 'ImagePullBackOff', 'error: image '],
    // Round 193: Compose on a service another waits on that ended with an error, in its progress row.
    ['✘ Container shop-migrate-1  Error service "migrate" didn\'t complete successfully: exit 2   12.4s', 'PodDown', "didn't complete successfully: exit "],
    // Rounds 196 and 199: Compose on a container its restart policy starts again; Python's
    // requests printing a gateway's timeout.
    ['shop-db-1 exited with code 1 (restarting)', 'CrashLoopBackOff', ' (restarting)'],
    // Rounds 200-202: Docker's pull before 1.10 on a missing tag, a test harness' dump of an
    // Unschedulable event, Docker refusing a command on a stopped container.
    ['Tag 4.2 not found in repository docker.io/shop/web', 'ImagePullBackOff', 'not found in repository '],
    ['Type = [Warning], Name = [web-0.1598749183967759], Reason = [Unschedulable], Message = [0 nodes are available]', 'SchedulingBlocked', 'unschedulable'],
    ['Error response from daemon: Container 7f3a9c2e1b4d is not running', 'PodDown', ' is not running'],
    // Rounds 208-209: Tdarr's server on a node it lost, a container state summary of an exit.
    ['[2025-03-01T10:00:00.000] [WARN] Tdarr_Server - Node gpu-node-2 deregistered', 'NodeNotReady', ' deregistered'],
    ["[2025-03-01T10:00:00.000] [ERROR] Tdarr_Server - Node: 10.0.0.7:8267 - nodeID 'gpu-node-2' could not be contacted by the server.", 'NodeNotReady', ' could not be contacted'],
    ['status=exited exit=2 err= oom=false started=2025-03-01T10:00:00.000000000Z finished=2025-03-01T10:00:01.000000000Z', 'PodDown', 'status=exited exit='],
    // Round 210: zigbee-herdsman's waitress out of time, monit on a process gone.
    ['Error 2025-03-01 10:00:00Request \'zigbee2mqtt/bridge/request/permit_join\' failed with error: \'sendDATA error: Error: {"sequence":7} after 1000ms\'', 'HighLatency', '} after '],
    ['<Response [504]> <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">', 'HighLatency', '<response ['],
    // Rounds 215-216: systemd's start job failed, from any manager's pid; a unit's main process
    // that exited with an error, as `systemctl status` shows it.
    ['Mar  1 10:00:00 shop-1 systemd[1412]: Failed to start shop-web.service.', 'PodDown', ': failed to start '],
    ['2025-03-01T10:00:00Z systemd[1]: Failed to start Service for snap application shop.db.', 'PodDown', ': failed to start '],
    ['Main PID: 4411 (code=exited, status=1/FAILURE)', 'PodDown', 'main pid: '],
    // Rounds 219-227: a unit's control process that failed, an init script's, s6-rc's and crowsnest's
    // starts that failed, a required service down, status listings of a service down, a peer that did
    // not answer in the time stated, supervisord's program that dumped core.
    ['Mar  1 10:00:00 shop-1 systemd[1]: shop-web.service: Control process exited, code=exited, status=255/EXCEPTION', 'PodDown', 'control process exited, code='],
    ['Mar  1 10:00:00 shop-1 systemd[1]: shop-web.service: Control process exited, code=exited status=1', 'PodDown', 'control process exited, code='],
    ['Mar  1 10:00:00 shop-1 systemd[1]: shop-web.service: Control process exited, code=killed, status=11/SEGV', 'PodDown', 'control process exited, code='],
    ['shop  |  * Starting shop web server   ...fail!', 'PodDown', '...fail'],
    ['db-1  | s6-rc: warning: unable to start service db-setup: command exited 1', 'PodDown', 'unable to start service '],
    ['[03/01/25 10:00:00] crowsnest: ERROR: Start of ustreamer [cam shop] failed!', 'PodDown', ' failed!'],
    ['Required service Redis not running. Have you started the required services?', 'PodDown', ' not running'],
    ['2025-03-01 10:00:00+00:00 ERROR postfix: Postfix not running', 'PodDown', ' not running'],
    ['zmfilter is not running.', 'PodDown', ' not running'],
    ['worker-2  worker  10.0.0.7  <not running>', 'PodDown', ' <not running>'],
    ['[Job 4411] Printer did not respond to the status request after 120 seconds!', 'HighLatency', 'did not respond '],
    ['2025-03-01 10:00:00,000 CRITICAL reincarnated worker Process-1a2b3c4d after timeout', 'HighLatency', 'after timeout'],
    ['2025-03-01 10:00:00 - POLLER: Poller[Main Poller] PID[4411] Maximum runtime of 298 seconds exceeded. Exiting.', 'HighLatency', 'maximum runtime of '],
    ['"output": "Zone \'satellite-2\' is not connected. Log lag: 3 minutes and 2 seconds",', 'NodeNotReady', ' is not connected'],
    ['shop-1  | 2025-03-01 10:00:00,000 INFO exited: web (terminated by SIGSEGV (core dumped); not expected)', 'CrashLoopBackOff', 'not expected'],
    // Rounds 236-240: a unit's main process killed by a fault or a closed pipe, a supervisor's child
    // that ended with an error (a process named at the line's start, datawire's goroutine groups),
    // Akka's and Pekko's cluster core stopping after its daemon failed.
    ['Main PID: 4411 (code=killed, signal=PIPE)', 'PodDown', 'main pid: '],
    ['Main PID: 4411 (code=killed, signal=SEGV)', 'PodDown', 'main pid: '],
    ['AMBASSADOR: envoy exited with status 1', 'PodDown', ' exited with status '],
    ['diagd exited with status 2', 'PodDown', ' exited with status '],
    ['time="2025-03-01 10:00:00.0000" level=error msg=" /envoy : exited with error" func=github.com/datawire/dlib/dgroup.logGoroutineStatuses', 'PodDown', ': exited with error"'],
    ['[2025-03-01 10:00:00,000] [ERROR] [org.apache.pekko.cluster.Cluster] [] [shop-pekko.actor.default-dispatcher-5] - Cluster Node [pekko://shop@10.0.0.7:7355] - crashed, [pekko://shop/system/cluster/core/daemon: exception during creation, root cause message: [x]] - shutting down...', 'PodDown', '] - crashed, ['],
    // Rounds 241-245: a shell's report of a job SIGKILL ended, a checker's word on a pod by namespace
    // and name.
    ['clamd-1  | /bootstrap.sh: line 32:     7 Killed                  clamd', 'OOMKilled', ': line '],
    ['2025-03-01T10:00:00.000+0000\tnode-1 pod shop/web-7d4b9c6f5-x2x9z is not running', 'PodDown', ' is not running'],
    // Rounds 246-250: a diagnosis of a pod restarted again and again, a volume short of copies, a
    // connect that gave up after 30 s or more, a unit's exit with no status name, systemd before
    // 236 on a failed unit, Compose on a service down, a game server's monitor query failing.
    ['⚠ Pod "shop-agent-7d4b9c6f5-x2x9z" has restarted 31 times', 'CrashLoopBackOff', ' has restarted '],
    ['I0301 10:00:00 4411 volume_layout.go:261] Volume 12 has 1 replica, less than required 2', 'ReplicaMismatch', ', less than required '],
    ["curl: (28) Failed to connect to web.shop.svc.clusterset.local port 80 after 130160 ms: Couldn't connect to server", 'HighLatency', ' ms: '],
    ['Main PID: 4411 (code=exited, status=2)', 'PodDown', 'main pid: '],
    ['Mar  1 10:00:00 ci-1 systemd: buildkite-agent.service failed.', 'PodDown', '.service failed.'],
    ['service "phpfpm" is not running container #1', 'PodDown', ' is not running container #'],
    ['[ FAIL ] Monitoring vhserver: Querying port: gsquery: 10.0.0.7:2457 : 60/5: FAIL', 'StartupProbeFailed', 'querying port: '],
    ['[ FAIL ] Monitor cod4server: Querying port: gsquery: 10.0.0.7: : 60/5: FAIL', 'StartupProbeFailed', 'querying port: '],
    // Rounds 251-255: systemd's failed start with no pid, a pod deleted and still there, a database
    // member down, a function with pods not ready, a client's timeout status.
    ['10:00:00 systemd: Failed to start Plex container.', 'PodDown', ': failed to start '],
    ['Status:                    Terminating (lasts 22m)', 'PodDown', 'terminating (lasts '],
    ['| shop-db-0 | 10.0.0.7 | Replica | stopped |    |   unknown |', 'PodDown', ' | stopped |'],
    ['weather kubeless        test.weather    nodejs12        request: ^2.88.0                0/1 NOT READY', 'ReplicaMismatch', ' not ready'],
    ['E20250301 10:00:00.000000   449 raft_server.cpp:842] Error, /status end-point returned bad status code 408', 'HighLatency', ' 408'],
    // Rounds 256-259: a pod restarted again and again (`oc status`, `kubectl describe`), a node
    // condition a custom check turned on, a retried action out of its tries, a scale-up's error code,
    // a meshed pod down.
    ['deployment #1 running for 40 minutes - 1 pod (warning: 10 restarts)', 'CrashLoopBackOff', ' restarts)'],
    ['Restart Count:  160', 'CrashLoopBackOff', 'restart count:'],
    ['Normal   GossCheckFailed  2m (x2 over 2d)  health-checker, node-2  Node condition GossCheckFailure is now: True, reason: GossCheckFailed', 'StartupProbeFailed', ' is now: true'],
    ['Mar  1 10:00:00 maas-1 maas.node: [ERROR] node-7: Marking node failed: Timeout after 7 tries', 'HighLatency', 'timeout after '],
    ['W0301 10:00:00.000000       1 clusterstate.go:297] Disabling scale-up for node group gpu-pool until 2025-03-01 10:05:00 +0000 UTC; errorClass=Other; errorCode=timeout', 'HighLatency', 'code=timeout'],
    ['The "shop-web-7d4b9c6f5-x2x9z" pod is not running', 'PodDown', ' pod is not running'],
    // Rounds 260-264: a grid's node switched down, Nagios' hosts down or unreachable, a status
    // script's service down, a shard ended, a runner's process ended, a dyno crashed, a health check
    // out of time, aria2's timeout code.
    ['10:00:00.000 INFO [GridModel.setAvailability] - Switching node 1a2b3c4d (uri: http://10.0.0.7:5555) from UP to DOWN', 'NodeNotReady', ' from up to down'],
    ['[1740823200] HOST ALERT: web-1;DOWN;HARD;3;PING CRITICAL - Packet loss = 100%', 'NodeNotReady', 'host alert: '],
    ['[1740823200] HOST NOTIFICATION: nagiosadmin;web-1;UNREACHABLE;notify-host-by-email;PING CRITICAL', 'NodeNotReady', 'host notification: '],
    ['The GitLab Pages daemon is not running.', 'PodDown', ' is not running'],
    ['2025-03-01T10:00:00.000000Z ERROR text_generation_launcher: Shard 1 failed to start', 'PodDown', ' failed to start'],
    ['2025-03-01T10:00:00.000000Z ERROR shard-manager: text_generation_launcher: Shard process was signaled to shutdown with signal 11 rank=1', 'PodDown', 'signaled to shutdown with signal '],
    ['Mar  1 10:00:00 gpu-1 ollama[3974]: 2025/03/01 10:00:00 llama.go:459: error starting llama runner: llama runner process has terminated', 'PodDown', 'process has terminated'],
    ['web.1: crashed 2025/03/01 10:00:00 +0000 (~ 5m ago)', 'CrashLoopBackOff', ': crashed '],
    ["Error: Command 'health check of container llm-1' timed out after 180 seconds", 'StartupProbeFailed', 'health check'],
    ['2025-03-01 10:00:00 WARN healthcheck for backend api-2 timed out', 'StartupProbeFailed', 'healthcheck'],
    ['web-download-1  | Exception: [AbstractCommand.cc:351] errorCode=2 Timeout.', 'HighLatency', 'errorcode='],
    // Rounds 265-274: Keepalived's checks and scripts, a platform's critical checks, a check's
    // timeout, hosts and members lost, backends, Sentinel's instances and an app down, timeouts in
    // layouts of their own.
    ['Mar  1 10:00:00 lb-1 Keepalived_healthcheckers[4411]: Misc check to [10.0.0.7] for [/etc/keepalived/check_db.sh 10.0.0.7] failed.', 'StartupProbeFailed', 'misc check to '],
    ['Mar  1 10:00:00 lb-1 Keepalived_healthcheckers[4411]: Check on service [10.0.0.7]:8080 failed after 3 retry.', 'StartupProbeFailed', 'check on service '],
    ['Mar  1 10:00:00 lb-1 Keepalived_vrrp[4411]: VRRP_Script(chk_haproxy) timed out', 'StartupProbeFailed', 'vrrp_script('],
    ['Mar  1 10:00:00 lb-1 Keepalived_vrrp[4411]: Track script chk_haproxy is being timed out, expect idle - skipping run', 'StartupProbeFailed', 'track script '],
    ['1a2b3c4d\tapp    \t3      \tams   \trun    \trunning\t2 total, 1 critical\t0       \t2m10s ago', 'StartupProbeFailed', ' total, '],
    ['Mar  1 10:00:00 dns-1 dnsdist[4411]: Timeout while waiting for the health check response from backend ns2 (10.0.0.8:53)', 'StartupProbeFailed', 'health check'],
    ['2025-03-01 10:00:00,000 INFO  [c.c.a.m.ClusteredAgentManagerImpl] (AgentTaskPool-2:[ctx-1a2b]) (logid:3c4d) The agent from host Host {"id":3,"name":"kvm-3"} state determined is Disconnected', 'NodeNotReady', 'state determined is '],
    ['GMS1019: member: inst2 of group: shopcluster has failed', 'NodeNotReady', ' of group: '],
    ["Mar  1 10:00:00 dns-1 dnsdist[4411]: Marking downstream ns2 (10.0.0.8:53) as 'down'", 'PodDown', "as 'down'"],
    ['1:X 01 Mar 2025 10:00:00.000 # +sdown master shop 10.0.0.7 6379', 'PodDown', '+sdown '],
    ['1:X 01 Mar 2025 10:00:00.000 # +odown master shop 10.0.0.7 6379 #quorum 2/2', 'PodDown', '+odown '],
    ['2025-03-01T10:00:00.000 app[1a2b3c4d5e6f78] ams [info] INFO Main child exited normally with code: 2', 'PodDown', 'main child exited '],
    ['Mar  1 10:00:00 ns1 pdns[4411]: Recursive query for remote 10.0.0.9:5353 with internal id 12 was not answered by backend within timeout, reusing id', 'HighLatency', 'within timeout'],
    ["error 2025-03-01 10:00:00: Publish 'set' 'state' to '0x00124b0012345678' failed: 'Error: Timeout - 1234 - 1 - 5 - 6 - 11 after 10000ms'", 'HighLatency', 'timeout - '],
    ['Mar  1 10:00:00 netbox gunicorn[4411]: ProxBox backend could not connect to the configured Proxmox endpoint (pve-1:8006). Upstream error: ReadTimeout', 'HighLatency', 'readtimeout'],
    ['4411: 2025-03-01 10:00:00 ERROR: read timeout at /usr/share/perl5/Net/HTTP/Methods.pm line 274.', 'HighLatency', 'timeout at /'],
    ['10:00:00,000 ERROR [org.jboss.as.controller.management-operation] (management-handler-thread - 3) WFLYCTL0348: Timeout after [300] seconds waiting for service container stability.', 'HighLatency', 'timeout after '],
    // Timeouts once read by phrases fitted to their products, now by the word after them or the atom's
    // separator before them (TIMEOUT_AS_OUTCOME).
    ['2025-03-01 10:00:00.000 ERROR (MainThread) [homeassistant.components.hassio.handler] Timeout on /host/info request', 'HighLatency', 'timeout'],
    ['2025-03-01 10:00:00 ERROR (MainThread) [homeassistant.helpers.update_coordinator] Timeout fetching camera.driveway data', 'HighLatency', 'timeout'],
    ['Read timeout on endpoint URL: "http://localstack:4566/2015-03-31/functions/orders/invocations"', 'HighLatency', 'timeout'],
    ["mcu 'toolhead': Timeout on connect", 'HighLatency', 'timeout'],
    ['10:00:00.000 [error] Poller could not reach the broker: {:error, :timeout}', 'HighLatency', 'timeout'],
    // Rounds 275-279: runit's service down, a dev tool's container ended with an error, a container
    // stopped before its app came up.
    ['down: postgres: 2s, normally up, want up; run: log: (pid 712) 3600s', 'PodDown', 'normally up'],
    ['time="2025-03-01T10:00:00+00:00" level=fatal msg="failed to start workspace shop-api: container exited with status 2"', 'PodDown', 'container exited with status '],
    ['......Service shop stopped before Shop came up, exiting and halting containers.', 'PodDown', ' came up'],
    // Rounds 280-284: Slurm's job held for resources, a member marked unresponsive, a check naming a
    // service not running (LibreNMS' phrase folded into it), kubelite's component ended, a Talos
    // service failed, a tiup component down, an exception's constructor and an RPC's timeout.
    ['JobState=PENDING Reason=PartitionNodeLimit Dependency=(null)', 'SchedulingBlocked', 'jobstate=pending reason='],
    ['W0301 10:00:00.000000  4411 ts_descriptor.cc:527] Marking tserver 1a2b3c4d5e6f (10.0.0.8:9100) as UNRESPONSIVE: no heartbeat received for 11.2s', 'NodeNotReady', ' as unresponsive'],
    ['FAIL:  Service snap.microk8s.daemon-containerd is not running', 'PodDown', ' is not running'],
    ['FAIL: Poller is not running. No poller has run within the last 300 seconds.', 'PodDown', ' is not running'],
    ['Mar  1 10:00:00 edge-1 microk8s.daemon-kubelite[911]: F0301 10:00:00.000000     911 daemon.go:67] Scheduler exited failed to load the scheduler config', 'PodDown', 'daemon.go:'],
    ['edge-2   etcd   Failed   ?   5m10s ago   Service failed: exit status 1', 'PodDown', 'failed ? '],
    ['10.0.0.7:20160   tikv   10.0.0.7   20160/20180   linux/aarch64   Down   /data/tikv   /deploy/tikv', 'PodDown', 'linux/'],
    ["cqlsh: Connection error: ('Unable to connect to any servers', {'10.0.0.7': OperationTimedOut('errors=None',)})", 'HighLatency', 'timedout('],
    ['Caused by: java.lang.Exception: Cannot deploy task Sink (2/4) - TaskManager (1a2b3c @ worker-3 (dataPort=40123)) not responding after a rpcTimeout of 10000 ms', 'HighLatency', 'not responding after '],
    // Rounds 285-289: too few devices of a kind, an Erlang peer node gone, a Nomad client down, a
    // timeout stated with its length before what it cut short.
    ['E0301 10:00:00.000000       1 predicates.go:233] AllocateToPod failed: no enough ascend devices available!', 'SchedulingBlocked', 'no enough '],
    ["node 'rabbit@mq-3' down: connection_closed", 'NodeNotReady', ' down: '],
    ['1a2b3c4d-0000-4000-8000-000000000001  dc1  client-3  <none>  false  down', 'NodeNotReady', 'false down'],
    ['1a2b3c4d-0000-4000-8000-000000000001  dc1  client-3  <none>  true  down', 'NodeNotReady', 'true down'],
    ['2025-03-01 10:00:00,000 ERROR [org.apache.activemq.artemis.core.server] AMQ224088: Timeout (30 seconds) while handshaking with 10.0.0.7:61616 has occurred.', 'HighLatency', 'timeout ('],
    // Rounds 290-294: a node pool short of registered nodes, a workload with pods unavailable in
    // `cilium status`, a process ended with an error in Go's words.
    ['Error: Error waiting for creating GKE NodePool: only 1 nodes out of 3 have registered', 'NodeNotReady', ' have registered'],
    ['Deployment        cilium-operator    Desired: 2, Unavailable: 1/2', 'ReplicaMismatch', ', unavailable: '],
    ['time="2025-03-01T10:00:00Z" level=error msg="kubelet exited: exit status 2"', 'PodDown', 'exited: exit status '],
    // Rounds 295-299: repmgr's monitored node lost, Weave's router container ended, PgBouncer's limits.
    ['[2025-03-01 10:00:00] [WARNING] unable to reconnect to node 2 after 6 attempts', 'NodeNotReady', 'unable to reconnect to node '],
    ['Container 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b died', 'PodDown', ' died'],
    // Rounds 300-304: a KubeVirt VM still scheduling minutes after it was created.
    ['shop-vm   12m   Scheduling', 'SchedulingBlocked', 'm scheduling'],
    // Rounds 305-309: members down in Cassandra's and Scylla's views, nginx's and lighttpd's children
    // crashed, a health endpoint's failed check, Elasticsearch's lagging cluster state.
    ['10.0.0.7  rack1       Down   Normal  ?               ?                   -4999662010226735575', 'NodeNotReady', ' down normal'],
    ['(ClusterHealthValidatorEvent Severity.CRITICAL) type=NodeStatus node=db-1 error=Node db-3 [10.0.0.9] (seed: False) status is DN', 'NodeNotReady', 'status is dn'],
    ['WARN  2025-03-01 10:00:00,000 [shard 0] gossip - failure_detector_loop: Mark node 10.0.0.9 as DOWN', 'NodeNotReady', ' as down'],
    ['2025/03/01 10:00:00 [alert] 1#1: worker process 42 exited on signal 11', 'PodDown', 'exited on signal '],
    ['2025-03-01 10:00:00: (mod_fastcgi.c.1116) child exited with status 1 /var/www/app/index.py', 'PodDown', 'child exited with status '],
    ['[-]informer-sync failed: reason withheld', 'StartupProbeFailed', ' failed: reason withheld'],
    ['[2025-03-01T10:00:00,000][WARN ][o.e.c.c.C.CoordinatorPublication] [es-0] after [30s] publication of cluster state version [42] is still waiting for {es-2}', 'HighLatency', 'publication of cluster state version'],
    ['2025-03-01 10:00:00.000 UTC [7] WARNING C-0x1a2b3c: (nodb)/(nouser)@10.0.0.7:50266 pooler error: client_login_timeout', 'HighLatency', 'client_login_timeout'],
    // Rounds 310-314: health routes answering 5xx and checks out of time, workers and containers that
    // exited with an error in their supervisors' words, a Compose row restarting with its ports, a
    // supervisor's wait for its master.
    ['level=warn ts=2025-03-01T10:00:00.000Z caller=logging.go:72 traceID=1a2b3c msg="GET /ready (503) 88.1µs Response: \\"Ingester not ready\\" ws: false; User-Agent: kube-probe/1.29; "', 'StartupProbeFailed', ' (5'],
    ['level=warn ts=2025-03-01T10:00:00.000Z caller=logging.go:72 msg="GET /-/healthy (500) 1.2ms"', 'StartupProbeFailed', ' (5'],
    ['2025/03/01 10:00:00 Livenesscheck endpoint timed out after 5s', 'StartupProbeFailed', 'nesscheck'],
    ['WARN shop-api readiness check for /status timed out after 3s', 'StartupProbeFailed', 'ness check'],
    ['Mar  1 10:00:00 worker-1 sh[4411]:    > worker2@worker-1: * Child terminated with exit code 2', 'PodDown', 'child terminated with exit code '],
    ["[2025-03-01 10:00:00,000: ERROR/MainProcess] Process 'ForkPoolWorker-12' pid:4411 exited with 'exitcode 1'", 'PodDown', "exited with 'exitcode "],
    ['2025-03-01 10:00:00,000 WARN org.apache.hadoop.yarn.server.nodemanager.LinuxContainerExecutor: Exit code from container container_1740823200000_0007_01_000003 is : 143', 'PodDown', 'exit code from container '],
    ['25/03/01 10:00:00 WARN YarnSchedulerBackend$YarnSchedulerEndpoint: Container marked as failed: container_1740823200000_0007_01_000004 on host: worker-3. Exit status: 1. Diagnostics: Exception from container-launch.', 'PodDown', 'container marked as failed: '],
    ['shop_web_1   /usr/local/bin/gunicorn sh ...   Restarting   0.0.0.0:8000->8000/tcp, 9000/tcp', 'CrashLoopBackOff', ' restarting'],
    ['[2025-03-01 10:00:00,000] {webserver_command.py:230} ERROR - No response from uwsgi master within 60 seconds', 'HighLatency', 'no response from '],
    // Rounds 315-319: Cloud Foundry's flapping instances and Garden's failed check, Ceph's hosts and OSDs
    // down and its blocked requests, neutron's dead agents, BOSH's failing rows, Pacemaker's resources,
    // pcs' daemons and systemd's failed units, staging, TaskRuns and volumes out of time.
    ['2 of 3 instances running (1 flapping)', 'CrashLoopBackOff', ' flapping)'],
    ['{"timestamp":"1740823200.000000000","source":"rep","message":"rep.garden-healthcheck.garden-health.healthcheck.run.failed","log_level":2}', 'StartupProbeFailed', 'healthcheck.'],
    ['HEALTH_WARN 1 host (3 osds) down', 'NodeNotReady', ' osds) down'],
    ['2025-03-01T10:00:00.000+0000 mon.a (mon.0) 42 : cluster [WRN] Health check failed: 3 osds down (OSD_DOWN)', 'PodDown', ' osds down'],
    ['7    ssd   0.87329          osd.7          down         0  1.00000', 'PodDown', ' osd.'],
    ['| router_z1/0 (1a2b3c4d-0000-4000-8000-000000000001) | failing | n/a | small_z1 | 10.0.0.7 |', 'PodDown', '| failing |'],
    ["* shop-db_start_0 on node-2 'not running' (7): call=12, status=complete, exitreason='none',", 'PodDown', "'not running' (7)"],
    ['openstack-cinder-volume: failed (enabled on boot)', 'PodDown', ': failed ('],
    ['● shop-worker.service    loaded failed failed Shop background worker', 'PodDown', 'loaded failed failed'],
    ['Error staging application web: failed to stage within 15.000000 minutes', 'HighLatency', 'failed to stage within '],
    ['message: TaskRun "build-x2k9q" failed to finish within "10m0s"', 'HighLatency', 'failed to finish within '],
    ['ERROR nova.compute.manager [instance: 1a2b3c4d] VolumeNotCreated: Volume 5e6f did not finish being created even after we waited 65 seconds or 21 attempts.', 'HighLatency', 'even after we waited '],
    // Rounds 320-324: kubeadm's wait on a control-plane component's health endpoint.
    ['error execution phase wait-control-plane: failed while waiting for the control plane to start: kube-controller-manager check failed at https://127.0.0.1:10257/healthz: context deadline exceeded', 'StartupProbeFailed', ' check failed at http'],
    // Rounds 325-329: an action that did not happen before its deadline.
    ['docker: Error response from daemon: containerd: container did not start before the specified timeout.', 'HighLatency', 'before the specified timeout'],
    ['ERROR task shop-migrate failed to finish before the specified timeout', 'HighLatency', 'before the specified timeout'],
    // Rounds 330-334: the same in other words, and a duration over its bound.
    ["00:53:07.534 | ERROR   | prefect.infrastructure.kubernetes-job - Job 'shop-migrate-x2k9q': Job did not complete within timeout of 5s.", 'HighLatency', 'within timeout'],
    ['ERROR worker did not register within the timeout', 'HighLatency', 'within the timeout'],
    ['Error: Failed to connect before the deadline', 'HighLatency', 'before the deadline'],
    ['{"level":"fatal","msg":"unable to bootstrap ringpop","error":"join duration of 37.0831682s exceeded max 30s"}', 'HighLatency', ' exceeded max '],
    // Rounds 335-339: the kubelet's record of a probe now failing, a container's scope failed.
    ['I0301 10:00:00.000000  4411 kubelet.go:2668] "SyncLoop (probe)" probe="readiness" status="not ready" pod="shop/web-0"', 'StartupProbeFailed', 'syncloop (probe)'],
    ['● libpod-1a2b3c4d.scope loaded failed failed libcontainer container 1a2b3c4d', 'PodDown', 'loaded failed failed'],
    // Rounds 340-344: the same not done in the time it was given, and a timeout spelt `occured`.
    ['org.pytorch.serve.wlm.WorkerInitializationException: Backend worker did not respond in given time', 'HighLatency', ' in given time'],
    ['ERROR warm-up request was not answered in the given time', 'HighLatency', ' in the given time'],
    ['{"level":"WARN","fields":{"message":"task was not completed in the expected time, if this happens a lot, you might want to increase the service timeout"}}', 'HighLatency', ' in the expected time'],
    ['{"errorCode": "STATUS_CHECKS_ERRORS", "phase":"ChaosInject", "reason":"container is not completed within timeout","target":"{podName:shop-helper-1a2b3}"}', 'HighLatency', 'within timeout'],
    ['E0301 10:00:00.000000     840 portforward.go:362] error creating forwarding stream for port 9091 -> 8080: Timeout occured', 'HighLatency', 'timeout'],
    // Rounds 345-349: the same within the duration it names, a wait and a limit past their time, a
    // command ended by SIGKILL, a supervisor's child command failed, a node not ready and a member
    // suspected, fewer ready than a wait expected.
    ['ERRO[0839] Error draining VM in VMSS: Drain did not complete within 1m30s', 'HighLatency', 'complete within '],
    ['error: Unable to apply 4.9.0: wait has exceeded 40 minutes for these operators: openshift-apiserver', 'HighLatency', 'wait has exceeded '],
    ['java.sql.SQLException: Query failed (#20250301_100000_00003_ab12c): Query exceeded the maximum execution time limit of 1.00h', 'HighLatency', 'time limit of '],
    ['[Sat Mar  1 10:00:00 2025] Command[broker] exited (pid = 41, signal = 9)', 'OOMKilled', 'signal = 9'],
    ['rootlesskit[4411]: [rootlesskit:child ] error: command [dockerd] exited: exit status 2', 'PodDown', 'exited: exit status '],
    ['Node shop-pool-3 is still not ready: Ready=False', 'NodeNotReady', ' not ready'],
    ['2025-03-01 10:00:00,000 WARN  [org.infinispan.CLUSTER] ISPN000400: Node keycloak-2 was suspected', 'NodeNotReady', 'was suspected'],
    ['#1 ERROR: expected 2 replicas to be ready, got 1', 'ReplicaMismatch', 'replicas to be ready, got '],
    ["error: couldn't find 15 pods within 5m0s; last error: expected to find 15 pods but found only 11", 'ReplicaMismatch', 'but found only '],
    // Rounds 350-354: a Swarm manager unreachable, an agent pod offline, a Juju unit's node not ready, a
    // Juju application short of units, Fluent Bit's connection out of time.
    ['dfsp35af3tvt1ztf6ffcehtko    worker-2  Accepted    Ready   Active        Unreachable', 'NodeNotReady', 'unreachable'],
    ['jenkins-agent-7k2x9-l948b is offline', 'NodeNotReady', ' is offline'],
    ['k8s-worker/1    waiting   idle   1   10.0.0.8   Node juju-1a2b3c-shop-1 not ready', 'NodeNotReady', ' not ready'],
    ['kubernetes-worker    1.29.4    waiting    1/3  kubernetes-worker      charmhub  114  ubuntu', 'ReplicaMismatch', ' charmhub '],
    ['easyrsa                     waiting        0/1  easyrsa            jujucharms   22  ubuntu', 'ReplicaMismatch', ' jujucharms '],
    ['[2025/03/01 10:00:00] [error] [net] connection #44 timeout after 10 seconds to: 169.254.169.254:80', 'HighLatency', 'timeout after '],
    // Rounds 355-359: Cilium's nodes unreachable, a Gluster peer and brick down, a dependency's health
    // check failed, a dial, a rate-limit wait and a retried upload out of time.
    ['Cluster health:   1/3 reachable   (2025-03-01T10:00:00Z)', 'NodeNotReady', 'cluster health:'],
    ['State: Peer in Cluster (Disconnected)', 'NodeNotReady', '(disconnected)'],
    ['Brick node-3:/srv/data/brick1/brick            N/A       N/A        N       N/A', 'PodDown', 'brick '],
    ['2025-03-01T10:00:00.000000000+00:00 ERROR run:refresh: check scheduler health failed: status: Unavailable', 'StartupProbeFailed', ' health failed'],
    ['docker: failed to prepare extraction snapshot "extract-1a2b": connection error: desc = "transport: Error while dialing dial unix:///run/containerd-nydus/containerd-nydus-grpc.sock: timeout": unavailable.', 'HighLatency', ': timeout'],
    ['I0301 10:00:00.000000       1 request.go:601] Waited for 41.791813194s due to client-side throttling, not priority and fairness, request: GET:https://10.96.0.1:443/apis/shop.example.com/v1?timeout=32s', 'HighLatency', 'client-side throttling'],
    ['2025/03/01 10:00:00.000000 juicefs[7] <WARNING>: upload chunks/1757/1757471/1757471743_0_4096: timeout after 1m0s (try 4)', 'HighLatency', 'timeout after '],
    // Rounds 360-364: a CouchDB peer node unreachable, a TDengine data node whose status stopped.
    ["[warning] 2025-03-01T10:00:00.000000Z couchdb@10.0.0.7 <0.294.0> -------- mem3_sync shards/00000000-1fffffff/shop.1740823200 couchdb@10.0.0.8 {{rexi_DOWN,{'couchdb@10.0.0.8',noconnect}},[{mem3_rpc,rexi_call,2}]}", 'NodeNotReady', ',noconnect}'],
    ['3 | tsdb-3:6030                    |      0 |     16 | offline    | any   | 2025-03-01 10:00:00.000 | status not received      |', 'NodeNotReady', 'status not received'],
    // Rounds 365-369: go2rtc's stream whose error field is a timeout.
    ['2025-03-01 10:00:00.000000000  10:00:00.000 WRN [rtsp] error=timeout stream=cam_1', 'HighLatency', '=timeout'],
    // Rounds 370-374: a Riak peer node down, Compose's and Docker Hub's failed pulls, Greenplum's
    // segments down, a request logger's slow requests.
    ["2025-03-01 10:00:00.000 [error] <0.2836.0>@riak_core_handoff_sender:start_fold:279 ownership transfer of riak_kv_vnode from 'riak@10.0.0.7' 1826 to 'riak@10.0.0.8' 1392 failed because of exit:{{nodedown,'riak@10.0.0.8'},{riak_core_gen_server,call,[x]}}", 'NodeNotReady', '{nodedown,'],
    ['Pulling web        ... error', 'ImagePullBackOff', '... error'],
    ['ERROR: for web  unknown: Tag 4.2 was deleted or has expired. To pull, revive via time machine', 'ImagePullBackOff', 'was deleted or has expired'],
    ["20250301:10:00:00:004185 gpstart:mdw:gpadmin-[WARNING]:-DBID:3  FAILED  host:'sdw1' datadir:'/data/primary/gpseg1' with reason:'Start failed; check segment logfile.'", 'PodDown', 'dbid:'],
    ['20250301:10:00:00:004185 gpstart:mdw:gpadmin-[WARNING]:-Failed segment starts                                = 2   <<<<<<<<', 'PodDown', 'failed segment starts'],
    ['20250301:10:00:00:004185 gpstate:mdw:gpadmin-[WARNING]:-   Segment status                    = Down in configuration   <<<<<<<<', 'PodDown', '= down'],
    ['20250301:10:00:00:004185 gpstate:mdw:gpadmin-[WARNING]:-   Configuration reports status as   = Down   <<<<<<<<', 'PodDown', '= down'],
    // Rounds 375-379: an init script's service down, Salt's service state on a stopped unit, Puppet's
    // exec out of time.
    ['* Docker is not running', 'PodDown', ' is not running'],
    ['2025-03-01 10:00:00,000 [salt.state       ][ERROR   ] Service docker is already enabled, and is dead', 'PodDown', ', and is dead'],
    ['[ERROR 2025-03-01T10:00:00 main] Command exceeded timeout', 'HighLatency', ' exceeded timeout'],
    // Rounds 380-384: a Windows service ending again and again, a hold for memory, a replica count and a
    // placement short, Torque's and Flux's nodes lost, Portainer's environment down, a Render deploy and
    // an AIX subsystem ended, Dokku's checks, Flux's job out of time.
    ['The Service Fabric Host Service service terminated unexpectedly.  It has done this 14 time(s).  The following corrective action will be taken in 5000 milliseconds: Restart the service.', 'CrashLoopBackOff', 'it has done this '],
    ['1050981.0   shop         3/1  10:00 Job in status 2 put on hold by SYSTEM_PERIODIC_HOLD due to memory usage 3000000.', 'OOMKilled', 'due to memory usage'],
    ['(Showing 1 out of 3 replicas. Total available replicas: 1)', 'ReplicaMismatch', 'total available replicas: '],
    ['PlacementConstraint + ServiceTypeDisabled/NodesBlockListed eliminated 6 possible node(s) for placement -- 0/6 node(s) remain (total of 3 nodes blocklisted for this service).', 'SchedulingBlocked', ' node(s) remain'],
    ["03/01/2025 10:00:00  S    unable to run job, send to MOM '10.0.0.3' failed", 'NodeNotReady', 'send to mom '],
    ['fdFmCpYwQZ5  node-failure              node failure on shop-node-17 (shell rank 112)', 'NodeNotReady', 'node failure on '],
    ['2025/03/01 10:00AM ERR snapshot/snapshot.go:313 > background schedule error (environment snapshot), unable to execute pending actions | error="environment \\"shop\\" (id: 3) is not up"', 'NodeNotReady', 'is not up'],
    ['==> Exited with status 1', 'PodDown', '==> exited with status '],
    ['xcatd                                          inoperative', 'PodDown', 'inoperative'],
    ['!     Check attempt 1/5 failed.', 'StartupProbeFailed', 'check attempt '],
    ['remote: Could not start due to 1 failed checks.', 'StartupProbeFailed', ' failed check'],
    ['5.488s: job.exception type=timeout severity=0 resource allocation expired', 'HighLatency', 'type=timeout'],
    // Rounds 385-389: Teleport ending on a critical service, a Compose container ended in error, a
    // Headscale node offline.
    ['ERRO [PROC:1]    Critical service proxy.init has exited with error listen tcp 0.0.0.0:3080: bind: address already in use, aborting. service/signals.go:145', 'PodDown', 'critical service '],
    ['✘ Container shop-postgres-1     Error                                                     0.0s', 'PodDown', '✘ container '],
    ['12 | shop-3            | shop-3             | [AbCdE]    | [FgHiJ] | ops       | 100.64.0.12, fd7a:115c:a1e0::c   | false     | 2025-03-01 10:00:00 | 0001-01-01 00:00:00 | offline   | no', 'NodeNotReady', '| offline |'],
    // Rounds 390-394: Gitaly's supervisor on a child ended in error, Docker's event stream on a container
    // that died with one.
    ['time="2025-03-01T10:00:00Z" level=warning msg=exited error="exit status 10" supervisor.args=[bundle exec bin/gitaly-ruby 597 /tmp/gitaly-ruby1/socket] supervisor.name=gitaly-ruby', 'PodDown', 'msg=exited error="exit status '],
    ['2025-03-01T10:00:00.000000000Z container die 1a2b3c4d5e6f78 (com.docker.compose.project=shop, com.docker.compose.service=backup, execDuration=0, exitCode=1, image=shop/backup, name=shop-backup-1)', 'PodDown', 'container die '],
    // Rounds 395-399: an `arena list` row of a training job pending.
    ['shop-train  PENDING  PYTORCHJOB   16m  shop-train-worker-0  N/A', 'SchedulingBlocked', ' pending '],
    // Rounds 400-404: Boulder's launcher on a server that ended in error, Chef Server's status after a
    // bracketed level.
    ["shop-ca-1    | 	'exec ./bin/boulder-sa --config test/config/sa.json --addr sa2.shop:9095' with pid 215 exited 1", 'PodDown', "' with pid "],
    ['[ERROR] opscode-chef-mover is not running.', 'PodDown', ' not running'],
    // Rounds 405-409: Knative's client on a service never ready, Procodile's processes failed and given up
    // on, Mailtrain's sender ended in error.
    ["Error: timeout: service 'shop-api' not ready after 600 seconds", 'HighLatency', "timeout: service '"],
    ['* worker.1 is not running (Failed)', 'PodDown', ' is not running'],
    ['|| => worker.1         Failed       10:00        pid:4698     respawns:5      port:-        tag:-', 'CrashLoopBackOff', ' respawns:'],
    ['shop-mailer    | ERR! Child/default/45 [3f83045e93a7d158cafa] Sender process for default exited with 1', 'PodDown', ' exited with '],
    // Rounds 410-414: SonarQube's child killed, Pgpool's and MaxScale's backends down, flytectl's failed pod,
    // Kamailio's child ended in error, a process ending itself at the critical level, a SIP dispatcher's
    // probe timed out.
    ['2025.03.01 10:00:00 WARN  app[][o.s.a.p.AbstractManagedProcess] Process exited with exit value [web]: 137', 'OOMKilled', 'exit value ['],
    ['pg2 5432 3 0.500000 down down standby unknown 0 none none 2025-03-01 10:00:00', 'PodDown', ' down down '],
    ['shop-db1           | 10.0.0.52       |  3306 |           0 | Down', 'PodDown', ' | down'],
    ['| shop-certgen-x2x9z | Failed | shop     |', 'PodDown', ' | failed | '],
    ['0(20) ALERT: <core> [main.c:740]: handle_sigs(): child process 42 exited normally, status=255', 'PodDown', ' exited normally, status='],
    ['Mar  1 10:00:00 shop-media rtpengine[4242]: [1740823200.000000] CRIT: No interfaces configured - exiting', 'PodDown', ' - exiting'],
    ['dispatcher [dispatch.c:3159]: ds_options_callback(): OPTIONS-Request was finished with code 408 (to sip:10.0.0.4, group 1)', 'StartupProbeFailed', 'options-request was finished with code '],
    // Rounds 415-419: YunoHost's service status, Heroku's dyno manager.
    ['[ERROR] Service shop-worker is exited', 'PodDown', ' is exited'],
    ['2025-03-01T10:00:00+00:00 heroku[worker.1]: Process exited', 'PodDown', ': process exited'],
    // Rounds 420-424: rq's work horse killed, FiftyOne's database subprocess, osixia's process runner,
    // s6-overlay's command, ipactl's services, systemctl's main command.
    ['WARNING - 2025-03-01 10:00:00,000 - worker - Moving job to FailedJobRegistry (work-horse terminated unexpectedly; waitpid returned 9)', 'OOMKilled', 'waitpid returned 9'],
    ["Subprocess ['/opt/shop/db/bin/mongod', '--dbpath', '/var/lib/shop/mongo', '--port', '0'] exited with error -6:", 'PodDown', '] exited with error '],
    ['*** /container/run/process/slapd/run exited with status 1', 'PodDown', '/run exited with status '],
    ['[cmd] /app/shop-server exited 127', 'PodDown', '[cmd] '],
    ['pki-tomcatd Service: STOPPED', 'PodDown', ' service: stopped'],
    ['Process: 4242 ExecStart=/usr/bin/shop-server serve (code=exited, status=1/FAILURE)', 'PodDown', 'execstart='],
    // Rounds 425-429: Varnish's children, Traffic Server crashing, Squid's helpers, dockerize's command, Hue's
    // supervisor, Ambari's agent script, DataHub's quickstart list.
    ['Mar  1 10:00:00 shop-cache varnishd[4242]: Error: Child (4243) died signal=9', 'OOMKilled', ') died signal='],
    ['Mar  1 10:00:00 shop-cache varnishd[4242]: Child (4243) died signal=6 (core dumped)', 'PodDown', ') died signal='],
    ['Mar  1 10:00:00 shop-proxy traffic_manager[4242]: traffic_server: received signal 6 (Aborted)', 'PodDown', 'received signal '],
    ['2025/03/01 10:00:00| WARNING: redirector #3 (FD 12) exited', 'PodDown', 'warning: '],
    ['2025/03/01 10:00:00 kid1| WARNING: ssl_crtd #Hlpr2 exited', 'PodDown', 'warning: '],
    ['2025/03/01 10:00:00 Command exited with error: exit status 1', 'PodDown', 'command exited with error: '],
    ['[01/Mar/2025 10:00:00 ] supervisor   WARNING  Exit code for /usr/share/hue/build/env/bin/hue kt_renewer: 1', 'PodDown', 'exit code for '],
    ['ERROR: ambari-agent start failed. For more details, see /ambari-agent.out:', 'PodDown', ' start failed'],
    ['- shop-actions-quickstart is not running', 'PodDown', ' not running'],
    // Rounds 430-434: FreeRADIUS' home server list, Nomad's job list.
    ['10.0.0.103\t1813\tudp\tacct\tdead\t0', 'PodDown', ' dead '],
    ['shop-api  service  50        dead     2025-03-01T10:00:00+12:00', 'PodDown', ' dead '],
    // Rounds 435-439: LINSTOR's node list, kronosnet's links, Pacemaker's status (a node id of ten digits,
    // a clone's instances stopped), watchfrr, DRBD's two-phase commit, minikube's VM driver, the CARLA bridge.
    ['┊ shop-ctl-6d6cd57c58-d2h9f ┊ CONTROLLER ┊ 10.0.0.11:3367 (SSL)    ┊ OFFLINE ┊', 'NodeNotReady', '┊ offline ┊'],
    ['| shop-worker-1              | SATELLITE  | 10.0.0.103:3367 (SSL) | OFFLINE |', 'NodeNotReady', '| offline |'],
    ['Mar  1 10:00:00 shop-ha-1 corosync[374]:   [KNET  ] link: host: 3 link: 0 is down', 'NodeNotReady', 'link: host: '],
    ['Node shop-db-2 (3232261520): UNCLEAN (offline)', 'NodeNotReady', 'unclean'],
    ['Stopped: [ shop-db-2 ]', 'PodDown', 'stopped: ['],
    ['2025-03-01T10:00:00.806156-04:00 shop-rtr-1 watchfrr[3322]: [ZCJ3S-SPH5S] bgpd state -> down : initial connection attempt failed', 'PodDown', ' state -> down'],
    ['Mar  1 10:00:00 shop-st-4 kernel: drbd pvc-f8ab800e: Two-phase commit 584166552 timeout', 'HighLatency', 'two-phase commit '],
    ["Retriable failure: create: Error creating machine: Error in driver during machine creation: machine didn't return an IP after 120 seconds", 'HighLatency', "didn't return "],
    ["W0301 10:00:00.963408    8802 start.go:523] error starting host: creating host: create: Error creating machine: IP not available after waiting: machine minikube didn't return IP after 1 minute", 'HighLatency', "didn't return "],
    ['[bridge-1] [ERROR] [1740823200.513195642] [carla_ros_bridge]: Error: time-out of 5000ms while waiting for the simulator, make sure the simulator is ready', 'HighLatency', 'time-out of '],
    // Rounds 440-444: the kernel's segfault report, BOINC's VirtualBox wrapper, a container not running.
    ['Mar  1 10:00:00 shop-flow kernel: [226577.973260] nfacctd[19533]: segfault at 7f24f903a330 ip 000000000046c6c4 sp 00007fff4e9bc8f0 error 6 in nfacctd[400000+fe000]', 'PodDown', ': segfault at '],
    ['znc[10095]: segfault at 14e ip b67f3215 sp bfb12d10 error 6 in palaver.so[b67ea000+e000]', 'PodDown', ': segfault at '],
    ['Status Report: virtualbox.exe/vboxheadless.exe is no longer running.', 'PodDown', 'is no longer running'],
    ['Error: "exited" is not running, can\'t pause: container state improper', 'PodDown', 'container state improper'],
    // Rounds 445-449: libreswan's pluto, 3x-ui's core, tinc's graph, frp's heartbeats, i2pd's tunnels, xrdp's
    // X server, MeshCentral's launcher.
    ['Mar  1 10:00:00 shop-gw ipsec__plutorun: !pluto failure!:  exited with error status 139 (signal 11)', 'PodDown', 'pluto failure!'],
    ['Checking that pluto is running                          [FAILED]', 'PodDown', ' is running [failed]'],
    ['ERROR - Failure in running xray-core: exit status 23', 'PodDown', 'failure in running '],
    ['Mar  1 10:00:00 shop-gw tincd[4242]: Node shop-east (10.0.0.5 port 655) became unreachable', 'NodeNotReady', ' became unreachable'],
    ['2025/03/01 10:00:00 [control.go:139] [E] ProxyName [shop], client heartbeat timeout', 'HighLatency', 'heartbeat timeout'],
    ['[W] [server/control.go:647] heartbeat timeout', 'HighLatency', 'heartbeat timeout'],
    ['10:00:00/warn - Tunnel: pending build request 2281331559 timeout, deleted', 'HighLatency', 'pending build request '],
    ['[20250301-10:00:00] [ERROR] X server for display 10 startup timeout', 'HighLatency', ' startup timeout'],
    ['Mar  1 10:00:00 shop-mesh node[4242]: ERROR: MeshCentral failed with critical error, check mesherrors.txt. Restarting in 5 seconds...', 'CrashLoopBackOff', 'failed with critical error, '],
    // Rounds 450-454: Direwolf, a Windows service monitor, NUT's driver controller.
    ['Terminating after audio input failure.', 'PodDown', 'terminating after '],
    ['3/1/2025 10:00:01 AM\tC:\\Radio\\Dire Wolf\\direwolf.exe is not running', 'PodDown', '.exe is not running'],
    ['10.629455\tDriver failed to start (exit status=1)', 'PodDown', 'driver failed to start'],
    // Rounds 455-459: Forever, supervisorctl, Docker Compose.
    ['Forever restarting script for 101 time', 'CrashLoopBackOff', 'forever restarting script for '],
    ['galaxy:galaxy_web: ERROR (abnormal termination)', 'CrashLoopBackOff', ': error (abnormal termination)'],
    ['Starting shop-db ... error', 'PodDown', ' ... error'],
    // Rounds 460-464: LND's health checks, Home Assistant's Supervisor, OVOS, btcd, ESPHome, ccxt, a TTS server,
    // OpenDTU's radio, Hummingbot.
    ['2025-03-01 10:00:00.537 [CRT] SRVR: Health check: chain backend failed after 3 calls', 'StartupProbeFailed', 'health check: '],
    ['Failed to to call /addons/shop_rtl433/stats - Container addon_shop_rtl433 is not running', 'PodDown', ' is not running'],
    ['2025-03-01 10:00:00.519 - shop-voice - ovos_audio.service:execute_tts:388 - ERROR - TTS synth failed! All OVOS TTS servers are down!', 'PodDown', ' servers are down'],
    ['2025-03-01 10:00:00.205 [WRN] BTCN: Query(1) from peer 10.0.0.7:8333 failed, rescheduling: did not get response before timeout', 'HighLatency', 'response before'],
    ['[10:00:20][W][modbus_bridge:481]: TCP timeout client_id=0', 'HighLatency', 'timeout'],
    // Postfix's watchdog, read by a phrase before (rounds 99-284).
    ['Mar  1 10:00:00 mx-1 postfix/postscreen[4411]: fatal: watchdog timeout', 'HighLatency', 'timeout'],
    ['[10:00:20.888][W][modbus_bridge:1802]: Modbus timeout: no response received (no first byte) client_id=0', 'HighLatency', 'timeout'],
    ['RequestTimeout: shop GET https://api.shop.example/api/mix/v1/position/allPosition?productType=umcbl', 'HighLatency', 'requesttimeout: '],
    ["[ERRO] tts: Timeout of request generation new audio for 'Hello there' speech by 'shop' speaker", 'HighLatency', 'timeout of request'],
    ['10:00:08.647 > Retransmit timeout', 'HighLatency', 'timeout'],
    ['OSError: Error fetching OrderBook for SHOP-BTC at shop_exchange. HTTP status is 504.', 'HighLatency', '504'],
    // Rounds 465-474: SIGKILL as Python's subprocess and ODM report it, uWSGI's daemons, ClusterODM's node list,
    // Scrapyd, Upstart, Postgres' postmaster, AzuraCast, bash's job report, LibreTime, Anthias, docling, a
    // browser's console, Tvheadend's tuner.
    ["subprocess.CalledProcessError: Command '['tesseract', '-l', 'eng', '/tmp/shop/000006_ocr.png', 'txt']' died with <Signals.SIGKILL: 9>.", 'OOMKilled', 'sigkill: 9>'],
    ['Exception: Child returned 137', 'OOMKilled', ' returned 137'],
    ['[uwsgi-daemons] respawning "redis-server"', 'CrashLoopBackOff', '[uwsgi-daemons] respawning '],
    ['1) 10.0.0.86:3001 [offline] [0/2] <version 1.5.3>', 'NodeNotReady', ' [offline] ['],
    ["[-] Process died: exitstatus=None  project='shop' spider='shop_spider' job='2025-03-01T10_00_00' pid=4242", 'PodDown', 'process died: exitstatus='],
    ['init: suricata pre-start process (4242) terminated with status 1', 'PodDown', ' terminated with status '],
    ['db  | LOG:  startup process (PID 23) was terminated by signal 6: Aborted', 'PodDown', ' was terminated by signal '],
    ['[2025-03-01T10:00:00.512355+00:00] AzuraCast.WARNING: Console command `azuracast:internal:liquidsoap` exited with error code 1. [] []', 'PodDown', ' exited with error code '],
    ['/code/run.sh: line 6:    21 Illegal instruction     (core dumped) python $RUNPATH/run.py "$@"', 'PodDown', ': line '],
    ["Mar  1 10:00:02 radio shop-playout[227]: 2025-03-01 10:00:02,441 [__main__] [WARNI]  Liquidsoap doesn't appear to be running!, Sleep", 'PodDown', ' appear to be running'],
    ['01.03.25 10:00:19 (+0000)  shop-viewer  Viewer crashed.', 'PodDown', ' crashed'],
    ['WARNING:        2025-03-01 10:00:06,856 - docling.pipeline.base_pipeline - Document processing time (8.141 seconds) exceeded the specified timeout of 3.000 seconds', 'HighLatency', 'exceeded the '],
    // Symfony's Process, read by a phrase before (rounds 229-232).
    ['The process "php artisan queue:work --once" exceeded the timeout of 60 seconds.', 'HighLatency', 'exceeded the '],
    ['Failed to load resource: the server responded with a status of 504 ()', 'HighLatency', '504'],
    ['2025-03-01 10:00:24.084 linuxdvb: Shop Tuner #0 : DVB-S #0 - poll TIMEOUT', 'HighLatency', 'timeout'],
    // Rounds 475-479: NodeBB's cluster, LinuxGSM's start, exit and monitor, Pterodactyl's daemon, a game server's
    // crash report, a program giving up, gamedig's watchdog, Talos' controller, the ClickHouse operator's wait.
    ['[cluster] Child Process (4242) has exited (code: null, signal: SIGSEGV)', 'PodDown', 'has exited (code: '],
    ['May  1 10:00:45 rust-server: Starting: Unable to start Shop MAP/SKILLS', 'PodDown', 'unable to start'],
    ['[ FAIL ] Starting sdtd-server: Unable to start LinuxGSM', 'PodDown', 'unable to start'],
    ['Mar  1 10:00:02.889 sdtdserver: START: FATAL: Unable to start Shop Host', 'PodDown', 'unable to start'],
    ['Mar  1 10:00:04.399 sdtdserver: START: FATAL: command_start.sh exiting with code: 1', 'PodDown', 'exiting with code'],
    ['[Pterodactyl Daemon] Exit Code: 1', 'PodDown', '[pterodactyl daemon]'],
    ['[Pterodactyl Daemon]: Exit code: 127', 'PodDown', '[pterodactyl daemon]'],
    ['shop-terraria     | Server crash: 3/1/2025 10:00:36 AM', 'PodDown', 'server crash: '],
    ['2025-03-01T10:00:45.781967703Z Unable to open log file, exiting.', 'PodDown', ', exiting'],
    ['[ FAIL ] Monitor sdtdserver: Querying port: 10.0.0.7:26901 : 60/5 : FAIL', 'StartupProbeFailed', 'querying port: '],
    ['{"error":"UDP Watchdog Timeout","query":{"host":"10.0.0.7","address":"10.0.0.7","port":28065,"port_query":28066,"type":"rust"}}', 'HighLatency', 'timeout'],
    ['10.0.0.21: user: warning: [2025-03-01T10:00:46.987135331Z]: [talos] controller failed {"component": "controller-runtime", "controller": "k8s.NodeApplyController", "error": "1 error(s) occurred:\\n\\ttimeout"}', 'HighLatency', 'timeout'],
    ['E0301 10:00:10.909254       1 creator.go:118] updateStatefulSet():StatefulSet update wait failed. err: waitStatefulSet(shop/chi-shop-0-0) - wait timeout', 'HighLatency', 'timeout'],
    ['e34ca737-6a27-11e4-b78a-04012f416701   shop/nginx    10.0.0.240/10.0.0.240   name=nginx,replicationController=nginxController   Terminated', 'PodDown', ' terminated'],
    // Rounds 480-484: supervisors restarting what ended (syslog-ng's, read by a phrase before), Viseron's
    // processes and finish script, Coder's embedded database, go2rtc's exec source, Nextcloud's transcoder.
    ["Mar  1 10:00:00 nms-1 syslog-ng[12]: Child program exited, restarting; cmdline='/opt/nms/syslog.php', status='0'", 'CrashLoopBackOff', 'exited, restarting'],
    ['Viseron  | 2025-03-01 10:00:18.189 [ERROR   ] [viseron.watchdog.subprocess_watchdog] - Process subprocess.viseron.components.storage.tier_check_worker.process has exited, restarting, message repeated 3 times', 'CrashLoopBackOff', 'exited, restarting'],
    ['Snapshot Plugin: plugin @scrypted/snapshot unexpectedly exited, restarting in 60000ms', 'CrashLoopBackOff', 'exited, restarting'],
    ['Service exited. Restarting momentarily.', 'CrashLoopBackOff', 'exited. restarting'],
    ['[2025-03-01 10:00:08] [ERROR   ] [viseron.camera.shop   ] - FFmpeg process has exited', 'PodDown', 'process has exited'],
    ['2025-03-01 10:00:36 [viseron-finish] Viseron exit code 100', 'PodDown', '-finish] '],
    ['2025-03-01 10:00:24.263 [ERROR] <./coderd/cmd/run.go:817> startEmbeddedPostgres.func1     postgres exited {"error": "exit status 1"}', 'PodDown', 'exited {"error":'],
    ['09:25:04.397 ERR [exec] timeout url="exec:ffmpeg -hide_banner -i rtsp://127.0.0.1:8554/shop -c:v libx264 -f rtsp rtsp://localhost:8554/shop-h264"', 'HighLatency', 'timeout'],
    ['{"reqId":"abc","level":3,"app":"memories","method":"GET","url":"/apps/memories/api/video/transcode/x/42/480p-000000.ts","message":"Transcode failed: Transcoder returned 408","version":"30.0.8.1"}', 'HighLatency', ' 408'],
    // Rounds 485-489: what was timing out (freshclam's connect, read by a phrase before, and clamd's recv), and
    // Proxmox on a container whose start command failed.
    ['nonblock_connect: connect timing out (30 secs)', 'HighLatency', ' timing out'],
    ['clamd-shop_1      | Sat Mar  1 10:00:22 2025 -> nonblock_recv: recv timing out (20 secs)', 'HighLatency', ' timing out'],
    ["TASK ERROR: command 'systemctl start pve-container@101' failed: exit code 1", 'PodDown', "' failed: exit code "],
    // Rounds 490-494: Ray Serve's replicas unplaced, text-generation-inference's shard.
    ["WARNING 2025-03-01 10:00:33,560 controller 306 -- Deployment 'Shop' in application 'shop' has 1 replicas that have taken more than 30s to be scheduled. This may be due to waiting for the cluster to auto-scale.", 'SchedulingBlocked', 'to be scheduled'],
    ['2025-03-01T10:00:22.392453Z ERROR text_generation_launcher: Shard 0 crashed', 'PodDown', ' crashed'],
    // Rounds 495-499: RKE2's Windows agent restarting a process or finding no program for it, Mesos' health checker.
    ['3/1/2025 10:00:45 PM {Calico exited: exit status 1. Retrying}', 'CrashLoopBackOff', '. retrying'],
    ['{containerd exited: exec: "containerd": executable file not found in %PATH%}', 'PodDown', 'exited: exec: '],
    ["W0301 10:00:19.460194  4220 health_checker.cpp:273] HTTP health check for task 'shop-iis.5e69307b' failed: curl.exe exited with status 125:", 'StartupProbeFailed', 'health check for task '],
    // Rounds 500-504: a shell's job a fault ended (with no core dump), php-fpm's child, PyTorch's elastic agent and
    // DeepSpeed's launcher on a worker, Typesense's status 408.
    ['/usr/src/app/run.sh: line 20:    17 Bus error               node /srv/shop/server.js -p 80', 'PodDown', ': line '],
    ['/entrypoint.sh: line 8:    10 Aborted                 node /srv/shop/server.js', 'PodDown', ': line '],
    ['[01-Mar-2025 10:00:24] WARNING: [pool www] child 361 exited on signal 11 (SIGSEGV) after 2.605780 seconds from start', 'PodDown', 'exited on signal '],
    ['ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 0 (pid: 4242) of binary: /opt/conda/bin/python', 'PodDown', 'failed (exitcode: '],
    ["[2025-03-01 10:00:29,269] [ERROR] [launch.py:321:sigkill_handler] ['/opt/conda/bin/python', '-u', 'train.py', '--local_rank=0'] exits with return code = 1", 'PodDown', 'exits with return code = '],
    ['E0301 10:00:33.112439   186 analytics_manager.cpp:577] Error while sending popular queries events to leader. Status code: 408, response:', 'HighLatency', ' 408'],
    // Rounds 505-509: a database's own status and crash report, illumos' `svcs -x`, dinit, an older `patronictl
    // list`, CloudNativePG's cluster row.
    ['Server tserver-2 is not running', 'PodDown', ' is not running'],
    ['Impact: This service is not running.', 'PodDown', 'this service is not running'],
    ['yugabyted crashed. For troubleshooting, see the logs under /home/shop/var/logs', 'PodDown', ' crashed.'],
    ['shop_web_1 | dinit: Service shop-worker process terminated with exit code 2', 'PodDown', ' process terminated with exit code '],
    ['| shop-pg |  pg_2  | 10.0.0.59 |        |     stopped      |    |   unknown |', 'PodDown', ' | stopped |'],
    ['shop-db   12d   3           2       Waiting for the instances to become active   shop-db-1', 'ReplicaMismatch', 'waiting for the instances to become active'],
    // Rounds 510-514: Collabora's server on its own exit, a task whose crash ends the line, a bracketed timeout code.
    ['wsd-00001-00001 2025-03-01 10:00:11.889611 +0000 [ coolwsd ] FTL  Forced Exit with code: 70| common/Util.cpp:1118', 'PodDown', 'forced exit with code: '],
    ["[2025-03-01 10:00:45] [CRITICAL] shop.main: The main worker task didn't handle an exception and has crashed", 'PodDown', ' has crashed'],
    ['Error [VOICE_CONNECTION_TIMEOUT]: Connection not established within 15 seconds.', 'HighLatency', '_timeout]: '],
    // Rounds 515-519: symfony-cli's workers, Vercel's functions, Pterodactyl's daemon, a server that cannot start,
    // Nhost's health checks.
    ['WARNING Worker "messenger_consume_async" exited with an error: command "symfony console messenger:consume async" failed early: exit status 1', 'PodDown', 'failed early: exit status '],
    // Rounds 535-539: Rancher on the k3s it runs, an `iotedge list` row, Consul's check it could not run, IoT
    // Edge's agent holding back a module's restart.
    ['2025/03/01 10:00:55 [FATAL] k3s exited with: exit status 1', 'PodDown', 'exited with: exit status '],
    ['shopHub                failed           Failed (139) a day ago  mcr.microsoft.com/azureiotedge-hub:1.4', 'PodDown', ' failed ('],
    ['2025/03/01 10:00:11 [ERR] agent: Check "service:shop-migrations" failed to invoke: fork/exec /consul/scripts/shop-migrations-checker.sh: no such file or directory', 'StartupProbeFailed', ' failed to invoke'],
    ["2025-03-01 10:00:19.556 +00:00 [INF] - Module 'shopHub' scheduled to restart after 05m:00s (04m:18s left).", 'CrashLoopBackOff', "' scheduled to restart after "],
    // Rounds 540-544: a tool's fatal error ending with the exit status of what it ran, a `k3d cluster list` row
    // short of servers, Loki's ring short of replicas.
    ["FATA[0420] error starting kubernetes: error at 'starting': exit status 1", 'PodDown', ': exit status '],
    ['shop-dev   0/1       0/0      true', 'ReplicaMismatch', ' true'],
    ['shop-dev   1/3       2/2      false', 'ReplicaMismatch', ' false'],
    ['level=warn ts=2025-03-01T10:00:09.463337401Z caller=logging.go:71 msg="POST /loki/api/v1/push (500) 151.072µs Response: \\"at least 2 live replicas required, could only find 1\\n\\" ws: false"', 'ReplicaMismatch', 'live replicas required'],
    ['Node.js process exited with exit status: 128. The logs above can help with debugging the issue.', 'PodDown', 'process exited with exit status: '],
    ['container@pterodactyl~ Server marked as offline...', 'PodDown', 'server marked as o'],
    ['[10:00:08] [main/FATAL]: Failed to start the minecraft server', 'PodDown', 'failed to start the '],
    ['> [shop_auth] [container] Health check attempt #21 unsuccessful', 'StartupProbeFailed', 'health check attempt #'],
    // Rounds 520-524: a fault signal a handler caught, a component of k3s that ended, Argo's pod deleted
    // under a workflow, a health command's verdict, a request a handler timed out, Jenkins' agent that
    // stopped answering, the kubelet that cannot get its own Node object.
    ['[2025/03/01 10:00:05] [engine] caught signal (SIGSEGV)', 'PodDown', 'caught signal ('],
    ['Mar  1 10:00:48 shop-node k3s[895]: time="2025-03-01T10:00:48.302883030Z" level=fatal msg="flannel exited: <nil>"', 'PodDown', ' exited: '],
    ['time="2025-03-01T10:00:31Z" level=warning msg="pod shop-nightly-4038816505 deleted" namespace=shop workflow=shop-nightly', 'PodDown', ' deleted"'],
    ['Agent health: FAIL', 'StartupProbeFailed', ' health: fail'],
    ['2025-03-01T10:00:20.254501170Z timeout_handler: Timeout request 7 due to disconnection', 'HighLatency', 'timeout request '],
    ["Making shop-agent-7f2c offline because it's not responding", 'NodeNotReady', ' offline because it'],
    ['Making shop-agent-7f2c offline because it’s not responding', 'NodeNotReady', ' offline because it'],
    ['Mar 01 10:00:08 shop-node-1 kubelet[213]: E0301 10:00:08.228395     213 kubelet.go:2291] "Error getting node" err="node \\"shop-node-1\\" not found"', 'NodeNotReady', 'error getting node'],
    // Rounds 525-529: a `consul members` row of a failed agent, client-go waiting minutes on its own rate limit.
    ['i-0a1b2c3d  10.0.61.162:8301   failed  client  1.4.1  2         dc1', 'NodeNotReady', ' failed '],
    ['shop-ctl-7c9f69fd76-dpq9n shop-ctl I0301 10:00:47.831447       1 request.go:665] Waited for 1m47.209129954s due to client-side throttling, not priority and fairness, request: GET:https://10.0.0.1:443/api/v1/namespaces/shop/configmaps', 'HighLatency', 'client-side throttling'],
    // Rounds 530-534: a Kubernetes server's health endpoint on a failed check, Talos' service runner.
    ['E0301 10:00:12.307245       1 healthz.go:244] metric-storage-ready check failed: readyz', 'StartupProbeFailed', ' check failed: '],
    ['user: warning: [2025-03-01T10:00:24.820277911Z]: [talos] service[etcd](Failed): Failed to run pre stage: failed to build initial etcd cluster', 'PodDown', '[talos] service['],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it('reads a timeout type after its namespace, not a test case named for a timeout among dotted words (the check can fail)', () => {
    const named = '(1/1) type_specific.io-github-autotest-libvirt.virsh.migrate_vm.positive_testing.p2p_migration.timeout.without_postcopy: PASS (167.21 s)';
    const typeName = DETECTABLE_SHAPES.HighLatency.find((shape) => shape.contains === 'timeout' && shape.shape.source.startsWith('(?<=(?:::|\\.)'))!;
    expect(typeName.shape.test(matchText(named))).toBe(false);
    expect(detect('ERROR ' + named)).toBeNull();
    for (const line of ['java.net.SocketTimeoutException: Read timed out', 'asyncio.TimeoutError', 'net/http: request canceled (Client.Timeout exceeded while awaiting headers)']) {
      expect(typeName.shape.test(matchText(line))).toBe(true);
    }
    // Without the refusal of a dotted word after it, the case name reads as a timeout.
    const loose = new RegExp(typeName.shape.source.replace('|\\.\\w)', ')'), 'i');
    expect(loose.source).not.toBe(typeName.shape.source);
    expect(loose.test(matchText(named))).toBe(true);
  });

  it("reads another API's `/v2/` path failing as what its words say, not as a registry's (the check can fail)", () => {
    const probe = 'Readiness probe failed: Get "http://10.0.0.4:8000/v2/health/ready": context deadline exceeded';
    expect(detect(probe)).toBe('StartupProbeFailed');
    expect(shapeEvidence(probe, 'ImagePullBackOff', '/v2/').own).toBe(false);
    expect(shapeEvidence('Get "https://registry.example.com/v2/": net/http: request canceled', 'ImagePullBackOff', '/v2/').own).toBe(true);
  });

  it("reads nginx's time-less syslog layout (Harbor's proxy) by its request time, and not under a higher bar or another layout (the check can fail)", () => {
    const slow = '10.0.0.7 - "GET /v2/shop/web/blobs/sha256:ab12 HTTP/1.1" 200 5120 "-" "containerd/1.7" 95.120 95.119 .';
    expect(readAccessLog(slow)).toEqual({ status: 200, seconds: 95.12 });
    expect(detect(slow)).toBe('HighLatency');
    expect(underSlowBars(slow, 120)).toEqual(['HighLatency', null]);
    expect(readAccessLog(slow.replace('10.0.0.7 - ', 'client=10.0.0.7 - '))).toBeNull();
    expect(readAccessLog(slow.replace(' 95.119 .', ' 95.119'))).toBeNull();
  });

  it('keeps a quote that closes a value from reading the next key\'s zero as no timeouts (the check can fail)', () => {
    const absent = (line: string) => EXCLUDE_SHAPES.HighLatency.some((layout) => layout.shape.test(matchText(line)));
    const tunnel = '2025-03-01T10:00:00Z ERR Request failed error="dial tcp 10.0.0.5:3000: i/o timeout" connIndex=0 type=http';
    expect(absent(tunnel)).toBe(false);
    expect(detect(tunnel)).toBe('HighLatency');
    expect(absent('{"requests": 120, "timeouts": 0}')).toBe(true);
    expect(absent('{"requests": 120, "timeouts" : 0}')).toBe(true);
    expect(absent('upstream timeout count: 0')).toBe(true);
  });

  it("reads zerolog's three-letter levels after a time: INF final, ERR and WRN stated (the check can fail)", () => {
    const consensus = '2:12PM INF Timed out dur=4850.45 height=100 module=consensus round=0 step=1';
    expect(inferSeverity(consensus)).toBe('INFO');
    expect(detect(consensus)).toBeNull();
    const info = severityRule('INFO', 'level');
    expect(levelMarkersPattern([info]).exec(consensus)).not.toBeNull();
    expect(levelMarkersPattern([{ ...info, patterns: info.patterns.filter((p) => !p.source.includes('INF|')) }]).exec(consensus)).toBeNull();
    expect(inferSeverity('2025-03-01T10:00:00Z ERR Unable to register connection')).toBe('ERROR');
    expect(inferSeverity('10:00AM WRN slow peer')).toBe('WARNING');
    // Not a level where no time comes before it.
    expect(inferSeverity('value was INF after the division')).toBe('INFO');
    expect(levelMarkersPattern([info]).exec('value was INF after the division')).toBeNull();
  });

  it("keeps a count's name followed by its own value off the slow-operation counts: MySQL's status line is quiet, and without that guard it is latency (the check can fail)", () => {
    const status = 'dovecot-mailcow_1    | Uptime: 139  Threads: 39  Questions: 573  Slow queries: 0  Opens: 40  Flush tables: 1';
    expect(detect(status)).toBeNull();
    expect(detect('2025-03-01 10:00:00 HEALTH_WARN 3 slow ops, oldest one blocked for 65 sec, osd.2 has slow ops')).toBe('HighLatency');
    const counts = DETECTABLE_SHAPES.HighLatency.find((s) => s.shape.source.includes('metadata ios'))!;
    const unguarded = new RegExp(counts.shape.source.replace('\\b(?!:)', '\\b'), counts.shape.flags);
    expect(counts.shape.test(matchText(status))).toBe(false);
    expect(unguarded.test(matchText(status))).toBe(true);
  });

  it("reads Collabora's three-letter levels after a thread's name in brackets: TRC final, WRN stated (the check can fail)", () => {
    const poll = 'wsd-00001-00027 2025-03-01 10:00:00.000000 +0100 [ prisoner_poll ] TRC  Poll completed with 0 live polls max (64000000us)(timedout)| net/Socket.cpp:448';
    expect(inferSeverity(poll)).toBe('INFO');
    expect(detect(poll)).toBeNull();
    const info = severityRule('INFO', 'level');
    expect(levelMarkersPattern([info]).exec(poll)).not.toBeNull();
    // The seam: the bracket taken out of the lookbehind, the trace level is not read.
    const unbracketed = info.patterns.map((p) => new RegExp(p.source.replace('[\\dZM\\]]', '[\\dZM]'), p.flags));
    expect(levelMarkersPattern([{ ...info, patterns: unbracketed }]).exec(poll)).toBeNull();
    expect(inferSeverity('wsd-00001-00001 2025-03-01 10:00:00.000000 +0100 [ coolwsd ] WRN  #30: CheckTimeout: Timeout while requesting [GET x] after 129578ms| net/HttpRequest.hpp:1821')).toBe('WARNING');
    expect(inferSeverity('frk-00035-00035 2025-03-01 10:00:00.000000 +0100 [ forkit ] ERR  Failed to spawn kit| kit/ForKit.cpp:730')).toBe('ERROR');
  });

  it("reads Telegraf's one-letter levels after a time: I! final, E! and W! stated (the check can fail)", () => {
    const flush = '2025-03-01T10:00:00Z W! [agent] ["outputs.http"] did not complete within its flush interval';
    expect(inferSeverity(flush)).toBe('WARNING');
    expect(detect(flush)).toBe('HighLatency');
    const warning = severityRule('WARNING', 'level');
    expect(levelMarkersPattern([{ ...warning, patterns: warning.patterns.filter((p) => !p.source.includes('W!')) }]).exec(flush)).toBeNull();
    expect(inferSeverity('2025-03-01T10:00:00Z E! [outputs.http] When writing to [http://x]: Post "http://x": context deadline exceeded')).toBe('ERROR');
    expect(inferSeverity('2025-03-01T10:00:00Z I! [agent] Hang on, flushing any cached metrics before shutdown')).toBe('INFO');
    expect(detect('2025-03-01T10:00:00Z I! [agent] Hang on, flushing any cached metrics before shutdown')).toBeNull();
  });

  it("reads a SQL client's result line by the statement's time: 30 s or more is latency, and not under a higher bar (the check can fail)", () => {
    expect(readQueryResult('Query OK, 1 row(s) in set (88.348063s)')).toEqual({ status: 0, seconds: 88.348063 });
    expect(readQueryResult('3 rows in set, 1 warning (31.02 sec)')).toEqual({ status: 0, seconds: 31.02 });
    expect(readQueryResult('Empty set (45.10 sec)')).toEqual({ status: 0, seconds: 45.1 });
    expect(readQueryResult('Query OK, 12 rows affected (0.04 sec)')).toEqual({ status: 0, seconds: 0.04 });
    expect(detect('Query OK, 1 row(s) in set (88.348063s)')).toBe('HighLatency');
    expect(detect('3 rows in set (0.01 sec)')).toBeNull();
    expect(underSlowBars('Query OK, 1 row(s) in set (88.348063s)', 120)).toEqual(['HighLatency', null]);
    // A line that only mentions a set is not read.
    expect(readQueryResult('the rows in set (see above) were dropped')).toBeNull();
    // The time closes the line: a result quoted before other words is not read, trailing blanks are.
    expect(readQueryResult('Query OK, 1 row(s) in set (88.348063s) after retry')).toBeNull();
    expect(readQueryResult('Query OK, 1 row(s) in set (88.348063s)  ')).toEqual({ status: 0, seconds: 88.348063 });
  });

  it("reads an initialization's timeout as the outcome, and not without `initialization` among the operations (the check can fail)", () => {
    const line = matchText('[x] [ERROR] InternalError: [FATAL] Service "elasticsearch": initialization timeout');
    expect(TIMEOUT_AS_OUTCOME.test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS.filter((op) => op !== 'initialization')).test(line)).toBe(false);
  });

  it("reads a watch's timeout as the outcome, and not without `watch` among the operations (the check can fail)", () => {
    const line = matchText('{"level":"error","msg":"error initializing namespaces values","error":"initializing value error (key=\'/namespaces\'): init watch timeout"}');
    expect(TIMEOUT_AS_OUTCOME.test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS.filter((op) => op !== 'watch')).test(line)).toBe(false);
  });

  it("reads npm's `ERR! ` as a separator before a timeout's words, and not without it (the check can fail)", () => {
    const line = matchText('npm ERR! network Socket timeout');
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS).test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS, TIMEOUT_SEPARATORS.filter((s) => s !== '! ')).test(line)).toBe(false);
  });

  it.each([
    ["a Jenkins agent's container ended with an error", 'ci/build-4411-x2k9q Container jnlp was terminated (Exit Code: 255, Reason: Error)', 'PodDown', 'CrashLoopBackOff', 'was terminated (exit code:'],
    ["an s6 finish script's report of its service's exit code", '2025-03-01 10:00:36 [viseron-finish] Viseron exit code 100', 'PodDown', 'CrashLoopBackOff', '-finish] '],
    ["Proxmox's report of a command that failed", "TASK ERROR: command 'lvremove -f pve/vm-101-disk-0' failed: exit code 5", null, 'CrashLoopBackOff', "' failed: exit code "],
    ["Proxmox's report of a start command that failed", "TASK ERROR: command 'systemctl start pve-container@101' failed: exit code 1", 'PodDown', 'CrashLoopBackOff', "' failed: exit code "],
    ["curl's error on a gateway timeout", 'error: RPC failed; HTTP 504 curl 22 The requested URL returned error: 504 Gateway Time-out', 'HighLatency', 'StartupProbeFailed', 'the requested url returned error: '],
    [
      "Windows' start failure on a utility VM that did not answer in time",
      'docker: Error response from daemon: container dd1966 encountered an error during Start: failure in a Windows system call: The operation timed out because a response was not received from the Virtual Machine hosting the Container. (0xc0370109).',
      'HighLatency',
      'StartupProbeFailed',
      'response was not received from the virtual machine',
    ],
  ] as const)('reads %s as what it says, and not so without its exclusion (the check can fail)', (_what, line, reading, without, exclusion) => {
    expect(detect(line)).toBe(reading);
    expect(plainReading(line)).toBe(reading);
    expect(plainReading(line, { failure: without, exclusion })).toBe(without);
  });

  it.each([
    // A worker stopped or that ended well, in the words whose faults and errors rounds 500-504 read.
    '[01-Mar-2025 10:00:24] NOTICE: [pool www] child 361 exited on signal 15 (SIGTERM) after 1200.605780 seconds from start',
    'WARNING:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -15) local_rank: 0 (pid: 4242) of binary: /opt/conda/bin/python',
    "[2025-03-01 10:00:29,269] [INFO] [launch.py:351:main] Process 4242 exits successfully. ['/opt/conda/bin/python', '-u', 'train.py'] exits with return code = 0",
    '/usr/src/app/run.sh: line 20:    17 Done                    node /srv/shop/server.js -p 80',
    'I0301 10:00:33.112439   186 analytics_manager.cpp:577] Sent popular queries events to leader. Status code: 200, response: {"ok":true}',
    'Server tserver-2 is running',
    'Impact: None.',
    'shop_web_1 | dinit: Service shop-worker process terminated with exit code 0',
    '| shop-pg |  pg_0  | 10.0.0.50 | Leader |     running      |  1 |           |',
    'shop-db   12d   3           3       Cluster in healthy state   shop-db-1',
    'shop-db   12d   3           3       Waiting for the instances to become active   shop-db-1',
    'wsd-00001-00001 2025-03-01 10:00:11.889611 +0000 [ coolwsd ] INF  Forced Exit with code: 0| common/Util.cpp:1118',
    'shop-worker has crashed 0 times since it started',
    'config: [read_timeout] section loaded',
    'container@pterodactyl~ Server marked as starting...',
    'Node.js process exited with exit status: 0.',
    'WARNING Worker "messenger_consume_async" exited: command "symfony console messenger:consume async" failed early: exit status 0',
    '> [shop_auth] [container] Health check attempt #3 successful',
    // The same speakers in the words rounds 520-524 read, where nothing failed.
    'Agent health: PASS',
    '[2025/03/01 10:00:09] [engine] caught signal (SIGTERM)',
    'Caught signal SIGHUP, refreshing',
    'Mar  1 10:00:48 shop-node k3s[895]: time="2025-03-01T10:00:48.302883030Z" level=info msg="containerd exited: <nil>"',
    'time="2025-03-01T10:00:31Z" level=info msg="pod shop-nightly-4038816505 created" namespace=shop workflow=shop-nightly',
    '2025-03-01T10:00:20.254501170Z timeout_handler: request 7 answered',
    "Making shop-agent-7f2c online because it's responding again",
    '[INFO] plugin/health: Going into lameduck mode for 5s',
    // The same speakers in the words rounds 525-529 read, where nothing failed.
    'i-0a1b2c3d  10.0.61.162:8301   alive   client  1.4.1  2         dc1',
    'i-0a1b2c3d  10.0.61.162:8301   left    client  1.4.1  2         dc1',
    'INFO[2025-03-01T10:00:16.055946913+08:00] libcontainerd: started new containerd process  pid=1514',
    'Error: 2 jobs failed 10.0.0.7:8301 and more',
    // The same speakers in the words rounds 530-534 read, where nothing failed.
    'user: warning: [2025-03-01T10:00:55.746212813Z]: [talos] service[kubelet](Running): Health check successful',
    'user: warning: [2025-03-01T10:00:07.791264814Z]: [talos] service[etcd](Waiting): Waiting for service "cri" to be "up"',
    'I0301 10:00:22.305628       1 handler.go:153] metrics-server: GET "/readyz" satisfied by nonGoRestful',
    'INFO[0128] [healthcheck] Start Healthcheck on service [kube-apiserver] on host [10.0.88.243]',
    'the whole cluster is healthy again',
    // The same speakers in the words rounds 535-539 read, where nothing failed.
    'shopAgent              running          Up a day                mcr.microsoft.com/azureiotedge-agent:1.4',
    'shopModule             stopped          Stopped                 registry.local/shop/module:2.8',
    '2025/03/01 10:00:55 [INFO] k3s exited with: exit status 0',
    '2025/03/01 10:00:11 [INFO] agent: Synced check "service:shop-migrations"',
    "2025-03-01 10:00:19.556 +00:00 [INF] - Module 'shopHub' restarted",
    'replicaset.apps/shop-webhook-65f5455d9c   1   1   1   16m   shop-webhook   registry.local/shop/webhook:v0.4.2   app=shop-webhook,pod-template-hash=65f5455d9c',
    'replicaset.apps/shop-webhook-788c48b988   0   0   0   214d  shop-webhook   registry.local/shop/webhook:v0.3.5   app=shop-webhook,pod-template-hash=788c48b988',
    // The same speakers in the words rounds 540-544 read, where nothing failed.
    'FATA[0003] error starting kubernetes: exit status 0',
    'INFO[0017] stopping: exit status 1 of the old cluster was expected',
    'shop-dev   1/1       2/2      true',
    'level=debug msg="POST /loki/api/v1/push (204) 1.2ms Response: at least 2 live replicas required, could only find 2"',
  ])('reads %j, an ending the new shapes leave alone, as no failure', (line) => {
    expect(plainReading(line)).toBeNull();
  });

  it("keeps a probe's curl error on another status a probe: the gateway-timeout exclusion reads only 504 and 408", () => {
    expect(detect('Liveness probe failed: curl: (22) The requested URL returned error: 404')).toBe('StartupProbeFailed');
  });

  it('reads a FailedCreate whose admission webhook timed out as the latency it is, and not without that exclusion (the check can fail)', () => {
    const row = '0s    Warning   FailedCreate   ReplicaSet   Error creating: Internal error occurred: failed calling webhook "inject.example.com": Post https://injector.ops.svc:443/mutate?timeout=30s: context deadline exceeded';
    expect(detect(row)).toBe('HighLatency');
    expect(plainReading(row)).toBe('HighLatency');
    expect(plainReading(row, { failure: 'ReplicaMismatch', exclusion: 'failed calling webhook' })).toBe('ReplicaMismatch');
    // The call's own `?timeout=30s` is not a timeout: a webhook with no endpoints leaves the
    // replicas short.
    expect(detect(row.replace('context deadline exceeded', 'no endpoints available for service "injector"'))).toBe('ReplicaMismatch');
  });

  it.each([
    // A check killed at its timeout (Icinga): the timeout, not an OOM kill.
    ['[2025-03-01 10:00:00 +0000] warning/PluginCheckTask: Check command for object \'web-1\' terminated with exit code 128, output: <Timeout exceeded.><Terminated by signal 9 (Killed).>', 'HighLatency', 'OOMKilled', 'timeout exceeded'],
    // Ray's list of a dead worker's possible causes: the worker died, not an OOM kill.
    ['(raylet) A worker died or was killed while executing a task by an unexpected system error. There are some potential root causes. (1) The process is killed by SIGKILL by OOM killer due to high memory usage.', 'PodDown', 'OOMKilled', 'there are some potential root causes'],
    // The MongoDB Java driver's timeout: latency, not the probe its quoted `Connection refused` names.
    ['2025-03-01 10:00:00,000 ERROR: org.graylog2.bootstrap.CmdLineTool - com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=Unknown, servers=[{address=10.0.0.9:27017, type=Unknown, state=Connecting, exception={com.mongodb.MongoException$Network: Exception opening the socket}, caused by {java.net.ConnectException: Connection refused}}]', 'HighLatency', 'StartupProbeFailed', 'client view of cluster state is'],
  ] as const)('reads %j as %s, not %s: the exclusion %j is what does (the check can fail)', (line, reads, failure, exclusion) => {
    expect(plainReading(line)).toBe(reads);
    expect(detect(line)).toBe(reads);
    expect(plainReading(line, { failure, exclusion })).toBe(failure);
  });

  it("reads the level of a line before the probe output it quotes, not a level inside that output (the check can fail)", () => {
    const line = '(combined from similar events): Readiness probe failed: 2025-03-01 10:00:00.000 [INFO][4411] confd/health.go 180: Number of node(s) with BGP peering established = 0 calico/node is not ready: BIRD is not ready: BGP not established with 10.0.0.7';
    expect(inferSeverity(line)).not.toBe('INFO');
    expect(detect(line)).toBe('StartupProbeFailed');
    expect(inferSeverity(line, undefined, false)).toBe('INFO');
    // A level stated before the quote is still the line's.
    expect(inferSeverity('level=info msg="Readiness probe failed: [ERROR] connection refused"')).toBe('INFO');
  });


  it("reads a pod row whose STATUS is a failed phase's reason (a virtual node's `ProviderFailed`) as PodDown, and not without that rule (the check can fail)", () => {
    const row = (status: string, ready = '0/1') => `web-aci-worker-7777b5955d-hcs85   ${ready}   ${status}   0   2h`;
    const read = readPodRow(row('ProviderFailed'))!;
    expect(judgePodRow(read)).toBe('PodDown');
    expect(judgePodRow(read, FIELD_TABLES.podStatus.filter((r) => !(r.status === 'failed' && r.suffix === true)))).toBeNull();
    expect(judgePodRow(readPodRow(row('Failed'))!)).toBe('PodDown');
    // A container still ready: not down.
    expect(judgePodRow(readPodRow(row('ProviderFailed', '1/1'))!)).toBeNull();
  });

  it('reads a pod row being deleted with a container not ready as down, one still fully ready as quiet, and not without the not-all-ready rule (the check can fail)', () => {
    const row = (ready: string, age = '8d') => `ci   drone-7f3a9c2e1b4d5x   ${ready}   Terminating   2   ${age}`;
    expect(judgePodRow(readPodRow(row('4/7'))!)).toBe('PodDown');
    expect(judgePodRow(readPodRow(row('0/1'))!)).toBe('PodDown');
    // Fully ready, it is shutting down while the pod is young, and stuck once it is ten minutes old.
    expect(judgePodRow(readPodRow(row('2/2', '8m'))!)).toBeNull();
    expect(judgePodRow(readPodRow(row('2/2'))!)).toBe('PodDown');
    // Under a minute old: still going away.
    expect(judgePodRow(readPodRow(row('4/7', '40s'))!)).toBeNull();
    // The rule as it was, none ready: a pod at 4/7 said nothing.
    const noneReady = FIELD_TABLES.podStatus.map((r) => (r.status === 'terminating' ? { status: r.status, failure: r.failure, noneReady: true, minAgeSeconds: 60 } : r));
    expect(judgePodRow(readPodRow(row('4/7'))!, noneReady)).toBeNull();
  });

  it("reads a pretty-printed request logger's line (Directus) by its status and time, and not under a higher bar or another layout (the check can fail)", () => {
    const errored = '10:00:00 ✨ request errored GET 500 /extensions/interfaces/index.js 1m';
    expect(readPrettyRequest(errored)).toEqual({ status: 500, seconds: 60 });
    expect(detect(errored)).toBe('HighLatency');
    const completed = '10:00:00 ✨ request completed GET 200 /items/orders 45.2s';
    expect(readPrettyRequest(completed)).toEqual({ status: 200, seconds: 45.2 });
    expect(detect(completed)).toBe('HighLatency');
    expect(underSlowBars(completed, 60)).toEqual(['HighLatency', null]);
    expect(readPrettyRequest(completed.replace('request completed', 'request started'))).toBeNull();
    expect(readPrettyRequest(completed.replace(' 45.2s', ''))).toBeNull();
  });

  it("reads Macaron's request log (Gogs) in both layouts by its status and time, and not under a higher bar or another layout (the check can fail)", () => {
    const slow = '[Macaron] Completed /repo/migrate 500 Internal Server Error in 43m43.314713378s';
    expect(readMacaronRequest(slow)).toEqual({ status: 500, seconds: 2623.314713378 });
    expect(detect(slow)).toBe('HighLatency');
    const answered = '[Macaron] Completed /shop/web/archive/main.zip 200 OK in 45.2s';
    expect(detect(answered)).toBe('HighLatency');
    expect(underSlowBars(answered, 60)).toEqual(['HighLatency', null]);
    const timed = '[Macaron] 2025-03-01 10:00:00: Completed POST /api/v1/repos/migrate 504 Gateway Timeout in 1m0.2s';
    expect(readMacaronRequest(timed)).toEqual({ status: 504, seconds: 60.2 });
    expect(detect(timed)).toBe('HighLatency');
    expect(detect('[Macaron] 2025-03-01 10:00:00: Completed GET /shop/web 200 OK in 1.503ms')).toBeNull();
    expect(readMacaronRequest(slow.replace('Completed', 'Started'))).toBeNull();
    expect(readMacaronRequest(slow.replace('[Macaron] ', ''))).toBeNull();
  });

  it("reads oauth2-proxy's request log with and without the request's id by its status and time, and not under a higher bar or another layout (the check can fail)", () => {
    const slow = '10.0.0.7 - jane [2025/03/01 10:00:00] 127.0.0.1:4180 GET 127.0.0.1:4567 "/report" HTTP/1.1 "Mozilla/5.0 (X11; Linux x86_64)" 200 2 290.270';
    const withId = '10.0.0.7 - 1a2b3c4d-0000-4000-8000-000000000001 - jane@example.org [2025/03/01 10:00:00] shop.example.org GET 10.0.0.9:8080 "/api/export?all=1" HTTP/1.1 "curl/8.5.0" 502 336 300.283';
    expect(readAccessLog(slow)).toEqual({ status: 200, seconds: 290.27 });
    expect(readAccessLog(withId)).toEqual({ status: 502, seconds: 300.283 });
    expect(detect(slow)).toBe('HighLatency');
    expect(detect(withId)).toBe('HighLatency');
    expect(underSlowBars(slow, 600)).toEqual(['HighLatency', null]);
    // Another layout: the time in the common log format's brackets is not oauth2-proxy's.
    expect(readAccessLog(slow.replace('[2025/03/01 10:00:00]', '[01/Mar/2025:10:00:00 +0000]'))).toBeNull();
    // The time taken closes the line.
    expect(readAccessLog(`${slow} extra`)).toBeNull();
  });

  it("reads a request logged once answered (Gitea's router, Octokit's log) by its status and time, and not under a higher bar or another layout (the check can fail)", () => {
    const slow = '2025/03/01 10:00:00 ...eb/routing/logger.go:102:func1() [I] router: completed GET /metrics for 10.0.0.9:4909, 200 OK in 317276.7ms @ web/metrics.go:16(web.Metrics)';
    expect(readAnsweredRequest(slow)).toEqual({ status: 200, seconds: 317.2767 });
    expect(detect(slow)).toBe('HighLatency');
    expect(underSlowBars(slow, 400)).toEqual(['HighLatency', null]);
    const gateway = 'PUT /repos/shop/artifacts/contents/web-4.2.zip - 504 in 11158ms';
    expect(readAnsweredRequest(gateway)).toEqual({ status: 504, seconds: 11.158 });
    expect(detect(gateway)).toBe('HighLatency');
    expect(readAnsweredRequest(gateway.replace(' - 504', ' 504'))).toBeNull();
    expect(readAnsweredRequest(slow.replace('GET /metrics', 'GET metrics'))).toBeNull();
  });

  it("reads the end of `=> ` as a separator before a timeout's words, and not without it (the check can fail)", () => {
    const line = matchText('context: { timeout: 60 } => operation timeout');
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS).test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS, TIMEOUT_SEPARATORS.filter((sep) => sep !== '> ')).test(line)).toBe(false);
  });

  it('keeps a frontend\'s bad heartbeat and kubeadm\'s kubelet check off the probes: the exclusions are what do (the check can fail)', () => {
    const heartbeat = '2025-03-01 10:00:00,000 WARN (heartbeat mgr|16) [HeartbeatMgr.runAfterCatalogReady():168] get bad heartbeat response: type: BACKEND, status: BAD, msg: Connection refused';
    expect(plainReading(heartbeat)).toBe('NodeNotReady');
    expect(plainReading(heartbeat, { failure: 'StartupProbeFailed', exclusion: 'bad heartbeat response' })).toBe('StartupProbeFailed');
    const check = "[kubelet-check] The HTTP call equal to 'curl -sSL http://localhost:10248/healthz' failed with error: connection refused.";
    expect(plainReading(check)).toBe('NodeNotReady');
    expect(plainReading(check, { failure: 'StartupProbeFailed', exclusion: '[kubelet-check]' })).toBe('StartupProbeFailed');
  });

  it('reads a FailedCreate whose create call timed out as the latency it is, as an event row and as words, and not without those rules (the check can fail)', () => {
    const describeRow = 'Warning  FailedCreate  13s  replicaset-controller  Error creating: Timeout: request did not complete within requested timeout context deadline exceeded';
    const event = readEventRow(describeRow)!;
    expect(judgeEventRow(event).failure).toBe('HighLatency');
    expect(judgeEventRow(event, EVENT_RULES.filter((rule) => rule.failure_type !== 'HighLatency' || !rule.reasons?.includes('FailedCreate'))).failure).toBe('ReplicaMismatch');
    // A quota refusal leaves the replicas short.
    expect(judgeEventRow(readEventRow('Warning  FailedCreate  13s  replicaset-controller  Error creating: pods "web-1" is forbidden: exceeded quota: compute')!).failure).toBe('ReplicaMismatch');
    const getRow = '25m         Warning   FailedCreate        ReplicaSet   Error creating: Timeout: request did not complete within requested timeout 30s';
    expect(detect(getRow)).toBe('HighLatency');
    expect(plainReading(getRow, { failure: 'ReplicaMismatch', exclusion: 'request did not complete within requested timeout' })).toBe('ReplicaMismatch');
  });

  it("reads an event of reason BackOff whose message is `Error: ImagePullBackOff` as the pull backing off, and as a crash loop without that word (the check can fail)", () => {
    const row = '0s          Normal    BackOff     pod/web-6cc86c967-jfh8x     Error: ImagePullBackOff';
    expect(detect(row)).toBe('ImagePullBackOff');
    const event = readEventRow(row)!;
    const rules: readonly EventRule[] = EVENT_RULES;
    const without = rules.map((rule) => (rule.failure_type === 'ImagePullBackOff' && rule.reasons?.includes('BackOff') ? { ...rule, message_any: (rule.message_any ?? []).filter((word) => word !== 'imagepullbackoff') } : rule));
    expect(judgeEventRow(event, without).failure).toBe('CrashLoopBackOff');
  });

  it("reads a call about a pod that failed as what its words say, not as the pod down (the check can fail)", () => {
    const query = '2025-03-01T10:00:00.000Z\tERROR\tkubernetes/util.go:85\tkubernetes: Querying for pod failed with error: Get https://10.0.0.1:443/api/v1/namespaces/shop/pods/web-1: dial tcp 10.0.0.1:443: i/o timeout';
    expect(detect(query)).toBe('HighLatency');
    expect(shapeEvidence(query, 'PodDown', 'pod failed').own).toBe(false);
    expect(shapeEvidence(query.replace('Querying for pod failed', 'Pod failed'), 'PodDown', 'pod failed').own).toBe(true);
  });

  it("reads a registry's error status on a pull as the pull refused, and its gateway's timeout as latency (the check can fail)", () => {
    const refused = 'Error response from daemon: received unexpected HTTP status: 503 Service Unavailable';
    const timedOut = 'received unexpected HTTP status: 504 Gateway Time-out';
    expect(detect(refused)).toBe('ImagePullBackOff');
    expect(detect(timedOut)).toBe('HighLatency');
    expect(shapeEvidence(timedOut, 'ImagePullBackOff', 'received unexpected http status: ').own).toBe(false);
  });

  it("reads InfluxDB's own access log in both layouts by its status and time: an error after 10 s is latency, and not under a higher bar (the check can fail)", () => {
    const old = '[http] 2025/03/01 10:00:16 10.0.0.7 - root [01/Mar/2025:10:00:00 +0000] POST /write?db=metrics&precision=s HTTP/1.1 500 44 - InfluxDBClient 5f247e30-baa1-11e5-8001-000000000000 16.310609716s';
    expect(readAccessLog(old)).toEqual({ status: 500, seconds: 16.310609716 });
    expect(detect(old)).toBe('HighLatency');
    const raised = { ...FIELD_TABLES, accessLog: { ...FIELD_TABLES.accessLog, slowErrorSeconds: 20 } };
    expect(judgeFields(old, raised)).toEqual({ format: 'access-log', failure: null, severity: 'ERROR' });
    const quoted = '[httpd] 10.0.0.7 - admin [01/Mar/2025:10:00:00 +0000] "POST /api/v1/prom/write?db=metrics HTTP/1.1" 500 20 "-" "Prometheus/2.21.0" 7af0c41c-77d4-11eb-8e12-f6b991a57bcb 10022713';
    expect(readAccessLog(quoted)).toEqual({ status: 500, seconds: 10.022713 });
    expect(detect(quoted)).toBe('HighLatency');
    // Without its request id the quoted layout's last number is not read as a time.
    expect(readAccessLog(quoted.replace(' 7af0c41c-77d4-11eb-8e12-f6b991a57bcb', ''))).toEqual({ status: 500, seconds: null });
    // A fast error is an error of no class; without its request id the old layout is not read.
    expect(judgeFields(old.replace('16.310609716s', '2.1s'))?.failure).toBeNull();
    expect(readAccessLog(old.replace(' 5f247e30-baa1-11e5-8001-000000000000', ''))).toBeNull();
  });

  it("reads actix-web's request logger and morgan's two layouts by their status and time: an error after 10 s is latency, and not under a higher bar (the check can fail)", () => {
    const actix = '2025-03-01T10:00:00.000000Z  INFO actix_web::middleware::logger: 10.0.0.7 "POST /collections/docs/points/query HTTP/1.1" 500 286 "-" "qdrant-client/1.14.1 python/3.11.14" 60.101913';
    expect(readAccessLog(actix)).toEqual({ status: 500, seconds: 60.101913 });
    expect(detect(actix)).toBe('HighLatency');
    const raised = { ...FIELD_TABLES, accessLog: { ...FIELD_TABLES.accessLog, slowSeconds: 120, slowErrorSeconds: 120 } };
    expect(judgeFields(actix, raised)?.failure).toBeNull();
    // Without the logger's name the line is not read as its layout.
    expect(readAccessLog(actix.replace('actix_web::middleware::logger', 'app'))).toBeNull();
    const dev = 'GET /styles/basic/2/2/2.png 503 30036.901 ms - 16';
    expect(readServeRequest(dev)).toEqual({ status: 503, seconds: 30.036901 });
    expect(detect(dev)).toBe('HighLatency');
    expect(judgeFields(dev, raised)?.failure).toBeNull();
    expect(readServeRequest('GET /data/x.pbf 503 7050 - 30036.901 ms')).toEqual({ status: 503, seconds: 30.036901 });
    // With no size sent (`-`) the dev layout is still read.
    expect(readServeRequest('GET /styles/basic/2/2/2.png 503 30036.901 ms - -')).toEqual({ status: 503, seconds: 30.036901 });
    // A line that only ends like one is not read.
    expect(readServeRequest('GET /data/x.pbf 503 7050 then 30036.901 ms')).toBeNull();
    // A time in whole seconds after the status stays the request loggers' own layout.
    expect(readServeRequest('--> POST /v1/messages 500 5s')).toEqual({ status: 500, seconds: 5 });
  });

  it("reads a gRPC call log's DeadlineExceeded as latency at its stated debug level, only with the call's duration beside it, and not without the flag's rule (the check can fail)", () => {
    const line = '{"caller":"logging.go:48","err":"rpc error: code = DeadlineExceeded desc = context deadline exceeded","level":"debug","method":"RequestConfig","took":"1m0.004883606s","ts":"2025-03-01T10:00:00Z"}';
    expect(readRequestFields(line)).toEqual({ status: 0, seconds: null, flags: ['DeadlineExceeded'] });
    expect(detect(line)).toBe('HighLatency');
    const responseFlags = Object.fromEntries(Object.entries(FIELD_TABLES.accessLog.responseFlags).filter(([flag]) => flag !== 'DeadlineExceeded'));
    expect(judgeFields(line, { ...FIELD_TABLES, accessLog: { ...FIELD_TABLES.accessLog, responseFlags } })?.failure ?? null).toBeNull();
    // A line that only reports an error with a gRPC code is not a call log: Swarm's heartbeat stays its own.
    expect(readRequestFields('level=error msg="heartbeat to manager failed" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded" method="(*session).heartbeat"')).toBeNull();
  });

  it("reads Rspamd's slow rule by its time: 30 s or more is latency, and not under a higher bar (the check can fail)", () => {
    const line = 'Mar  1 10:00:00 shop-mail rspamd[879]: <733978>; proxy; rspamd_symcache_finalize_item: slow rule: CLAM_VIRUS(218): 95238.06 ms; enable slow timer delay';
    expect(readRspamdSlowRule(line)).toEqual({ status: 0, seconds: 95.23806 });
    expect(detect(line)).toBe('HighLatency');
    expect(underSlowBars(line, 300)).toEqual(['HighLatency', null]);
    // A rule under the bar says nothing, and a line without the words is not read.
    expect(judgeFields(line.replace('95238.06', '15493.97'))?.failure).toBeNull();
    expect(readRspamdSlowRule(line.replace('slow rule: ', 'rule: '))).toBeNull();
  });

  it("reads a Nomad job list's dead job as down only for a service or a system job, not a batch job that finished (the check can fail)", () => {
    const row = DETECTABLE_SHAPES.PodDown.find((shape) => shape.contains === ' dead ' && shape.shape.source.includes('service|system'))!;
    expect(row.shape.test(matchText('shop-api  service  50        dead     2025-03-01T10:00:00+12:00'))).toBe(true);
    expect(row.shape.test(matchText('shop-import  batch  50        dead     2025-03-01T10:00:00+12:00'))).toBe(false);
    expect(row.shape.test(matchText('shop-api  service  50        running     2025-03-01T10:00:00+12:00'))).toBe(false);
  });

  it("reads nginx's JSON access log's unit-less `request_time` in seconds: a request of 30 s or more is latency, and not under a higher bar (the check can fail)", () => {
    const line = 'nginx-1  | {"timestamp":"1740823200000","http":{"method":"POST","status_code":499,"url":"/api/projects/4/exports/"},"nginx":{"request_time":"60.004","upstream_response_time":"60.004"}}';
    expect(readRequestFields(line)).toEqual({ status: 499, seconds: 60.004 });
    expect(detect(line)).toBe('HighLatency');
    // Under a 300-s bar the request says nothing: no field verdict, and the line's words name no failure.
    expect(underSlowBars(line, 300)).toEqual(['HighLatency', undefined]);
    // Another key's number with no unit is still not read as seconds.
    expect(readRequestFields(line.replace('"request_time"', '"duration"'))).toEqual({ status: 499, seconds: null });
    expect(detect(line.replace('60.004', '0.004').replace('60.004', '0.004'))).toBeNull();
  });

  it("reads Synapse's access log by its two times and status: a request that took 30 s or more is latency, and not under a higher bar (the check can fail)", () => {
    const line = '2025-03-01 10:00:00,000 - synapse.access.http.9093 - 472 - INFO - POST-976- 10.0.0.7 - 9093 - {None} Processed request: 0.001sec/55.561sec (0.004sec, 0.000sec) (0.000sec/0.000sec/0) 304B 200 "POST /_synapse/replication/fed_send_edu/m.presence/x HTTP/1.1" "Synapse/1.101.0" [0 dbevts]';
    expect(readAccessLog(line)).toEqual({ status: 200, seconds: 55.562 });
    expect(detect(line)).toBe('HighLatency');
    expect(underSlowBars(line, 120)).toEqual(['HighLatency', null]);
  });

  // A process that ended and that nothing restarts, or that ends routinely, read by its own words
  // and kept off the crash loops by an exclusion: without the exclusion, the exit code reads as one.
  it.each([
    // Postgres' replication launcher ending with its server: neither a crash loop nor a pod down.
    ['2025-03-01 10:00:00.000 UTC [27] LOG:  background worker "logical replication launcher" (PID 34) exited with exit code 1', null, 'worker "logical replication launcher"'],
    // roslaunch's process that died, by its exit code.
    ['[gazebo_gui-3] process has died [pid 107, exit code 134, cmd /opt/ros/melodic/lib/gazebo_ros/gzclient __name:=gazebo_gui]', 'PodDown', 'process has died [pid '],
    // nodemon's crashed child, waiting for a file change.
    ['api-1  | [10:00:00] [nodemon] app crashed - waiting for file changes before starting...', 'PodDown', 'waiting for file changes before starting'],
  ] as const)('%j is %s, not a crash loop: the exclusion is what does (the check can fail)', (line, failure, exclusion) => {
    expect(detect(line)).toBe(failure);
    expect(plainReading(line, { failure: 'CrashLoopBackOff', exclusion })).toBe('CrashLoopBackOff');
  });

  it("reads another background worker's exit as a failure, and roslaunch's exit status 137 as an OOM kill", () => {
    expect(detect('2025-03-01 10:00:00.000 UTC [27] LOG:  background worker "parallel worker" (PID 34) exited with exit code 1')).not.toBeNull();
    expect(detect('[gazebo_gui-3] process has died [pid 107, exit code 137, cmd /opt/ros/melodic/lib/gazebo_ros/gzclient __name:=gazebo_gui]')).toBe('OOMKilled');
  });

  it("reads the old scheduler's info-level `(PodScheduled==False)` as a pod it could not place, and not without those words (the check can fail)", () => {
    const line = 'I0301 10:00:00.000000       1 factory.go:1416] Updating pod condition for shop/web-0 to (PodScheduled==False)';
    expect(detect(line)).toBe('SchedulingBlocked');
    expect(judgeKlogSpeaker(line)).toBe('SchedulingBlocked');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((word) => word !== '(podscheduled==false)') }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
  });

  it("reads the node controller under its name before 1.10 (`nodecontroller.go`) on a stale node at info, and not without that file (the check can fail)", () => {
    const line = "I0301 10:00:00.000000       1 nodecontroller.go:672] node worker-2 hasn't been updated for 23m31.6s. Last ready condition is: {Type:Ready Status:True}";
    expect(detect(line)).toBe('NodeNotReady');
    expect(judgeKlogSpeaker(line)).toBe('NodeNotReady');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, files: rule.files.filter((f) => f !== 'nodecontroller.go') }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
    expect(detect('I0301 10:00:00.000000       1 nodecontroller.go:704] ReadyCondition for Node worker-2 transitioned from Unknown to &{Ready True}')).toBeNull();
  });

  it("reads minikube's wait for its system pods (`system_pods.go`) on a pod it could not place at info, and not without that file (the check can fail)", () => {
    const line = 'I0301 10:00:00.000000    4411 system_pods.go:61] "storage-provisioner" [1a2b3c4d-0000-4000-8000-000000000001] Pending: PodScheduled:Unschedulable (0/1 nodes are available: 1 node(s) had taint {node.kubernetes.io/not-ready: }, that the pod didn\'t tolerate.)';
    expect(detect(line)).toBe('SchedulingBlocked');
    expect(infoLevelReporter(line)).toBe(true);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== 'system_pods.go') })).toBe(false);
    expect(detect('I0301 10:00:00.000000    4411 system_pods.go:61] "coredns-5d78c9869d-x2x9z" [1a2b3c4d-0000-4000-8000-000000000002] Running')).toBeNull();
  });

  it("reads a pod gone in any tool's words with `pod` at most 60 characters before them, looked for behind the words: the same lines as before, and none past that reach or ended cleanly (the check can fail)", () => {
    const gone = DETECTABLE_SHAPES.PodDown.find((s) => s.contains === 'was killed')!;
    const reads = (line: string) => gone.shape.test(matchText(line));
    expect(reads('java.lang.IllegalStateException: Pod has terminated containers: ci/agent-2gwl3 (jnlp)')).toBe(true);
    expect(reads('the pod shop-web-7d4b9c6f5-x2x9z in namespace shop was killed')).toBe(true);
    expect(reads(`pod ${'x'.repeat(58)} was killed`)).toBe(true);
    expect(reads(`pod ${'x'.repeat(59)} was killed`)).toBe(false);
    expect(reads('pod shop-web. It was killed')).toBe(false);
    expect(reads('the pod was terminated gracefully')).toBe(false);
    // Words with no pod behind them are not read.
    expect(reads('the job was killed; pods are fine')).toBe(false);
  });

  it("reads glog's header without the time's fraction (SeaweedFS' master), and its files among the info-level reporters; not without them (the check can fail)", () => {
    const lost = 'I0301 10:00:00 4411 topology_event_handling.go:57] Removing Volume 12 from the dead volume server 10.0.0.7:8080';
    expect(readKlogHeader(lost)).toMatchObject({ severity: 'I', file: 'topology_event_handling.go' });
    expect(detect(lost)).toBe('NodeNotReady');
    expect(infoLevelReporter(lost)).toBe(true);
    expect(infoLevelReporter(lost, { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== 'topology_event_handling.go') })).toBe(false);
    expect(detect('I0301 10:00:00 4411 master_grpc_server.go:24] volume server 10.0.0.7:8080 adds volume 12')).toBeNull();
    // A time with half a fraction is no header.
    expect(readKlogHeader('I0301 10:00:00.123 4411 topology_event_handling.go:57] x')).toBeNull();
  });

  it("keeps a `docker-compose ps` row that ended on a stop (`Exit 143`, `Exit 130`) quiet and one that ended with an error down, and not without the stop's guard (the check can fail)", () => {
    const stopped = 'shop_search_1   /tini -- /usr/local/bin/do ...   Exit 143';
    expect(detect(stopped)).toBeNull();
    expect(detect('shop_search_1   /tini -- /usr/local/bin/do ...   Exit 130')).toBeNull();
    expect(detect('shop_search_1   /tini -- /usr/local/bin/do ...   Exit 1')).toBe('PodDown');
    const row = DETECTABLE_SHAPES.PodDown.find((s) => s.contains === ' exit ')!;
    const unguarded = new RegExp(row.shape.source.replace('(?!130$|137$|143$)', '(?!137$)'), row.shape.flags);
    expect(row.shape.test(matchText(stopped))).toBe(false);
    expect(unguarded.test(matchText(stopped))).toBe(true);
  });

  it.each([
    // A report that answers false (Pterodactyl: `Out of Memory: false`), an absence like a count at zero.
    ['[Pterodactyl Daemon] Out of Memory: false', 'OOMKilled', 'out of memory', '[Pterodactyl Daemon] Out of Memory: true'],
    // A wait bounded by its timeout (a runner image): nothing timed out yet.
    ['Waiting until Docker is avaliable or the timeout is reached', 'HighLatency', 'or the timeout is reached', 'Docker did not become available: the timeout was reached'],
    // A setting printed as a name and its value (Keepalived's configuration dump).
    ['Mar  1 10:00:00 lb-1 Keepalived_healthcheckers[4411]:   Connection timeout = 3', 'HighLatency', 'timeout = ', 'Mar  1 10:00:00 lb-1 Keepalived_healthcheckers[4411]: Connection timeout to [10.0.0.7]:8080.'],
    // A bound stated ahead (Open Liberty's `This search will timeout after 40 seconds.`).
    ['CWWKM2010I: Searching for CWWKZ0001I.*shop in /opt/wlp/usr/servers/shop/logs/messages.log. This search will timeout after 40 seconds.', 'HighLatency', 'will timeout after', 'CWWKM2011E: Timed out searching for CWWKZ0001I.*shop in /opt/wlp/usr/servers/shop/logs/messages.log.'],
    // HTTP.rb's class for a connection with no timeout set, named in a Ruby warning.
    [
      'Mar  1 10:00:00 social-1 bundle[4411]: /srv/app/vendor/bundle/ruby/3.2.0/gems/http-5.1.1/lib/http/connection.rb:129: warning: HTTP::Timeout::Null#closed? at /usr/lib/ruby/3.2.0/forwardable.rb:157 forwarding to private method NilClass#closed?',
      'HighLatency',
      '::timeout::null',
      'HTTP::TimeoutError: Read timed out after 10 seconds on https://social.example.org/users/x',
    ],
  ] as const)('keeps %j off %s: the exclusion %j is what does, and the failure in those words is still read (the check can fail)', (line, failure, exclusion, failing) => {
    expect(detect(line)).toBeNull();
    expect(plainReading(line, { failure, exclusion })).toBe(failure);
    expect(detect(failing)).toBe(failure);
  });

  it("reads a pod row after the time a capture stamped on it (`kubectl get pods -w | ts`), and not a row after other words (the check can fail)", () => {
    const stamped = 'Mar  1 10:00:00 web-7d4b9c6f5-x2x9z   0/1     Error       41        5d     10.42.0.11   node-1   <none>           <none>';
    expect(readPodRow(stamped)).toMatchObject({ ready: 0, total: 1, status: 'Error', restarts: 41 });
    expect(detect(stamped)).toBe('CrashLoopBackOff');
    expect(readPodRow('2025-03-01T10:00:00.123Z shop web-7d4b9c6f5-x2x9z 0/1 CrashLoopBackOff 6 9m')).toMatchObject({ status: 'CrashLoopBackOff' });
    expect(readPodRow('2025-03-01 10:00:00 web-7d4b9c6f5-x2x9z 1/1 Running 0 9m')).toMatchObject({ status: 'Running' });
    // Three words before the name are not a time: the row is not read.
    expect(readPodRow('Mar one two web-7d4b9c6f5-x2x9z 0/1 Error 41 5d')).toBeNull();
  });

  it("reads the old kubelet's container manager at info (`manager.go`) by its words, and not without it among the reporters (the check can fail)", () => {
    const line = 'Mar  1 10:00:00 node-1 kubelet[4411]: I0301 10:00:00.000000    4411 manager.go:1407] pod "web-0_shop" container "web" is unhealthy (probe result: failure), it will be killed and re-created.';
    expect(infoLevelReporter(line)).toBe(true);
    expect(detect(line)).toBe('StartupProbeFailed');
    const klogFiles = INFO_LEVEL_REPORTERS.klogFiles.filter((file) => file !== 'manager.go');
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles })).toBe(false);
    // Its routine lines stay quiet.
    expect(detect('I0301 10:00:00.000000    4411 manager.go:1195] Started watching for new ooms in manager')).toBeNull();
  });

  it("reads an event whose message names a recovery (`NotReady -> Ready`) as no node down, by the class's exclusions the event rule holds; without them the rule reads it as a node down (the check can fail)", () => {
    const row = 'Normal  StatusUpdate  2m   FlinkOperator  JobManager deployment status changed: NotReady -> Ready';
    const event = readEventRow(row)!;
    expect(event).toMatchObject({ type: 'Normal', reason: 'StatusUpdate' });
    expect(judgeEventRow(event).failure).toBeNull();
    expect(detect(row)).toBeNull();
    const without = EVENT_RULES.map((rule): EventRule => ('message_none' in rule ? { ...rule, message_none: [] } : rule));
    expect(judgeEventRow(event, without).failure).toBe('NodeNotReady');
    // A message that names the failure alone is still read, with the exclusions in place.
    expect(judgeEventRow(readEventRow('Warning  StatusUpdate  2m   FlinkOperator  TaskManager deployment status changed: Ready -> NotReady')!).failure).toBe('NodeNotReady');
  });

  it("reads GKE's node pool with nodes that never registered as nodes missing, not as a probe, by the StartupProbeFailed exclusion `cluster may be unhealthy`; without it the probe class reads it first (the check can fail)", () => {
    const line = 'Error: Error waiting for creating GKE NodePool: All cluster resources were brought up, but: only 0 nodes out of 2 have registered; cluster may be unhealthy.';
    expect(detect(line)).toBe('NodeNotReady');
    expect(EXCLUDE_PATTERNS.StartupProbeFailed).toContain('cluster may be unhealthy');
    // The same words with the exclusion's phrase changed: the probe class's `unhealthy` reads it first.
    expect(detect(line.replace('cluster may be unhealthy', 'cluster might be unhealthy'))).toBe('StartupProbeFailed');
  });

  it("keeps ProxySQL's `Closing unhealthy client connection` off the probe class by its exclusion; with the words changed the probe class's `unhealthy` reads it (the check can fail)", () => {
    const line = '2025-03-01 10:00:00 MySQL_Thread.cpp:3744:process_all_sessions(): [WARNING] Closing unhealthy client connection 10.0.0.7:58964';
    expect(detect(line)).toBeNull();
    expect(EXCLUDE_PATTERNS.StartupProbeFailed).toContain('unhealthy client connection');
    expect(detect(line.replace('unhealthy client connection', 'unhealthy client link'))).toBe('StartupProbeFailed');
  });

  it.each([
    // Rounds 300-304: client-go's leader election on a lease it lost, the apiserver's health checks.
    ['I0301 10:00:00.000000       1 leaderelection.go:287] failed to renew lease kube-system/kube-scheduler: failed to tryAcquireOrRenew context deadline exceeded', 'HighLatency', 'leaderelection.go'],
    ['I0301 10:00:00.000000       1 healthz.go:243] healthz check failed: etcd', 'StartupProbeFailed', 'healthz.go'],
  ] as const)('reads %j as %s at info because its klog source file is among the reporters, and not without that file (the check can fail)', (line, failure, file) => {
    expect(detect(line)).toBe(failure);
    expect(infoLevelReporter(line)).toBe(true);
    const without = { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== file) };
    expect(infoLevelReporter(line, without)).toBe(false);
  });

  it("keeps a worker that ended with status 0 off the pods down by the exclusion layout; with another status it is down, and without the layout status 0 is too (the check can fail)", () => {
    const line = '2025-03-01 10:00:00 +0900 [warn]: fluent/log.rb:351:warn: Worker 0 finished unexpectedly with status 0';
    expect(detect(line)).toBeNull();
    expect(detect(line.replace('with status 0', 'with status 2'))).toBe('PodDown');
    expect(EXCLUDE_SHAPES.PodDown.some((s) => s.contains === 'with status 0' && s.shape.test(matchText(line)))).toBe(true);
    // The layout reads a clean status only, not a longer number.
    expect(EXCLUDE_SHAPES.PodDown.some((s) => s.contains === 'with status 0' && s.shape.test(matchText(line.replace('status 0', 'status 0x1'))))).toBe(false);
  });

  it("keeps uWSGI's start-up advice on harakiri off the latency its `harakiri` names: the exclusion is what does (the check can fail)", () => {
    const advice = 'web_1   | uwsgi stderr | Sat Mar  1 10:00:00 2025 -  *** WARNING: you have enabled harakiri without post buffering. Slow upload could be rejected on post-unbuffered webservers ***';
    expect(detect(advice)).toBeNull();
    expect(plainReading(advice, { failure: 'HighLatency', exclusion: 'harakiri without post buffering' })).toBe('HighLatency');
    expect(detect('Sat Mar  1 10:00:00 2025 - *** HARAKIRI ON WORKER 2 (pid: 83, try: 1) ***')).toBe('HighLatency');
  });

  it("reads a `supervisorctl status` row that EXITED as the program down, and not a row still RUNNING or one with other words (the check can fail)", () => {
    expect(detect('mail:postfix                     EXITED    Mar 01 10:00 AM')).toBe('PodDown');
    expect(detect('mail:postfix                     RUNNING   pid 4411, uptime 0:12:03')).toBeNull();
    expect(detect('mail:postfix                     EXITED    after its run Mar 01 10:00 AM')).toBeNull();
  });

  it("reads Docker Hub's pull limit, which states no level, as a warning by its words, and not without them (the check can fail)", () => {
    const line = '10:00:00 toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('ImagePullBackOff');
    const warning = severityRule('WARNING', 'wording');
    expect(warning.keywords).toContain('reached your pull rate limit');
    expect(inferSeverity(line.replace('reached your pull rate limit', 'used your pulls'))).toBe('INFO');
  });
});

describe('a timeout stated as the outcome, in any tool\'s words (generalised from the misses of earlier first scores)', () => {
  it.each([
    // Shapes the rounds met, written afresh: a tunnel's write, a failure's last word, a quoted
    // error value, a socket, an RPC client's call, a sink's request (rules fitted to these lines
    // before are gone: `connection write timeout`, `spawn failed: timeout`, `impl call timeout`,
    // `request timedout`).
    '2025/03/01 10:00:00 [W] [service.go:134] login to server failed: connection write timeout',
    '[E 2025-03-01 10:00:00.000 JupyterHub base:1001] Preventing implicit spawn for ana because last spawn failed: Timeout',
    'route_response_total{direction="outbound",dst="web.shop.svc.cluster.local:80",classification="failure",error="timeout"} 3',
    '2025-03-01 10:00:00 ERROR [sync-3] uploader - part 14 of backups/db.tar: socket timeout',
    'Exception in thread "main" org.apache.rocketmq.remoting.exception.RemotingTooMuchRequestException: sendDefaultImpl call timeout',
    '2025-03-01T10:00:00.000Z WARN sink{name=es type=elasticsearch}:request{request_id=7}: vector::sinks::util::retries: request timedout.',
    // Lines no round holds, from programs no round drew on: a DNS resolver, a mail relay, an
    // object store's client.
    '2025-03-01 10:00:00 [ERROR] resolver: query for api.shop.example.com failed: dns lookup timeout',
    'smtp-relay[4121]: error: delivery to mx.example.net[203.0.113.9]:25 deferred: read timeout',
    'level=error msg="upload of part 14 failed" bucket=backups err="upload timeout"',
    // Rounds 134-138: a ping, a function's load, a stream's publish (followed by how long it was).
    '2025-03-01 10:00:00 MySQL_Session.cpp:1401:handler_again___status_PINGING_SERVER(): [ERROR] Ping timeout during ping on 10.0.0.21 , 3306',
    "2025-03-01 10:00:00.000 UTC orderTrigger 1a2b3c4d Function execution took 60016 ms, finished with status: 'load timeout'",
    // Round 140: a timeout after ArangoDB's topic in braces.
    '[4411] ERROR [baef6] {aql} Timeout while waiting for query 14279',
    '[2025-03-01 10:00:00.000][Error][4411][a1b2c3d4][110] serve error code=1011 : service cycle : rtmp: stream service : rtmp: publish timeout 5000ms, nb_msgs=3',
    // Round 241: ClamAV's daemon on a stream whose client never connected.
    'ERROR: ScanStream 4411: accept timeout.',
    // Round 254: Typesense's HTTP client on a peer's status check.
    'E20250301 10:00:00.000000   449 http_client.cpp:194] CURL timeout. Time taken: 4.00102, method: GET, url: http://10.0.0.7:8108/status',
  ])('%j is HighLatency by the timeout-as-outcome shape alone (the check can fail)', (line) => {
    expect(detect(line)).toBe('HighLatency');
    expect(TIMEOUT_AS_OUTCOME.test(matchText(line))).toBe(true);
    const evidence = shapeEvidence(line, 'HighLatency', matchText(line).includes('timedout') ? 'timedout' : 'timeout');
    expect(evidence).toMatchObject({ own: true, others: [] });
  });

  it.each([
    // The word as a setting, not an outcome.
    '2025-03-01 10:00:00 WARN config: {"timeout": 30, "retries": 3}',
    'level=warn msg="deprecated flag" timeout=5s',
    'ERROR: the job failed, increase the timeout',
    // What timed out is not one of the operations: a watch's routine re-list.
    '[W 2025-03-01 10:00:00.000 JupyterHub reflector:357] pods watcher timeout',
    // A source file named after the word.
    'E0301 10:00:00.000000 1 timeout.go:91] handler panicked',
    // A timeout and its length as a setting, the clause going on.
    'WARN rtmp: publish timeout 5000ms is below the recommended 10000ms',
  ])('%j stays quiet', (line) => {
    expect(TIMEOUT_AS_OUTCOME.test(matchText(line))).toBe(false);
    expect(detect(line)).toBeNull();
  });

  it.each([
    // A connection's write (frp), a socket's `accept` (ClamAV's `ScanStream x: accept timeout.`),
    // `curl` (Typesense's HTTP client: `CURL timeout.`).
    ['login to server failed: connection write timeout', 'write'],
    ['ERROR: ScanStream 4411: accept timeout.', 'accept'],
    ['E20250301 10:00:00.000000   449 http_client.cpp:194] CURL timeout. Time taken: 4.00102', 'curl'],
  ] as const)('reads what timed out in %j only with %j among the listed operations (the check can fail)', (text, operation) => {
    const line = matchText(text);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS).test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS.filter((w) => w !== operation)).test(line)).toBe(false);
  });

  it("reads `> ` as a separator before a timeout's words (Mumble's user sessions), and not without it (the check can fail)", () => {
    const line = matchText('<W>2025-03-01 10:00:00.000 1 => <68:shop(-1)> Timeout');
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS).test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS, TIMEOUT_SEPARATORS.filter((s) => s !== '> ')).test(line)).toBe(false);
    expect(detect('<W>2025-03-01 10:00:00.000 1 => <68:shop(-1)> Connection closed: The remote host closed the connection [1]')).toBeNull();
  });

  it("reads Redis' `# `, an Erlang atom's ` :` and a sentence's end as separators before a timeout's words, and not without them (the check can fail)", () => {
    for (const [raw, separator] of [
      ['2025-03-01 10:00:00.000+0000 ERROR Failed to start transaction. Timeout waiting for database to become available and allow new transactions.', '\\. '],
      ['1174:S 01 Mar 10:00:00.000 # Timeout receiving bulk data from MASTER... If the problem persists try to set the repl-timeout parameter', '# '],
      ['2025-03-01T10:00:00.000 application=indexer fetcher=block_catchup step=import [error] :timeout. Retrying.', ' :'],
    ] as const) {
      const line = matchText(raw);
      expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS).test(line)).toBe(true);
      expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS, TIMEOUT_SEPARATORS.filter((s) => s !== separator)).test(line)).toBe(false);
      expect(detect(raw)).toBe('HighLatency');
    }
  });

  it.each([
    // What a timeout cut short after it (PowerDNS: `timeout resolving after 1621.67msec`; Home
    // Assistant: `Timeout on call http://...`; a Python client: `Timeout Error in get_x`), and a
    // timeout on its way to an address (`memcache: connect timeout to 10.0.0.7:11211`).
    ['Mar  1 10:00:00 [1149] shop.example.org: timeout resolving after 1621.67msec', 'resolving'],
    ['2025-03-01 10:00:00.000 ERROR (MainThread) [supervisor.homeassistant.api] Timeout on call http://172.30.32.1:8123/api/core/state.', 'on'],
    ['2025-03-01 10:00:00.000 WARNING (MainThread) [custom_components.opnsense.pyopnsense] Timeout Error in get_telemetry_cpu. Will retry.', 'error'],
  ] as const)("reads %j as a timeout by what follows it (%s), and not the same words with another word there (the check can fail)", (raw, word) => {
    expect(detect(raw)).toBe('HighLatency');
    expect(detect(raw.replace(new RegExp(`(?<=timeout )${word}`, 'i'), 'value'))).toBeNull();
  });
  it("reads a timeout on its way to an address, and not the same words with a setting's value (the check can fail)", () => {
    expect(detect('level=error ts=2025-03-01T10:00:00.000Z caller=memcached.go:164 msg="Failed to get keys from memcached" err="memcache: connect timeout to 10.0.0.7:11211"')).toBe('HighLatency');
    expect(detect('level=info msg="memcache client settings" detail="set connect timeout to 500ms"')).toBeNull();
  });

  it("reads `} ` as a separator before a timeout's words, and not without it (the check can fail)", () => {
    const line = matchText('[4411] ERROR [baef6] {aql} Timeout while waiting for query 14279');
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS).test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS, TIMEOUT_SEPARATORS.filter((s) => s !== '\\} ')).test(line)).toBe(false);
  });

  it('reads a timeout followed by how long it was only where its clause ends there (the check can fail)', () => {
    expect(TIMEOUT_AS_OUTCOME.test(matchText('rtmp: publish timeout 5000ms, nb_msgs=3'))).toBe(true);
    expect(TIMEOUT_AS_OUTCOME.test(matchText('rtmp: publish timeout 5000ms'))).toBe(true);
    expect(TIMEOUT_AS_OUTCOME.test(matchText('rtmp: publish timeout 5000ms per stream'))).toBe(false);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS.filter((w) => w !== 'publish')).test(matchText('rtmp: publish timeout 5000ms, nb_msgs=3'))).toBe(false);
    // In parentheses, only closing a quoted error (Cacti's SNMP error), not a setting's.
    expect(TIMEOUT_AS_OUTCOME.test(matchText("2025-03-01 10:00:00 - CMDPHP WARNING: SNMP Error:'Timeout (2500 ms)', Device:'10.0.0.7'"))).toBe(true);
    expect(TIMEOUT_AS_OUTCOME.test(matchText('WARNING Settings: timeout (5000 ms)'))).toBe(false);
  });
});

describe("a process's exit status of 137 (SIGKILL, the OOM killer's) in any tool's words (generalised from the misses of earlier first scores)", () => {
  it.each([
    // The layouts the rounds met, written afresh (the phrases fitted to each before are gone:
    // `exited with status 137`, `exit code 137`, `exit code: 137`, `exit code '137'`, `exited with
    // code 137`, `exited with 137`, `failed with [137]`, `with error code 137`, `errno 137`, `had
    // status 137`, `exit status 137`, `exited (137)`, and the `exitCode: 137` and `Exit 137` shapes).
    'Tue Mar  4 10:00:00 UTC 2025 [devtool]: Program exited with 137',
    'Exception in thread "main" java.lang.RuntimeException: starting java failed with [137]',
    'npm ERR! errno 137',
    'Training job exited with error code 137',
    "Warning: running command 'Rscript model.R' had status 137",
    '2025-03-01 10:00:00,000 INFO exited: chrome (exit status 137; not expected)',
    'docker_orders_1   java -Djava.security.egd=file:/dev/./urandom -jar ...   Exit 137',
    '[2]+  Exit 137   sh bin/mqbroker -n localhost:9876',
    "Container 'worker' was terminated with exit code '137'",
    '2025-03-01T10:00:00.000Z app[worker.1]: Process exited with status 137',
    'cache_1   redis-server   Exit 137',
    '    lastState: {terminated: {exitCode: 137}}',
    'a1b2c3d4e5f6   shop/web:4.2   "node server.js"   5 minutes ago   Exited (137) 3 minutes ago   web',
    // Lines no round holds, from programs no round drew on: a build step, Python's subprocess
    // module, a process manager's JSON.
    'ERROR: process "/bin/sh -c yarn build" did not complete successfully: exit code: 137',
    "subprocess.CalledProcessError: Command '['python', 'train.py']' returned non-zero exit status 137.",
    '{"level":"error","msg":"child ended","name":"api","exit_code":137}',
    // Rounds 134-138: Nextflow's process and its closing summary.
    'ERROR ~ Error executing process > \'ALIGN (sample-1)\'  Caused by: Process `ALIGN (sample-1)` terminated with an error exit status (137)',
  ])('%j is OOMKilled by the exit-status shape alone (the check can fail)', (line) => {
    expect(detect(line)).toBe('OOMKilled');
    expect(EXIT_STATUS_OF_A_KILL.test(matchText(line))).toBe(true);
    expect(shapeEvidence(line, 'OOMKilled', '137')).toMatchObject({ own: true, others: [] });
  });

  it.each([
    // A count, a port, a line number, a longer code, a decimal: not an exit status.
    'WARN processed 137 records with status ok',
    'ERROR listen tcp :8137: bind: address already in use',
    'ERROR exit code 1370 from the wrapper',
    'ERROR status 137.5 ms over budget',
    // Swarm's health check command killed at its timeout: the container was not.
    '"Err": "task: non-zero exit (137): dockerexec: unhealthy container",',
    // What an exit status was compared with, not what it was.
    'WARN the exit status of the task was compared with 137 and did not match',
  ])('%j is not read as an OOM kill', (line) => {
    expect(EXIT_STATUS_OF_A_KILL.test(matchText(line))).toBe(false);
    expect(detect(line)).not.toBe('OOMKilled');
  });

  it('reads the status only after the listed words (the check can fail)', () => {
    const line = matchText('Warning: running command had status 137');
    expect(exitStatusOf(137, EXIT_STATUS_WORDS).test(line)).toBe(true);
    expect(exitStatusOf(137, EXIT_STATUS_WORDS.filter((w) => w !== 'status')).test(line)).toBe(false);
  });
});

describe('the routine lines beside the rules learned from rounds 54-284, from the same speakers and in the same words', () => {
  it.each([
    // Rounds 54-83.
    // A ready node's row, a validation with no node down, a container that ended cleanly.
    'i-0a1b2c3d4e5f60718.eu-west-1.compute.internal\tnode\tTrue',
    'Node(s) Not Ready   0 out of 3.',
    'detail: component[mysql]: pod[db-mysql-0]: container[mysql]: restartCount[0] lastState[terminated] reason[Completed]',
    // Scaling down is a surplus, not a shortfall; a setting that names no count.
    'Scaling down MachineSet to 2 replicas (actual 3)',
    'allow_fallback: false',
    // The tolerations every pod carries print the old taint keys too.
    'Tolerations:     node.alpha.kubernetes.io/notReady:NoExecute for 300s',
    '                 node.alpha.kubernetes.io/unreachable:NoExecute for 300s',
    'I0301 10:00:00.000000    1402 kubelet.go:2400] "Container runtime status check passed"',
    // A status code that is not a timeout, and a daemon that started.
    'e2e_test.go:88: Unexpected status code: 503, wanted 200',
    '2025-03-01 10:00:00.000 UTC docker daemon started',
    // Round 58: a running container and worker, a healthy new container, a clean exit, a local miss.
    '"Status": "running",',
    'worker-2   14   linux   none   none   running   2.5',
    '[2025-Mar-01 10:00:00.000000] New container is healthy, switching traffic.',
    'Exited with status 0',
    'Error: unable to find image locally, pulling from the registry',
    // Rounds 60-62: a running k3d node, its load balancer (not a node) exited, a process
    // manager's start, a Ruby hash with another status, an operator with its replicas, a setting.
    'k3d-dev-agent-2   agent   dev   running',
    'k3d-dev-serverlb   loadbalancer   dev   exited',
    '2025-03-01 10:00:00.000000000 +0000 UTC [manager] container [sidekiq-2] has started.',
    'Got a bad response code from server, but this code is not considered retryable. Request will be dropped {:code=>400, :response_body=>""}',
    'level=info msg=NodeCADaemonAvailable: The daemon set node-ca has available replicas',
    'level=info msg="Cluster operator console Available is True with AsExpected: All is well"',
    'exec timeout after 1m30s is set for helm commands',
    // Rounds 64-66: a container started, Compose containers that ended cleanly or were stopped,
    // an init container's first run, a row that is up, a passing health check, a healthy
    // driver, a request that answered, pool statistics with no one waiting.
    '{"status":"start","id":"1a2b3c4d5e6f","from":"shop/web:3","time":1740823200}',
    'shop_db_1 exited with code 0',
    'shop_web_1 exited with code 143',
    '9f8e7d6c5b4a3   registry.k8s.io/pause:3.9   2 minutes ago   Exited   init-perms   0   1a2b3c4d5e6f7',
    'shop_worker_1   python worker.py   Up',
    'time="2025-03-01T10:00:00Z" level=debug msg="Health check for container 0a1b2c3d4e5f6a7b8c9d done (exitCode=0)"',
    'docker   true   true   Healthy   2025-03-01T10:00:00Z',
    'INFO:elasticsearch:GET http://es-0:9200/logs/_search [status:200 request:0.012s]',
    // Rounds 67-70: a latency check that found none, a call timeout as a setting, an add-on
    // started again by hand, an Orleans silo joining, a call answered in time, the Erlang VM's
    // allocator settings.
    'INFO: no latency detected for osd.3',
    'rocketmq.producer.send-message-timeout=3000 # call timeout in ms',
    '2025-03-01 10:00:00.000 INFO (MainThread) [supervisor.addons.addon] Restarting addon Mosquitto broker',
    '[10:00:00 INF] Silo S10.1.2.3:11111:1 joined the cluster, status Active',
    '{:ok, %{rates: %{"EUR" => 1.08}}} returned by GenServer.call(Shop.Rates, {:get, "EUR"}, 5000)',
    '+MBas aobf +MMscs 1024 set for binary_alloc',
    // Rounds 72-74: instances running or starting, agents on, a task row that finished, a service
    // row with its instances up, a node lost of a pod that is not described, a job that succeeded.
    '#0   running   2025-03-01 10:00:00 AM   0.3%   210M of 512M   80M of 1G',
    'i-0a1b2c3d  on     active  3 hours ago  2   12.50%',
    'a1b2c3d4-0000\tct:1740823200:0:nightly:\tChronosTask:nightly\tFINISHED\t\t5 minutes ago\tworker-3\tSandbox',
    '⊛ shop/web      2 / 2       no         running   0.0.0.0:80->80/tcp',
    'INFO: Task of job: nightly finished.',
    "[I 2025-03-01 10:00:00.000 JupyterHub spawner:2100] Pod jupyter-ana started in 14 seconds",
    // Round 75's false alarm at first score: a platform stopping a process with SIGTERM on a deploy.
    '2025-03-01T10:00:00.000000+00:00 heroku[web.2]: Process exited with status 143',
    // Rounds 75-77: an instance placed, a delay reset, agents running, members joining, a PD
    // reached, a node's phase moving on, a storage commit with no bound passed.
    '        "placement_error": "",',
    '[2025-03-01 10:00:00,000] INFO Task launch delay for [/shop/web] reset to zero (mesosphere.util.RateLimiter:33)',
    'worker/3f2a1b0c-0000-4000-8000-000000000001  running  z2  10.0.16.21  i-0a1b2c3d4e5f  medium  true',
    '2025/03/01 10:00:00 [INFO] serf: EventMemberJoin: worker-4 10.0.0.14',
    "2025/03/01 10:00:00 [INFO] consul: member 'worker-4' joined, marking health alive",
    '[2025/03/01 10:00:00.000 +00:00] [INFO] [util.rs:600] ["connected to PD member"] [endpoints=http://pd-0:2379]',
    'time="2025-03-01T10:00:00Z" level=info msg="Updating node wf-1 (wf-1-3162374238) status Pending -> Running"',
    'W250301 10:00:00.000000 206 storage/engine/rocksdb.go:1805  batch [2/180/0] commit took 1.204s',
    // Rounds 79 and 80: nodes online, a node rejoining, peers up, a node Up and Normal, a node
    // joining, a launcher's hint, no request dropped.
    'Online: [ node-1 node-2 ]',
    '  * Node node-2 (2): online',
    'Mar 01 10:00:00 node-2 pacemaker-controld[3730]:  notice: Node node-1 state is now member',
    'INFO  [GossipStage:1] 2025-03-01 10:00:00,000 Gossiper.java:1198 - InetAddress /10.0.0.7:7000 is now UP',
    'UN  10.0.0.7   31.15 GB   256   ?   1a2b3c4d-0000-4000-8000-000000000007   rack1',
    '[2025-03-01T10:00:00,000][INFO ][o.o.c.s.MasterService    ] [os-0] node-join[{os-1}{Fa1b}{Ub2c}{os-1}{10.0.4.5:9300}{dm} join existing leader], term: 9, version: 150',
    'Mar 01 10:00:00 pve lxc-start[1717]: lxc-start: 105: tools/lxc_start.c: main: 334 To get more details, run the container in foreground mode.',
    'INFO  [ScheduledTasks:1] 2025-03-01 10:00:00,000 MessagingService.java:983 - MUTATION messages were dropped in last 5000 ms: 0 for internal timeout and 0 for cross node timeout',
    // Rounds 81-83: a peer back, brokers added, a host full and one up, a service started, a launcher
    // process that ended cleanly, a stream leader elected.
    '2025-03-01 10:00:00.000000+00:00 [info] <0.1156.0> rabbit on node rabbit@node-2 up',
    '[2025-03-01 10:00:00,000] INFO [Controller 3]: Newly added brokers: 4, deleted brokers: , all live brokers: 0,1,2,3,4 (kafka.controller.ReplicaStateMachine)',
    '│  ├─ 812 node-12: full',
    'all.q@node-7.cluster           BIP   0/2/8          0.17     lx-amd64',
    'Mar 01 10:00:00 web-1 systemd[1]: Started tomcat.service.',
    '2025.03.01 10:00:00 INFO  app[][o.s.a.p.AbstractManagedProcess] Process exited with exit value [Web Server]: 0',
    "[1] 2025/03/01 10:00:00.000000 [INF] JetStream cluster new stream leader for '$G > INFO'",
    // Rounds 84-88.
    // HDFS with no DataNode dead, YARN's node joining, Flink's checkpoints triggered and completed.
    'Dead datanodes (0):',
    'Live datanodes (3):',
    '2025-03-01 10:00:00,000 INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: worker-3:8041 Node Transitioned from NEW to RUNNING',
    '2025-03-01 10:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Triggering checkpoint 43 (type=CHECKPOINT) @ 1740823200000 for job 1a2b3c4d5e6f.',
    '2025-03-01 10:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Completed checkpoint 42 for job 1a2b (28311 bytes, checkpointDuration=212 ms, finalizationTime=3 ms).',
    // Storm moving a worker off a reassigned slot, the NFS server back, Docker and systemd-oomd started.
    '2025-03-01T10:00:00.000+0000 b.s.d.supervisor [INFO] Shutting down and clearing state for id 1a2b. Current supervisor time: 1740823200. State: :disallowed, Heartbeat: {:time-secs 1740823190}',
    '[ 4200.000000] nfs: server nas-1 OK',
    'Mar 01 10:00:00 node-3 systemd[1]: Started Docker Application Container Engine.',
    'Mar 01 10:00:00 ws-3 systemd[1]: Started Userspace Out-Of-Memory (OOM) Killer.',
    '2025-03-01 10:00:00,000 INFO org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.LeafQueue: Application application_1740823200000_0001 from user: ana activated in queue: default',
    '25/03/01 10:00:00 INFO HeartbeatReceiver: Executor 7 registered with heartbeat interval 10000 ms',
    // Nagios' checks that passed or failed on a status, not a time; Varnish's backends healthy;
    // SkyWalking's export of a routine event.
    'HTTP OK: HTTP/1.1 200 OK - 71237 bytes in 0.484 second response time |time=0.483732s;;;0.000000;30.000000 size=71237B;;;0;',
    'HTTP CRITICAL: HTTP/1.1 404 Not Found - 312 bytes in 0.002 second response time |time=0.002011s;;;0.000000;10.000000 size=312B;;;0',
    'OK - Socket connected in 0.004 seconds',
    'vcl-1a2b.web1     probe    5/5    healthy     Sat, 01 Mar 2025 10:00:00 GMT',
    '0 Backend_health - boot.web1 Still healthy 4--X-RH 5 3 5 0.000901 0.000612 HTTP/1.1 200 OK',
    'INFO {"uuid":"1a2b3c4d-0000-4000-8000-000000000002","source":{},"name":"Started","message":"Started container web","startTime":1740823200000,"endTime":1740823200000}',
    'Mar 01 10:00:00 lb-1 haproxy[2201]: Server shop-backend/web1 is UP, reason: Layer7 check passed, code: 200, check duration: 2ms. 2 active and 0 backup servers online.',
    // kops with every node and master ready; kubectl's own progress while a rollout is under way.
    'Ready Node(s) 3 out of 3.',
    'Ready Master(s) 1 out of 1.',
    'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
    // A health check that passed, k3s started, another unit's clean stop, npm's other errors.
    'Sat Mar 01 2025 10:00:02 GMT+0000 (UTC) [HEALTH/0] OUT healthcheck passed',
    'Mar 01 10:00:00 edge-2 systemd[1]: Started Lightweight Kubernetes.',
    'Mar 01 10:00:00 edge-2 systemd[1]: k3s.service: Succeeded.',
    'npm ERR! code ELIFECYCLE',
    '2025-03-01 10:00:00: [PM2][WORKER] Started with --max-memory-restart value 512M',
    // The file watcher's routine news, pod rows running and completed.
    '[INFO Sat Mar 01 10:00:00 UTC 2025 | FileWatcher] Application started.',
    'gpu-job-7c9d8   1/1     Running   0          2h    10.0.3.4      gpu-node-2   <none>',
    'Apply complete! Resources: 3 added, 0 changed, 0 destroyed.',
    // Rounds 94-98.
    // Players, saves and a health check passing; a kernel started; a restarter with nothing to do.
    '[10:00:00] [Server thread/INFO]: ana joined the game',
    'Saved the game',
    '"Output": "localhost:25565 : version=1.20.4 online=3 max=20 motd=\'A server\'"',
    '[I 2025-03-01 10:00:00.000 ServerApp] Kernel started: 1a2b3c4d-0000-4000-8000-000000000001',
    '[I 2025-03-01 10:00:00.000 ServerApp] Kernel shutdown: 1a2b3c4d-0000-4000-8000-000000000001',
    // Pterodactyl starting a server, supervisord's expected exit, docker rows up or cleanly exited.
    '[Pterodactyl Daemon]: Server marked as running...',
    '2025-03-01 10:00:00,000 INFO exited: game-backup (exit status 0; expected)',
    '7430ac892aa2   registry.local/shop/rules:1.1.0   12 minutes ago   Exited (0)',
    '7430ac892aa2   registry.local/shop/rules:1.1.0   12 minutes ago   Up 12 minutes',
    // A SIP 200, systemd's unit running.
    'NOTICE: <script>: request sent to sip:1001@10.0.0.2:5060 completed with code: 200, Type 2',
    'Active: active (running) since Sat 2025-03-01 10:00:00 UTC; 2h ago',
    // Rounds 99-103 (their rules are read in the block below).
    // Pulls that went through, a registry's garbage collection, a fast answer from its proxy.
    'time="2025-03-01T10:00:00Z" level=info msg="Pulled image \\"registry.example.com/shop/web:4.2\\" with image id \\"sha256:ab12\\""',
    'Status: Image is up to date for registry.example.com/shop/web:4.2',
    '2025-03-01T10:00:00Z [INFO] [/jobservice/job/impl/gc/garbage_collection.go:480]: 12 blobs and 4 manifests are actually deleted',
    '10.0.0.7 - "GET /v2/ HTTP/1.1" 401 87 "-" "docker/24.0" 0.002 0.002 .',
    'level=debug msg="fetch response received" url="https://registry.example.com/v2/shop/web/manifests/4.2"',
    // Tunnels connecting and retrying, a tunnel client logged in, a supervisor's program started.
    '2025-03-01T10:00:00Z INF Registered tunnel connection connIndex=0 location=ams01',
    '2025-03-01T10:00:00Z INF Retrying connection in up to 8s connIndex=0',
    '2025/03/01 10:00:00 [I] [service.go:300] login to server success, get run id [a1b2c3]',
    '2025-03-01 10:00:00,000 INFO success: chrome entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)',
    // A console's answered request, a node syncing, a mail server's health.
    'app.js:1042 POST https://shop.example.com/api/cart 200 (OK)',
    'INFO [03-01|10:00:00.000] Imported new chain segment number=100 elapsed=84.600ms',
    'Sat Mar  1 10:00:00 UTC 2025 Dovecot health level: 100% (12/12), health trend: 0',
    // Rounds 104-108: pods and containers that completed, a fetch from npm's cache, the
    // rescheduler placing a pod.
    'pod shop/migrate-db terminated (Completed)',
    'ci/build-4411-x2k9q Container jnlp was terminated (Exit Code: 0, Reason: Completed)',
    'npm http fetch GET 200 https://registry.npmjs.org/left-pad 312ms (cache miss)',
    'Normal   Scheduled  1m   rescheduler   Critical pod kube-system_kube-dns-7cdc45f85d-q7ts7 scheduled on node-2.',
    // Rounds 109-113: an answered upstream at AdGuard's debug, torch elastic's rendezvous, Ray's
    // autoscaler adding nodes, Compose rows that exited cleanly or are up.
    '2025/03/01 10:00:00 1695#1765 [debug] 94.140.14.140:53: response: ok',
    'I0301 10:00:00.000000 4411 torch/distributed/elastic/agent/server/api.py:600] [default] Rendezvous complete for workers.',
    '(autoscaler +5s) Adding 2 node(s) of type worker-gpu.',
    'docker_gateway_1   java -Djava.security.egd=file:/dev/./urandom -jar ...   Up      0.0.0.0:10000->10000/tcp',
    'docker_migrate_1   java -Dspring.profiles.active=migrate -jar ...   Exit 0',
    // Rounds 114-118.
    // A setting named after a timeout, not an exception; a request logged fast; a member cluster
    // placed; a pod row of a virtual node's pod running.
    '2025-03-01T10:00:00.000Z\tinfo\tlib/logger/flag.go:20\t  -http.connTimeout="3m0s"',
    '2025/03/01 10:00:00 ...eb/routing/logger.go:102:func1() [I] router: completed GET /shop/web/pulls/1 for 10.0.0.1:0, 200 OK in 7420.0ms @ repo/issue.go:1329(repo.ViewIssue)',
    'I0301 10:00:00.000000 1 scheduler.go:492] ResourceBinding(shop/web-deployment) scheduled to clusters [{east-1 2} {west-2 1}]',
    'web-aci-worker-7777b5955d-hcs85   1/1   Running   0   2h',
    'The job answered in time: 200 OK',
    // Rounds 119-123.
    // A clone counter at zero, a session's negotiated timeout, a backend alive, a heartbeat
    // answered, a status 200.
    'TStat num of clone task timeout: 0 (+0)',
    'Session establishment complete on server localhost/127.0.0.1:2181, sessionid = 0x1a2b, negotiated timeout = 30000',
    '2025-03-01 10:00:00,000 INFO (replayer|87) [Backend.handleHbResponse():731] Backend [id=10004, host=be-1, heartbeatPort=9050, alive=true, lastStartTime=2025-03-01 09:00:00]',
    '[kubelet-check] Initial timeout of 40s passed.',
    'Pushed image with status 200 to registry.example.com/shop/web',
    // Rounds 124-128.
    // A host reachable again, a heartbeat answered, the Docker event stream's other statuses, a
    // buffer allocated, writes answered fast by InfluxDB in both layouts, a query about a pod
    // answered, an indexer that answered within its time.
    '8590:20250301:100000.000 resuming Zabbix agent checks on host "worker-3": connection restored',
    '2025-03-01 10:00:00,000 DEBUG BlockMasterClient - Exit (OK): Heartbeat(workerId=4411) in 2 ms',
    'Type=container  Status=exec_create: cat /jobstatus/jobok  ID=7f3a9c2e1b4d5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1',
    'INFO allocated memory for 3 buffers (12 MiB)',
    '[http] 2025/03/01 10:00:00 10.0.0.7 - - [01/Mar/2025:10:00:00 +0000] POST /write?db=metrics&precision=s HTTP/1.1 204 0 - InfluxDBClient 0e6c2fea-a212-11e5-822e-000000000000 10.733403ms',
    '[httpd] 10.0.0.7 - - [01/Mar/2025:10:00:00 +0000] "POST /write?db=metrics HTTP/1.1" 204 0 "-" "Telegraf/1.9" 0e6c2fea-a212-11e5-822e-000000000000 10733',
    'INFO indexer-1 completed request within 2 seconds',
    // Rounds 129-133.
    // A process that exited cleanly, a registry's gateway timeout (latency, not a pull refused), a
    // relayed line at the server's own info, a connector's routine rebalance.
    '10:00:00.000 | INFO    | prefect.flow_runs.runner - Process 4411 exited with status code: 0',
    'INFO  [org.wso2.carbon.automation.extensions.servers.utils.ServerLogReader] - [2025-03-01 10:00:00,000]  INFO - CarbonServerManager Server started in 12 seconds',
    '[2025-03-01 10:00:00,000] INFO [Worker clientId=connect-1, groupId=connect] Rebalance started (org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:290)',
    // Rounds 134-138.
    // MaxScale's backend promoted and back up, PgBouncer's setting and its stats with no wait, a
    // request answered with the status expected, a task that exited cleanly, containerd's other
    // events, an instance taken out at a user's request, the API server answering.
    '2025-03-01 10:00:00   notice : Server changed state: db-2[10.0.0.22:3306]: new_master. [Running] -> [Master, Running]',
    '2025-03-01 10:00:00   notice : Server changed state: db-2[10.0.0.22:3306]: server_up. [Down] -> [Running]',
    'query_wait_timeout = 120',
    '2025-03-01 10:00:00.000 UTC [1] LOG stats: 239 xacts/s, 239 queries/s, in 197911 B/s, out 159240 B/s, xact 217 us, query 217 us, wait 0 us',
    'runner-1  |   Expected status 204, got 204.',
    'The exit status of the task that caused the workflow execution to end was: 0.',
    'Mar  1 10:00:00 worker-2 containerd[880]: time="2025-03-01T10:00:00.000000000Z" level=info msg="TaskExit event &TaskExit{ContainerID:7f3a9c2e1b4d,ID:7f3a9c2e1b4d,Pid:4411,ExitStatus:0,ExitedAt:2025-03-01 10:00:00 +0000 UTC,XXX_unrecognized:[],}"',
    '"Cause": "At 2025-03-01T10:00:00Z an instance was taken out of service in response to a user request, shrinking the capacity from 3 to 2.",',
    // Rounds 139-143.
    // A member heard from, a member joined, DRBD disconnected in order, a resource started, a
    // supervisor's process spawned, a request answered in time by actix-web and by morgan in both
    // layouts, make's recipe that ended well, Postgres' replication launcher ending with its server.
    '2025-03-01 10:00:00,000 DEBUG [com.hazelcast.cluster.impl.ClusterHeartbeatManager] - [10.0.0.11]:5701 [prod] [4.2.1] Received heartbeat from Member [10.0.0.12]:5701',
    '2025-03-01T10:00:00.000000Z 0 [Note] WSREP: Member 1.0 (db-2) synced with group.',
    'Mar  1 10:00:00 db-2 kernel: drbd r0 db-1: conn( Connected -> Disconnecting ) peer( Secondary -> Unknown )',
    '  pgsqld	(ocf::heartbeat:pgsqlms):	Started db-1',
    'Mar  1 10:00:00 lb-1 Keepalived[880]: Starting VRRP child process, pid=4411',
    '2025-03-01T10:00:00.000000Z  INFO actix_web::middleware::logger: 10.0.0.7 "POST /collections/docs/points/search HTTP/1.1" 200 67 "-" "python-httpx/0.27.0" 0.004214',
    'GET /styles/basic/2/2/2.png 200 12.901 ms - 16384',
    'GET /data/planet/14/8383/5864.pbf 200 7050 - 4.013 ms',
    'make: *** [Makefile:431: import-osm] Error 2 (ignored)',
    '2025-03-01 10:00:00.000 UTC [27] LOG:  background worker "logical replication launcher" (PID 34) exited with exit code 1',
    // Rounds 144-148.
    // ThingsBoard's consumer at work, nodemon restarting on a change, Celery's limits as settings, a
    // pod scheduled.
    '2025-03-01 10:00:00,000 [tb-rule-engine-consumer-12-thread-3 | Main-2] INFO  o.t.s.s.q.DefaultTbRuleEngineConsumerService - Processing 12 messages',
    'api-1  | [10:00:00] [nodemon] restarting due to changes...',
    '[2025-03-01 10:00:00,000: INFO/MainProcess] task_soft_time_limit: 300, task_time_limit: 310',
    'I0301 10:00:00.000000       1 factory.go:1416] Updating pod condition for shop/web-0 to (PodScheduled==True)',
    // Rounds 149-153.
    // A worker ready, wrk with no timeouts, k6's passed threshold row, PM2 restarting once, a gRPC
    // call log that succeeded, Sonarr's status answered.
    '[2025-03-01 10:00:00,000] locust-master-7d9f/INFO/locust.runners: w-3_1a2b3c4d (index 3) reported as ready. 4 workers connected.',
    '  Socket errors: connect 0, read 0, write 0, timeout 0',
    '     ✓ { scenario:checkout }.........: avg=241ms    min=102.3ms  med=190ms    max=602ms    p(90)=480ms    p(95)=530ms',
    'PM2        | 2025-03-01 10:00:00: App [api:0] starting in -fork mode-',
    '{"caller":"logging.go:48","err":null,"level":"debug","method":"RequestConfig","took":"12.3ms","ts":"2025-03-01T10:00:00Z"}',
    'Sonarr Status -> OK',
    // Round 154: a fleet fully ready, and one whose ready servers are short of desired because the
    // rest are allocated to players.
    'game-fleet-7   Packed       4         4         0           4       2h',
    'game-fleet-7   Packed       4         4         3           1       2h',
    // Rounds 159-163: a kstatus rollout complete, an Elixir connection closed, Oathkeeper's routine
    // request at info.
    'Deployment/shop/web is Current: Deployment is available. Replicas: 3',
    'Deployment/shop/web not ready. status: InProgress, message: Replicas: 3/3',
    '10:00:00.000 [info] Postgrex.Protocol (#PID<0.4411.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.4412.0> exited',
    'Mar  1 10:00:00 gw-1 oathkeeper[4411]: time="2025-03-01T10:00:00Z" level=info msg="started handling request" method=GET request=/orders',
    // Rounds 164-168: Odoo's workers alive, roslaunch starting a process, Synapse's request answered
    // fast and its federation client connecting.
    '2025-03-01 10:00:00,000 15 INFO shop odoo.service.server: Worker WorkerHTTP (15) alive',
    '[INFO] [planner_server-4]: process started with pid [4411]',
    '2025-03-01 10:00:00,000 - synapse.access.http.8008 - 472 - INFO - GET-976- 10.0.0.7 - 8008 - {@alice:example.net} Processed request: 0.012sec/0.001sec (0.004sec, 0.000sec) (0.001sec/0.002sec/2) 304B 200 "GET /_matrix/client/v3/sync HTTP/1.1" "Element/1.11" [0 dbevts]',
    '2025-03-01 10:00:00,000 - synapse.http.federation.matrix_federation_agent - 242 - INFO - loop-12 - Connecting to matrix.example.net:8448',
    // Rounds 169-173: a pool that handed out a connection, an entrypoint starting its service, git's
    // push answered, a stamped pod row running.
    '[Nest] 31  - 03/01/2025, 10:00:00 AM     LOG [InstanceLoader] KnexModule dependencies initialized',
    '[2025-03-01 10:00:00,000] <docker-entrypoint> Starting unifi controller service.',
    'remote: Resolving deltas: 100% (12/12), completed with 4 local objects.',
    'Mar  1 10:00:00 web-7d4b9c6f5-x2x9z   1/1     Running     0          5d     10.42.0.11   node-1   <none>           <none>',
    // Rounds 174-178: DICOM-RST storing an instance, a slow-query listener's setting, Jellyfin's
    // WebSocket closed, KubeEdge's sync that succeeded, Ruby's job done.
    '2025-03-01T10:00:00.000000Z  INFO request:studies: Stored instance sop_instance_uid="1.2.840.113619.2.55.3.604688119"',
    '2025-03-01 10:00:00.000 [main] INFO  n.t.d.p.ProxyDataSourceBuilder - slow query threshold set to 3000 ms',
    '[10:00:00] [INF] [12] Emby.Server.Implementations.HttpServer.WebSocketManager: WS "10.0.0.9" closed',
    'I0301 10:00:00.000000    4411 metaclient.go:117] send sync message default/node/edge-1 succeeded',
    '2025-03-01T10:00:00Z 4411 TID-7f3a ActionMailer::MailDeliveryJob JID-1a2b INFO: done: 0.412 sec',
    // Rounds 179-183: a data node ready, a query answered fast, an e2e pod running, a VM instance
    // running, a unit active, Obico connected.
    '1 | td-1:6030 | 13 | 24 | ready | any | 2025-03-01 10:00:00.000 | |',
    'Query OK, 1 row(s) in set (0.001231s)',
    'INFO: web-7d4b9c6f5-x2x9z  node-2  Running  [{Ready True 0001-01-01 00:00:00 +0000 UTC 2025-03-01 10:00:00 +0000 UTC  }]',
    'shop    vm-web-1   15d    Running    10.0.0.7   node-2   True   True',
    '     Active: active (running) since Sat 2025-03-01 10:00:00 UTC; 2h ago',
    '2025-03-01 10:00:00,000      INFO  obico.tsdconn - connection is ready',
    // Rounds 184-187: Home Assistant's poll done, a unit started, Swarm placing a container.
    '2025-03-01 10:00:00 DEBUG (MainThread) [homeassistant.helpers.update_coordinator] Finished fetching camera.driveway data in 0.412 seconds (success: True)',
    '2025-03-01T10:00:00Z systemd[1]: Started Service for snap application shop.db.',
    '     Active: active (running) since Sat 2025-03-01 10:00:00 UTC; 18min ago',
    // Round 189: dnsdist's and the recursor's routine lines.
    'dnsdist[4411]: Marking downstream 10.0.0.53:53 as \'up\'',
    'Mar 01 10:00:00 Done priming cache with root hints',
    // Rounds 190-194: a job finished, a crawl done, receptor's check answered, a sync done, a
    // sidecar's probe answered, Compose's dependency done, scylla-manager's routine call, and
    // Collabora's poll loop at trace level that names its own wait's end.
    '2025-03-01T10:00:00.000000Z  INFO background_jobs_actix::worker: Job 7f3a9c2e completed',
    '2025-03-01T10:00:00.000Z info: [Crawler][4411] Completed successfully',
    'INFO: 1: Reply from worker-2 in 0.012s',
    '10:00:00.000 Sync finished successfully in 412ms',
    'I0301 10:00:00.000000       1 sidecar/probes.go:172] "healthz probe: ok"',
    '✔ Container shop-migrate-1  Exited   12.4s',
    '{"L":"INFO","T":"2025-03-01T10:00:00.000Z","N":"cluster.client","M":"HTTP","host":"10.0.0.7:10001","method":"GET","uri":"/storage_service/scylla_release_version","duration":"3ms","status":200}',
    'wsd-00001-00027 2025-03-01 10:00:00.000000 +0100 [ prisoner_poll ] TRC  Poll completed with 0 live polls max (64000000us)(timedout)| net/Socket.cpp:448',
    // Rounds 195-199: a gateway's connection open, SearXNG's engines loaded, a LocalStack call
    // answered, containerd's pull at info, Compose's container stopped on purpose, a response
    // that came back.
    '[2025-03-01 10:00:00] [Connection 4]  guacd connection open',
    '2025-03-01 10:00:00,000 INFO:searx.engines: loading engine wikipedia (timeout: 3.0 s)',
    '2025-03-01T10:00:00.000  INFO --- [   asgi_gw_0] localstack.request.aws     : AWS lambda.Invoke => 200',
    'time="2025-03-01T10:00:00.000000000Z" level=info msg="PullImage \\"shop/web:4.2\\" returns image reference \\"sha256:7f3a9c2e\\""',
    'shop-db-1 exited with code 0',
    '<Response [200]>',
    // Rounds 200-204: a pod's DisruptionTarget for a preemption's victim being placed, Wings
    // starting a server, an uptime monitor's check answered, a tag found, a running container.
    '    reason: PreemptionByScheduler',
    'INFO: [Mar  1 10:00:00.000] detected server as starting server=7f3a9c2e',
    '[2025-03-01 10:00:00.000000] [uptime-monitor] [system:info] Uptime updated - 1740823200',
    'Type = [Normal], Name = [web-0.1598749142753108], Reason = [Started], Message = [Started container]',
    'Error response from daemon: Container 7f3a9c2e1b4d is already running',
    // Rounds 205-209: MySQL's status line (its `Slow queries` a field, the number before it the
    // questions'), SOGo's watchdog at rest, Celery's task done, a target group's member taken out
    // on purpose, a container that exited cleanly, a command that finished.
    'Uptime: 139  Threads: 39  Questions: 573  Slow queries: 0  Opens: 40  Flush tables: 1  Open tables: 32  Queries per second avg: 4.122',
    'Mar  1 10:00:00 mail-1 sogod [109]: <0x0x56362a3f8190[WOHttpAdaptor]> notified the watchdog that we are ready',
    '[2025-03-01 10:00:00,000: INFO/ForkPoolWorker-1] Task documents.tasks.consume_file[6add6b72] succeeded in 9.04s: None',
    'service shop-web deregistered 1 targets in target-group shop-web-tg',
    'status=exited exit=0 err= oom=false started=2025-03-01T10:00:00.000000000Z finished=2025-03-01T10:00:01.000000000Z',
    '[2025-03-01T10:00:00.000] [INFO] Tdarr_Server - Node gpu-node-2 registered',
    // Rounds 210-212: ioBroker's instance ended cleanly and restarted on schedule, zigbee2mqtt's
    // coordinator connected, monit's process running, evcc starting, a herdsman frame answered.
    '2025-03-01 10:00:00.000 - info: host.iobroker instance system.adapter.luftdaten.0 terminated with code 0 (NO_ERROR)',
    '2025-03-01 10:00:00.000 - info: host.iobroker instance system.adapter.bshb.0 scheduled normal terminated and will be restarted on schedule.',
    '[2025-03-01 10:00:00] info: 	zh:zstack:znp: Socket connected',
    'Retrying request {"sequence":7} after 500ms',
    "[CET Mar  1 10:00:00] info     : 'domoticz' process is running",
    '[main  ] INFO 2025/03/01 10:00:00 starting ui and api at :7070',
    'Dockerd: ShouldRestart failed, container will not be restarted',
    // Rounds 214-217: a unit's main process that exited cleanly or on a stop, a unit started,
    // BigBlueButton's units up, a start limit that is a setting, gRPC-Go's routine info, a request
    // Macaron answered in time, a pod being deleted while still fully ready.
    'Main PID: 4411 (code=exited, status=0/SUCCESS)',
    'Main PID: 4411 (code=exited, status=143/n/a)',
    'Mar  1 10:00:00 shop-1 systemd[1412]: Started shop-web.service.',
    'bbb-webrtc-sfu ————————► [✔ - active]',
    'StartLimitIntervalSec=10s StartLimitBurst=5 (Result: start-limit-hit is what follows)',
    'INFO: 2025/03/01 10:00:00 grpc: addrConn.resetTransport succeeded',
    '[Macaron] Completed /shop/web 200 OK in 2.1ms',
    'ci   drone-7f3a9c2e1b4d5x   7/7   Terminating   2   8m',
    // Rounds 219-228: ZoneMinder's process ended cleanly, an init script's start done, a stop on
    // SIGTERM, s6-rc's service started, a status listing's service up, a printer answering, a peer
    // broker connected, supervisord's clean exit, a session closed.
    "2025-03-01 10:00:00.000000 zmdc[4411].INF [ZMServer:411] ['zmc -m 18' exited normally]",
    'shop  |  * Starting shop web server   ...done.',
    'Mar  1 10:00:00 shop-1 systemd[1]: shop-web.service: Control process exited, code=killed, status=15/TERM',
    'db-1  | s6-rc: info: service db-setup successfully started',
    'zmfilter is running.',
    'worker-2  worker  10.0.0.7  running  4411  01 Mar 10:00:00',
    "2025-03-01 10:00:00.000 [info] <0.971.0>@vmq_cluster_node:connect:257 successfully connected to cluster node 'VerneMQ@10.0.0.7'",
    'shop-1  | 2025-03-01 10:00:00,000 INFO exited: web (exit status 0; expected)',
    '[2025-03-01 10:00:00,000: INFO] Updating task-status=scraper_running.',
    // Rounds 229-233: Django-Q's worker ready, supervisord's clean exit behind Docker Desktop's
    // time, an Elixir process's normal exit, a runner's job done in time.
    '2025-03-01 10:00:00,000 INFO Process-1a2b3c4d ready for work at 110',
    '2025-03-01 11:00:00 2025-03-01 10:00:00,000 INFO exited: queue-worker_00 (exit status 0; expected)',
    '** (EXIT) normal',
    '[2025-03-01 10:00:00] Processed:  App\\Jobs\\SyncShop',
    // Round 234: Cacti's poller settings, a zone connected, spine's SNMP settings.
    "01/Mar/2025 10:00:00 - POLLER: Poller[1] PID[4411] NOTE: Poller Int: '300', Cron Int: '300', Time Since Last: '299.36', Max Runtime '298', Poller Runs: '1'",
    '"output": "Zone \'satellite-2\' is connected. Log lag: less than 1 millisecond",',
    "2025/03/01 10:00:00 - SPINE: Poller[1] Device[171] INFO: SNMP Device 'sw-2' has timeout 2000000 (2000), retries 3",
    // Rounds 236-240: a cluster member marked reachable again and the members listed, sbt wrapping
    // an info line, Telegraf's intervals as settings, SABnzbd connecting, a goroutine that ended
    // cleanly, supervised children that stopped on purpose, a unit stopped on purpose (`inactive
    // (dead)` with no result), Pekko's node up, oauth2-proxy's quick request.
    '[info] [WARN] [03/01/2025 10:00:00.000] [shop-akka.actor.default-dispatcher-3] [akka://shop/system/cluster/core/daemon] Cluster Node [akka://shop@10.0.0.7:2551] - Marking node(s) as REACHABLE [Member(address = akka://shop@10.0.0.8:2551, status = Up)]',
    '[info] [INFO] [03/01/2025 10:00:00.000] [shop-akka.actor.default-dispatcher-2] [akka://shop/system/cluster/core/daemon] Cluster Node [akka://shop@10.0.0.7:2551] - Leader is moving node [akka://shop@10.0.0.8:2551] to [Up]',
    'INFO: [10.0.0.7]:5701 [shop] [5.3.0] Members {size:2, ver:4} [ Member [10.0.0.7]:5701 - 1a2b3c4d this Member [10.0.0.8]:5701 - 3c4d5e6f ]',
    '2025-03-01T10:00:00Z I! [agent] Config: Interval:10s, Quiet:false, Hostname:"shop-1", Flush Interval:10s',
    '2025-03-01 10:00:00,000::INFO::[downloader:483] Thread 2@news.example.org: Initiating connection',
    'time="2025-03-01 10:00:00.0000" level=info msg=" /envoy : exited without error" func=github.com/datawire/dlib/dgroup.logGoroutineStatuses file="/go/dgroup/group.go:95" CMD=entrypoint PID=1',
    'AMBASSADOR: envoy exited with status 0',
    'envoy exited with status 143',
    'Main PID: 4411 (code=killed, signal=TERM)',
    'Active: inactive (dead) since Sat 2025-03-01 10:00:00 UTC; 14min ago',
    '[2025-03-01 10:00:00,000] [INFO] [org.apache.pekko.cluster.Cluster] [] [shop-pekko.actor.default-dispatcher-3] - Cluster Node [pekko://shop@10.0.0.7:7355] - Started up successfully',
    '10.0.0.7 - jane [2025/03/01 10:00:00] shop.example.org GET 10.0.0.9:8080 "/api/cart" HTTP/1.1 "Mozilla/5.0" 200 512 0.021',
    // Rounds 241-245: a mail client answered, Postfix starting, a watchdog's full health, a tunnel
    // registered, strongSwan starting, a WireGuard conf found, gunicorn's master shutting down, a pod
    // running, a shell's report of a job SIGTERM ended.
    '[NOTICE] [1A2B3C4D-0000-4000-8000-000000000001.1] [core] disconnect ip=10.0.0.7 rdns="mx.example.org" helo="mx" relay=N early=N esmtp=Y tls=Y pipe=N txns=1 rcpts=1/0/0 msgs=1/0/0 bytes=2048 lr="250 Message Queued" time=0.41',
    'Mar  1 10:00:00 mx-1 postfix/postfix-script[4411]: starting the Postfix mail system',
    'watchdog-1  | Sat Mar  1 10:00:00 CET 2025 Rspamd health level: 100% (10/10), health trend: 0',
    '2025-03-01T10:00:00Z INF Registered tunnel connection connIndex=0 event=0 ip=198.41.200.13 location=ams01 protocol=quic',
    'Mar  1 10:00:00 vpn-1 charon[4411]: 00[DMN] Starting IKE charon daemon (strongSwan 5.9.1, Linux 5.15.0, x86_64)',
    '**** Found WG conf /config/wg_confs/wg0.conf, adding to list ****',
    '[2025-03-01 10:00:00 +0000] [1] [INFO] Shutting down: Master',
    '2025-03-01T10:00:00.000+0000\tnode-1 pod shop/web-7d4b9c6f5-x2x9z is running',
    'clamd-1  | /bootstrap.sh: line 32:     7 Terminated              clamd',
    // Rounds 246-250: a diagnosis that passed and a pod restarted once, a connect refused at once, a
    // service health check passed, a runner back, a game server's monitor passing, units that
    // exited cleanly or started.
    '✓ All connections are established',
    '⚠ Pod "shop-agent-7d4b9c6f5-x2x9z" has restarted 1 times',
    "curl: (7) Failed to connect to web.shop.svc.clusterset.local port 80 after 5 ms: Couldn't connect to server",
    'job service image: docker:dind healthcheck passed: docker:2375 in 847 ms',
    '2025-03-01 10:00:00Z: Runner reconnected.',
    '[  OK  ] Monitoring vhserver: Querying port: gsquery: 10.0.0.7:2457 : 0/1: OK',
    'Main PID: 4411 (code=exited, status=0/SUCCESS)',
    'Mar  1 10:00:00 ci-1 systemd: Started Buildkite Agent.',
    '✓ The desired number of replicas for Deployment "shop-agent" (2) matches the actual number running (2)',
    // Rounds 251-255: a pod deleted within its grace period, a member running, a function ready, a
    // status answered, a daemon forked, a node registered, curl's timeout as a setting, a unit started.
    'Status:                    Terminating (lasts 20s)',
    '| shop-db-1 | 10.0.0.8 | Replica | running | 21 |         0 |',
    'weather kubeless        test.weather    nodejs12        request: ^2.88.0                1/1 READY',
    'E20250301 10:00:00.000000   449 raft_server.cpp:842] /status end-point returned status code 200',
    '[Sat Mar  1 10:00:00.000 2025] [4411] watchdog: main process 4412 forked ok',
    'Mar  1 10:00:00 kind-control-plane kubelet[213]: I0301 10:00:00.000000     213 kubelet_node_status.go:76] "Successfully registered node" node="kind-control-plane"',
    'I20250301 10:00:00.000000   449 http_client.cpp:60] CURL timeout set to 4000 ms',
    '10:00:00 systemd: Started Plex container.',
    // Rounds 256-259: a pod restarted a few times, a condition turned off, a node condition's
    // recovery, a retry that passed, a scale-up that went through, a meshed pod running.
    'deployment #1 running for 40 minutes - 1 pod (warning: 1 restarts)',
    'Restart Count:  4',
    'Normal   GossCheckPassed  2m  health-checker, node-2  Node condition GossCheckFailure is now: False, reason: GossCheckPassed',
    'Mar  1 10:00:00 maas-1 maas.node: [INFO] node-7: Status transition from DEPLOYING to DEPLOYED',
    'I0301 10:00:00.000000       1 clusterstate.go:297] Scale-up in node group gpu-pool finished; errorCode=',
    'The "shop-web-7d4b9c6f5-x2x9z" pod is running',
    // Rounds 260-264: a grid's node back up and registered, an endpoint connecting, a host up, a
    // worker ready, Zabbix stopped by a signal, a service running, a dyno up, a shard stopped by a
    // stop's signal, a runner ended cleanly, a browser closed, a health check that passed.
    '10:00:00.000 INFO [GridModel.setAvailability] - Switching node 1a2b3c4d (uri: http://10.0.0.7:5555) from DOWN to UP',
    '10:00:00.000 INFO - Registered a node http://10.0.0.7:5555',
    "[2025-03-01 10:00:00 +0000] information/ApiListener: New client connection for identity 'satellite-2'",
    '[1740823200] HOST ALERT: web-1;UP;SOFT;1;PING OK - Packet loss = 0%',
    '2025-03-01T10:00:00+00:00 - gpustack.server.worker_syncer - DEBUG - Marked worker gpu-node-3 as WorkerStateEnum.READY',
    '4411:20250301:100000.000 Got signal [signal:15(SIGTERM),sender_pid:4410,sender_uid:0,reason:0]. Exiting ...',
    'The GitLab Sidekiq job dispatcher with pid 10826 is running.',
    'web.1: up 2025/03/01 10:00:00 +0000 (~ 2h ago)',
    '2025-03-01T10:00:00.000000Z ERROR shard-manager: text_generation_launcher: Shard process was signaled to shutdown with signal 15 rank=0',
    'llama runner process has terminated: exit status 0',
    '2025-03-01T10:00:00.000Z browserless:job 1A2B3C: Browser cleanup complete.',
    "Command 'health check of container llm-1' passed after 2 seconds",
    // Rounds 265-274: a check that passed, a backend and an instance back up, an agent connected, a
    // member joined, a child that ended cleanly, a setting, a count of critical checks at zero.
    'Mar  1 10:00:00 lb-1 Keepalived_healthcheckers[4411]: Misc check to [10.0.0.7] for [/etc/keepalived/check_db.sh 10.0.0.7] success.',
    'Mar  1 10:00:00 lb-1 Keepalived_vrrp[4411]: VRRP_Script(chk_haproxy) succeeded',
    "Mar  1 10:00:00 dns-1 dnsdist[4411]: Marking downstream ns2 (10.0.0.8:53) as 'up'",
    '1:X 01 Mar 2025 10:00:00.000 # -sdown master shop 10.0.0.7 6379',
    '2025-03-01 10:00:00,000 INFO  [c.c.a.m.ClusteredAgentManagerImpl] (AgentTaskPool-2:[ctx-1a2b]) (logid:3c4d) The agent from host Host {"id":3,"name":"kvm-3"} state determined is Up',
    'GMS1093: adding GroupLeadershipNotification signal leadermember: inst3 of group: shopcluster',
    '2025-03-01T10:00:00.000 app[1a2b3c4d5e6f78] ams [info] INFO Main child exited normally with code: 0',
    '1a2b3c4d\tapp    \t3      \tams   \trun    \trunning\t2 total, 2 passing\t0       \t2m10s ago',
    "Node 'vmq@vernemq-2.vernemq-headless.mqtt.svc.cluster.local' joined the cluster.",
    // Rounds 275-279: a service up, a container ended cleanly, an agent connected, a node joined.
    'run: postgres: (pid 786) 56868s, normally up; run: log: (pid 712) 56868s',
    'time="2025-03-01T10:00:00+00:00" level=info msg="workspace shop-api stopped: container exited with status 0"',
    '2025/03/01 10:00:00 wazuh-agent: INFO: (4102): Connected to the server ([10.0.0.7]:1514/tcp).',
    '2025-03-01T10:00:00.000Z INFO  [zen] [graylog-1] detected_master [data-1][1a2b3c], added {[data-1][1a2b3c],}',
    // Rounds 280-284: a job behind others, a program running, a member registered, services
    // running, a component up, a status changed to ready, a broker's quorum.
    'JobState=PENDING Reason=Priority Dependency=(null)',
    '- worker is in the RUNNING state.',
    'I0301 10:00:00.000000  4411 ts_manager.cc:180] Registered new tserver with Master: 1a2b3c4d5e6f (10.0.0.8:9100)',
    'OK:  Service snap.microk8s.daemon-containerd is running',
    'edge-2   etcd   Running   OK   5m10s ago   Health check successful',
    '10.0.0.7:20160   tikv   10.0.0.7   20160/20180   linux/aarch64   Up   /data/tikv   /deploy/tikv',
    'Normal  StatusUpdate  2m   FlinkOperator  TaskManager deployment status changed: NotReady -> Ready',
    'Mar  1 10:00:00 hpc-1 flux[4411]: broker.err[0]: quorum reached',
    // Rounds 285-289: a service started, a peer node back, a client ready, a pull begun, a job's
    // priority, dockerd on a host without memory cgroups (its OOM monitor, not an OOM kill).
    "01.03.25 10:00:00 (+0000) Started service 'web sha256:1a2b3c'",
    "node 'rabbit@mq-3' up",
    '1a2b3c4d-0000-4000-8000-000000000001  dc1  client-3  <none>  false  eligible  ready',
    'INFO: Executing pull for: shop/web:4.2',
    'WARN[2025-03-01T10:00:00.000000000Z] OOM monitoring failed                         error="cgroups: memory cgroup not supported on this system"',
    // Rounds 290-294: Envoy ready, an agent back online, a workload with none unavailable, a clean exit.
    '2025-03-01T10:00:00.000000Z     info    Envoy proxy is ready',
    'build-agent-7 is back online',
    'Deployment        cilium-operator    Desired: 2, Unavailable: 0/2',
    'time="2025-03-01T10:00:00Z" level=info msg="kubelet exited: exit status 0"',
    // Rounds 295-299: repmgr back in touch, a router container started, a client idle too long, a
    // peer connection set up, ProxySQL dropping a broken client connection (a StartupProbeFailed
    // exclusion: the client's, not a probe).
    '[2025-03-01 10:00:00] [NOTICE] reconnected to node 2 after 1 attempts',
    'Container 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b started',
    '2025-03-01 10:00:00.000 UTC [7] LOG C-0x1a2b3c: shop/app@10.0.0.7:50266 closing because: client_idle_timeout (age=600s)',
    'INFO: 2025/03/01 10:00:00.000000 ->[10.0.0.7:6783|1a:2b:3c:4d:5e:6f(node-2)]: connection added (new peer)',
    '2025-03-01 10:00:00 MySQL_Thread.cpp:3744:process_all_sessions(): [WARNING] Closing unhealthy client connection 10.0.0.7:58964',
    // Rounds 300-304: leases taken and renewed, a VM running, a sink's check passed, a worker that ended
    // cleanly (a PodDown exclusion: status 0).
    'I0301 10:00:00.000000       1 leaderelection.go:258] successfully acquired lease kube-system/kube-scheduler',
    'I0301 10:00:00.000000       1 leaderelection.go:248] attempting to acquire leader lease kube-system/kube-controller-manager...',
    'shop-vm   12m   Running   10.0.0.7   node-2',
    '2025-03-01T10:00:00.000000Z  INFO vector::topology::builder: Healthcheck: Passed.',
    '2025-03-01 10:00:00 +0900 [warn]: fluent/log.rb:351:warn: Worker 0 finished unexpectedly with status 0',
    // Rounds 305-309: members up, gossip's routine echo, a worker that exited cleanly, checks passed.
    '10.0.0.7  rack1       Up     Normal  63.11 MB        ?                   -501700471063127806',
    'INFO  [GossipStage:1] 2025-03-01 10:00:00,000 Gossiper.java:1100 - InetAddress /10.0.0.7:7000 is now UP',
    'INFO  2025-03-01 10:00:00,000 [shard 0] gossip - failure_detector_loop: Send echo to node 10.0.0.9, status = ok',
    '2025/03/01 10:00:00 [notice] 1#1: worker process 42 exited with code 0',
    '[+]informer-sync ok',
    'Main PID: 4411 (code=exited, status=0/SUCCESS)',
    // Rounds 310-314: health routes answered, a query route's error, exits that are clean or a lost
    // node's, a row running, an autoscaler's plan, a wait bounded by a setting.
    'level=debug ts=2025-03-01T10:00:00.000Z caller=logging.go:72 msg="GET /ready (200) 41.3µs"',
    'level=warn ts=2025-03-01T10:00:00.000Z caller=logging.go:72 msg="GET /loki/api/v1/query_range?query=x (500) 1.2ms"',
    "[2025-03-01 10:00:00,000: INFO/MainProcess] Process 'ForkPoolWorker-12' pid:4411 exited with 'exitcode 0'",
    '2025-03-01 10:00:00,000 WARN org.apache.hadoop.yarn.server.nodemanager.LinuxContainerExecutor: Exit code from container container_1740823200000_0007_01_000003 is : 0',
    '25/03/01 10:00:00 WARN YarnSchedulerBackend$YarnSchedulerEndpoint: Container marked as failed: container_1740823200000_0007_01_000004 on host: worker-3. Exit status: -100. Diagnostics: Container released on a *lost* node.',
    'shop_web_1   /usr/local/bin/gunicorn sh ...   Up   0.0.0.0:8000->8000/tcp',
    'I0301 10:00:00.000000       1 scale_up.go:586] Final scale-up plan: [{shop-workers 2->4 (max: 10)}]',
    'level=warn ts=2025-03-01T10:00:00.000Z caller=loki.go:251 msg="per-tenant timeout not configured, using default engine timeout (\\"5m0s\\")."',
    '2025/03/01 10:00:00 Readinesscheck endpoint answered in 2ms',
    // Rounds 315-319: instances all running, a check that completed, OSDs up and a check cleared, rows
    // running, resources started, units active, a pod's own deadline still read as down elsewhere.
    '1 of 1 instances running (1 running)',
    '{"timestamp":"1740823200.000000000","source":"rep","message":"rep.garden-healthcheck.garden-health.healthcheck.complete","log_level":1}',
    '2025-03-01T10:00:00.000+0000 mon.a (mon.0) 42 : cluster [INF] Health check cleared: OSD_DOWN (was: 1 osds down)',
    'osd: 9 osds: 9 up (since 3d), 9 in (since 4w)',
    '7    ssd   0.87329          osd.7            up   1.00000  1.00000',
    '| router_z1/0 (1a2b3c4d-0000-4000-8000-000000000001) | running | n/a | small_z1 | 10.0.0.7 |',
    'openstack-cinder-volume: active (enabled on boot)',
    '● shop-worker.service    loaded active running Shop background worker',
    'Agent healthcheck: found 0 dead agents out of 9:',
    'mon: 3 daemons, quorum a,b,c (age 2h)',
    // Rounds 320-324: a node joined, a component's check passed, an async task that finished.
    'Machine	i-0a1b2c3d4e5f60718	machine "i-0a1b2c3d4e5f60718" has joined cluster',
    '[control-plane-check] kube-apiserver is healthy after 1.5s',
    'ok: [worker-7] => {"changed": false, "msg": "async task completed"}',
    // Rounds 325-329: a task that finished in time, a node pool created, a node agent running, the VPA
    // accepting a pod for update.
    'INFO task shop-migrate completed before the specified timeout',
    'module.eks.aws_eks_node_group.workers: Creation complete after 2m50s [id=shop:workers]',
    'time="2025-03-01T10:00:00Z" level=info msg="Found running node-agent pod" node=worker-3',
    'I0301 10:00:00.000000       1 update_priority_calculator.go:119] pod accepted for update shop/web-0 with priority 0.56',
    // Rounds 330-334: jobs done in time, a node back in its cluster, a join inside its bound.
    "00:53:07.534 | INFO    | prefect.infrastructure.kubernetes-job - Job 'shop-migrate-x2k9q': Job completed within timeout of 5s.",
    'INFO client connected before the deadline',
    '2025-03-01 10:00:00,000 INFO [Reconnect to Cluster] o.a.n.c.c.node.NodeClusterCoordinator This node is now connected to the cluster.',
    '{"level":"info","msg":"ringpop bootstrapped","join duration":"1.2s","max":"30s"}',
    // ... and a count over its bound, which holds the duration rule's substring: no unit, no latency.
    'level=error msg="queue depth 5000 exceeded max 4096, dropping oldest"',
    // Rounds 335-339: a probe ready again or just started, a volume attached, a scope running.
    'I0301 10:00:00.000000  4411 kubelet.go:2668] "SyncLoop (probe)" probe="readiness" status="ready" pod="shop/web-0"',
    'I0301 10:00:00.000000  4411 kubelet.go:2668] "SyncLoop (probe)" probe="readiness" status="" pod="shop/web-0"',
    'Normal  SuccessfulAttachVolume  12m  attachdetach-controller  AttachVolume.Attach succeeded for volume "pvc-1a2b"',
    '● libpod-1a2b3c4d.scope loaded active running libcontainer container 1a2b3c4d',
    // Rounds 340-344: a worker that answered in its time, a task done in the expected time, kubeadm's
    // check passing, a worker process started, a probe of a revision that passed, a deadline set.
    'INFO Backend worker responded in given time',
    'INFO task was completed in the expected time',
    '[kubelet-check] The kubelet is healthy after 1.001974332s',
    '2025-03-01T10:00:00,000 [INFO ] W-9001-resnet_2.0-stdout org.pytorch.serve.wlm.WorkerLifeCycle - Backend worker process started.',
    '{"severity":"INFO","logger":"activator","message":"Probing pods succeeded","knative.dev/key":"shop/web-00001"}',
    'level=info msg="task deadline has been set to 30s"',
    // Rounds 345-349: a drain done in its time, a wait inside its time, a limit set, a command ended
    // cleanly, a node ready, a member unsuspected, a wait that got what it expected.
    'INFO Drain did complete within 1m30s',
    'info: wait has exceeded nothing yet; 3 operators are progressing',
    '2025-03-01T10:00:00.000Z INFO main Bootstrap query.max-execution-time 1.00h 1.00h Query exceeded the maximum execution time limit is enforced',
    '[Sat Mar  1 10:00:00 2025] Command[broker] exited (pid = 41, status = 0)',
    'rootlesskit[4411]: [rootlesskit:child ] debug: command [dockerd] exited: exit status 0',
    'Node shop-pool-3 is ready: Ready=True',
    '2025-03-01 10:00:00,000 DEBUG [org.jgroups.protocols.FD_ALL3] keycloak-1: unsuspecting keycloak-2',
    '#1 expected 2 replicas to be ready, got 2',
    'expected to find 15 pods but found only 15',
    // Rounds 350-354: a Swarm manager reachable, an agent online, a unit's node ready, a Juju application
    // with all its units, an agent back, a node claim registered, a connection made in time.
    'dfsp35af3tvt1ztf6ffcehtko    worker-2  Accepted    Ready   Active        Reachable',
    'jenkins-agent-7k2x9-l948b is online',
    'k8s-worker/1    active    idle   1   10.0.0.8   Node juju-1a2b3c-shop-1 ready',
    'kubernetes-worker    1.29.4    active    3/3  kubernetes-worker      charmhub  114  ubuntu',
    'INFO: Agent came back online after the build',
    'Message:               Node registered with cluster',
    '[2025/03/01 10:00:00] [ info] [net] connection #44 established after 10 seconds to: 169.254.169.254:80',
    // Rounds 355-359: every node reachable, a peer connected, a brick online, a dependency healthy, a
    // short wait on the rate limit, an upload done on a later try.
    'Cluster health:   3/3 reachable   (2025-03-01T10:00:00Z)',
    'State: Peer in Cluster (Connected)',
    'Brick node-3:/srv/data/brick1/brick            49152     0          Y       21421',
    '2025-03-01T10:00:00.000000000+00:00 INFO run:refresh: check scheduler health succeeded',
    'I0301 10:00:00.000000       1 request.go:601] Waited for 1.047798907s due to client-side throttling, not priority and fairness, request: GET:https://10.96.0.1:443/apis/shop.example.com/v1?timeout=32s',
    '2025/03/01 10:00:00.000000 juicefs[7] <INFO>: upload chunks/1757/1757471/1757471743_0_4096: done after 1m0s (try 4)',
    // ... and a timeout named with what follows it that is neither where it went nor which try it was.
    '2025/03/01 10:00:00.000000 juicefs[7] <WARNING>: upload chunks/1/1_0_4096: retry with timeout after 1m0s (tries left 4)',
    '[2025/03/01 10:00:00] [ warn] [net] connection #44 keeps its timeout after 10 seconds to reconnect',
    // Rounds 360-364: the same reporters at info on routine work, a process that ended normally, a
    // player who left, a registration that went through, settings read; a peer connected, a data
    // node ready, a daemon stopped on request, a database healthy.
    "[2025-03-01 10:00:00.000] INFO    : container-clustercontroller Container.com.yahoo.vespa.clustercontroller.core.SystemStateBroadcaster Cluster 'shop': Publishing cluster state version 6",
    "[2025-03-01 10:00:00.000] INFO    configproxy      configproxy.com.yahoo.vespa.config.proxy.RpcConfigSourceClient   Subscribe for 'name=cloud.config.sentinel,configId=hosts/shop-3' succeeded",
    '[info] 2025-03-01T10:00:00.000000Z couchdb@10.0.0.7 <0.209.0> -------- couch_proc_manager <0.2795.21> died normal',
    '10:00:00 [INFO] [shopper42] disconnected with: Disconnected',
    '2025-03-01T10:00:00.000000000Z [INFO][AMF][Consumer] AMF register to NRF Error[<nil>] retried and registered',
    '[2025/03/01 10:00:00.000 +00:00] [INFO] [paramtable/base_table.go:209] ["init with etcd"] [endpoints="[milvus-etcd:2379]"]',
    "[notice] 2025-03-01T10:00:00.000000Z couchdb@10.0.0.7 <0.294.0> -------- mem3_sync shards/00000000-1fffffff/shop.1740823200 couchdb@10.0.0.8 {ok,connected}",
    '1 | tsdb-1:6030                    |      1 |     16 | ready      | any   | 2025-03-01 10:00:00.000 |                          |',
    '10:00:00.0001 wings: the daemon was asked to stop and did so cleanly',
    'Database is healthy.',
    // Rounds 365-369: a timeout named as what a retry waits on, not as an error.
    '2025-03-01 10:00:00.000000000  10:00:00.000 WRN [rtsp] retry_on=timeout stream=cam_1',
    // Rounds 370-374: fast requests done or failed, another Compose step's error, a token (not a tag)
    // expired, segments started and up, a peer node up, a clean exit behind `docker logs -t`.
    '10:00:00 ✨ request completed GET 200 /items/orders 35ms',
    '10:00:00 ✨ request errored GET 500 /items/orders 2.5s',
    'Recreating web        ... error',
    'The token was deleted or has expired',
    '20250301:10:00:00:004185 gpstart:mdw:gpadmin-[INFO]:-Failed segment starts                                = 0',
    '20250301:10:00:00:004185 gpstate:mdw:gpadmin-[INFO]:-   Segment status                    = Up',
    // ... and the same count with no level and a status at warning, so the severity scan does not
    // keep them quiet.
    'Failed segment starts                                = 0',
    '20250301:10:00:00:004185 gpstate:mdw:gpadmin-[WARNING]:-   Segment status                    = Up   <<<<<<<<',
    "2025-03-01 10:00:00.000 [info] <0.2836.0>@riak_core_node_watcher:handle_info:412 {nodeup,'riak@10.0.0.8'}",
    "Node 'riak@10.0.0.7' is responding to pings.",
    '2025-03-01T10:00:00.000000000-07:00 2025-03-01 10:00:00,000 INFO exited: celery-flower (exit status 0; expected)',
    // Rounds 375-379: a service running, a unit enabled and running, a command done in time, a call
    // answered, a minion slow to answer, an agent heard from, a clean exit behind the journal's prefix.
    '* Docker is running',
    '2025-03-01 10:00:00,000 [salt.state       ][INFO    ] Service docker is already enabled, and is running',
    '[INFO 2025-03-01T10:00:00 main] Command completed before timeout',
    'Transport1 connected, waiting for response',
    'Minion did not return. [No response]',
    'We started hearing from agent shop-agent-3 again.',
    'Mar  1 10:00:00 shop-3 supervisord[14968]: 2025-03-01 10:00:00,000 INFO exited: rqworker (exit status 0; expected)',
    // Rounds 380-384: replicas all there, nodes left for placement, checks passed or none failed, a
    // container still starting, a clean deploy end, a subsystem active, a hold for another reason, a MOM
    // reached.
    '(Showing 1 out of 3 replicas. Total available replicas: 3)',
    'eliminated 6 possible node(s) for placement -- 2/6 node(s) remain',
    'remote:  !     Check attempt 1/5 passed.',
    'Could not start due to 0 failed checks.',
    'INFO container not ready (starting), retrying in 5s (attempt 1/5)...',
    '==> Exited with status 0',
    'xcatd                                          active',
    'Job in status 2 put on hold by user due to maintenance window',
    "03/01/2025 10:00:00  S    send to MOM '10.0.0.3' succeeded",
    // Rounds 385-389: a member cluster ready, a node online, a Compose container healthy or running, a
    // PM2 app stopped cleanly or by a signal's stop, a critical service started, an informer synced.
    'member1   v1.29.2   Push   True    13m',
    'cluster2             Pull   True   23m',
    '12 | shop-3 | shop-3 | [AbCdE] | [FgHiJ] | ops | 100.64.0.12 | false | 2025-03-01 10:00:00 | 0001-01-01 00:00:00 | online | no',
    '✔ Container shop-postgres-1     Healthy                                                   0.0s',
    '✔ Container shop-postgres-1     Running                                                   0.0s',
    '[2025-03-01 10:00:00] PM2 log: App [shop] with id [0] and pid [2988], exited with code [0] via signal [SIGINT]',
    '[2025-03-01 10:00:00] PM2 log: App [shop] with id [0] and pid [2988], exited with code [143] via signal [SIGTERM]',
    'ERRO [PROC:1]    Critical service proxy.init has started. service/signals.go:145',
    'I0301 10:00:00.000000       1 kind.go:76] "informer synced" source="kind source: *v1.Secret"',
    // Rounds 390-394: a supervised child or a container that ended cleanly or on a stop, a Samba push
    // that succeeded.
    'time="2025-03-01T10:00:00Z" level=warning msg=exited error="exit status 0" supervisor.name=gitaly-ruby',
    'time="2025-03-01T10:00:00Z" level=warning msg=exited error="exit status 143" supervisor.name=gitaly-ruby',
    'level=warning msg="container die 1a2b3c4d5e6f78 (exitCode=0, image=shop/backup, name=shop-backup-1)"',
    'level=warning msg="container die 1a2b3c4d5e6f78 (exitCode=143, image=shop/backup, name=shop-backup-1)"',
    '[10:00:00] WARNING: cli_push returned NT_STATUS_OK',
    // Rounds 395-399: wandb's client back from a network error, the Cluster Agent's health handler on a
    // check that passed.
    'wandb: WARNING Network error resolved after 0:00:05.102, resuming normal operation.',
    '2025-03-01 10:00:00 UTC | CLUSTER | INFO | (pkg/api/healthprobe/healthprobe.go:73 in healthHandler) | Healthcheck passed on: [clusterchecks-dispatch]',
    // Rounds 400-404: MediaMTX closing a connection on a stop, a server that ended cleanly, a quick
    // registration, a service running.
    '2025/03/01 10:00:00 INF [RTMP] [conn 10.0.0.7:57260] closed: terminated',
    "ERROR 'exec ./bin/boulder-sa --config test/config/sa.json' with pid 215 exited 0",
    'ERROR io.seata.common.exception.FrameworkException: can not register RM,err:register error,role:TMROLE,err:cost 3004 ms',
    '[ERROR] opscode-chef-mover is running.',
    // Rounds 405-409: short stalls, a sender ended cleanly, a line card reachable again.
    '[ 4047.188475] LNet: Service thread pid 25305 was inactive for 20.09s. The thread might be hung, or it might only be slow and will resume later.',
    '2025 Mar  1 10:00:00.000000 shop-sw1 ERR syncd#syncd: :- threadFunction: time span WD exceeded 3071 ms for remove:SAI_OBJECT_TYPE_NEXT_HOP:oid:0x4000000000a81',
    'shop-mailer    | ERR! Child/default/45 [3f83045e93a7d158cafa] Sender process for default exited with 0',
    'ERR sr_device_mgr: Slot 3 (Linecard) is Reachable via Midplane (after missing count: 6)',
    // Rounds 410-414: a child ended cleanly, a probe answered, an ending that is not critical, an executor
    // that ended cleanly.
    '0(20) ALERT: <core> [main.c:740]: handle_sigs(): child process 42 exited normally, status=0',
    'ERROR dispatcher [dispatch.c:3159]: ds_options_callback(): OPTIONS-Request was finished with code 200 (to sip:10.0.0.4, group 1)',
    'Mar  1 10:00:00 shop-media rtpengine[4242]: [1740823200.000000] [ERROR] Shutdown requested - exiting',
    '25/03/01 10:00:02 INFO StandaloneAppClient$ClientEndpoint: Executor updated: app-20250301100000-0001/6 is now EXITED (Command exited with code 0)',
    // Rounds 415-419: a dyno stopped cleanly, a service running, a health check that passed.
    '2025-03-01T10:00:00+00:00 heroku[worker.1]: Process exited with status 0',
    '[ERROR] Service shop-worker is running',
    'level=error msg="Health check has passed" check=agent subsystem_name=health',
    // Rounds 420-424: settings printed at start-up, a command ended cleanly, helpers that ran, a service running.
    'ERROR shop_server             | Request Timeout    : 60 (seconds)',
    'ERROR shop_server             | Queue Timeout      : 45 (seconds)',
    '[cmd] /app/shop-server exited 0',
    'Process: 4242 ExecStart=/usr/bin/shop-server serve (code=exited, status=0/SUCCESS)',
    'Directory Service: RUNNING',
    '*** /container/run/process/slapd/run exited with status 0',
    // Rounds 425-429: a child stopped by its manager, exits of 0, a stop signal.
    'Mar  1 10:00:00 shop-cache varnishd[4242]: Error: Child (4243) died signal=15',
    'ERROR [01/Mar/2025 10:00:00 ] supervisor   WARNING  Exit code for /usr/share/hue/build/env/bin/hue kt_renewer: 0',
    'ERROR 2025/03/01 10:00:00 Command exited with error: exit status 0',
    'ERROR traffic_server: received signal 15 (Terminated)',
    // Rounds 435-439: nodes online, links up, instances started, a daemon up, a test case named for a timeout
    // that passed, a domain running, settings of a time-out, a commit done.
    '┊ shop-worker-2   ┊ SATELLITE  ┊ 10.0.0.12:3367 (SSL) ┊ Online  ┊',
    'ERROR | shop-worker-3 | SATELLITE | 10.0.0.13:3367 (SSL) | Online |',
    'ERROR [KNET  ] rx: host: 2 link: 1 is up',
    'ERROR Started: [ shop-db-1 shop-db-2 ]',
    'ERROR watchfrr[3322]: bgpd state -> up : connect succeeded',
    'ERROR (1/1) type_specific.io-github-autotest-libvirt.virsh.migrate_vm.positive_testing.p2p_migration.timeout.without_postcopy: PASS (167.21 s)',
    'ERROR kubevirt domain status: Running(1):Unknown(1)',
    'ERROR carla_bridge: using a time-out of 5000ms for the simulator',
    'ERROR drbd r0: Two-phase commit 584166552 done',
    'ERROR BGP: %ADJCHANGE: neighbor 10.0.0.1 in vrf default Up',
    // Rounds 440-444: a process stopped by its supervisor, a check that found its containers, a client that
    // finished, a removal refused for a running container, a status report on a VM still up.
    'Mar  1 10:00:00.940005 shop-sw1 INFO telemetry#supervisord 2025-03-01 10:00:00,609 INFO stopped: telemetry (terminated by SIGTERM)',
    'ERROR Expected containers running: telemetry',
    'ERROR 10:00:00:WU00:FS01:FahCore returned: FINISHED_UNIT (100 = 0x64)',
    "ERROR Error: cannot remove container shop-web as it is running - running or paused containers cannot be removed without force: container state improper",
    'ERROR Status Report: virtualbox.exe/vboxheadless.exe is running.',
    'ERROR Communication timeout set to 30 seconds',
    // Rounds 445-449: Raft's election, a check that passed, a node reachable again, settings of a startup timeout,
    // a request answered fast.
    'ERROR 2025/03/01 10:00:00 [WARN] raft: Heartbeat timeout from "" reached, starting election',
    'ERROR Checking that pluto is running                          [OK]',
    'ERROR tincd[4242]: [INFO  tincd::graph] Node shop-east became reachable (via shop-east)',
    'ERROR [2025-03-01 10:00:00] [INFO ] X server for display 10 startup timeout set to 10 seconds',
    'ERROR core 2025/03/01 10:00:00.530 [D] [middleware.go:52]  |    10.0.0.200| 200 |   1.086084ms|   match| GET      /api/v2.0/ping   r:/api/v2.0/ping',
    'ERROR # get https://proxy.golang.org/shop/@v/list: 200 OK (0.272s)',
    // Rounds 450-454: a clean stop of readsb, a program recovered, a driver that started, a unit stopped by
    // SIGTERM, a sync that authenticated.
    'ERROR [2025-03-01 10:00:00.179 GMT] Normal exit.',
    'ERROR 3/1/2025 10:00:24 AM\tC:\\Radio\\Dire Wolf\\direwolf.exe has recovered',
    'ERROR Driver failed to start (exit status=0)',
    'Mar  1 10:00:13 shop-nas systemd[1]: podman-shelf.service: Main process exited, code=exited, status=143/n/a',
    'ERROR [RealtimeProgressSync] Auth succeeded - init received',
    'ERROR rspamd_worker_term_handler: terminating after receiving Terminated signal',
    // Rounds 455-459: a service Compose started, a program supervisorctl started, a fast request, a memory
    // setting.
    'ERROR Starting shop-db ... done',
    'ERROR Recreating shop-db ... error',
    'ERROR galaxy:galaxy_web: started',
    'ERROR 10.0.0.11 - - [01/Mar/2025:10:00:22 +0000] "GET / HTTP/1.0" 200 728 0.0021',
    'ERROR PHP Warning: memory_limit is set to 128M; allowed memory size of 134217728 bytes',
    // Rounds 460-464: a health check that passed, a plan for servers down, ESPHome's and a client's timeout
    // settings, a setting of a request timeout, a fast bitcoin-cli call, an add-on's service stopped.
    'ERROR 2025-03-01 10:00:00.537 [INF] HLCK: Health check: chain backend, call: 1 succeeded',
    'ERROR If all TTS servers are down, the local engine speaks instead',
    '[10:00:20][W][modbus_bridge:100]: timeout = 2',
    'ERROR The timeout of requests is 30 seconds',
    'ERROR requestTimeout: 30000',
    'ERROR 2025-03-01T10:00:00.075Z UNUSUAL plugin-bcli: bitcoin-cli: finished bitcoin-cli getblockhash 876782 (2310 ms)',
    '[10:00:16] INFO: Service exited with code 256 (by signal 15)',
    '[10:00:16] INFO: Service exited with code 0 (by signal 0)',
    // Rounds 465-474: a fast call of Arkime's client, a server process a stop ended, a query's count, a count of
    // crashes, a timeout named without its time, a poll timeout's setting.
    'ERROR Mar  1 10:00:24 http.c:406 arkime_http_curlm_check_multi_info(): 2/3 ASYNC 200 http://shop-es:9200/arkime_stats/_doc/x 793/160 0ms 5ms',
    'ERROR LOG:  server process (PID 4242) was terminated by signal 15: Terminated',
    'ERROR Query returned 137 rows',
    'ERROR Viewer crashed reports: 0',
    'ERROR Jobs that exceeded the timeout are retried',
    'ERROR linuxdvb: Shop Tuner #0 : DVB-S #0 - poll timeout set to 5000',
    // Rounds 475-479: a proxy a stop ended by its signal's name, NodeBB's children ended by a stop or cleanly,
    // LinuxGSM's start that went well, Pterodactyl's clean exit, a program exiting after what it could do.
    '[proxy] caddy run --config /etc/caddy/Caddyfile exited with code SIGTERM',
    'ERROR [cluster] Child Process (4242) has exited (code: null, signal: SIGTERM)',
    'ERROR [cluster] Child Process (4242) has exited (code: 0, signal: null)',
    'ERROR [  OK  ] Starting sdtd-server: Shop Host',
    'ERROR [Pterodactyl Daemon] Exit Code: 0',
    'ERROR Unable to find an update, exiting after the check',
    'ERROR e34ca737-6a27-11e4-b78a-04012f416701   shop/nginx    10.0.0.240/10.0.0.240   name=nginx,replicationController=nginxController   Running',
    // Rounds 480-484: a finish script on a clean exit, a child that ended cleanly, a timeout's setting before
    // a logger's fields, a count a query returned, a process that exited and is named after.
    'ERROR [viseron-finish] Viseron exit code 0',
    'ERROR postgres exited {"error": "exit status 0"}',
    'ERROR [exec] timeout=5s url="exec:ffmpeg -i rtsp://127.0.0.1:8554/shop"',
    'ERROR Query returned 504 rows',
    'ERROR process has exited cleanly',
    // Rounds 485-489: Proxmox on a command that is no start, and on a start that went well.
    "ERROR TASK ERROR: command 'lvremove -f pve/vm-101-disk-0' failed: exit code 5",
    "ERROR TASK ERROR: command 'systemctl start pve-container@101' failed: exit code 0",
    // Rounds 490-494: Ray Serve's replicas placed in time, a shard that started.
    "ERROR Deployment 'Shop' has 1 replicas that were scheduled in 2s",
    'ERROR text_generation_launcher: Shard 0 ready and waiting for requests',
    // Rounds 495-499: a process that exited cleanly, a health check that passed.
    'ERROR {Calico exited: exit status 0. Retrying}',
    "ERROR HTTP health check for task 'shop-iis.5e69307b' passed",
  ])('%j stays quiet', (line) => {
    expect(detect(line)).toBeNull();
  });

  it('reads a Windows service that ended once as down, and one that ended again and again as a loop (the check can fail)', () => {
    const once = 'The Shop service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 5000 milliseconds: Restart the service.';
    expect(detect(once)).toBe('PodDown');
    expect(detect(once.replace('1 time(s)', '14 time(s)'))).toBe('CrashLoopBackOff');
  });

  it.each([
    [
      "Karmada's cluster controller on a member cluster it stopped hearing from",
      'cluster_controller.go',
      'I0301 10:00:00.000000       1 cluster_controller.go:453] cluster shop-2 hasn\'t been updated for 1h11m46.338303374s. Last Ready is: &Condition{Type:Ready,Status:Unknown,ObservedGeneration:0,LastTransitionTime:2025-03-01 09:00:00 +0000 UTC,Reason:ClusterStatusUnknown,Message:Cluster status controller stopped posting cluster status.,}',
      'NodeNotReady',
      'I0301 10:00:00.000000       1 cluster_controller.go:300] Syncing cluster: shop-2',
    ],
  ] as const)('reads %s at info by its source file (%s), and not without that file (the check can fail)', (_speaker, file, line, failure, routine) => {
    expect(detect(line)).toBe(failure);
    expect(infoLevelReporter(line)).toBe(true);
    const klogFiles = INFO_LEVEL_REPORTERS.klogFiles.filter((known) => known !== file);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles })).toBe(false);
    expect(detect(routine)).toBeNull();
  });

  it("reads an `arena list` row as a job unplaced only while PENDING from ten seconds on, not RUNNING nor younger (the check can fail)", () => {
    const row = DETECTABLE_SHAPES.SchedulingBlocked.find((shape) => shape.contains === ' pending ' && shape.shape.source.includes('mpijob'))!;
    const pending = 'shop-train  PENDING  MPIJOB   16m  shop-train-worker-0  N/A';
    expect(detect(pending)).toBe('SchedulingBlocked');
    expect(row.shape.test(matchText(pending))).toBe(true);
    expect(row.shape.test(matchText('shop-train  PENDING  MPIJOB   5s  shop-train-worker-0  N/A'))).toBe(false);
    expect(row.shape.test(matchText('shop-train  PENDING  MPIJOB   45s  shop-train-worker-0  N/A'))).toBe(true);
    expect(row.shape.test(matchText('shop-train  RUNNING  MPIJOB   16m  shop-train-worker-0  node-3'))).toBe(false);
  });

  it.each([
    // Rounds 400-409: Seata's registration, SONiC syncd's SAI call and an LNet service thread, each stating
    // the time it took.
    ['io.seata.common.exception.FrameworkException: can not register RM,err:register error,role:TMROLE,err:cost 30004 ms', readSeataCost, 30.004],
    ['2025 Mar  1 10:00:00.000000 shop-sw1 ERR syncd#syncd: :- threadFunction: time span WD exceeded 30716 ms for remove:SAI_OBJECT_TYPE_NEXT_HOP:oid:0x4000000000a81', readSaiTimeSpan, 30.716],
    ['[ 4047.188475] LNet: Service thread pid 25305 was inactive for 200.09s. The thread might be hung, or it might only be slow and will resume later. Dumping the stack trace for debugging purposes:', readLnetInactive, 200.09],
    // Rounds 460-464: Core Lightning's bitcoind plugin on a call, in its plugin's form and the older one
    // (where a syslog prefix's reader takes `bitcoin-cli:` for the program's tag).
    ['2025-03-01T10:00:00.091Z UNUSUAL plugin-bcli: bitcoin-cli: finished bitcoin-cli -rpcclienttimeout=60 getblockhash 876782 (149455 ms)', readBcliFinished, 149.455],
    ['2025-03-01T10:00:02.065Z lightningd(4242): bitcoin-cli: finished bitcoin-cli getblockhash 552462 (149455 ms)', readBcliFinished, 149.455],
  ] as const)('reads the time %j states as a request\'s, slow at the 30-s bar and quiet under a higher one (the check can fail)', (line, read, seconds) => {
    expect(detect(line)).toBe('HighLatency');
    expect(read(line)).toEqual({ status: 0, seconds });
    expect(underSlowBars(line, 300)).toEqual(['HighLatency', null]);
    expect(read(line.replace(/err:cost|time span|was inactive for|finished bitcoin-cli/, 'took'))).toBeNull();
  });

  it.each([
    // Rounds 445-449: Beego's router log (Harbor's core, at debug) and the go command's fetch trace.
    ['harbor-core 2025/03/01 10:00:00.530 [D] [middleware.go:52]  |    10.0.0.200| 200 | 45.00553635s|   match| GET      /api/chartrepo/shop/charts   r:/api/chartrepo/:repo/charts', readBeegoRequest, 200, 45.00553635],
    ['# get https://proxy.golang.org/github.com/shop/cli/@v/list: 200 OK (58.077s)', readGoGetTrace, 200, 58.077],
    ['# get https://proxy.golang.org/github.com/shop/cli/@v/2.7.5.info: 404 Not Found (58.331s)', readGoGetTrace, 404, 58.331],
    // Rounds 465-474: Arkime's HTTP client on a bulk call to Elasticsearch that got no answer in 60 s.
    ['Mar  1 10:00:39 http.c:390 moloch_http_curlm_check_multi_info(): 390/29 ASYNC 0 http://shop-es:9200/_bulk 1593461/0 0ms 60002ms', readArkimeHttp, 0, 60.002],
  ] as const)("reads %j as a request's status and time, slow at the 30-s bar and quiet under a higher one (the check can fail)", (line, read, status, seconds) => {
    expect(read(line)).toEqual({ status, seconds });
    expect(detect(line)).toBe('HighLatency');
    expect(underSlowBars(line, 300)).toEqual(['HighLatency', null]);
    expect(read(line.replace(/match\||# get |_http_curlm_check_multi_info\(\): /, 'x'))).toBeNull();
  });

  it("reads Rack's common log line by the seconds it ends with, slow at the 30-s bar and quiet under a higher one (the check can fail)", () => {
    const line = '10.0.0.11 - - [01/Mar/2025:10:00:22 +0000] "GET /404 HTTP/1.0" 404 728 39.2947';
    expect(readAccessLog(line)).toEqual({ status: 404, seconds: 39.2947 });
    expect(detect(line)).toBe('HighLatency');
    expect(underSlowBars(line, 300)).toEqual(['HighLatency', null]);
    // Two decimals are not Rack's: the field is not read as a time.
    expect(readAccessLog(line.replace('39.2947', '39.29'))).toEqual({ status: 404, seconds: null });
  });

  it("keeps ClusterODM's node it cannot reach off the probes, and reads supervisord behind a log viewer's columns at info (the check can fail)", () => {
    const offline = "[ERROR]   Cluster node seems to be offline: HTTPConnectionPool(host='10.0.0.7', port=3001): Max retries exceeded with url: /info (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))";
    expect(plainReading(offline)).toBe('NodeNotReady');
    expect(plainReading(offline, { failure: 'StartupProbeFailed', exclusion: 'cluster node seems to be offline' })).toBe('StartupProbeFailed');
    const viewer = '2025/03/01 10:00:04 | stdout | 2025-03-01 10:00:04,013 INFO gave up: identity entered FATAL state, too many start retries too quickly';
    const supervisord = INFO_LEVEL_REPORTERS.headers.find((h) => h.contains === 'INFO ' && h.header.source.includes('supervisord'))!;
    expect(supervisord.header.test(viewer)).toBe(true);
    const without = new RegExp(supervisord.header.source.replace('|\\d{4}\\/\\d{2}\\/\\d{2} \\d{2}:\\d{2}:\\d{2} \\| std(?:out|err) \\| ', ''));
    expect(without.source).not.toBe(supervisord.header.source);
    expect(without.test(viewer)).toBe(false);
  });

  it("keeps a supervisor's exit named by a stop's signal off the pods down, and Pterodactyl's exit code off the crash loops: the exclusions are what do (the check can fail)", () => {
    const stopped = '[proxy] caddy run --config /etc/caddy/Caddyfile exited with code SIGTERM';
    expect(plainReading(stopped)).toBeNull();
    expect(plainReading(stopped, { failure: 'PodDown', exclusion: 'exited with code sigterm' })).toBe('PodDown');
    const daemon = '[Pterodactyl Daemon] Exit Code: 1';
    expect(plainReading(daemon)).toBe('PodDown');
    expect(plainReading(daemon, { failure: 'CrashLoopBackOff', exclusion: '[pterodactyl daemon] exit code: ' })).toBe('CrashLoopBackOff');
  });

  it.each([
    // OpenDTU's radio, Tvheadend's tuner, gamedig, the ClickHouse operator.
    ['retransmit', '10:00:08.647 > Retransmit timeout'],
    ['poll', '2025-03-01 10:00:24.084 linuxdvb: Shop Tuner #0 : DVB-S #0 - poll TIMEOUT'],
    ['watchdog', '{"error":"UDP Watchdog Timeout","query":{"host":"10.0.0.7"}}'],
    ['wait', 'E0301 10:00:10.909254       1 creator.go:118] updateStatefulSet():StatefulSet update wait failed. err: waitStatefulSet(shop/chi-shop-0-0) - wait timeout'],
  ])("reads a timeout after `%s` as what became of a call, and not without that word among the operations (the check can fail)", (word, raw) => {
    const line = matchText(raw);
    expect(TIMEOUT_AS_OUTCOME.test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS.filter((w) => w !== word)).test(line)).toBe(false);
  });

  it("reads a timeout after a JSON-escaped newline or tab as what became of a call, and not without that separator (the check can fail)", () => {
    const line = matchText('"error": "1 error(s) occurred:\\n\\ttimeout"}');
    expect(TIMEOUT_AS_OUTCOME.test(line)).toBe(true);
    expect(timeoutAsOutcome(TIMED_OUT_OPERATIONS, TIMEOUT_SEPARATORS.filter((s) => s !== '\\\\[nt]')).test(line)).toBe(false);
  });

  it("reads a client's `HTTP status is 504.` as the gateway's timeout, and not with the status shape that wanted `status 504` or `status: 504` (the check can fail)", () => {
    const line = matchText('OSError: Error fetching OrderBook for SHOP-BTC at shop_exchange. HTTP status is 504.');
    const status = DETECTABLE_SHAPES.HighLatency.find((shape) => shape.contains === '504' && shape.shape.source === '\\bstatus(?::| is| of)? 504\\b')!;
    expect(status.shape.test(line)).toBe(true);
    expect(/\bstatus:? 504\b/i.test(line)).toBe(false);
    expect(status.shape.test(matchText('status 504 while pushing'))).toBe(true);
  });

  it("reads an add-on's service that ended on a signal as a report at info, but not one that ended on a stop's SIGTERM or SIGINT or with code 0 (the check can fail)", () => {
    const header = INFO_LEVEL_REPORTERS.headers.find((h) => h.contains === '] INFO: Service exited with code ')!;
    const line = '[10:00:16] INFO: Service exited with code 256 (by signal 4)';
    expect(header.header.test(line)).toBe(true);
    expect(header.header.test(line.replace('(by signal 4)', '(by signal 15)'))).toBe(false);
    expect(header.header.test(line.replace('(by signal 4)', '(by signal 2)'))).toBe(false);
    expect(header.header.test('[10:00:16] INFO: Service exited with code 0 (by signal 0)')).toBe(false);
    // Without the refusals, a stop reads as an exit to report.
    const loose = new RegExp(header.header.source.replace('(?!0 )', '').replace('(?!(?:15|2)\\))', ''));
    expect(loose.test(line.replace('(by signal 4)', '(by signal 15)'))).toBe(true);
  });

  it("reads systemd's main process that exited non-zero as a loop, but not one that ended on a stop's SIGTERM with 143 (the check can fail)", () => {
    const exited = DETECTABLE_SHAPES.CrashLoopBackOff.find((shape) => shape.contains === 'main process exited')!;
    const stopped = 'Mar  1 10:00:13 shop-nas systemd[1]: shop.service: Main process exited, code=exited, status=143/n/a';
    expect(exited.shape.test(matchText(stopped))).toBe(false);
    expect(exited.shape.test(matchText(stopped.replace('143/n/a', '1/FAILURE')))).toBe(true);
    expect(exited.shape.test(matchText(stopped.replace('143/n/a', '137/n/a')))).toBe(true);
    // Without the refusal of 143 the stop reads as a failing process.
    const loose = new RegExp(exited.shape.source.replace('(?!143\\/)', ''), 'i');
    expect(loose.source).not.toBe(exited.shape.source);
    expect(loose.test(matchText(stopped))).toBe(true);
  });

  it("reads a Procodile row as a loop only when it Failed after respawns, not one Running after them (the check can fail)", () => {
    const row = DETECTABLE_SHAPES.CrashLoopBackOff.find((shape) => shape.contains === ' respawns:')!;
    const failed = '|| => worker.1         Failed       10:00        pid:4698     respawns:5      port:-        tag:-';
    expect(detect(failed)).toBe('CrashLoopBackOff');
    expect(row.shape.test(matchText(failed))).toBe(true);
    expect(row.shape.test(matchText(failed.replace('Failed', 'Running')))).toBe(false);
    expect(row.shape.test(matchText(failed.replace('respawns:5', 'respawns:0')))).toBe(false);
  });

  it("keeps PM2's app that exited with code [0] or [143] off the pods down by the exclusions; with code [1] it is down (the check can fail)", () => {
    const line = '[2025-03-01 10:00:00] PM2 log: App [shop] with id [0] and pid [2988], exited with code [0] via signal [SIGINT]';
    expect(detect(line)).toBeNull();
    expect(plainReading(line, { failure: 'PodDown', exclusion: 'exited with code [0]' })).toBe('PodDown');
    expect(detect(line.replace('[0] via', '[1] via'))).toBe('PodDown');
  });

  it("watches Cloud Run's `Out-of-memory event detected`, a line with no level, by the error keyword `out-of-memory`, and not without it (the check can fail)", () => {
    const line = 'Out-of-memory event detected in container';
    expect(inferSeverity(line)).toBe('ERROR');
    expect(detect(line)).toBe('OOMKilled');
    expect(severityRule('ERROR', 'wording').keywords).toContain('out-of-memory');
    expect(inferSeverity(line.replace('Out-of-memory', 'Low-memory'))).toBe('INFO');
  });

  it.each([
    // Round 316: Ceph's named health checks are the cluster's state, not a probe.
    ['2025-03-01T10:00:00.000+0000 mon.a (mon.0) 42 : cluster [WRN] Health check failed: 3 osds down (OSD_DOWN)', 'PodDown', 'StartupProbeFailed', 'health check '],
    // Round 317: a Job past its deadline is slow, not down.
    ['Warning  DeadlineExceeded  2m  job-controller  Job was active longer than specified deadline', 'HighLatency', 'PodDown', 'job was active longer than'],
    // Round 310: a timeout setting left at its default.
    ['level=warn ts=2025-03-01T10:00:00.000Z caller=loki.go:251 msg="per-tenant timeout not configured, using default engine timeout (\\"5m0s\\")."', null, 'HighLatency', 'timeout not configured'],
    // Round 327: a node pool's nodes reported unhealthy are the nodes, not a probe.
    ['│ 	* i-0a1b2c3d4e5f60718: NodeCreationFailure: Unhealthy nodes in the kubernetes cluster', 'NodeNotReady', 'StartupProbeFailed', 'unhealthy nodes in the kubernetes cluster'],
    // Round 331: the kubelet's runtime call for one container out of time is that call's latency.
    ['E0301 10:00:00.000000    4411 remote_runtime.go:187] CreateContainer in sandbox "1a2b3c" from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'HighLatency', 'NodeNotReady', 'from runtime service failed'],
    // Round 346: BuildKit's numbered step starting buildx's builder is a step under way, not replicas
    // short; kaniko's push that timed out is the push's latency, not a pull.
    ['#1 waiting for 1 pods to be ready', null, 'ReplicaMismatch', 'to be ready'],
    ['kaniko error pushing image: failed to push to destination 10.0.0.9/shop/web:4.2: Get http://10.0.0.9/v2/: dial tcp 10.0.0.9:80: i/o timeout', 'HighLatency', 'ImagePullBackOff', 'failed to push to'],
    // Round 350: classic Swarm's manager flagging an engine it lost is the node, not a failed check.
    ['time="2025-03-01T10:00:00Z" level=error msg="Flagging engine as unhealthy. Connect failed 3 times" name=worker-3', 'NodeNotReady', 'StartupProbeFailed', 'flagging engine as unhealthy'],
    // Rounds 356 and 359: a count of timeouts that is zero, and Ceph clearing a warning of slow requests.
    ['10:00:00  Number of "context deadline exceeded" in logs: 0', null, 'HighLatency', 'number of "'],
    ['2025-03-01 10:00:00.000000 [INF]  MDS health message cleared (mds.0): 42 slow requests are blocked > 30 sec', null, 'HighLatency', 'health message cleared'],
  ] as const)('reads %j as %s, and as %s without the exclusion %j (the check can fail)', (line, reads, without, exclusion) => {
    expect(detect(line)).toBe(reads);
    expect(plainReading(line)).toBe(reads);
    expect(plainReading(line, { failure: without, exclusion })).toBe(without);
  });

  it("reads the kubelet's runtime call about the whole node out of time as the node's runtime, beside a call for one container read as latency", () => {
    expect(detect('E0301 10:00:00.000000    4411 remote_runtime.go:295] ListContainers with filter "nil" from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded')).toBe('NodeNotReady');
  });

  it('reads a pod past its own deadline as down, beside the Job past its deadline read as latency', () => {
    expect(detect('Message: Pod was active on the node longer than the specified deadline')).toBe('PodDown');
  });
});

describe('learned from rounds 525-529: speakers that report at info, by their source files and words', () => {
  it.each([
    [
      "the Vertical Pod Autoscaler's recommender on a container it saw killed for memory",
      'cluster_feeder.go',
      'oom detected',
      'I0301 10:00:09.485249       1 cluster_feeder.go:467] OOM detected {Timestamp:2025-03-01 10:00:47 +0000 UTC Memory:314572800 ContainerID:{PodID:{Namespace:shop PodName:web-76b847ffdf-fn87z} ContainerName:web}}',
      'OOMKilled',
      'I0301 10:00:09.485249       1 cluster_feeder.go:120] Initial checkpoint loaded for 12 VPAs',
    ],
    [
      "the cluster autoscaler's early scale-up on a node template whose predicates a pod fails",
      'scale_up.go',
      'predicate mismatch',
      'I0301 10:00:30.005163       1 scale_up.go:146] Scale-up predicate failed: PodFitsResources predicate mismatch, cannot put shop/gpu-test-6f48d9555d-l9822 on template-node-for-gpus-5829202798403814789, reason: Insufficient nvidia.com/gpu',
      'SchedulingBlocked',
      'I0301 10:00:30.005163       1 scale_up.go:70] Pod shop/gpu-test-6f48d9555d-l9822 is schedulable',
    ],
  ] as const)('reads %s at info by its source file (%s) and the word %j, and not without that word (the check can fail)', (_speaker, file, word, line, failure, routine) => {
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe(failure);
    expect(judgeKlogSpeaker(line)).toBe(failure);
    expect(KLOG_SPEAKER_RULES.some((rule) => rule.files.includes(file) && rule.message_any.includes(word))).toBe(true);
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((w) => w !== word) }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
    expect(detect(routine)).toBeNull();
  });

  it("reads client-go's wait on its own rate limit in Go's minutes as 30 s or more, and not a wait under 30 s in either form (the check can fail)", () => {
    const shape = DETECTABLE_SHAPES.HighLatency.find((s) => s.contains === 'client-side throttling')!;
    const minutes = matchText('Waited for 1m47.209129954s due to client-side throttling, not priority and fairness');
    expect(shape.shape.test(minutes)).toBe(true);
    expect(shape.shape.test(matchText('Waited for 29.9s due to client-side throttling'))).toBe(false);
    expect(shape.shape.test(matchText('Waited for 1.165144189s due to client-side throttling'))).toBe(false);
    // Without the minutes' form only seconds from 30 up are read.
    const secondsOnly = new RegExp(shape.shape.source.replace('|(?:\\d{1,5}h)?\\d{1,2}m\\d{1,2}', ''), 'i');
    expect(secondsOnly.source).not.toBe(shape.shape.source);
    expect(secondsOnly.test(minutes)).toBe(false);
  });
});

describe("learned from rounds 530-534: logrus' four-letter levels", () => {
  it.each([
    ['FATA[0514] [controlPlane] Failed to bring up Control Plane: Failed to verify healthcheck: Failed to check https://localhost:6443/healthz for service [kube-apiserver]', 'StartupProbeFailed'],
    ['PANI[0003] runtime error: invalid memory address or nil pointer dereference', null],
  ] as const)("reads %j, which opens with logrus' level, at that level, and without the pattern as no level (the check can fail)", (line, failure) => {
    expect(inferSeverity(line)).toBe('ERROR');
    expect(detect(line)).toBe(failure);
    const error = severityRule('ERROR', 'level');
    const logrus = error.patterns.find((p) => p.source.includes('ERRO|FATA|PANI'))!;
    expect(logrus.test(line)).toBe(true);
    const without = { ...error, patterns: error.patterns.filter((p) => p !== logrus) };
    expect(levelMarkersPattern([without]).exec(line)).toBeNull();
  });

  it('leaves the four letters as words when they do not open the line', () => {
    const error = severityRule('ERROR', 'level');
    const logrus = error.patterns.find((p) => p.source.includes('ERRO|FATA|PANI'))!;
    expect(logrus.test('the FATA[ key')).toBe(false);
    expect(logrus.test('INFO[0000] [membership] Checking if this member was added')).toBe(false);
  });
});

describe('learned from rounds 535-539: rows with wide columns, and a reporter by its source file', () => {
  it("reads a `kubectl get replicaset -o wide` row short of ready replicas by its counts, the CONTAINERS, IMAGES and SELECTOR after the age, and not without those columns in the layout (the check can fail)", () => {
    const row = 'replicaset.apps/shop-7855f7b44c   2   2   0   29m   shop   registry.local/shop/web:v2.8.2   app=shop,pod-template-hash=7855f7b44c';
    expect(detect(row)).toBe('ReplicaMismatch');
    expect(plainReading(row)).toBe('ReplicaMismatch');
    const counts = DETECTABLE_SHAPES.ReplicaMismatch.find((s) => s.shape.source.includes('(?:\\s+\\S+\\s+\\S+\\s+\\S+)?'))!;
    expect(counts.shape.test(matchText(row))).toBe(true);
    const narrow = new RegExp(counts.shape.source.replace('(?:\\s+\\S+\\s+\\S+\\s+\\S+)?', ''), 'i');
    expect(narrow.source).not.toBe(counts.shape.source);
    expect(narrow.test(matchText(row))).toBe(false);
  });

  it("reads keadm's deployment not ready at info by its source file (helm_helper.go), and not without that file (the check can fail)", () => {
    const line = 'I0301 10:00:53.499278   91409 helm_helper.go:68] Deployment is not ready: shop/shop-core. 0 out of 1 expected pods are ready';
    expect(detect(line)).toBe('ReplicaMismatch');
    expect(infoLevelReporter(line)).toBe(true);
    const klogFiles = INFO_LEVEL_REPORTERS.klogFiles.filter((known) => known !== 'helm_helper.go');
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles })).toBe(false);
    expect(detect('I0301 10:00:53.497354   91409 helm_helper.go:40] Installing chart shop-core')).toBeNull();
  });
});

describe('learned from rounds 540-544: the descheduler, which reports its evictions at info', () => {
  it.each([
    ['evictions.go', 'I0301 10:00:03.543353       1 evictions.go:123] "Evicted pod" pod="shop/web-866755bcdc-s625p" reason="PodTopologySpread"'],
    ['pod_antiaffinity.go', 'I0301 10:00:48.664700       1 pod_antiaffinity.go:50] Evicted pod: "web-54d7977cd-l8wx7" because of existing anti-affinity'],
  ] as const)('reads an eviction by its source file (%s) at info, and not without that file (the check can fail)', (file, line) => {
    expect(detect(line)).toBe('PodDown');
    expect(infoLevelReporter(line)).toBe(true);
    const klogFiles = INFO_LEVEL_REPORTERS.klogFiles.filter((known) => known !== file);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles })).toBe(false);
  });

  it("leaves the descheduler's routine lines quiet, its checks on a pod it may not evict among them", () => {
    expect(detect('I0301 10:00:41.458657       1 evictions.go:348] "Pod lacks an eviction annotation and fails the following checks" pod="shop/web-7875b946dc-d889d" checks="pod has local storage"')).toBeNull();
    expect(detect('I0301 10:00:03.510147       1 topologyspreadconstraint.go:109] "Processing namespaces for topology spread constraints"')).toBeNull();
  });
});

/** The line is detected as `failure`, and by the shape listed under `contains` alone (without it, nothing of its class reads it). */
function readByShapeAlone(line: string, failure: FailureType, contains: string): void {
  expect(detect(line)).toBe(failure);
  expect(shapeEvidence(line, failure, contains)).toMatchObject({ own: true, others: [] });
}

/** The line is detected as `failure`, and by `phrase` alone (without it, nothing of its class reads it). */
function readByPhraseAlone(line: string, failure: FailureType, phrase: string): void {
  expect(detect(line)).toBe(failure);
  expect(phraseEvidence(line, failure, phrase)).toMatchObject({ own: true, others: [] });
}

/**
 * A line stated at info is read as `failure` through the info-level reporter header listed under
 * `contains` (the one header so listed): it is at least a warning, and without that header its level
 * would be final.
 */
function readThroughHeader(line: string, failure: FailureType, contains: string): void {
  readByHeader(line, failure, contains);
  expect(inferSeverity(line)).not.toBe('INFO');
  expect(INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains === contains)).toHaveLength(1);
}

/**
 * A line stating a level (or a crash report) that ends its process: an error, a pod down, and read as
 * one by PROCESS_EXIT_LEVELS' entry for `mark` alone (the table without it reads the line as nothing).
 */
function expectEndsProcess(line: string, mark: string): void {
  expect(inferSeverity(line)).toBe('ERROR');
  expect(detect(line)).toBe('PodDown');
  expect(judgeProcessExit(line)).toBe('PodDown');
  const levels = PROCESS_EXIT_LEVELS.levels.filter((level) => level.mark !== mark);
  expect(levels.length).toBe(PROCESS_EXIT_LEVELS.levels.length - 1);
  expect(judgeProcessExit(line, { ...PROCESS_EXIT_LEVELS, levels })).toBeNull();
}

/**
 * A klog line read as `failure` by the speaker rule for its source `file` alone (the one rule naming the
 * file): the table without that rule reads it as nothing.
 */
function readBySpeakerAlone(line: string, failure: FailureType, file: string): void {
  expect(judgeKlogSpeaker(line)).toBe(failure);
  expect(detect(line)).toBe(failure);
  const rules = KLOG_SPEAKER_RULES.filter((rule) => !rule.files.includes(file));
  expect(rules.length).toBe(KLOG_SPEAKER_RULES.length - 1);
  expect(judgeKlogSpeaker(line, rules)).toBeNull();
}

/**
 * An event row read as `failure` by the one event rule `isRule` picks: the table without that rule
 * reads it as `without` (nothing, unless a test says what the row's message reads as instead).
 */
function readByEventRuleAlone(line: string, failure: FailureType, isRule: (rule: EventRule) => boolean, without: FailureType | null = null): void {
  const row = readEventRow(line)!;
  expect(judgeEventRow(row).failure).toBe(failure);
  expect(detect(line)).toBe(failure);
  const rules: readonly EventRule[] = EVENT_RULES.filter((rule) => !isRule(rule));
  expect(rules.length).toBe(EVENT_RULES.length - 1);
  expect(judgeEventRow(row, rules).failure).toBe(without);
}

/**
 * The line is read as `readAs` (or nothing) because of `exclusion`, one of `failure`'s exclusions: the tables read
 * plainly agree, and the same tables without that one exclusion read it as `failure`.
 */
function keptOffByExclusion(line: string, readAs: FailureType | null, failure: FailureType, exclusion: string): void {
  expect(detect(line)).toBe(readAs);
  expect(EXCLUDE_PATTERNS[failure]).toContain(exclusion);
  expect(plainReading(line)).toBe(readAs);
  expect(plainReading(line, { failure, exclusion })).toBe(failure);
}

/** A pod row read as `failure` by the one STATUS rule `isRule` picks: the table without that rule reads it as nothing. */
function readByStatusRuleAlone(line: string, failure: FailureType, isRule: (rule: PodStatusRule) => boolean): void {
  const row = readPodRow(line)!;
  expect(judgePodRow(row)).toBe(failure);
  expect(detect(line)).toBe(failure);
  const rules = POD_STATUS_RULES.filter((rule) => !isRule(rule));
  expect(rules.length).toBe(POD_STATUS_RULES.length - 1);
  expect(judgePodRow(row, rules)).toBeNull();
}

describe('learned from rounds 545-549: levels that end a process, control-plane members, quotas, a CNI response log', () => {
  it.each([
    ['pods "build-7f9c-x2" is forbidden: exceeded quota: team-quota, requested: limits.cpu=2, used: limits.cpu=4, limited: limits.cpu=4', 'SchedulingBlocked', 'is forbidden: '],
    ['F0301 10:00:08.619342   12603 create.go:83] pods "shop-web" is forbidden: Limited to 3 pods', 'SchedulingBlocked', 'is forbidden: '],
    ['Pod	kube-system/shop-agent-5f7c9	system-node-critical pod "shop-agent-5f7c9" is pending', 'SchedulingBlocked', '-critical pod "'],
    ['2025-03-01 10:00:04.741096 I | rafthttp: peer 8e9e05c52164694d became inactive (message send to peer failed)', 'NodeNotReady', 'became inactive'],
    ['{"level":"warn","ts":"2025-03-01T10:00:04.741Z","caller":"rafthttp/peer_status.go:66","msg":"peer became inactive (message send to peer failed)","peer-id":"8e9e05c52164694d"}', 'NodeNotReady', 'became inactive'],
    ['Cannot contact shop-agent-k2x9q: java.io.IOException: interrupted while waiting for websocket connection', 'NodeNotReady', 'cannot contact '],
    ['Failed to get cadvisor_stats:10.0.3.7:10255 response in time', 'HighLatency', 'response in time'],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it('leaves their quiet neighbours alone: a controller short of quota, a member back, a server it cannot reach yet', () => {
    expect(detect('Error creating: pods "web-7d8f6c9b54-" is forbidden: exceeded quota: team-quota, requested: requests.cpu=2')).not.toBe('SchedulingBlocked');
    expect(detect('2025-03-01 10:00:09.120096 I | rafthttp: peer 8e9e05c52164694d became active')).toBeNull();
    expect(detect('Cannot contact the update server, will retry in 60s')).toBeNull();
    expect(detect('Pod	kube-system/shop-agent-5f7c9	system-node-critical pod "shop-agent-5f7c9" is ready')).toBeNull();
    expect(detect('Got kubelet_summary:10.0.3.7:10255 response in time')).toBeNull();
  });

  it("reads etcd's transport on a member it stopped hearing from as an error by its words, and not without them (the check can fail)", () => {
    const line = '2025-03-01 10:00:04.741096 I | rafthttp: peer 8e9e05c52164694d became inactive';
    expect(inferSeverity(line)).toBe('ERROR');
    expect(severityRule('ERROR', 'wording').keywords).toContain('became inactive');
    expect(inferSeverity(line.replace('became inactive', 'became active'))).toBe('INFO');
  });

  it.each([
    ['logrus, text', 'FATA[2025-03-01T10:00:28Z] rpc error: code = Internal desc = could not create route: The object already exists.', 'FATA['],
    ['logrus, logfmt', 'Mar 01 10:00:19 shop-1 k3s[4149]: time="2025-03-01T10:00:19Z" level=fatal msg="starting kubernetes: preparing server: bootstrap data already found"', 'level=fatal'],
    ['zap, JSON', '{"level":"fatal","ts":"2025-03-01T10:00:00Z","msg":"failed to start manager","error":"permission denied"}', '"level":"fatal"'],
    ["Go's panic", 'panic: open \\\\.\\\\pipe\\\\csi-proxy-volume-v1: The system cannot find the file specified.', 'panic: '],
  ] as const)('a %s line at a level that ends the process is a pod down, and not without that level in the table (the check can fail)', (_format, line, mark) => {
    expectEndsProcess(line, mark);
  });

  it("reads klog's F as a level that ends the process, also after a log viewer's 12-hour time, and not without F in the table (the check can fail)", () => {
    const fatal = 'F0301 10:00:55.247808       1 server.go:169] lost master';
    const viewer = '3/1/2025 10:00:55 AMF0301 10:00:55.247808       1 server.go:169] lost master';
    for (const line of [fatal, viewer]) {
      expect(readKlogHeader(line)).toMatchObject({ severity: 'F', file: 'server.go' });
      expect(inferSeverity(line)).toBe('ERROR');
      expect(detect(line)).toBe('PodDown');
      expect(judgeProcessExit(line, { ...PROCESS_EXIT_LEVELS, klog: [] })).toBeNull();
    }
    // The viewer's time glued to the header is read only after AM or PM: a word ending in a capital is not a time.
    expect(readKlogHeader('ROOMF0301 10:00:55.247808       1 server.go:169] lost master')).toBeNull();
    expect(detect('3/1/2025 10:00:47 AMI0301 10:00:47.217467       1 leaderelection.go:247] lock is held by 767261f2d3e4 and has not yet expired')).toBeNull();
  });

  it('lets the words of a class come before the fallback, and leaves the levels alone where they do not state the line\'s level', () => {
    expect(detect('time="2025-03-01T10:00:19Z" level=fatal msg="failed to get CA certs: Get https://10.0.0.1:6443/cacerts: dial tcp 10.0.0.1:6443: i/o timeout"')).toBe('HighLatency');
    const levels = PROCESS_EXIT_LEVELS.levels;
    expect(statesExitLevel('time="2025-03-01T10:00:19Z" level=info msg="recovered from a panic: x"', levels)).toBe(false);
    expect(statesExitLevel('level=info msg="next check" fatal_errors=0 mode=level=fatalist', levels)).toBe(false);
    expect(statesExitLevel('INFO[0000] FATA[ is how logrus writes its fatal level', levels)).toBe(false);
    expect(statesExitLevel('Mar 01 10:00:19 shop-1 csi[4149]: panic: runtime error: index out of range [3] with length 3', levels)).toBe(true);
  });

  it("reads Cluster API's health check by what it says, not by a check named for what it looks for (the check can fail)", () => {
    const reconcile = 'I0301 10:00:24.200070       1 machinehealthcheck_controller.go:119] "Reconciling" controller="machinehealthcheck" machineHealthCheck="default/shop-kcp-unhealthy-5m" namespace="default" name="shop-kcp-unhealthy-5m"';
    const failed = 'I0301 10:00:40.170856       1 machinehealthcheck_controller.go:387] controllers/MachineHealthCheck "msg"="Target has failed health check, marking for remediation" "target"="default/shop-kcp-unhealthy-5m/shop-md-0-x2k9v"';
    expect(inferSeverity(reconcile)).toBe('INFO');
    expect(detect(reconcile)).toBeNull();
    expect(infoLevelReporter(reconcile)).toBe(false);
    expect(inferSeverity(failed)).toBe('WARNING');
    expect(detect(failed)).toBe('StartupProbeFailed');
    expect(judgeKlogSpeaker(failed)).toBe('StartupProbeFailed');
    expect(detect('I0301 10:00:40.689253       1 machinehealthcheck_controller.go:109] controllers/MachineHealthCheck "msg"="Reconciling" "machinehealthcheck"="shop"')).toBeNull();
    expect(judgeKlogSpeaker(failed, KLOG_SPEAKER_RULES.filter((rule) => !rule.files.includes('machinehealthcheck_controller.go')))).toBeNull();
    // As an info-level reporter (what it was), the check's name made its routine line a failed probe.
    expect(infoLevelReporter(reconcile, { ...INFO_LEVEL_REPORTERS, klogFiles: [...INFO_LEVEL_REPORTERS.klogFiles, 'machinehealthcheck_controller.go'] })).toBe(true);
  });

  it("reads the Mesos framework's scheduler finding no fit at info by its source file (fcfs.go), and not without that file (the check can fail)", () => {
    const line = 'I0301 10:00:39.080285    6249 fcfs.go:95] failed to find a fit for pod: shop/web-0';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('SchedulingBlocked');
    const rules = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, files: rule.files.filter((file) => file !== 'fcfs.go') }));
    expect(judgeKlogSpeaker(line, rules)).toBeNull();
    expect(detect('I0301 10:00:39.080245    6249 algorithm.go:79] Try to schedule pod web-0')).toBeNull();
  });

  it("reads KubeVirt's NodeUnresponsive event by its reason at Normal, and not without it (the check can fail)", () => {
    const row = '0s   Normal   NodeUnresponsive   node/shop-node-1   virt-handler is not responsive, marking node as unresponsive';
    expect(detect(row)).toBe('NodeNotReady');
    const read = readEventRow(row)!;
    expect(read).toMatchObject({ type: 'Normal', reason: 'NodeUnresponsive' });
    const without = EVENT_RULES.map((rule) => ('reasons' in rule ? { ...rule, reasons: rule.reasons.filter((r) => r !== 'NodeUnresponsive') } : rule));
    expect(judgeEventRow(read, without).failure).not.toBe('NodeNotReady');
  });

  it("reads Kube-OVN's CNI server response log by its status and milliseconds, at info, under the request-log bars (the check can fail)", () => {
    const failed = 'I0301 10:00:45.539118 3704850 server.go:74] [2025-03-01T10:00:45+03:00] Outgoing response POST /api/v1/add with 500 status code in 30271ms';
    expect(readOutgoingResponse(failed)).toEqual({ status: 500, seconds: 30.271 });
    expect(detect(failed)).toBe('HighLatency');
    const slow = 'I0301 10:00:45.539118 3704850 server.go:74] [2025-03-01T10:00:45+03:00] Outgoing response POST /api/v1/add with 200 status code in 31002ms';
    expect(detect(slow)).toBe('HighLatency');
    expect(underSlowBars(slow, 120)).toEqual(['HighLatency', null]);
    const quick = 'I0301 10:00:45.539118 3704850 server.go:74] [2025-03-01T10:00:45+03:00] Outgoing response POST /api/v1/add with 200 status code in 271ms';
    expect(readOutgoingResponse(quick)).toEqual({ status: 200, seconds: 0.271 });
    expect(detect(quick)).toBeNull();
  });
});

describe('learned from rounds 550-554: crash reports that end a process, ClusterMesh status, a segmentation fault as a pod down', () => {
  it.each([
    ['cluster-2: not-ready, 41 nodes, 3997 endpoints, 0 identities, 4187 services, 4 failures (last: 18m31s ago)', 'NodeNotReady', ': not-ready, '],
    ['shop-2/shop-2-worker   172.19.0.5,fc00:c111::5   unreachable   reachable', 'NodeNotReady', ' unreachable'],
    ['Errors:   shop-operator   shop-operator   1 pods of Deployment shop-operator are not ready', 'ReplicaMismatch', ' pods of '],
    ['Code: 159. DB::Exception: Watching task /clickhouse/task_queue/ddl/query-0000000042 is executing longer than distributed_ddl_task_timeout (=180) seconds.', 'HighLatency', 'executing longer than '],
    ['Tue Mar  4 10:00:00 2025: Unable to open the capture device. Exiting.', 'PodDown', '. exiting'],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it('leaves their quiet neighbours alone: a cluster ready, hosts reachable, a clean exit, a slow query named so', () => {
    expect(detect('cluster-2: ready, 41 nodes, 3997 endpoints, 0 identities, 4187 services, 0 failures')).toBeNull();
    expect(detect('shop-2/shop-2-worker   172.19.0.5,fc00:c111::5   reachable   reachable')).toBeNull();
    expect(detect('Errors:   shop-operator   shop-operator   0 pods of Deployment shop-operator are not ready')).toBeNull();
    expect(detect('Received SIGTERM. Exiting.')).toBeNull();
    expect(detect('The query is executing longer than usual, please wait')).toBeNull();
  });

  it.each([
    ['Segmentation fault (core dumped)', 'PodDown', 'segmentation fault'],
    ['level=error msg="Server crashed" error="datastore-sql: unable to open database file: no such file or directory"', 'PodDown', 'server crashed'],
  ] as const)('%j is %s by its phrase, and by nothing else of its class (the check can fail)', (line, failure, phrase) => {
    expect(detect(line)).toBe(failure);
    expect(phraseEvidence(line, failure, phrase)).toMatchObject({ own: true, classified: failure, others: [] });
  });

  it('reads a segmentation fault as a pod down, not as the crash loop the table once read it as, with no exclusion left to keep it off', () => {
    expect(DETECTABLE_PATTERNS.PodDown).toContain('segmentation fault');
    expect(DETECTABLE_PATTERNS.CrashLoopBackOff).not.toContain('segmentation fault');
    expect(detect('/usr/src/app/run.sh: line 20:    17 Segmentation fault      node /srv/shop/server.js -p 80')).toBe('PodDown');
    expect(detect('ERRO[2025-03-01T10:00:16.068413882+08:00] containerd did not exit successfully          error="signal: segmentation fault" module=libcontainerd')).toBe('PodDown');
    expect(EXCLUDE_PATTERNS.CrashLoopBackOff).not.toContain(' did not exit successfully');
  });

  it.each([
    ["CoreDNS' [FATAL]", '[FATAL] plugin/loop: Loop (127.0.0.1:55953 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting.', '[FATAL]'],
    ["a Go program's Fatal: after its source line", 'main: 2025/03/01 10:00:44.670762 main.go:69: Fatal: Sensor exited with error: stream terminated by RST_STREAM', ': Fatal: '],
    ["the Go runtime's fatal error", 'fatal error: concurrent map read and map write', 'fatal error: '],
    ["the Go runtime's signal line in Docker's JSON log", '{"log":"[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8d48b0]\\n","stream":"stderr","time":"2025-03-01T10:00:19.208521597Z"}', '[signal SIG'],
    ["a Go panic in Docker's JSON log", '{"log":"panic: runtime error: invalid memory address or nil pointer dereference [recovered]\\n","stream":"stderr","time":"2025-03-01T10:00:19.207697751Z"}', 'panic: '],
    ["client-go's Observed a panic", 'E0301 10:00:10.190897       1 runtime.go:78] Observed a panic: &errors.errorString{s:"unable to index shop/web"} (unable to index shop/web)', 'Observed a panic: '],
    ["glog's failure signal handler", '*** SIGSEGV (@0x0) received by PID 15670 (TID 0x7fca98ad0700) from PID 0; stack trace: ***', '*** SIG'],
  ] as const)('%s ends the process: an error, and a pod down, and not without it in the table (the check can fail)', (_what, line, mark) => {
    expectEndsProcess(line, mark);
  });

  it('lets the words of a class come first, and leaves the crash words alone where the process does not say them of itself', () => {
    expect(detect('fatal error: runtime: out of memory')).toBe('OOMKilled');
    expect(detect('E0301 10:00:08.387975       1 runtime.go:78] Observed a panic: &errors.errorString{s:"killing connection/stream because serving request timed out and response had been started"}')).toBe('HighLatency');
    const levels = PROCESS_EXIT_LEVELS.levels;
    expect(statesExitLevel('the guide explains what fatal error: means', levels)).toBe(false);
    expect(statesExitLevel('level=info msg="config" log_levels="[FATAL],[ERROR]"', levels)).toBe(false);
    expect(statesExitLevel('retrying: *** SIGSEGV (@0x0) received by PID 1 in the last run', levels)).toBe(false);
  });

  it("reads Karmada's scheduler filtering a member cluster out at info by its source file and words, and not without them (the check can fail)", () => {
    const line = 'I0301 10:00:37.081572       1 generic_scheduler.go:150] Cluster "member-2" is not fit, reason: cluster(s) didn\'t match the placement cluster affinity constraint';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('SchedulingBlocked');
    const rules = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((word) => word !== 'is not fit, reason') }));
    expect(judgeKlogSpeaker(line, rules)).toBeNull();
  });
});

describe('learned from rounds 555-559: panics and signals that end a process, health checks in their checkers\' words, a fleet short of ready servers', () => {
  it('gates the process-exit reader by exactly the marks of the levels it reads (the check can fail)', () => {
    const marks = PROCESS_EXIT_LEVELS.levels.map((level) => level.mark);
    expect([...READER_MARKS.processExit].sort()).toEqual([...marks].sort());
    expect([...READER_MARKS.processExit].sort()).not.toEqual([...marks, 'level=oops'].sort());
  });

  it.each([
    ["logrus' panic level", 'time="2025-03-01T10:00:24Z" level=panic msg="open /etc/nsswitch.conf: permission denied"', 'level=panic'],
    ["the Go runtime's dump on SIGABRT", 'SIGABRT: abort', 'SIGABRT: '],
    ["the Go runtime's dump on SIGQUIT, behind a journal's prefix", 'Mar 01 10:00:24 shop-1 shopd[812]: SIGQUIT: quit', 'SIGQUIT: '],
  ] as const)('%s ends the process: an error, and a pod down, and not without it in the table (the check can fail)', (_what, line, mark) => {
    expectEndsProcess(line, mark);
  });

  it('leaves a signal named in running text alone', () => {
    expect(statesExitLevel('the handler installs SIGQUIT: quit on demand, then continues', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(statesExitLevel('time="2025-03-01T10:00:24Z" level=info msg="panic_count=0" level=panicky', PROCESS_EXIT_LEVELS.levels)).toBe(false);
  });

  it.each([
    ['time="2025-03-01T10:00:22Z" level=warning msg="/healthz health check continues to fail. The server is at risk of termination." error="rpc error: code = Unavailable desc = dial tcp 10.0.4.7:26379: i/o timeout"', 'StartupProbeFailed', 'health check continues to fail'],
    ['Jicofo 2025-03-01 10:00:59.501 WARNING: [14] JvbDoctor$HealthCheckTask.doHealthCheck#189: Bridge[jid=jvbbrewery@internal.shop/jvb-1] health-check timed out, but will give it another try after: 5000', 'StartupProbeFailed', 'health-check timed out'],
    ['2025-03-01 10:00:56 [10:00:56 ERROR] [io.shop.proxyagent.ShopProxyAgent]: Shop Agent crashed, stopping proxy', 'PodDown', 'crashed, stopping '],
    ['2025-03-01 10:00:13\tcrossplane: error: cannot start controller manager: leader election lost', 'PodDown', 'leader election lost'],
    ['Error: failed to start container "shop": Error response from daemon: error while creating mount source path "/data/shop": mkdir /data/shop: read-only file system: unknown', 'PodDown', 'failed to start container "'],
  ] as const)('%j is %s by its phrase, and by nothing else of its class (the check can fail)', (line, failure, phrase) => {
    expect(detect(line)).toBe(failure);
    expect(phraseEvidence(line, failure, phrase)).toMatchObject({ own: true, classified: failure, others: [] });
  });

  it("keeps a component that crashed and stops what it served off the node its agent was lost from (the check can fail)", () => {
    const line = '2025-03-01 10:00:56 [10:00:56 ERROR] [io.shop.proxyagent.ShopProxyAgent]: Shop Agent crashed, stopping proxy';
    expect(plainReading(line)).toBe('PodDown');
    expect(plainReading(line, { failure: 'NodeNotReady', exclusion: 'crashed, stopping ' })).toBe('NodeNotReady');
    expect(detect('<error> [2025-03-01 10:00:33] agent crashed  address="10.0.1.219" component="agent" error="agent failed to reconnect by deadline" id="a1002"')).toBe('NodeNotReady');
  });

  it("reads kops' rolling update on a machine that has not joined at info by its source file, and not without it (the check can fail)", () => {
    const line = 'I0301 10:00:34.057496   23599 instancegroups.go:440] Cluster did not pass validation, will retry in "30s": machine "i-0de5271375ff81ce1" has not yet joined cluster.';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('NodeNotReady');
    expect(judgeKlogSpeaker(line, KLOG_SPEAKER_RULES.filter((rule) => !rule.files.includes('instancegroups.go')))).toBeNull();
    expect(detect('I0301 10:00:58.391501   23599 instancegroups.go:383] Validating the cluster.')).toBeNull();
  });

  it("reads the autoscaler's failed scale-up of a group by its reason, and not without it (the check can fail)", () => {
    const row = 'Warning  FailedToScaleUpGroup  29m   cluster-autoscaler  Scale-up failed for group agentpool: Failure sending request: StatusCode=409';
    expect(detect(row)).toBe('SchedulingBlocked');
    const read = readEventRow(row)!;
    const without = EVENT_RULES.map((rule) => ('reasons' in rule ? { ...rule, reasons: rule.reasons.filter((r) => r !== 'FailedToScaleUpGroup') } : rule));
    expect(judgeEventRow(read, without).failure).not.toBe('SchedulingBlocked');
  });
});

describe('learned from rounds 555-559: an Agones fleet short of ready game servers', () => {
  it("reads a fleet row with fewer game servers than it wants minutes after it was made, whatever is allocated, and not a fleet whole, in use or seconds old (the check can fail)", () => {
    const short = 'fleet-foo            Packed       10        4         4           0       15m';
    expect(detect(short)).toBe('ReplicaMismatch');
    const current = DETECTABLE_SHAPES.ReplicaMismatch.find((s) => s.contains === 'packed ' && s.shape.source.includes('(?!\\1\\s)\\d{1,6}\\s+\\d{1,6}\\s+\\d{1,6}\\s+\\d{1,4}'))!;
    expect(current.shape.test(matchText(short))).toBe(true);
    // Without it, the row's allocated servers leave it to the layout that wants none allocated.
    const others = DETECTABLE_SHAPES.ReplicaMismatch.filter((s) => s !== current && s.contains === 'packed ');
    expect(others.some((s) => s.shape.test(matchText(short)))).toBe(false);
    expect(detect('simple-game-server   Packed       50        50        0           50      43m')).toBeNull();
    expect(detect('game-fleet-7   Packed       4         4         3           1       2h')).toBeNull();
    expect(detect('fleet-foo            Packed       10        4         4           0       20s')).toBeNull();
    expect(detect('fleet-foo            Distributed  10        7         2           5       2h')).toBe('ReplicaMismatch');
  });
});

describe('learned from rounds 560-564: Docker-wrapped klog, zerolog and C++ crash reports, Redis Cluster members, stalled rollouts, gang scheduling', () => {
  it("reads a klog header inside Docker's JSON log, so its F ends the process (the check can fail)", () => {
    const line = '{"log":"F0301 10:00:24.842859       1 main.go:75] Failed to initialize sink: not running on GCE\\n","stream":"stderr","time":"2025-03-01T10:00:24.8432268Z"}';
    expect(readKlogHeader(line)).toMatchObject({ severity: 'F', file: 'main.go' });
    expect(detect(line)).toBe('PodDown');
    expect(judgeProcessExit(line, { ...PROCESS_EXIT_LEVELS, klog: [] })).toBeNull();
    expect(readKlogHeader('{"msg":"F0301 10:00:24.842859       1 main.go:75] quoted"}')).toBeNull();
  });

  it.each([
    ["zerolog's fatal level before its caller", '2025-03-01T10:00:58Z FTL worker.go:247 > error="PCAP Activate error: No Such Device"', 'FTL '],
    ["a C++ failure signal handler", 'E0301 10:00:39.487874 40597 signal_action.cc:63] Caught Aborted, suspect faulting address 0x9e95. Trace:', ', suspect faulting address '],
  ] as const)('%s ends the process: a pod down, and not without it in the table (the check can fail)', (_what, line, mark) => {
    expectEndsProcess(line, mark);
  });

  it("leaves Pi-hole's FTL, a program's name, alone", () => {
    expect(statesExitLevel('2025-03-01 10:00:26.954 UTC [51M] INFO: FTL is running as user pihole (UID 1000)', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(statesExitLevel('[2025-03-01 10:00:31.654 9869] ########## FTL terminated after 7418.8 ms! ##########', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(detect('[2025-03-01 10:00:31.654 9869] ########## FTL terminated after 7418.8 ms! ##########')).toBeNull();
  });

  it.each([
    ['89dcebcad72dca38e085c0fc5e83f63122ab9b4a 10.52.148.213:6379@16379 slave,fail 15d63cd4e8dbc4fbf290f09ee34aa78874dd55fa 1740823200326 1740823200312 2 connected', 'NodeNotReady', ',fail'],
    ['Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 1 Failed', 'ReplicaMismatch', 'pods status:'],
    ['time="2025-03-01T10:00:07Z" level=warning msg="PodGroup kubeflow/shop-train unschedulable"', 'SchedulingBlocked', 'podgroup '],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it('leaves their quiet neighbours alone: members connected, pods none failed, a group scheduled', () => {
    expect(detect('b1b08374f915b54a8eeffa544f0487d8b80f19ec 10.52.105.123:6379@16379 master - 0 1740823200180 3 connected 10923-16383')).toBeNull();
    expect(detect('Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed')).toBeNull();
    expect(detect('time="2025-03-01T10:00:07Z" level=info msg="PodGroup kubeflow/shop-train scheduled"')).toBeNull();
  });

  it("reads the alert on a DaemonSet whose rollout stalled as replicas short, by its words in both tables (the check can fail)", () => {
    const line = '<td>DaemonSet shop/agent has not finished or progressed for at least 15m on cluster .</td>';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('ReplicaMismatch');
    expect(phraseEvidence(line, 'ReplicaMismatch', 'has not finished or progressed for at least')).toMatchObject({ own: true, others: [] });
  });

  it("keeps a chaos experiment's node that stayed ready off NodeNotReady by its exclusion (the check can fail)", () => {
    const line = "time='2025-03-01T10:00:34Z' level=error msg='Chaos injection failed, err: application node is not in NotReady state, err: Node is not in NotReady state'";
    expect(detect(line)).toBeNull();
    expect(plainReading(line, { failure: 'NodeNotReady', exclusion: 'is not in notready state' })).toBe('NodeNotReady');
  });
});

describe('learned from rounds 565-569: the e2e framework, stuck terminating pods, bare exit codes, Airflow pod events, Erlang halting', () => {
  it.each([
    ['Mar  1 10:00:16.829: INFO: Condition Ready of node shop-worker2 is false, but Node is tainted by NodeController with [{node.kubernetes.io/not-ready  NoSchedule <nil>}]. Failure', 'NodeNotReady', 'condition ready of node'],
    ['I0301 10:00:16.966] Mar  1 10:00:16.829: INFO: -> shop-worker Ready=false Network=false Taints=[{node.kubernetes.io/not-ready  NoSchedule <nil>}] NonblockingTaints:node-role.kubernetes.io/control-plane', 'NodeNotReady', ' ready=false network='],
    ['Detected 2 ready nodes, found 2 nodes out of expected 5', 'NodeNotReady', ' nodes out of expected '],
    ['[2025-03-01T10:00:52.592+0000] [.error] [src/mongoctl/processctl.go:RunCommand:1104] <hardwareMetricsCollector> [10:00:52.592] Server at shop-mongodb-1.shop-mongodb-svc.shop.svc.cluster.local:27017 (local=false) is down', 'NodeNotReady', '(local=false) is down'],
    ['[1] INFO: shop-ui-v1-7bq2x              e2e-minion-k2j1  Failed  []', 'PodDown', ' failed ['],
    ["Mar  1 10:00:29.710: INFO: Error waiting for all pods to be running and ready: Not all pods in namespace 'shop' running and ready within 10m0s", 'ReplicaMismatch', 'running and ready within'],
    ['      total pods available: 1, less than the min required: 2', 'ReplicaMismatch', 'less than the min required'],
    ['shop-agent   3         3         3         3            2           <none>          4d1h', 'ReplicaMismatch', ' <none> '],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it("reads the e2e framework's pod list behind Ginkgo's process number as its own header, at info (the check can fail)", () => {
    const line = collapsePadding('[1] INFO: shop-ui-v1-7bq2x              e2e-minion-k2j1  Failed  []');
    expect(infoLevelReporter(line)).toBe(true);
    const without = { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => !h.header.source.includes('(?:Pending|Running|')) };
    expect(without.headers.length).toBe(INFO_LEVEL_REPORTERS.headers.length - 1);
    expect(infoLevelReporter(line, without)).toBe(false);
    expect(infoLevelReporter(collapsePadding('[1] INFO: shop-ui-v1-7bq2x  e2e-minion-k2j1  Running  [{Ready True}]'))).toBe(true);
  });

  it('leaves their quiet neighbours alone: nodes ready, pods running, a daemon set whole or a deployment row', () => {
    expect(detect('Mar  1 10:00:16.829: INFO: Condition Ready of node shop-worker2 is true instead of false')).toBeNull();
    expect(detect('I0301 10:00:16.966] Mar  1 10:00:16.829: INFO: -> shop-worker Ready=true Network=true Taints=[] NonblockingTaints:node-role.kubernetes.io/control-plane')).toBeNull();
    expect(detect('[1] INFO: shop-ui-v1-7bq2x              e2e-minion-k2j1  Running  [{Ready True 0001-01-01 00:00:00 +0000 UTC}]')).toBeNull();
    expect(detect("Mar  1 10:00:36.231: INFO: Waiting up to 10m0s for all pods (need at least 0) in namespace 'shop' to be running and ready")).toBeNull();
    expect(detect('[2025-03-01T10:00:30.951+0000] [.info] [main/components/agent.go:Iterate:880] [10:00:30.951] All 3 Mongo processes are in goal state.')).toBeNull();
    expect(detect('shop-agent   3         3         3         3            3           <none>          4d1h')).toBeNull();
    // A deployment row before kubectl 1.15 (NAME DESIRED CURRENT UP-TO-DATE AVAILABLE AGE) has no node selector.
    expect(detect('shop-web   3         3         3            2           4d1h')).toBe('ReplicaMismatch');
    expect(detect('shop-web   3         3         3            3           4d1h')).toBeNull();
  });

  it.each([
    ['ERRO[1204] error attempting to run sonobuoy: waiting for run to finish: Pod entered a fatal terminal status: failed', 'PodDown', 'pod entered a fatal terminal status'],
    ['Error waiting for all pods to be running and ready: 1 / 9 pods in namespace "kube-system" are NOT in RUNNING and READY state in 10m0s', 'ReplicaMismatch', 'are not in running and ready state'],
    ['[measurement call APIResponsiveness - APIResponsiveness error: top latency metric: there should be no high-latency requests, but: [got: {Resource:pods Verb:LIST Scope:cluster Latency:perc99: 1.2s Count:40}; expected perc99 <= 1s]]', 'HighLatency', 'there should be no high-latency requests'],
  ] as const)('%j is %s by its words alone (the check can fail)', readByPhraseAlone);

  it('reads a pod row still fully ready but terminating once the pod is ten minutes old, not before (the check can fail)', () => {
    const old = readPodRow('shop-web-7d48cc6d59-l8vbv   1/1     Terminating   0          19m')!;
    const young = readPodRow('shop-web-7d48cc6d59-l8vbv   1/1     Terminating   0          8m2s')!;
    expect(judgePodRow(old)).toBe('PodDown');
    expect(judgePodRow(young)).toBeNull();
    expect(judgePodRow(readPodRow('shop-web-7d48cc6d59-l8vbv   0/1     Terminating   0          8m2s')!)).toBe('PodDown');
    expect(detect('openshift-image-registry   registry-operator-86885f6c8d-vvpzn   1/1     Terminating   0          17h')).toBe('PodDown');
    const rules = POD_STATUS_RULES.filter((rule) => !(rule.status === 'terminating' && rule.notAllReady !== true));
    expect(rules.length).toBe(POD_STATUS_RULES.length - 1);
    expect(judgePodRow(old, rules)).toBeNull();
  });

  it('reads a bare exit code or signal in STATUS as Error is: a pod down, or a crash loop once restarted (the check can fail)', () => {
    const down = readPodRow('registry-2-deploy   0/1       ExitCode:255   0          59m')!;
    const looping = readPodRow('shop-worker-5c9d   0/1     Signal:9   4          12m')!;
    expect(judgePodRow(down)).toBe('PodDown');
    expect(judgePodRow(looping)).toBe('CrashLoopBackOff');
    expect(judgePodRow(readPodRow('shop-db-0   0/1     Init:ExitCode:1   0          6m')!)).toBe('PodDown');
    const rules = POD_STATUS_RULES.filter((rule) => rule.status !== 'exitcode:' && rule.status !== 'signal:');
    expect(judgePodRow(down, rules)).toBeNull();
    expect(judgePodRow(looping, rules)).toBeNull();
  });

  it("reads Airflow's pod launcher on a pod in phase Failed through its header, at info (the check can fail)", () => {
    const line = '[2025-03-01, 10:00:24 UTC] {pod_launcher.py:236} INFO - Event: shop-etl.0d0e03a1a72a4b0b had an event of type Failed';
    readThroughHeader(line, 'PodDown', ' INFO - Event: ');
    expect(detect('[2025-03-01, 10:00:10 UTC] {kubernetes_executor.py:210} INFO - Event: shop-etl-65794b003e2a is Running')).toBeNull();
    expect(detect('[2025-03-01, 10:00:24 UTC] {pod_manager.py:236} INFO - Event: shop-etl.0d0e03a1a72a4b0b had an event of type Succeeded')).toBeNull();
    // Not the header: the same words in a line of another speaker at info stay quiet.
    expect(detect('[2025-03-01, 10:00:24 UTC] {taskinstance.py:1400} INFO - Event: shop-etl had an event of type Failed')).toBeNull();
  });

  it.each([
    ["Erlang's boot script failing", 'init terminating in do_boot ({{badmatch,{error,{bad_return,{_}}}},[{shop_bootstrap,start,0,[{_},{_}]},{init,start_em,1,[]}]})', 'init terminating in do_boot'],
    ['an Erlang application the node cannot run without', 'Kernel pid terminated (application_controller) ({application_start_failure,shop,{bad_return,{{shop,start,[normal,[]]},{error,not_found}}}})', 'Kernel pid terminated ('],
  ] as const)('%s ends the process: a pod down, and not without it in the table (the check can fail)', (_what, line, mark) => {
    expectEndsProcess(line, mark);
  });
});

describe('learned from rounds 570-574: a level word that ends a process, dead primaries, MySQL aborting and unreachable members, MinIO peers offline, a PipelineRun row kept off the node table', () => {
  it.each([
    ["MinIO's level after its name", 'minio FATAL Unable to prepare the list of endpoints: strconv.ParseFloat: parsing "": invalid syntax'],
    ["orchestrator's level after its time", '2025-03-01 10:00:48 FATAL unable to open database file'],
  ] as const)('%s ends the process: a pod down, and not without it in the table (the check can fail)', (_what, line) => {
    expectEndsProcess(line, 'FATAL ');
  });

  it('leaves FATAL where it is not the level word alone', () => {
    expect(statesExitLevel('2025-03-01 10:00:48 INFO checking FATAL counters: 0', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(statesExitLevel('level=info msg="no FATAL lines in the last hour"', PROCESS_EXIT_LEVELS.levels)).toBe(false);
  });

  it.each([
    ['group_replication_applier | caddcd94-ed92-11e8-9a8b-f667d83e57a5 | shop-db-1.shop-db | 3306 | UNREACHABLE', 'NodeNotReady', 'group_replication_applier '],
    ['2025/03/01 10:00:50 Start streaming Kubernetes logs - Pod shop-frontend-5cd57bf44f-b6nwg is in state: Failed', 'PodDown', ' is in state: failed'],
    ['2025-03-01 10:00:45 0 [ERROR] Aborting', 'PodDown', '] aborting'],
    ['2025-03-01T10:00:45.123456Z 0 [ERROR] [MY-010119] [Server] Aborting', 'PodDown', '] aborting'],
    ['shop-db-1:3306 (cluster shop-db-1:3306): DeadMasterWithoutSlaves', 'PodDown', 'deadmaster'],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it('leaves their quiet neighbours alone: members online, pods running, a clean shutdown', () => {
    expect(detect('group_replication_applier | ab5c8ecd-ed92-11e8-9445-2e3b2c86be4a | shop-db-0.shop-db | 3306 | ONLINE')).toBeNull();
    expect(detect('2025/03/01 10:00:49 Start streaming Kubernetes logs - Pod shop-backend-5857679997-q7bnm is in state: Running')).toBeNull();
    expect(detect('2025-03-01 10:00:45 0 [Note] /usr/sbin/mariadbd: Shutdown complete')).toBeNull();
    expect(detect('2025-03-01T10:00:19Z	RecoverDeadMaster: successfully promoted 10.0.0.89:3306')).toBeNull();
  });

  it.each([
    ['2 Detected DeadMaster on shop-db-1:3306. Affected replicas: 2', 'PodDown', 'detected deadmaster on '],
    ['2025/03/01 10:00:18 readiness check failed: Member state: RECOVERING', 'StartupProbeFailed', 'readiness check failed: member state'],
  ] as const)('%j is %s by its words alone (the check can fail)', readByPhraseAlone);

  it("reads MinIO's peer marked offline as a member lost, not the probe its quoted error sounds like (the check can fail)", () => {
    const line = 'Error: Marking http://shop-minio-1.shop-minio-svc.default.svc.cluster.local:9000/minio/storage/export/v23 temporary offline; caused by Post "http://shop-minio-1:9000/x": dial tcp 10.42.0.154:9000: connect: connection refused';
    expect(detect(line)).toBe('NodeNotReady');
    expect(plainReading(line, { failure: 'StartupProbeFailed', exclusion: 'temporary offline; caused by' })).toBe('StartupProbeFailed');
    expect(phraseEvidence(line, 'NodeNotReady', 'temporary offline; caused by')).toMatchObject({ own: true, others: [] });
    expect(detect('Client http://shop-minio-0.shop-minio-svc.default.svc.cluster.local:9000/minio/peer/v15 online')).toBeNull();
  });

  it("reads VTOrc's recovery of a dead primary at info by its speaker (the check can fail)", () => {
    const line = 'I0301 10:00:44.971142  231305 log.go:138] Recovery for DeadPrimary on commerce/0: executeCheckAndRecoverFunction: proceeding with DeadPrimary detection on zone1-0000000100; isActionable?: true';
    expect(judgeKlogSpeaker(line)).toBe('PodDown');
    expect(detect(line)).toBe('PodDown');
    const rules = KLOG_SPEAKER_RULES.filter((rule) => !rule.message_any.includes('recovery for deadprimary on '));
    expect(rules.length).toBe(KLOG_SPEAKER_RULES.length - 1);
    expect(judgeKlogSpeaker(line, rules)).toBeNull();
    expect(detect('I0301 10:00:44.971142  231305 log.go:138] Recovery for primary on commerce/0 done')).toBeNull();
  });

  it("keeps a row that ends at its age with no VERSION, but with a third column, off the node table (the check can fail)", () => {
    expect(readNodeRow('shop-pack-upload-pipeline-run-dc8h8   Unknown     Running   4m30s')).toBeNull();
    expect(detect('shop-pack-upload-pipeline-run-dc8h8   Unknown     Running   4m30s')).toBeNull();
    // The layouts it is read by: kubectl before 1.6 (NAME STATUS AGE), and since 1.12 with ROLES and VERSION.
    expect(readNodeRow('shop-node-3   NotReady   4d')).toMatchObject({ condition: 'NotReady' });
    expect(readNodeRow('shop-node-3   NotReady   worker   4d   v1.29.1')).toMatchObject({ condition: 'NotReady' });
    // The expression as it was took the third column for ROLES.
    const before = /^\S+ (Ready|NotReady|Unknown)((?:,[A-Za-z]+){0,3}) (?:\S+ )?(\d+[smhdy](?:\d+[smh])?)(?: v\d+\.\d|$)/;
    expect(before.test('shop-pack-upload-pipeline-run-dc8h8 Unknown Running 4m30s')).toBe(true);
    expect(NODE_ROW.test('shop-pack-upload-pipeline-run-dc8h8 Unknown Running 4m30s')).toBe(false);
  });
});

describe("learned from rounds 575-579: NATS' fatal level, Rook's OSDs down at info, Elasticsearch's bootstrap checks, KubeBlocks' components short, etcd refusing a join", () => {
  it('NATS\' three-letter fatal level ends the process: a pod down, and not without it in the table (the check can fail)', () => {
    expectEndsProcess('[1] 2025/03/01 10:00:50.195843 [FTL] STREAM: Failed to start: nats: no servers available for connection', '[FTL] ');
    expectEndsProcess('[7] 2025/03/01 10:00:50.195843 [FTL] Error listening on port: 0.0.0.0:4222, "address already in use"', '[FTL] ');
  });

  it('leaves NATS\' other levels, and FTL as a name, alone', () => {
    expect(detect('[1] 2025/03/01 10:00:48.194822 [INF] STREAM: Starting nats-streaming-server[shop-stan] version 0.25.6')).toBeNull();
    expect(statesExitLevel('[1] 2025/03/01 10:00:48.194822 [INF] STREAM: Shutting down.', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(statesExitLevel('Mar  1 10:00:48 shop-pi pihole-FTL[812]: [FTL]-style counters reset', PROCESS_EXIT_LEVELS.levels)).toBe(false);
  });

  it("reads Rook's disruption controller on OSDs it finds down at info, through its header (the check can fail)", () => {
    const one = '2025-03-01 10:00:20.170147 I | clusterdisruption-controller: osd "rook-ceph-osd-2" is down and a possible node drain is detected';
    const many = '2025-03-01 10:00:21.265936 I | clusterdisruption-controller: OSD(s) [1 4] are down and PGs are not clean. PGs Status: "cluster is not fully clean"';
    for (const line of [one, many]) readThroughHeader(line, 'PodDown', 'I | clusterdisruption-controller: ');
    expect(shapeEvidence(one, 'PodDown', 'osd "')).toMatchObject({ own: true, others: [] });
    expect(shapeEvidence(many, 'PodDown', 'osd(s) [')).toMatchObject({ own: true, others: [] });
    // Its routine lines while it guards a drain stay quiet.
    expect(detect('2025-03-01 10:00:22.284086 I | clusterdisruption-controller: creating temporary blocking pdb "rook-ceph-osd-host-shop-2" with maxUnavailable=0 for "host" failure domain "shop-2"')).toBeNull();
    expect(detect('2025-03-01 10:00:22.265990 I | clusterdisruption-controller: Draining Failure Domain: "shop-2"')).toBeNull();
    expect(detect('2025-03-01 10:00:40.011402 I | clusterdisruption-controller: all "host" failure domains: [shop-1 shop-2 shop-3]. osd is down in failure domain: "". active node drains: false. pg health: "all PGs in cluster are clean"')).toBeNull();
  });

  it.each([
    ['ERROR: [1] bootstrap checks failed', 'PodDown', 'bootstrap checks failed'],
    ['Message:               pods are not ready in Components: [bookies shop-broker shop-proxy], refer to related component message in Cluster.status.components', 'ReplicaMismatch', 'pods are not ready in components'],
    ['Message:               pods are unavailable in Components: [shop-broker], refer to related component message in Cluster.status.components', 'ReplicaMismatch', 'pods are unavailable in components'],
  ] as const)('%j is %s by its words alone (the check can fail)', readByPhraseAlone);

  it('leaves their quiet neighbours alone: checks enforced, components ready', () => {
    expect(detect('[2025-03-01T10:00:32,056][INFO ][o.e.b.BootstrapChecks    ] [shop-es-0] bound or publishing to a non-loopback address, enforcing bootstrap checks')).toBeNull();
    expect(detect('Normal   ComponentPhaseTransition  51m (x4 over 55m)   cluster-controller  Running: true, PodsReady: true, PodsTimedout: false')).toBeNull();
    expect(detect('Normal   ClusterReady              51m                 cluster-controller  Cluster: shop-pulsar is ready, current phase is Running')).toBeNull();
  });

  it('reads etcd refusing a join as the end of the server that asked, not a probe (the check can fail)', () => {
    const line = 'time="2025-03-01T10:00:13.681066910Z" level=fatal msg="starting kubernetes: preparing server: start managed database: joining etcd cluster: etcdserver: unhealthy cluster"';
    expect(detect(line)).toBe('PodDown');
    expect(plainReading(line, { failure: 'StartupProbeFailed', exclusion: 'etcdserver: unhealthy cluster' })).toBe('StartupProbeFailed');
    // The probe words elsewhere still read as a probe.
    expect(detect('Warning  Unhealthy  2m (x4 over 3m)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503')).toBe('StartupProbeFailed');
  });
});

describe("learned from rounds 580-584: the C++ runtime's abort, the autoscaler's predicate checker at info, Fargate's refusal quoted alone", () => {
  it.each([
    ['an exception nothing caught', "terminate called after throwing an instance of 'shop::StoreReader::NonRetriableError'"],
    ['a throw with none in flight, behind a journal prefix', 'Mar  1 10:00:12 shop-node-1 shop-agent[4121]: terminate called without an active exception'],
  ] as const)("the C++ runtime's abort on %s ends the process: a pod down, and not without it in the table (the check can fail)", (_what, line) => {
    expectEndsProcess(line, 'terminate called ');
  });

  it('leaves the words where they are not the runtime opening its report', () => {
    expect(statesExitLevel('level=info msg="worker loop will be terminated; called after drain"', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(statesExitLevel('INFO handler: request terminate called after throwing an instance of nothing', PROCESS_EXIT_LEVELS.levels)).toBe(false);
  });

  it("reads the cluster autoscaler's predicate checker at info by its speaker and its words only (the check can fail)", () => {
    const line = "I0301 10:00:49.438834       1 utils.go:208] Pod shop/web-0 can't be scheduled on shop-pool-vmss, predicate failed: NoVolumeZoneConflict predicate mismatch, reason: node(s) had no available volume zone";
    readBySpeakerAlone(line, 'SchedulingBlocked', 'utils.go');
    // Another program's utils.go at info, even about scheduling, says nothing.
    expect(detect("I0301 10:00:49.359147       1 utils.go:514] No pod using affinity / antiaffinity found in cluster, disabling affinity predicate for this loop")).toBeNull();
    expect(detect('I0301 10:00:49.359147       1 utils.go:451] Skipping shop-pool-4 - no node group config')).toBeNull();
    expect(detect("I0301 10:00:49.359147       1 utils.go:90] Pod shop/web-0 can't be scheduled until its claim binds")).toBeNull();
  });

  it("reads Fargate's refusal quoted without its event's columns, a warning by its words (the check can fail)", () => {
    const line = 'Pod not supported on Fargate: volumes not supported: docker';
    readByPhraseAlone(line, 'SchedulingBlocked', 'pod not supported on fargate');
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect('Successfully assigned shop/checkout-66f6d94d79-6rhs5 to fargate-ip-10-42-162-101.us-west-2.compute.internal')).toBeNull();
  });
});

describe("learned from rounds 585-589: etcd members unreachable, runc's start failures and foreign binaries, Talos' kubelet, Helm's workloads not ready, a panic behind a pod's name", () => {
  it.each([
    ['member 5be4a1b2c3d4e5f6 is unreachable: [https://10.0.0.12:2379] are all unreachable', 'NodeNotReady', '] are all unreachable'],
    ['Error: choosing an image from manifest list docker://registry.example.org/shop/web:1.4.2: no image found in image index for architecture arm64, variant "v8", OS linux', 'ImagePullBackOff', 'no image found in image index for architecture'],
    ['exec /app/bin/shop-web: exec format error', 'PodDown', 'exec format error'],
    ['Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "/entrypoint.sh": permission denied: unknown', 'PodDown', 'oci runtime create failed'],
  ] as const)('%j is %s by its words alone (the check can fail)', readByPhraseAlone);

  it.each([
    ['[2025-03-01T10:00:10.587Z] container_linux.go:349: starting container process caused "process_linux.go:449: container init caused \\"rootfs_linux.go:58: mounting \\\\\\"/sys\\\\\\"\\""', 'PodDown', ': starting container process caused'],
    ['2025-03-01 10:00:36.768536 W | etcdserver: failed to reach the peerURL(http://10.0.0.13:2380) of member a5d68226916cf3a (Get http://10.0.0.13:2380/version: dial tcp 10.0.0.13:2380: getsockopt: no route to host)', 'NodeNotReady', 'failed to reach the peerurl('],
    ['2025-03-01 10:00:36.772923 W | etcdserver: cannot get the version of member a5d68226916cf3a (Get http://10.0.0.13:2380/version: dial tcp 10.0.0.13:2380: getsockopt: no route to host)', 'NodeNotReady', 'cannot get the version of member '],
    ['Error: INSTALLATION FAILED: resource not ready, name: shop-web, kind: Deployment, status: Failed', 'ReplicaMismatch', 'resource not ready, name: '],
  ] as const)('%j is %s by its shape alone (the check can fail)', readByShapeAlone);

  it("leaves their quiet neighbours alone: an exec into a running container, a peer that timed out, a Job not ready", () => {
    // kubectl exec into a container without the shell asked for: the container runs on.
    expect(detect('OCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: "bash": executable file not found in $PATH: unknown')).toBeNull();
    // The same etcd words ending in a timeout are latency (as round 287 labels them), not a member down.
    expect(detect('2025-03-01 10:00:05.639400 W | etcdserver: failed to reach the peerURL(http://10.0.0.14:2380) of member 7a3259fb745eea84 (Get http://10.0.0.14:2380/version: dial tcp 10.0.0.14:2380: i/o timeout)')).toBe('HighLatency');
    expect(detect('Error: INSTALLATION FAILED: resource not ready, name: shop-migrate, kind: Job, status: InProgress')).toBeNull();
    expect(detect('Trying to pull registry.example.org/shop/web:1.4.2...')).toBeNull();
  });

  it("reads runc's report on a line of its own as a warning, whatever level the line states not (the check can fail)", () => {
    const line = 'standard_init_linux.go:211: exec user process caused "no such file or directory"';
    expect(inferSeverity(line)).toBe('WARNING');
    readByPhraseAlone(line, 'PodDown', 'exec user process caused');
  });

  it('a Go panic behind the pod name a log viewer writes ends the process, and only behind a name of that form (the check can fail)', () => {
    expectEndsProcess('shop-jobservice-5d9fc5b9b9-xnqjs panic: failed to load configuration, error: failed to load rest config', 'panic: ');
    expect(statesExitLevel('recovered from panic: nil map', PROCESS_EXIT_LEVELS.levels)).toBe(false);
    expect(statesExitLevel('shop-web handled panic: nil map', PROCESS_EXIT_LEVELS.levels)).toBe(false);
  });

  it("reads Talos restarting the kubelet it runs as the node's agent down, not a crash loop (the check can fail)", () => {
    const line = '<12>[   49.015741] [talos] service[kubelet](Waiting): Error running Containerd(kubelet), going to restart forever: task "kubelet" failed: exit code 255';
    expect(detect(line)).toBe('NodeNotReady');
    expect(plainReading(line, { failure: 'CrashLoopBackOff', exclusion: 'error running containerd(kubelet)' })).toBe('CrashLoopBackOff');
    expect(detect('<12>[   47.357929] [talos] service[kubelet](Running): Started task kubelet (PID 1901) for container kubelet')).toBeNull();
  });
});

describe("learned from rounds 590-594: containers refused by their security settings, the kubelet's Failed events, the pod garbage collector, a controller's pods refused, kubelet flags", () => {
  it.each([
    ['E0301 10:00:12.431177    2210 server.go:158] "Failed to parse kubelet flag" err="unknown flag: --shop-legacy-endpoint"', 'NodeNotReady', 'failed to parse kubelet flag'],
    ['installer Error: failed to parse kubelet flag: unknown flag: --network-plugin', 'NodeNotReady', 'failed to parse kubelet flag'],
    ['Error: failed to create containerd container: cannot load seccomp profile "/var/lib/kubelet/seccomp/shop/strict.json": open /var/lib/kubelet/seccomp/shop/strict.json: no such file or directory', 'PodDown', 'cannot load seccomp profile'],
    ['E0301 10:00:12.431177    1500 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to generate seccomp spec opts: seccomp is not supported', 'PodDown', 'seccomp is not supported'],
    ['docker: Error response from daemon: Cannot start container 5c1e: [9] System error: seccomp: config provided but seccomp not supported.', 'PodDown', 'seccomp not supported'],
    ['Message:      Cannot enforce AppArmor: profile "shop-web-strict" is not loaded', 'PodDown', 'cannot enforce apparmor'],
  ] as const)('%j is %s by its words alone (the check can fail)', readByPhraseAlone);

  it("reads a pod refused under a controller's name prefix as its controller's replicas short, by its shape alone (the check can fail)", () => {
    readByShapeAlone('E0301 10:00:17.334639       1 daemon_controller.go:957] pods "shop-agent-" is forbidden: no providers available to validate pod request', 'ReplicaMismatch', 'is forbidden: ');
    // The same refusal of a pod the client named itself waits to be scheduled, as before.
    expect(detect('pods "shop-build-7f9c-x2" is forbidden: exceeded quota: team-quota, requested: limits.cpu=2, used: limits.cpu=4, limited: limits.cpu=4')).toBe('SchedulingBlocked');
    // A quota refusing a controller's pod is not read as a pod waiting (before the prefix shape, the quota shape would have).
    expect(detect('E0301 10:00:17.334639       1 replica_set.go:536] pods "shop-web-5c644fc9cc-" is forbidden: exceeded quota: team-quota, requested: limits.cpu=2')).toBe('ReplicaMismatch');
  });

  it.each([
    ['I0301 10:00:29.871463       1 gc_controller.go:184] Found orphaned Pod shop/report-28990560-gzwhf assigned to the Node shop-pool-7. Deleting.', 'PodDown', 'gc_controller.go'],
    ['I0301 10:00:29.923602       1 gc_controller.go:77] PodGC is force deleting Pod: shop/report-28990560-pkjrg', 'PodDown', 'gc_controller.go'],
    ['Mar 01 10:00:47 shop-node-2 kubelet[184]: I0301 10:00:47.083310     184 predicate.go:144] "Predicate failed on Pod" pod="shop/batch-7-r6xp8" err="Node didn\'t have enough resource: memory, requested: 4096, used: 8000, capacity: 8192"', 'PodDown', 'predicate.go'],
  ] as const)("%j is %s at info by its speaker's rule alone (the check can fail)", readBySpeakerAlone);

  it("leaves the garbage collector's routine collection and the kubelet's admitted pods alone", () => {
    expect(detect('I0301 10:00:29.871463       1 gc_controller.go:90] Garbage collecting 12 pods')).toBeNull();
    expect(detect('I0301 10:00:29.923602       1 gc_controller.go:254] Forced deletion of orphaned Pod shop/web-0 succeeded')).toBeNull();
    expect(detect('I0301 10:00:47.083114     184 predicate.go:103] "Predicate check passed on Pod" pod="shop/batch-7-r6xp8"')).toBeNull();
  });

  it("reads the kubelet's Failed event with an `Error: ` cause no word names as the container not made, and only as a last resort (the check can fail)", () => {
    const line = 'Warning  Failed     7m33s (x8 over 9m4s)   kubelet            Error: container has runAsNonRoot and image will run as root (pod: "shop-web-5dbd46fcf5-zsbn4_shop(d5a4)", container: web)';
    readByEventRuleAlone(line, 'PodDown', (rule) => rule.when_unread === true);
    expect(judgeEventRow(readEventRow('  Warning  Failed     72s (x4 over 2m42s)  kubelet            Error: secret "shop-db" not found')!).failure).toBe('PodDown');
    // A cause whose words name a class keeps it: an image, a deadline.
    expect(judgeEventRow(readEventRow('  Warning  Failed     16s (x3 over 55s)  kubelet            Error: ErrImagePull')!).failure).toBe('ImagePullBackOff');
    expect(judgeEventRow(readEventRow('  Warning  Failed     2m (x2 over 4m)  kubelet            Error: context deadline exceeded')!).failure).toBe('HighLatency');
    // Another Failed without the kubelet's `Error: ` form is not read by the rule.
    expect(judgeEventRow(readEventRow('  Warning  Failed     2m   helm-controller   upgrade retries exhausted')!).failure).toBeNull();
  });

  it('leaves the Event objects `normalize` maps as they were: a Failed event with an `Error: ` cause still becomes no record', () => {
    const facts = { reason: 'Failed', message: 'Error: container has runAsNonRoot and image will run as root', involvedKind: 'Pod', involvedName: 'shop-web-0' };
    expect(eventToRecord(facts)).toBeNull();
    // What the object mapping does map is unchanged (an image it cannot pull).
    expect(eventToRecord({ ...facts, message: 'Error: ErrImagePull' })?.labels).toMatchObject({ reason: 'ImagePullBackOff' });
  });
});

describe("learned from rounds 595-599: hosts a kubelet cannot start on, nodes deleted with their instance, batch schedulers' holds, an older deployment row", () => {
  it.each([
    ['\t[ERROR CRI]: container runtime is not running: output: time="2025-03-01T10:00:42Z" level=fatal msg="validate service connection: CRI v1 runtime API is not implemented for endpoint \\"unix:///run/containerd/containerd.sock\\""', 'NodeNotReady', 'container runtime is not running'],
    ['        [ERROR Swap]: running with swap on is not supported. Please disable swap', 'NodeNotReady', 'running with swap on is not supported'],
    ["Normal  Informational  4m12s  yunikorn  Unschedulable request 'c0ffee12-aaaa-4bbb-8ccc-0123456789ab' with required node 'shop-worker-2', no preemption victim found", 'SchedulingBlocked', "unschedulable request '"],
  ] as const)('%j is %s by its words alone (the check can fail)', readByPhraseAlone);

  it("reads K3s on a kernel without the memory controller as its node down, not an OOM kill (the check can fail)", () => {
    const line = 'FATA[2025-03-01T10:00:58.366964998Z] failed to find memory cgroup, you may need to add "cgroup_memory=1 cgroup_enable=memory" to your linux cmdline (/boot/cmdline.txt on a Raspberry Pi)';
    expect(detect(line)).toBe('NodeNotReady');
    expect(plainReading(line, { failure: 'OOMKilled', exclusion: 'failed to find memory cgroup' })).toBe('OOMKilled');
    // A kill the memory cgroup reports stays an OOM kill.
    expect(detect('Memory cgroup out of memory: Killed process 4121 (shop-web) total-vm:812344kB')).toBe('OOMKilled');
  });

  it.each([
    ['I0301 10:00:24.372653       1 daemon_controller.go:841] Found failed daemon pod kube-system/shop-agent-9hkgb on node shop-node-3, will try to kill it', 'PodDown', 'daemon_controller.go'],
    ['I0301 10:00:34.064205 1 overcommit.go:114] Resource in cluster is overused, reject job <shop/pg-a7e08473-32de-4e8f-8ab7-981c42d2e8c6> to be inqueue', 'SchedulingBlocked', 'overcommit.go'],
    ['I0301 10:00:18.432174       1 job_controller.go:356] Try to handle request <Queue: , Job: shop/train, Task:worker, Pod:train-worker-1, Event:PodEvicted, ExitCode:0, Action:, JobVersion: 0>', 'PodDown', 'job_controller.go'],
  ] as const)("%j is %s at info by its speaker's rule alone (the check can fail)", readBySpeakerAlone);

  it("leaves the same speakers' routine lines alone", () => {
    expect(detect('I0301 10:00:24.372714       1 daemon_controller.go:937] Nodes needing daemon pods for daemon set shop-agent: [], creating 0')).toBeNull();
    expect(detect('I0301 10:00:18.432174       1 job_controller.go:356] Try to handle request <Queue: , Job: shop/train, Task:worker, Pod:train-worker-1, Event:PodRunning, ExitCode:0, Action:, JobVersion: 0>')).toBeNull();
    expect(detect('I0301 10:00:34.064205 1 overcommit.go:120] Job <shop/pg-a7e0> is admitted to be inqueue')).toBeNull();
  });

  it("reads the cloud node lifecycle controller deleting a node the cloud no longer has as the node down, by its event rule (the check can fail)", () => {
    const line = 'Normal  DeletingNode       38s (x925 over 80m)    cloud-node-lifecycle-controller  Deleting node ip-10-0-7-12.eu-west-3.compute.internal because it does not exist in the cloud provider';
    readByEventRuleAlone(line, 'NodeNotReady', (rule) => rule.reasons?.includes('DeletingNode') === true);
  });

  it.each([
    ['shop-sleep-ltm8v   0/1     SchedulingGated   0          9m20s', 'SchedulingBlocked', 'schedulinggated'],
  ] as const)('the pod row %j is %s by its STATUS rule alone (the check can fail)', (line, failure, status) => {
    readByStatusRuleAlone(line, failure, (rule) => rule.status === status);
  });

  it('leaves a gated pod seconds old alone', () => {
    expect(judgePodRow(readPodRow('shop-sleep-ltm8v   0/1     SchedulingGated   0          5s')!)).toBeNull();
  });

  it("reads an older deployment row short of available pods, and not one still counting a terminating pod, nor a bare number as a name (the check can fail)", () => {
    expect(detect('deployment.apps/shop-front   5         5         5            1           20h')).toBe('ReplicaMismatch');
    const terminating = 'shop-analytics          2         3         2            2           2d';
    expect(detect(terminating)).toBeNull();
    // Without the guard on the name column, the row read as a namespace, a name `2` and two of three ready.
    const counts = DETECTABLE_SHAPES.ReplicaMismatch.find((s) => s.shape.source.includes('(?:\\s+\\S+\\s+\\S+\\s+\\S+)?'))!;
    expect(counts.shape.source).toContain('(?!\\d+\\s)');
    expect(counts.shape.test(matchText(terminating))).toBe(false);
    expect(new RegExp(counts.shape.source.replaceAll('(?!\\d+\\s)', ''), counts.shape.flags).test(matchText(terminating))).toBe(true);
  });
});

describe("learned from rounds 601-604: pulls that fetch an image's source, quotas a pod does not satisfy, lost nodes' pods, Ceph's kernel client, pods running but looping", () => {
  it.each([
    ['E0301 10:00:32.556901    1478 remote_runtime.go:201] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = error creating pod sandbox with name \\"k8s_shop-web_shop_d4a4_0\\": initializing source docker://registry.k8s.io/pause:3.9: pinging container registry registry.k8s.io: Get \\"https://registry.k8s.io/v2/\\": dial tcp 10.0.0.1:443: i/o timeout"', 'ImagePullBackOff', 'initializing source docker://'],
    ['time="2025-03-01T10:00:14.099515728Z" level=error msg="agent pull image err. context deadline exceeded" name=containerd-shim-v2 pid=4121 source=virtcontainers subsystem=kata_agent', 'ImagePullBackOff', 'pull image err'],
  ] as const)('%j is %s by its words alone, not by its timeout (the check can fail)', readByPhraseAlone);

  it("reads a registry on the retired v1 protocol by its own words and by the source the pull initialises, each alone enough (the check can fail)", () => {
    const line = "Error: initializing source docker://registry.example.com/shop/web:latest: can't talk to a V1 container registry";
    expect(detect(line)).toBe('ImagePullBackOff');
    expect(phraseEvidence(line, 'ImagePullBackOff', "can't talk to a v1 container registry")).toMatchObject({ own: true, others: ['pattern "initializing source docker://"'] });
    expect(phraseEvidence(line, 'ImagePullBackOff', 'initializing source docker://')).toMatchObject({ own: true, others: ['pattern "can\'t talk to a v1 container registry"'] });
  });

  it("leaves the same pulls' routine lines alone", () => {
    expect(detect('time="2025-03-01T10:00:14Z" level=info msg="PullImage \\"registry.k8s.io/pause:3.9\\" returns image reference \\"sha256:e6f1\\""')).toBeNull();
    expect(detect('time="2025-03-01T10:00:14Z" level=debug msg="pull image done" source=virtcontainers subsystem=kata_agent')).toBeNull();
  });

  it("reads the node lifecycle controller's message on a lost node's pod as the node down, by its shape alone (the check can fail)", () => {
    readByShapeAlone('Message:                   Node shop-node-3.eu-west-3.compute.internal which was running pod shop-web-0 is unresponsive', 'NodeNotReady', 'which was running pod ');
  });

  it("reads Ceph's kernel client on an OSD marked down as a pod down, by its shape alone, and the OSD back up as nothing (the check can fail)", () => {
    readByShapeAlone('[ 9866.176484] libceph (fb30d64e-7a8c-46d3-bbd7-77a3b1f080d1 e857): osd2 down', 'PodDown', 'libceph');
    expect(detect('[10205.084527] libceph (fb30d64e-7a8c-46d3-bbd7-77a3b1f080d1 e859): osd2 up')).toBeNull();
    expect(detect('[  164.209024] libceph: mon2 (1)10.0.0.247:6789 session established')).toBeNull();
  });

  it("reads a pod the client named and a quota refused for want of requests as waiting, and a StatefulSet's refused pod as its replicas short (the check can fail)", () => {
    const named = 'Error from server: error when creating "shop.yaml": pods "shop-batch-0" is forbidden: Failed quota: default: must specify cpu,memory';
    readByShapeAlone(named, 'SchedulingBlocked', 'is forbidden: ');
    const statefulSet = 'create Pod shop-db-0 in StatefulSet shop-db failed error: pods "shop-db-0" is forbidden: failed quota: team-quota: must specify limits.memory';
    expect(detect(statefulSet)).toBe('ReplicaMismatch');
    // Without its guard on the StatefulSet controller's words, the quota shape would read that pod as waiting.
    const quota = DETECTABLE_SHAPES.SchedulingBlocked.find((s) => s.shape.source.includes('failed quota'))!;
    expect(quota.shape.test(matchText(statefulSet))).toBe(false);
    expect(new RegExp(quota.shape.source.replace('(?<!\\bfailed error: pods?)', ''), quota.shape.flags).test(matchText(statefulSet))).toBe(true);
  });

  it.each([
    ['router-8-cljzi    0/1       Running   53         8h', 'CrashLoopBackOff'],
    ['kube-system   shop-cni-86mdg     0/1     Running   649        7d', 'CrashLoopBackOff'],
    ['shop-web-0   0/1     Running   3 (4m ago)   2h', 'CrashLoopBackOff'],
  ] as const)('the pod row %j is %s: running with nothing ready after restarting at least once an hour (the check can fail)', (line, failure) => {
    readByStatusRuleAlone(line, failure, (rule) => rule.minRestartsPerHour !== undefined);
  });

  it('leaves running pods alone that restarted less than once an hour, fewer than three times, or have a container ready', () => {
    expect(judgePodRow(readPodRow('etcd-shop   0/1     Running   8          22h')!)).toBeNull();
    expect(judgePodRow(readPodRow('shop-web-0   0/1     Running   2          20m')!)).toBeNull();
    expect(judgePodRow(readPodRow('shop-web-0   1/2     Running   53         8h')!)).toBeNull();
    expect(judgePodRow(readPodRow('shop-web-0   1/1     Running   53         8h')!)).toBeNull();
  });
});

describe("learned from round 600: the kernel's hung-task report behind a bare syslog prefix, a runtime the kubelet cannot reach to collect garbage", () => {
  it.each([
    ['May 09 15:18:40 shop-node-3 kernel: INFO: task dockerd:14148 blocked for more than 120 seconds.', 'HighLatency', 'INFO: task '],
    ['Mar 01 10:00:54 shop-node-3 kernel: [  480.096044] INFO: task kworker/u4:2:141 blocked for more than 120 seconds.', 'HighLatency', 'INFO: task '],
  ] as const)('%j is %s through the hung-task header, stated at info (the check can fail)', readThroughHeader);

  it("leaves the hung-task report's routine continuation alone", () => {
    expect(detect('May 09 15:18:40 shop-node-3 kernel: "echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.')).toBeNull();
  });

  it("reads the kubelet's garbage collection failing on a refused runtime socket as the node down, by its event rule (the check can fail)", () => {
    const line = 'Warning  ContainerGCFailed        50m                kubelet          rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused"';
    // Without the rule, its message's `connection refused` reads as a probe.
    readByEventRuleAlone(line, 'NodeNotReady', (rule) => rule.reasons?.includes('ContainerGCFailed') === true, 'StartupProbeFailed');
    // Another garbage-collection failure names no class.
    expect(judgeEventRow(readEventRow('Warning  ImageGCFailed   2m   kubelet   failed to garbage collect required amount of images. Wanted to free 2.1 GB, but freed 0 B')!).failure).toBeNull();
  });
});

describe('learned from rounds 605-609: leases lost, cloud controllers on nodes gone, the kubelet without its node, Ray and Dask workers ended', () => {
  it.each([
    ['controller exited with error: leader lease lost; exiting to re-elect', 'PodDown', 'leader lease lost'],
    ['E0301 10:00:55.499156       1 server.go:261] lost master', 'PodDown', '] lost master'],
    ['distributed.nanny - WARNING - Worker process 4120 was killed by unknown signal', 'PodDown', 'killed by unknown signal'],
    ['The actor is dead because its worker process has died. Worker exit type: SYSTEM_ERROR Worker exit detail: Worker exits unexpectedly.', 'PodDown', 'because its worker process has died'],
    ['distributed.nanny - WARNING - Worker exceeded 95% memory budget. Restarting', 'OOMKilled', 'memory budget. restarting'],
    ['I0301 10:00:54.917288       1 node_controller.go:260] Deleting node since it is no longer present in cloud provider: shop-node-3', 'NodeNotReady', 'no longer present in cloud provider'],
    ['W0301 10:00:28.609023       1 controller.go:659] Ignoring node shop-node-3 with Ready condition status False', 'NodeNotReady', 'with ready condition status false'],
    ['E0301 10:00:55.432195    2425 kubelet_node_status.go:462] "Error getting the current node from lister" err="node \\"shop-node-3\\" not found"', 'NodeNotReady', 'error getting the current node from lister'],
    ["E0301 10:00:43.388363    1163 kubelet.go:1915] error getting node: node 'shop-node-3' is not in cache", 'NodeNotReady', 'error getting node: node '],
    ['I0301 10:00:12.569338   14401 kubelet.go:1137] Unable to register  with the apiserver: Node "" is invalid: metadata.name: Required value', 'NodeNotReady', 'unable to register with the apiserver'],
    [' shopworker: NodeTerminated (ip: 10.224.1.35)', 'NodeNotReady', ': nodeterminated (ip: '],
    ['ERROR shop_controller::leader: could not renew the leader lease within the renew deadline; abdicating', 'HighLatency', 'within the renew deadline'],
    ['lease renew attempt stalled past the renew deadline (10s)', 'HighLatency', 'past the renew deadline'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it("reads a raylet's unexpected end as a pod down, not as the OOM kill it lists among possible causes, and not so without that exclusion (the check can fail)", () => {
    const line = '(raylet) Raylet is terminated. Termination is unexpected. Possible reasons include: (1) SIGKILL by the user or system OOM killer, (2) Invalid memory access from Raylet causing SIGSEGV or SIGBUS, (3) Other termination signals.';
    expect(detect(line)).toBe('PodDown');
    expect(plainReading(line)).toBe('PodDown');
    expect(plainReading(line, { failure: 'OOMKilled', exclusion: 'possible reasons include:' })).toBe('OOMKilled');
    expect(phraseEvidence(line, 'PodDown', 'termination is unexpected')).toMatchObject({ own: true, others: [] });
  });

  it("leaves the kubelet's note on a runtime factory the node does not run quiet, and not so without that exclusion (the check can fail)", () => {
    const line = 'I0301 10:00:12.685783    7674 factory.go:219] Registration of the crio container factory failed: Get "http://%2Fvar%2Frun%2Fcrio%2Fcrio.sock/info": dial unix /var/run/crio/crio.sock: connect: no such file or directory';
    expect(detect(line)).toBeNull();
    expect(plainReading(line)).toBeNull();
    expect(plainReading(line, { failure: 'NodeNotReady', exclusion: 'container factory failed' })).toBe('NodeNotReady');
  });

  it('reads a pod refused by a quota in a JSON field, its quotes escaped, as waiting on the quota (the check can fail)', () => {
    const line = '2026-03-01T10:00:54.815Z\tERROR\tcontroller.raycluster-controller\tReconciler error\t{"name": "shop-ray", "error": "pods \\"shop-ray-head-mbgdc\\" is forbidden: exceeded quota: team-cpu-quota, requested: limits.cpu=500m"}';
    readByShapeAlone(line, 'SchedulingBlocked', 'is forbidden: ');
    // The escaped quote is what the shape now reads: with plain quotes required, the line is not read.
    const shape = DETECTABLE_SHAPES.SchedulingBlocked.find((s) => s.contains === 'is forbidden: ')!.shape;
    expect(new RegExp(shape.source.replaceAll('\\\\?"', '"'), shape.flags).test(matchText(line))).toBe(false);
  });

  it("reads controller-runtime's lease it could not renew, stated at info, through its header (the check can fail)", () => {
    readThroughHeader('{"level":"info","ts":"2026-03-01T10:00:04.648Z","msg":"failed to renew lease shop-system/6cab913b.shop.io: context deadline exceeded"}', 'HighLatency', '"msg":"failed to renew lease ');
    // Its other lines at info stay routine.
    expect(inferSeverity('{"level":"info","ts":"2026-03-01T10:00:08.410Z","msg":"Stopping and waiting for webhooks"}')).toBe('INFO');
  });

  it("reads the cloud node controller deleting a node its provider lost, stated at info, through its source file and wording (the check can fail)", () => {
    const line = 'I0301 10:00:54.917288       1 node_controller.go:260] Deleting node since it is no longer present in cloud provider: shop-node-3';
    expect(inferSeverity(line)).toBe('ERROR');
    expect(infoLevelReporter(line)).toBe(true);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== 'node_controller.go') })).toBe(false);
    const wording = severityRule('ERROR', 'wording');
    expect(wording.keywords).toContain('no longer present in cloud provider');
    // Its routine lines at info stay routine.
    expect(inferSeverity('I0301 10:00:21.847168       1 node_controller.go:325] Initializing node shop-node-3 with cloud provider')).toBe('INFO');
  });
});

describe("learned from rounds 610-614: node leases in older words, nodes never heard from, init steps that stop a server, pods a virtual node lost", () => {
  it.each([
    ['E0301 10:00:07.712990   28496 controller.go:149] failed to update node lease, error: Put https://10.0.0.7:6443/apis/coordination.k8s.io/v1beta1/namespaces/kube-node-lease/leases/shop-node-3?timeout=10s: read: connection reset by peer', 'NodeNotReady', 'failed to update node lease'],
    ['2026-03-01T10:00:32.676944Z 0 [ERROR] --initialize specified but the data directory has files in it. Aborting.', 'PodDown', '--initialize specified but the data directory has files in it'],
    ['ERROR 2026-03-01 10:00:04,750 [shard 0] init - Startup failed: std::runtime_error (sorted_tokens is empty in first_token_index!)', 'PodDown', 'init - startup failed:'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it('reads a node lease the kubelet could not update, in older words, as the node down and not as a timeout, however the call failed (the check can fail)', () => {
    const line = 'E0301 10:00:55.074203    1736 controller.go:149] failed to update node lease, error: Put https://10.0.0.7/apis/coordination.k8s.io/v1beta1/namespaces/kube-node-lease/leases/shop-node-3?timeout=10s: net/http: request canceled (Client.Timeout exceeded while awaiting headers)';
    readByPhraseAlone(line, 'NodeNotReady', 'failed to update node lease');
    // The node's class comes before the timeout's: its phrase decides, whatever the call's error.
    expect(phraseEvidence(line, 'HighLatency', 'client.timeout exceeded')).toMatchObject({ own: true });
  });

  it("reads Talos' kubelet on a lease it cannot ensure against a refused apiserver as the node down, not a probe refused, and not so without that exclusion (the check can fail)", () => {
    const line = '10.0.0.7: {"ts":1772359200820.6387,"caller":"lease/controller.go:146","msg":"Failed to ensure lease exists, will retry","interval":"7s","err":"Get \\"https://localhost:6443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/shop-node-3?timeout=10s\\": dial tcp [::1]:6443: connect: connection refused"}';
    expect(detect(line)).toBe('NodeNotReady');
    expect(plainReading(line, { failure: 'StartupProbeFailed', exclusion: 'failed to ensure lease exists' })).toBe('StartupProbeFailed');
  });

  it("reads the node lifecycle controller on a node whose kubelet never posted its status, stated at info, by its speaker's wording, and not without that wording (the check can fail)", () => {
    const line = 'I0301 10:00:30.629784       1 node_lifecycle_controller.go:1082] Condition Ready of node shop-node-3 was never updated by kubelet';
    expect(judgeKlogSpeaker(line)).toBe('NodeNotReady');
    expect(detect(line)).toBe('NodeNotReady');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((w) => w !== 'was never updated by kubelet') }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
    // Its routine lines at info stay routine.
    expect(detect('I0301 10:00:30.629784       1 node_lifecycle_controller.go:1082] Controller observed a new Node: "shop-node-3"')).toBeNull();
  });

  it("reads an Argo Workflows tree row whose step ends in its pod deleted as the pod down, and not a row still running (the check can fail)", () => {
    const line = '   | ├-⚠ shop-step(12:12)(0)  shop-flow-x2x9z-2403535030  30m       pod deleted';
    readByShapeAlone(line, 'PodDown', 'pod deleted');
    const shape = DETECTABLE_SHAPES.PodDown.find((s) => s.contains === 'pod deleted')!.shape;
    const withoutRow = new RegExp(shape.source.slice(0, shape.source.lastIndexOf('|')), shape.flags);
    expect(withoutRow.test(matchText(line))).toBe(false);
    expect(detect('   | └-● shop-step(12:12)(1)  shop-flow-x2x9z-1799393651  25m')).toBeNull();
  });

  it("reads a pod row a virtual node's provider no longer holds as the pod down, by that STATUS rule alone, and not with a container ready (the check can fail)", () => {
    readByStatusRuleAlone('shop-job-47z22   0/1       NotFound   0          13m       <none>    virtual-node-aci-linux', 'PodDown', (rule) => rule.status === 'notfound');
    expect(detect('shop-job-47z22   1/1       NotFound   0          13m       <none>    virtual-node-aci-linux')).toBeNull();
  });
});

describe("learned from rounds 615-619: Cluster API's rows of machines, nodes their cloud or kube-proxy cannot find, agents that exit", () => {
  it.each([
    ['E0301 10:00:03.535382       1 controller.go:317] controller/azuremachine "msg"="Reconciler error" "error"="failed to create VM shop-cp-x2x9z: Code=\\"AllocationFailed\\" Message=\\"Allocation failed. We do not have sufficient capacity for the requested VM size in this region.\\""', 'SchedulingBlocked', 'do not have sufficient capacity for the requested vm size'],
    ['log: exiting because of error: log: cannot create log: open /tmp/shop-agent.node-3.root.log.ERROR.20260301-100003.1: no such file or directory', 'PodDown', 'log: exiting because of error: '],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it("reads kube-proxy finding no Node of its name as the node down, by that shape alone, and not its call to the apiserver timing out (the check can fail)", () => {
    readByShapeAlone('E0301 10:00:15.302951    2996 node.go:161] Failed to retrieve node info: nodes "shop-node-3" not found', 'NodeNotReady', 'failed to retrieve node info: nodes "');
    expect(detect('W0301 10:00:15.302951       1 server.go:586] Failed to retrieve node info: Get "https://10.0.0.1:443/api/v1/nodes/shop-node-3": dial tcp 10.0.0.1:443: i/o timeout')).not.toBe('NodeNotReady');
  });

  it("reads Cluster API's control plane and scaling MachineDeployment rows by their counts: short when machines are unavailable or fewer ready (the rule can fail)", () => {
    const short = ['shop-cp   shop   true   true   3   2   3   1   14d   v1.29.2', 'default   shop-cp   true   true   2   1   2   1', 'shop-md-0   shop   11   10   11   1   ScalingUp   11d   v1.29.2'];
    for (const row of short) {
      expect(judgeFields(row)).toEqual({ format: 'machine-row', failure: 'ReplicaMismatch', severity: 'ERROR' });
      expect(detect(row)).toBe('ReplicaMismatch');
    }
    // The rule is what decides: with no count of unavailable machines enough and ready ones not compared, nothing is short.
    const lenient = { ...FIELD_TABLES, machineRow: { ...FIELD_TABLES.machineRow, minUnavailable: 1_000_000, readyShort: false } };
    for (const row of short) expect(judgeFields(row, lenient)?.failure).toBeNull();
    // Counts that agree say nothing; a release that leaves a zero empty ends the row early.
    for (const row of ['shop-cp   shop   true   true   3   3   3   0   14d   v1.29.2', 'shop-cp   true   true   3   3   3', 'shop-md-0   shop   3   3   3   0   ScalingUp   2m   v1.29.2']) {
      expect(judgeFields(row)).toEqual({ format: 'machine-row', failure: null, severity: 'INFO' });
    }
  });

  it("keeps a control plane's row whose counts agree quiet whatever its name holds, which its words alone would not (the check can fail)", () => {
    const row = 'kubeadmcontrolplane.controlplane.cluster.x-k8s.io/shop-unhealthy-cp   shop   true   true   1   1   1   0   8m2s   v1.29.2';
    expect(detect(row)).toBeNull();
    expect(inferSeverity(row)).toBe('INFO');
    // Read by its words alone (the reader's gate shut), the name's `unhealthy` would be a probe failing.
    const shut = new Uint8Array(READER_COUNT).fill(1);
    shut[READER_GATE_INDEX.machineRow] = 0;
    expect(judgeFields(row, FIELD_TABLES, shut)).toBeNull();
    expect(plainReading(row)).toBe('StartupProbeFailed');
  });

  it("reads an event the cloud node controller recorded with its reason and message swapped as the node deleted, and not once the reason's place is lost (the check can fail)", () => {
    const head = 'I0301 10:00:01.882948       1 event.go:278] Event(v1.ObjectReference{Kind:"Node", Namespace:"", Name:"shop-node-3", UID:"8e3f0ee3-16d4-43ec-a855-1574a8117012", APIVersion:"", ResourceVersion:"", FieldPath:""}): type: \'Normal\' reason: \'Deleting node shop-node-3 because it does not exist in the cloud provider\'';
    const line = `${head} Node shop-node-3 event: DeletingNode`;
    expect(readRecordedEvent(line)).toEqual({ type: 'Normal', reason: 'DeletingNode', message: 'Deleting node shop-node-3 because it does not exist in the cloud provider' });
    expect(inferSeverity(line)).toBe('ERROR');
    expect(detect(line)).toBe('NodeNotReady');
    // Older releases' words, an apostrophe in them, are read the same way.
    const older = line.replace('because it does not exist in the cloud provider', "because it's not present according to cloud provider").replace('Deleting node', 'Deleting Node');
    expect(readRecordedEvent(older)?.reason).toBe('DeletingNode');
    expect(detect(older)).toBe('NodeNotReady');
    // Read by the DeletingNode rule: without it the event says nothing.
    const rules: readonly EventRule[] = EVENT_RULES.filter((rule: EventRule) => rule.reasons?.includes('DeletingNode') !== true);
    expect(judgeEventRow(readRecordedEvent(line)!, rules).failure).toBeNull();
    // Without the reason at its end the line is no recorded event, and its stated info is final.
    expect(readRecordedEvent(head)).toBeNull();
    expect(detect(head)).toBeNull();
  });

  it("leaves the kubelet's check for a back-off before each start quiet, which the speaker's bare `backoff` read as a crash loop (the check can fail)", () => {
    const line = 'I0301 10:00:45.938308    4422 kuberuntime_manager.go:757] checking backoff for container "kube-apiserver" in pod "kube-apiserver-shop-cp-0_kube-system(bcc33f6e116b4cd918c65d622f5662ea)"';
    expect(detect(line)).toBeNull();
    expect(judgeKlogSpeaker(line)).toBeNull();
    const withBackoff = KLOG_SPEAKER_RULES.map((rule) => (rule.files.includes('kuberuntime_manager.go') ? { ...rule, message_any: [...rule.message_any, 'backoff'] } : rule));
    expect(judgeKlogSpeaker(line, withBackoff)).toBe('CrashLoopBackOff');
    // The back-off it reports is still read.
    expect(detect('I0301 10:00:45.939483    4422 kuberuntime_manager.go:767] Back-off 5m0s restarting failed container=kube-apiserver pod=kube-apiserver-shop-cp-0_kube-system(bcc33f6e)')).toBe('CrashLoopBackOff');
  });

  it("reads Cilium's agent ending on an eBPF map the kernel would not allocate as its process ended, not the OOM killer, and not so without that exclusion (the check can fail)", () => {
    const line = 'level=fatal msg="failed to start: daemon creation failed: error while opening/creating BPF maps: initializing conntrack map cilium_ct4_global: creating map: map create: cannot allocate memory" subsys=daemon';
    expect(detect(line)).toBe('PodDown');
    expect(plainReading(line)).toBeNull();
    expect(plainReading(line, { failure: 'OOMKilled', exclusion: 'map create: cannot allocate memory' })).toBe('OOMKilled');
  });

  it("reads Weave Net's fatal level, its letters then a colon and the time, as its process ended (the check can fail)", () => {
    expectEndsProcess('FATA: 2026/03/01 10:00:38.818654 creating datapath "datapath": generic netlink response has wrong cmd (got 3, expected 1)', 'FATA: ');
    expect(statesExitLevel('INFO: 2026/03/01 10:00:38.818233 weave  2.8.1', PROCESS_EXIT_LEVELS.levels)).toBe(false);
  });

  it("reads a level in a glog file's name, a date after it, as no level the line states (the check can fail)", () => {
    const line = 'log: exiting because of error: log: cannot create log: open /tmp/shop-agent.node-3.root.log.INFO.20260301-100003.1: no such file or directory';
    expect(inferSeverity(line)).toBe('ERROR');
    expect(detect(line)).toBe('PodDown');
    const info = severityRule('INFO', 'level').patterns[0]!;
    expect(info.test('x.log.INFO.20260301-100003.1')).toBe(false);
    expect(new RegExp(info.source.replace(String.raw`(?!\.\d)`, ''), info.flags).test('x.log.INFO.20260301-100003.1')).toBe(true);
    // A level the line states is still read, Monolog's channel before it too.
    expect(inferSeverity('[2026-03-01 10:00:03] app.INFO: exiting because of error')).toBe('INFO');
  });
});

describe("learned from rounds 620-624: the kubelet's resource managers failing it or its pods, admission refused at info, metrics-server's probe", () => {
  it.each([
    ['E0301 10:00:44.417137    3496 container_manager_linux.go:291] failed to initialize cpu manager: [cpumanager] unable to determine reserved CPU resources for static policy', 'NodeNotReady', 'failed to initialize cpu manager'],
    ['E0301 10:00:07.195378    3261 container_manager_linux.go:358] "Failed to initialize memory manager" err="unknown policy: \\"Static\\""', 'NodeNotReady', 'failed to initialize memory manager'],
    ['E0301 10:00:19.409883  175049 cpu_manager.go:209] "Could not initialize checkpoint manager, please drain node and remove policy state file" err="could not restore state from checkpoint: configured policy \\"static\\" differs from state checkpoint policy \\"none\\""', 'NodeNotReady', 'could not initialize checkpoint manager'],
    // No round holds the topology manager's own start-up failure: the same container manager's words.
    ['E0301 10:00:07.201442    3261 container_manager_linux.go:341] failed to initialize topology manager: unknown policy: "numa-first"', 'NodeNotReady', 'failed to initialize topology manager'],
    ['E0301 10:00:41.032067   11176 cpu_manager.go:179] [cpumanager] AddContainer error: not enough cpus available to satisfy request', 'PodDown', 'not enough cpus available to satisfy request'],
    ['E0301 10:00:43.914095   11766 policy_static.go:187] [cpumanager] unable to allocate 6 CPUs (container id: 5c1f0e, error: not enough cpus available to satisfy request)', 'PodDown', 'not enough cpus available to satisfy request'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it("reads pod rows the kubelet's topology or CPU manager refused as the pod down, each by its STATUS rule alone, and not a pod running (the check can fail)", () => {
    readByStatusRuleAlone('shop-db-0   0/1     TopologyAffinityError   0          21m', 'PodDown', (rule) => rule.status === 'topologyaffinityerror');
    // No round holds a row of the CPU manager's refusal.
    readByStatusRuleAlone('shop-db-1   0/1     SMTAlignmentError   0          9m', 'PodDown', (rule) => rule.status === 'smtalignmenterror');
    expect(detect('shop-db-2   1/1     Running   0          21m')).toBeNull();
  });

  it("reads the kubelet refusing a pod at admission, stated at info, as the pod down: by its own words from kubelet.go whatever reason it names, and through the allocation manager's file, not without it (the check can fail)", () => {
    // No round holds this reason: the kubelet's words say the pod was refused, the reason says why.
    readByPhraseAlone('I0301 10:00:25.173086    2410 kubelet.go:2320] "Pod admission denied" podUID="4355ee04" pod="shop/db-0" reason="InvalidNodeInfo" message="Kubelet cannot get node info."', 'PodDown', 'pod admission denied');
    const line = 'I0301 10:00:50.929430   12113 allocation_manager.go:706] "Pod admission denied" podUID="7183a2ef" pod="kube-system/kube-apiserver-shop-cp-0" reason="UnexpectedAdmissionError" message="Unexpected error while attempting to recover from admission failure: preemption: error finding a set of pods to preempt"';
    expect(detect(line)).toBe('PodDown');
    expect(infoLevelReporter(line)).toBe(true);
    const without = { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((file) => file !== 'allocation_manager.go') };
    expect(infoLevelReporter(line, without)).toBe(false);
    // Its routine lines at info stay routine.
    expect(detect('I0301 10:00:50.929401   12113 allocation_manager.go:690] "Pod admitted" pod="shop/db-0"')).toBeNull();
  });

  it("reads the kubelet's predicate check failing to admit a pod, stated at info, by that word of its speaker rule, and not without it (the check can fail)", () => {
    const line = 'I0301 10:00:50.929400   12113 predicate.go:192] "Failed to admit pod, unexpected error while attempting to recover from admission failure" pod="kube-system/kube-apiserver-shop-cp-0" err="preemption: error finding a set of pods to preempt: no set of running pods found to reclaim resources"';
    expect(judgeKlogSpeaker(line)).toBe('PodDown');
    expect(detect(line)).toBe('PodDown');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((w) => w !== 'failed to admit pod') }));
    expect(judgeKlogSpeaker(line, without)).toBeNull();
  });

  it("reads the CPU manager's refusal as an event row as the pod down, by its reason in the admission rule, and not without that reason (the check can fail)", () => {
    const line = 'Warning  SMTAlignmentError  12s   kubelet  SMT Alignment Error: not enough free physical CPUs: available physical CPUs = 3, requested CPUs = 4, CPUs per core = 2';
    const row = readEventRow(line)!;
    expect(judgeEventRow(row).failure).toBe('PodDown');
    expect(detect(line)).toBe('PodDown');
    const rules: readonly EventRule[] = EVENT_RULES.map((rule: EventRule) => (rule.reasons === undefined ? rule : { ...rule, reasons: rule.reasons.filter((reason) => reason !== 'SMTAlignmentError') }));
    expect(judgeEventRow(row, rules).failure).toBeNull();
  });

  it("reads metrics-server's readiness check failing, stated at info in klog's structured form, by its speaker rule alone, and not its routine lines (the check can fail)", () => {
    readBySpeakerAlone('I0301 10:00:58.272958       1 server.go:187] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"', 'StartupProbeFailed', 'server.go');
    expect(detect('I0301 10:00:58.247172       1 server.go:116] "Serving securely" address="[::]:10250"')).toBeNull();
    expect(detect('I0301 10:00:58.247172       1 server.go:116] "Starting probe" probe="metric-storage-ready"')).toBeNull();
  });

  it("reads a kubelet the apiserver would not register, its node named, as the node down, by that shape alone, and not its attempt to register (the check can fail)", () => {
    readByShapeAlone('I0301 10:00:50.031165    5012 kubelet.go:766] Unable to register shop-node-3 with the apiserver: Post https://10.0.0.2:6443/api/v1/nodes: x509: certificate signed by unknown authority', 'NodeNotReady', ' with the apiserver');
    expect(detect('I0301 10:00:50.028529    5012 kubelet.go:749] Attempting to register node shop-node-3')).toBeNull();
  });
});

describe("learned from rounds 629-633: describe's exit code, a program's exit with an error code, nodes short of ready in counts and fields, agents reclaimed, pods disrupted", () => {
  it("reads `kubectl describe pod`'s Exit Code field on a line of its own as the pod down by that shape alone, not as a crash loop (the exclusion), and not 0, 137 or 143 (the check can fail)", () => {
    const line = 'Exit Code:    1';
    readByShapeAlone(line, 'PodDown', 'exit code:');
    // Without the crash-loop table's exclusion of this layout, its bare `exit code N` would read the line first.
    const text = matchText(line);
    expect(DETECTABLE_SHAPES.CrashLoopBackOff.some((s) => s.contains === 'exit code' && s.shape.test(text))).toBe(true);
    expect(EXCLUDE_SHAPES.CrashLoopBackOff.some((s) => s.contains === 'exit code:' && s.shape.test(text))).toBe(true);
    // A code no round holds in this layout, tab-separated as describe writes it to a file.
    expect(detect('Exit Code:\t\t2')).toBe('PodDown');
    expect(detect('Exit Code:    137')).toBe('OOMKilled');
    expect(detect('Exit Code:    143')).toBeNull();
    expect(detect('Exit Code:    0')).toBeNull();
    // The same words inside a sentence keep their reading by the crash-loop table.
    expect(detect('Back-off restarting failed container app: exit code: 1')).toBe('CrashLoopBackOff');
  });

  it("reads a program announcing its exit with an error code, whoever says it, as the pod down by that shape alone, and not a clean exit or a stop's signal (the check can fail)", () => {
    readByShapeAlone('EAL: Error - exiting with code: 1', 'PodDown', 'exiting with code');
    // No round holds these speakers: the words say the process ended on an error.
    readByShapeAlone('[shop-worker] fatal: cannot bind 0.0.0.0:8080, exiting with code: 3', 'PodDown', 'exiting with code');
    expect(detect('[shop-worker] shutdown complete, exiting with code: 0')).toBeNull();
    expect(detect('[shop-worker] received SIGTERM, exiting with code: 143')).toBeNull();
  });

  it("reads kube-up's validation waiting for ready nodes with fewer ready than it wants as the node not ready by that shape alone, and not once all are ready (the check can fail)", () => {
    readByShapeAlone('Waiting for 1 ready nodes. 0 ready nodes, 0 registered. Retrying.', 'NodeNotReady', ' ready nodes');
    readByShapeAlone('Waiting for 4 ready nodes. 3 ready nodes, 4 registered. Retrying.', 'NodeNotReady', ' ready nodes');
    expect(detect('Waiting for 4 ready nodes. 4 ready nodes, 4 registered. Retrying.')).toBeNull();
  });

  it("reads a node's status given as a field, not ready, as the node not ready by that shape alone, in other tools' fields too, and not a node ready or a pod's status (the check can fail)", () => {
    readByShapeAlone('node 875047-06ae9cbd0000 status=not_ready instance=96736255', 'NodeNotReady', 'status=not');
    // No round holds a logfmt line of this kind: the same field, the node named by its key.
    readByShapeAlone('time=2025-03-01T10:00:41Z level=warning msg="node check" node=shop-worker-2 pool=default status=NotReady', 'NodeNotReady', 'status=not');
    expect(detect('node 875047-06ae9cbd0001 status=ready instance=96736256')).toBeNull();
    expect(detect('time=2025-03-01T10:00:41Z level=warning msg="pod check" pod=shop-web-2 status=NotReady')).toBeNull();
  });

  it.each([
    ['11:25:13  Agent shop-gce-agent-01b4ii was deleted; cancelling node body', 'was deleted; cancelling node body', 'was kept; running node body'],
  ] as const)("watches Jenkins on an agent its cloud took away, %j, a line with no level, by the phrase and the severity keyword it holds (the check can fail)", (line, phrase, instead) => {
    readByPhraseAlone(line, 'NodeNotReady', phrase);
    expect(inferSeverity(line)).toBe('WARNING');
    expect(severityRule('WARNING', 'wording').keywords).toContain(phrase);
    expect(inferSeverity(line.replace(phrase, instead))).toBe('INFO');
  });

  it("watches Jenkins marking an agent offline, a line with no level, by the severity keyword it holds, and not without it (the check can fail)", () => {
    const line = '[2025-03-01T10:00:37.728Z] EC2 (us-west-2) - shop-build-agent (sir-5pay89qm) was marked offline: Node is being removed';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(detect(line)).toBe('NodeNotReady');
    expect(severityRule('WARNING', 'wording').keywords).toContain('was marked offline');
    expect(inferSeverity(line.replace('was marked offline', 'was marked online'))).toBe('INFO');
  });

  it.each([
    ['ERROR: Job failed (system failure): pod "ci/runner-x7f2" is disrupted: reason "EvictionByEvictionAPI", message "Eviction API: evicting".', 'evictionbyevictionapi', 'ERROR', 'evict'],
    // No round holds this reason of the pod's DisruptionTarget condition.
    ['    reason: DeletionByPodGC', 'deletionbypodgc', 'WARNING', 'deletionbypodgc'],
    ['{"type": "DisruptionTarget", "status": "True", "reason": "DeletionByPodGC", "message": "PodGC: node no longer exists"}', 'deletionbypodgc', 'WARNING', 'deletionbypodgc'],
  ] as const)('%j, a pod disrupted by the reason %j, is the pod down by that phrase alone and at least a warning by the keyword it holds (the check can fail)', (line, phrase, severity, keyword) => {
    readByPhraseAlone(line, 'PodDown', phrase);
    expect(inferSeverity(line)).toBe(severity);
    expect(severityRule(severity, 'wording').keywords).toContain(keyword);
  });

  it("watches a pod's DisruptionTarget reason on a line of its own, with no level, by the severity keyword it holds, and not a preemption's or another reason (the check can fail)", () => {
    expect(inferSeverity('    reason: DeletionByPodGC')).toBe('WARNING');
    expect(inferSeverity('    reason: PreemptionByScheduler')).toBe('INFO');
    expect(detect('    reason: PreemptionByScheduler')).toBeNull();
    expect(inferSeverity('    reason: PodCompleted')).toBe('INFO');
  });
});

describe("learned from rounds 634-638: a daemon that could not start, panics behind stern's prefix, OpenShift operators' health checks and unavailable replicas, member clusters out of reach, pods a tool saw exit", () => {
  it.each([
    ["Dec 04 18:25:59 localhost rpm-ostree[748]: error: Couldn't start daemon: Error setting up sysroot: Unexpected state", "couldn't start daemon"],
    // No round holds this speaker: the same words, spelt out.
    ['Mar 01 10:00:41 shop-node-2 shopd[2211]: fatal: could not start daemon: address already in use', 'could not start daemon'],
  ] as const)('%j is the pod down by the phrase %j alone (the check can fail)', (line, phrase) => {
    readByPhraseAlone(line, 'PodDown', phrase);
  });

  it("reads a Go panic behind stern's pod and container prefix as the process ending, by the panic layout that allows the container's name, and not by the layout before it (the check can fail)", () => {
    const line = 'member-agent-5fd8d4d87-cvssj member-agent panic: runtime error: invalid memory address or nil pointer dereference';
    expectEndsProcess(line, 'panic: ');
    const before = /(?:^|\]: |\| |^\{"log":"|^[a-z0-9][a-z0-9.-]{0,200}-[a-z0-9]{5} )panic: \S/;
    const levels = PROCESS_EXIT_LEVELS.levels.map((level) => (level.mark === 'panic: ' ? { ...level, layout: before } : level));
    expect(judgeProcessExit(line, { ...PROCESS_EXIT_LEVELS, levels })).toBeNull();
    // The pod's name alone before the panic still reads, and a line that only mentions a panic does not.
    expect(judgeProcessExit('shop-web-5d9fc5b9b9-xnqjs panic: failed to load configuration')).toBe('PodDown');
    expect(detect('shop-web-5d9fc5b9b9-xnqjs web recovered from a handler panic: retrying')).toBeNull();
  });

  it("reads CodeReady Containers' operators not available, stated at debug, through its header, by the reason's phrase, and not an operator still progressing (the check can fail)", () => {
    readThroughHeader('time="2023-07-18T13:58:47+01:00" level=debug msg="image-registry operator not available, Reason: NoReplicasAvailable::NodeCADaemonNoAvailableReplicas"', 'ReplicaMismatch', ' operator not available, Reason: ');
    readByPhraseAlone('DEBU image-registry operator not available, Reason: NoReplicasAvailable', 'ReplicaMismatch', 'noreplicasavailable');
    readByPhraseAlone('DEBU openshift-controller-manager operator not available, Reason: _NoPodsAvailable', 'ReplicaMismatch', 'nopodsavailable');
    expect(detect('time="2023-07-18T13:58:17+01:00" level=debug msg="service-ca operator is still progressing, Reason: _ManagedDeploymentsAvailable"')).toBeNull();
  });

  it.each([
    ['console   4.11.0-0.okd-2023-01-14-152430   False   False   True   31m   RouteHealthAvailable: failed to GET route (https://console-openshift-console.apps.shop.local): Get "https://console-openshift-console.apps.shop.local": context deadline exceeded', 'routehealthavailable: '],
    ['authentication   4.9.4   False   False   True   74m   OAuthServerServiceEndpointAccessibleControllerAvailable: Get "https://172.30.77.10:443/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'endpointaccessiblecontrolleravailable: '],
    // No round holds this one: the route's check answered with an error, no timeout.
    ["console   4.14.3   False   False   True   8m   RouteHealthAvailable: route not yet available, https://console-openshift-console.apps.shop.local returns '503 Service Unavailable'", 'routehealthavailable: '],
  ] as const)("reads an OpenShift operator's failing health check of its route or endpoint, %j, as the check failed by the phrase %j alone (the check can fail)", (line, phrase) => {
    readByPhraseAlone(line, 'StartupProbeFailed', phrase);
  });

  it("reads an OpenShift operator's deployment short of instances as replicas short by that shape alone, and never none unavailable (the check can fail)", () => {
    readByShapeAlone('07:57:01 Status for clusteroperator/openshift-apiserver changed: Degraded message changed from "All is well" to "APIServerDeploymentDegraded: 1 of 3 requested instances are unavailable for apiserver.openshift-apiserver ()"', 'ReplicaMismatch', ' requested instances are unavailable');
    expect(detect('APIServerDeploymentDegraded: 0 of 3 requested instances are unavailable for apiserver.openshift-apiserver ()')).toBeNull();
  });

  it("reads a member cluster karmadactl cannot reach as the node down by that shape alone, and not a cluster joined (the check can fail)", () => {
    readByShapeAlone('error: cluster(member3) is inaccessible, please check authorization or network', 'NodeNotReady', ') is inaccessible');
    expect(detect('cluster(member3) is joined successfully')).toBeNull();
  });

  it("reads a pod a tool saw exit with an error code as the pod down by that shape alone, and not one that exited cleanly or on a stop's SIGTERM (the check can fail)", () => {
    readByShapeAlone('2022/05/16 10:14:15 [ERROR] Failed to install system chart fleet: failed to install , pod cattle-system/helm-operation-gsfnr exited 123', 'PodDown', ' exited ');
    // No round holds this tool: the pod named without its namespace.
    readByShapeAlone('job runner: pod shop-migrate-7x2kq exited 1 after 12s', 'PodDown', ' exited ');
    expect(detect('job runner: pod shop-migrate-7x2kq exited 0 after 12s')).toBeNull();
    expect(detect('job runner: pod shop-migrate-7x2kq exited 143 after 12s')).toBeNull();
  });
});

describe("learned from rounds 639-643: sandboxes refused for a missing runtime handler, runtimes that do not serve the kubelet's API, kubelets that fail to start in older words, Mesos agents and schedulers, Thanos' probe", () => {
  it.each([
    ['  Warning  FailedCreatePodSandBox  3s (x4 over 43s)  kubelet, shop-node-1  Failed create pod sandbox: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]', 'PodDown', 'failed to find runtime handler'],
    ['Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "kata-qemu" is configured', 'PodDown', 'failed to get sandbox runtime'],
    // No round holds this handler: the same refusal for gVisor's.
    ['  Warning  FailedCreatePodSandBox  12s (x6 over 90s)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "runsc" is configured', 'PodDown', 'failed to get sandbox runtime'],
    ['time="2021-06-18T17:51:44.384922061Z" level=error msg="Cleaning up partially created container" container-id=b029819a error="rpc error: code = Internal desc = failed to online 4 CPU(s) after 100 retries" name=containerd-shim-v2', 'PodDown', 'cleaning up partially created container'],
    ["Failed to create a containerizer: Could not create DockerContainerizer: Failed to create docker: Failed to get docker version: Failed to execute 'docker -H unix:///var/run/docker.sock --version': exited with status 127", 'PodDown', 'failed to create a containerizer'],
    ['E1207 19:58:06.532224    4460 remote_runtime.go:86] "Version from runtime service failed" err="rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService"', 'NodeNotReady', 'unknown service runtime.v1'],
    // No round holds the newer API's name in this line: the same refusal for runtime.v1.
    ['E0301 10:00:06.532224    4460 remote_runtime.go:86] "Version from runtime service failed" err="rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService"', 'NodeNotReady', 'unknown service runtime.v1'],
    // Round 641's `failed to create kubelet: ... unknown service runtime.v1alpha2.RuntimeService` holds both phrases;
    // a kubelet that could not be created for another reason (no round holds this one) is read by its own.
    ['E0301 10:00:00.000000    4460 server.go:302] failed to create kubelet: open /var/lib/kubelet/config.json: permission denied', 'NodeNotReady', 'failed to create kubelet:'],
    ['E0616 04:18:25.610176   19751 server.go:291] Failed running kubelet: could not init cloud provider "openstack": got unexpected status code when reading metadata', 'NodeNotReady', 'failed running kubelet'],
    ['failed to bootstrap model: cannot start bootstrap instance: cannot run instances: cannot run instance: No available machine matches constraints: mem=3584.0 name=juju.maas', 'SchedulingBlocked', 'no available machine matches constraints'],
    ['level=warn ts=2022-05-17T12:08:22.350952394Z caller=intrumentation.go:54 msg="changing probe status" status=not-ready reason="BaseFetcher: iter bucket: context deadline exceeded"', 'StartupProbeFailed', 'changing probe status" status=not-ready'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it("keeps the routine lines beside them quiet: a sandbox created, a runtime handler found, Thanos' probe turning ready (the check can fail)", () => {
    expect(detect('  Normal  SandboxChanged  30s  kubelet  Pod sandbox changed, it will be killed and re-created.')).toBeNull();
    expect(detect('level=info ts=2022-05-17T12:08:52.350952394Z caller=intrumentation.go:48 msg="changing probe status" status=ready')).toBeNull();
    expect(detect('I0301 10:00:06.532224    4460 kuberuntime_manager.go:230] "Container runtime initialized" containerRuntime="containerd" version="1.7.2" apiVersion="v1"')).toBeNull();
  });

  it("reads a Mesos agent's executor container that did not start as the pod down by that shape alone (the check can fail)", () => {
    readByShapeAlone("E1015 11:17:09.202877  4707 slave.cpp:2485] Container 'adae622c' for executor 'KubeletExecutorID' of framework '20141015-0005' failed to start: Failed to fetch URIs for container 'adae622c': exit status 256", 'PodDown', "' failed to start");
    readByShapeAlone("E0114 13:11:53.822912     7 slave.cpp:2787] Container '0c4d000a' for executor 'shop_web.c4f59dac' of framework '20150113-0003' failed to start:  future discarded", 'PodDown', "' failed to start");
    expect(detect("I0114 13:11:50.822912     7 slave.cpp:2700] Launching container '0c4d000a' for executor 'shop_web.c4f59dac' of framework '20150113-0003'")).toBeNull();
  });

  it("reads Kubernetes-on-Mesos' scheduler at info, a pod it could not place and a task lost, by its speaker rules, and not without them (the check can fail)", () => {
    const placed = 'I1107 23:32:58.883119 17461 scheduler.go:161] Could not schedule pod 9764eff2: 1 ports could not be allocated on slave 20141107-S2';
    expect(judgeKlogSpeaker(placed)).toBe('SchedulingBlocked');
    expect(detect(placed)).toBe('SchedulingBlocked');
    const without = KLOG_SPEAKER_RULES.map((rule) => ({ ...rule, message_any: rule.message_any.filter((w) => w !== 'could not schedule pod') }));
    expect(judgeKlogSpeaker(placed, without)).toBeNull();
    readBySpeakerAlone('I0527 13:31:00.412571       1 errorhandler.go:59] Error scheduling kube-controller-manager-10.0.0.4: No suitable offers for pod/task; retrying', 'SchedulingBlocked', 'errorhandler.go');
    const lost = 'I0804 20:00:20.161639   28420 scheduler.go:410] task status update "TASK_LOST" from "SOURCE_MASTER" for task "pod.e5f83c63" on slave "" executor "" for reason "REASON_RECONCILIATION"';
    expect(judgeKlogSpeaker(lost)).toBe('PodDown');
    expect(detect(lost)).toBe('PodDown');
    const withoutLost = KLOG_SPEAKER_RULES.filter((rule) => !(rule.failure === 'PodDown' && rule.message_any.includes('status update "task_lost"')));
    expect(withoutLost.length).toBe(KLOG_SPEAKER_RULES.length - 1);
    expect(judgeKlogSpeaker(lost, withoutLost)).toBeNull();
    // A task running, and another program's errorhandler.go, stay quiet.
    expect(detect('I0804 20:00:20.161639   28420 scheduler.go:410] task status update "TASK_RUNNING" from "SOURCE_EXECUTOR" for task "pod.e5f83c63"')).toBeNull();
    expect(detect('I0301 10:00:00.000000       1 errorhandler.go:40] retrying request to the shop API')).toBeNull();
  });
});

describe("learned from rounds 644-648: LXD's daemon and members, LINSTOR's satellites, Slurm's queue and nodes, Ray's and Portworx's lost nodes, Rust's main panic, Podman's failed pull, Vert.x's blocked loop", () => {
  it.each([
    ['E0427 18:42:08.092983    3123 kubelet.go:2001] "Skipping pod synchronization" err="container runtime status check may not have completed yet"', 'NodeNotReady', 'skipping pod synchronization'],
    ['❌  Exiting due to GUEST_STATUS: Unable to get control-plane node minikube host status: state: unknown state "minikube": podman container inspect minikube --format={{.State.Status}}: exit status 125', 'NodeNotReady', 'exiting due to guest_status'],
    ['Error: Failed to update cluster member state: Missing event connection with target cluster member', 'NodeNotReady', 'missing event connection with target cluster member'],
    ["Apr 27 16:00:19 linctrl02 Controller[16524]: 16:00:19.655 [grizzly-http-server-3] ERROR LINSTOR/Controller - SYSTEM - No active connection to satellite 'pve4'.", 'NodeNotReady', 'no active connection to satellite'],
    ['Failed to wait for px status on: shop-node-2 due to err: px cluster is usable but node shop-node-2 status is not ok. Expected: STATUS_OK Actual: STATUS_NOT_IN_QUORUM Next retry in: 10s', 'NodeNotReady', 'status_not_in_quorum'],
    ['salloc: error: Node failure on worker-1', 'NodeNotReady', 'error: node failure on'],
    ['2021-01-29 14:43:30,449 - [slurm_plugin.clustermgtd:_is_backing_instance_valid] - WARNING - Node state check: no corresponding instance in EC2 for node ondemand-dy-g4dnxlarge-1(10.98.3.162)', 'NodeNotReady', 'no corresponding instance in ec2 for node'],
    ['2023-09-14 09:03:16,162 - [slurm_plugin.fleet_manager:_launch_instances] - ERROR - JobID 186 - Error in CreateFleet request: InsufficientInstanceCapacity - We currently do not have sufficient p4d.24xlarge capacity', 'SchedulingBlocked', 'insufficientinstancecapacity'],
    ['Nodes required for job are DOWN, DRAINED or reserved for jobs in higher priority partitions', 'SchedulingBlocked', 'nodes required for job are down'],
    ['Warning  ProvisioningFailed  13m (x16 over 51m)  linstor.csi.linbit.com_linstor-csi-controller-0  failed to provision volume with StorageClass "linstor-basic": error generating accessibility requirements: no available topology found', 'SchedulingBlocked', 'no available topology found'],
    ['Mar 18 12:35:47 shop-host lxd.daemon[3973844]: time="2025-03-18T12:35:47Z" level=error msg="Failed to start the daemon" err="Failed to start dqlite server: raft_start(): io: closed segment"', 'PodDown', 'failed to start the daemon'],
    ['Error: Failed to run: /usr/lib/lxd/lxd forkstart desktop /var/lib/lxd/containers /var/log/lxd/desktop/lxc.conf: ', 'PodDown', 'lxd forkstart'],
    ['E0823 17:40:52.933169       1 server.go:558] "Error running ProxyServer" err="write /sys/module/nf_conntrack/parameters/hashsize: operation not supported"', 'PodDown', 'error running proxyserver'],
    ['2018/07/23 12:51:45 http: proxy error: Internal error - timeout: waited too long for pod to be ready', 'HighLatency', 'waited too long for pod to be ready'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it.each([
    ["No active connection to satellite 'm19c10'", 'no active connection to satellite', 'An active connection to satellite'],
    ['Nodes required for job are DOWN, DRAINED or reserved for jobs in higher priority partitions', 'nodes required for job are down', 'Nodes required for job are up'],
    ['The actor died because its node has died. Node Id: 5d11b677f340fc90', 'because its node has died', 'because its task ended'],
  ] as const)('watches %j, a line with no level, by the severity keyword %j it holds (the check can fail)', watchedByKeyword);

  it.each([
    ['┊ m13c11 ┊ SATELLITE ┊ 10.36.130.101:3367 (SSL) ┊ EVICTED ┊', 'NodeNotReady', '┊ evicted ┊'],
    // No round holds the ASCII table of an evicted node.
    ['| m13c11 | SATELLITE | 10.36.130.101:3367 (SSL) | EVICTED |', 'NodeNotReady', '| evicted |'],
    ['2 down 10.241.32.117 maas-server-42 ubuntu@22.04 zone3 Deployed', 'NodeNotReady', ' down '],
    ['                 2   compute     wrap   ubuntu PD       0:00      1 (NodeDown)', 'SchedulingBlocked', ' pd '],
    ['Oct 25 19:34:04 localhost.localdomain bootkube.sh[913]: Trying to pull registry.svc.ci.openshift.org/ci-op-nvfgsy47/release:latest...Failed', 'ImagePullBackOff', 'trying to pull '],
    ['kafka-broker-dispatcher-65c76bf5f-pc6s8 kafka-broker-dispatcher WARNING: Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 13731 ms, time limit is 2000 ms', 'HighLatency', ' has been blocked for '],
  ] as const)('%j is %s by the shape under %j alone (the check can fail)', readByShapeAlone);

  it('keeps the routine rows beside those shapes quiet: a satellite online, a Juju machine started, jobs pending for their priority or running, a pull that worked (the check can fail)', () => {
    expect(detect('┊ k8w2 ┊ SATELLITE ┊ 94.237.48.153:3366 (PLAIN) ┊ Online ┊')).toBeNull();
    expect(detect('0/lxd/0  started  10.21.51.147  juju-20f511-0-lxd-0  ubuntu@24.04  ubuntu-nuc-two  Container started')).toBeNull();
    expect(detect('                 3   compute     wrap   ubuntu PD       0:00      1 (Priority)')).toBeNull();
    expect(detect('                 4   compute     wrap   ubuntu  R       2:10      1 compute001')).toBeNull();
    expect(detect('Oct 25 19:34:04 bootstrap bootkube.sh[913]: Trying to pull registry.example/release:latest...')).toBeNull();
  });

  it("reads a Rust program's main thread panicking as the process ending, by that level's entry alone, and not another thread's panic (the check can fail)", () => {
    expectEndsProcess("thread 'main' panicked at 'Failed to init EAL', io-engine/src/core/env.rs:628:13", "thread 'main' panicked at ");
    expect(judgeProcessExit("thread 'tokio-runtime-worker' panicked at 'called `Option::unwrap()` on a `None` value', src/lib.rs:10:5")).toBeNull();
  });
});

describe("learned from rounds 649-653: batch services' failed tasks and refused capacity, platform health checks, reporters at info and debug in batch and edge runtimes", () => {
  it.each([
    ['FailureExitCode: The task exited with an exit code representing a failure', 'PodDown', 'exit code representing a failure'],
    ['2020-04-21 14:48:52.306 [1587505723250692/train/3 (pid 13693)] [be15ad25-eb5d-495d-8f1c-9d78a069f078] Task is starting (status FAILED)...', 'PodDown', 'task is starting (status failed)'],
    ["  CgroupError: Agent could not create task's platform resources", 'PodDown', "could not create task's platform resources"],
    ['CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ThrottlingException: Rate exceeded', 'PodDown', 'failed to initialize logging driver'],
    ['Job is FAILED', 'PodDown', 'job is failed'],
    ['[Monitoring] Livy Endpoint=[https://hub.eastus.azuresynapse.net:8001/api/v1.0/publish/6fac8da0]. Livy Id=[3] Job failed during run time with state=[dead].', 'PodDown', 'job failed during run time'],
    ['2017-03-29T19:48:32.155Z WARN Step failed with exitCode 1 and took 12 seconds', 'PodDown', 'step failed with exitcode'],
    ['Process `ALIGN (sample_7)` terminated with an error exit status (1)', 'PodDown', 'terminated with an error exit status'],
    ["Azure Batch pool 'shop-batch' has resize errors and no agents are available", 'SchedulingBlocked', 'has resize errors and no agents are available'],
    ['9c1d2e3f_54081ac7a237485398995ed6e98b4aa7 failed, state: EXECUTORERROREnum, reason: NodeAllocationFailed', 'SchedulingBlocked', 'nodeallocationfailed'],
    ['.Error, could not place all instances: insufficient resources. Try requesting fewer instances or reducing the requested memory or disk capacity.', 'SchedulingBlocked', 'could not place all instances'],
    ["Error Message: The zone 'projects/shop/zones/us-east1-b' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.", 'SchedulingBlocked', 'does not have enough resources available to fulfill the request'],
    ['Error code: QuotaExceeded, error message: Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota.', 'SchedulingBlocked', 'results in exceeding approved'],
    ['Azure error message: Operation results in exceeding quota limits of Core. Maximum allowed: 10, Current in use: 8, Additional requested: 4.', 'SchedulingBlocked', 'results in exceeding quota limits of'],
    ["2017-07-06T20:21:28Z [INFO] Network error connecting to docker, backing off for '2.5s', error: dial unix /var/run/docker.sock: connect: no such file or directory", 'NodeNotReady', 'network error connecting to docker'],
    ['org.apache.hadoop.yarn.exceptions.YarnRuntimeException: Recieved SHUTDOWN signal from Resourcemanager, Registration of NodeManager failed, Message from ResourceManager: Disallowed NodeManager from shop-w-2.internal', 'NodeNotReady', 'registration of nodemanager failed'],
    ['Env Event: Environment health has transitioned from Ok to Degraded. ELB health is failing or not available for 1 out of 3 instances.', 'StartupProbeFailed', 'elb health is failing'],
    ["Jul 08 06:55:18 vm_runtime_init: ah_start: app not healthy, won't send /_ah/start yet.", 'StartupProbeFailed', "app not healthy, won't send /_ah/start"],
    ['[4a/8c21f0] NOTE: Process `ALIGN (sample_7)` terminated with an error exit status (1) -- Execution is retried (2)', 'CrashLoopBackOff', '-- execution is retried'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it.each([
    ['2024-10-31T13:08:27.654Z ERROR - Image pull for shopacr.azurecr.io/web:1.4 failed. Unsupported image manifest.', 'ImagePullBackOff', 'image pull for '],
    ['A 2019-08-10T02:04:44.543Z GET 503 10 B 0 ms GoogleHC/1.0 /readiness_check', 'StartupProbeFailed', 'googlehc'],
    ['Warning 2021-04-19 13:17:53.854 PDT GET 502 150 B 0 ms GoogleHC 1.0 /liveness_check failReason:"null"', 'StartupProbeFailed', 'googlehc'],
    ["│  - Insufficient 'SSD_TOTAL_GB' quota. Requested 1000.0, available 500.0.", 'SchedulingBlocked', "insufficient '"],
    ['Status change from Initializing to Failed', 'PodDown', 'status change from '],
  ] as const)('%j is %s by the shape under %j alone (the check can fail)', readByShapeAlone);

  it.each([
    ['[2021-09-17 16:20:42,26] [info] AwsBatchAsyncBackendJobExecutionActor [a2a1f270align.sample:NA:1]: Status change from Running to Failed', 'PodDown', 'BackendJobExecutionActor ['],
    ['Oct-09 00:24:07.828 [Task monitor] DEBUG nextflow.Session - Session aborted -- Cause: Process `ALIGN (3)` terminated with an error exit status (1)', 'PodDown', 'DEBUG nextflow.Session - Session aborted -- Cause: '],
    ['2019-07-14 21:02:11 DAGScheduler: INFO: Executor lost: 7 (epoch 2)', 'PodDown', 'DAGScheduler: INFO: Executor lost: '],
    ['<7> 2022-11-04 05:34:23.778 +00:00 [DBG] [Microsoft.Azure.Devices.Edge.Hub.CloudProxy.DeviceConnectivityManager] - IotHub call timed out', 'HighLatency', 'DeviceConnectivityManager] - IotHub call timed out'],
  ] as const)('reads %j, stated at info or debug, as %s through the reporter header under %j (the check can fail)', readThroughHeader);

  it("makes Spark's lost executor at info a warning by the keyword 'executor lost: ' (the check can fail)", () => {
    const line = '2019-07-14 21:02:11 DAGScheduler: INFO: Executor lost: 7 (epoch 2)';
    expect(inferSeverity(line)).toBe('WARNING');
    expect(severityRule('WARNING', 'wording').keywords).toContain('executor lost: ');
    expect(inferSeverity(line.replace('Executor lost: ', 'Executor added: '))).toBe('INFO');
  });

  it("keeps the routine lines beside them quiet: checks answered 200, a job's status changing on its way, pulls started, a run retried on the OOM killer's exit still read as one (the check can fail)", () => {
    expect(detect('A 2019-08-10T02:04:44.543Z GET 200 2 B 0 ms GoogleHC/1.0 /liveness_check')).toBeNull();
    expect(detect('[2021-09-17 16:15:42,28] [info] AwsBatchAsyncBackendJobExecutionActor [a2a1f270align.sample:NA:1]: Status change from Initializing to Running')).toBeNull();
    expect(detect('2020-02-27 20:26:50.967 INFO  - Pulling image: shopacr.azurecr.io/web:1.4')).toBeNull();
    expect(detect('16:17:38 INFO: Environment health has transitioned from Ok to Info. Application update in progress (running for 13 seconds).')).toBeNull();
    expect(detect('2019-07-14 20:54:55 TaskSetManager: INFO: Finished task 1611.1 in stage 8.0 (TID 21696) in 49183 ms on shop-w-1.internal (executor 1) (1601/10000)')).toBeNull();
    expect(detect('[b8/e9892b] NOTE: Process `CRUMBLE (sample_1)` terminated with an error exit status (137) -- Execution is retried (1)')).toBe('OOMKilled');
  });
});

describe("learned from rounds 654-658: servers and engines that stop for good, Infinispan's lost members, a stuck DaemonSet, Flink's and Heron's reporters at info, an Ansible retry kept quiet", () => {
  it.each([
    ['SEVERE: Cannot start server. Server instance is not configured.', 'PodDown', 'cannot start server. server instance'],
    ['2024-03-01 10:00:00.566  WARN 1 --- [-StreamThread-2] org.apache.kafka.streams.KafkaStreams    : stream-client [orders-7c8f] All stream threads have died. The instance will be in error state and should be closed.', 'PodDown', 'all stream threads have died'],
    ['F0301 10:00:00.000000 4411 stmgr.cpp:120] *** Check failure stack trace: ***', 'PodDown', '*** check failure stack trace: ***'],
    ['2025-03-01T10:00:00.823Z	 ISPN100001: Node keycloak-2-19920 left the cluster', 'NodeNotReady', 'ispn100001: node '],
    ['<td>DaemonSet rollout is stuck.</td>', 'ReplicaMismatch', 'daemonset rollout is stuck'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it('reads a checker\'s report of a container that ended on an error by its shape alone, and not one that completed (the check can fail)', () => {
    readByShapeAlone('❌ Container init-db terminated: Error', 'PodDown', ' terminated: error');
    expect(detect('✅ Container init-db terminated: Completed')).toBeNull();
  });

  it.each([
    ['2019-08-05 23:29:21,876 INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint         - Shutting KubernetesSessionClusterEntrypoint down with application status FAILED. Diagnostics java.lang.OutOfMemoryError: Metaspace.', 'OOMKilled', 'entrypoint.ClusterEntrypoint '],
    ['2019-08-05 23:29:21,876 INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint         - Shutting StandaloneJobClusterEntryPoint down with application status FAILED. Diagnostics org.apache.flink.util.FlinkException: Could not create the DispatcherResourceManagerComponent.', 'PodDown', 'entrypoint.ClusterEntrypoint '],
    ['[2017-10-22 10:13:15 +0000] [INFO]: stmgr-7 stdout: *** Check failure stack trace: ***', 'PodDown', ' stdout: *** Check failure stack trace: ***'],
  ] as const)('reads %j, stated at info, as %s through the reporter header under %j (the check can fail)', readThroughHeader);

  it.each([
    ['2025-03-01T10:00:00.823Z	 ISPN100001: Node keycloak-2-19920 left the cluster', 'ispn100001: node ', 'ISPN100000: Node '],
    ['<td>DaemonSet rollout is stuck.</td>', 'daemonset rollout is stuck', 'DaemonSet rollout is done'],
  ] as const)('watches %j, a line with no level, by the severity keyword %j it holds (the check can fail)', watchedByKeyword);

  it("keeps an Ansible retry quiet, whose words are its task's name, by the exclusion 'failed - retrying: ' (the check can fail)", () => {
    keptOffByExclusion('FAILED - RETRYING: [Status]: Waiting for node to get in NotReady state (84 retries left).', null, 'NodeNotReady', 'failed - retrying: ');
  });

  it('keeps the routine lines beside them quiet: a member joining, a Flink entrypoint shutting down as it succeeded (the check can fail)', () => {
    expect(detect('2025-03-01T10:00:00.806Z	 ISPN100000: Node keycloak-2-19920 joined the cluster')).toBeNull();
    expect(detect('2019-08-05 23:29:21,876 INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint         - Shutting StandaloneJobClusterEntryPoint down with application status SUCCEEDED. Diagnostics null.')).toBeNull();
  });
});

describe("learned from rounds 659-663: Falco's and NetBird's exits, a runner's end on a signal, k9s' pending rows, Artifactory's refused manifest, llama-swap's checks at info", () => {
  it.each([
    ['09:12:40  com.github.dockerjava.api.exception.InternalServerErrorException: {"message":"unauthorized: The client does not have permission for manifest"}', 'ImagePullBackOff', 'does not have permission for manifest'],
    ['2025-08-12T08:59:46+00:00 WARN /usr/local/bin/netbird-entrypoint.sh:72: daemon failed to start, exiting...', 'PodDown', 'daemon failed to start, exiting'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it.each([
    ['falco Thu Apr 13 16:56:41 2023: Runtime error: Error reading config file(/etc/falco/falco.yaml): could not load plugins config: yaml-cpp: error at line 40, column 16: bad conversion. Exiting.', 'PodDown', '. exiting.'],
    ['Error: llama runner process has terminated: signal: bus error', 'PodDown', 'process has terminated'],
    ['│ falco-9x2gm                          ●       0/1                      0 Pending        n/a               n/a                          12m         │', 'SchedulingBlocked', ' pending '],
  ] as const)('%j is %s by the shape under %j alone (the check can fail)', readByShapeAlone);

  it('reads llama-swap\'s refused health check at info through its header (the check can fail)', () => {
    readThroughHeader('[INFO] Connection refused on http://127.0.0.1:8001/health, retrying in 725s', 'StartupProbeFailed', '[INFO] Connection refused on ');
  });

  it("keeps the routine lines beside them quiet: a runner stopped by an interrupt, a k9s pod pending under three minutes or running (the check can fail)", () => {
    expect(detect('Error: llama runner process has terminated: signal: interrupt')).toBeNull();
    expect(detect('│ falco-9x2gm                          ●       0/1                      0 Pending        n/a               n/a                          2m         │')).toBeNull();
    expect(detect('│ sysdig-agent-mm9gg                          ●       1/1                      0 Running        10.0.0.101        s-i-88e94fa614f36e9b2        42m         │')).toBeNull();
  });
});

describe("learned from rounds 664-668: containers and sandboxes their runtime could not create, HPC runtimes and Slurm's tables, Orleans' silos, Kestrel's heartbeat, programs that state their end", () => {
  it.each([
    ['Warning  Failed  12s  kubelet  Error: failed to create containerd task: failed to mount rootfs component: invalid argument', 'PodDown', 'failed to create containerd task'],
    ['ctr: failed to create shim task: ttrpc: closed: unknown', 'PodDown', 'failed to create shim task'],
    ['docker: Error response from daemon: failed to create task for container: failed to start shim: failed to resolve runtime path: runtime "io.containerd.slight.v1" binary not installed', 'PodDown', 'failed to start shim: '],
    ['Warning  FailedCreatePodSandBox  5m  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "2c50cc6a": runtime "wasm" binary not installed', 'PodDown', 'unable to get oci runtime for sandbox'],
    ['FATAL:   container creation failed: mount /scratch->/scratch error: while mounting /scratch: mount source /scratch doesn\'t exist', 'PodDown', 'container creation failed: '],
    ['3: slurmstepd: error: pyxis: container start failed with error code: 1', 'PodDown', 'container start failed with error code'],
    ['[2020-02-28T20:13:02Z ERROR krustlet::kubelet] Error handling event: Failed to run pod: Error loading WASM: invalid module', 'PodDown', 'failed to run pod: '],
    ['Error: Service(Other("Essential task failed."))', 'PodDown', 'essential task failed.'],
    ['Fatal: Error starting protocol stack: listen tcp :30303: bind: address already in use', 'PodDown', 'error starting protocol stack'],
    ['2024-05-18 23:00:50       Hosting failed to start', 'PodDown', 'hosting failed to start'],
    ['[2020-09-28T14:27:58Z ERROR] Terminating host (no lattice connectivity)', 'PodDown', 'terminating host ('],
    ["Kubernetes Error: pods ['flow-run-1a2b-x7k2p'] failed for this job", 'PodDown', '] failed for this job'],
    ['error: not in registry: docker.io:443/shop/web:4.2', 'ImagePullBackOff', 'error: not in registry: '],
    ['FATAL:   While pulling shub image: failed to get manifest for: shub://shop/web: the requested manifest was not found in singularity hub', 'ImagePullBackOff', 'the requested manifest was not found'],
    ['srun: Required node not available (down, drained or reserved)', 'SchedulingBlocked', 'required node not available (down, drained or reserved)'],
    ['Kill task failed        root      2025-03-01T10:00:00 gpu-node-4', 'NodeNotReady', 'kill task failed'],
    ['2025-11-09 13:48:46.052 | [10:48:46 WRN] Silo S10.1.2.7:11111:1216/api-7d9c/Active does not correspond to any known pod. Marking it as dead.', 'NodeNotReady', 'does not correspond to any known pod. marking it as dead'],
    ['Orleans.Runtime.OrleansException: Failed to get ping responses from 2 of 3 active silos.', 'NodeNotReady', 'failed to get ping responses from'],
    ['A deployment api in namespace shop in cluster prod is not available for an extended period of time.', 'ReplicaMismatch', 'is not available for an extended period of time'],
    ['2019-11-22 12:09:11 WARN Microsoft.AspNetCore.Server.Kestrel Heartbeat took longer than "00:00:01" at "11/22/2019 04:09:10 +00:00".', 'HighLatency', 'heartbeat took longer than'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it.each([
    ['error: GET failed; expected status {200} but got 403: Forbidden', 'ImagePullBackOff', 'get failed; expected status'],
    ['slurmstepd: error: pyxis:     [ERROR] URL https://registry-1.docker.io/v2/shop/web/manifests/4.2 returned error code: 401 Unauthorized', 'ImagePullBackOff', ' returned error code: '],
    ['gpu7           1   batch*    down*   64   2:16:2  515000        0      1   (null) Not responding', 'NodeNotReady', '* '],
    ['4411         train      gpu          8     FAILED      2:0 ', 'PodDown', ' failed '],
    ['Failed to create pod sandbox: rpc error: code = Unknown desc = RuntimeHandler "wasmtime" not supported', 'PodDown', 'runtimehandler "'],
    ['[2021-11-09 05:51:22.057] [error] execution failed: out of bounds memory access, Code: 0x88', 'PodDown', 'execution failed: '],
    ['Pod web-2 container web-2 transitioning to Terminated { message: "Pod web-2 container web-2 failed to start actor: provider already running", failed: true }.', 'PodDown', 'transitioning to terminated { message: "'],
    ['      As of "08/07/2022 16:43:22 +00:00", the heartbeat has been running for "00:00:03.5" which is longer than "00:00:01". This could be caused by thread pool starvation.', 'HighLatency', 'heartbeat has been running for '],
  ] as const)('%j is %s by the shape under %j alone (the check can fail)', readByShapeAlone);

  it.each([
    ['A deployment api in namespace shop in cluster prod is not available for an extended period of time.', 'is not available for an extended period of time', 'is available again'],
    ['      As of "08/07/2022 16:43:22 +00:00", the heartbeat has been running for "00:00:03.5" which is longer than "00:00:01".', 'heartbeat has been running for', 'heartbeat ran for'],
  ] as const)('watches %j, a line with no level, by the severity keyword %j it holds (the check can fail)', watchedByKeyword);

  it("reads srun's report of a task that exited as a pod down, not a crash loop, by the exclusion 'srun: error: ' (the check can fail)", () => {
    keptOffByExclusion('srun: error: node7: task 0: Exited with exit code 2', 'PodDown', 'CrashLoopBackOff', 'srun: error: ');
  });

  it("reads a shim that did not start as a pod down, not a check that failed, whatever its words quote (the check can fail)", () => {
    keptOffByExclusion('ctr: failed to start shim: start failed: failed to create TTRPC connection: dial unix /run/x.sock: connect: connection refused', 'PodDown', 'StartupProbeFailed', 'failed to start shim: ');
  });

  it("reads Serilog's bracketed WRN as a stated warning, and leaves its INF to the words (the check can fail)", () => {
    expect(inferSeverity('[10:48:46 WRN] Silo x is starting')).toBe('WARNING');
    expect(inferSeverity('[10:48:46 ERR] Silo x is starting')).toBe('ERROR');
    expect(inferSeverity('[10:48:46 WRNX] Silo x is starting')).toBe('INFO');
  });

  it("keeps the routine lines beside them quiet: Slurm's responding nodes and completed jobs, a runtime handler that is supported, a pull that succeeded (the check can fail)", () => {
    expect(detect('c1             1   normal*        idle 1       1:1:1   1000        0      1   (null) none')).toBeNull();
    expect(detect('4411         train      gpu          8  COMPLETED      0:0 ')).toBeNull();
    expect(detect('error: GET failed; expected status {200} but got 200: OK')).toBeNull();
    expect(detect('salloc: Granted job allocation 387332')).toBeNull();
  });
});

describe("learned from round 669: zap's fatal level between tabs, Neutron's and Manticore's ends in their own words", () => {
  it("reads zap's console line at fatal as the process ending, by that level's entry alone (the check can fail)", () => {
    expectEndsProcess('2019-08-12T10:26:30.512+0000\tfatal\tapp/vmstorage/main.go:47\tcannot open a storage at /storage: cannot open table', '\tfatal\t');
    expectEndsProcess('2023-02-04T06:07:20.823Z\tFATAL\tcmd/main.go:12\tcannot read config /etc/app.yaml', '\tFATAL\t');
    expect(judgeProcessExit('2019-08-12T10:26:30.512+0000\terror\tapp/vmstorage/main.go:47\tcannot open a storage at /storage')).toBeNull();
  });

  it.each([
    ['2014-06-13 07:22:33.421 4006 ERROR neutron.plugins.openvswitch.agent.ovs_neutron_agent [req-e1954c60 None] Failed to create OVS patch port. Agent terminated!', 'PodDown', 'agent terminated!'],
    ['Crash!!! Handling signal 6', 'PodDown', 'crash!!! handling signal'],
  ] as const)('%j is %s by the phrase %j alone (the check can fail)', readByPhraseAlone);

  it("keeps a Jenkins agent's name that runs into 'Agent terminated' quiet", () => {
    expect(detect('Agent terminatedpod-5dmzp-1xj9w is provisioned from template Kubernetes Pod Template')).toBeNull();
  });
});
