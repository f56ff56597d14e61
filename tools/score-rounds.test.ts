// Every fresh round of real lines (data/realworld/round-N.json), once learned from, meets the
// bar docs/DETECTION.md sets: 95 % or more of its failure lines found, no false alarm, and no
// miss but the few listed with their reasons. A new round file is picked up by its name.
// Scored in process with the one scorer score-corpus uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';
import { firstDifference, renderRoundScores, roundFiles, sectionOf } from './round-scores.ts';
import { scoreCorpus, unmetBars, type CorpusReport } from './score-corpus.ts';

const DIR = join(PROJECT_ROOT, 'data', 'realworld');
const ROUNDS = roundFiles(DIR);
const BARS = { maxFp: 0 };
/** Each round's report as the tests below score it, so the table in docs/DETECTION.md is checked without scoring twice. */
const REPORTS = new Map<string, CorpusReport>();
async function reportOf(name: string): Promise<CorpusReport> {
  const report = REPORTS.get(name) ?? (await scoreCorpus(join(DIR, name)));
  REPORTS.set(name, report);
  return report;
}
const MIN_OVERALL = 0.95;
/**
 * The lines each round still misses once learned, and why (docs/DETECTION.md): a line missed
 * that is not listed here, or a listed line that is found, fails the round.
 */
const LEFT_MISSED: Readonly<Record<string, readonly string[]>> = {
  // An AWS Lambda timeout inside a JSON log that states "level":"info": the stated level is final.
  'round-5.json': ['r5-0035'],
  // An operator's info-level klog line (an unlisted speaker), and an old `kubectl get
  // statefulset` row (NAME DESIRED CURRENT AGE), which a Job's row cannot be told apart from.
  'round-6.json': ['r6-0071', 'r6-0078'],
  // bank-vaults' Vault token deadline in a logfmt line that states level=info.
  'round-8.json': ['r8-0052'],
  // Loki's query statistics (`latency=slow`) at level=info.
  'round-10.json': ['r10-0020'],
  // dockerd's Swarm scheduler at level=debug.
  'round-11.json': ['r11-0042'],
  // A test tool's info-level klog line (an unlisted speaker) printing a pod's conditions.
  'round-12.json': ['r12-0071'],
  // A service mesh's request row with a bare 504 and no layout around it to say it is a status.
  'round-14.json': ['r14-0103'],
  // A Ruby gRPC client's DEBUG line (`Failing with status ... Deadline Exceeded`): a stated debug level is final.
  'round-15.json': ['r15-0112'],
  // A docker-compose health column (`UNHEALTHY Ready: 0/1`) copied without its service row: it
  // reads as a failed health check, the gatherer read it as a replica count.
  'round-18.json': ['r18-0060'],
  // A `kubectl tree` row (`├── Pod/name 0/1 Error 28d`), whose READY and STATUS columns have no
  // RESTARTS after them, so the pod-row reader does not take it and a count shape does.
  'round-19.json': ['r19-0007'],
  // An Actions Runner Controller error whose pod is `unhealthy with phase status Failed`: read
  // as a health check where the gatherer read the failed phase.
  'round-22.json': ['r22-0119'],
  // containerd publishing a task's OOM event at level=debug: a stated debug level is final.
  'round-24.json': ['r24-0103'],
  // Synapse's federation client reporting a request that timed out at INFO, and CloudNativePG's
  // probe failing at info: a stated info level is final.
  'round-26.json': ['r26-0086', 'r26-0101'],
  // An HTTP client's logging interceptor reporting a socket timeout at [INFO]: a stated info
  // level is final.
  'round-27.json': ['r27-0038'],
  // The ECS CLI's placement failure (`reason=RESOURCE:MEMORY`) in a line that states INFO.
  'round-30.json': ['r30-0078'],
  // An nginx format of its own (`$status "$upstream_status" $bytes ... "15.057"`), a headerless
  // StatefulSet row of counts (also a Job's), and a `kubectl get` row in a layout of Kubernetes 1.0.
  'round-32.json': ['r32-0040', 'r32-0067', 'r32-0098'],
  // A GPU scheduler extender's per-node score at info (one node that does not fit), a headerless
  // row of counts (NAMESPACE NAME DESIRED CURRENT AGE: a StatefulSet's or a Job's), and a
  // server's own request log of its readiness endpoint answering 500, at INFO.
  'round-35.json': ['r35-0073', 'r35-0095', 'r35-0107'],
  // The node controller's `RemovingNode` (also what a routine scale-down records).
  // A Swarm task row that failed to start (`Shutdown  Failed 2 seconds ago  "starting container
  // failed: oc…"`), labelled a crash loop here; the rows of rounds 9, 11, 18, 24, 37 and 93 label a
  // Swarm task that failed a task down, and the row is read by its state.
  'round-41.json': ['r41-0063', 'r41-0099'],
  // A database sidecar's own request log of its readiness endpoint answering 500, at INFO (its
  // path is request data, never evidence), and a training platform's task `TERMINATED` with a
  // tool's own exit code (1025), which says nothing of how the task ended.
  'round-43.json': ['r43-0038', 'r43-0065'],
  // A `docker ps -a` row of a kubelet-made container that exited with an error after eight
  // restarts (`k8s_..._8`): read as a container down. An exited row is also what every earlier
  // attempt of a container that now runs leaves behind (round 36 holds one labelled down).
  'round-44.json': ['r44-0064'],
  // A container watchdog's own report of a Docker healthcheck, at INFO (`INFO | Container: web -
  // State: unhealthy`).
  'round-47.json': ['r47-0048'],
  // A pod's status message quoted in YAML, whose apostrophe is doubled (`didn''t have enough
  // resource`), and a deploy tool's debug log echoing a rollout wait (`level=debug msg="Command
  // output: [Waiting for deployment ... 0 of 1 updated replicas are available`): a stated debug
  // level is final.
  'round-48.json': ['r48-0003', 'r48-0028'],
  // Consul's HTTP request log at DEBUG, a request of 12.5 s: a stated debug level is final.
  'round-49.json': ['r49-0036'],
  // A ZookeeperCluster resource's row (NAME REPLICAS READY-REPLICAS VERSION ... INTERNAL-ENDPOINT
  // EXTERNAL-ENDPOINT AGE), two of three ready: a custom resource's columns no rule reads.
  'round-51.json': ['r51-0051'],
  // Cortex's request log at debug (`msg="POST /api/prom/api/v1/query_range (499) 29.98s"`): a
  // stated debug level is final.
  'round-53.json': ['r53-0046'],
  // Argo's controller at info (`level=info msg="Updating node x message: Unschedulable: 0/122
  // nodes are available ..."`) inside a Docker json-file line behind a grep file-name prefix: the
  // reporters' headers are read where a line starts, not inside a collector's escaped field.
  'round-54.json': ['r54-0023'],
  // Cluster API's control plane controller at info (`I0702 ... controller.go:182] ... "msg"="Could
  // not connect to workload cluster to fetch status" ... Client.Timeout exceeded`): a generic
  // source file, and a stated info level is final.
  'round-55.json': ['r55-0037'],
  // A Swarm task row that failed and was replaced (`\_ web.1 ... Shutdown Failed 2 seconds ago "task:
  // non-zero exit (1)"`), labelled a crash loop here and a pod down in the rounds that hold the same
  // row (the earlier label stands), and Dokku's `App container failed to start!!`, labelled a pod
  // down and read as a failed start check, as Azure's `Container failed to start` is.
  'round-58.json': ['r58-0076', 'r58-0083'],
  // A CSI sidecar's gRPC call that ended in DeadlineExceeded, logged at info by a file name
  // (`connection.go`) many programs share: a stated info level is final.
  'round-63.json': ['r63-0110'],
  // HikariCP's pool statistics written when a connection could not be had in time, at DEBUG, and
  // dockerd's failed health check of containerd, at debug: a stated debug level is final.
  'round-65.json': ['r65-0005'],
  'round-66.json': ['r66-0014'],
  // A Go client's request past its deadline at info (`level=info msg="http request failed: ...
  // context deadline exceeded"`), and dockerd's OOM event at debug (`level=debug msg=event ...
  // topic=/tasks/oom`): a stated level is final.
  'round-69.json': ['r69-0061'],
  'round-70.json': ['r70-0064'],
  // A user's script printing `HTTP 000  15.001s  ← TIMEOUT`.
  'round-73.json': ['r73-0042'],
  // A Mesos framework's launcher at info (`launcher.py` is a file name many programs share),
  // Singularity's scheduler at DEBUG and Determined's container state at info: a stated level is
  // final.
  'round-74.json': ['r74-0015', 'r74-0036', 'r74-0040'],
  // The kubelet's admission rejection under its predicate-era name (`Pod Predicate
  // PodFitsHostPorts failed`): the pod is Failed, which the tables read as PodDown (as a pod row
  // whose STATUS is PodFitsHostPorts); the round labels it SchedulingBlocked.
  'round-75.json': ['r75-0023'],
  // An apiserver request log of 20 s with status 0 (no response written): under the 30 s slow
  // bar, and the status says nothing of a timeout.
  'round-77.json': ['r77-0005'],
  // Scylla's warning as a test harness' log wraps it (`< t:... c:sdcm.cluster p:DEBUG > ... !WARNING
  // | scylla: ... seastar::semaphore_timed_out`): the wrapper's DEBUG is the first level the line
  // states, and a stated debug level is final.
  'round-80.json': ['r80-0021'],
  // cAdvisor's event `oom` behind a klog header at info: its source file, `handler.go`, is a name
  // too many programs share to speak for the kubelet.
  'round-82.json': ['r82-0005'],
  // Flink's TaskManager exiting with a code (`Terminating TaskManagerRunner with exit code 1.`), read
  // as a crash loop by the rule for any process's exit code; a blockchain node's `SLOW:` timer line.
  'round-84.json': ['r84-0045', 'r84-0065'],
  // docker's own systemd unit failing (`docker.service: Main process exited, code=exited,
  // status=1/FAILURE`): a service's unit failing is a crash loop, and wider.json labels docker's
  // unit restarting too quickly one too.
  'round-86.json': ['r86-0029'],
  // Velero's data upload controller at info (`level=info msg="Timeout happened for preparing
  // dataupload"`): a stated level is final, and the controller also logs its routine steps at info.
  'round-112.json': ['r112-0049'],
  // twemproxy's log of a request done (`req 219840 done on c 27903 req_time 1000.594 msec ... error
  // 1`), written for every request at its own level: a slow one is told only by its time, with no
  // threshold stated in the line.
  'round-134.json': ['r134-0014'],
  // Qdrant's shard search at debug (`DEBUG collection::shards::local_shard::search: Search timeout
  // reached: 60 seconds`): a stated level is final, and the same request's failure is reported at
  // info by its gRPC layer and by its access line, which are read.
  'round-139.json': ['r139-0008'],
  // A deployment row pasted with its kind and name split (`deployment.apps / plex-kube-plex 0/1 1 0
  // 14m`): read as three leading columns, no layout of kubectl's.
  'round-158.json': ['r158-0017'],
  // A describe Conditions row `PodScheduled False`, which round 1 labels healthy.
  'round-169.json': ['r169-0034'],
  // A WebDAV server's own access layout (`PUT /x 499 29.862 "Cyberduck/..."`): a client that gave up
  // (499) after 29.862 s of a time printed with no unit, in no request layout a reader knows.
  'round-173.json': ['r173-0027'],
  // Procodile's check of a process it lost (`* smtp.1 is not running (Unknown)`): its own layout,
  // whose words alone (`is not running`) many routine status lines hold.
  'round-175.json': ['r175-0042'],
  // Postgres' `duration: 27178.742 ms  bind S_9: ...` from log_min_duration_statement: a statement
  // under the 30 s bar the request readers hold, in a log that may record every statement.
  'round-180.json': ['r180-0018'],
  // PhotoPrism's wrapper quoting its script's last line (`Error 137: Script exited with code: 137:
  // time="..." level=info msg="indexing originals ..."`), whose `level=info` is read as the line's
  // level; and a unit's `Main process exited, code=exited, status=1/FAILURE` and `Failed with result
  // 'exit-code'`, labelled PodDown here where wider.json labels the first a crash loop (systemd may
  // restart a unit that failed).
  'round-183.json': ['r183-0040', 'r183-0053', 'r183-0054'],
  // podman's event `container died x (image=..., name=...)` with no exit code: a container stopped
  // on purpose dies too (Docker's `container die` is read only with a failing exitCode).
  'round-185.json': ['r185-0044'],
  // TeslaMate's client of the car maker's API at info (`[info] GET https://x -> 408 (9099.630 ms)`):
  // TeslaMate logs that API's 4xx answers at info on purpose (408 is how it answers for a car
  // asleep or offline), and a stated level is final.
  'round-190.json': ['r190-0014'],
  // Trilium's request line (`Slow 200 POST /api/sync/test with 94 bytes took 10065ms`): its `Slow`
  // is set from 10 ms, so it marks most requests, and a 200 after 10 s is under the 30 s bar the
  // request readers hold.
  'round-191.json': ['r191-0047'],
  // Scylla's sidecar on a probe it failed (`readyz probe: can't get scylla node status`): its words
  // name a node's status, which the probe exclusion holds for the kubelet's calls about its node.
  'round-194.json': ['r194-0023'],
  // An operator's own klog line at info on a pod it watches (`main.go:604] Observing pod x - status
  // Failed: FAILED`): a stated level is final, and `main.go` is a file too many programs share to
  // speak for one.
  'round-206.json': ['r206-0039'],
  // Overseerr's `[debug][API]: Something went wrong retrieving x{"errorMessage":"... connect
  // ETIMEDOUT ..."}`, twice: a stated debug level is final.
  'round-208.json': ['r208-0004', 'r208-0005'],
  // evcc's Modbus client at trace (`[delta ] TRACE ... modbus: close connection: ... i/o timeout`):
  // a stated trace level is final.
  'round-210.json': ['r210-0007'],
  // containerd's client at info on a pull refused (`INFO[0000] fetch failed error="pull access
  // denied, ..."`): a stated level is final, and the same pull's failure is read from its `FATA`
  // line after it.
  'round-212.json': ['r212-0002'],
  // systemd's `gogs.service: main process exited, code=exited, status=1/FAILURE` labelled a
  // service down; other files label the same words a crash loop (wider.json's miniflux unit) or
  // a service down (round 183, where it is left too): read as the crash loop.
  'round-217.json': ['r217-0017'],
  // systemd's `zoneminder.service: Failed with result 'exit-code'.`, as round 183 leaves it: systemd
  // may restart a unit that failed.
  'round-219.json': ['r219-0039'],
  // A `zmcontrol status` row (`logger                  Stopped`): once its padding is collapsed it
  // reads as a routine `x stopped`.
  'round-223.json': ['r223-0008'],
  // OwnTone's `evrtsp_read: read timeout: Invalid argument`: a timeout followed by `: ` is read as a
  // setting's name (`read timeout: 30s`).
  'round-226.json': ['r226-0027'],
  // TS3AudioBot's `Trying to reconnect because of Timeout` at INFO and `Bot disconnected. Reason:
  // Timeout` at DEBUG, and uMurmur's `INFO: Timeout, closing.`: stated levels are final.
  'round-227.json': ['r227-0010', 'r227-0012', 'r227-0046'],
  // An Akka cluster listener's `Member detected as unreachable` (sbt's `[info] [INFO]`) and a fault
  // handler's `Unreachable member found UnreachableMember(...)`, both applications' own lines at
  // INFO: stated levels are final.
  'round-236.json': ['r236-0001', 'r236-0005'],
  // A VPN image's watchdog `[info] nzbget not running`: a stated level is final.
  'round-238.json': ['r238-0033'],
  // `Active: inactive (dead) since ...` with no result: a unit stopped on purpose shows the same.
  'round-239.json': ['r239-0028'],
  // Compose's `ERROR: for x  Get "https://registry-1.docker.io/v2/": ... Client.Timeout exceeded`,
  // twice: a registry call that timed out, which other rounds label the pull failing.
  'round-243.json': ['r243-0027', 'r243-0028'],
  // urllib3's `"GET /admin/bucket/?... HTTP/1.1" 504 None` at DEBUG: a stated level is final.
  'round-249.json': ['r249-0015'],
  // LinuxGSM's monitor query failing behind its own `MONITOR: INFO:`: a stated level is final.
  'round-250.json': ['r250-0056'],
  // Stolon's proxy at INFO: `check function error {"error": "... context deadline exceeded"}`: a
  // stated level is final.
  'round-252.json': ['r252-0045'],
  // Manticore's watchdog `main process x exited cleanly (exit code 1), shutting down`: the bare
  // `exit code 1` is read as a crash loop, as other rounds label it.
  'round-254.json': ['r254-0023'],
  // `Message: failed to create containerd task: context deadline exceeded: unknown`: the task that could
  // not be created is read before the deadline's words, a pod down.
  'round-259.json': ['r259-0037'],
  // Multipass' `[debug] [base_vm] Error getting extra IP addresses: ssh connection failed: 'Timeout
  // connecting to x'` and Lima's `INFO[0004] [hostagent] Driver stopped due to error: "signal: abort
  // trap"`: a stated level is final.
  'round-261.json': ['r261-0007', 'r261-0034'],
  // Qdrant's `DEBUG ... Read operation failed: ... "Timeout expired"`: a stated level is final.
  'round-267.json': ['r267-0004'],
  // A memcached client's `Stream timoutStream timout`: a misspelling is not learned as a word.
  'round-269.json': ['r269-0029'],
  // CloudStack's `DEBUG ... PingInvestigator was able to determine host x is in Disconnected`: a stated
  // level is final. yarn's `error Command failed with exit code 139.`: a bare exit code is read as a
  // crash loop, as other rounds label it. systemd's `activating (auto-restart)` with no result: a unit
  // restarted after a clean exit shows the same.
  'round-270.json': ['r270-0003', 'r270-0028', 'r270-0048'],
  // Jetty's `DEBUG ... idle timeout expired` (twice) and Open Liberty's `[INFO] CWWKM2011E: Timed out
  // searching for ...` behind Maven's level: a stated level is final.
  'round-271.json': ['r271-0009', 'r271-0015', 'r271-0030'],
  // The JVM's `There is insufficient memory for the Java Runtime Environment to continue.` relayed by
  // MeterSphere at INFO: a stated level is final.
  'round-273.json': ['r273-0005'],
  // Phoenix's `[info] Application hello exited: ... returned an error: shutdown: failed to start
  // child`: a stated level is final.
  'round-274.json': ['r274-0015'],
  // Elasticsearch's `INFO  [zen] ... master_left [...], reason [transport disconnected]` and OpenSearch's
  // `[INFO ][o.o.c.c.Coordinator] ... cluster-manager node [...] failed`: a stated level is final.
  'round-278.json': ['r278-0045', 'r278-0052'],
  // TiKV's client `[info] drop regions of store 1 from cache due to request fail, err: ... context
  // deadline exceeded`: a stated level is final.
  'round-281.json': ['r281-0009'],
  // Flink's resource manager `INFO ... Worker x is terminated. Diagnostics: Container [...] is running
  // beyond physical memory limits`: a stated level is final.
  'round-282.json': ['r282-0022'],
  // The external attacher's `I0922 ... failed to attach: rpc error: code = DeadlineExceeded`: a
  // stated level is final.
  'round-283.json': ['r283-0003'],
  // k3s' and RKE2's retries at info (`level=info msg="Waiting to retrieve agent configuration; server
  // is not ready: ... context deadline exceeded"`, `INFO[0039] Failed to test data store connection:
  // context deadline exceeded`): a stated level is final.
  'round-284.json': ['r284-0001', 'r284-0026', 'r284-0028', 'r284-0035'],
  // Marathon's `[INFO] ... Received health result: [Unhealthy(...)]`, twice: a stated level is final.
  // Nomad's task event `Terminated Exit Code: 1, Exit Message: "Docker container exited with non-zero
  // exit code: 1"` and its client's `failed to complete task ... exited with non-zero exit code`, read
  // as crash loops, as other rounds label the same words. dockerd's `denied: requested access to the
  // resource is denied`: the same words answer a push.
  'round-285.json': ['r285-0007', 'r285-0016', 'r285-0027', 'r285-0036', 'r285-0041'],
  // RocketMQ's `ERROR,x.RocketMaProducer -sendKernelImpl call timeout`: the logger's name runs into
  // the message, and no separator the timeout shape reads comes before it (a bare `call timeout` is
  // also how a setting is named). RabbitMQ's `[info] ... node 'rabbit@rmq1' down: killed` and the NATS
  // operator's `level=info msg="Cluster size needs reconciling: expected 3, has 0"`: a stated level
  // is final.
  'round-286.json': ['r286-0025', 'r286-0041', 'r286-0047'],
  // An EdgeX device service's `level=INFO ... HTTP request timeout`, Greengrass' `[INFO] ... Startup
  // script exited. {exitCode=1` and balena's supervisor `[info] Healthcheck failure`: a stated level
  // is final.
  'round-288.json': ['r288-0008', 'r288-0036', 'r288-0038'],
  // Volcano's `I0824 ... no enough nvidia device available!` (a stated level is final).
  'round-289.json': ['r289-0031'],
  // The installer's `DEBUG Still waiting for the Kubernetes API: ... timeout`, twice: a stated level
  // is final.
  'round-292.json': ['r292-0042', 'r292-0044'],
  // Jenkins' `INFO hudson.slaves.ChannelPinger$1#onDead: Ping failed. Terminating the channel ...` and
  // `INFO j.s.DefaultJnlpSlaveReceiver#channelClosed: ... terminated`: a stated level is final.
  'round-294.json': ['r294-0042', 'r294-0044'],
  // The kubelet's `I0411 ... "Generic (PLEG): container finished" ... exitCode=1` (a stated level is
  // final), and systemd's `Active: failed (Result: start-limit)`, which another round labels a
  // service down (and two a crash loop, as `start-limit-hit`).
  'round-295.json': ['r295-0010', 'r295-0053'],
  // CRI-O's `level=info msg="CreateCtr: ... deadline was exceeded"` (a stated level is final); Kata's
  // shim `failed to create shim task: Failed to Check if grpc server is working: ... DeadlineExceeded`,
  // twice, read as the task that could not be created (a pod down); `Failed to start Docker Application Container Engine.`, read as the node's runtime down, as
  // other rounds label it.
  'round-296.json': ['r296-0003', 'r296-0005', 'r296-0006', 'r296-0050'],
  // Galera's `[Note] WSREP: node x marked with nil view id and suspected ..., declaring inactive`: a
  // stated level is final.
  'round-299.json': ['r299-0035'],
  // kubeadm's `I0404 ... version.go:96] could not fetch a Kubernetes version from the internet: ...`
  // (a stated level is final), its `[kubelet-check] Initial timeout of 40s passed.` (a notice while it
  // keeps waiting), and minikube's `apiserver: Stopped` (its status after `minikube stop` reads the same).
  'round-300.json': ['r300-0023', 'r300-0026', 'r300-0058'],
  // KubeVirt's JSON lines at `"level":"info"` (`re-enqueuing VirtualMachineInstance`, twice; `VMI is in
  // phase: Failed`; `Delaying start of VM ... due to start failure backoff`): a stated level is final.
  'round-301.json': ['r301-0010', 'r301-0025', 'r301-0027', 'r301-0041'],
  // Fluentd's `[info]: Worker 0 finished unexpectedly with status 2` and `[info]: process finished
  // code=6`: a stated level is final.
  'round-302.json': ['r302-0014', 'r302-0017'],
  // Confluent's `[main] INFO ... Expected 1 brokers but found only 0`: a stated level is final.
  'round-303.json': ['r303-0054'],
  // mongos' `I NETWORK [replSetDistLockPinger] All nodes for set x are down` and a member's
  // `IELECTION [replexec-7] ... NetworkInterfaceExceededTimeLimit`: MongoDB's `I` is a stated info
  // level, and a stated level is final.
  'round-306.json': ['r306-0009', 'r306-0028'],
  // ZooKeeper's client `INFO ... Client session timed out` (twice) and Scylla's sidecar `I0317 ...
  // sidecar/probes.go:122] "readyz probe: node is not ready"` (three times): a stated level is final.
  'round-307.json': ['r307-0001', 'r307-0002', 'r307-0007', 'r307-0008', 'r307-0052'],
  // external-secrets' `{"level":"debug",...,"msg":"healthz check failed"}`: a stated level is final.
  'round-308.json': ['r308-0006'],
  // cluster-autoscaler's `I0511 ... clusterstate.go:1084] Failed adding 68 nodes ... due to
  // OutOfResource` and Karpenter's OCI provider's `INFO ... dial tcp ...: i/o timeout`: a stated level
  // is final.
  'round-311.json': ['r311-0022', 'r311-0030'],
  // Trino's `DEBUG ... UniformNodeSelector No nodes available to schedule Split`: a stated level is final.
  'round-313.json': ['r313-0028'],
  // BOSH's monitor `I, [...] INFO : [ALERT] ... process is not running`: a stated level is final.
  'round-315.json': ['r315-0004'],
  // Rook's `I | op-osd: osd.3 is marked 'DOWN'`: Rook's `I` is a stated info level, and a stated level is final.
  'round-316.json': ['r316-0056'],
  // Helm's `[debug] post-upgrade hooks failed: job failed: BackoffLimitExceeded`: a stated level is final.
  'round-317.json': ['r317-0002'],
  // nova's `DEBUG nova.filters ... Filtering removed all hosts` and an RPC timeout at oslo's `TRACE`:
  // a stated level is final.
  'round-318.json': ['r318-0003', 'r318-0011'],
  // JupyterHub's `RuntimeError: Proxy failed to start with exit code 1`: an exit code alone is read as a
  // crash loop, as other rounds label it.
  'round-321.json': ['r321-0032'],
  // gcloud's timeout behind Maven's `[INFO]`, App Service's `INFO - Stopping site x because it failed
  // during startup` (twice): a stated level is final. ECS' `DockerTimeoutError` (twice): read as the task
  // stopped, as other rounds label it.
  'round-322.json': ['r322-0014', 'r322-0027', 'r322-0028', 'r322-0042', 'r322-0053'],
  // Spring Cloud Config's client `INFO ... Connect Timeout Exception on Url` (twice): a stated level is final.
  'round-323.json': ['r323-0002', 'r323-0005'],
  // kubeadm's `[kubelet-check] The HTTP call ... failed`: read as the node's kubelet, as other rounds label it.
  'round-324.json': ['r324-0006'],
  // Crossplane's Helm provider at `DEBUG` on a release out of time: a stated level is final.
  'round-327.json': ['r327-0005'],
  // Velero's error ending in `timed out waiting for the condition`, which rounds label both ways (Gatekeeper's
  // three `healthz check failed` at info are read since controller-runtime's health endpoint became a reporter).
  'round-329.json': ['r329-0015'],
  // A Redis operator's `"level":"info"` on `wait for resetore sentinel slave timeout`: a stated level is final.
  'round-330.json': ['r330-0007'],
  // A CSI driver's `"level":"info"` on `multipath timed out`: a stated level is final.
  'round-335.json': ['r335-0033'],
  // The kubelet's `ListPodSandbox ... from runtime service failed: ... DeadlineExceeded` and `GenericPLEG:
  // Unable to retrieve pods: ... DeadlineExceeded`: calls about the whole node, read as its runtime hung,
  // as rounds 34 and 66 label them.
  'round-336.json': ['r336-0025', 'r336-0026'],
  // Redpanda's `INFO ... Request timeout to` (twice), RabbitMQ's `[info] ... node rabbit@x down`,
  // BookKeeper's `INFO ... Ledger creation` past its time: a stated level is final (and its words, `creation
  // timeout task didn't kick in`, are read by no rule).
  'round-338.json': ['r338-0016', 'r338-0017', 'r338-0025', 'r338-0043'],
  // PyTriton's `DEBUG ... Triton Inference Server exit code -11` and TorchServe's `[DEBUG] ... Inference
  // time ns: 200023664831`: a stated level is final (and a time in nanoseconds with no bound is read by no
  // rule).
  'round-340.json': ['r340-0022', 'r340-0051'],
  // kube-vip's `level=info msg="healthCheck failed for backend ..."` and memberlist's `[DEBUG] memberlist:
  // Failed to join ...: i/o timeout`: a stated level is final.
  'round-344.json': ['r344-0004', 'r344-0019'],
  // The OpenTelemetry Collector's `"level":"info"` on `Exporting failed. Will retry the request after
  // interval.`: a stated level is final.
  'round-345.json': ['r345-0016'],
  // A BuildKit deadline inside bollard's `DEBUG ... Decoding JSON line from stream`: a stated level is final.
  'round-346.json': ['r346-0039'],
  // Trino's query monitor at `INFO` on `FAILED (EXCEEDED_TIME_LIMIT)`: a stated level is final.
  'round-347.json': ['r347-0029'],
  // kops' `I... instancegroups.go:268] ... did not have enough nodes 0 vs 1` and kubeadm's `I... etcd.go:464]
  // Failed to get etcd status ... context deadline exceeded`: a stated level is final.
  'round-348.json': ['r348-0022', 'r348-0033'],
  // ZITADEL's projections at `level=info` on a deadline exceeded (four lines) and JGroups' missed heartbeats
  // at `DEBUG`: a stated level is final.
  'round-349.json': ['r349-0011', 'r349-0013', 'r349-0014', 'r349-0015', 'r349-0026'],
  // containerd's event `{"type":"exit",...,"status":1}`, stated as no level and read by no rule (its
  // `"status":137` is an OOM kill), and memberlist's `[DEBUG] ... Failed UDP ping: x (timeout reached)`
  // (twice): a stated level is final.
  'round-350.json': ['r350-0030', 'r350-0031', 'r350-0032'],
  // The events recorder's `I... recorder.go:104] "Machine x has been marked as unhealthy"`: a stated
  // level is final.
  'round-351.json': ['r351-0003'],
  // Remoting's `INFO: Failed to connect to the master. Will try again: ... connect timed out`: a stated
  // level is final.
  'round-352.json': ['r352-0051'],
  // A pull through dockerd (`Handler for POST /images/create returned error: Get https://x/v2/: dial tcp:
  // i/o timeout`, and the same `Get` alone) labelled latency here but read as the pull that failed, as
  // other rounds label pulls that ran out of time.
  'round-358.json': ['r358-0019', 'r358-0020'],
  // The kubelet's `ContainerStatus ... from runtime service failed: ... DeadlineExceeded`, read as the
  // node's runtime as rounds 34 and 66 label such calls, and JuiceFS' `<INFO>: slow request` and `slow
  // operation` (a stated level is final).
  'round-359.json': ['r359-0012', 'r359-0033', 'r359-0034'],
  // Artifactory's ping of its service registry that ran out of time with a probe's words after it
  // (`Service registry ping failed; context deadline exceeded. last error: ... connection refused`):
  // read as a failed check, labelled by its deadline.
  'round-365.json': ['r365-0020'],
  // FlareSolverr's time for a request it answered, 55 s, stated at info: a stated level is final.
  'round-367.json': ['r367-0046', 'r367-0049'],
  // A `kubectl argo rollouts list` row mid-canary at 448 of 450 ready, whose own status says Progressing.
  'round-375.json': ['r375-0052'],
  // An Azure Pipelines agent's job request cancelled after 30 s, stated at info.
  'round-376.json': ['r376-0026'],
  // A cache's `INFO ... reporting gateway timeout`, stated at info, and yarn's `error Command failed with
  // exit code 1.`, read as a crash loop by the exit-code shape where the gatherer labelled the pod down.
  'round-377.json': ['r377-0019', 'r377-0043'],
  // AWX's `Error creating pod: container failed with exit code 1:`, read as a crash loop the same way.
  'round-379.json': ['r379-0063'],
  // Service Fabric's reverse proxy timing out at its `Informational` level, and an entry point that
  // ended with exit code 7148, past a process's range, read as a tool's own code.
  'round-380.json': ['r380-0018', 'r380-0035'],
  // A bare `dokku ls` row `stopped`, kamal-proxy's health check stated at debug, and a Portainer snapshot
  // that failed on `no route to host` (a network's words, not a node's).
  'round-381.json': ['r381-0006', 'r381-0044', 'r381-0048'],
  // A Fly.io machine's `reached its max restart count (10)`, stated at info.
  'round-383.json': ['r383-0026'],
  // Flux's scheduler on a rank `status=DOWN`, stated at debug.
  'round-384.json': ['r384-0003'],
  // Hono's client on a connection that timed out, stated at debug.
  'round-393.json': ['r393-0029'],
  // rclone's own retries on a deadline exceeded, stated at debug (three), and Syncthing's `closed: read
  // timeout`, stated at info.
  'round-394.json': ['r394-0002', 'r394-0003', 'r394-0007', 'r394-0044'],
  // fluentd's `Worker 0 finished unexpectedly with signal SIGKILL` stated at info, and New Relic's
  // `HeartBeat timeout exceeded` stated at debug (two).
  'round-395.json': ['r395-0024', 'r395-0027', 'r395-0028'],
  // Kubecost's query timed out, stated at info, and Kyma's CLI on replicas not ready, stated at debug (two).
  'round-397.json': ['r397-0031', 'r397-0044', 'r397-0045'],
  // ElasticDL's worker manager on a pod that failed, stated at info (a Python glog-style header).
  'round-398.json': ['r398-0048'],
  // The ECS agent's container health `UNHEALTHY`, stated at debug (two).
  'round-399.json': ['r399-0012', 'r399-0013'],
  // nginx-rtmp's `netcall: client send timed out`, stated at info.
  'round-400.json': ['r400-0054'],
  // Chef's `Chef run process exited unsuccessfully (exit code 1)`, read as a crash loop by the exit-code
  // shape where the gatherer labelled the run down (as in rounds 377 and 379).
  'round-404.json': ['r404-0037'],
  // Kata's `Failed to create pod sandbox: ... failed to create containerd task: Failed to connect to
  // firecrackerinstance (timeout 10s)`, read as the task that could not be created (a pod down) where the
  // gatherer labelled the timeout.
  'round-405.json': ['r405-0019'],
  // An exporter's `lctl jobstats timed out`, stated at debug.
  'round-406.json': ['r406-0039'],
  // Old systemd's `Service hold-off time over, scheduling restart.` stated at info, and SONiC's
  // `event-down-ctr` event stated at notice.
  'round-407.json': ['r407-0017', 'r407-0028'],
  // Node's `Error: Timeout` followed by its stack frame on the same line (`at Timeout.<anonymous> (...)`).
  'round-409.json': ['r409-0001'],
  // Zeebe's raft `Timeout while waiting for join response`, stated at debug (twice).
  'round-413.json': ['r413-0018', 'r413-0019'],
  // A Packer plugin's `[DEBUG] SSH handshake err: Timeout during SSH handshake`, stated at debug.
  'round-415.json': ['r415-0012'],
  // The OCI secrets provider's `INF ... error="context deadline exceeded"`, stated at info.
  'round-418.json': ['r418-0009'],
  // hubot-slack's `INFO Slack client connection was closed, exiting hubot process`, stated at info.
  'round-419.json': ['r419-0034'],
  // sccache's `DEBUG: | error: Connection to server timed out`, stated at debug.
  'round-427.json': ['r427-0005'],
  // storjshare's `{"level":"info","message":"share <id> exited with code 3221226505"}`, stated at info.
  'round-437.json': ['r437-0016'],
  // Obico's `backing off 18.2 seconds: Janus quit! ... Exit code: 127`, labelled a pod down, which the
  // crash-loop table reads by the back-off it names.
  'round-443.json': ['r443-0005'],
  // Athens' `level=info msg="...: unrecognized import path ... i/o timeout"`, and meshbird's `INF
  // [net-table] unable connect ... err: i/o timeout`, stated at info.
  'round-446.json': ['r446-0043'],
  'round-447.json': ['r447-0058'],
  // xrdp's `Window manager (pid N, display 11) exited with non-zero exit code 127`, labelled a pod down,
  // which the crash-loop table's `exit code N` reads first.
  'round-449.json': ['r449-0007'],
  // OpenWebRX's `owrx.source - DEBUG - shut down with RC=1` and Graby's `graby.DEBUG: Request throw
  // exception ... Connection timed out`, stated at debug.
  'round-450.json': ['r450-0020'],
  'round-453.json': ['r453-0005'],
  // WeeWX's `DEBUG user.gw1000: Failed to obtain response ...: timed out` and `DEBUG weewx.restx: WOW: Failed
  // upload attempt 1: timed out` (twice), stated at debug, and a WeatherLinkLive driver's French `[Errno 110]
  // Connexion terminée par expiration du délai d'attente`, stated at info.
  'round-460.json': ['r460-0017', 'r460-0031', 'r460-0032', 'r460-0034'],
  // OpenDTU's `INFO OpenDTU: Inverter "x": Limit timeout!`, stated at info.
  'round-463.json': ['r463-0022'],
  // Heroku's `State changed from starting to crashed`, labelled a pod down here, which earlier rounds (and
  // the tables) read as a crash loop.
  'round-464.json': ['r464-0009'],
  // Scrapy's retry middleware (`DEBUG: Retrying <GET ...> (failed 2 times): TCP connection timed out`) and
  // navitia's `level=DEBUG ... msg="timeout on init for idfm"`, stated at debug.
  'round-465.json': ['r465-0001'],
  'round-466.json': ['r466-0023'],
  // piSignage's decorated banner `*          MongoDB Process not running     *`, with no level the
  // severity scan reads.
  'round-471.json': ['r471-0036'],
  // Symfony's `ProcessTimedOutException` quoted inside supercronic's `level=info msg="..."`, stated at info.
  'round-472.json': ['r472-0022'],
  // pachd's `INFO error starting githook server context deadline exceeded` and fishnet's `[info] [info]
  // fishnet - Request timeout to ... after 800 ms`, stated at info.
  'round-474.json': ['r474-0010', 'r474-0016'],
  // Friendica's `[Info]:CurlResult.php:142:checkSuccess ... Connection timed out`, stated at info, and
  // kubeadm's `context deadline exceeded` behind Vagrant's `DEBUG ssh: stderr:`, stated at debug.
  'round-476.json': ['r476-0016'],
  'round-478.json': ['r478-0039'],
  // The ClickHouse operator's `I0717 ... poller.go:245] ... - TIMEOUT reached`, stated at info.
  'round-479.json': ['r479-0027'],
  // BookKeeper's `INFO ... Error: Bookie operation timeout while reading ...` (twice), stated at info, and
  // Dapr's `level=debug msg="{... nats: timeout}"`, stated at debug.
  'round-483.json': ['r483-0001', 'r483-0002', 'r483-0035'],
  // MicroK8s' `microk8s is not running. Use microk8s inspect for a deeper inspection.` (in two spellings), with
  // no level: labelled a pod down here, where the tables read a node's own Kubernetes services down (the
  // kubelet's, k3s' and RKE2's units) as the node not ready, so no rule was written for either reading.
  'round-485.json': ['r485-0008', 'r485-0046'],
  // The kubelet's `failed to update lease, error: Put ...: net/http: request canceled (Client.Timeout exceeded
  // ...)`, labelled HighLatency here and read as the node not ready, as rounds 41 and 44 label it.
  'round-491.json': ['r491-0021'],
  // A virtual NIC's `virtio_net ... TX timeout on queue: 0, ...`: the count-at-zero layout of `timeout` reads
  // the queue's number after `on queue:` as no timeouts.
  'round-495.json': ['r495-0022'],
  // kube-batch's `session.go:307] Discard Job <x> because 1/3 tasks in gang unschedulable`, stated at info by
  // a source file too common a name to list as a reporter.
  'round-497.json': ['r497-0025'],
  // etcd's client `code = DeadlineExceeded ... dial unix /var/run/containerd/containerd.sock: connect: no such
  // file or directory`, labelled HighLatency and read as the node's runtime gone.
  'round-498.json': ['r498-0017'],
  // httpcore's `DEBUG - receive_response_headers.failed exception=ReadTimeout(...)`, stated at debug.
  'round-499.json': ['r499-0014'],
  // Quickwit's `[info] INFO Main child exited normally with code: 1`, stated at info.
  'round-500.json': ['r500-0006'],
  // PyTorch's elastic agent's `INFO:torch.distributed.elastic.agent.server.api:[default] Worker group FAILED. 3/3
  // attempts left; will restart worker group`, stated at info by Python's logging (round 111's klog header of the
  // same line is read as its speaker's).
  'round-504.json': ['r504-0021'],
  // upstart's `init: scylla-server main process (861) terminated with status 3`, quoted by a test runner's line
  // stated at debug (`21:07:18 process  L0359 DEBUG| [stdout] ...`).
  'round-505.json': ['r505-0036'],
  // CloudNativePG's `{"level":"info",...,"msg":"Cannot extract Pod status",...,"error":"... context deadline exceeded
  // (Client.Timeout exceeded while awaiting headers)"}` (twice), stated at info.
  'round-506.json': ['r506-0038', 'r506-0039'],
  // Thanos receive's `level=debug ... msg="failed to handle request" err="context deadline exceeded"`.
  'round-508.json': ['r508-0052'],
  // go-dnsmasq's `level=debug msg="[60334] Failed to query upstream ... i/o timeout"`.
  'round-509.json': ['r509-0030'],
  // MediaMTX's `INF [WebRTC] [session x] closed: deadline exceeded while waiting connection` behind a journal's
  // prefix (twice), stated at info (round 400's line without the prefix is read, its level not found after the
  // program's own date).
  'round-511.json': ['r511-0018', 'r511-0019'],
  // Bitnami's installer's `nami    TRACE Error: Error executing 'postInstallation': Timeout: ...`, stated at trace.
  'round-514.json': ['r514-0014'],
  // Elixir's `[info] Application teslamate exited: ... returned an error: shutdown: failed to start child: ...`,
  // stated at info.
  'round-517.json': ['r517-0033'],
  // A Minecraft server's and Velocity's report of a player whose connection timed out (`[Server thread/INFO]: x lost
  // connection: ... ReadTimeoutException`, `[21:12:24 INFO]: x lost connection: Timed out`), and Wings' `INFO: ...
  // did not restart server after crash; occurred too soon after the last`, each stated at info.
  'round-518.json': ['r518-0008', 'r518-0032', 'r518-0038'],
  // Helm's `helm.go:84: [debug] Internal error occurred: failed calling webhook ... context deadline exceeded`,
  // stated at debug.
  'round-525.json': ['r525-0002'],
  // Linkerd's proxy `INFO ... linkerd_detect: Continuing after timeout: ... protocol detection timed out after
  // 10s`, stated at info.
  'round-526.json': ['r526-0001'],
  // RabbitMQ's `[info] <0.388.0> node 'rabbit@x' down: connection_closed` (twice), stated at info, as round
  // 338's.
  'round-532.json': ['r532-0011', 'r532-0013'],
  // RKE2's etcd client (`level=info msg="Failed to test data store connection: ... context deadline exceeded"`,
  // `{"level":"info",...,"msg":"Auto sync endpoints failed.","error":"context deadline exceeded"}`) and kubeadm's
  // discovery (`I1027 ... token.go:217] [discovery] Failed to request cluster-info, will try again: ... context
  // deadline exceeded`, twice), each stated at info.
  'round-533.json': ['r533-0001', 'r533-0002', 'r533-0058', 'r533-0059'],
  // Velero's `level=info msg="Backup completed with errors: timed out waiting for all PodVolumeBackups to
  // complete"`, stated at info.
  'round-534.json': ['r534-0003'],
  // Alertmanager's memberlist (`level=debug ... memberlist: Failed to join x: dial tcp x: i/o timeout`, twice, and
  // `TCP-first lookup failed ...`), stated at debug.
  'round-542.json': ['r542-0001', 'r542-0005', 'r542-0036'],
  // Loki's memberlist `level=debug msg="Failed ping: loki-1 (timeout reached)"`, stated at debug, and
  // Elasticsearch's `"log.level": "INFO", "message":"removed {{x}...}"` of a data node, stated at info.
  'round-544.json': ['r544-0004', 'r544-0017'],
  // draino's `INFO kubernetes/eventhandler.go:155 Failed to drain {... "error": "timed out waiting for
  // evictions to complete: timed out"}`, stated at info.
  'round-545.json': ['r545-0007'],
  // A `0/3 nodes are available` event quoted by a `level=debug` line.
  'round-546.json': ['r546-0037'],
  // virt-handler's `"level":"info","msg":"re-enqueuing ..."` whose reason is a DeadlineExceeded, stated at info.
  'round-547.json': ['r547-0007'],
  // A CSI sidecar's `I0216 ... connection.go:187] GRPC error: rpc error: code = DeadlineExceeded`, stated at info.
  'round-549.json': ['r549-0031'],
  // MetalLB's memberlist `[DEBUG] memberlist: Failed ping: x (timeout reached)`, twice, stated at debug.
  'round-552.json': ['r552-0027', 'r552-0035'],
  // krkn's `[INFO] Instance: x stopped` of a worker node, stated at info.
  'round-560.json': ['r560-0010'],
  // The training operator's `INFO[0289] Pod: x exited with code 1`, stated at info, and its `DEBUG events
  // PyTorchJob x is restarting because 1 Master replica(s) failed.`, stated at debug.
  'round-562.json': ['r562-0011', 'r562-0012'],
  // Flagger's `"level":"info"` line `x not ready: waiting for rollout to finish: 0 of 3 updated replicas are
  // available`: a stated level is final.
  'round-566.json': ['r566-0003'],
  // The Management API for Apache Cassandra's access line for the kubelet's readiness probe answered `status=500`
  // (as rounds 35 and 43 hold it): the request's path is data a client sent, never evidence, and the status
  // alone names no class; and the Scylla sidecar's `"readyz probe: node is not ready"`, stated at info.
  'round-567.json': ['r567-0006', 'r567-0024'],
  // The e2e framework's `"manager" in "x" has restarted 1 times`: one restart is not a loop (the layout wants two
  // or more, as round 246's `has restarted 257 times`).
  'round-569.json': ['r569-0035'],
  // Consul's memberlist `[DEBUG] ... Failed ping: x (timeout reached)`, stated at debug (as round 552's).
  'round-570.json': ['r570-0048'],
  // daprd's actors health check `Error performing request: Get "http://x/healthz": context deadline exceeded`: its
  // words say only that a request timed out (HighLatency); the path that makes it a health check is request data.
  'round-572.json': ['r572-0026'],
  // A `kubectl get pods -A` row whose pod name the paste split with a space (`scan-vulnerability
  // report-68cc76c95c-mn8jj`): one column too many for the pod table, which does not guess which two are one.
  'round-575.json': ['r575-0007'],
  // Talos' `shutdown failed: ... failed stopping pod x: ListContainers ... rpc error: code = DeadlineExceeded`: the
  // kubelet's runtime call about the whole node timing out is read as the node's runtime hung (NodeNotReady).
  'round-586.json': ['r586-0019'],
  // OpenShift's source-to-image builder `sti.go:133] Admit for root user returned error: pods "x-build" is forbidden:
  // no providers available to validate pod request`, stated at info by a file no speaker rule names.
  'round-593.json': ['r593-0027'],
  // Fluentd's supervisor on a worker killed (`[info]: Worker 0 finished unexpectedly with signal SIGKILL`, twice),
  // stated at info, as round 395 leaves the same line; its `with status 0` is routine (round 302). And a pod row
  // `calico-node-x 0/1 Running 649 7d`: Running with nothing ready after many restarts is a layout the healthy
  // lines hold too (`etcd-x 0/1 Running 8 22h`), so its STATUS decides nothing.
  'round-598.json': ['r598-0030', 'r598-0031'],
  // An operator's pod row `1/1 Terminating 0 9m9s`: rows terminating for under ten minutes are routine in the
  // healthy lines (a pod's grace period, a drain).
  'round-605.json': ['r605-0026'],
  // The Equinix Metal controller's `I0203 ... controller.go:659] Ignoring node x with Ready condition status
  // False`, twice: stated at info by a source file too common to name a reporter.
  'round-608.json': ['r608-0033', 'r608-0034'],
  // kubectl's `Error from server (NotFound): nodes "x" not found`, run by a Windows node's start-up script: a client
  // asking for a name the cluster does not hold, which the tables read as nothing on purpose (a name mistyped says
  // nothing of a node), unlike the kubelet's own `node "x" not found`.
  'round-612.json': ['r612-0037'],
  // Elasticsearch's `timed out while retrying [cluster:monitor/health] after failure (timeout [1s])` in a JSON line
  // that states `"level": "DEBUG"`: a stated level below a warning is final. And the Percona MongoDB operator's
  // `INFO Waiting for the pods {... "size": 3, "pods": 2}`, twice: a wait stated at info whose counts are JSON
  // fields no reader pairs.
  'round-613.json': ['r613-0023', 'r613-0032', 'r613-0033'],
  // kubeone's machine-controller MachineDeployment row (NAME REPLICAS AVAILABLE-REPLICAS PROVIDER OS KUBELET AGE:
  // `x 10 4 hetzner ubuntu 1.23.12 20m`): two bare counts whose meaning only the header gives.
  'round-616.json': ['r616-0027'],
  // kubeadm's `I... etcd.go:468] Failed to get etcd status ... context deadline exceeded`: a stated level is final,
  // as round 348's same line is read.
  'round-617.json': ['r617-0033'],
  // kubeadm's `[kubelet-check] The HTTP call equal to 'curl -sSL http://localhost:10248/healthz' failed`: read as the
  // node's kubelet, as round 324's same line is.
  'round-619.json': ['r619-0025'],
  // Actions Runner Controller's `INFO EphemeralRunner Ephemeral runner container failed {... "exitCode": 143}`: a
  // stated info level is final, and 143 is a stop's SIGTERM, which the tables read as routine. And an older
  // `kubectl describe pod`'s `Status: Terminating (expires Mon, 21 Mar 2016 16:42:16 -0400)`: it names when the
  // grace period ends, not how long the pod has been terminating (the newer `(lasts 10m)` is read), so the line
  // alone cannot tell a stuck pod from one shutting down.
  'round-630.json': ['r630-0018', 'r630-0040'],
  // A sandbox whose shim task ran out of time (`... failed to create shim task: ... context deadline exceeded`),
  // labelled latency: the task that could not be created is read first, a pod down. And `ctr: failed to create
  // shim: failed to mount ...`: a client command's error, which the tables read as nothing.
  'round-641.json': ['r641-0046', 'r641-0048'],
  // LXD's client on a member it cannot reach (`Unable to connect to: x:8443 ([dial tcp x:8443: connect: no route to
  // host])`): a member down or the network in the way, which the line alone cannot tell; and QEMU's `vhost-vsock:
  // unable to set guest cid: Address already in use`, a device it could not set up, whose instance's fate the thread
  // tells, not the line.
  'round-645.json': ['r645-0015', 'r645-0022'],
  // Portworx's test harness `INFO[...] testAndSetEndpoint failed for x: ... i/o timeout`: a stated info level is final.
  'round-646.json': ['r646-0010'],
  // Dask's nanny `distributed.nanny - INFO - Failed to start worker process.  Restarting`: a stated info level is final.
  'round-647.json': ['r647-0010'],
  // Rancher's helper ending on a refused connection (`FATA[0000] Get "http://localhost:8080/...": dial tcp
  // 127.0.0.1:8080: connect: connection refused`): the words name a failed check before the fatal level's
  // fallback is read, as every line with those words and no level is read.
  'round-650.json': ['r650-0029'],
  // A `kubectl get` row of the Datadog agent `1/1 Running 284 3d`, labelled a crash loop where rounds 8, 55, 73,
  // 281 and 289 label ready rows with as many restarts healthy (the tables follow them); and an ExtendedDaemonSet's
  // row of bare counts (`active 2589 2589 2572 2572 0`) whose meaning only its header gives.
  'round-656.json': ['r656-0001', 'r656-0026'],
  // Aptos' `panicked at 'Node should start correctly: ...` behind Compose's prefix, with no thread named (a panic
  // ends the process only on the main thread), and `kubectl describe`'s `Status: Terminating (lasts 113s)`, under
  // the two minutes past which a terminating pod is read as stuck.
  'round-666.json': ['r666-0008', 'r666-0017'],
};

/**
 * Rounds that stay below the 95 % bar once learned from, because the lines they leave (listed
 * above) are read otherwise on purpose; each is still held to exactly its listed misses.
 */
const BELOW_BAR: Readonly<Record<string, string>> = {
  'round-183.json': 'three of 29 failure lines are a quoted level read as the line\'s and two systemd lines another file labels otherwise',
  'round-190.json': 'one of 18 failure lines is an API answer its client logs at info on purpose, and a stated level is final',
  'round-206.json': 'one of 18 failure lines is an operator\'s own line at info, and a stated level is final',
  'round-208.json': 'two of 32 failure lines are stated at debug, and a stated level is final',
  'round-217.json': 'one of 15 failure lines is a systemd exit other files label otherwise',
  'round-219.json': 'one of 17 failure lines is a systemd result another round leaves for the same reason',
  'round-223.json': 'one of 13 failure lines is a status row whose padding is the only thing that tells it from a routine stop',
  'round-227.json': 'three of 22 failure lines are client timeouts stated at info or debug, and a stated level is final',
  'round-236.json': 'two of 26 failure lines are applications\' own lines at info, and a stated level is final',
  'round-243.json': 'two of 30 failure lines are a registry call that timed out, which other rounds label the pull failing',
  'round-254.json': 'one of 11 failure lines is a bare exit code other rounds label a crash loop',
  'round-261.json': 'two of 21 failure lines are stated at debug and info',
  'round-270.json': 'three of 26 failure lines are stated at debug, a bare exit code and a restart after a clean exit',
  'round-271.json': 'three of 15 failure lines are stated at debug or behind Maven\'s info level',
  'round-273.json': 'one of 16 failure lines is stated at info',
  'round-278.json': 'two of 31 failure lines are stated at info',
  'round-284.json': 'four of 36 failure lines are stated at info',
  'round-285.json': 'five of 22 failure lines are stated at info, words other rounds label a crash loop and a denial a push shows too',
  'round-286.json': 'three of 33 failure lines are stated at info or glued to a logger\'s name',
  'round-288.json': 'three of 26 failure lines are stated at info',
  'round-292.json': 'two of 30 failure lines are stated at debug',
  'round-294.json': 'two of 33 failure lines are stated at info',
  'round-296.json': 'four of 31 failure lines are stated at info, a runtime shim\'s own check and a runtime other rounds read as the node\'s',
  'round-300.json': 'three of 28 failure lines are stated at info, a notice while kubeadm keeps waiting and a status a stop shows too',
  'round-301.json': 'four of 18 failure lines are stated at info',
  'round-302.json': 'two of 31 failure lines are stated at info',
  'round-306.json': 'two of 14 failure lines are stated at info',
  'round-307.json': 'five of 24 failure lines are stated at info',
  'round-308.json': 'one of 15 failure lines is stated at debug',
  'round-311.json': 'two of 23 failure lines are stated at info',
  'round-318.json': 'two of 22 failure lines are stated at debug and trace',
  'round-321.json': 'one of 16 failure lines is a bare exit code other rounds label a crash loop',
  'round-322.json': 'five of 23 failure lines are stated at info and an ECS stop other rounds read as the task down',
  'round-323.json': 'two of 17 failure lines are stated at info',
  'round-330.json': 'one of 18 failure lines is stated at info',
  'round-336.json': 'two of 26 failure lines are runtime calls about the whole node other rounds read as the node\'s runtime',
  'round-338.json': 'four of 22 failure lines are stated at info',
  'round-340.json': 'two of 28 failure lines are stated at debug',
  'round-344.json': 'two of 20 failure lines are stated at info and debug',
  'round-346.json': 'one of 17 failure lines is stated at debug',
  'round-347.json': 'one of 17 failure lines is stated at info',
  'round-348.json': 'two of 26 failure lines are stated at info',
  'round-349.json': 'five of 17 failure lines are stated at info and debug',
  'round-350.json': 'two of 28 failure lines are stated at debug and a container event with no level says only its status',
  'round-358.json': 'two of 19 failure lines are pulls that ran out of time, which other rounds label the pull',
  'round-359.json': 'two of 28 failure lines are stated at info and one is a runtime call other rounds read as the node\'s runtime',
  'round-365.json': 'one of 15 failure lines is a ping read as a failed check, its deadline being what the gatherer labelled',
  'round-367.json': 'two of 22 failure lines are stated at info',
  'round-376.json': 'one of 14 failure lines is stated at info',
  'round-377.json': 'one of 19 failure lines is stated at info and one is a command\'s exit code the exit-code shape reads as a crash loop',
  'round-380.json': 'one of 28 failure lines is stated at its Informational level and one is an exit code past a process\'s range',
  'round-381.json': 'one of 25 failure lines is stated at debug, one is a bare row and one a network error',
  'round-383.json': 'one of 13 failure lines is stated at info',
  'round-394.json': 'three of 23 failure lines are stated at debug and one at info',
  'round-395.json': 'two of 28 failure lines are stated at debug and one at info',
  'round-397.json': 'two of 19 failure lines are stated at debug and one at info',
  'round-399.json': 'two of 8 failure lines are stated at debug',
  'round-404.json': 'one of 17 failure lines is a command\'s exit code the exit-code shape reads as a crash loop',
  'round-405.json': 'one of 9 failure lines is a sandbox that timed out, read as the sandbox\'s probe class',
  'round-406.json': 'one of 19 failure lines is stated at debug',
  'round-407.json': 'one of 22 failure lines is stated at info and one at notice',
  'round-409.json': 'one of 17 failure lines is a timeout followed by its stack frame',
  'round-413.json': 'two of 19 failure lines are stated at debug (Zeebe\'s raft join timeouts)',
  'round-415.json': 'one of 19 failure lines is stated at debug (a Packer plugin\'s SSH handshake timeout)',
  'round-419.json': 'one of 17 failure lines is stated at info (hubot-slack exiting on a closed connection)',
  'round-453.json': 'one of 8 failure lines is a fetch error stated at debug',
  'round-446.json': 'one of 18 failure lines is a module proxy\'s fetch error stated at info',
  'round-443.json': 'one of 9 failure lines is a helper restarted after a back-off, labelled a pod down, which the tables read as a crash loop',
  'round-460.json': 'four of 14 failure lines are timeouts stated at debug (three) or info (one, in French)',
  'round-463.json': 'one of 19 failure lines is a timeout stated at info',
  'round-464.json': "one of 17 failure lines is Heroku's `to crashed`, labelled a pod down, which earlier rounds label a crash loop",
  'round-465.json': 'one of 15 failure lines is a timeout stated at debug',
  'round-466.json': 'one of 9 failure lines is a timeout stated at debug',
  'round-471.json': 'one of 15 failure lines is a decorated banner with no level the severity scan reads',
  'round-472.json': 'one of 14 failure lines is a timeout quoted inside a line stated at info',
  'round-474.json': 'two of 20 failure lines are timeouts stated at info',
  'round-476.json': 'one of 9 failure lines is a timeout stated at info',
  'round-478.json': 'one of 17 failure lines is a timeout stated at debug',
  'round-479.json': 'one of 19 failure lines is a timeout stated at info',
  'round-483.json': 'three of 15 failure lines are timeouts stated at info or debug',
  'round-485.json': "two of 18 failure lines are MicroK8s' services not running, with no level, labelled a pod down where the tables would say a node",
  'round-495.json': "one of 8 failure lines is a NIC's timeout whose queue number the count-at-zero layout reads as none",
  'round-497.json': 'one of 10 failure lines is a gang scheduler at info under a source file too common to list',
  'round-499.json': 'one of 19 failure lines is a timeout stated at debug',
  'round-500.json': "one of 10 failure lines is a supervisor's report of its child's exit code, stated at info",
  'round-506.json': "two of 15 failure lines are an operator's timeouts stated at info",
  'round-511.json': "two of 9 failure lines are a media server's timeouts stated at info",
  'round-514.json': 'one of 13 failure lines is a timeout stated at trace',
  'round-517.json': "one of 18 failure lines is an application's exit stated at info",
  'round-518.json': "three of 17 failure lines are players' timeouts and a daemon's report of a crash, stated at info",
  'round-532.json': "two of 17 failure lines are a broker's lost node stated at info",
  'round-533.json': "four of 22 failure lines are an etcd client's and kubeadm's deadlines stated at info",
  'round-534.json': "one of 17 failure lines is a backup's timeout stated at info",
  'round-542.json': "three of 13 failure lines are a cluster's gossip timeouts stated at debug",
  'round-544.json': "two of 13 failure lines are a gossip timeout stated at debug and a node's removal stated at info",
  'round-545.json': "one of 4 failure lines is a drain's timeout stated at info",
  'round-549.json': "one of 11 failure lines is a CSI sidecar's deadline stated at info",
  'round-552.json': "two of 21 failure lines are a gossip timeout stated at debug",
  'round-560.json': "one of 10 failure lines is a chaos tool's stopped node stated at info",
  'round-562.json': "two of 8 failure lines are a training operator's pod exit and job restart stated at info and debug",
  'round-566.json': "one of 16 failure lines is a canary controller's wait stated at info",
  'round-567.json': "two of 14 failure lines are a probe's answer read only by its request path and a probe's report stated at info",
  'round-572.json': "one of 11 failure lines is a health check's timeout read only by its request path",
  'round-575.json': 'one of 9 failure lines is a pod row whose name the paste split in two',
  'round-586.json': "one of 10 failure lines is a runtime call about the whole node timing out, read as the node's runtime hung",
  'round-593.json': "one of 17 failure lines is a builder's admission refusal stated at info",
  'round-598.json': "two of 12 failure lines are Fluentd's supervisor on a killed worker, stated at info",
  'round-608.json': "two of 19 failure lines are a cloud controller's unready nodes stated at info",
  'round-612.json': "one of 19 failure lines is kubectl's answer on a node name the cluster does not hold",
  'round-613.json': "three of 14 failure lines are a timeout stated at debug and an operator's wait for its pods stated at info",
  'round-616.json': "one of 17 failure lines is a machine-controller row of bare counts whose meaning only the header gives",
  'round-617.json': 'one of 19 failure lines is a timeout kubeadm states at info, and a stated level is final',
  'round-619.json': "one of 16 failure lines is kubeadm's kubelet check, read as the node's kubelet as round 324's same line is",
  'round-630.json': "two of 11 failure lines are a runner's SIGTERM exit stated at info and an older describe's Terminating field that gives no age",
  'round-641.json': "two of 18 failure lines are a shim task that timed out, read as the task that could not be created, and a client command's error",
  'round-645.json': "two of 14 failure lines are a client's connection error that cannot tell a member down from the network, and a VM's device error whose outcome only the thread gives",
  'round-646.json': 'one of 15 failure lines is a timeout stated at info',
  'round-647.json': "one of 18 failure lines is a worker's restart stated at info",
  'round-650.json': 'one of 13 failure lines is a fatal exit on a refused connection, read by its words as a failed check',
  'round-656.json': "two of 15 failure lines are a ready pod row with restarts that earlier rounds label healthy, and a row of bare counts whose meaning only its header gives",
  'round-666.json': 'two of 17 failure lines are a panic that names no thread and a pod terminating for under two minutes',
};

/**
 * Rounds frozen and scored but not yet learned from: their first score is pinned (every miss
 * by id, no false alarm) until rules are learned from them and they join the bar above.
 */
const NOT_YET_LEARNED: Readonly<Record<string, readonly string[]>> = {
};

/**
 * The false alarms a round's first score raised, by id: held to exactly those until the round
 * is learned from, when it joins the bar of none.
 */
const FIRST_FALSE_ALARMS: Readonly<Record<string, readonly string[]>> = {
};

/** Of `names`, the rounds an exemption from the 95 % bar would not fit: at or over it, or with no miss listed. */
async function staleExemptions(names: readonly string[]): Promise<string[]> {
  const stale: string[] = [];
  for (const name of names) {
    const report = await scoreCorpus(join(DIR, name));
    if ((LEFT_MISSED[name]?.length ?? 0) === 0 || report.found / report.failures >= MIN_OVERALL) stale.push(name);
  }
  return stale;
}

/** Rounds whose first-score false alarms are still held though the round has been learned from. */
function heldPastLearning(falseAlarms: Readonly<Record<string, readonly string[]>>, notYet: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.keys(falseAlarms).filter((name) => !(name in notYet));
}

describe('fresh rounds of real lines', () => {
  it('finds every round file', () => {
    expect(ROUNDS.length).toBeGreaterThanOrEqual(4);
  });

  it.each(ROUNDS.filter((name) => !(name in NOT_YET_LEARNED)))('%s: at least 95 percent found, no false alarm, and only the misses it is known to leave', async (name) => {
    const report = await reportOf(name);
    expect(unmetBars(report, BARS)).toEqual([]);
    if (!(name in BELOW_BAR)) expect(report.found / report.failures).toBeGreaterThanOrEqual(MIN_OVERALL);
    expect(report.misses.map((m) => m.id)).toEqual(LEFT_MISSED[name] ?? []);
  });

  it.each(Object.keys(NOT_YET_LEARNED))('%s, not yet learned from: exactly the misses and false alarms of its first score', async (name) => {
    expect(ROUNDS).toContain(name);
    const report = await reportOf(name);
    expect(report.false_alarm_lines.map((line) => line.id)).toEqual(FIRST_FALSE_ALARMS[name] ?? []);
    expect(report.misses.map((m) => m.id)).toEqual(NOT_YET_LEARNED[name]);
  });

  it('exempts from the 95 % bar only rounds that are below it with every miss listed, so an exemption cannot outlive its reason (the check can fail)', async () => {
    expect(await staleExemptions(Object.keys(BELOW_BAR))).toEqual([]);
    // Round 173 leaves one line of 31 (96.8 %), and round 170 none: neither may be exempt.
    expect(await staleExemptions(['round-173.json', 'round-170.json'])).toEqual(['round-173.json', 'round-170.json']);
  });

  it("docs/DETECTION.md's round scores table is the one these scores give, and a round scored otherwise is named (the check can fail)", async () => {
    const reports: Array<readonly [string, CorpusReport]> = [];
    for (const name of ROUNDS) reports.push([name, await reportOf(name)]);
    const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'DETECTION.md'), 'utf8');
    const have = sectionOf(doc);
    expect(have).not.toBeNull();
    expect(firstDifference(have!, renderRoundScores(reports))).toBeNull();
    // The same table with one round finding a line fewer than the document says.
    const [name, report] = reports[reports.length - 1]!;
    const fewer = reports.map((entry) => (entry[0] === name ? ([name, { ...report, found: report.found - 1 }] as const) : entry));
    expect(firstDifference(have!, renderRoundScores(fewer))).toBe(`round ${name.slice(6, -5)}`);
  });

  it('holds false alarms only for rounds not yet learned from, and names one kept past learning (the check can fail)', () => {
    expect(heldPastLearning(FIRST_FALSE_ALARMS, NOT_YET_LEARNED)).toEqual([]);
    expect(heldPastLearning({ 'round-4.json': ['r4-0001'] }, NOT_YET_LEARNED)).toEqual(['round-4.json']);
  });

  // The bars can fail: a false alarm, and a class found at half its lines against a per-class
  // bar, are reported.
  it('reports a false alarm and a class below the bar', async () => {
    const report = await scoreCorpus(join(DIR, 'round-4.json'));
    const first = report.per_class.NodeNotReady;
    expect(first.found).toBe(first.lines);
    const broken = { ...report, false_alarms: 1, per_class: { ...report.per_class, NodeNotReady: { ...first, found: Math.floor(first.lines / 2), recall: Math.floor(first.lines / 2) / first.lines } } };
    expect(unmetBars(broken, { ...BARS, minRecall: 85 }).join('\n')).toMatch(/NodeNotReady[\s\S]*false alarm|false alarm[\s\S]*NodeNotReady/);
  });
});
