// Watcher policy: what a log line must say to count as a failure. Data only; the watcher
// agent imports these tables and never keeps patterns of its own.
import { casefold } from '../src/casefold.ts';
import { collapsePadding, ShapeGroups, type LineShape } from '../src/shape-groups.ts';
import { DETECTABLE_SHAPES, EXCLUDE_SHAPES } from './line-shapes.ts';
import { taggedScanner } from '../src/substring-set.ts';
import { maskRequestData, REQUEST_DATA_MARKERS } from '../src/line-formats/access-log.ts';
import { READER_COUNT, READER_MARK_ENTRIES, type ReaderGate } from '../src/line-formats/reader-marks.ts';
import type { FailureType } from './failure-types.ts';

export const AGENT_VERSION = '1.183.0';

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
    // Talos' userspace OOM controller starting to kill under memory pressure (`[talos] OOM controller
    // triggered`).
    'oom controller triggered',
    // Celery's pool on a worker the kernel killed (`Process 'ForkPoolWorker-31' pid:90 exited with
    // 'signal 9 (SIGKILL)'`, billiard's `Worker exited prematurely: signal 9 (SIGKILL)`): SIGKILL is
    // read as the OOM killer's, as a child's `return code -9` is.
    'signal 9 (sigkill)',
    // The JVM's own words for a heap it could not grow: the collector's give-up (`GC overhead
    // limit exceeded`, also without the OutOfMemoryError before it). (Cloud Foundry's jvmkill
    // agent, `Resource exhaustion event: the JVM was unable to allocate memory from the heap.`, is
    // read by the shape for a request for memory refused.)
    'gc overhead limit exceeded',
    // V8's own words for a heap it could not grow (`# Fatal javascript OOM in GC during
    // deserialization`, newer Node's `Fatal JavaScript OOM in MarkCompactCollector`).
    'fatal javascript oom',
    // HTCondor removing a job past its memory request (CRAB: `Job killed by HTCondor due to
    // excessive memory use (RSS=2250 MB)`).
    'due to excessive memory use',
    'exceeded memory limit',
    'memory cgroup',
    'cgroup memory',
    'killed due to memory',
    'memory limit exceeded',
    // The kernel ("invoked oom-killer", "oom-kill:constraint=...", its kill report) and the
    // node problem detector's OOMKilling event.
    'oom-kill',
    'oomkilling',
    // V8 (Node) failing to get memory for an isolate (`# Fatal process OOM in insufficient memory to
    // create an Isolate`): its own words, read before the placement words it holds.
    'fatal process oom in',
    'oom_kill_process',
    'total-vm:',
    // ... also as some kernels and pastes write it (`Killed process 8055 (ruby) totalvm:2159008kB`).
    'totalvm:',
    // Splash's own memory guard ending the service (`maxrss exceeded 1000 MB, shutting down...`).
    'maxrss exceeded',
    // ECS stop reasons and the JVM.
    'outofmemoryerror',
    // Cloud Run and Cloud Functions, then Heroku's R14 and R15.
    'allowed memory limit',
    'increasing the memory limit',
    'memory quota exceeded',
    'memory quota vastly exceeded',
    // The JVM's heap exhausted, as a task or worker that died of it reports it (`Error: Java
    // heap space`).
    'java heap space',
    // ... and Slurm's job record of a job killed at its memory limit.
    'jobstate=out_of_memory',
    // Ray's record of a worker it killed for its node's memory (`exit_type = NODE_OUT_OF_MEMORY`).
    'node_out_of_memory',
    // PM2 restarting a Node.js process over its memory limit (`Process 0 restarted because it
    // exceeds --max-memory-restart value`).
    'exceeds --max-memory-restart value',
    'got signal 9',
    'terminated by signal 9',
    // The kernel's reaper after an OOM kill, and the ECS agent's report of it.
    'oom_reaper',
    'due to oom',
    // The kernel's memory-cgroup kill report, and .NET's exception.
    'killed as a result of limit of',
    'outofmemoryexception',
    // `docker events` (the exit status 137 of a kill is read by EXIT_STATUS_OF_A_KILL).
    'container oom ',
    // App Engine's instance memory limits.
    'exceeded soft memory limit',
    'exceeded soft private memory limit',
    'using too much memory and was terminated',
    // Talos' userspace OOM handler killing a pod's cgroup.
    'runtime.oomcontroller',
    // The kubelet's OOM watcher (`Cgroup OOM encountered, victim process: ...`).
    'cgroup oom encountered',
    // Netty's direct-memory exhaustion (JVM services).
    'outofdirectmemoryerror',
    // The kubelet's OOM watcher for the node's own processes (SystemOOM events).
    'system oom encountered',
    // The vertical pod autoscaler's updater seeing a container killed for memory soon after start.
    'quick oom detected',
    // ... and its recommender's record of one (`OOM detected {Timestamp:... Memory:... ContainerID:...}`).
    'oom detected {timestamp:',
    // crun finding the container's init killed as it started (`OOM: the memory limit could be
    // too low`), and the JVM failing to reserve its memory (`There is insufficient memory for the
    // Java Runtime Environment to continue`). (The Docker event stream's `"status":"oom"` is read
    // in any layout by a shape.)
    'the memory limit could be too low',
    'insufficient memory for the java runtime',
    // The Erlang VM's allocators giving up (`eheap_alloc: Cannot allocate 441485240 bytes of
    // memory (of type "heap").`; binary_alloc, ets_alloc and the others say the same), after which
    // the VM writes its crash dump and exits.
    'bytes of memory (of type',
    // Batch schedulers killing a job over its memory limit: LSF's exit reason (`TERM_MEMLIMIT: job
    // killed after reaching LSF memory usage limit.`), PBS and Torque (`Job exceeded a memory
    // resource limit (vmem, pvmem, etc.). Job was aborted`, `job 3132467 exceeded MEM usage hard
    // limit (2528 > 1126)`).
    'term_memlimit',
    'exceeded a memory resource limit',
    'exceeded mem usage hard limit',
    // YARN's NodeManager killing a container over its limits (`Container [pid=x,containerID=y] is
    // running beyond virtual memory limits. ... Killing container.`; Hadoop 3 says `is running 1.2GB
    // beyond the 'PHYSICAL' memory limit`), the exit statuses it gives them (KILLED_EXCEEDED_PMEM,
    // KILLED_EXCEEDED_VMEM) and OpenPAI's names for them (`CONTAINER_VIRTUAL_MEMORY_EXCEEDED`,
    // `Container Killed since it exceeded the request virtual memory`); systemd-oomd (`x.service:
    // systemd-oomd killed 2 process(es) in this unit.`, `Killed /x.slice due to memory pressure
    // for /y being 61.3% > 50.0% for > 20s with reclaim activity`).
    'running beyond physical memory limits',
    'running beyond virtual memory limits',
    "beyond the 'physical' memory limit",
    "beyond the 'virtual' memory limit",
    'killed_exceeded_pmem',
    'killed_exceeded_vmem',
    'container_physical_memory_exceeded',
    'container_virtual_memory_exceeded',
    'killed since it exceeded the request',
    'systemd-oomd killed',
    'due to memory pressure for',
    // containerd's OOM event, as it logs it on receipt (`msg="TaskOOM event &TaskOOM{ContainerID:x,}"`,
    // read at info by INFO_LEVEL_REPORTERS), and AWS Lambda's error type for a function that ran out
    // of memory (`{"errorType":"Runtime.OutOfMemory",...}`).
    'taskoom event',
    'runtime.outofmemory',
    // YARN's node manager killing a container over its memory limit, as Spark and Flink quote it
    // (`Container killed by YARN for exceeding memory limits. 7.2 GB of 4.2 GB virtual memory used.`).
    'for exceeding memory limits',
    // Cloud Run's own notice of a container that ran out of memory (`Out-of-memory event detected in
    // container`), and Discourse's watchdog restarting its job runner over its memory (`Sidekiq is
    // consuming too much memory (using: 597.82M) for 'x', restarting`).
    'out-of-memory event detected',
    'is consuming too much memory',
    // HTCondor stopping a job over its memory request (`Job has gone over memory limit of 4096 megabytes.
    // Peak usage: 4088 megabytes.`).
    'has gone over memory limit',
    // PHP stopping a script at its memory limit (`PHP Fatal error:  Allowed memory size of 134217728 bytes
    // exhausted (tried to allocate 20480 bytes)`), which ends the worker running it.
    'bytes exhausted (tried to allocate',
    // Dask's nanny restarting a worker past its memory budget (`distributed.nanny - WARNING - Worker exceeded
    // 95% memory budget. Restarting`): the worker is ended for its memory, not crash-looping.
    'memory budget. restarting',
  ],
  ImagePullBackOff: [
    // HPC runtimes refused an image: Charliecloud (`error: not in registry: docker.io:443/x/y:tag`) and Singularity's
    // library (`failed to get manifest for: shub://x/y: the requested manifest was not found in singularity hub`).
    'error: not in registry: ',
    'the requested manifest was not found',
    // Artifactory refusing a client the manifest it asked for (docker-java: `{"message":"unauthorized: The client does
    // not have permission for manifest"}`).
    'does not have permission for manifest',
    // An image reference a client refuses before any pull (Docker's and Podman's `repository name must
    // be lowercase`), as `InvalidImageName` is.
    'repository name must be lowercase',
    // Docker pulling an artifact that is not an image (a cosign signature, an in-toto attestation):
    // `unsupported media type application/vnd.dev.cosign.simplesigning.v1+json`.
    'unsupported media type application/vnd.',
    // Azure's container platforms: a pull refused (`unable to pull image using Managed identity
    // ...`) and an instance's end (`terminated with exit code '' and reason 'ImagePullFailure'`).
    'unable to pull image',
    'imagepullfailure',
    // containerd resolving an image that is not there or not allowed (`failed to resolve
    // reference "docker.io/x:1": docker.io/x:1: not found`), as Compose and the kubelet print it.
    'failed to resolve reference "',
    // The pull that fetches an image's source in Podman, CRI-O and Kata (containers/image: `initializing
    // source docker://registry.k8s.io/pause:3.6: pinging container registry ...`), and Kata's agent on a
    // pull it gave up (`agent pull image err. context deadline exceeded`): an image not had, whatever the
    // cause words say (a deadline, an i/o timeout).
    'initializing source docker://',
    'pull image err',
    'imagepullbackoff',
    'errimagepull',
    'errimageneverpull',
    'invalidimagename',
    'failed to pull',
    'back-off pulling image',
    // crictl's pull failing in the runtime's call (`pulling image: rpc error: code = Unknown desc
    // = context deadline exceeded`).
    'pulling image: rpc error',
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
    // dockerd's answer to a pull of an image it cannot find or may not read.
    'does not exist or no pull access',
    // kubectl logs on a container whose image cannot be pulled.
    'trying and failing to pull image',
    // Azure Container Apps' system log.
    'image pull errors',
    // skopeo and Podman failing to copy an image from its registry.
    'unable to copy from source docker://',
    // dockerd's own log of a pull that failed, and a Swarm task rejected (or a Nomad task not
    // started: `Failed to create container: no such image`) because its node has no such image
    // and could not pull it.
    'pulling image failed',
    'no such image:',
    'create container: no such image',
    // kubectl's answer for a container waiting on its image (`is waiting to start: image can't
    // be pulled`, and as Skaffold's status check words it, with the image named: `is waiting to
    // start: shop/web:1 can't be pulled`), Skaffold's error code (`STATUSCHECK_IMAGE_PULL_ERR`),
    // Tekton's reason for a TaskRun whose image could not be pulled (`TaskRunImagePullFailed`),
    // and its entrypoint lookup failing at the registry.
    "can't be pulled",
    // The kubelet's InvalidImageName event: the image reference cannot be parsed, so it is never
    // pulled (`Failed to apply default image tag "x": couldn't parse image name "x": ...`).
    'failed to apply default image tag',
    // containerd's own error for a reference it could not resolve at the registry (`failed to
    // resolve image "x": ... unexpected status: 429 Too Many Requests`).
    'failed to resolve image',
    'image_pull_err',
    'imagepullfailed',
    'error getting image manifest',
    // A registry's manifest list with no image for the node's platform (`no matching manifest for
    // windows/amd64 10.0.14393 in the manifest list entries`).
    'no matching manifest for',
    // Podman choosing from a manifest list with no image for the host's architecture (`choosing an image from
    // manifest list docker://x: no image found in image index for architecture arm64, variant "", OS linux`).
    'no image found in image index for architecture',
    // A pulled layer whose content did not match its digest (`filesystem layer verification failed
    // for digest sha256:...`).
    'filesystem layer verification failed',
    // An image a runtime was told not to pull and does not hold (Podman under Nomad: `image
    // localhost/x:local not found in local storage`).
    'not found in local storage',
    // Nextflow's Kubernetes executor (`K8s pod image cannot be pulled -- rpc error: ...`).
    'pod image cannot be pulled',
    // dockerd giving up on a pull at its first error (`Not continuing with pull after error: Tag x not
    // found in repository y`, `... manifest unknown`).
    'not continuing with pull after error',
    // A CI runner's pull retried after it failed (`Warning: Docker pull failed with exit code 1, back
    // off 7.312 seconds before retry.`): the pull, not the container, backing off.
    'docker pull failed with exit code',
    // A pull failed in a device agent's words (Azure IoT Edge: `Could not pull image x`, `Error during
    // pull for image x`, `Executing command for operation ["pull"] failed.`; balena's supervisor:
    // `Failed to download image 'x' due to '...'`).
    'could not pull image',
    'error during pull',
    'operation ["pull"] failed',
    'failed to download image',
    // containerd on an image with no manifest for the node's platform (a Windows node pulling a
    // Linux-only image: `no match for platform in manifest: not found`).
    'no match for platform in manifest',
    // Service Fabric's hosting on a container image it could not fetch (`There was an error during
    // download.Failed to download container image x`, `Container image download failed with
    // authorization attempt type ...`, `Failed to import docker image error 0xd00000e5.`).
    'failed to download container image',
    'container image download failed',
    'failed to import docker image',
    // Krustlet's image pull (`kubelet::state::common::image_pull: error=unsupported media type: ...`).
    'image_pull: error=',
    // Podman's events in the journal on a pull that failed (`image pull-error x short-name resolution
    // enforced but cannot prompt without a TTY`).
    'image pull-error ',
    // containers/image on a registry that speaks only the retired v1 protocol (Podman: `Error: initializing
    // source docker://x: can't talk to a V1 container registry`).
    "can't talk to a v1 container registry",
  ],
  CrashLoopBackOff: [
    // Nextflow on a task that failed and that it runs again (`NOTE: Process `x` terminated with an error exit
    // status (1) -- Execution is retried (1)`): exit 137 is still read as the OOM killer's.
    '-- execution is retried',
    // Zigbee2MQTT's watchdog waiting to start it again after it stopped (`WATCHDOG: Waiting 0.5min
    // before next start try.`).
    'before next start try',
    // flyctl's smoke checks on a new release whose machines kept exiting (`Error: smoke checks for x
    // failed: the app appears to be crashing`).
    'the app appears to be crashing',
    // Manticore's watchdog bringing back its daemon after a crash (`watchdog: main process 900248
    // killed dirtily with signal 6, will be restarted`).
    'killed dirtily with signal',
    // Pterodactyl's daemon before Wings restarting a game server it found crashed (`Server process
    // detected as entering a crashed state; rebooting.`).
    'entering a crashed state; rebooting',
    // strongSwan's starter bringing its daemon back (`charon has died -- restart scheduled (5sec)`).
    'has died -- restart scheduled',
    // torch elastic's agent restarting the workers of a job after one failed (`Worker group FAILED.
    // 3/3 attempts left; will restart worker group`).
    'will restart worker group',
    // upstart respawning a job whose main process ended (`init: vpp main process ended,
    // respawning`).
    'main process ended, respawning',
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
    'exit code 139',
    'exit 139',
    'exceeded allowed attempts',
    'start request repeated too quickly',
    // illumos' service manager on a service it put in maintenance for dying each time it was started
    // (`svcs -x`: `Reason: Restarting too quickly.`).
    'restarting too quickly',
    // FrankenPHP on a PHP worker it starts again after it ended, and on one that kept failing (`"msg":"unexpected
    // termination, restarting"`, `"msg":"too many consecutive worker failures"`), and `pm2 list` on an app it gave
    // up restarting (`│ shop │ 0 │ fork │ 0 │ errored │ 15 │ ...`).
    'unexpected termination, restarting',
    'too many consecutive worker failures',
    '│ errored │',
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
    // ... and as `systemctl status` shows the same unit (`Active: failed (Result: start-limit-hit)`).
    '(result: start-limit-hit)',
    // A Job whose pods kept failing until its backoff limit.
    'backofflimitexceeded',
    'reached the specified backoff limit',
    // Azure Container Apps' reason for a container it keeps restarting.
    'containerbackoff',
    // Older Nomad's event for a task that used up its restart attempts.
    'task exceeded restart policy',
    // Cloud Foundry's crash events (`app.crash ... reason: CRASHED`, the v2 `App instance
    // exited ... "reason"=>"CRASHED"`, v3 `Process has crashed`): an instance it restarts.
    'reason: crashed',
    '"reason"=>"crashed"',
    'process has crashed',
    // A Swarm task whose container did not start (`starting container failed: ...`): Swarm
    // starts a new task in its place.
    'starting container failed',
    // A process manager that restarts the container it reports crashed (`[manager] container
    // [worker-1] has crashed, restart container in 5 minutes.`).
    'has crashed, restart',
    // Home Assistant's supervisor restarting an add-on whose container stopped (`Watchdog found
    // addon x is failed, restarting...`; `is unhealthy, restarting` is its health check).
    'is failed, restarting',
    // Nomad's task event restarting a task that failed, within its restart policy (`Restarting |
    // Restart within policy`), Marathon delaying the next launch of an app whose tasks keep
    // failing (`Delaying /app due to backoff. Time left: ...`), and `oc status` on a pod that
    // restarted lately (`pod/router-7-x has restarted within the last 10 minutes`).
    'restart within policy',
    'due to backoff',
    'has restarted within the last',
    // A process supervisor giving up after repeated restarts (`Error: Restarted too many times,
    // bailing.`).
    'restarted too many times',
    // systemd restarting a unit whose process failed (`Active: activating (auto-restart) (Result:
    // exit-code)`).
    'activating (auto-restart) (result: exit-code)',
    // Pterodactyl's daemon restarting a game server it finds crashed (`Server detected as crashed!
    // Attempting server reboot.`), and holding back when it crashed again within a minute.
    'detected as crashed',
    'detected server process in a crashed state',
    // Its daemon since Wings (`detected server as entering a crashed state; running crash handler`).
    'detected server as entering a crashed state',
    // ioBroker's host refusing to start an adapter again after it kept crashing (`Do not restart
    // adapter system.adapter.x because restart loop detected`), and evcc leaving on a fatal error
    // that its service restarts (`FATAL ... will attempt restart in: 15m0s`).
    'restart loop detected',
    'will attempt restart in',
    'last crash occurred less than',
    // Jupyter's kernel restarter bringing back a kernel that died (`KernelRestarter: restarting kernel
    // (1/5)`), and giving up after its attempts (`KernelRestarter: restart failed`).
    'kernelrestarter: restarting kernel',
    'kernelrestarter: restart failed',
    // A supervisor restarting a process that died: keepalived's parent respawning its VRRP or
    // health-check child (`VRRP child process(6796) died: Respawning`) and runit's service
    // directory giving up (`/etc/runit/runsvdir/default/patroni: exceeded maximum number of
    // restarts 5`).
    'died: respawning',
    'exceeded maximum number of restarts',
    // PM2 giving up on a script it kept restarting (`Script x had too many unstable restarts (16).
    // Stopped. "errored"`), as Nomad's `Exceeded allowed attempts` is read.
    'too many unstable restarts',
    // Docker's CLI refusing a container its restart policy keeps bringing back (`Error response from
    // daemon: Container x is restarting, wait until the container is running.`).
    'is restarting, wait until the container is running',
    // supervisord's state for a program it keeps restarting (`slurmctld is in the BACKOFF state.`, as
    // an image's start script prints it), and k3d on a node container it keeps restarting (`Node
    // 'k3d-dev-server-0' is restarting for more than a minute now.`).
    'in the backoff state',
    'is restarting for more than',
    // balena's supervisor bringing a service back after it exited (`Restarting service 'pihole sha256:...'`).
    "restarting service '",
    // A daemon's own watchdog bringing it back after a crash (ProxySQL: `ProxySQL crashed.
    // Restarting!`).
    'crashed. restarting',
    // Fluentd's supervisor bringing back its worker (`fluentd main process died unexpectedly.
    // restarting.`).
    'unexpectedly. restarting',
    // Squid on helpers that keep dying (`FATAL: The redirector helpers are crashing too rapidly, need help!`),
    // its parent giving up restarting a kid (OPNsense: `squid-1 process N will not be restarted for 3600
    // seconds due to repeated, frequent failures`), and Hue's supervisor (`Process x has restarted more than
    // 3 times in the last 12 seconds`).
    'crashing too rapidly',
    'due to repeated, frequent failures',
    'has restarted more than',
    // An image's service supervisor giving up on a service it kept restarting (`Disabling 20-php-fpm
    // service because it has tried restarting '50' times`).
    "because it has tried restarting '",
  ],
  StartupProbeFailed: [
    // Elastic Beanstalk's enhanced health on instances its load balancer's checks fail (`Environment health has
    // transitioned from Ok to Severe. ... ELB health is failing or not available for all instances.`), and App
    // Engine flexible's runtime waiting on an app that does not pass its check (`ah_start: app not healthy,
    // won't send /_ah/start yet.`).
    'elb health is failing',
    "app not healthy, won't send /_ah/start",
    // Thanos' and Prometheus' own probe handlers turning not ready (`msg="changing probe status" status=not-ready
    // reason="...: context deadline exceeded"`), read as the check failing whatever it timed out on.
    'changing probe status" status=not-ready',
    // OpenShift's cluster operators on their own health checks of the routes and endpoints they serve, a
    // condition named only while it fails (`oc get co`: `RouteHealthAvailable: failed to GET route (https://...):
    // ... context deadline exceeded`, `OAuthServerServiceEndpointAccessibleControllerAvailable: Get
    // "https://.../healthz": ...`): the check failed, whatever it timed out on.
    'routehealthavailable: ',
    'endpointaccessiblecontrolleravailable: ',
    // Percona's operator for MySQL on its readiness check of a member (`readiness check failed: Member state:
    // RECOVERING`).
    'readiness check failed: member state',
    // A health check that keeps failing or timed out, in its checker's words (Open Match's `/healthz health
    // check continues to fail`; Jitsi's Jicofo on a bridge: `health-check timed out, but will give it another try`).
    'health check continues to fail',
    'health-check timed out',
    // A gRPC health check that got no answer in time, as Boulder's start-up waits on its services
    // (`got error connecting to health service ca2:9093: grpc.health.v1.Health.Check timed out after 1000
    // ms`): the check failed, whatever it timed out on.
    'health.check timed out',
    // Feast's serving reporting itself not ready for want of the service it needs (`HealthHttpService :
    // not ready: unable to connect to core service`).
    'not ready: unable to connect to',
    // A service's own check of one it depends on, failing (EdgeX: `msg=" edgex-core-metadata service not
    // healthy..."`), and Supabase's CLI on containers whose health check fails, where the words open its line
    // (`service not healthy: [supabase_rest_x ...]`).
    'service not healthy',
    // A component's own health check failing or out of time (Jitsi's videobridge: `Performing a
    // health check took too long: PT32.766281S`; Milvus' proxy: `["check health fail"] [role=rootcoord]`).
    'health check took too long',
    'check health fail',
    // Gravitee's gateway on an endpoint's health check that failed (`An error has occurred during Health
    // check request`).
    'error has occurred during health check',
    // A client's pool dropping a member whose health check fails (Mimir: `removing store-gateway
    // failing healthcheck ... reason="rpc error: code = DeadlineExceeded ..."`: the check's timeout is
    // the check failing).
    'failing healthcheck',
    // A CI runner's health check of the services a job starts (GitLab Runner: `*** WARNING: Service x
    // probably didn't start properly.`, `service "x-wait-for-service" timeout`; gitlab-ci-local:
    // `service image: docker:dind healthcheck failed`), and any health check in that word
    // (Cloud Foundry's in an app's log stream: `[HEALTH/0] ERR healthcheck failed`; it replaced a
    // shape for that stream alone).
    "probably didn't start properly",
    '-wait-for-service" timeout',
    'healthcheck failed',
    // Mailcow's watchdog on a service its checks fail (`Rspamd health level: 0% (0/10), health trend:
    // -1`, `Rspamd hit error limit`, `Rspamd settings check failed, score returned: 100`).
    ' health level: 0% (0/',
    ' hit error limit',
    'check failed, score returned',
    'startup probe failed',
    // Dashy's own health check, in its spelling (`Healthceck Failed, Error: ECONNREFUSED`).
    'healthceck failed',
    // Azure App Service's start-up ping (`Container x for site y did not start within expected time
    // limit. Elapsed time = 230.06 sec`), as its `didn't respond to HTTP pings` is read.
    'did not start within expected time limit',
    // Consul's agent checks (`Check "web" missed TTL, is now critical`, `Check "web" HTTP
    // request failed: ...`, `Timed out running check`), and Ray Serve's proxy health check.
    'is now critical',
    'timed out running check',
    "didn't receive health check response",
    'readiness probe failed',
    'startup probe timed out',
    'readiness probe timed out',
    'liveness probe failed',
    'health check failed',
    // Compose refusing to start services after a dependency's health check failed
    // (`Healthcheck for service(s) upstream of <Service: x> failed - not processing`).
    'healthcheck for service(s) upstream of',
    'connection refused',
    'probe failed',
    'probe timed out',
    'failed liveness probe',
    // A health check that failed in its own words, whatever failed it (a timeout included): CoreDNS's
    // health plugin on its own endpoint (`plugin/health: Local health request to "http://:8080/health"
    // failed: ... context deadline exceeded`) and EKS's pod identity agent (`"msg":"Failed probe: Get
    // \"http://169.254.170.23:80\": context deadline exceeded"`).
    ' health request to ',
    'failed probe: ',
    // ingress-nginx's check of its own nginx (`healthcheck error: Get http+unix://nginx-status/healthz: dial
    // unix /tmp/nginx-status-server.sock: connect: no such file or directory`), and RKE's of the control plane
    // and etcd it brings up (`Failed to verify healthcheck: Service [kube-apiserver] is not healthy on host
    // [x]`, `[etcd] Etcd Cluster is not healthy`).
    'healthcheck error: ',
    'failed to verify healthcheck',
    'cluster is not healthy',
    'failed readiness probe',
    'failed startup probe',
    'probe errored',
    // Zoraxy's uptime monitor on an upstream its check got no answer from in time (`[uptime-monitor]
    // [system:error] Ping upstream timeout. Assume offline: Get "x": context deadline exceeded`).
    'upstream timeout. assume offline',
    // An operator sidecar's own probe handler answering the kubelet that it failed (Scylla's
    // `healthz probe: can't connect to JMX`, `readyz probe: can't get scylla node status`).
    "probe: can't ",
    // OpenShift's prober report (`Readiness probe status=failure output=...`).
    'probe status=failure',
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
    // Deploy tools' own health checks (`Deploy Error: Health Checks`, Coolify's `New container is
    // not healthy, rolling back to the old container.`).
    'error: health checks',
    'container is not healthy',
    'failed to start and then listen',
    'failed the configured startup probe',
    // HAProxy's health checks.
    'is down, reason: layer',
    // containerd and Windows (hcsshim) failing to start the container's task (creating it is read under PodDown).
    'failed to start containerd task',
    'encountered an error during start',
    // dockerd giving up on a container's health check command, and a deploy tool that gave up
    // waiting for a new machine's health checks (`timeout reached waiting for healthchecks to pass`).
    'timed out starting health check',
    'waiting for healthchecks to pass',
    'waiting for health checks to pass',
    // A deploy proxy giving up on a new container's health check (`target failed to become
    // healthy`).
    'failed to become healthy',
    // Cloud Foundry's health check giving up on a new instance (`Timed out after 1m0s: health check
    // never passed.`): its probe, not a slow request.
    'health check never passed',
    // A Minecraft image's health check, mc-monitor, finding no server on its port (`failed to ping
    // localhost:25565 : EOF`): its probe, whatever the error says.
    'failed to ping localhost:',
    // ProxySQL's monitor giving up on a backend that stopped answering its pings (`Server x:3306
    // missed 3 heartbeats, shunning it and killing all the connections`): its health check.
    'heartbeats, shunning it',
    // Marathon killing a task its health checks kept failing (`Task [x] for app [/y] was killed for
    // failing too many health checks`).
    'failing too many health checks',
    // Istio's sidecar agent answering the readiness probe with what Envoy lacks (`Envoy proxy is NOT
    // ready: config not received from Pilot`).
    'envoy proxy is not ready',
    // Vector's health check of a sink failing or out of time (`Healthcheck: Failed Reason.`,
    // `Healthcheck: timeout.`), and Knative's queue proxy on its container (`HTTP probe did not respond
    // Ready, got status code: 500`).
    'healthcheck: failed',
    'healthcheck: timeout',
    'probe did not respond ready',
    // The apiserver's (and metrics-server's) own health check naming the part that failed (`healthz
    // check failed: etcd`).
    'healthz check failed',
    // Knative's activator probing a revision's pods before it sends them requests (`Failed to probe
    // clusterIP 172.20.30.59:80` with `want [200], got 503`; `Failed probing pods` with a deadline
    // exceeded): its readiness check of the revision failed.
    'failed to probe clusterip',
    'failed probing pods',
    // kubeadm's wait for the control plane it started (`[api-check] The API server is not healthy after
    // 4m0.000666996s`; `[kubelet-check] The kubelet is healthy after 1.0s` is its success).
    'is not healthy after',
    // The Supabase CLI's health check of the database container it started (`Database is not healthy.`).
    'database is not healthy',
    // Render's port check on a new service that never listened (`==> Port scan timeout reached, no open
    // ports detected.`): its probe, whatever timed out.
    'no open ports detected',
    // orchestrator's own health test before it yields raft leadership (`Health test is failing for over
    // 5 seconds. raft yielding`), and Pgpool-II's health check of a backend that ran out of its time
    // (`DETAIL:  health check timer expired`).
    'health test is failing',
    'health check timer expired',
    // SPIRE's health subsystem on a check that failed (`msg="Health check has failed" check=agent`).
    'health check has failed',
    // Nuclio's CLI on a function whose container never passed its health check (`Error - Container
    // wasn't healthy in time`), and django-health-check's report of a failed check
    // (`ERROR:health-check:unavailable: Database is not ready`).
    "wasn't healthy in time",
    // Traffic Server's watchdog on the server it checks (`traffic_cop[7983]: server heartbeat failed [1]`),
    // and DataHub's quickstart on a container up but failing its check (`- datahub-gms is running but not
    // healthy`).
    'server heartbeat failed',
    'is running but not healthy',
    // Podman's health check cut off at its timeout (`Error: healthcheck command exceeded timeout of 0s`), and
    // FreeRADIUS on a home server that did not answer its status check (`No response to status check 14168
    // for home server 10.0.0.74 port 1812`).
    'healthcheck command exceeded timeout',
    'no response to status check',
    'health-check:unavailable',
  ],
  SchedulingBlocked: [
    // Slurm's srun with no node to run on (`srun: Required node not available (down, drained or reserved)`).
    'required node not available (down, drained or reserved)',
    // Batch services with no node for the work: an Azure Batch pool that cannot grow (`Azure Batch pool 'x' has
    // resize errors and no agents are available`), a task whose VM could not be allocated (`reason:
    // NodeAllocationFailed`), Lattice unable to place an app's instances (`Error, could not place all instances:
    // insufficient resources.`), and Compute Engine and Azure refusing a cluster's machines (`The zone 'x' does
    // not have enough resources available to fulfill the request.`, `Operation could not be completed as it
    // results in exceeding approved Total Regional Cores quota.`, `Operation results in exceeding quota limits of
    // Core.`).
    'has resize errors and no agents are available',
    'nodeallocationfailed',
    'could not place all instances',
    'does not have enough resources available to fulfill the request',
    'results in exceeding approved',
    'results in exceeding quota limits of',
    // EC2 with no capacity of the type asked for (`InsufficientInstanceCapacity - We currently do not have
    // sufficient p4d.24xlarge capacity`), Slurm on a job whose nodes are unavailable (`Nodes required for job are
    // DOWN, DRAINED or reserved for jobs in higher priority partitions`), and LINSTOR's CSI finding no node for a
    // volume (`error generating accessibility requirements: no available topology found`).
    'insufficientinstancecapacity',
    'nodes required for job are down',
    'no available topology found',
    // No machine for what is asked, as Juju on MAAS says it (`cannot run instance: No available machine matches
    // constraints: mem=3584.0`), and Kubernetes-on-Mesos finding no offer a pod fits (`Error scheduling x: No
    // suitable offers for pod/task; retrying`).
    'no available machine matches constraints',
    'no suitable offers for pod',
    // EKS' Fargate scheduler on a pod it will not run, quoted without its event's columns (`Pod not supported
    // on Fargate: volumes not supported: docker`).
    'pod not supported on fargate',
    // The Datadog Cluster Agent with no node agent to run a cluster check on (`No available node to
    // dispatch kubernetes_state_core:x on, will retry later`).
    'no available node to dispatch',
    // Karmada's scheduler finding no member cluster a workload may be placed on (`no clusters fit`).
    'no clusters fit',
    // YuniKorn on a request it could place nowhere (`Unschedulable request 'x' with required node 'y', no
    // preemption victim found`).
    "unschedulable request '",
    // Presto's coordinator with no worker to run a query on (`Query x failed: No worker nodes
    // available`, `Insufficient active worker nodes. Waited 5.00m for at least 1 workers, but only 0
    // workers are active`).
    'no worker nodes available',
    'insufficient active worker nodes',
    // The scheduler before 1.10 naming the predicate a pod failed (`SchedulerPredicates failed due to
    // PersistentVolumeClaim is not bound: "x", which is unexpected.`).
    'schedulerpredicates failed due to',
    // Service Fabric's placement engine with nowhere for a replica (`The Load Balancer was unable to find a
    // placement for one or more of the Service's Replicas:`, `Secondary replica could not be placed due to
    // the following constraints`), Kasm with no agent that can take a session (`No resources are available
    // to create the requested Kasm`, `No Agent slots available`), and Moab with too few processors idle
    // (`job cannot run in partition DEFAULT (idle procs do not meet requirements : 984 of 1008 procs found)`).
    'unable to find a placement for',
    'replica could not be placed',
    'no resources are available to create the requested kasm',
    'no agent slots available',
    'idle procs do not meet requirements',
    // Classic Swarm's manager with no node to place a container on (`docker: Error response from
    // daemon: No healthy node available in the cluster.`).
    'no healthy node available',
    'failedscheduling',
    // Ray's autoscaler finding no node type a pending request would fit (`No available node types
    // can fulfill resource request {'CPU': 1.0, 'GPU': 1.0}`), and Kueue holding a job's pods for
    // want of quota (`couldn't assign flavors to pod set job: resource cpu unavailable in ClusterQueue`).
    'no available node types can fulfill resource request',
    "couldn't assign flavors to pod set",
    // ECS refusing a task over the account's limit of tasks running at once.
    'tasks you can run concurrently',
    // KAI Scheduler's reason (`No nodes with enough resources were found`).
    'no nodes with enough resources',
    'nodes are available:',
    'no nodes are available',
    'insufficient cpu',
    'insufficient memory',
    'had untolerated taint',
    'unbound immediate persistentvolumeclaims',
    // ... as the kubelet and older schedulers word it, without `immediate`.
    'pod has unbound persistentvolumeclaims',
    // The scheduler's reason spelled out by dashboards and tools (`Failed Scheduling | pod has
    // unbound PersistentVolumeClaims`).
    'failed scheduling',
    // Volcano's scheduler finding no node for a task (`Predicates failed for task <ns/name> on node`).
    'predicates failed for task',
    'error selecting node for pod',
    'error scheduling',
    'unable to place a task',
    // Nomad's placement report (`nomad plan`, `nomad job run`).
    'failed to find a node for placement',
    'additional capacity to place',
    'failedpreemption',
    'no preemption victims found',
    // Docker Swarm, and GPUStack's scheduler with no worker that can take a model instance (`No
    // suitable workers for model instance x, state: ModelInstanceStateEnum.PENDING`).
    'no suitable node',
    'no suitable workers',
    // OpenNebula's scheduler with no host for a VM (`Cannot dispatch VM to any Host. Possible reasons:
    // Not enough capacity ...`, `Cannot schedule VM, there is no suitable host.`).
    'no suitable host',
    'cannot dispatch vm to any host',
    // A batch account without the cores a job asks for (Cromwell on Azure: `Azure Batch Account does
    // not have enough low priority cores quota to run a workflow with cpu core requirement of 16`).
    'cores quota to run',
    'missing an attribute required by your task',
    'failed to place',
    // Predicate-era scheduler wording (Kubernetes before 1.10), and node affinity misses
    // whatever the count in front of them.
    'fit failure summary on nodes',
    'failed to fit in any node',
    "didn't match pod's node affinity",
    "didn't match node selector",
    "didn't satisfy existing pods anti-affinity",
    // A `kubectl get pods` row still Pending is judged by its fields (POD_STATUS_RULES in
    // skills/line-format-skills.ts), whatever its counts.
    // The predicate-era scheduler's per-node report (`fit failure on node (n): Insufficient cpu`).
    'fit failure on node',
    // Nomad's evaluation and deployment status.
    'placement failures = true',
    // The cluster autoscaler's scale-up (`Pod x can't be scheduled on <node group>`) and batch
    // schedulers' gangs (`the first 3 pods can't be scheduled to the same node`).
    "can't be scheduled",
    // ... and in other words: Ray's tasks and actors (`The actor or task with ID x cannot be
    // scheduled right now. It requires {CPU: 1.0} for placement`), a scheduler extender's filter
    // (`unable to filter nodes: waiting for Pod x scheduling`), Ray's autoscaler (`could not find
    // a node type to satisfy the request`).
    'cannot be scheduled',
    'unable to filter nodes',
    'could not find a node type',
    // Karpenter finding no instance type within a node pool's limits; Nomad's per-constraint
    // report; the cluster autoscaler declining to add a node.
    'exceed limits for nodepool',
    'nodes excluded by filter',
    "didn't trigger scale-up",
    // Volcano's gang scheduling, and the predicate-era summary in both its wordings.
    'tasks in gang unschedulable',
    'no nodes are available that match all of the',
    // Classic Swarm finding no node for a container's constraints.
    'unable to find a node that satisfies',
    // Classic Swarm's scheduler.
    'no resources available to schedule container',
    // A scheduler or a deploy tool reporting the pods it could not place; ECS's service event.
    'failed to schedule',
    'service_task_placement_failure',
    // Karpenter's provisioner (`Could not schedule pod, incompatible with nodepool ...`), and
    // Slurm's reason for a job whose requested nodes are unavailable.
    'could not schedule pod',
    'reqnodenotavail',
    // A tool's `Cannot schedule pods: ...` (the scheduler's reasons after it, `node(s) had taints
    // that the pod didn't tolerate`, are read by the `(s)` shape), Gitpod's `cannot schedule pod due to
    // out of resources, reason: OutOfcpu`.
    'cannot schedule pod',
    // Nova's scheduler with no compute host to place an instance on (`No valid host was found. There are
    // not enough hosts available.`), as the tools that ask it for machines report it.
    'no valid host was found',
    // Slurm refusing a job no node can run (`Requested node configuration is not available`).
    'requested node configuration is not available',
    // Ray's provider for vSphere finding no host or pool with a free GPU for a node (`No enough unused GPU cards
    // on host x, expected number 1, only 0`, `... for any VMs of pool x`).
    'no enough unused gpu cards',
    // The scheduler's binding cycle failing in a plugin (`running PreBind plugin "VolumeBinding":
    // binding volumes: timed out waiting for the condition`): the pod goes back to the queue.
    'running prebind plugin',
    // Fargate refusing a pod larger than any of its sizes (`Your pod's cpu/memory requirements
    // exceed the max Fargate configuration`).
    'requirements exceed the max',
    // Schedulers of other platforms finding no node: Tsuru (`No nodes found in pools [...]`),
    // Kontena (`Cannot find applicable node for service instance x: ...`), and Cloud Foundry's
    // staging (`Staging error: no available stagers`).
    'no nodes found in pool',
    'cannot find applicable node',
    'no available stagers',
    // Cloud Foundry's Diego finding no cell with room for an instance (`"details": "insufficient
    // resources: memory"`, also `: disk` and `: containers`).
    'insufficient resources: ',
    // Batch schedulers finding no host for a job: Grid Engine (`cannot run at host "h" because it
    // offers only hc:slots=0.000000`) and LSF (`Job's resource requirements not satisfied: 1 host;`).
    'because it offers only',
    'resource requirements not satisfied',
    // Data engines finding no room for their work: Spark (`Initial job has not accepted any
    // resources; check your cluster UI ...`), YARN (`Application is added to the scheduler and is
    // not yet activated. Skipping AM assignment as cluster resource is empty.`), Flink
    // (`NoResourceAvailableException: Could not allocate all requires slots within timeout`, `Could
    // not fulfill resource requirements of job x. Free slots: 0`); the gang-scheduling plugin's
    // PreFilter refusing a member of a group short of its minimum (`"PreFilter failed" err="pre-filter
    // pod x cannot find enough sibling pods, current pods number: 1, minMember of group: 5"`).
    'initial job has not accepted any resources',
    'added to the scheduler and is not yet activated',
    'noresourceavailableexception',
    'could not fulfill resource requirements',
    'prefilter failed',
    'cannot find enough sibling pods',
    // AWS Batch's reasons for a job left RUNNABLE that no compute environment can place
    // (`MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT - The job resource requirement (vCPU/memory/GPU) is
    // higher than that can be met by the CE(s) attached to the job queue.`).
    'misconfiguration:job_resource_requirement',
    'misconfiguration:compute_environment_max_resource',
    // Autoscalers that cannot add the node a pending pod needs: Karpenter's launch with no capacity
    // left in any instance type it may use (`insufficient capacity, all requested instance types were
    // unavailable during launch`), cluster-autoscaler at its limits (`Failed to scale up: max node
    // total count already reached`, `Instance group x cannot provision any more nodes!`) and its count
    // of the pods it left waiting (`21 other pods are also unschedulable`).
    'requested instance types were unavailable',
    'max node total count already reached',
    'cannot provision any more nodes',
    'pods are also unschedulable',
    // OpenStack's scheduler with no host left after its filters (`Filtering removed all hosts for the
    // request with instance ID 'x'. Filter results: [...]`).
    'filtering removed all hosts',
    // Palantir's Spark scheduler with no room left for an executor it must place again (`not enough
    // capacity to reschedule the executor`).
    'not enough capacity to reschedule',
    // LINSTOR's controller with too few satellites to place a resource's replicas on (`ERROR
    // LINSTOR/Controller - SYSTEM - Not enough available nodes`).
    'not enough available nodes',
    // Azure refusing a virtual machine a region has no room for (Cluster API's Azure provider: `Code="AllocationFailed"
    // Message="Allocation failed. We do not have sufficient capacity for the requested VM size in this region.`).
    'do not have sufficient capacity for the requested vm size',
  ],
  NodeNotReady: [
    // Slurm draining a node whose job it could not kill (`sinfo -R`: `Kill task failed root 2024-01-25T15:12:23 x`),
    // and Orleans on silos it cannot reach (`Silo x does not correspond to any known pod. Marking it as dead.`,
    // `Failed to get ping responses from 1 of 1 active silos.`).
    'kill task failed',
    'does not correspond to any known pod. marking it as dead',
    'failed to get ping responses from',
    // Infinispan's cluster view losing a member, with no level (Keycloak: `ISPN100001: Node keycloak-1-40412 left the
    // cluster`); a member joining is ISPN100000.
    'ispn100001: node ',
    // The ECS agent that cannot reach its node's Docker daemon (`Network error connecting to docker, backing off
    // for '1.1s', error: dial unix /var/run/docker.sock: ...`), and a YARN NodeManager its ResourceManager refused
    // (`Registration of NodeManager failed, Message from ResourceManager: Disallowed NodeManager from x`).
    'network error connecting to docker',
    'registration of nodemanager failed',
    // MinIO on a peer or drive it stops using until it answers again (`Marking http://minio-1...:9000/x
    // temporary offline; caused by ...`).
    'temporary offline; caused by',
    // A chassis' supervisor losing a line card (SONiC: `pmon#chassisd: Module LINE-CARD1 lost midplane
    // connectivity`, `sr_device_mgr: Unable to reach slot 1 (Linecard) via Midplane`).
    'lost midplane connectivity',
    'unable to reach slot',
    // etcd's client finding no endpoint of a member answering (`member 3def585d2a259899 is unreachable:
    // [https://x:2379] are all unreachable`).
    '] are all unreachable',
    // A kubelet refusing its own command line, after which it exits and the node cannot come up: a flag a
    // newer release removed (MicroK8s' kubelite: `"Failed to parse kubelet flag" err="unknown flag:
    // --enable-cadvisor-json-endpoints"`; an installer echoing it: `Error: failed to parse kubelet flag:
    // unknown flag: --network-plugin`).
    'failed to parse kubelet flag',
    // A node whose kubelet or K3s cannot start for what the host lacks: kubeadm's preflight on a runtime that
    // does not answer (`[ERROR CRI]: container runtime is not running: output: ...`) and on swap (`[ERROR
    // Swap]: running with swap on is not supported. Please disable swap`, the kubelet's own words too), and
    // K3s on a kernel without the memory controller (`FATA[...] failed to find memory cgroup, you may need to
    // add "cgroup_memory=1 cgroup_enable=memory" ...`).
    'container runtime is not running',
    'running with swap on is not supported',
    'failed to find memory cgroup',
    // A member cluster a multi-cluster hub stopped hearing from (Karmada's cluster controller:
    // `Message:Cluster status controller stopped posting cluster status.`; Clusternet's condition
    // `Clusternet agent stopped posting cluster status.`), Open Cluster Management's agent on a
    // managed cluster never coming up (`Error: the registration agent is not ready yet`), and
    // Teleport's proxy not reaching a node's agent through its tunnel (`failed connecting to node x.
    // Teleport proxy failed to connect to "node" agent "@local-node" over reverse tunnel`).
    'stopped posting cluster status',
    'registration agent is not ready',
    'failed to connect to "node" agent',
    // A grid's hub on a node it stopped reaching (Selenium Grid 3: `Marking the node http://x:5555 as
    // down: cannot reach the node for 2 tries`, then `Unregistering the node x because it's been down
    // for 10015 milliseconds`), Icinga on an endpoint whose connection dropped (`API client disconnected
    // for identity 'x'`), GPUStack on a worker it lost (`Marked worker x as WorkerStateEnum.NOT_READY`,
    // and its other state for a worker gone, `UNREACHABLE`).
    'cannot reach the node',
    // Cluster members lost, in the words of Erlang's Mnesia (EMQX: `Mnesia down: 'x'`, `Mnesia on 'x'
    // could not connect to node(s) ['y']`), VerneMQ (`Node 'x' is not responding to pings.`) and
    // riak-admin (`Node 'riak@x' not responding to pings.`), Redis
    // Cluster (`Marking node x as failing (quorum reached).`), Tomcat's cluster (`Unable to perform
    // failure detection check, assuming member down.`), and CloudStack on a host's agent (`Agent is
    // disconnected but the host is still up`).
    'mnesia down:',
    'could not connect to node(s)',
    'not responding to pings',
    'as failing (quorum reached)',
    'assuming member down',
    'agent is disconnected',
    // Wazuh's agent that lost its manager (`Lost connection with manager. Setting lock.`, `Process
    // locked due to agent is offline.`), Elasticsearch's and OpenSearch's nodes lost (`master left
    // (reason = transport disconnected)`, `NodeDisconnectedException: [x][y][disconnected]`), SGE's
    // execution daemon gone (`error: no value for "np_load_avg" because execd is in unknown state`).
    'lost connection with manager',
    'agent is offline',
    'master left (reason = ',
    'nodedisconnectedexception',
    'execd is in unknown state',
    "because it's been down for",
    'api client disconnected for identity',
    'as workerstateenum.not_ready',
    'as workerstateenum.unreachable',
    // Agents a server lost: KubeEdge's cloudcore on an edge node (`Node x disconnected and stopped
    // sending messages`, `connection for node x will be closed, ..., reason node disconnected`),
    // GitHub Actions on a self-hosted runner (`The self-hosted runner: x lost communication with the
    // server.`), SeaweedFS' master on its volume servers (`Removing Volume 383 from the dead volume
    // server x`, `unregister disconnected volume server x`).
    'disconnected and stopped sending messages',
    ', reason node disconnected',
    'from the dead volume server',
    'unregister disconnected volume server',
    // VerneMQ's link to a peer broker closing because the peer is gone (`vmq_cluster_com:loop:77
    // terminate due to remote_node_not_available`).
    'remote_node_not_available',
    // A cluster's failure detector on a member it stopped hearing from: Akka's and Pekko's cluster
    // core (`Cluster Node [x] - Marking node(s) as UNREACHABLE [Member(address = y, status = Up)]`)
    // and Hazelcast's (`Member [10.0.0.1]:5701 - uuid is suspected to be dead for reason: No
    // connection`).
    'marking node(s) as unreachable',
    'is suspected to be dead for reason',
    // Azure Pipelines on an agent gone silent (`##[error]We stopped hearing from agent x. Verify the agent
    // machine is running ...`), and Salt on a minion not connected to its master (`Minion did not return.
    // [Not connected]`; `[No response]` is a minion too slow to answer).
    'stopped hearing from agent',
    'minion did not return. [not connected]',
    // Service Fabric on a node that lost its lease to the cluster (`lost global lease on the local node:
    // expired`, `OnGlobalLeaseQuorumLost`, `Fabric Node has failed`), Portainer on an environment it cannot
    // reach (`Unable to query endpoint (err=Endpoint is down)`), and Moab on a job its node took down
    // (`job preempted (node failure)`).
    'lost global lease on the local node',
    'ongloballeasequorumlost',
    'fabric node has failed',
    'err=endpoint is down',
    'preempted (node failure)',
    // TDengine's reason for a data node it marked offline (`show dnodes`: `offline | ... | status msg
    // timeout`): the node stopped sending its status.
    'status msg timeout',
    // A database frontend's heartbeat to a backend or frontend node coming back bad (StarRocks and
    // Doris: `get bad heartbeat response: type: BACKEND, status: BAD, msg: ...`), and kubeadm's
    // check of the node's kubelet failing (`[kubelet-check] The HTTP call equal to 'curl -sSL
    // http://localhost:10255/healthz' failed with error: ...`).
    'bad heartbeat response',
    '[kubelet-check] the http call equal to',
    'nodenotready',
    'node not ready',
    'node is not ready',
    'became not ready',
    'kubeletnotready',
    'nodestatusunknown',
    'kubelet stopped posting node status',
    // The kubelet failing to post or register its node (its apiserver unreachable or refusing).
    'unable to update node status',
    'error updating node status',
    'unable to register node',
    // The node controller before 1.10 failing to reach a node's kubelet.
    "can't collect information for node",
    'network not ready',
    'networkpluginnotready',
    'pleg is not healthy',
    // The taints the node controller puts on a node it has lost (key:effect as kubectl prints it).
    'node.kubernetes.io/not-ready:',
    'node.kubernetes.io/unreachable:',
    // ... and under the alpha keys of releases before 1.9 (`node.alpha.kubernetes.io/unreachable`,
    // `node.alpha.kubernetes.io/notReady`).
    'node.alpha.kubernetes.io/unreachable:',
    'node.alpha.kubernetes.io/notready:',
    'has been rebooted',
    'nomad.heartbeat: node',
    'nodelost',
    // `nomad node status` rows end with the Eligibility column, then Status "down".
    'eligible down',
    'node not becoming ready',
    // The node lifecycle controller losing a node.
    'is unresponsive as of',
    'nodestatusneverupdated',
    'never posted node status',
    // A Docker Swarm node that stopped answering its manager.
    'heartbeat failure',
    // Nomad: an allocation lost with its node, and the node's task event.
    'node is down',
    'node heartbeat missed',
    // The kubelet with no container runtime, and the node controller losing every node.
    'container runtime is down',
    'nodes are not-ready',
    // The node problem detector's health checkers.
    'kubelet service is not running',
    // kube-prometheus alerts: KubeNodeNotReady, KubeNodeUnreachable, KubeletDown.
    'has been unready for more than',
    'is unreachable and some workloads may be rescheduled',
    'kubelet has disappeared from prometheus target discovery',
    // systemd reporting the kubelet's own unit failing: the node stops posting its status.
    'kubelet.service: main process exited',
    'kubelet.service: failed with result',
    'failed to start kubelet',
    // The node's container runtime not answering the kubelet.
    'cannot connect to the docker daemon',
    // systemd's own words for the kubelet's unit failing (older and newer).
    'kubelet.service failed',
    'kubelet.service entered failed state',
    'too quickly for kubelet.service',
    // The kubelet giving up at start when its container manager cannot start.
    'failed to start containermanager',
    // The kubelet without a runtime: its sync loop and PLEG.
    'container runtime is not up',
    // The kubelet's check of its runtime each sync (`"Container runtime sanity check failed"
    // err="rpc error: code = Unavailable ..."`).
    'container runtime sanity check failed',
    // A node's Docker daemon gone, as a status page or a node's own log reports it.
    'docker daemon exited',
    'genericpleg: unable to retrieve pods',
    // The e2e framework's check after a test.
    'not ready nodes:',
    // kubeadm's first node, and the e2e framework's reboot checks.
    'has registered, but is not ready yet',
    "didn't reach desired readiness",
    // ... and its wait on a node's condition (`Node x didn't reach desired Ready condition status (true)
    // within 17.98s`).
    "didn't reach desired ready condition status (true)",
    // Build agents lost to their controller (Jenkins: `Agent went offline during the build`, an EC2 agent
    // that `seems to be removed or offline`, remoting's `The channel is closing down or has closed
    // down`), classic Swarm's manager on an engine it lost (`Flagging engine as unhealthy. Connect failed
    // 3 times`), and Karpenter's node claim whose instance never joined (`Node not registered with
    // cluster`).
    'agent went offline',
    'removed or offline',
    'channel is closing down or has closed down',
    'flagging engine as unhealthy',
    'node not registered with cluster',
    // Canonical Kubernetes' test harness on a node that failed its readiness check (`Failed to verify
    // readiness of instance 'x' (node: x): ..., attempting kubelet restart.`).
    'failed to verify readiness of instance',
    // The kubelet unable to keep its node lease (its heartbeat) or to start at all; minikube's
    // status of a node whose kubelet stopped, and Talos' service runner failing to run it.
    'failed to ensure node lease exists',
    'failed to ensure lease exists',
    'failed to update lease',
    // ... as releases before 1.17 said it (`controller.go:149] failed to update node lease, error: ...`).
    'failed to update node lease',
    // minikube giving up on a node that does not become ready (`wait node ready: timed out
    // waiting for the condition`).
    'wait node ready: timed out',
    'failed to run kubelet',
    // ... as releases before 1.4 said it (`server.go:291] Failed running kubelet: could not init cloud provider
    // "openstack": ...`), and the kubelet that could not even be created (`failed to create kubelet: get remote
    // runtime typed version failed: ...`).
    'failed running kubelet',
    'failed to create kubelet:',
    // The kubelet not syncing pods while its runtime or PLEG is not ready (`skipping pod synchronization - PLEG is
    // not healthy`, `"Skipping pod synchronization" err="container runtime status check may not have completed
    // yet"`): every such line in the real-world files is a node not ready.
    'skipping pod synchronization',
    // minikube unable to tell its node's state (`Exiting due to GUEST_STATUS: Unable to get control-plane node
    // minikube host status: state: unknown state ...`).
    'exiting due to guest_status',
    // LXD's cluster on a member it lost (`Failed to update cluster member state: Missing event connection with
    // target cluster member`), LINSTOR's controller on a satellite it cannot reach (`No active connection to
    // satellite 'pve4'`), Portworx on a node out of quorum (`Expected: STATUS_OK Actual: STATUS_NOT_IN_QUORUM`).
    'missing event connection with target cluster member',
    'no active connection to satellite',
    'status_not_in_quorum',
    // Slurm on a node that failed under a job (`salloc: error: Node failure on worker-1`), ParallelCluster on a node
    // whose instance is gone (`Node state check: no corresponding instance in EC2 for node x`).
    'error: node failure on',
    'no corresponding instance in ec2 for node',
    // A runtime that does not serve the CRI API the kubelet speaks (`"Version from runtime service failed"
    // err="rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService"`, the same for
    // `runtime.v1`): the kubelet can run no pod there.
    'unknown service runtime.v1',
    'kubelet: stopped',
    'error running containerd(kubelet)',
    // Alert texts counting nodes (`N% of Kubernetes nodes are not ready`).
    'nodes are not ready',
    // Ray's GCS losing a node (`The node with node id: x ... has been marked dead because the
    // detector has missed too many heartbeats`), and the raylet's own `marked as dead`.
    'has been marked dead',
    'marked as dead',
    // Gardener's machine controller giving up on a machine (`Machine x is not healthy since
    // 10m0s minutes. Changing status to failed.`).
    'changing status to failed',
    // Other clusters' words for a member gone quiet: LXD's `cluster list` (`OFFLINE | No
    // heartbeat for 45m12s`) and its refresh skipping such a member (`Excluding offline node
    // from refresh`), Slurm's node state (`State=DOWN+NOT_RESPONDING`), and the follower
    // checks of Elasticsearch and OpenSearch (`... marking node as faulty`).
    'no heartbeat for',
    'excluding offline node',
    'not_responding',
    'marking node as faulty',
    // Slurm's controller listing the nodes it set down (`Down nodes: compute[00-03]`).
    'down nodes:',
    // Gossip membership giving up on a member (HashiCorp memberlist, in Consul, Nomad and
    // Docker: `Marking x as failed, suspect timeout reached`, `Suspect x has failed, no acks
    // received`), and Docker's network database recording it (`change state NodeActive -->
    // NodeFailed`).
    'suspect timeout reached',
    'has failed, no acks received',
    '--> nodefailed',
    // The node controller before the lifecycle controller (`Node is unresponsive. Adding Pods on
    // Node x to eviction queues`).
    'node is unresponsive',
    // The kubelet's call to its container runtime failing in the dockertools era (`Error listing
    // containers`), and eksctl's nodes that never became ready (`timed out waiting for at least 3
    // nodes to join the cluster and become ready`).
    'error listing containers',
    'nodes to join the cluster and become ready',
    // Classic Swarm's manager giving up on an engine it could not reach (`Flagging node as dead.
    // Updated state failed: ... connection refused`).
    'flagging node as dead',
    // Agents their masters lost: Determined's (`agent crashed ... error="agent failed to reconnect
    // by deadline"`) and a ping monitor's (`Failed to get ping from agent [67756] count [6]`).
    'agent crashed',
    'failed to get ping from agent',
    // BOSH's `vms` and `instances` tables, whose state column reads `unresponsive agent` for a VM
    // whose agent stopped answering the director.
    'unresponsive agent',
    // Consul's gossip layer (serf) and its server reporting a member lost (`serf: EventMemberFailed:
    // node ip`, `consul: member 'node' failed, marking health critical`).
    'eventmemberfailed',
    'failed, marking health critical',
    // Pacemaker's controller losing a cluster node (`notice: Node node1 state is now lost`).
    'state is now lost',
    // Cluster members their peers lost: RabbitMQ's (`We saw DOWN from rabbit@x`), LSF's execution host
    // (`Unknown; unable to reach the execution host;`) and Flux's brokers (`broker on h (rank 66) has
    // been unresponsive for 31.9s`).
    'we saw down from',
    'unable to reach the execution host',
    'has been unresponsive for',
    // Data engines losing a worker node: YARN's ResourceManager (`Node x:8041 reported UNHEALTHY with
    // details: 12/12 local-dirs are bad`, `x:8041 Node Transitioned from RUNNING to UNHEALTHY`, and
    // `to LOST` when its heartbeats stop) and Spark's standalone master (`Removing worker x because
    // we got no heartbeat in 60 seconds`).
    'reported unhealthy with details',
    'transitioned from running to unhealthy',
    'transitioned from running to lost',
    'because we got no heartbeat',
    // Docker's engine that cannot start or reach its runtime (`Failed to start Docker Application
    // Container Engine.`, `dockerd[x]: Failed to connect to containerd: failed to dial ...`).
    'failed to start docker application container engine',
    'failed to connect to containerd',
    // k3s and RKE2, whose own systemd unit is the node's kubelet: the unit failing, by its name or
    // its description (`k3s.service: Main process exited, code=exited, status=1/FAILURE`,
    // `Failed to start Lightweight Kubernetes.`).
    'k3s.service: main process exited',
    'k3s-agent.service: main process exited',
    'rke2-server.service: main process exited',
    'rke2-agent.service: main process exited',
    'failed to start lightweight kubernetes',
    'failed to start rancher kubernetes engine',
    // An EKS node group whose instances never registered (`NodeCreationFailure: Instances failed to
    // join the kubernetes cluster`).
    'instances failed to join the kubernetes cluster',
    // An EC2 Auto Scaling group replacing an instance its EC2 health check found stopped or
    // terminated (`an instance was taken out of service in response to a EC2 health check
    // indicating it has been terminated or stopped.`) or failing its status checks.
    'taken out of service in response to a ec2 health check',
    'taken out of service in response to an ec2 instance status check',
    // Members dropped from a cluster's membership, in the members' own words: Hazelcast
    // (`Removing Member [x]:5702 - id because it has not sent any heartbeats for 300000 ms`), Apache
    // Ignite's discovery on the node cut off (`Node is out of topology (probably, due to short-time
    // network problems).`) and Galera's group communication (`declaring node with index 6
    // suspected, timeout PT5S (evs.suspect_timeout)`; its lines at [Note] are read by shapes).
    'because it has not sent any heartbeats',
    'node is out of topology',
    'declaring node with index',
    // Azure CycleCloud's Slurm integration on a node that failed to start or was lost
    // (`cyclecloud_node_fail slurm 2022-11-22T13:25:08 viz3d-1`).
    'cyclecloud_node_fail',
    // Flux's broker whose parent broker (the node above it in the tree) is gone (`Upstream Flux
    // broker is offline. Try again later.`).
    'broker is offline',
    // A daemon's link to a peer gone (Open MPI: `ORTE has lost communication with a remote daemon.`;
    // GitHub Actions' self-hosted runner, whose phrase folded into this one: `lost communication with
    // the server.`).
    'lost communication with',
    // Weave Net's router dropping a peer it cannot reach (`Removed unreachable peer x(host)`).
    'removed unreachable peer',
    // Jenkins on an agent whose channel it lost (`x was marked offline: Connection was broken: ...`,
    // `Ping failed. Terminating the channel x.`, a pipeline step waiting on it: `‘x’ is offline`).
    'was marked offline',
    // ... on an agent its cloud took away mid-build (`Agent x was deleted; cancelling node body`: a spot or
    // preemptible VM reclaimed, a pod agent removed).
    'was deleted; cancelling node body',
    'terminating the channel',
    '’ is offline',
    // Trino's and Presto's coordinator losing a worker it had (`DiscoveryNodeManager Previously active
    // node is missing`).
    'previously active node is missing',
    // Ray's raylet finding its node cut off from the cluster (`Check failed: !local_node_id_.IsNil() This
    // node is disconnected.`), and kops' validation on an instance that never became a node (`machine
    // "x" has not yet joined cluster`).
    'this node is disconnected',
    'has not yet joined cluster',
    // A cloud's node pool reporting nodes that never became ready: EKS' node group health issue
    // (`NodeCreationFailure: Unhealthy nodes in the kubernetes cluster`; its other message, `Instances
    // failed to join the kubernetes cluster`, is read above) and AKS' error code (`Code="NodesNotReady"`).
    'unhealthy nodes in the kubernetes cluster',
    'nodesnotready',
    // NiFi's cluster coordinator on a node gone silent (`Node disconnected from cluster due to Have not
    // received a heartbeat from node in 41 seconds`), and AKS Edge's deployment on its node (`Linux
    // node not in Ready state, or cluster could not be reached`).
    'have not received a heartbeat from node',
    'node not in ready state',
    // Vespa's cluster controller on a node it could no longer ask for its state (`Failed get node state
    // request: Connection error: Closed at other end. (Node or switch likely shut down)`, at info: its
    // header is read by INFO_LEVEL_REPORTERS).
    'node or switch likely shut down',
    // Pgpool-II's watchdog losing a member (`DETAIL:  No heartbeat signal from node`), and a Redis
    // cluster node told by another that a third has failed (`* FAIL message received from <id> about
    // <id>`, at notice).
    'no heartbeat signal from node',
    'fail message received from',
    // Corosync's membership on a node gone without saying it leaves (`[TOTEM ] Failed to receive the
    // leave message. failed: 2`), kronosnet on a host it can no longer reach by any link (`[KNET ]
    // host: host: 2 has no active links`), and CloudStack's management server on a KVM host whose agent
    // stopped answering (`Investigating why host Host {...} has disconnected with event PingTimeout`).
    'failed to receive the leave message',
    'has no active links',
    'disconnected with event pingtimeout',
    // ClusterODM on a processing node it cannot reach (`[ERROR]   Cluster node seems to be offline: ...`).
    'cluster node seems to be offline',
    // Ray on an actor whose node is gone (`The actor is dead because its node has died. Node Id: x`), and its
    // autoscaler on a node whose heartbeats stopped (`ray-worker-x: No recent heartbeat, restarting Ray to
    // recover...`).
    'because its node has died',
    'no recent heartbeat, restarting ray',
    // Apache Ignite's discovery on a node the cluster's ring cut off (`Local node SEGMENTED: TcpDiscoveryNode
    // [id=x, ...]`).
    'local node segmented',
    // The cloud node lifecycle controller deleting a node its provider no longer has (`Deleting node since it is
    // no longer present in cloud provider: x`, and its event `Deleting Node x because it's not present
    // according to cloud provider`); a cloud controller passing over a node whose Ready condition is False
    // (Equinix Metal: `Ignoring node x with Ready condition status False`); the kubelet unable to find or
    // register its own node (`"Error getting the current node from lister" err="node \"x\" not found"`,
    // `error getting node: node 'x' is not in cache`, `Unable to register  with the apiserver: Node "" is
    // invalid`); Ray's autoscaler listing a node its cloud terminated among its recent failures
    // (`spotworker: NodeTerminated (ip: x)`).
    'no longer present in cloud provider',
    "because it's not present according to cloud provider",
    'with ready condition status false',
    'error getting the current node from lister',
    'error getting node: node ',
    'unable to register with the apiserver',
    ': nodeterminated (ip: ',
    // The kubelet's container manager unable to set up its CPU, memory or topology manager as it starts
    // (`failed to initialize cpu manager: could not initialize checkpoint manager: could not restore state from
    // checkpoint: ...`, `"Failed to initialize memory manager" err="unknown policy: \"static\""`), and the CPU
    // manager on a state file its policy no longer matches (`Could not initialize checkpoint manager, please drain
    // node and remove policy state file`): the kubelet stops, and its node is not ready.
    'failed to initialize cpu manager',
    'failed to initialize memory manager',
    'failed to initialize topology manager',
    'could not initialize checkpoint manager',
  ],
  PodDown: [
    // Containers and sandboxes that could not be created or started, in the runtimes' words: containerd's task and
    // shim (`failed to create containerd task: ...`, `failed to create shim task: ...`, `failed to start shim: ...`,
    // `unable to get OCI runtime for sandbox`; rounds 587, 615, 641 and 667 label them so, where a timeout in the
    // words is still read as one), Apptainer (`FATAL: container creation failed: mount ...`) and Pyxis (`pyxis:
    // container start failed with error code: 1`), a Krustlet pod (`Failed to run pod: Error loading WASM: ...`).
    'failed to create containerd task',
    'failed to create shim task',
    'failed to start shim: ',
    'unable to get oci runtime for sandbox',
    'container creation failed: ',
    'container start failed with error code',
    'failed to run pod: ',
    // Programs that end on an error they state: Substrate's service (`Error: Service(Other("Essential task
    // failed."))`), geth (`Fatal: Error starting protocol stack: ...`), an ASP.NET host (`Hosting failed to
    // start`), a waSCC host (`Terminating host (no lattice connectivity)`), and a Prefect job whose pods failed
    // (`Kubernetes Error: pods ['x', 'y'] failed for this job`).
    'essential task failed.',
    'error starting protocol stack',
    'hosting failed to start',
    'terminating host (',
    '] failed for this job',
    // NetBird's container entrypoint giving up on its daemon (`netbird-entrypoint.sh:72: daemon failed to start,
    // exiting...`).
    'daemon failed to start, exiting',
    // Servers and engines that stop on an error they do not come back from: Tomcat with no server to start
    // (`SEVERE: Cannot start server. Server instance is not configured.`), a Kafka Streams client whose threads all
    // died (`All stream threads have died. The instance will be in error state and should be closed.`), a Flink
    // cluster entrypoint shutting down failed (`Shutting StandaloneJobClusterEntryPoint down with application status
    // FAILED.`, at info: INFO_LEVEL_REPORTERS), and glog's report of a failed check, which aborts the process (`***
    // Check failure stack trace: ***`, Heron's stream manager as its executor relays it at info).
    'cannot start server. server instance',
    'all stream threads have died',
    'down with application status failed',
    '*** check failure stack trace: ***',
    // Batch services' tasks and jobs that ended failed: Azure Batch's failure information (`FailureExitCode: The
    // task exited with an exit code representing a failure`), Metaflow's task on AWS Batch (`Task is starting
    // (status FAILED)...`), the ECS agent unable to set a task up (`CgroupError: Agent could not create task's
    // platform resources`), Docker unable to start a container's logging driver (`CannotStartContainerError:
    // ... failed to initialize logging driver: ...`), nextstrain's `Job is FAILED`, Synapse's Livy job (`Job
    // failed during run time with state=[dead].`), an EMR step (`Step failed with exitCode -1 and took 2586
    // seconds`), and Nextflow's run aborted on a task's failure (`Session aborted -- Cause: Process `x`
    // terminated with an error exit status (null)`, at debug: INFO_LEVEL_REPORTERS). Spark's DAG scheduler on an
    // executor it lost (`Executor lost: 1 (epoch 0)`, at info: INFO_LEVEL_REPORTERS).
    'exit code representing a failure',
    'task is starting (status failed)',
    "could not create task's platform resources",
    'failed to initialize logging driver',
    'job is failed',
    'job failed during run time',
    'step failed with exitcode',
    'terminated with an error exit status',
    'executor lost: ',
    // Neutron's agents ending on a setting they cannot run with (`Failed to create OVS patch port. Cannot have
    // tunneling enabled on this agent, ... Agent terminated!`), and Manticore's crash report (`Crash!!! Handling
    // signal 11`).
    'agent terminated!',
    'crash!!! handling signal',
    // sonobuoy on its aggregator pod (`waiting for run to finish: Pod entered a fatal terminal status:
    // failed`), and Airflow's pod launcher on the phase of the pod it runs a task in (`{pod_launcher.py:236}
    // INFO - Event: x had an event of type Failed`, its header lets the words be read).
    'pod entered a fatal terminal status',
    'had an event of type failed',
    // A process ended by a segmentation fault (`Segmentation fault (core dumped)`, a shell's `line 20:    17
    // Segmentation fault      node ...`): nothing in the words says it is brought back (every such line in
    // the real-world files is a pod down). SPIRE's server on its own end (`msg="Server crashed"`).
    'segmentation fault',
    'server crashed',
    // A daemon that could not start at all, in its own words (rpm-ostree on Fedora CoreOS: `error: Couldn't start
    // daemon: Error setting up sysroot: ...`).
    "couldn't start daemon",
    'could not start daemon',
    // A pod sandbox refused for a runtime handler the node does not have (`Failed to create pod sandbox: ... failed
    // to find runtime handler kata from runtime list`, `failed to get sandbox runtime: no runtime for "kata-qemu" is
    // configured`): the pod cannot start on this node however often it is tried.
    'failed to find runtime handler',
    'failed to get sandbox runtime',
    // Kata's runtime undoing a container it could not finish creating (`msg="Cleaning up partially created
    // container" ... error="... failed to online 4 CPU(s) after 100 retries"`), and a Mesos agent that could not
    // create its containerizer (`Failed to create a containerizer: Could not create DockerContainerizer: ...`).
    'cleaning up partially created container',
    'failed to create a containerizer',
    // LXD's daemon that did not start (`msg="Failed to start the daemon" err="..."`), an instance it could not start
    // (`Error: Failed to run: /usr/lib/lxd/lxd forkstart x ...`), and kube-proxy ending on an error (`"Error running
    // ProxyServer" err="..."`).
    'failed to start the daemon',
    'lxd forkstart',
    'error running proxyserver',
    // MySQL's initialisation refusing a data directory that is not empty (`[ERROR] --initialize specified but
    // the data directory has files in it. Aborting.`): the server never starts. ScyllaDB failing as it starts
    // (`init - Startup failed: std::runtime_error (...)`).
    '--initialize specified but the data directory has files in it',
    'init - startup failed:',
    // glog ending the program it logs for when it cannot write its log (`log: exiting because of error: log: cannot
    // create log: open /tmp/x.INFO...: no such file or directory`): it exits with status 2.
    'log: exiting because of error: ',
    'crashed, stopping ',
    // client-go's leader election lost: the component exits, its work to another replica
    // (`crossplane: error: cannot start controller manager: leader election lost`, `F... leaderelection lost`).
    'leader election lost',
    'leaderelection lost',
    // The kubelet on a container the runtime could not start (`Error: failed to start container "x": Error
    // response from daemon: OCI runtime create failed: ...`): it never ran.
    'failed to start container "',
    // monit on a process it watches gone (SONiC: `'syncd|syncd' status failed (1) -- '/usr/bin/syncd' is
    // not running in host`), and Laravel Horizon's status command (`Horizon is inactive.`).
    'is not running in host',
    'horizon is inactive',
    // The Datadog Agent's supervisor with a child down (`Datadog Agent (supervisor) is NOT running all
    // child processes`), Windows' service control manager on a service that ended in error (event 7023:
    // `The Server service terminated with the following error:`), and Swoole's manager on a worker that
    // died (`worker(pid=18068, id=2) abnormal exit, status=0, signal=11`).
    'is not running all child processes',
    'service terminated with the following error',
    'abnormal exit, status=',
    // IBM MQ's `dspmq` on a queue manager that stopped on its own (`QMNAME(QM1)  STATUS(Ended
    // unexpectedly)`).
    'status(ended unexpectedly)',
    // A process that stopped on an error of its own (n8n's worker: `Error: Worker exiting due to an
    // error.`; Headscale: `Headscale ran into an error and had to shut down.`), and Passenger finding
    // an application process gone (`Process (pid=147, group=x) no longer exists! Detaching it from
    // the pool.`).
    'worker exiting due to an error',
    'ran into an error and had to shut down',
    'no longer exists! detaching it from the pool',
    // Velero on a node whose node-agent pod is not up (`daemonset pod not found in running state in
    // node x`): the volume backups that need it fail.
    'pod not found in running state',
    // Zabbix's server or proxy leaving after one of its processes ended (`One child process died
    // (PID:475,exitcode/signal:1). Exiting ...`), a benchmark's watcher on a pod's container that
    // crashed (`❌ Crashed container in pod: x`), an app that never came up (Cloud Run: `terminated:
    // Application failed to start: ...`; Spring Boot's `APPLICATION FAILED TO START`), Ollama's runner
    // ended (`msg="llama runner terminated" error="exit status 0xc0000409"`).
    'one child process died',
    // Erlang's VM ending while it starts (`Runtime terminating during boot (terminating)`), WildFly's
    // boot given up (`WFLYSRV0056: Server boot has failed in an unrecoverable manner; exiting.`), and
    // Keepalived's child ended for good (`pid 316 exited with permanent error CONFIG. Terminating`).
    'runtime terminating during boot',
    // Wazuh's modules on a child ended (`Docker-listener finished unexpectedly (code 1).`).
    'finished unexpectedly',
    'failed in an unrecoverable manner',
    'exited with permanent error',
    'crashed container in pod',
    'application failed to start',
    'llama runner terminated',
    // Stolon's sentinel on the primary it found failed (`sentinel.go:861: master db is failed
    // db=x keeper=y`).
    'master db is failed',
    // Game servers that ended: Pterodactyl's daemon (`A fatal error was encountered while starting
    // this server.`), Wings (`A fatal error caused the daemon to abort the startup.`, `... to stop
    // abruptly.`: whatever it did next, the daemon ended), Unreal's crash
    // handler (`Engine crash handling finished; re-raising signal 11 for the default handler. Good
    // bye.`), LinuxGSM's monitor (`Server seems to have died: FAIL`).
    'fatal error was encountered while starting',
    'fatal error caused the daemon to',
    'engine crash handling finished',
    'server seems to have died',
    // A service down in its own or its watchdog's words: Postfix's (`fatal: the Postfix mail system is
    // not running`), a tunnel's (`[Watchdog] Tunnel process is down, attempting recovery...`, a
    // WireGuard image's `**** All tunnels are now down. ... ****`), and gunicorn's master halting
    // because its workers could not start (`Reason: Worker failed to boot.`, `Reason: App failed to
    // load.`).
    'mail system is not running',
    'process is down',
    'all tunnels are now down',
    'reason: worker failed to boot',
    'reason: app failed to load',
    'evicted',
    // A pod's DisruptionTarget condition, by its reason or message: the kubelet terminating it
    // (node pressure, node shutdown) and the taint manager deleting it from a node that went away
    // (`"reason": "TerminationByKubelet"`, `reason: DeletionByTaintManager`, `message: 'Taint manager:
    // deleting due to NoExecute taint'`).
    'terminationbykubelet',
    'deletionbytaintmanager',
    'deleting due to noexecute taint',
    // ... and two more of the condition's reasons: an eviction through the API (a drain, a spot node's handler;
    // GitLab Runner: `pod "x" is disrupted: reason "EvictionByEvictionAPI"`) and the pod garbage collector
    // deleting the pods of a node that is gone. (A preemption's, `PreemptionByScheduler`, is the scheduler making
    // room as its priorities say: not read.)
    'evictionbyevictionapi',
    'deletionbypodgc',
    // A job runner's task gone under it: Nextflow (`Process terminated for an unknown reason --
    // Likely it has been terminated by the external system`), Buildkite (`Exited with status -1
    // (agent lost)`), ECS stopping a task its agent could not start (`STOPPED (DockerTimeoutError:
    // ...)`), and Azure Container Instances' stopped group (`ContainerGroupStopped`).
    'terminated by the external system',
    '(agent lost)',
    'dockertimeouterror',
    'containergroupstopped',
    // Google Batch's job whose Spot VM was taken back (`A Spot VM for the job was preempted during
    // run time`).
    'preempted during run time',
    'the node was low on resource',
    // ... and its wording before Kubernetes 1.9 (`The node was low on compute resources.`).
    'the node was low on compute resources',
    "node didn't have enough resource",
    'outofcpu',
    'the node had condition',
    'imminent node shutdown',
    'longer than the specified deadline',
    'longer than specified deadline',
    // A deploy that found its instance down once updated (BOSH: `'diego-cell/x (0)' is not running after
    // update`), a backup's helper pod that failed (Velero: `Pod is in abnormal state [Failed]`), and a
    // service Puppet could not start (`Could not start Service[neutron-server]: ...`).
    'is not running after update',
    'is in abnormal state [failed]',
    'could not start service[',
    // The kubelet's eviction manager, before and while it evicts.
    'must evict pod',
    'attempting to reclaim',
    'ranked for eviction',
    'failed to admit pod',
    // The kubelet rejecting a pod at admission: an error it met, the topology manager finding no NUMA alignment
    // for the pod's resources, the CPU manager's static policy unable to give whole cores (`SMTAlignmentError`).
    'unexpectedadmissionerror',
    'topologyaffinityerror',
    'smtalignmenterror',
    // ... and its own report of a pod it refused, whatever the reason it names (`"Pod admission denied" pod="x/y"
    // reason="SMTAlignmentError" message="..."`).
    'pod admission denied',
    // The CPU manager unable to give a container the exclusive CPUs it asks for (`container start failed:
    // PreStartHookError: not enough cpus available to satisfy request`, `[cpumanager] AddContainer error: ...`,
    // the event `Internal PreStartContainer hook failed: ...`): the container does not start.
    'not enough cpus available to satisfy request',
    'admission failure',
    // The scheduler's preemption of a lower-priority pod.
    'preempted by pod',
    // The kubelet's message for a container it lost (ContainerStatusUnknown), the node
    // shutdown manager, and Nomad's restart tracker refusing to restart a dead task.
    'container could not be located when the pod was',
    'shutdown manager killing pod',
    'error was unrecoverable',
    'policy allows no restarts',
    // kube-prometheus' KubePodNotReady alert (also its description without the pod's name, `Pod has
    // been in a non-ready state for more than 15 minutes.`); the kubelet's status reason for a
    // container it lost, its admission rejections and its eviction for an emptyDir over its limit;
    // ECS.
    'has been in a non-ready state for longer than',
    'has been in a non-ready state for more than',
    // ioBroker's host on an adapter instance that ended itself and that it leaves down (`instance
    // system.adapter.x terminated by request of the instance itself and will not be restarted`), and
    // zigbee2mqtt stopping when its coordinator is gone (`Adapter disconnected, stopping`).
    'itself and will not be restarted',
    'adapter disconnected, stopping',
    'containerstatusunknown',
    'pod was rejected',
    'usage of emptydir volume',
    'task failed to start',
    // The kubelet evicting a pod over its ephemeral storage limits; ECS tasks lost with their
    // Spot capacity or their EC2 host.
    'ephemeral local storage usage exceeds',
    'exceeded its local ephemeral storage limit',
    'your spot task was interrupted',
    'host ec2 (instance',
    'host ec2 terminated',
    // Argo Workflows' controller finding a running step's pod gone: the step fails with it.
    'workflow pod is missing',
    // The Nomad client giving up on a task (its reason follows).
    'not restarting task',
    // The Jenkins Kubernetes plugin finding its agent pod's containers gone.
    'pod has terminated containers',
    // The same plugin naming the codes its agent's containers ended with.
    'containers are terminated with exit codes',
    // The kubelet's device manager refusing a pod; the ECS agent stopping a task whose
    // essential container stopped; Swarm's task state for a task that exited with an error.
    'requested number of devices unavailable',
    'desired status to stopped because of container',
    'task: non-zero exit',
    // ECS service events counting tasks that never started; Airflow finding a task instance
    // gone while it still thought it queued.
    'tasks failed to start',
    // Spark on Kubernetes losing an executor's pod (`Lost executor 2 on 10.0.0.1: ...`).
    'lost executor',
    // The kubelet's graceful node shutdown evicting and refusing pods.
    'node is shutting',
    'not admitting any new pods',
    'was the task killed externally',
    // The ECS agent stopping a task after its essential container stopped; a Nomad task's
    // state (`Task "web" is "dead"`).
    'essential container stopped',
    'is "dead"',
    // The kubelet preempting a pod to admit a critical one (`Preempted in order to admit
    // critical pod`), and the status reason it leaves (`Reason: Preempting`).
    'preempted in order to admit',
    'reason: preempting',
    // A workflow engine finding its job's pod gone (Snakemake: `Unknown pod x. Has the pod been
    // deleted manually?`).
    'has the pod been deleted',
    // The kubelet failing to allocate a device a pod asked for (`Allocate failed due to no
    // healthy devices present ..., which is unexpected`): the pod is rejected at admission.
    'allocate failed due to',
    // The scheduler's Preempted event since Kubernetes 1.2x (`Preempted by a pod on node x`), and
    // a batch queue preempting a workload (Kueue).
    'preempted by a pod on node',
    'preempted workload',
    // Nomad's allocation status (`Client Status = failed`).
    'client status = failed',
    // Dagster finding the Kubernetes job of a run with no pod left (`K8s job has no active pods`).
    'job has no active pods',
    // Mesos' state for a task whose agent went away (`TASK_LOST`), as the master and the
    // frameworks above it (Marathon, Aurora) report it.
    'task_lost',
    // The node controller evicting a lost node's pods (its event reason, `Marking for deletion
    // Pod x from Node y`, which older releases spelled `deleion`).
    'nodecontrollereviction',
    // Slurm's job record of a job that ended in failure, or with its node (`JobState=FAILED`,
    // `JobState=NODE_FAIL`).
    'jobstate=failed',
    'jobstate=node_fail',
    // A Job or pod past its active deadline, by its condition's reason.
    'reason: deadlineexceeded',
    // A Compose container that exited with an error (`es01 exited with code 1`): nothing in the
    // line says it is restarted (exit 0 and 143 are excluded, 137 is the OOM killer's).
    'exited with code',
    // A program leaving for good on an error at start (`Exiting Kafka due to fatal exception
    // during startup`), and the scheduler's preemption written into a pod's status (`Kube-scheduler:
    // preempting to accommodate a higher priority pod`).
    'fatal exception during startup',
    'preempting to accommodate',
    // The Erlang VM halting (`Kernel pid terminated (application_controller) (...)`, then `Crash
    // dump is being written to: erl_crash.dump...done`), and an Orleans silo leaving the cluster its
    // membership table declared it dead in (`I have been told I am dead, so this silo will stop!`).
    'kernel pid terminated',
    'crash dump is being written',
    'so this silo will stop',
    // A pod described whose node was lost (`Reason:  NodeLost`; a node's own conditions have other
    // reasons).
    'reason: nodelost',
    // Mesos' task state for a task that ended in failure (`Handling status update TASK_FAILED`).
    'task_failed',
    // JupyterHub answering a login or spawn request whose single-user server never came up
    // (`500 POST /hub/login (ip): Spawner failed to start [status=ExitCode=1, ...]`).
    'spawner failed to start',
    // A systemd service that stopped in failure (`Unit tomcat.service entered failed state.`).
    'entered failed state',
    // Data engines' workers lost: Spark's executors (`Removing executor 3056 with no recent
    // heartbeats: 350149 ms exceeds timeout 300000 ms`, `ExecutorLostFailure (executor 4 exited
    // ...)`) and Storm's (`Halting process: Worker died`).
    'with no recent heartbeats',
    'executorlostfailure',
    'worker died',
    // Storm's supervisor clearing a worker whose process is gone or whose heartbeat stopped (`Shutting
    // down and clearing state for id x. ... State: :process-not-exists`, `State: :timed-out`).
    'state: :process-not-exists',
    'state: :timed-out',
    // HAProxy with every server of a backend down (`backend x has no server available!`).
    'has no server available',
    // The kubelet's GPU admission before device plugins, in a pod row's STATUS (`requested number
    // of GPUs unavailable. Requested: 4, Available: 0`).
    'requested number of gpus unavailable',
    // A game server's process ending: the Minecraft image's runner, and a Source server's watchdog
    // (`Host_Error: WatchdogHandler called - server exiting.`); Pterodactyl left to restart nothing.
    'minecraft server process failed',
    'watchdoghandler called - server exiting',
    'aborting automatic restart, crash detection is disabled',
    // Shiny's client on an app whose R process ended (`The application unexpectedly exited.`).
    'the application unexpectedly exited',
    // Google's Pipelines API (under Cromwell) losing the VM a task ran on (`PAPI error code 14.
    // Execution failed: worker was terminated.`, `PAPI error code 10. The assigned worker has failed
    // to complete the operation`), and Toil's Kubernetes batch system finding a job's pod gone
    // (`Exit code and runtime unavailable; pod stopped without container terminating`).
    'execution failed: worker was terminated',
    'the assigned worker has failed to complete',
    'pod stopped without container terminating',
    // A Pacemaker resource agent finding its instance ended uncleanly (PAF's `Instance "pgsqld"
    // controldata indicates a running primary instance, the instance has probably crashed`).
    'the instance has probably crashed',
    // nodemon's child process that crashed, which it does not restart until a watched file
    // changes (`[nodemon] app crashed - waiting for file changes before starting...`).
    '[nodemon] app crashed',
    // Locust's master on a worker it stopped hearing from (`Worker w-1 failed to send heartbeat,
    // setting state to missing.`, at info: INFO_LEVEL_REPORTERS), as Spark's lost executors are read.
    'failed to send heartbeat, setting state to missing',
    // roslaunch (ROS 1 and 2) on a node process that ended, which it does not restart unless told
    // to (`[gazebo_gui-3] process has died [pid 107, exit code 134, cmd ...]`; exit 137 stays an
    // OOM kill).
    'process has died [pid ',
    // A container's entrypoint that waits on its one service and exits with it: an FTP image's
    // `process has died, quitting`, and the UniFi controller image's `unifi service process ended
    // without being singaled? Check for errors in /unifi/log.` (its spelling, and the corrected one).
    'process has died, quitting',
    // dockerd on the containerd it ran that ended (`containerd did not exit successfully
    // error="signal: segmentation fault" module=libcontainerd`): down, whatever the signal.
    ' did not exit successfully',
    // AWS IoT Greengrass on a Lambda worker that ended without being stopped (`Worker is ungracefully
    // killed. {..., "state": "exit status 1"}`).
    'ungracefully killed',
    // Weave's script on a container of its own that ended (`The weaveproxy container has died. Consult
    // the logs with 'docker logs weaveproxy' for further details.`), and the Datadog Agent's supervisor
    // with a child down (`Datadog Agent (supervisor) is NOT running all child process[FAILED]`).
    ' container has died',
    'not running all child process',
    'process ended without being singaled',
    'process ended without being signaled',
    // A unit systemd gave up on, as `systemctl status` shows it (`Active: failed (Result:
    // exit-code) since ...`; `Result: oom-kill` is an OOM kill), s6-overlay stopping the container
    // when a service fails (`rc.init: fatal: stopping the container.`), and a helper that gives up
    // on the process it ran (Obico: `giving up on error: Janus quit! ... Exit code: 127`).
    'active: failed (result: ',
    'fatal: stopping the container',
    // A unit systemd gave up on: `systemctl status` (`Active: inactive (dead) (Result: exit-code)`)
    // and its start job (`systemd[1]: Failed to start Service for snap application x.`; the
    // kubelet's and k3s' own units are a node's, read first as NodeNotReady).
    'inactive (dead) (result: ',
    'giving up on error: ',
    // systemctl's answer to a start that failed (`Job for x.service failed because the control
    // process exited with error code.`).
    'failed because the control process exited',
    // BigBlueButton's `bbb-conf --status` on a unit that is down (`mongod ———► [✘ - failed]`, and
    // `# Not running:  Nginx` in its checks).
    '► [✘ - failed]',
    '# not running: ',
    // Pritunl's server on losing its instance record in the database (`Instance doc lost, stopping
    // server`).
    'instance doc lost, stopping server',
    // A process its supervisor saw die (ZoneMinder's zmdc: `'zmc -m 2' exited abnormally, exit status
    // 255`), lighttpd giving up at start (`Configuration of plugins failed. Going down.`), Postfix's
    // queue with its master down (`Queue report unavailable - mail system is down`), CUPS' scheduler
    // (`Scheduler shutting down due to program error.`), a process ended with an error (the X server:
    // `(EE) Server terminated with error (1).`; a CSI node plugin: `csi_node: Terminated with error,
    // error: ...`), Azure App Service on a site's container (`Container x for site y has exited,
    // failing site start`).
    'exited abnormally',
    'failed. going down.',
    'mail system is down',
    'shutting down due to program error',
    'terminated with error',
    'has exited, failing site start',
    // Ceph's health detail on a monitor out of its quorum (`mon.f (rank 0) addr [...] is down (out of
    // quorum)`).
    'is down (out of quorum)',
    // RabbitMQ's CLI on a node whose runtime is up and its app is not (`Error: process_not_running`),
    // and balena's supervisor on a service's container that ended (`Service exited 'pihole sha256:...'`).
    'process_not_running',
    "service exited '",
    // A process its supervisor or status command found not running (`'kafka-service' process is not
    // running`; monit, whose shape folded into this phrase: `error : 'domoticz' process is not
    // running`; ZooKeeper: `ZooKeeperServer not running`, `zkServer.sh status`: `Error contacting
    // service. It is probably not running.`), and Fluentd's supervisor giving up on a worker that ended
    // at once (`process died within 1 second. exit.`).
    'process is not running',
    'zookeeperserver not running',
    'it is probably not running',
    'process died within',
    // A SysV init script's status on a service that died (`httpd dead but subsys locked`, as Nagios
    // quotes it).
    'dead but subsys locked',
    // systemd unable to run a unit's command (`nodeadm-config.service: Failed at step EXEC spawning
    // /usr/bin/nodeadm: Permission denied`).
    'failed at step exec spawning',
    // The Nydus snapshotter on a FUSE daemon it found gone (`Daemon x died somehow. Clean up its vestige!`).
    'died somehow',
    // A model server's worker process gone (TorchServe and Multi Model Server: `Backend worker process
    // died.`), and PyTriton's Triton server (`Triton Inference Server exited with failure.`).
    'worker process died',
    'exited with failure',
    // Compose failing to start a service's container (`ERROR: for web  Cannot start service web: OCI
    // runtime create failed: ...`).
    'cannot start service ',
    // Service Fabric's hosting on a code package whose process ended as it started (`There was an error
    // during CodePackage activation.The service host terminated with exit code:7148`), App Service on a
    // site container that ended in start-up (`Site container: x terminated during site startup.`), and
    // OpenPBS' node daemon (`pbs_mom startup failed, exit 1 aborting.`).
    'error during codepackage activation',
    'terminated during site startup',
    'pbs_mom startup failed',
    // A Milvus component that lost its etcd session and ended itself (`["disconnected from etcd and
    // exited"]`).
    'disconnected from etcd and exited',
    // Squid on itself (`Squid Cache (Version 3.1.20): Terminated abnormally.`; a connection that ends
    // abnormally is what its words after say).
    '): terminated abnormally',
    // orchestrator finding a MySQL primary dead and acting on it (`detected DeadMaster failure on
    // db-1:3306`, `will handle DeadMaster event on db-1:3306`), SonarQube's launcher on its search
    // process (`ERROR: Elasticsearch did not exit normally`), Anchore's service list (`Service
    // policy_engine (x, http://...): down (orphaned)`), OpenSIPS' main process on a worker that died
    // (`handle_worker: dead child 16 (EOF received)`), StackStorm's API (`ST2 API quit due to
    // exception.`), Livy's client on a session that ended in error (`Session 0 unexpectedly reached
    // final status 'error'`), and the Spark Operator's reasons for an application, a driver or an
    // executor failed, as a `kubectl describe` row prints them.
    'detected deadmaster failure',
    'will handle deadmaster event',
    // ... and its analysis as it reports it (`Detected DeadMaster on db-1:3306. Affected replicas: 2`).
    'detected deadmaster on ',
    'did not exit normally',
    '): down (orphaned)',
    ': dead child ',
    // SONiC's process-exit listener (`Process 'kea-dhcp4' is not running in namespace 'host' (8.0 minutes).`).
    'is not running in namespace',
    'quit due to exception',
    'unexpectedly reached final status',
    'sparkapplicationfailed ',
    'sparkdriverfailed ',
    'sparkexecutorfailed ',
    // QEMU's log on a guest that crashed (`shutting down, reason=crashed`), KubeVirt's virt-launcher on a
    // domain stopped by a failure or shut off after a crash (`Domain event="stopped" detail="failed"`,
    // escaped in its JSON; `kubevirt domain status: Shutoff(5):Crashed(3)`).
    'shutting down, reason=crashed',
    'event="stopped" detail="failed"',
    'event=\\"stopped\\" detail=\\"failed\\"',
    'shutoff(5):crashed(',
    // SONiC's exit listener on a container's critical process (`Process telemetry exited unxepectedly.
    // Terminating supervisor...`, its own spelling in some releases; spelled right, a shape reads it; at
    // info behind SONiC's syslog, its header is read by INFO_LEVEL_REPORTERS), sonic-mgmt's check on the containers it expects (`Expected
    // containers not running: telemetry`), and Folding@home's client on its core (`FahCore returned an
    // unknown error code which probably indicates that it crashed`).
    'exited unxepectedly. terminating supervisor',
    'expected containers not running',
    'probably indicates that it crashed',
    // libreswan's control tool finding no daemon to talk to (`whack: Pluto is not running (no
    // "/run/pluto/pluto.ctl")`).
    'whack: pluto is not running',
    // readsb's and dump1090's own last word when they stop on an error (`Abnormal exit.`; a clean stop is
    // `Normal exit.`), and Nutify's check on NUT's daemons (`Process upsd not found`).
    'abnormal exit.',
    'process upsd not found',
    'process upsmon not found',
    // StartOS on a service's container that ended (`The service electrs has crashed with the following exit
    // code: 1`): the service is down; StartOS does not say it restarts it.
    'has crashed with the following exit code',
    // zeekctl on a node that died at once (`Error: zeek terminated immediately after starting`), Azure App
    // Service on a multi-container app (`ERROR - multi-container unit was not started successfully`), and SQL
    // Server on Linux ending on a fatal error (`This program has encountered a fatal error and cannot continue
    // running at ...`).
    'terminated immediately after starting',
    'unit was not started successfully',
    'fatal error and cannot continue running',
    // CubeCoders AMP's controller on an instance that stopped on an error (`ADS logged stopped instance x - exit
    // code -1 (CATASTROPHIC_FAILURE)`).
    '(catastrophic_failure)',
    // LXD on a container it could not start (`EROR[02-03|14:06:58] Failed starting container action=start
    // ...`), and KubeVirt's event on a virtual machine that crashed (`Stopped  VirtualMachineInstance  The
    // VirtualMachineInstance crashed.`).
    'failed starting container',
    'virtualmachineinstance crashed',
    // Ray's raylet, which ends with its agent (`The raylet exited immediately because the Ray agent failed.`).
    'raylet exited immediately',
    // The segfault-handler module's report of the process it runs in (`PID 22929 received SIGSEGV for address:
    // 0x4`).
    'received sigsegv for address',
    // illumos' service manager on a service whose processes all ended (`Stopping because all processes in service
    // exited.`), and dnsmasq's own last word when it cannot start (`dnsmasq[2721]: FAILED to start up`).
    'stopping because all processes in service exited',
    'failed to start up',
    // EMQX's start script on a node that is down (`emqx not running, waiting for recovery in 20 seconds`).
    'not running, waiting for recovery',
    // A container whose process never started, as runc reports it (`OCI runtime create failed: container_linux.go:348:
    // starting container process caused ...`, `standard_init_linux.go:228: exec user process caused: exec format
    // error`), and a binary built for another architecture (`exec /bin/sh: exec format error`). A probe's or an
    // exec's `OCI runtime exec failed` is not one: the container is running.
    'oci runtime create failed',
    'exec user process caused',
    'exec format error',
    // A container the runtime will not create or start under the security profile its pod asks for: a seccomp
    // profile missing on the node (`cannot load seccomp profile "/var/lib/kubelet/seccomp/x": open ...: no such
    // file or directory`), a kernel or runtime without seccomp (`failed to generate seccomp spec opts: seccomp
    // is not supported`; Docker: `seccomp: config provided but seccomp not supported`), and the kubelet
    // refusing a pod whose AppArmor profile it cannot apply (`Cannot enforce AppArmor: profile "x" is not
    // loaded`, `AppArmor is not enabled on the host`).
    'cannot load seccomp profile',
    'seccomp is not supported',
    'seccomp not supported',
    'cannot enforce apparmor',
    // Elasticsearch refusing to start on a host its checks find unfit, after which it exits (`ERROR: [1]
    // bootstrap checks failed`); `enforcing bootstrap checks` at start-up is routine.
    'bootstrap checks failed',
    // A controller exiting on a leader lease it lost (kopiur: `controller exited with error: leader lease lost;
    // exiting to re-elect`), and kube-scheduler's `lost master` stated at error (`E0729 ... server.go:261] lost
    // master`), as it is at fatal; Dask's nanny on a worker process a signal ended (`Worker process 22204 was
    // killed by unknown signal`); Ray on an actor whose worker died (`The actor is dead because its worker
    // process has died.`) and on a raylet that ended (`Raylet is terminated. Termination is unexpected.`).
    'leader lease lost',
    '] lost master',
    'killed by unknown signal',
    'because its worker process has died',
    'termination is unexpected',
  ],
  ReplicaMismatch: [
    // An alert on a deployment without its replicas for a while, with no level (`A deployment x in namespace y in
    // cluster z is not available for an extended period of time.`).
    'is not available for an extended period of time',
    // An alert on a DaemonSet whose new pods do not come up, with no level (`<td>DaemonSet rollout is stuck.</td>`).
    'daemonset rollout is stuck',
    // The e2e framework giving up on a namespace's pods (`Error waiting for all pods to be running and ready:
    // 2 / 11 pods in namespace "kube-system" are NOT in RUNNING and READY state in 10m0s`).
    'are not in running and ready state',
    // KubeBlocks' cluster status on components whose pods are short (`Message: pods are not ready in Components:
    // [bookies pulsar-broker]`, `pods are unavailable in Components: [...]`).
    'pods are not ready in components',
    'pods are unavailable in components',
    // kube-prometheus' alert on a DaemonSet whose rollout stalled (`DaemonSet x has not finished or progressed
    // for at least 15m`): some of its nodes lack an updated, ready pod.
    'has not finished or progressed for at least',
    // Service Fabric's health on a partition short of replicas (`Partition is below target replica or
    // instance count.`).
    'below target replica or instance count',
    // Submariner's `subctl diagnose` (`✗ The desired number of replicas for Deployment "x" (1) does
    // not match the actual number running (0)`).
    'does not match the actual number running',
    'unavailable replicas',
    'minimumreplicasunavailable',
    'does not have minimum availability',
    'progressdeadlineexceeded',
    'exceeded its progress deadline',
    'has timed out progressing',
    'replicafailure',
    // What the ReplicaSet, Job and DaemonSet controllers report when a pod cannot be created.
    'error creating:',
    // Deployment tooling that names the field (its value as a setting is excluded).
    'progressdeadlineseconds',
    // The deployment controller failing to create a ReplicaSet.
    'replicasetcreateerror',
    'failed to create new replica set',
    // Helm's wait (`Deployment is not ready: ns/name. 0 out of 1 expected pods are ready`).
    'expected pods are ready',
    // kube-prometheus' replica-mismatch alerts, OpenShift's deployer, and progress deadlines
    // written out in words (Azure Container Apps).
    'has not matched the expected number of replicas',
    // An EKS add-on's health issue (`InsufficientNumberOfReplicas: The add-on is unhealthy because
    // it doesn't have the desired number of replicas`).
    "doesn't have the desired number of replicas",
    // ... and its code alone (a pretty-printed `"code" : "InsufficientNumberOfReplicas",`).
    'insufficientnumberofreplicas',
    'seconds to become available',
    'progress deadline exceeded',
    // Cluster API: a MachineDeployment short of its available machines.
    'minimum availability requires',
    // ... and a Deployment-like status message short of its minimum (`0 available replicas, at
    // least 1 required`).
    'available replicas, at least',
    // Pulumi's Kubernetes provider waiting on a Deployment.
    'minimum number of live pods was not attained',
    // ... and its older wording (`Minimum number of Pods to consider the application live was not
    // attained`).
    'minimum number of pods to consider the application live was not attained',
    // Terraform's Kubernetes provider giving up on a Deployment's rollout (`Error: Waiting for
    // rollout to finish: 2 out of 4 new replicas have been updated...`); kubectl's own progress line
    // without the error is a rollout under way.
    'error: waiting for rollout to finish',
    // Helm's wait as older releases print it (`Deployment is not ready: ns/name`).
    'deployment is not ready:',
    // Flux's pre-flight check of its controllers (`✗ helm-controller: deployment not ready`).
    'deployment not ready',
    // OpenShift's cluster operators (`The deployment does not have available replicas`, reason
    // `Deployment_InsufficientReplicas`).
    'does not have available replicas',
    'insufficientreplicas',
    // ... and the reasons they give for being unavailable, as CodeReady Containers prints them at start-up
    // (`image-registry operator not available, Reason: NoReplicasAvailable`, `..., Reason: _NoPodsAvailable`).
    'noreplicasavailable',
    'nopodsavailable',
    // OpenShift's deployment config whose latest replication controller did not roll out in time
    // (`replication controller "app-1" has failed progressing`).
    'has failed progressing',
  ],
  HighLatency: [
    // Kestrel's heartbeat running past its one-second bar (`Heartbeat took longer than "00:00:01" at ...`).
    'heartbeat took longer than',
    // Fission's router giving up on a function's pod (`proxy error: Internal error - timeout: waited too long for pod
    // to be ready`).
    'waited too long for pod to be ready',
    // The Kubernetes scalability tests' check on the apiserver's latencies (`APIResponsiveness error: top
    // latency metric: there should be no high-latency requests, but: [got: {...perc99: 1.032768s ...}]`).
    'there should be no high-latency requests',
    // DAOS' RPC layer (`RPC failed; rc: DER_TIMEDOUT(-1011): 'Time out'`), the kernel's hung-task
    // detector (`INFO: task x:4037 blocked for more than 120 seconds.`), Kill Bill's payment retries
    // (`RetryOperationCallback call TIMEOUT for account x`), YunoHost's service actions (`The service x
    // didn't fully execute the action start before the timeout.`) and Diesel's pool
    // (`QueryBuilderError(Timeout(Wait))`).
    'der_timedout',
    'blocked for more than',
    ' call timeout for ',
    "didn't fully execute",
    'timeout(wait)',
    // A gateway that gave up on its upstream, as the Datadog trace agent reports it (`request to x
    // responded with 504 GATEWAY_TIMEOUT`), RoadRunner with every worker busy past its wait (`no free
    // workers in the container, timeout exceed`), and wandb's client (`Network error (ConnectTimeout),
    // entering retry loop.`).
    'responded with 504',
    'no free workers in the container, timeout exceed',
    'network error (connecttimeout)',
    'network error (readtimeout)',
    // Passenger's preloader that never answered (`An error occurred while starting up the preloader: it
    // did not write a startup response in time.`), akka-camel's reply that never came (`The OUT message
    // was not received within: 20000 millis`), EdgeX's wait on a dependency (`service dependency
    // Metadata checking time out`), client-go's rate limiter out of time (`rate: Wait(n=1) would exceed
    // context deadline`), Samba's client (`cli_push returned NT_STATUS_IO_TIMEOUT`) and the attach-detach
    // controller (`AttachVolume.Attach failed for volume "x" : attachdetachment timeout for volume x`).
    'did not write a startup response in time',
    'message was not received within',
    'checking time out',
    'would exceed context deadline',
    'nt_status_io_timeout',
    'attachdetachment timeout',
    // controller-runtime's source waiting on an informer that never synced (`err="Timeout: failed
    // waiting for *v1beta1.InternalFabric Informer to sync"`).
    'timeout: failed waiting for',
    // `timed out` as some write it (Browserless: `Job has timed-out, closing the WebSocket.`, `Websocket
    // job has timedout, sending 429 response`; Hystrix: `x timed-out and no fallback available`;
    // Karakeep's crawler: `Crawling job failed: Error: Timed-out after 60 secs`; BookKeeper's client:
    // `Timed-out 2 operations to channel ...`), and Twisted's HTTP server dropping a client that sent
    // nothing in time (Splash: `Timing out client: IPv4Address(...)`).
    'timed-out',
    'has timedout',
    'timing out client',
    // jCIFS on an SMB call with no answer (`SmbException: Transport1 timedout waiting for response to
    // SmbComWriteAndX[...]`).
    'timedout waiting for response',
    // Service Fabric's own timeout code (`federation open failed with FABRIC_E_TIMEOUT`).
    'fabric_e_timeout',
    // A timeout in other products' words: Mosquitto on a silent client (`Client x has exceeded timeout,
    // disconnecting.`), an Erlang RPC (`reason: {badrpc,timeout}`), NebulaGraph (`RPC failure, probably
    // timeout.`), Proxmox's API (`command 'x' failed: got timeout`), Aerospike (`AEROSPIKE_ERR_TIMEOUT`,
    // `Client timeout: timeout=1000 iterations=1 ...`), Tomcat's pool (`Timeout: Pool empty. Unable to
    // fetch a connection in 30 seconds`).
    'has exceeded timeout',
    // Trivy's node-collector job (`- running node-collector job: runner received timeout`), OpenZWave's
    // `Received timeout notification from HomeID: x`.
    'received timeout',
    '{badrpc,timeout}',
    'probably timeout',
    'got timeout',
    '_err_timeout',
    'client timeout: timeout=',
    'timeout: pool empty',
    // memcacheq's pool (`server x (tcp 22201, udp 0) failed with: network time out`).
    'network time out',
    // A CI job out of its time (GitLab Runner: `ERROR: Job failed: execution took longer than 1h0m0s
    // seconds`), Ceph's daemons at start (`Initialization timeout, failed to initialize`), OpenYurt's
    // conversion job (`wait for job to be complete timeout`).
    'execution took longer than',
    'initialization timeout, failed to initialize',
    'job to be complete timeout',
    // Mail servers out of time: Haraka's last response to a client (`lr="452 plugin timeout"`; Postfix's
    // watchdog ending a stuck process, `postscreen[29555]: fatal: watchdog timeout`, is read by the
    // timeout shape, `watchdog` among its operations); quic-go's idle timeout (cloudflared: `error="timeout:
    // no recent network activity"`), and Dragonfly's peer waiting on pieces (`watch sync pieces timeout, may
    // be a bug`).
    '452 plugin timeout',
    'timeout: no recent network activity',
    'sync pieces timeout',
    // Liquidsoap's clock falling behind the stream (`Too much latency! Resetting active sources...`),
    // Klipper on its microcontroller (`Timeout with MCU 'mcu'`; its `mcu 'mcu': Timeout on connect` is
    // a timeout by the word after it, TIMEOUT_AS_OUTCOME).
    'too much latency!',
    'timeout with mcu',
    // A collector's input out of its interval (Telegraf: `input "inputs.x" did not complete within
    // its interval`, `Collection took longer than expected; not complete after interval of 4m0s`,
    // `took longer to collect than collection interval (10s)`), and Google Cloud's Python client on
    // a job it waited on (`Operation did not complete within the designated timeout of 900
    // seconds.`).
    'did not complete within its interval',
    'not complete after interval of',
    'took longer to collect than collection interval',
    'did not complete within the designated timeout',
    // Job runners out of time: RQ's and Django-Q's task (`Task exceeded maximum timeout value (60
    // seconds)`; Symfony's Process, `exceeded the timeout of 60 seconds`, is read by a shape with its
    // time), an Elixir process's exit reason (`** (EXIT) time out`), node-fetch's (`FetchError: network
    // timeout at: url`).
    'exceeded maximum timeout value',
    '** (exit) time out',
    'network timeout at: ',
    // The DevWorkspace operator's row on a workspace that stopped at a step (`DevWorkspace failed to
    // progress past step 'Waiting for workspace deployment' for longer than timeout (5m)`), and
    // JupyterHub on a server past its slow-spawn timeout (`User x is slow to start (timeout=10)`).
    'for longer than timeout (',
    'is slow to start (timeout=',
    // An SMTP server closing an idle session, as its client quotes the reply (`got code "451", with message
    // "451 Timeout - closing connection`).
    '451 timeout - closing connection',
    // A Redis or KeyDB replica that heard nothing from its master in its timeout (`# MASTER timeout: no data
    // nor PING received...`), and gRPC's keepalive with no answer (`keepalive ping failed to receive ACK
    // within timeout`).
    'master timeout: no data nor ping received',
    'failed to receive ack within timeout',
    // Quickwit's actor framework on an actor that stopped answering (`quickwit_actors::actor_handle: actor-timeout
    // actor="Indexer-green-laKV"`), Chromium's network error for a page that did not load in time (Playwright:
    // `page.goto: net::ERR_TIMED_OUT at https://x`), and PyTorch's NCCL process group on a collective past its
    // timeout (`Timeout at NCCL work: 357826, last enqueued NCCL work: ...`).
    'actor-timeout actor=',
    'net::err_timed_out',
    'timeout at nccl work',
    // Citus on a connection to a worker node it gave up on (`WARNING:  could not establish connection after
    // 5000 ms`).
    'could not establish connection after',
    // The MySQL client for Node on a query its server stopped answering (Etherpad: `Fatal MySQL error: Error: Query
    // inactivity timeout`), LiveKit's client on a room it could not join in time (`could not connect after
    // timeout`), and Bitnami's installer on a page its setup step could not load in time (`Error executing
    // 'postInstallation': Timeout: did not get to load all resources on this page`).
    'query inactivity timeout',
    'could not connect after timeout',
    'timeout: did not get to load',
    // Firebase's CLI on an emulator's port that did not open in time (`Error: TIMEOUT: Port 5001 on localhost was
    // not active within 5000ms`).
    'was not active within',
    // Monitoring pollers: Icinga 2 ending a check's process (`Killing process group x ('check')
    // after timeout of 60 seconds`), spine on a device (`SNMP timeout detected [500 ms], ignoring
    // host 'x'`).
    'after timeout of',
    'timeout detected',
    // Smack (XMPP, in Jicofo and Openfire) on a stanza no one answered (`No response received within
    // reply timeout. Timeout was 15000ms`).
    'within reply timeout',
    // A call that timed out, in analytical databases' words (Doris: `method request time out,
    // please check 'onceTalkTimeout'`, `Ocurrs time out with specfied time 1995 MILLISECONDS`,
    // `catch a timeout exception`).
    'request time out',
    'ocurrs time out',
    'a timeout exception',
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
    // A Rust error's debug form naming a timeout with its length (Conduit's proxy: `Inner(Timeout(Duration
    // { secs: 10, nanos: 0 }))`).
    'timeout(duration {',
    // An answer that did not come in the time allowed, in S3's words (`Your socket connection to the server
    // was not read from or written to within the timeout period.`) and others' (a VPP agent's binary API call:
    // `no reply received within the timeout period 1s`).
    'within the timeout period',
    // A connection closed for no traffic in its time (a Java client: `java.io.IOException: Timeout due to
    // inactivity (30000 MILLISECONDS)`).
    'timeout due to inactivity',
    'i/o timeout',
    'took too long',
    // etcd's write-ahead log waiting on the disk past its expected duration (`slow fdatasync`,
    // took 1.04s, expected 1s): every write the cluster makes waits with it.
    'slow fdatasync',
    // A NATS server dropping a client that cannot keep up (`Slow Consumer Detected: WriteDeadline
    // of 2s exceeded`), and BookKeeper's requests to a storage node timing out.
    'slow consumer detected',
    'bookie operation timeout',
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
    // A slow request a server reports by name, and gRPC's status code as Go prints it.
    'slow request',
    'code = deadlineexceeded',
    // Kubernetes' utiltrace writes a trace only when the operation outran its threshold.
    'trace[',
    'trace.go:',
    '(total time:',
    // The apiserver's timeout filter, .NET's HttpClient, and ARM's gateway timeout code.
    'timeout or abort while handling',
    'configured httpclient timeout',
    '(gatewaytimeout)',
    // Gateways' error codes (Apigee `messaging.adaptors.http.flow.GatewayTimeout`).
    '.gatewaytimeout',
    'did not receive a timely response',
    // uWSGI killing a worker whose request outran its harakiri limit.
    'harakiri',
    // The apiserver's timeout Status and its timeout filter, and Linkerd's request deadline.
    'request did not complete within requested timeout',
    'timeout response has already been sent',
    'configured dispatch deadline',
    // Client and database timeouts as the common runtimes name them: Node's socket errors (and
    // npm's `code ERR_SOCKET_TIMEOUT`),
    // Go's TLS handshake, Python's TimeoutError, PostgreSQL's statement and MySQL's lock waits.
    'etimedout',
    'esockettimedout',
    'err_socket_timeout',
    'tls handshake timeout',
    'timeouterror',
    // A query builder's wait for a pooled connection that ran out (Knex: `Timeout acquiring a
    // connection. The pool is probably full.`, under any prefix).
    'timeout acquiring a connection',
    // Ruby's Timeout (`Timeout::Error (execution expired)`, Sidekiq's bare `WARN: execution
    // expired`), KubeEdge's edge core on the cloud's reply (`send sync message x failed,
    // error:timeout to get response`), a JDBC proxy's listener that logs only queries past its
    // threshold (datasource-proxy's `SLF4JSlowQueryListener - ... Time:5001`), and Jellyfin's
    // response-time middleware (`Slow HTTP Response from "x" to "y" in 0:00:02.31`).
    'execution expired',
    'timeout to get response',
    // ... and on a message it could not hand on (`register node failed, error: timeout to send message`).
    'timeout to send message',
    // A volume the attach/detach controller gave up waiting for (`AttachVolume.Attach failed for volume
    // "pvc-x" : attachment timeout for volume x`), a helper process a CSI driver killed when it ran
    // past its time (Trident: `process killed after timeout` process=blkid), and cert-manager's
    // challenge past its time (`"error"="Time limit exceeded. Last error: "`).
    'attachment timeout',
    'killed after timeout',
    'time limit exceeded',
    // etcd's v2 client on a member that did not answer (`client: endpoint http://x:2379 exceeded header
    // timeout`).
    'exceeded header timeout',
    'slowquerylistener',
    'slow http response from',
    // Telegraf's output that could not write a flush's metrics in time (`W! [agent]
    // ["outputs.http"] did not complete within its flush interval`), and IoTDB's slow-query log,
    // which writes only statements past its threshold (`Cost: 42152 ms, sql is select ...`).
    'did not complete within its flush interval',
    // XRootD's client on a request past its timeout (`[ERROR] Operation expired`).
    'operation expired',
    // A detector's answer (`"error":"failed to process request before
    // timeout"`), and moonfire-nvr's stream reader, which warns only on a slow packet (`getting
    // next packet took PT10.128102479S!`).
    'request before timeout',
    'getting next packet took',
    // DNS servers on an upstream that did not answer in time: dnsdist (`Had a downstream timeout
    // from [::1]:8053 (x) for query for y|A`) and the PowerDNS recursor (`Too much time waiting for
    // com|DS, timeouts: 5, ...`).
    'had a downstream timeout',
    'too much time waiting for',
    // A job runner's warning for a job still running past its expected time (Lemmy's
    // background_jobs: `Job x is taking a long time: 1 minutes`), a fediverse server's error for
    // an inbox delivery that did not finish in time (Lemmy's `InboxTimeout: InboxTimeout`), and
    // receptor's reachability check out of time (`Error timeout from x in 10.0s`).
    'is taking a long time',
    'inboxtimeout',
    'error timeout from ',
    // A remote desktop gateway's client closing a connection its daemon stopped answering
    // (guacamole-lite's `Error: guacd was inactive for too long`), a metasearch engine's upstream
    // out of time (SearXNG's `ERROR:searx.engines.x: engine timeout` and its `HTTP requests timeout
    // (search duration : 3.07 s, timeout: 3.0 s)`), google-gax's call out of its total timeout
    // (`Total timeout of API x exceeded 5000 milliseconds before any response was received`),
    // botocore's `Read timeout on endpoint URL: "x"`, and MockServer's client (`Response was not
    // received from MockServer after 20000 milliseconds`).
    'was inactive for too long',
    // SOGo's watchdog on a child stuck in one request (`pid 36 has been hanging in the same request
    // for 1 minutes`), Celery's task past its time limit (`TimeLimitExceeded(1800)`), and a command
    // a document processor gave up waiting on (Docspell's `Command x did not finish in 300000 ms!`).
    'hanging in the same request',
    // Home automation adapters on a device or bridge that did not answer in time: ioBroker's
    // (`bshb.0 timeout during call to BSHC`), hm2mqtt's (`No response received from x within timeout
    // period`); OpenZWave's `Received timeout notification` is read by `received timeout`.
    'timeout during call to',
    'within timeout period',
    // SSH.NET (in Duplicati) on a connection that did not open in time, also when a retry loop
    // quotes it without the exception's name (`attempt 5 of 5 failed with message: Connection
    // failed to establish within 30000 milliseconds.`).
    'failed to establish within',
    'timelimitexceeded',
    'did not finish in ',
    'engine timeout',
    // An app's staging or start that ran out of time on Cloud Foundry (`Error staging application:
    // StagingTimeExpired`, `CF-StagingTimeExpired(170007): Staging time expired`, cf-for-k8s' `Start
    // app timeout`).
    'stagingtimeexpired',
    'staging time expired',
    'start app timeout',
    // A Job past its activeDeadlineSeconds, in the job controller's words (`Job was active longer than
    // specified deadline`; a pod past its own deadline is PodDown), and a job or TaskRun failed on its
    // deadline (`* job x failed: DeadlineExceeded`).
    'job was active longer than specified deadline',
    'failed: deadlineexceeded',
    // A job reported slower than a stated bound (`Job x is taking more than 12 hours to complete`).
    'is taking more than',
    // Ansible's wait on an async task running out (`async task did not complete within the requested
    // time`).
    'did not complete within the requested time',
    'http requests timeout',
    'total timeout of api ',
    'response was not received from ',
    ' ms, sql is ',
    'statement timeout',
    'lock wait timeout exceeded',
    // .NET's HttpClient.Timeout as newer runtimes print it.
    'configured httpclient.timeout',
    // rack-timeout (Ruby): `Request ran for longer than 30000ms`, and its error classes
    // (`Rack::Timeout::RequestExpiryError: Request older than 8000ms`).
    'ran for longer than',
    'rack::timeout::request',
    // Java's timeout of a blocking or reactive call (`java.util.concurrent.TimeoutException`),
    // and a client naming its gateway's timeout status (`Error POSTing to endpoint (HTTP 504)`).
    'timeoutexception',
    'http 504',
    // A coordinator's request to a worker still unanswered (Trino: `request to http://... has
    // not returned in 10.50s`), and a function past its limit (OpenWhisk: `The action exceeded
    // its time limits of 300000 milliseconds`).
    'has not returned in',
    'exceeded its time limit',
    // Kong's and other gateways' answer when the upstream does not respond in time.
    'upstream server is timing out',
    // PHP's execution time limit on a request (a call cut short by a timeout, `due to timeout`,
    // is read by CUT_BY_TIMEOUT).
    'maximum execution time of',
    // Go's client waiting for response headers, and a listener that gave up waiting.
    'timeout awaiting response headers',
    'timeout after waiting for',
    // ClickHouse's query time limit.
    'timeout exceeded: elapsed',
    // A client reporting its gateway's timeout status, and Jellyfin's slow-response warning.
    'status code 504',
    'time (slow):',
    // Go's http.TimeoutHandler (the apiserver's writers), and the apiserver's timeout Status.
    'http: handler timeout',
    'in the time allotted',
    // The apiserver's ServerTimeout status (`the server cannot complete the requested operation at
    // this time, try again later (get statefulsets.apps)`; its older spelling `can not`).
    'cannot complete the requested operation at this time',
    'can not complete the requested operation at this time',
    // StackExchange.Redis (`Timeout performing GET (5000ms), ...`).
    'timeout performing ',
    // OpenFaaS' watchdog killing a call past its limit, and Fluentd's buffer flush outrunning
    // its slow-flush threshold.
    'killed due to exec_timeout',
    'buffer flush took longer time than',
    // MongoDB's answer to an operation past its maxTimeMS (`operation exceeded time limit`), and a
    // sync client's process cut off past its limit (Trilium's `Process exceeded time limit 100000`).
    'exceeded time limit',
    // (Erlang and Elixir reporting a call's timeout as a term, `{:error, :timeout}`, are read by the
    // atom's ` :` before the word, TIMEOUT_AS_OUTCOME.)
    // ZooKeeper's write-ahead log sync past its warning threshold (`fsync-ing the write ahead
    // log in SyncThread:0 took 2240ms which will adversely effect operation latency`), kine's
    // slow-query log (`Slow SQL (total time: 1.5s)`), PHP-FPM's slow log (`executing too slow`).
    'fsync-ing the write ahead log',
    'slow sql',
    'executing too slow',
    // Consul's RPC layer waiting on a server past its deadline (`rpc error making call: i/o
    // deadline reached`).
    'i/o deadline reached',
    // Requests reported slower than a stated bound (`are taking longer than 3 seconds`), and
    // VictoriaMetrics refusing a query it could not start in time (`couldn't start executing the
    // request in 10.000 seconds`).
    'taking longer than',
    "couldn't start executing the request in",
    // Milvus' task scheduler giving up on a task it waited for (`searchTask:wait to finish
    // failed, timeout: 4336...`).
    'finish failed, timeout',
    // Azure Storage's OperationTimedOut (`500 Operation could not be completed within the specified time.`).
    'could not be completed within the specified time',
    // Apache's async HTTP client's socket timeout (`30,000 milliseconds timeout on connection`).
    'milliseconds timeout on connection',
    // Storage daemons past their latency bounds: Ceph's OSD over its threshold (`osd.2 average
    // latency exceeds 100ms over 10 seconds`) and its metadata servers' health check (`1 MDSs
    // report slow metadata IOs`; its `report slow requests` is read as a slow request already).
    'latency exceeds',
    'report slow metadata ios',
    // RPC clients' own words for a call past its timeout: Seata (`wait response error:cost 30004 ms`), Reactor's timeout operator (`Did not
    // observe any item or terminal signal within 5000ms`), undici's error codes
    // (`UND_ERR_HEADERS_TIMEOUT`, `UND_ERR_BODY_TIMEOUT`), an Erlang or Elixir call that timed out
    // (`{:timeout, {:gen_server, :call, [...]}}`, `{timeout,{gen_server,call,[...]}}`), and Home
    // Assistant's supervisor API (`Timeout on /core/stats request`).
    'wait response error',
    'did not observe any item or terminal signal within',
    'und_err_headers_timeout',
    'und_err_body_timeout',
    '{:timeout, {:gen_server, :call,',
    '{:timeout, {genserver, :call,',
    '{timeout,{gen_server,call,',
    // etcd past its bounds (`failed to send out heartbeat on time (exceeded the 100ms timeout for
    // 818ms ...)`, `sync duration of 2.905s, expected less than 1s`), TiKV waiting on its
    // placement driver (`get timestamp too slow`).
    'failed to send out heartbeat on time',
    'expected less than',
    'timestamp too slow',
    // Servers that did not come up or answer in time, in JupyterHub's words (`pod/jupyter-x did not
    // start in 1800 seconds!`, `x's server never showed up at ...
    // after 30 seconds`, `x's server failed to start in 600 seconds, giving up`, `Server at ...
    // didn't respond in 30 seconds`) and others' (`The server didn't respond in time.`).
    'did not start in',
    'never showed up at',
    'server failed to start in',
    "didn't respond in",
    // CockroachDB's node liveness: a heartbeat that took longer than its interval allows (`[n1,hb]
    // slow heartbeat took 4.5s`).
    'slow heartbeat',
    // Database servers' own words for a wait gone long: InnoDB's watchdog (`InnoDB: A long semaphore
    // wait:`) and Redis' append-only file (`Asynchronous AOF fsync is taking too long (disk is busy?)`).
    'a long semaphore wait',
    'fsync is taking too long',
    // Java servers' stuck threads: Tomcat's valve (`StuckThreadDetectionValve.notifyStuckThreadDetected
    // Thread [x] has been active for [125,838] milliseconds`) and WebLogic's message BEA-000337
    // (`[STUCK] ExecuteThread: '54' ... has been busy for "650" seconds`); Grid Engine's client
    // waiting in vain on its master (`got syncron message receive timeout error`).
    'notifystuckthreaddetected',
    '<bea-000337>',
    'message receive timeout',
    // Stream engines' checkpoints that outran their timeout (Flink and SeaTunnel: `Checkpoint 17 of
    // job x expired before completing.`) and the kernel's NFS client waiting on its server (`nfs:
    // server x not responding, still trying`; `, timed out` once it gives up).
    'expired before completing',
    'not responding, still trying',
    // A game server's tick loop falling behind (Minecraft: `Can't keep up! Is the server overloaded?
    // Running 4943ms or 98 ticks behind`) and Paper's watchdog on a tick that never ended (`The server
    // has stopped responding!`, `The server has not responded for 10 seconds!`).
    "can't keep up! is the server overloaded",
    'the server has stopped responding!',
    'the server has not responded for',
    // SIP's request timeout, as Kamailio reports it (`got sip response 408 while registering`, `request
    // sent to sip:x completed with code: 408`).
    'sip response 408',
    'completed with code: 408',
    // The Kubernetes API server's answer to a request that outran its timeout (`The server was not
    // able to produce a timely response to your request.`, status 504).
    'not able to produce a timely response',
    // A connection pool's wait for a free connection outrun (pgdog: `checkout timeout`), SRS' errno
    // for a stream's read that timed out (`recv publish message failed. ret=1011(Timer expired)`),
    // and Azure SignalR's connection to its service gone quiet (`Service timeout. 30000.00ms elapsed
    // without receiving a message from service.`).
    'checkout timeout',
    '(timer expired)',
    'elapsed without receiving a message',
    // Database and search servers' own words for a request out of time: Weaviate's batch (`The
    // 'objects' creation was cancelled because it took longer than the configured timeout of
    // 60s`), CouchDB's (`req_err(2751202856) timeout : The request could not be processed in a
    // reasonable amount of time.`, a shard worker's `fabric_worker_timeout open_doc,...`, an RPC
    // stream's `exit:timeout`), ArangoDB's (`AQL: timeout in cluster operation`, `got no answer from
    // shard:x with status timeout`), GeoServer's rendering cut off (`This request used more time
    // than allowed and has been forcefully stopped.`) and mod_tile's renderer (`Renderer timeout -
    // destroying hung renderer`).
    'longer than the configured timeout',
    'could not be processed in a reasonable amount of time',
    'fabric_worker_timeout',
    'exit:timeout',
    'timeout in cluster operation',
    'with status timeout',
    'used more time than allowed',
    'renderer timeout',
    // ThingsBoard's rule engine giving up on a pack of messages it did not process in time
    // (`Timeout to process [4] messages`, at info: INFO_LEVEL_REPORTERS).
    'timeout to process [',
    // CouchDB's reply to a request that ran out of time (`{ error: 'unknown_error', reason:
    // 'req_timedout' }`), and Apache Tika's OCR parser cut off (`TikaException: TesseractOCRParser
    // timeout`).
    'req_timedout',
    'ocrparser timeout',
    // Twisted's error for a connection that timed out (Synapse: `Failed to connect to x:8448: User
    // timeout caused connection failure.`).
    'user timeout caused connection failure',
    // A timeout named before what it cut short with no separator the timeout shape reads (JetStream:
    // `JetStream timeout waiting for meta leader transfer`; Neo4j: `HTTP container Timeout waiting for
    // database`; an SMTP server, whose phrase folded into this one: `451 4.4.2 Timeout waiting for data
    // from client`), a client's bound (Pulsar:
    // `Could not send message to broker within given timeout`), error codes (RabbitMQ's
    // `{timeout_waiting_for_tables,...}`, RocketMQ's `[TIMEOUT_CLEAN_QUEUE] broker busy`) and PyTorch's
    // NCCL watchdog (`Watchdog caught collective operation timeout: WorkNCCL(...)`).
    'timeout waiting for ',
    'within given timeout',
    'timeout_waiting_for_tables',
    'timeout_clean_queue',
    'collective operation timeout',
    // Tekton's reasons for a run past its timeout (`Failed(PipelineRunTimeout)`, `TaskRunTimeout`).
    'pipelineruntimeout',
    'taskruntimeout',
    // A call that outran its bound, in Kibana's words (`Error: Timeout: it took more than 1200000ms`).
    'it took more than',
    // Tokio's error for a task past its deadline (mosec: `task was not completed in the expected time`
    // with `"err":"deadline has elapsed"`).
    'deadline has elapsed',
    // Connection pools out of time for a connection (clickhouse-go: `clickhouse: acquire conn timeout`;
    // Agroal: `Sorry, acquisition timeout!`), and Tilt's command killed at its limit (`Killed kubectl. Hit
    // timeout of 10s.`).
    'acquire conn timeout',
    'acquisition timeout',
    'hit timeout of',
    // Google APIs' deadline error, in Stackdriver's reply (`Error 503: Deadline expired before operation
    // could complete.`), and JuiceFS' mount that ran out of its time (`"bind mount error" err="function
    // timeout"`).
    'deadline expired before operation could complete',
    'err="function timeout"',
    // Kamailio's TCP layer closing a connection whose message took too long (`message processing timeout
    // on connection id: 67896`), Cadence's CLI reply (`code:deadline-exceeded message:timeout`), and the
    // sparklyr client giving up on a Livy session (`session status is still starting after waiting for
    // 60 seconds`).
    'message processing timeout',
    'code:deadline-exceeded',
    'still starting after waiting for',
    // Packer's builders giving up on a machine they could not reach (`Timeout connecting to 10.0.84.195`),
    // and Terraform's error box on a call that timed out with no cause to give (`│ Error: timeout: <nil>`).
    'timeout connecting to',
    '│ error: timeout',
    // Pydio Cells Sync's client on a server that timed out (`cannot connect (408 Timeout)`), and GLAuth's
    // ping of its backend (`WRN doPing after timeout`).
    '(408 timeout)',
    // nghttpx on a backend it could not reach in time (`Connect time out; addr=127.0.0.1:47`), varnishtest's
    // client (`HTTP rx timeout (fd:12 30000 ms)`), Zeppelin's launcher (`Launching zeppelin interpreter on
    // kubernetes is time out, kill it now`), and Ambari's task status in Ansible's words (`Task Status is
    // TIMEDOUT.`).
    'connect time out',
    'http rx timeout',
    'is time out',
    'status is timedout',
    // Postfix on its content filter's proxy (`warning: timeout talking to proxy inet:[127.0.0.1]:10024`),
    // FreeRADIUS on a home server that did not answer (`No proxy response, giving up on request`, `Marking home server x as zombie (it has not
    // responded in 10.000000 seconds)`), ptp4l (`port 1: delay timeout`), FreeIPMI's driver (`ipmi_cmd_get_device_id:
    // driver timeout`), and wasmCloud's host (`Timeout attempting to perform RPC invocation`).
    'timeout talking to',
    'no proxy response',
    'as zombie (it has not responded',
    ': delay timeout',
    ': driver timeout',
    'timeout attempting to',
    'doping after timeout',
    // BGP sessions dropped when a peer's keepalives stopped arriving in time (FRR: `%NOTIFICATION: sent to
    // neighbor x 4/0 (Hold Timer Expired)`; GoBGP: `msg="hold timer expired"`), systemd's watchdog on a service that
    // stopped pinging it (`frr.service: Watchdog timeout (limit 1min)!`), Nav2's costmap waiting on a
    // transform (`transform from base_link to map did not become available before timeout`; `Timed out
    // waiting for transform`, at info: its header is read by INFO_LEVEL_REPORTERS), and MoveIt's client on
    // its action server (`Unable to connect to move_group action server 'move_group' within allotted time
    // (30s)`).
    'hold timer expired',
    ': watchdog timeout (limit ',
    'did not become available before timeout',
    'timed out waiting for transform',
    'within allotted time',
    // OctoPrint on a printer that stopped answering its serial line (`Communication timeout while printing,
    // trying to trigger response from printer.`).
    'communication timeout while',
    // RustDesk's rendezvous server on its own self-test (`Timeout of test_hbbs`), and MeshCentral's
    // watchdog on its event loop (`Watchdog timer timeout, 3394ms.`).
    'timeout of test_hbbs',
    'watchdog timer timeout',
    // SoapySDR's device reads with no samples in time (`WARNING: SoapySDR::Device::readStream timeout!`), and
    // an Audiobookshelf client's sync socket (`Auth timeout - no init or auth_failed received`).
    'readstream timeout',
    'auth timeout - no init',
    // freqtrade on an exchange call that ccxt timed out (`Error in reload_markets due to RequestTimeout.`),
    // and IoTaWatt's uploader on a post with no answer (`EmonService: POST failed. HTTP code:read Timeout`).
    'due to requesttimeout',
    'http code:read timeout',
    // OpenTripPlanner's A* search past its time limit (`WARN (AStar.java:233) Search timeout. origin=<...>`).
    'search timeout. origin=',
    // sqlx's pool out of time for a connection (`Database connection failed: Conn(SqlxError(PoolTimedOut))`),
    // and Friendica's worker watchdog (`Worker process took too much time - killed {"duration":"186.117",
    // "max":180,...}`).
    'pooltimedout',
    'took too much time - killed',
    // A leader that could not renew its lease in time (kopiur: `could not renew the leader lease within the renew
    // deadline; abdicating error=ServiceError: lease renew attempt stalled past the renew deadline (10s)`).
    'within the renew deadline',
    'past the renew deadline',
  ],
} as const satisfies Record<FailureType, readonly string[]>;

/**
 * Per class, wording that looks like the failure but reports its absence or a setting: a
 * line containing any of these never matches that class (it may still match another).
 * Stored lowercase, compared like the patterns.
 */
export const EXCLUDE_PATTERNS = {
  // Docker inspect's State block of a container that was not OOM-killed.
  // A report that found none (`No OOMKilled Events found in Cluster Logs.`).
  // A list of what may have caused a failure (Ray's `There are some potential root causes. (1) The
  // process is killed by SIGKILL by OOM killer ...`) is not a report of an OOM kill.
  // A host whose kernel has no memory controller (K3s: `failed to find memory cgroup`) names no kill. Ray's list
  // of what may have ended a raylet (`Possible reasons include: (1) SIGKILL by the user or system OOM killer`) neither.
  // An eBPF map the kernel would not allocate (Cilium: `creating map: map create: cannot allocate memory`)
  // is a limit on locked memory or the map's size, not the OOM killer.
  OOMKilled: ['map create: cannot allocate memory', 'oom monitoring failed', 'failed to find memory cgroup', 'timeout exceeded', 'there are some potential root causes', 'possible reasons include:', '"oomkilled": false', '"oomkilled":false', 'oomkilled:false', 'oomkilled: false', 'oomkilled=false', 'no oomkilled'],
  // A push that failed is not a pull (kaniko: `error pushing image: failed to push to destination x: Get
  // http://x/v2/: dial tcp x:80: i/o timeout`).
  ImagePullBackOff: ['failed to push to'],
  // A probe command's own exit code belongs to the probe failure, not to the container.
  // SIGTERM (exit 143 = 128 + 15) is how a container is asked to stop: a routine shutdown.
  CrashLoopBackOff: [
    'exited with status 0',
    // Talos restarting the kubelet it runs (`service[kubelet](Waiting): Error running Containerd(kubelet), going to
    // restart forever: task "kubelet" failed: exit code 255`): the node's agent, whose node is not ready.
    'error running containerd(kubelet)',
    // A helper that gives up on the process it ran is not restarting it (PodDown), whatever the
    // exit code it quotes.
    'giving up on error: ',
    // Slurm's srun on a task that ended (`srun: error: node1: task 0: Exited with exit code 1`): srun runs a job's
    // step once; nothing in it restarts the task.
    'srun: error: ',
    'exited with code 0',
    'probe failed',
    'exited with code 143',
    'exit code 143',
    'exit code: 143',
    'exit status 143',
    'exited with status 143',
    'signal sigterm',
    'received sigterm',
    'got sigterm',
    // A container of a pod that will not restart it, reported with its exit code by Jenkins'
    // Kubernetes agents (`Container jnlp was terminated (Exit Code: 255, Reason: Error)`): a pod down.
    'was terminated (exit code:',
    // The kubelet's own unit failing is its node going away (NodeNotReady), not a crash loop; so
    // are the units of k3s and RKE2, which run the kubelet in their own process: an exclusion layout
    // (KUBELET_UNIT_FAILING in skills/line-shapes.ts) that leaves out systemd scheduling their restart.
    // A deploy tool's status check naming the container that ended (skaffold): a pod down.
    ' terminated with exit code ',
    // A task runner's report of a task that ended well (`outcome: success | reason: Essential
    // container in task exited`).
    'outcome: success',
    // Postgres' logical replication launcher, which ends with exit code 1 whenever its server shuts
    // down (`background worker "logical replication launcher" (PID 34) exited with exit code 1`).
    'worker "logical replication launcher"',
    // nodemon's crash waits for a file change, it does not restart the process (PodDown).
    'waiting for file changes before starting',
    // roslaunch's process that died is not restarted (PodDown), whatever its exit code.
    'process has died [pid ',
    // StartOS on a service's container that ended (`has crashed with the following exit code: 1`): down,
    // not restarted (PodDown), whatever its exit code.
    'has crashed with the following exit code',
    // Pterodactyl's daemon on a server that stopped (`[Pterodactyl Daemon] Exit Code: 1`, older releases
    // `[Pterodactyl Daemon]: Exit code: 1`): one exit (PodDown).
    '[pterodactyl daemon] exit code: ',
    '[pterodactyl daemon]: exit code: ',
  ],
  // Probe settings and Docker's health counter at zero.
  StartupProbeFailed: [
    // MinIO on a peer or drive it stops using (`Marking http://minio-1...:9000/... temporary offline; caused by
    // Post ...: connect: connection refused`): a member lost, whatever error it quotes, not a probe.
    'temporary offline; caused by',
    // Windows' compute service on a container whose utility VM did not answer in time (`encountered an error
    // during Start: failure in a Windows system call: The operation timed out because a response was not
    // received from the Virtual Machine hosting the Container.`): latency, not a failed start.
    'response was not received from the virtual machine',
    // Classic Swarm's manager on an engine it lost (`Flagging engine as unhealthy`): the node, not a probe.
    'flagging engine as unhealthy',
    // A proxy dropping a client connection it found broken (ProxySQL: `Closing unhealthy client
    // connection 10.0.0.7:58964`): the client's, not a probe.
    'unhealthy client connection',
    // etcd refusing a member's join while its cluster is unhealthy (k3s: `level=fatal msg="... joining etcd
    // cluster: etcdserver: unhealthy cluster"`): the server that wanted to join ends, no probe failed.
    'etcdserver: unhealthy cluster',
    // A cloud's node pool whose nodes never joined, guessing at the cluster's health (GKE: `only 0
    // nodes out of 1 have registered; cluster may be unhealthy`): the nodes, not a probe.
    'cluster may be unhealthy',
    // The MongoDB Java driver's timeout choosing a server, which quotes each server's state and the
    // error that left it unreachable (`Timed out after 10000 ms while waiting to connect. Client
    // view of cluster state is {... caused by {java.net.ConnectException: Connection refused}}]`):
    // a client's wait, not a probe.
    'client view of cluster state is',
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
    // A device plugin's devices, not a probe (`cannot allocate unhealthy devices`).
    'allocate failed due to',
    // A call to or from a node's kubelet that was refused is about the node (the old node
    // controller reaching it, the kubelet registering it or posting its status).
    'collect information for node',
    'register node',
    'node status',
    // The kubelet's relister failing to reach its runtime (`GenericPLEG: Unable to retrieve pods:
    // ... connection refused`) is about the node.
    'genericpleg',
    // Classic Swarm's manager flagging an engine it could not reach dead is about the node.
    'flagging node as dead',
    // Its lease, the heartbeat the node lifecycle controller reads, however the call failed (Talos' kubelet:
    // `"msg":"Failed to ensure lease exists, will retry", ... connect: connection refused`).
    'failed to update lease',
    'node lease',
    'failed to ensure lease exists',
    // A workload's replica count an add-on's health names (its replicas, not a probe).
    "doesn't have the desired number of replicas",
    // A node pool's nodes that never became ready (EKS: `NodeCreationFailure: Unhealthy nodes in the
    // kubernetes cluster`): the nodes, not a probe.
    'unhealthy nodes in the kubernetes cluster',
    // LXC's launcher failing to start a container (`lxc-start: 101: tools/lxc_start.c: main: 330 The
    // container failed to start`): no probe is involved; the container is down.
    'lxc-start: ',
    // YARN's ResourceManager on a NodeManager's health report: the node, not a probe.
    'reported unhealthy with details',
    'transitioned from running to unhealthy',
    // A database frontend's heartbeat to a backend node refused or timed out (StarRocks' and
    // Doris' `get bad heartbeat response: type: BACKEND, status: BAD, msg: ... Connection
    // refused`), and kubeadm's check of the node's own kubelet (`[kubelet-check] The HTTP call
    // equal to 'curl -sSL http://localhost:10255/healthz' failed ... connection refused`): the
    // node, not a probe.
    'bad heartbeat response',
    '[kubelet-check]',
    // ClusterODM on a processing node it cannot reach (`Cluster node seems to be offline: HTTPConnectionPool(...):
    // Max retries exceeded with url: /info ...`): the node, not a probe.
    'cluster node seems to be offline',
    // A container runtime's shim that did not start (`ctr: failed to start shim: start failed: ... Connection refused
    // (os error 111)`): the words are the shim's, not a probe's.
    'failed to start shim: ',
  ],
  // The kubelet rejecting a pod at admission (`Pod was rejected: Predicate NodeAffinity
  // failed: node(s) didn't match ...`) is PodDown, in the scheduler's words.
  SchedulingBlocked: ['pod was rejected'],
  // The default tolerations every pod carries print the same taint keys, followed by
  // `op=Exists` or, in older kubectl, by how long they are tolerated (`for 300s`).
  // A pod described whose node was lost (`Reason: NodeLost`) is the pod's matter.
  // A status that changed to ready from not ready (a Flink operator's `deployment status changed:
  // NotReady -> Ready`) reports a recovery.
  // A component that crashed and stops what it served (`Shulker Agent crashed, stopping proxy`) is a
  // process ending, not a node's agent lost.
  // A chaos experiment that found its node still ready (`application node is not in NotReady state`).
  // cAdvisor's factory for a runtime the node does not run, which the kubelet notes at start-up (`Registration of
  // the crio container factory failed: ... dial unix /var/run/crio/crio.sock: connect: no such file or
  // directory`): the node's own runtime is another.
  NodeNotReady: [
    'op=exists',
    ':noexecute for ',
    'reason: nodelost',
    'notready -> ready',
    'crashed, stopping ',
    'is not in notready state',
    'container factory failed',
    // Ansible retrying a task, whose words are the task's name: a wait for a node to turn NotReady (a chaos
    // experiment's check, `FAILED - RETRYING: [Status]: Waiting for node to get in NotReady state (84 retries
    // left).`) says what it waits for, not that a node is down.
    'failed - retrying: ',
  ],
  // Cache counters (Redis INFO's `evicted_keys:0`, `evicted_clients:0`), an eviction pass
  // that evicted nothing, and a pod reported as not evicted (`Pod wasn't evicted. Test successful`).
  // A Compose container that exited cleanly or was asked to stop (SIGTERM) is not down.
  PodDown: [
    'evicted_',
    'evicted 0 pods',
    "wasn't evicted",
    'was not evicted',
    'exited with code 0',
    'exited with code 143',
    // PM2 brackets the code (`App [x] with id [0] and pid [2988], exited with code [0] via signal
    // [SIGINT]`).
    'exited with code [0]',
    'exited with code [143]',
    // A supervisor that names the signal a stop sent (Ryot's: `caddy run --config /etc/caddy/Caddyfile exited
    // with code SIGTERM`).
    'exited with code sigterm',
    'exited with code sigint',
    // A Job past its deadline is slow, not down (its pods' own deadline reads `Pod was active on the
    // node longer than the specified deadline`).
    'job was active longer than',
    // Postgres' logical replication launcher ending with its server (as under CrashLoopBackOff).
    'worker "logical replication launcher"',
  ],
  // progressDeadlineSeconds as a setting in a manifest or a status dump.
  // A FailedCreate whose create call timed out at the apiserver (`Error creating: Timeout: request
  // did not complete within requested timeout`) is the latency it reports.
  ReplicaMismatch: ['progressdeadlineseconds:', '"progressdeadlineseconds":', 'progressdeadlineseconds=', 'request did not complete within requested timeout'],
  // A Kubernetes client's own wait running out (kubectl delete, wait): not a slow service.
  // gRPC's deadline timer firing early and rescheduling (`... remaining before deadline
  // exceeded. Deadline timer rescheduled.`): the deadline was not reached.
  // A node's kubelet failing to renew its lease (its heartbeat) is the node's matter, however the
  // call failed. A raft member's election timer running out starts an election: consensus at
  // work, not a slow request.
  HighLatency: [
    // Ceph clearing a health warning (`MDS health message cleared (mds.0): 42 slow requests are blocked >
    // 30 sec`): the slowness it names is over.
    'health message cleared',
    'timed out waiting for the condition',
    'before deadline exceeded',
    'failed to update lease',
    'failed to ensure lease exists',
    'failed to ensure node lease exists',
    'reached, starting election',
    // uWSGI's start-up advice on a setting (`you have enabled harakiri without post buffering. Slow
    // upload could be rejected`): no request was killed.
    'harakiri without post buffering',
    // A wait bounded by its timeout (a runner image: `Waiting until Docker is avaliable or the timeout
    // is reached`; Open Liberty: `This search will timeout after 40 seconds.`): nothing timed out yet.
    'or the timeout is reached',
    'will timeout after',
    'will time out after',
    // A setting left at its default (Loki: `per-tenant timeout not configured, using default engine
    // timeout`): nothing timed out.
    'timeout not configured',
  ],
} as const satisfies Record<FailureType, readonly string[]>;

/**
 * A notification that a failure is over: Alertmanager's default title (`[RESOLVED] KubePodCrashLooping`)
 * and its webhook's status. A line holding one matches no class.
 */
export const RESOLVED_MARKERS = ['[resolved]', '"status":"resolved"', '"status": "resolved"'] as const;

/** Severities the watcher reacts to, compared case-insensitively; all others are ignored. */
export const WATCHED_SEVERITIES = ['ERROR', 'WARNING'] as const;

/** The text patterns are compared against: case-folded, padding runs read as one space. */
export function matchText(message: string): string {
  // Folding neither makes nor removes a space or a tab, so padding collapses the same before it or
  // after; collapsed first, the raw line's collapse is the one its table readers take (columns()).
  return casefold(collapsePadding(message));
}

// Every pattern, exclusion and shape substring of every class goes into one automaton, folded
// once at load; a line is scanned once and each hit marks its class (bit 1: a pattern, bit 2:
// an exclusion, bit 4: the substring of one of its shapes, bit 8: of one of its exclusion
// layouts) and, for a shape's substring, that shape, so only the expressions whose substring
// the line holds are run. The request-data markers are in it too (class -1: a line holding
// none needs no masking), the resolved markers, once each (class -2: no class matches), and
// the field readers' marks (class -3: a caller's gate notes the readers that may read it).
const CLASS_ORDER = Object.keys(DETECTABLE_PATTERNS) as FailureType[];
interface Hit {
  cls: number;
  bit: number;
  /** The shape's id in SHAPES, or -1; for a reader's mark, the reader's place in a gate. */
  shape: number;
}
const SHAPES = new ShapeGroups();
// The shape groups of a class's absence layouts: after the classes' own.
const ABSENT = CLASS_ORDER.length;
const hits = new Uint8Array(CLASS_ORDER.length);
const scanLine = taggedScanner<Hit>(
  [
    ...CLASS_ORDER.flatMap((type, cls) => [
      ...DETECTABLE_PATTERNS[type].map((p) => [matchText(p), { cls, bit: 1, shape: -1 }] as const),
      ...EXCLUDE_PATTERNS[type].map((p) => [matchText(p), { cls, bit: 2, shape: -1 }] as const),
      ...DETECTABLE_SHAPES[type].map(
        (shape: LineShape) => [matchText(shape.contains), { cls, bit: 4, shape: SHAPES.add(cls, shape) }] as const,
      ),
      ...EXCLUDE_SHAPES[type].map(
        (shape: LineShape) => [matchText(shape.contains), { cls, bit: 8, shape: SHAPES.add(ABSENT + cls, shape) }] as const,
      ),
    ]),
    ...REQUEST_DATA_MARKERS.map((marker) => [matchText(marker), { cls: -1, bit: 0, shape: -1 }] as const),
    ...RESOLVED_MARKERS.map((marker) => [matchText(marker), { cls: -2, bit: 0, shape: -1 }] as const),
    ...READER_MARK_ENTRIES.map(([mark, reader]) => [matchText(mark), { cls: -3, bit: 0, shape: reader }] as const),
  ],
  (hit, end) => {
    if (hit.cls >= 0) {
      hits[hit.cls]! |= hit.bit;
      if (hit.shape >= 0) SHAPES.saw(hit.shape, end);
    } else if (hit.cls === -1) dataSeen = true;
    else if (hit.cls === -2) resolvedSeen = true;
    else if (gateOut !== null) gateOut[hit.shape] = 1;
  },
);
let dataSeen = false;
let resolvedSeen = false;
/** The gate the current scan fills, when its caller asked for one. */
let gateOut: Uint8Array | null = null;
/** The match text of the last line scanned, and the line. */
let scanned = '';
let scannedLine = '';

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
  scanMessage(message);
  return scannedVerdict();
}

/**
 * The first half of `classifyMessage`: the one scan of the message. The same scan fills `gate`,
 * when given, with the field readers whose marks the message holds (a ReaderGate: 1 where a
 * reader may read it), so a caller that also runs the readers scans the line once.
 * `scannedVerdict` then decides, unless the caller learns all it needs from the readers.
 */
export function scanMessage(message: string, gate?: Uint8Array): void {
  hits.fill(0);
  dataSeen = false;
  resolvedSeen = false;
  scanned = matchText(message);
  scannedLine = message;
  if (gate !== undefined) gate.fill(0);
  gateOut = gate ?? null;
  scanLine(scanned, SHAPES.reset(scanned.length));
  gateOut = null;
}

/** The verdict of the last `scanMessage` (the second half of `classifyMessage`). */
export function scannedVerdict(): FailureType | null {
  if (resolvedSeen) return null;
  const text = scanned;
  for (let i = 0; i < CLASS_ORDER.length; i += 1) {
    const hit = hits[i]!;
    if (hit & 2) continue;
    // An exclusion layout is run only for a class the line would otherwise match.
    if ((hit & 1 || (hit & 4 && SHAPES.matches(i, text))) && !(hit & 8 && SHAPES.matches(ABSENT + i, text))) {
      return CLASS_ORDER[i] as FailureType;
    }
  }
  return null;
}
/**
 * `classifyMessage` of the message with its request data masked (`maskRequestData`): text a
 * client sent is never evidence. The scan notes whether the line may hold any, so most lines
 * are read once and never masked.
 */
export function classifyMaskedMessage(message: string): FailureType | null {
  if (quietLineHolds(message)) return null;
  return maskedVerdict(message, classifyMessage(message));
}

/**
 * Whether `text` lies in the line the last scan read, and that scan found no class's pattern or
 * shape substring and no request data: then `text` matches no class and is not scanned again
 * (an event row's MESSAGE, cut from the line the watcher has just scanned). Folding goes code
 * point by code point and padding runs collapse to one space wherever they are cut, so the match
 * text of a piece of a line lies in the line's: it holds no substring the line's lacks. A piece
 * that starts or ends inside a surrogate pair is scanned (its halves fold apart).
 */
function quietLineHolds(text: string): boolean {
  if (dataSeen || text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if ((first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff)) return false;
  for (let i = 0; i < hits.length; i += 1) if ((hits[i]! & 5) !== 0) return false;
  return scannedLine.includes(text);
}

/**
 * The verdict of `message` with its request data masked, given `verdict`, what the last
 * `classifyMessage` call (of this same message, unmasked) returned: the same verdict when that
 * scan found no request data to mask.
 */
export function maskedVerdict(message: string, verdict: FailureType | null): FailureType | null {
  if (!dataSeen) return verdict;
  const masked = maskRequestData(message);
  return masked === message ? verdict : classifyMessage(masked);
}

/** A gate for `scanMessage` to fill: one place per field reader (READER_MARKS). */
export function newReaderGate(): Uint8Array & ReaderGate {
  return new Uint8Array(READER_COUNT);
}

/** True when the message would trigger any detection; the seed's healthy check uses it. */
export function anyPatternMatches(message: string): boolean {
  return classifyMessage(message) !== null;
}
