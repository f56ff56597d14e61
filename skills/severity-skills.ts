// Severity policy for plain-text log lines (kubectl logs output, journal lines, copied events),
// which carry no level field. Data only: the record reader imports this table and keeps no
// keywords of its own. Records that arrive with a severity keep it; only text lines come here.
import { taggedScanner } from '../src/substring-set.ts';
import { maskRequestData, REQUEST_DATA_MARKERS } from '../src/line-formats/access-log.ts';
import { FIELD_TABLES, infoLevelReporter, judgeFields, judgeKlogSpeaker, statesProcessExit } from './field-judge.ts';
import { READER_COUNT, READER_MARK_ENTRIES } from '../src/line-formats/reader-marks.ts';
import { INFO_LEVEL_REPORTERS, KLOG_SPEAKER_RULES, PROCESS_EXIT_LEVELS } from './line-format-skills.ts';
import { collapsePadding, ShapeGroups, type LineShape } from '../src/shape-groups.ts';
import { ALL_SHAPES, HTTP_GATEWAY_TIMEOUT } from './line-shapes.ts';

export const SEVERITY_SKILLS_VERSION = '1.189.0';

export type InferredSeverity = 'ERROR' | 'WARNING' | 'INFO';

export interface SeverityRule {
  severity: InferredSeverity;
  /** `level`: a level the line states; `wording`: failure wording in a line that states none. */
  reads: 'level' | 'wording';
  /**
   * Lowercase substrings; a line matches when its lowercased text, padding runs read as one
   * space, contains any of them.
   */
  keywords: readonly string[];
  /** For markers a substring cannot pin down: upper-case level words, a syslog priority. */
  patterns: readonly RegExp[];
  /**
   * klog header letters this level reads (`E0329 12:04:05.123456 ` at the start of the line
   * or after a blank, a colon, a 12-hour time's AM/PM or Docker's `{"log":"`, as `klogHeaderPattern` writes it), or none.
   */
  klog?: string;
  /** The watcher's layouts, tested like the watcher tests them (only where their substring is). */
  shapes: readonly LineShape[];
}

/**
 * klog's header, "E0329 12:04:05.123456", at the start of the line or after a journal prefix;
 * its letter captured. CockroachDB writes the same header with the year (`W240405 03:48:34.856345`);
 * Rancher's log viewer writes its 12-hour time right before it (`12:17:55 AMF0411 05:17:55.247808`), and
 * Docker's JSON log its `{"log":"`.
 */
export const klogHeaderPattern = (letters: string): RegExp => new RegExp(`(?:^|[\\s:]|(?<=\\d [AP]M)|(?<=^\\{"log":"))([${letters}])(?:\\d{2})?\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\s`);

/**
 * Every level row's markers (its klog header letters and its patterns) in one expression, each
 * row's in a group named `r<row>`, in row order: its first match is the marker a line states
 * first, and where two rows' markers start at the same place, the earlier row's, as when each
 * pattern is run on its own. One search of the line instead of one per pattern.
 */
export function levelMarkersPattern(rules: readonly SeverityRule[]): RegExp {
  const groups = rules.flatMap((rule, r) => {
    if (rule.reads !== 'level') return [];
    const markers = [...(rule.klog === undefined ? [] : [klogHeaderPattern(rule.klog)]), ...rule.patterns];
    for (const marker of markers) {
      if (marker.flags !== '') throw new Error(`severity rule ${r}: a level pattern with flags (/${marker.source}/${marker.flags})`);
      // A group's number or name would mean another group once the patterns are joined.
      if (/\\[1-9]|\\k<|\(\?<(?![=!])/.test(marker.source)) throw new Error(`severity rule ${r}: a level pattern with a back-reference or a named group (/${marker.source}/)`);
    }
    return markers.length === 0 ? [] : [`(?<r${r}>${markers.map((m) => m.source).join('|')})`];
  });
  return new RegExp(groups.length === 0 ? '(?!)' : groups.join('|'));
}

/**
 * The level rows come first, and of the levels a line states, the one stated first wins (a
 * header's level, not a word its message quotes), so `level=warn msg="... failed"` is a
 * WARNING, `[ERROR] slow` an ERROR and `INFO user said ERROR` INFO. A stated info or debug
 * level is final: failure words in the message never override it, except on lines whose
 * speaker reports cluster state at info level (INFO_LEVEL_REPORTERS in
 * skills/line-format-skills.ts: the kubelet records NodeNotReady at info level). The wording
 * rows are then tried top to bottom, and the first row that matches wins.
 */
export const SEVERITY_RULES = [
  {
    severity: 'ERROR',
    reads: 'level',
    keywords: [
      'level=error',
      'level=fatal',
      'level=crit',
      'level=panic',
      '"level":"error"',
      '"level":"fatal"',
      'lvl=eror',
      'lvl=error',
      'lvl=crit',
      'severity=error',
      '[error]',
      '[err]',
      '[fatal]',
      '[crit]',
      '[critical]',
      '[alert]',
      '[emerg]',
      // The Heroku router's level field.
      'at=error',
      // Kibana's JSON log, which states its level as its first or last tag
      // (`"tags":["error","elasticsearch"]`, `"tags":["status","plugin:x","info"],"pid":51`).
      '"tags":["error"',
      '"error"],"pid":',
      '"tags":["fatal"',
      '"fatal"],"pid":',
      // npm's error level (`npm ERR! code ELIFECYCLE`).
      'npm err!',
    ],
    // Upper-case level words only (syslog's `CRIT` too, as rtpengine writes it): "Error response from daemon" is wording, not a level. The
    // three-letter levels of zerolog's console writer (cloudflared, Tendermint) follow a time:
    // `2024-07-10T17:08:33Z ERR ...`, `2:12PM INF Timed out ... module=consensus` (the time's
    // end in a lookbehind, so the one level expression still starts at a letter: a digit
    // there would make it try every digit of every line).
    // Telegraf writes its level as a letter and `!` after the time (`2021-12-28T11:36:14Z E! [agent]`).
    // Collabora Online writes its three letters after the thread's name in brackets (`+0200 [
    // coolwsd ] WRN  ...`, `[ prisoner_poll ] TRC  Poll completed ... (timedout)`).
    // logrus' text format opens the line with four letters and a bracket (`FATA[0035] ...`, `ERRO[2021-04-12T...]`).
    // Serilog's console template closes its bracket after the three letters (`[10:48:46 WRN] Silo ...`); its `INF]`
    // is not read as a stated level, so an info line's words still decide it (round 65's rdkafka `[12:24:27 INF]
    // ... REQTMOUT ... Timed out 1 in-flight` request, labelled by what it says).
    patterns: [/\b(?:ERROR|FATAL|CRITICAL|CRIT|PANIC)\b/, /^<[0-3]>/, /(?:^|(?<=[\dZM\]] ))(?:ERR|FTL|PNC|E!)[ \]]/, /^(?:ERRO|FATA|PANI)\[/],
    klog: 'EF',
    shapes: [],
  },
  {
    severity: 'WARNING',
    reads: 'level',
    // NATS writes its level as three letters (`[WRN]`; `[ERR]` is in the row above).
    keywords: ['level=warn', '"level":"warn', 'lvl=warn', 'severity=warn', '[warn]', '[warning]', '[wrn]', 'warning:', '"tags":["warning"', '"warning"],"pid":'],
    // The Type column of `kubectl describe` and `kubectl get events` rows ("Warning  BackOff").
    patterns: [/\bWARN(?:ING)?\b/, /(?:^|\s)Warning\s/, /^<4>/, /(?:^|(?<=[\dZM\]] ))(?:WRN|W!)[ \]]/],
    klog: 'W',
    shapes: [],
  },
  {
    severity: 'INFO',
    reads: 'level',
    keywords: [
      'level=info',
      'level=debug',
      'level=trace',
      '"level":"info"',
      '"level":"debug"',
      '"level":"trace"',
      'lvl=info',
      'lvl=dbug',
      'severity=info',
      'severity=debug',
      '[info]',
      '[debug]',
      'at=info',
      '"tags":["info"',
      '"info"],"pid":',
      '"tags":["debug"',
      '"debug"],"pid":',
    ],
    // The `Normal` Type column of event rows is the event's type, not a level: left out. Nor is a level
    // in a log file's name, glog's `x.host.user.log.INFO.20171107-110116.1`, where a date follows it.
    patterns: [/\b(?:INFO|DEBUG|TRACE)\b(?!\.\d)/, /^<[5-7]>/, /(?:^|(?<=[\dZM\]] ))(?:INF|DBG|TRC|I!|D!) /],
    klog: 'I',
    shapes: [],
  },
  {
    severity: 'ERROR',
    reads: 'wording',
    keywords: [
      'error',
      'failed',
      'failing',
      'fail:',
      'failure:',
      'fatal',
      'panic',
      'exception',
      'crash',
      'back-off',
      // Azure Container Apps' restart back-off reason (a bare "backoff" is often routine).
      'containerbackoff',
      // glog's report of a failed check, which aborts the process (`*** Check failure stack trace: ***`).
      'check failure stack trace',
      'imagepullbackoff',
      'errimagepull',
      'out of memory',
      'outofmemory',
      // Cloud Run's notice, hyphenated (`Out-of-memory event detected in container`).
      'out-of-memory',
      // containerd's OOM event (`TaskOOM event &TaskOOM{...}`), which the word pattern below does
      // not see inside the word.
      'taskoom event',
      'killed',
      'signal 9',
      'segmentation fault',
      'exited',
      'exit code',
      // evicted, and the eviction manager's "must evict" and "ranked for eviction".
      'evict',
      'outofcpu',
      'outofpods',
      'is dead',
      'is "dead"',
      'marked dead',
      'marked as dead',
      'exhausted',
      'unresponsive',
      // etcd's transport on a member it stopped hearing from (`rafthttp: peer x became inactive`), at its
      // `I |`, which states no level the scan reads.
      'became inactive',
      'repeated too quickly',
      'forbidden',
      'not-ready',
      'admission',
      'low on resource',
      'low on compute resources',
      "didn't have enough",
      'insufficient',
      'untolerated',
      // ... and its older wording (`node(s) had taints that the pod didn't tolerate`).
      "didn't tolerate",
      // Slurm's job states for a job that ended with its node or at its memory limit.
      'node_fail',
      'out_of_memory',
      'unable to',
      'not ready',
      'notready',
      'unreachable',
      'not healthy',
      'unhealthy',
      'refused',
      'denied',
      'not found',
      'unknown',
      'timed out',
      // Node's error code for a timed-out socket (`Sonarr Status -> ETIMEDOUT`).
      'etimedout',
      'timing out',
      'time-out',
      'deadline',
      'exceed',
      'terminated',
      'cannot',
      'too many',
      // A node's kubelet or runtime down, a container the kubelet lost.
      'is down',
      'is not up',
      // A cloud controller deleting a node its provider no longer has (`Deleting node since it is no longer
      // present in cloud provider: x`), which it reports at info.
      'no longer present in cloud provider',
      // The predicate-era scheduler: no node passes the predicates.
      'no nodes are available',
      // ... and its per-node report, and Volcano's gang that cannot be placed.
      'fit failure on node',
      'gang unschedulable',
      // Apache's 504 page: the proxy waited on its upstream in vain.
      'did not receive a timely response',
      // ... and the Kubernetes API server's own (`The server was not able to produce a timely
      // response to your request.`).
      'not able to produce a timely response',
      // uWSGI's harakiri (a request past its limit), and the kubelet refusing pods at shutdown.
      'harakiri',
      'not admitting',
      'minimum availability requires',
      'was not attained',
      'time (slow):',
      "didn't reach desired readiness",
      'could not be located',
      // Alert texts: a pod in a non-ready state, a node unready.
      'non-ready',
      'unready',
      // A pod the kubelet refused at admission; Nomad's evaluation status.
      'was rejected',
      'placement failures = true',
      'placement_failure',
      // Swarm finding no node for a task.
      'no suitable node',
      // A Job whose pods kept failing until its backoff limit.
      'backoff limit',
      // A claim no volume binds, and the autoscaler or Nomad finding no node for a pod.
      'unbound',
      "didn't trigger scale-up",
      'excluded by filter',
      // AWS Batch's reasons for a job no compute environment can place.
      'misconfiguration:job_resource_requirement',
      'misconfiguration:compute_environment_max_resource',
    ],
    // "OOM" as a word or a prefix (OOMKilled, oom-killer) but not inside "room"; a timeout,
    // but not a setting such as "timeout=1s" in a probe's description; a request log's 504.
    patterns: [/\boom/i, /timeout(?![=:]\s*\d)/i],
    shapes: HTTP_GATEWAY_TIMEOUT,
  },
  {
    severity: 'WARNING',
    reads: 'wording',
    keywords: [
      // kube-prometheus' alert on a DaemonSet whose rollout stalled (`DaemonSet x has not finished or progressed
      // for at least 15m`).
      'has not finished or progressed for at least',
      // Jenkins on an agent it lost or had taken away, with no level (`x was marked offline: Node is being removed`,
      // `Agent x was deleted; cancelling node body`).
      'was marked offline',
      'was deleted; cancelling node body',
      // Nodes lost as their cluster managers say it with no level: LINSTOR's controller (`No active connection to
      // satellite 'x'`), Slurm (`Nodes required for job are DOWN, DRAINED or reserved ...`), Ray (`The actor died
      // because its node has died.`).
      'no active connection to satellite',
      'nodes required for job are down',
      'because its node has died',
      // Spark's DAG scheduler on an executor it lost, which it reports at info (read through its header:
      // INFO_LEVEL_REPORTERS) with no failure word (`DAGScheduler: INFO: Executor lost: 1 (epoch 0)`).
      'executor lost: ',
      // A member gone from Infinispan's cluster view (`ISPN100001: Node x left the cluster`) and an alert on a
      // DaemonSet whose rollout is stuck (`<td>DaemonSet rollout is stuck.</td>`), neither with a level.
      'ispn100001: node ',
      'daemonset rollout is stuck',
      // A deployment without its replicas in an alert's words, and Kestrel's heartbeat past its bar, neither with a
      // level (`... is not available for an extended period of time.`, `the heartbeat has been running for "x"
      // which is longer than "00:00:01"`).
      'is not available for an extended period of time',
      'heartbeat has been running for',
      'warn',
      'latency',
      'slow',
      'took too long',
      // Azure Storage's OperationTimedOut, which states no level (`500 Operation could not be
      // completed within the specified time.`).
      'could not be completed within the specified time',
      // Docker Hub refusing pulls past its limit, which states no level (`toomanyrequests: You have
      // reached your pull rate limit.`).
      'reached your pull rate limit',
      // rack-timeout's error for a request past its limit (`Request ran for longer than 30000ms`; its
      // log line for each request is read as fields: readRackTimeout).
      'ran for longer than',
      // A batch scheduler's job it cannot place, written with no level (`0-th job can't be
      // scheduled: can't schedule pod on any node type`).
      "can't be scheduled",
      // An Orleans silo its cluster declared dead, leaving with no level (`I have been told I am
      // dead, so this silo will stop!`).
      'this silo will stop',
      // Bounds a component says it outran, with no level (etcd: `sync duration of 2.9s, expected less
      // than 1s`; `The server didn't respond in time.`; JupyterHub: `server never showed up at ...`).
      'expected less than',
      "didn't respond in",
      // The e2e framework's wait that ran out, stated at info (`Node x didn't reach desired Ready condition
      // status (true) within 17.98s`).
      "didn't reach desired",
      'never showed up',
      // A platform holding back a relaunch or naming a recent restart (Marathon: `Delaying /app due
      // to backoff`; `oc status`: `pod/x has restarted within the last 10 minutes`).
      'due to backoff',
      'has restarted within',
      // An entrypoint leaving with the process it ran, with no level (`process has died, quitting`).
      'has died, quitting',
      // A script on a container of its own that ended, with no level (Weave: `The weaveproxy container has died.`).
      'container has died',
      // cluster-autoscaler's count of the pods a scale-up leaves waiting, with no level when its header
      // is cut (`scale_up.go:266] 21 other pods are also unschedulable`).
      'pods are also unschedulable',
      // Lines with no level that report a failure in their own layout: Ceph's blocked requests (`24
      // ops are blocked > 32.768 sec on osd.15`), a job slower than its bound (`is taking more than 12
      // hours to complete`), Pacemaker's failed actions (`'not running' (7)`), neutron's agents
      // (`found 1 dead agents out of 7`) and nova's scheduler (`Filtering removed all hosts`).
      ' are blocked > ',
      'is taking more than',
      "'not running' (7)",
      'dead agents out of',
      'filtering removed all hosts',
      // kops' validation on an instance that never became a node, a row with no level.
      'has not yet joined cluster',
      // supervisord's state for a program it keeps restarting, as a start script prints it with no
      // level (`slurmctld is in the BACKOFF state.`), and Flux's broker on its parent gone, in syslog
      // with no level the severity rules read (`broker.err[1]: ... Upstream Flux broker is offline.`).
      'in the backoff state',
      'broker is offline',
      // Jenkins on its agents and Karpenter on a node claim, with no level (`Agent went offline during the
      // build`, `seems to be removed or offline`, `Node not registered with cluster`).
      'went offline',
      'removed or offline',
      'not registered with cluster',
      // LINSTOR's node list with a node OFFLINE (`┊ worker-1 ┊ SATELLITE ┊ 10.0.0.3:3367 (SSL) ┊ OFFLINE ┊`,
      // or in ASCII), and Pacemaker's status on a node it must fence (`Node x (N): UNCLEAN (offline)`),
      // rows with no level.
      '┊ offline ┊',
      '| offline |',
      ': unclean (',
      // sonic-mgmt's check on the containers it expects, and BOINC's VirtualBox wrapper on its VM, with no
      // level (`Expected containers not running: telemetry`, `x is no longer running.`).
      'expected containers not running',
      'is no longer running',
      // libreswan's control tool with no daemon to talk to (`whack: Pluto is not running`), with no level.
      'pluto is not running',
      // readsb's and dump1090's stop on an error, Direwolf's on its sound card and a Windows service
      // monitor's on a program, each with no level (`Abnormal exit.`, `Terminating after audio input
      // failure.`, `x.exe is not running`).
      'abnormal exit',
      'terminating after',
      '.exe is not running',
      // ClusterODM's node list with a node offline, with no level (`1) 10.0.0.86:3001 [offline] [0/2]`; bash's
      // report of a job a fault ended is read by its shape).
      ' [offline] [',
      // A segfault handler's report of the fault its process caught, and illumos' service manager on a service it
      // gave up restarting, each with no level (`PID 22929 received SIGSEGV for address: 0x4`, `Reason: Restarting
      // too quickly.`).
      'received sigsegv',
      'restarting too quickly',
      // Nhost's CLI on a container's failing health check, and EMQX's start script on a node that is down, each
      // with no level (`[container] Health check attempt #18 unsuccessful`, `emqx not running, waiting for
      // recovery in 20 seconds`).
      'unsuccessful',
      'waiting for recovery',
      // Salt on a minion that gave no answer, with no level (`Minion did not return. [Not connected]`).
      'did not return',
      // Nova's answer on an instance it could place nowhere, quoted in a table with no level (`| fault | {...
      // 'message': 'No valid host was found. ...'} |`).
      'no valid host was found',
      // Service Fabric's health and placement reports, Kasm's placement messages and AIX's `lssrc` rows,
      // none with a level (`Partition is below target replica or instance count.`, `Secondary replica could
      // not be placed due to ...`, `No Agent slots available.`, `No resources are available to create the
      // requested Kasm.`, `xcatd   inoperative`).
      'below target replica',
      'could not be placed',
      'no agent slots available',
      'no resources are available',
      'inoperative',
      // A pull that failed and a peer lost, with no level (`caused by: Could not pull image x`, Open
      // MPI's `ORTE has lost communication with a remote daemon.`, GitHub Actions' `The self-hosted
      // runner: x lost communication with the server.`).
      'could not pull image',
      'lost communication with',
      // A Jenkins pipeline step waiting on an agent it lost, with no level (`Waiting to resume part of
      // x: ‘build-agent-7’ is offline`).
      '’ is offline',
      // A process found not running and a probe's failure in Knative's words, with no level
      // (`'kafka-service' process is not running`, `HTTP probe did not respond Ready, got status code: 500`).
      'process is not running',
      'probe did not respond ready',
      // Zabbix's processes (`One child process died (PID:475,exitcode/signal:1). Exiting ...`; TorchServe's
      // worker lifecycle at info: `Backend worker process died.`), a worker
      // state (`WorkerStateEnum.NOT_READY`), a scheduler with nowhere to place (`No suitable workers
      // for ...`), `timed out` as some write it (`Job has timed-out`), all with no level.
      'process died',
      // Erlang's Mnesia and VM (`Mnesia down: 'x'`, `Runtime terminating during boot`), a node silent
      // to pings (VerneMQ), a socket's timeout code (`ESOCKETTIMEDOUT: 4`).
      'mnesia down',
      'terminating during boot',
      'not responding to pings',
      'esockettimedout',
      'before next start try',
      // A resource a job asks for that an account lacks (`does not have enough low priority cores quota`).
      'does not have enough',
      'not_ready',
      'no suitable',
      'timed-out',
      // A supervisor restarting its daemon and a watchdog's health level at zero, with no level
      // (strongSwan's starter: `charon has died -- restart scheduled (5sec)`; Mailcow: `Rspamd
      // health level: 0% (0/10)`), and a WireGuard image's tunnels down (`**** All tunnels are now
      // down. ... ****`).
      'has died -- restart scheduled',
      // Submariner's `subctl diagnose` on a deployment short of replicas, with no level (`✗ The desired
      // number of replicas for Deployment "x" (1) does not match the actual number running (0)`).
      'does not match the actual number running',
      // SeaweedFS' master on the volume servers it lost, which it reports at info (`Removing Volume
      // 383 from the dead volume server x`, `unregister disconnected volume server x`).
      'from the dead volume server',
      'unregister disconnected volume server',
      ' health level: 0% (0/',
      'all tunnels are now down',
      // A pod's DisruptionTarget condition on its own line, with no level (`"reason":
      // "TerminationByKubelet",`, `reason: DeletionByTaintManager`, `message: 'Taint manager:
      // deleting due to NoExecute taint'`).
      'terminationbykubelet',
      'deletionbytaintmanager',
      'deleting due to noexecute taint',
      // (An eviction's reason, `EvictionByEvictionAPI`, needs no keyword here: `evict` makes it an error.)
      'deletionbypodgc',
      // A document processor's command it gave up waiting on, with no level (Docspell's `Command x
      // did not finish in 300000 ms!`).
      'did not finish in ',
      // Icinga 2's cluster-zone check in its JSON output, with no level (`"output": "Zone 'master' is
      // not connected.`).
      "' is not connected",
      // An Elixir process's exit for a call that ran out of time, on its own line (`** (EXIT) time
      // out`).
      '** (exit) time out',
      // BigBlueButton's `bbb-conf --status` naming the units it found down, with no level (`#
      // Not running:  Nginx`).
      '# not running: ',
      // IoTDB's slow-query log, which states info for a statement past its threshold (`Cost: 42152
      // ms, sql is select ...`), and Docker refusing an artifact it cannot run, with no level
      // (`unsupported media type application/vnd.dev.cosign.simplesigning.v1+json`).
      ' ms, sql is ',
      // moonfire-nvr's warning for a slow packet, with no level (`getting next packet took PT10.1S!`).
      'next packet took',
      // `systemctl status` on a unit that ended in failure and stays down (`Active: inactive (dead)
      // (Result: exit-code)`).
      'inactive (dead) (result: ',
      'unsupported media type',
      'restarting',
      'stopped',
      'rebooted',
      'expired',
      'unavailable',
      'does not have minimum availability',
      // OpenShift's cluster operators (`The deployment does not have available replicas`).
      'does not have available replicas',
      // An image a Docker engine does not have (`1/1: No such image: x:1`, a service's progress).
      'no such image',
      // A workload's status short of its minimum (`0 available replicas, at least 1 required`).
      'available replicas, at least',
      'replicafailure',
      'not matched',
      'pending',
      'nodelost',
      'missed',
      'missing',
      // Argo Workflows' node message for a step whose pod was deleted under it.
      'message: pod deleted',
      // ECS refusing a task over the account's limit of tasks running at once.
      'tasks you can run concurrently',
      'preempted',
      'preempting',
      'had condition',
      'restart counter',
      'scheduling restart',
      'additional capacity',
      // The kubelet's node shutdown manager stopping the node's pods, and capacity taken back.
      'killing pod',
      'interrupted',
      'query_time',
      'not available',
      'heartbeat failure',
      // A cluster member gone quiet, in LXD's, Slurm's and the Elasticsearch follower checks'
      // words, and Mesos' state for a task whose agent went away.
      'no heartbeat',
      'not_responding',
      'as faulty',
      'task_lost',
      // upstart respawning a process, and requests reported slower than a stated bound.
      'respawning',
      'taking longer than',
      // ... or too long (Redis: `Asynchronous AOF fsync is taking too long`), and Pacemaker losing
      // a node (`notice: Node x state is now lost`).
      'taking too long',
      'state is now lost',
      // YARN's NodeManager killing a container over its memory limits (`is running beyond virtual
      // memory limits`; Hadoop 3: `is running 1.2GB beyond the 'PHYSICAL' memory limit`), its
      // ResourceManager losing a NodeManager (`Node Transitioned from RUNNING to LOST`) and its
      // scheduler holding an application back (`is not yet activated`), HDFS' count of its DataNodes
      // (`Dead datanodes (6):`), and the kernel's NFS client waiting on a server (`not responding,
      // still trying`).
      'running beyond',
      'from running to lost',
      "beyond the '",
      'not yet activated',
      'dead datanodes (',
      'still trying',
      // HAProxy with no server left in a backend, and Varnish's probes calling a backend sick.
      'no server available',
      ' sick',
      // systemd restarting a failed unit, a game server's tick loop behind, Jupyter's kernel restarts.
      'activating (auto-restart)',
      "can't keep up!",
      'kernelrestarter: restarting kernel',
      // LSF's pending reason for a job no host can take.
      'requirements not satisfied',
      // Karmada's scheduler with no member cluster to place a workload on, and Passenger finding an
      // application process gone (`Process (pid=147, ...) no longer exists! Detaching it from the pool.`).
      'no clusters fit',
      'no longer exists! detaching it from the pool',
      // EKS' Fargate scheduler's reason quoted on its own (`Pod not supported on Fargate: ...`).
      'pod not supported on fargate',
      // runc on a container whose process never started, as a line of its own (`standard_init_linux.go:211: exec
      // user process caused "no such file or directory"`, `container_linux.go:349: starting container process
      // caused "..."`).
      'exec user process caused',
      'starting container process caused',
      // IBM MQ's `dspmq` on a queue manager that stopped on its own.
      'status(ended unexpectedly)',
      // The Datadog Agent's supervisor with a child down.
      'is not running all child processes',
      // Reactor's timeout operator, whose exception message states no level.
      'did not observe any item or terminal signal within',
      // A chassis' supervisor losing a line card, and Laravel Horizon's status command, neither with a level.
      'lost midplane connectivity',
      'horizon is inactive',
      // The kernel's hung-task detector, once its `INFO:` header has let its words be read.
      'blocked for more than',
      // orchestrator on a dead MySQL primary, a Redis cluster node marked failed (stated at notice), and
      // Palantir's Spark scheduler with no room for an executor, none with a level of its own.
      'deadmaster',
      // Percona's operator for MySQL on a member its readiness check found not ready, with no level of its own.
      'readiness check failed: member state',
      'fail message received from',
      'not enough capacity to',
      // Squid's parent giving up on restarting a kid (OPNsense writes it at notice, in its own columns).
      'repeated, frequent failures',
      // FreeRADIUS' proxy on home servers that did not answer, metal3's Ironic operator (its header lets the
      // words be read) on a deployment short of replicas, none with a level of its own.
      'no proxy response',
      'as zombie (it has not responded',
      'no response to status check',
      'deployment not available yet',
      'no matching manifest',
      // utiltrace output: the apiserver's report of an operation that outran its threshold.
      'trace[',
      'trace.go:',
    ],
    // A status column reading "down" (nomad node status), but not "shutdown" or "slowdown";
    // a line in a failure's layout (the watcher's shapes: a utiltrace step, a table row).
    patterns: [/(?:^|\s)down(?:\s|$)/i],
    shapes: ALL_SHAPES,
  },
] as const satisfies readonly SeverityRule[];

/** What a line that matches no row gets. */
export const DEFAULT_SEVERITY = 'INFO';

/**
 * Where a line starts quoting another program's output, whose own level is not the line's: the
 * kubelet's probe failures carry the probe's output after `probe failed: ` (`Readiness probe
 * failed: 2024-10-27 15:28:36.279 [INFO][167273] confd/health.go 180: ... calico/node is not
 * ready`). A level stated after the first of these is not read.
 */
export const QUOTED_OUTPUT_MARKERS: readonly string[] = ['probe failed: '];

// All keywords and shape substrings of all rules in one automaton, so a line is scanned once
// whatever the size of the tables; a hit records where its rule's first keyword starts, or marks
// one shape as worth testing. The same scan notes whether the line may hold request data to
// mask (REQUEST_DATA_MARKERS) and which info-level reporters' headers it may hold, so neither
// costs a pass of its own over the many lines that hold none.
const RULES: readonly SeverityRule[] = SEVERITY_RULES;
const SHAPES = new ShapeGroups();
const NONE = 0x7fffffff;
const keywordAt = new Int32Array(RULES.length);
const HEADERS = INFO_LEVEL_REPORTERS.headers;
const headerSeen = new Uint8Array(HEADERS.length);
let dataSeen = false;
const KEYWORD = 0;
const SHAPE = 1;
const DATA = 2;
const HEADER = 3;
const READER = 4;
const QUOTE = 5;
/** Where the first quoted output starts (QUOTED_OUTPUT_MARKERS), or NONE. */
let quoteAt = NONE;
/** Per field reader, 1 when the line holds one of its marks (READER_MARKS). */
const readerGate = new Uint8Array(READER_COUNT);
const scanLine = taggedScanner<{ kind: number; index: number; length: number }>(
  [
    ...RULES.flatMap((rule, index) => [
      ...rule.keywords.map((keyword) => [keyword, { kind: KEYWORD, index, length: keyword.length }] as const),
      ...rule.shapes.map((shape) => [shape.contains, { kind: SHAPE, index: SHAPES.add(index, shape), length: 0 }] as const),
    ]),
    ...REQUEST_DATA_MARKERS.map((marker) => [marker, { kind: DATA, index: 0, length: 0 }] as const),
    ...HEADERS.map((h, index) => [h.contains.toLowerCase(), { kind: HEADER, index, length: 0 }] as const),
    ...READER_MARK_ENTRIES.map(([mark, index]) => [mark, { kind: READER, index, length: 0 }] as const),
    ...QUOTED_OUTPUT_MARKERS.map((marker) => [marker, { kind: QUOTE, index: 0, length: marker.length }] as const),
  ],
  (hit, end) => {
    if (hit.kind === KEYWORD) {
      if (end + 1 - hit.length < keywordAt[hit.index]!) keywordAt[hit.index] = end + 1 - hit.length;
    } else if (hit.kind === SHAPE) SHAPES.saw(hit.index, end);
    else if (hit.kind === DATA) dataSeen = true;
    else if (hit.kind === HEADER) headerSeen[hit.index] = 1;
    else if (hit.kind === QUOTE) quoteAt = Math.min(quoteAt, end + 1 - hit.length);
    else readerGate[hit.index] = 1;
  },
);

/** Scans the line's lowercase text, forgetting what the last line's scan found. */
function scan(low: string): void {
  keywordAt.fill(NONE);
  headerSeen.fill(0);
  readerGate.fill(0);
  dataSeen = false;
  quoteAt = NONE;
  scanLine(low, SHAPES.reset(low.length));
}

/**
 * The longest match a level pattern can make (a klog header is 23 characters, a level word 9,
 * a syslog priority 4): a pattern need only read this far past the earliest level keyword,
 * since a marker starting later cannot come first (skills/severity-skills.test.ts checks it).
 */
export const LEVEL_PATTERN_REACH = 64;

// Every level's markers in one expression, run once per line (levelMarkersPattern).
const LEVEL_MARKERS = levelMarkersPattern(RULES);
const LEVEL_GROUPS = RULES.map((_, r) => `r${r}`);

/** The level row whose marker the line states first (its header or a pattern), and where; or null. */
function firstMarker(head: string): { row: number; at: number } | null {
  const match = LEVEL_MARKERS.exec(head);
  if (match === null) return null;
  const groups = match.groups!;
  for (let r = 0; r < LEVEL_GROUPS.length; r += 1) if (groups[LEVEL_GROUPS[r]!] !== undefined) return { row: r, at: match.index };
  return null;
}

/**
 * The line's severity; `reach` and `quotes` are the seams a test uses to show LEVEL_PATTERN_REACH
 * and QUOTED_OUTPUT_MARKERS matter.
 */
export function inferSeverity(line: string, reach: number = LEVEL_PATTERN_REACH, quotes = true): string {
  // The original lowercases with str.lower(), not casefold(), so "ß" stays "ß" here too.
  let flat = collapsePadding(line);
  let low = flat.toLowerCase();
  scan(low);
  // A line in a format whose fields a reader knows is judged by those fields alone (the scan
  // found which readers' marks the line holds: only those readers run).
  const fields = judgeFields(line, FIELD_TABLES, readerGate);
  if (fields !== null) return fields.severity;
  // Request data (paths, query strings, referrers, user agents) is never evidence: a line that
  // may hold some is masked and read again.
  if (dataSeen) {
    const masked = maskRequestData(line);
    if (masked !== line) {
      flat = collapsePadding(masked);
      low = flat.toLowerCase();
      scan(low);
    }
  }
  let stated = -1;
  let statedFirst = NONE;
  // A level keyword's place bounds where a pattern can still come first: the patterns read
  // only the line up to there (and their reach past it), not the whole line.
  // Nor is a level read inside output the line quotes.
  const bound = quotes ? quoteAt : NONE;
  let firstKeyword = NONE;
  for (let r = 0; r < RULES.length; r += 1) if (RULES[r]!.reads === 'level' && keywordAt[r]! < firstKeyword && keywordAt[r]! < bound) firstKeyword = keywordAt[r]!;
  const end = Math.min(bound, firstKeyword === NONE ? NONE : firstKeyword + reach);
  const head = end >= flat.length ? flat : flat.slice(0, end);
  const marker = firstMarker(head);
  for (let r = 0; r < RULES.length; r += 1) {
    if (RULES[r]!.reads !== 'level') continue;
    const keyword = keywordAt[r]! < bound ? keywordAt[r]! : NONE;
    const at = marker !== null && marker.row === r && marker.at < keyword ? marker.at : keyword;
    if (at < statedFirst) {
      stated = r;
      statedFirst = at;
    }
  }
  if (stated >= 0) {
    const severity = RULES[stated]!.severity;
    if (severity !== 'INFO') return severity;
    if (!infoLevelReporter(flat, INFO_LEVEL_REPORTERS, headerSeen, readerGate)) return quietSeverity(flat);
  }
  for (let r = 0; r < RULES.length; r += 1) {
    const rule = RULES[r]!;
    if (rule.reads !== 'wording') continue;
    if (keywordAt[r] !== NONE || rule.patterns.some((pattern) => pattern.test(flat)) || SHAPES.matches(r, low)) {
      return rule.severity;
    }
  }
  return quietSeverity(flat);
}

/**
 * What a line no level or wording made a warning gets: a klog speaker reporting a failure is a
 * warning, and a report that the process is ending (PROCESS_EXIT_LEVELS: a Go runtime's crash, glog's
 * failure signal handler) an error.
 */
function quietSeverity(flat: string): InferredSeverity {
  if (judgeKlogSpeaker(flat, KLOG_SPEAKER_RULES, readerGate) !== null) return 'WARNING';
  return statesProcessExit(flat, PROCESS_EXIT_LEVELS, readerGate) ? 'ERROR' : DEFAULT_SEVERITY;
}
