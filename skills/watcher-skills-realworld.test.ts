import { describe, expect, it } from 'vitest';
import { classifyLogRecord } from '../agents/watcher.ts';
import { buildDatasets } from '../data/seed-datasets.ts';
import { FAILURE_TEMPLATES, HEALTHY_TEMPLATES } from '../data/seed-templates.ts';
import { classifyRecord } from '../src/replay.ts';
import type { LogRecord } from '../src/types.ts';
import { FAILURE_TYPES, type FailureType } from './failure-types.ts';
import { inferSeverity } from './severity-skills.ts';
import { anyPatternMatches, classifyMessage, DETECTABLE_PATTERNS, EXCLUDE_PATTERNS } from './watcher-skills.ts';

/** What the Watcher makes of a plain-text line: severity from the line, then the patterns. */
function readLine(line: string): string | null {
  return classifyLogRecord({ severity: inferSeverity(line), message: line });
}

// One line per failure class and source format, copied from public issues, docs and fixtures.
const REPRESENTATIVE: ReadonlyArray<readonly [FailureType, string, string]> = [
  ['OOMKilled', 'kubectl-describe', 'Reason:       OOMKilled'],
  ['OOMKilled', 'kubectl-get', 'memory-demo-2   0/1       OOMKilled   1          24s'],
  ['OOMKilled', 'dmesg', 'Dec 11 10:48:09 fkhan-test-kernelv3 kernel: thrash invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0'],
  ['OOMKilled', 'dmesg', '[    0.000000] Killed process 19417 (python) total-vm:1584624kB, anon-rss:168368kB, file-rss:1580kB'],
  ['OOMKilled', 'docker', '"OOMKilled": true,'],
  ['OOMKilled', 'ecs', 'Status reason\tOutOfMemoryError: Container killed due to memory usage Exit Code\t137'],
  ['OOMKilled', 'cloudrun', 'Memory limit of 512 MiB exceeded with 516 MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits'],
  ['OOMKilled', 'app', 'stress: FAIL: [168] (425) <-- worker 172 got signal 9'],
  ['ImagePullBackOff', 'kubectl-describe', 'Warning  Failed     27s (x3 over 75s)  kubelet            Failed to pull image "oamdev/vela-core:0.3.1": rpc error: code = Unknown desc = Error response from daemon: manifest for oamdev/vela-core:0.3.1 not found: manifest unknown: manifest unknown'],
  ['ImagePullBackOff', 'kubectl-events', 'Back-off pulling image "docker.io/substratusai/controller-manager:v0.0.2-alpha"'],
  ['ImagePullBackOff', 'docker', "Error response from daemon: pull access denied for anjia0532/google_containers.kube-apiserver-amd64, repository does not exist or may require 'docker login'"],
  ['ImagePullBackOff', 'ecs', 'Container message: CannotPullContainerError: API error (404): repository serverless-batch not found: does not exist or no pull access'],
  ['ImagePullBackOff', 'e2e-log', 'May  4 15:49:12.579: INFO: At 2021-05-04 15:45:50 +0000 UTC - event for pvc-tester-zlrfq: {kubelet kind-worker} Failed: Error: ImagePullBackOff'],
  ['CrashLoopBackOff', 'kubectl-describe', 'Warning  BackOff    87s (x23 over 6m33s)   kubelet            Back-off restarting failed container memory-eater in pod analytics-exporter-fast-76897854c-cw5wh_default(a954616f-1e09-4496-be7b-9d5322d99875)'],
  ['CrashLoopBackOff', 'kubectl-events', '13s Warning BackOff pod/helloworld-656898b9bb-98vrv Back-off restarting failed container'],
  ['CrashLoopBackOff', 'kubelet', 'Jan 19 22:05:08 bms-k8s-node-188-64 kubelet: E0119 22:05:08.823485   20081 pod_workers.go:186] Error syncing pod 8342124b ("apprepo-sync_kubeapps"), skipping: failed to "StartContainer" for "sync" with CrashLoopBackOff: "Back-off 2m40s restarting failed container=sync"'],
  ['CrashLoopBackOff', 'docker', 'Restarting (7) 3 weeks ago'],
  ['CrashLoopBackOff', 'ecs', 'STOPPED (Essential container in task exited)'],
  ['CrashLoopBackOff', 'ecs', '2016-11-10T20:24:05Z [INFO] Adding event module="eventhandler" change="ContainerChange: arn:aws:ecs:eu-central-1:162782911101:task/56121f8d cont_def -> STOPPED, Exit 139, , Known Sent: RUNNING"'],
  ['CrashLoopBackOff', 'heroku', '2018-11-06T10:56:20.915305+00:00 heroku[web.1]: Process exited with status 1'],
  ['CrashLoopBackOff', 'heroku', '2013-12-12T20:13:14.376797+00:00 heroku[web.1]: State changed from starting to crashed'],
  ['CrashLoopBackOff', 'heroku', '2017-03-23T17:59:13.869386+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=POST path="/webhook" status=503'],
  ['StartupProbeFailed', 'kubectl-describe', 'Warning  Unhealthy       1s (x6 over 28s)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500'],
  ['StartupProbeFailed', 'kubectl-describe', 'Normal   Killing         1s (x2 over 22s)  kubelet            Container liveness failed liveness probe, will be restarted'],
  ['StartupProbeFailed', 'kubectl-events', 'Readiness probe failed: Get http://10.1.0.120:9000/ping: dial tcp 10.1.0.120:9000: connect: connection refused'],
  ['StartupProbeFailed', 'docker', '"Status": "unhealthy",'],
  ['StartupProbeFailed', 'docker', '"FailingStreak": 3,'],
  ['StartupProbeFailed', 'docker', '"Output": "Health check exceeded timeout (3s)"'],
  ['StartupProbeFailed', 'ecs', '(service civictechjobs-fullstack-stage) (port 8000) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-west-2:035866691871:targetgroup/civictechjobs/555a47e25c5a1850) due to (reason Health checks failed).'],
  ['StartupProbeFailed', 'heroku', 'Jul 16 22:52:43 fateoftime heroku/web.1:  Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch'],
  ['StartupProbeFailed', 'cloudrun', 'X Deploying... Cloud Run error: Container failed to start. Failed to start and then listen on the port defined by the PORT environment variable.'],
  ['SchedulingBlocked', 'kubectl-describe', 'Warning  FailedScheduling  16m (x70 over 5h43m)  default-scheduler  0/1 nodes are available: 1 Insufficient nvidia.com/gpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'],
  ['SchedulingBlocked', 'kubectl-events', '0/1 nodes are available: 1 insufficient cpu, 1 insufficient memory.'],
  ['SchedulingBlocked', 'kube-scheduler', 'E0108 22:07:45.954750       1 scheduler.go:481] error selecting node for pod: pod has unbound immediate PersistentVolumeClaims'],
  ['SchedulingBlocked', 'kubectl-get', 'nginx-deployment-7b9c5d6f4-x2k8p   0/1     Pending   0          3m12s'],
  ['SchedulingBlocked', 'kubectl-get', 'web-0\t0/2\tPending\t0\t10s'],
  ['SchedulingBlocked', 'ecs', 'service examples-nginx-5b107b8 was unable to place a task because no container instance met all of its requirements. The closest matching container-instance is missing an attribute required by your task.'],
  ['NodeNotReady', 'kubectl-describe', 'Ready            False   Mon, 03 Jun 2019 13:54:18 +0000   Sun, 02 Jun 2019 21:39:37 +0000   KubeletNotReady              PLEG is not healthy: pleg was last seen active 16h17m50.791825508s ago; threshold is 3m0s'],
  ['NodeNotReady', 'kubectl-describe', 'Taints:             node.kubernetes.io/unreachable:NoExecute'],
  ['NodeNotReady', 'kubectl-describe', '13m\t\t13m\t\t1\tkubelet, node2\t\t\t\tWarning\t\tRebooted\t\tNode node2 has been rebooted, boot id: 7bd36c0b-2be5-4b67-8a62-95e1fa614499'],
  ['NodeNotReady', 'kubelet', 'Jan 31 15:46:40 ip-10-240-0-20 kubelet[3072]: I0131 15:46:40.357340    3072 kubelet_node_status.go:446] Recording NodeNotReady event message for node ip-10-240-0-20'],
  ['NodeNotReady', 'kubelet', 'Apr 16 22:26:30 host kubelet[10125]: E0416 22:26:30.150357   10125 kubelet.go:2373] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"'],
  ['NodeNotReady', 'nomad', 'f7476465  dc1  nomad-client-2  <none>  false  ineligible  down'],
  ['NodeNotReady', 'nomad', "2018/05/22 16:06:32.751737 [WARN] nomad.heartbeat: node '5c645ff5-528a-9e2b-744d-6e6165eedef4' TTL expired"],
  ['NodeNotReady', 'e2e-log', 'Feb 17 13:58:47.304: INFO: Condition Ready of node e2e-minion-kb53 is false instead of true. Reason: NodeStatusUnknown, message: Kubelet stopped posting node status.'],
  ['PodDown', 'kubectl-describe', 'Warning  Evicted    6m28s  kubelet, host-1    The node was low on resource: ephemeral-storage. Container app was using 52Ki, which exceeds its request of 0.'],
  ['PodDown', 'kubectl-describe', 'Message:        Node didn\'t have enough resource: pods, requested: 1, used: 32, capacity: 32'],
  ['PodDown', 'kubectl-get', 'istio-citadel-894d98c88-zkt23               0/1     Evicted   0          102d'],
  ['ReplicaMismatch', 'kubectl-describe', 'Available      False   MinimumReplicasUnavailable'],
  ['ReplicaMismatch', 'kubectl-describe', 'Warning  FailedCreate  3m  replicaset-controller  Error creating: pods "web-7d9" is forbidden: exceeded quota: compute-resources'],
  ['ReplicaMismatch', 'kubectl', 'error: deployment "web" exceeded its progress deadline'],
  ['HighLatency', 'envoy', 'upstream connect error or disconnect/reset before headers. reset reason: connection timeout'],
  ['HighLatency', 'go-client', '[2]\tGet "http://web1.com": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'],
  ['HighLatency', 'nginx', '[error] 15372#0: *77 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, request: "GET /pay HTTP/1.1"'],
  ['HighLatency', 'heroku', '2012-01-20T02:10:47+00:00 heroku[router]: Error H12 (Request timeout) -> POST morning-dawn-8986.herokuapp.com/autoprovision/58 dyno=web.1 service=30000ms status=503 bytes=0'],
  ['HighLatency', 'cloudrun', 'The request has been terminated because it has reached the maximum request timeout. To change this limit, see https://cloud.google.com/run/docs/configuring/request-timeout'],
  ['HighLatency', 'kube-apiserver', 'I0416 21:46:35.128593       6 trace.go:57] Trace "List *api.PodList" (started 2016-04-16 21:30:51.602127416 +0800 CST):'],
  ['HighLatency', 'kube-apiserver', 'Trace[1901900101]: [1m58.379470276s] [1m47.502580509s] END'],
  // Wording found missing on a second set of public lines (GitHub issues of the projects named).
  ['OOMKilled', 'dmesg', '2024-04-29T14:55:46,947445+02:00 oom_reaper: reaped process 1440763 (perl), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB'],
  ['OOMKilled', 'cloudrun', 'Memory limit of 5120 MiB exceeded with 5261 MiB used.'],
  ['OOMKilled', 'ecs', '2018-10-24T16:25:53Z [INFO] DockerGoClient: process within container db09e0887a0d (name: "ecs-intel-bc-demo-60") died due to OOM'],
  ['ImagePullBackOff', 'ecs', '2018-04-01T16:21:13Z [ERROR] Managed task [arn:aws:ecs:us-east-1:066245240757:task/436501b9]: Error while pulling container deploy-ecs-basic-image, will try to run anyway: API error (404): repository deploy-ecs-basic not found'],
  ['ImagePullBackOff', 'nomad', '2017/01/04 17:11:42.014772 [ERR] driver.docker: failed pulling container registry.weave.local/main/medveduka:0.1: Error: Status 502 trying to pull repository main/medveduka'],
  ['ImagePullBackOff', 'docker', 'error pulling image configuration: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/'],
  ['CrashLoopBackOff', 'nomad', '2021-05-12T14:55:57Z  Restarting  Task restarting in 18.323816664s'],
  ['CrashLoopBackOff', 'nomad', '2021-05-12T14:55:57Z  Terminated  Exit Code: 1'],
  ['CrashLoopBackOff', 'kubelet', 'Oct 29 13:17:03 centos02 kubelet[4919]: I1029 13:17:03.470973    4919 kuberuntime_manager.go:457] Container {Name:alpine Image:alpine} is dead, but RestartPolicy says that we should restart it.'],
  ['StartupProbeFailed', 'cloudrun', "Revision 'cloudrun-service-healthcheck-zwtb5' is not ready and cannot serve traffic. The user-provided container failed the configured startup probe checks."],
  ['SchedulingBlocked', 'ecs', 'The closest matching container-instance [<>] is missing an attribute required by your task.'],
  ['NodeNotReady', 'kubectl-get', '10.6.0.188   NotReady   10d       v1.7.2'],
  ['NodeNotReady', 'kubectl-get', 'ip-10-0-21-132.eu-west-1.compute.internal   <none>    NotReady'],
  ['NodeNotReady', 'kubelet', 'Sep 23 19:22:45 lincom-desktop kubelet[20183]: E0923 19:22:45.353021   20183 kubelet_node_status.go:452] "Node not becoming ready in time after startup"'],
  ['NodeNotReady', 'nomad', 'alloc is lost since its node is down'],
  ['NodeNotReady', 'nomad', '2019-01-30T17:22:22+03:00  Cluster    Node heartbeat missed'],
  ['PodDown', 'kubelet', 'Apr 12 09:28:14 host kubelet[14260]: I0412 09:28:14.769517   14260 eviction_manager.go:344] eviction manager: must evict pod(s) to reclaim ephemeral-storage'],
  ['PodDown', 'kubelet', 'Apr 12 09:28:14 host kubelet[14260]: W0412 09:28:14.744599   14260 eviction_manager.go:333] eviction manager: attempting to reclaim ephemeral-storage'],
  ['PodDown', 'kubelet', 'May 28 16:05:50 host kubelet[2269385]: I0528 16:05:50.514706 2269385 eviction_manager.go:405] "Eviction manager: pods ranked for eviction" pods=["sre/infras-logstash-d484d57fc-rkx95"]'],
  ['PodDown', 'kubectl-get', 'vc-low-job1-nginx-2   0/1     OutOfcpu    0          4d17h'],
  ['ReplicaMismatch', 'app', '[FATAL][2017-10-27 17:15:10 +0000]\tDeploy timed out due to progressDeadlineSeconds of 90 seconds.'],
  ['ReplicaMismatch', 'kubectl-describe', 'Replicas:               1 desired | 1 updated | 1 total | 0 available | 1 unavailable'],
  ['ReplicaMismatch', 'kubectl-describe', 'NewReplicaSet:     bad-deployment-8fdb5dc88 (0/1 replicas created)'],
  ['ReplicaMismatch', 'kubectl-get', 'mariadb   0/1     1            0           8m17s'],
  ['ReplicaMismatch', 'kubectl-get', 'statefulset.apps/kafka   0/1     5m33s'],
  ['ReplicaMismatch', 'kubectl-events', '39m         Warning   FailedCreate     statefulset/es-master     create Pod es-master-0 in StatefulSet es-master failed error: pods "es-master-0" is forbidden: failed quota: fpl-quota: must specify requests.cpu,requests.memory'],
  ['ReplicaMismatch', 'yaml', 'unavailableReplicas: 1'],
  // ... and on a third set, from other projects again.
  ['CrashLoopBackOff', 'systemd', 'Mar 16 16:05:18 obercloud systemd[1]: snap.nextcloud.redis-server.service: Scheduled restart job, restart counter is at 4.'],
  ['CrashLoopBackOff', 'systemd', 'Mar 16 16:05:18 obercloud systemd[1]: snap.nextcloud.redis-server.service: Start request repeated too quickly.'],
  ['CrashLoopBackOff', 'systemd', 'May 01 17:03:06 systemd[1]: fail-on-restart.service: Service hold-off time over, scheduling restart.'],
  ['CrashLoopBackOff', 'openshift', '  * container "gitlab-ce" in pod/gitlab-ce-2-3nb01 is crash-looping'],
  ['OOMKilled', 'heroku', '2025-01-02T00:51:32.759454+00:00 heroku[web.1]: Process running mem=807M(157.7%)'],
  ['StartupProbeFailed', 'aws-elb', 'Instance has failed at least the UnhealthyThreshold number of health checks consecutively'],
  ['SchedulingBlocked', 'nomad', '    Scheduling error for group "batch" (failed to find a node for placement)'],
  ['SchedulingBlocked', 'nomad', '      * Dimension "memory exhausted" exhausted on 3 nodes'],
  ['SchedulingBlocked', 'nomad', '    Evaluation "0d3bb6e4" waiting for additional capacity to place remainder'],
  ['NodeNotReady', 'controller-manager', 'I0516 19:33:17.229931       1 node_lifecycle_controller.go:729] Node k8s-worker3 is unresponsive as of 2019-05-16 19:33:17.2299213 +0000 UTC m=+24436.547875881. Adding it to the Taint queue.'],
  ['NodeNotReady', 'controller-manager', 'I0516 19:33:12.204484       1 controller_utils.go:200] Added [&Taint{Key:node.kubernetes.io/unreachable,Value:,Effect:NoSchedule,TimeAdded:2019-05-16 19:33:12.197948187 +0000 UTC m=+24431.515902756,}] Taint to Node k8s-worker3'],
  ['PodDown', 'kubectl-events', 'Preempted           victim-daemonset-d-llnjb    Preempted by pod f0215c99-... on node preempt-victim-repro-worker'],
  ['PodDown', 'yaml', "  message: 'Pod The node had condition: [DiskPressure]. '"],
  ['PodDown', 'kubelet', 'Mar 17 12:44:49 minikube kubelet[2278]: W0317 12:44:49.953485    2278 eviction_manager.go:159] Failed to admit pod kindnet-z7vcs_kube-system(d228d315) - node has conditions: [DiskPressure]'],
  ['ReplicaMismatch', 'controller-manager', 'E0219 18:49:47.869131       1 replica_set.go:534] sync "kube-system/coredns-6955765f44" failed with pods "coredns-6955765f44-" is forbidden: no providers available to validate pod request'],
  ['ReplicaMismatch', 'kubectl-events', 'ns-gg   120m   Warning   ReplicaSetCreateError   deployment/nginx-test   Failed to create new replica set "nginx-test-5f4f446ddf": replicasets.apps "nginx-test-5f4f446ddf" is forbidden'],
  ['ReplicaMismatch', 'kubectl-get', 'busybox   1/3     4m53s   busybox      busybox:latest'],
  ['ReplicaMismatch', 'kubectl-get', 'default       web        1/3     3            1           5m'],
  ['ReplicaMismatch', 'kubectl-describe', '   Replicas:           3 desired | 0 total'],
  ['ReplicaMismatch', 'kubectl-events', 'create Pod consul-0 in StatefulSet consul failed error: pods "consul-0" is forbidden: SecurityContext.FSGroup is forbidden .'],
  ['HighLatency', 'kubectl', 'I0127 16:13:55.363161   20884 request.go:947] Response Body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Timeout: request did not complete within requested timeout 30s","reason":"Timeout","details":{},"code":504}'],
  ['HighLatency', 'kube-apiserver', 'Mar 31 10:42:38 admin01 kube-apiserver: [30.879274121s] [30.8789544s] Etcd node listed'],
  // ... and on a fourth.
  ['NodeNotReady', 'kubectl-describe', 'Taints:             node.kubernetes.io/not-ready:NoSchedule'],
  ['NodeNotReady', 'controller-manager', 'I0217 14:41:37.795013       1 node_lifecycle_controller.go:1209] Controller detected that all Nodes are not-Ready. Entering master disruption mode.'],
  ['NodeNotReady', 'kubectl-describe', 'Ready            Unknown   Sun, 08 Sep 2019 22:47:02 +0800   Sun, 08 Sep 2019 22:48:04 +0800   NodeStatusNeverUpdated   Kubelet never posted node status.'],
  ['SchedulingBlocked', 'nomad', 'Allocation "712ec504" status "failed" (0/12 nodes filtered)'],
  ['SchedulingBlocked', 'kubectl-events', 'default     30s         Warning   FailedPreemption   pod/high-priority-pod     no preemption victims found for pod'],
  ['CrashLoopBackOff', 'systemd', 'Mar 06 02:30:04 c1 systemd[1]: r101-bablefish.1.web.1.service holdoff time over, scheduling restart.'],
  ['CrashLoopBackOff', 'systemd', 'mar 07 13:28:11 ubuntu-miniflux systemd[1]: miniflux.service: Main process exited, code=exited, status=1/FAILURE'],
  ['CrashLoopBackOff', 'supervisord', '2022-05-20 08:46:26,770 INFO gave up: fate-nodemanager entered FATAL state, too many start retries too quickly'],
  ['CrashLoopBackOff', 'supervisorctl', 'fate-clustermanager              FATAL     Exited too quickly (process log may have details)'],
  ['CrashLoopBackOff', 'supervisord', '2017-08-31 23:38:15,070 INFO exited: php-fpm7.0 (exit status 78; not expected)'],
  ['PodDown', 'yaml', 'reason: OutOfmemory'],
  ['PodDown', 'kubectl-get', 'mi-pc-web-1747399227-lrfzf   0/1       OutOfmemory   0          20h       <none>    slave-141'],
  ['PodDown', 'kubectl-get', 'ceph-rgw-548fdf5fc5-t5k8d          0/1     NodeAffinity   0          4h25m   <none>        node-5   <none>           <none>'],
  ['PodDown', 'kubectl-get', 'pod/shutdown-test-deploy-69cff7d9b7-bvzj9   0/1     Shutdown   0          102s   <none>        yp-test2-worker-0dd0512820d9    <none>    <none>'],
  ['PodDown', 'json', '"reason": "UnexpectedAdmissionError",'],
  ['PodDown', 'app', "currentAttempt done. Last Error: USER::Pod was rejected: Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector"],
  ['StartupProbeFailed', 'haproxy', 'haproxy Server XXXXX is DOWN, reason: Layer4 timeout check duration: 10001ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.'],
  ['StartupProbeFailed', 'haproxy', '2023-04-04 15:54:43 [WARNING]  (8) : Health check for server csg-gateway/csggateway-app-1 failed, reason: Layer4 timeout, check duration: 2001ms, status: 0/2 DOWN.'],
  ['ReplicaMismatch', 'kubectl-get', 'kube-proxy-worker   32        32        31      32           31          kubernetes.io/os=linux   4d15h'],
  ['ReplicaMismatch', 'kubectl-get', 'web-server-7d5b6cfc77   2         0         0       39d'],
  ['ReplicaMismatch', 'kubectl-describe', 'Replicas:       0 current / 3 desired'],
  ['OOMKilled', 'dmesg', 'Jan  5 02:12:02 host kernel: Task in /kubepods.slice/kubepods-burstable.slice/docker-b27201334a41.scope killed as a result of limit of /kubepods.slice/kubepods-burstable.slice'],
  ['ImagePullBackOff', 'nomad', 'Driver Failure rpc error: code = Unknown desc = Error in pulling image traefik/whoami: failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/": dial tcp: i/o timeout'],
  ['HighLatency', 'mysql-slow-log', '# Query_time: 10.003201  Lock_time: 0.000000 Rows_sent: 1  Rows_examined: 1'],
  ['HighLatency', 'grpc', 'DEADLINE_EXCEEDED: ClientCall started after CallOptions deadline was exceeded. Deadline has been exceeded for 0.012145204s.'],
  ['HighLatency', 'aws-alb', 'h2 2023-03-08T12:05:52.352228Z app/xxxxxx/xxxxxx 10.0.0.1:12653 10.0.8.248:31130 -1 -1 -1 504 - 49 202 "GET https://argocd.example.com:443/ HTTP/2.0" "curl/7.86.0"'],
  ['HighLatency', 'dotnet', '{"message":"Timeout expired. The timeout period elapsed prior to completion of the operation or the server is not responding.","addDate":"2022-10-31 11:19:12"}'],
  ['HighLatency', 'cloudflare', 'Error 524 Ray ID: 4055103399d8531a • 2018-04-02 17:39:05 UTC'],
  // ... and on a fifth.
  ['ImagePullBackOff', 'docker', 'Error response from daemon: Head "https://ghcr.io/v2/groundnuty/k8s-wait-for/manifests/v2.0": denied: denied'],
  ['ImagePullBackOff', 'docker', 'Error response from daemon: Get https://ghcr.io/v2/thejaysmith/mytrial/manifests/v1: denied'],
  ['StartupProbeFailed', 'kubectl-describe', 'Warning Unhealthy Liveness probe failed: command "cat /tmp/healthy" returned exit code 1'],
  ['SchedulingBlocked', 'kubectl-get', 'data-worker   Pending                                      fast-ssd       12m'],
  ['SchedulingBlocked', 'nomad', '      * Constraint "missing drivers" filtered 1 nodes'],
  ['OOMKilled', 'docker', 'a1b2c3d4e5f6   my-app:latest   "node server.js"   5 minutes ago   Exited (137) 3 minutes ago   my-app-container'],
  ['OOMKilled', 'docker-events', '2026-04-03T10:30:00.000000000Z container oom 7805c1d35632 (image=my-app:latest, name=my-app-container)'],
  // ... and on a sixth (Docker Swarm, CRI-O, Windows containers, App Engine, Gunicorn, Jobs).
  ['SchedulingBlocked', 'swarm', '1/1: no suitable node (1 node not available for new tasks)'],
  ['ReplicaMismatch', 'swarm', 'eri5bnwygggh  web2  0/1       nginx:alpine'],
  ['NodeNotReady', 'swarm', '2sim5rgb3xjzt0ngxiu7e2z78     node-2              Down                Active'],
  ['NodeNotReady', 'swarm', '            "Message": "heartbeat failure",'],
  ['NodeNotReady', 'dockerd', 'Jan  1 20:41:43 DC6-SV-ELK01 dockerd: time="2020-01-01T20:41:43.487845331-05:00" level=error msg="heartbeat to manager { } failed" error="rpc error: code = NotFound desc = node not registered"'],
  ['ImagePullBackOff', 'kubectl-describe', '  Warning  Failed     29s (x4 over 59s)  kubelet, pharos-hetzner-capital-grubworm  Error: image not known'],
  ['ImagePullBackOff', 'kubectl-describe', 'Warning  InspectFailed          2m (x12 over 4m)  kubelet, minikube  Failed to inspect image "kubevirt/virt-controller:v0.3.0": rpc error: code = Unknown desc = no registries configured while trying to pull an unqualified image'],
  ['ImagePullBackOff', 'cri-o', '05:46:05 Error pulling quay.io/crio/redis'],
  ['ImagePullBackOff', 'kubelet', 'May 24 03:45:38 minikube kubelet[3510]: E0524 03:45:38.049437    3510 remote_image.go:83] ImageStatus "nginx:alpine" from image service failed: rpc error: code = Unknown desc = no registries configured'],
  ['StartupProbeFailed', 'containerd', 'Error: failed to start containerd task "windowswebserver": hcs::System::Start windowswebserver: hcsshim: timeout waiting for notification: unknown'],
  ['CrashLoopBackOff', 'kubectl-describe', 'Warning BackoffLimitExceeded 30s job-controller Job has reached the specified backoff limit'],
  ['CrashLoopBackOff', 'kubectl-get', 'failed-job-t6mln   0/1       Error     4          57s'],
  ['CrashLoopBackOff', 'systemd', "Jan 06 16:53:58 host systemd[1]: docker.service: Failed with result 'start-limit-hit'."],
  ['HighLatency', 'gunicorn', '[2024-01-09 13:24:39 +0000] [1637] [CRITICAL] WORKER TIMEOUT (pid:7214)'],
  ['OOMKilled', 'app-engine', 'Exceeded soft private memory limit of 128 MB with 157 MB after servicing 126 requests total. Consider setting a larger instance class in app.yaml.'],
  ['OOMKilled', 'app-engine', '`W 22:40:19.033` After handling this request, the process that handled this request was found to be using too much memory and was terminated.'],
  // utiltrace steps as releases before 1.19 print them, each on a line of its own.
  ['HighLatency', 'kube-apiserver', '[15m43.526294273s] [15m43.526287845s] Etcd node listed'],
  ['HighLatency', 'kube-apiserver', '[15.2µs] [15.2µs] About to List from storage'],
  ['HighLatency', 'kube-apiserver', '"List *api.PodList" [15m43.532035584s] [5.741µs] END'],
  // HTTP 504 where a request log records the status.
  ['HighLatency', 'cloudrun', '2022-09-25 20:08:42.679 JSTGET504769 B5 sGoogle-Calendar-Importer https://regional-rb-calendar-rqxbmp5cha-an.a.run.app/api/calendar/connpass.ics'],
  ['HighLatency', 'cloudrun', '2022-09-25 20:08:42.679 JST  GET  504  769 B  5 s  Google-Calendar-Importer  https://example.a.run.app/api/calendar'],
  ['HighLatency', 'nginx', '10.0.0.1 - - [25/Sep/2022:20:08:42 +0000] "GET /api/calendar HTTP/1.1" 504 167 "-" "curl/7.68.0"'],
  ['HighLatency', 'logfmt', 'level=info msg="request served" method=GET path=/api/orders status=504 duration=30.001s'],
  ['HighLatency', 'gcp-json', '{"httpRequest":{"requestMethod":"GET","status":504,"latency":"30.001s"}}'],
];

// Healthy lines that mention the failure words: settings, counters at zero, successes.
const TRAPS: readonly string[] = [
  // Recoveries and settings next to the wording above.
  '  Normal   TurnHealthy            7m                kubelet, 127.0.0.1  Readiness probe turn healthy again and the time of unhealthy is : 5s',
  '                 node.kubernetes.io/unreachable:NoExecute for 300s',
  'Tolerations:     node.kubernetes.io/not-ready:NoExecute for 300s',
  'HealthCheck:  UnhealthyThreshold: 2, HealthyThreshold: 10, Interval: 30',
  '   Replicas:           3 desired | 3 total',
  'busybox   3/3     4m53s   busybox      busybox:latest',
  'kube-system   etcd-team                              0/1     Running                  8             22h',
  'default       web        3/3     3            3           5m',
  '2012-04-02T11:52:52+00:00 heroku[worker.1]: Process running mem=311M(60.7%)',
  'I0516 19:35:12.204484       1 controller_utils.go:220] Removed [&Taint{Key:node.kubernetes.io/unreachable,Value:,Effect:NoSchedule,}] Taint from Node k8s-worker3',
  '    * Resources exhausted on 0 nodes',
  // Healthy neighbours of the wording above.
  'I0217 14:41:47.796573       1 node_lifecycle_controller.go:1236] Controller detected that some Nodes are Ready. Exiting master disruption mode.',
  '2023-04-04 15:54:26 [WARNING]  (8) : Server csg-gateway/csggateway-app-2 is UP. 2 active and 0 backup servers online. 0 sessions requeued, 0 total in queue.',
  'Main PID: 2326 (code=exited, status=0/SUCCESS)',
  'admin           1        1        1           1          11m',
  'kube-proxy-worker   32        32        32      32           32          kubernetes.io/os=linux   4d15h',
  'web-server-7d5b6cfc77   2         2         2       39d',
  'Replicas:       3 current / 3 desired',
  'ceph-rgw-548fdf5fc5-2whgg          1/1     Running        0          4h25m   10.232.1.28   node-5   <none>           <none>',
  'fate-mysql                       RUNNING   pid 787789, uptime 0:45:24',
  '2020-05-22 16:25:43 UTC:pool-173-79-190-209.washdc.fios.verizon.net(50120):fec@x12:[26162]:LOG:  duration: 16.596 ms',
  'Exit Code:    0',
  'weaviate-data-weaviate-0   Bound    pvc-a08a1567-4409-45cb-b023-d5dedfc86e95   32Gi       RWO            gp2            6h29m',
  '5039dd309f12        busybox             "/bin/sh -c \'sleep 10"   About a minute ago   Exited (0) 22 seconds ago                       compassionate_mcclintock',
  'Normal   Pulled     19s              kubelet            Successfully pulled image "ghcr.io/org/app:v1" in 2.1s',
  'd53x7mh2x6xt  web   1/1       nginx:alpine',
  '0qx6841lt908    ip-172-19-241-146  Accepted    Ready   Active        Reachable',
  'h5kvzzs28gng3js6hv4d1z8km *   node-1              Ready               Active    ',
  'a4f1d7902950  localhost/test:latest  bash        3 minutes ago  Up 3 minutes ago',
  'web-7d5b6cfc77-x2k8p   1/1     Running   0          12m',
  // The healthy forms of the table rows and fields the shapes read.
  '10.6.0.187   Ready      10d       v1.7.2',
  'gke-cluster-1-default-pool-777adf16-an5j   Ready,SchedulingDisabled      4d',
  'Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable',
  'NewReplicaSet:   nginx-deployment-d556bf558 (2/2 replicas created)',
  'nginx-deployment   3/3     3            3           10d',
  'statefulset.apps/kafka   1/1     5m33s',
  'unavailableReplicas: 0',
  'progressDeadlineSeconds: 600',
  '"progressDeadlineSeconds": 600,',
  '2021-05-12T14:55:57Z  Terminated  Exit Code: 0',
  '4m44s       Normal    SuccessfulCreate    replicaset/mysqlpod-5957645967   Created pod: mysqlpod-5957645967-fj95t',
  'Apr 12 09:28:14 host kubelet[14260]: I0412 09:28:14.756764   14260 image_gc_manager.go:317] attempting to delete unused images',
  'vc-low-job1-nginx-0   0/1     Completed   0          4d17h',
  // Request logs that succeeded, and 504 as some other number.
  '10.0.0.1 - - [25/Sep/2022:20:08:42 +0000] "GET /api/calendar HTTP/1.1" 200 504 "-" "curl/7.68.0"',
  '2022-09-25 20:08:42.679 JSTGET200769 B5 msChrome 105 https://example.a.run.app/',
  'level=info msg="request served" method=GET path=/api/orders status=200 bytes=504 duration=12ms',
  'GET 5040 items from the catalogue',
  'status=5040 queued',
  // Bracketed numbers that are not a trace's durations.
  '[INFO] [2022-09-25] [12] started worker',
  '[2s] warming cache',
  'Liveness:   http-get http://:8079/ delay=300s timeout=1s period=3s #success=1 #failure=3',
  'Readiness:  http-get http://:8079/ delay=30s timeout=1s period=3s #success=1 #failure=3',
  '"OOMKilled": false,',
  'OOMKilled:false,',
  '2016-02-09T00:23:47.395-0500: 1274.910: [GC (Allocation Failure) [PSYoungGen: 228064K->4384K(295424K)] 780648K->556968K(994816K), 0.0846254 secs] [Times: user=0.16 sys=0.00, real=0.09 secs]',
  'Normal   Pulled          40s               kubelet            Successfully pulled image "k8s.gcr.io/liveness" in 1.441853718s',
  '23s Normal Pulling pod/helloworld-656898b9bb-98vrv Pulling image "hello-world:linux"',
  '1s Normal Pulled pod/helloworld-656898b9bb-98vrv Container image "hello-world:linux" already present on machine',
  'Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
  'node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
  '"FailingStreak": 0,',
  '2013-12-12T20:13:22.015888+00:00 heroku[run.6074]: Process exited with status 0',
  '2020-12-02T18:31:56.362124+00:00 heroku[web.1]: State changed from up to down',
  'Deployment has minimum availability.',
  'I0109 01:40:27.563475   21132 kubelet.go:2300] Recording NodeReady event message for node 127.0.0.1',
  '13m\t\t13m\t\t1\tkubelet, node2\t\t\t\tNormal\t\tNodeReady\t\tNode node2 status is now: NodeReady',
  'Ready \tTrue \tFri, 17 Jul 2015 10:33:23 -0700 \tWed, 15 Jul 2015 14:50:36 -0700 \tkubelet is posting ready status',
  'DiskPressure     False   Mon, 03 Jun 2019 13:54:18 +0000   Wed, 20 Mar 2019 22:00:39 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure',
  '2016-11-10T20:24:05Z [INFO] Error retrieving stats for container be6256dc8dff: context canceled',
  '1:M 31 Jul 2020 22:35:05.210 # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.',
  '2018-12-10T17:57:00Z  Drain      Node drain complete',
  'Normal   Scheduled       47s               default-scheduler  Successfully assigned test/liveness-rc-rlchs to compute-3',
  'db0:keys=120,expires=0,avg_ttl=0 evicted_keys:0',
  'nginx-deployment-7b9c5d6f4-x2k8p   1/1     Running   0          3m12s',
  'pi-job-5k2xq   0/1     Completed   0          2m',
  'f7476465  dc1  nomad-client-2  <none>  false  eligible  ready',
  'Graceful shutdown initiated; draining 0/1 pending requests',
];

// Healthy phrases the seed's streams carry around (and inside) its records.
const SEED_NOISE: readonly string[] = [
  'Liveness probe passed',
  'Health check passed on port 8080',
  'Replica count stable at 3',
  '2025-03-01T10:00:00.000Z checkout-api-12345-a7b syslog_tag=kube[12345]: prior: GC pause 12ms',
  'E0329 12:04:05.123456       1 kubelet.go:2144] Pod sandbox changed',
  'containerd: transient StartContainer error (benign, unrelated)',
  '\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)',
  'Previous pod log tail: terminated at 2025-03-01T10:00:00.000Z',
];

describe('watcher skills on real-world lines', () => {
  it.each(REPRESENTATIVE)('reads a %s line in %s form', (type, _format, line) => {
    expect(readLine(line)).toBe(type);
  });

  it.each(TRAPS)('stays quiet on the healthy line %j', (line) => {
    expect(readLine(line)).toBeNull();
    expect(anyPatternMatches(line)).toBe(false);
  });

  it.each(SEED_NOISE)('stays quiet on the seed stream noise %j', (line) => {
    expect(anyPatternMatches(line)).toBe(false);
  });

  it('reads a liveness probe that timed out as a probe failure, not latency', () => {
    const line = 'Liveness probe failed: Get "http://10.0.0.5:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)';
    expect(readLine(line)).toBe('StartupProbeFailed');
  });

  it('reads an OOM-killed container in a crash loop as OOMKilled when the line says so', () => {
    expect(readLine('Back-off restarting failed container app; last state: Terminated, reason: OOMKilled')).toBe('OOMKilled');
  });

  it('reads an image pull that timed out as ImagePullBackOff', () => {
    expect(readLine('Failed to pull image "nginx:1.25": rpc error: code = Unknown desc = context deadline exceeded')).toBe('ImagePullBackOff');
  });

  it('reads a pod that only an unreachable node could take as SchedulingBlocked', () => {
    const line = '0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    expect(readLine(line)).toBe('SchedulingBlocked');
  });

  it('reads a pod sandbox that could not be created as no replica problem', () => {
    expect(classifyMessage('Warning  FailedCreatePodSandBox  2m  kubelet  Failed to create pod sandbox: rpc error')).not.toBe('ReplicaMismatch');
  });

  it('lets an exclusion skip only its own class', () => {
    expect(classifyMessage('"OOMKilled": false, then Back-off restarting failed container')).toBe('CrashLoopBackOff');
  });
});

describe('watcher skills tables', () => {
  it('has patterns and an exclusion list for all nine classes', () => {
    expect(Object.keys(DETECTABLE_PATTERNS).sort()).toEqual([...FAILURE_TYPES].sort());
    expect(Object.keys(EXCLUDE_PATTERNS).sort()).toEqual([...FAILURE_TYPES].sort());
  });

  it('stores every exclusion in lowercase', () => {
    for (const excludes of Object.values(EXCLUDE_PATTERNS)) {
      for (const e of excludes) expect(e).toBe(e.toLowerCase());
    }
  });

  it('tries the generic timeouts of HighLatency last', () => {
    expect(Object.keys(DETECTABLE_PATTERNS).at(-1)).toBe('HighLatency');
  });
});

describe('watcher skills against the seed', () => {
  it('never matches a healthy template of the seed, whatever its placeholders hold', () => {
    const fills: Record<string, readonly number[]> = {
      '{ms}': Array.from({ length: 499 }, (_, i) => i + 1),
      '{port}': [8080, 8443, 3000, 5000],
      '{n}': Array.from({ length: 20 }, (_, i) => i + 1),
      '{pct}': Array.from({ length: 99 }, (_, i) => i + 1),
    };
    for (const template of HEALTHY_TEMPLATES) {
      const placeholder = Object.keys(fills).find((p) => template.includes(p));
      const messages = placeholder ? fills[placeholder]!.map((v) => template.replaceAll(placeholder, String(v))) : [template];
      for (const message of messages) expect(anyPatternMatches(message), message).toBe(false);
    }
  });

  it('keeps every failure template of the seed in its own class', () => {
    for (const [type, templates] of Object.entries(FAILURE_TEMPLATES)) {
      for (const template of templates) expect(classifyMessage(template), template).toBe(type);
    }
  });

  it.each([0, 1, 7, 42, 123, 2024, 99999])('detects only the injected failures in the datasets of seed %i', (seed) => {
    for (const { file, records } of buildDatasets(seed).datasets) {
      if (file.endsWith('ground_truth.json')) continue;
      records.forEach((record, index) => {
        const labels = record['labels'] as Record<string, unknown>;
        const reason = typeof labels['reason'] === 'string' ? labels['reason'] : null;
        expect(classifyRecord(record as LogRecord), `${file} record ${index}`).toBe(reason);
      });
    }
  });
});
