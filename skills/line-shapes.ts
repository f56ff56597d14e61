// Line shapes: the layouts that report a failure, as regular expressions, each with a
// substring its lines contain. Data only; the watcher's table (skills/watcher-skills.ts) and
// the severity table (skills/severity-skills.ts) import these and keep no shapes of their own.
import type { LineShape } from '../src/shape-groups.ts';
import type { FailureType } from './failure-types.ts';

export const LINE_SHAPES_VERSION = '1.189.0';

// A `docker service ps` task that failed or was rejected: its DESIRED STATE, then its CURRENT
// STATE with its age.
const SWARM_TASK_FAILED = /\b(?:shutdown|running|ready|accepted) (?:rejected|failed) (?:about )?(?:an?|\d{1,4}) (?:seconds?|minutes?|hours?|days?|weeks?) ago\b/i;

// kops' count of the nodes or masters ready, when fewer than all of them are.
const KOPS_READY_COUNT = /\bready (?:node|master)\(s\) (\d{1,5}) out of (?!\1\b)\d{1,5}\b/i;

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

/** The words after which a number is a process's exit status (EXIT_STATUS_OF_A_KILL). */
export const EXIT_STATUS_WORDS = ['exit', 'exited', 'exitcode', 'exit_code', 'status', 'code', 'errno', 'failed with'] as const;

/**
 * A process's exit status, `code`, in any tool's words: after one of `words` (and up to three of
 * `with`, `error`, `code`, `status`), then perhaps a quote, `:` or `=`, a space and an opening
 * quote or bracket (`exited with status 137`, `exit code: 137`, `exit code '137'`, `Program exited
 * with 137`, `Job exited with error code 137`, `npm ERR! errno 137`, `had status 137`, `failed
 * with [137]`, `"ExitCode":137`, a Compose row's or a shell's `Exit 137`), or in parentheses right
 * after `exited` as `docker ps` shows it (`Exited (137)`; not Swarm's `non-zero exit (137):
 * dockerexec: unhealthy container`, a health check's command killed at its timeout), in parentheses
 * after `exit status` (Nextflow: `terminated with an error exit status (137)`). Not a longer
 * number nor a decimal. Read in a lookbehind, so it is tried only where
 * the number starts.
 */
export function exitStatusOf(code: number, words: readonly string[] = EXIT_STATUS_WORDS): RegExp {
  return new RegExp(
    `(?<=\\b(?:${words.join('|')})(?: (?:with|error|code|status)){0,3}"?[:=]?\\s?['"\\[]?|\\bexited \\(|\\bexit status \\()${code}(?!\\d|\\.\\d)`,
    'i',
  );
}
/** 137 = 128 + 9: the process ended on SIGKILL, which is how the OOM killer ends it. */
export const EXIT_STATUS_OF_A_KILL = exitStatusOf(137);

/** What a timeout is of, where the word comes before `timeout` (TIMEOUT_AS_OUTCOME). */
export const TIMED_OUT_OPERATIONS = [
  'socket', 'read', 'write', 'connect', 'connection', 'request', 'response', 'receive', 'recv', 'send', 'upstream',
  'downstream', 'operation', 'handshake', 'i/o', 'io', 'network', 'rpc', 'grpc', 'call', 'gateway', 'query',
  'transaction', 'lock', 'command', 'session', 'login', 'auth', 'proxy', 'backend', 'server', 'client', 'message',
  'ack', 'api', 'http', 'tcp', 'dns', 'lookup', 'resolve', 'fetch', 'download', 'upload', 'sync', 'flush', 'commit',
  'dial', 'invocation', 'execution', 'task', 'job', 'step', 'ping', 'load', 'publish', 'accept', 'curl',
  'retransmit', 'poll', 'watchdog', 'wait', 'watch', 'initialization',
] as const;

/** What may come right before a timeout's words (TIMEOUT_AS_OUTCOME): expression sources. */
export const TIMEOUT_SEPARATORS = ['^', ': ', '! ', `[=:] ?["'] ?`, '- ', '\\] ', '\\} ', '\\| ', '\\(', '> ', '# ', ' :', '\\. ', '\\\\[nt]'] as const;

/**
 * `timeout` (or `timedout`, either plural) as the outcome a line reports: after one of
 * TIMEOUT_SEPARATORS (the start, `: `, `! ` as in npm's `ERR! `, `- `, `] `, `} ` as after ArangoDB's
 * topic (`{aql} Timeout waiting for query 14279`), `| `, `(`, a quoted value's opening `="`, the
 * end of an arrow to a result `=> ` or of a bracketed name `<x> `, as Mumble writes a session's
 * events: `1 => <68:name(-1)> Timeout`, Redis' `# ` before a warning, an Erlang atom's ` :` as in
 * `{:error, :timeout}`, a sentence's end `. `), alone or after one of `operations` (itself perhaps after
 * one word of letters, digits or underscores), and ending the line, a clause or a value (the end, `.` not
 * followed by a word character, `,;!)]}`, a closing quote not followed by a colon) or saying what
 * it cut short (`Timeout when reading or writing data`, `Timeout executing: ...`, `timeout while
 * waiting`, `timeout during request`, `timeout resolving after`, `Timeout on call`, `Timeout Error
 * in x`), or on its way to an address (`connect timeout to 10.0.0.7:11211`), or followed by how long it was, ending the clause (SRS:
 * `rtmp: publish timeout 5000ms, nb_msgs=3`), or in parentheses closing a quoted error (Cacti:
 * `SNMP Error:'Timeout (2500 ms)'`; not a setting's `timeout (2500 ms)`), or ending a message a logger's
 * fields follow (go2rtc: `ERR [exec] timeout url="exec:ffmpeg ..."`; not a setting's `timeout=5s`). What comes before the
 * word is read in a lookbehind placed after `time`, so it is evaluated only where `time` was found
 * (unanchored alternatives tried at every position cost over a microsecond a line; a lookbehind
 * before the word ran at every position, and recheck found inputs of many short words that made it
 * slow).
 */
/** `operations` as one alternation for an expression's source (`i/o` with its slash escaped). */
function operationsAlternation(operations: readonly string[]): string {
  return operations.map((w) => w.replace('/', '\\/')).join('|');
}

export function timeoutAsOutcome(operations: readonly string[], separators: readonly string[] = TIMEOUT_SEPARATORS): RegExp {
  const what = operationsAlternation(operations);
  return new RegExp(
    `time(?<=(?:${separators.join('|')})(?:\\\\["'])?(?:(?:\\w{1,60} )?(?:${what}) )?time)(?:out|dout)s?(?=\\s*(?:$|[!,;)\\]}]|\\.(?!\\w)|\\\\?["'](?!\\s*:))| (?:when|while|during|waiting|executing|receiving|resolving|connecting|reading|fetching|error|on)\\b| to [\\w.-]{1,253}:\\d{1,5}\\b| \\d{1,9} ?m?s(?=[,;)\\]]|$)| \\(\\d{1,9} ?m?s\\)["']| [a-z_]{1,20}=(?=\\S))`,
    'i',
  );
}
export const TIMEOUT_AS_OUTCOME = timeoutAsOutcome(TIMED_OUT_OPERATIONS);

/** One of TIMED_OUT_OPERATIONS, then the timeout it exceeded or its timing out (`command exceeded timeout`, `recv timing out`). */
const OPERATION_TIMING_OUT = new RegExp(String.raw`\b(?:${operationsAlternation(TIMED_OUT_OPERATIONS)}) (?:exceeded timeout|timing out)\b`, 'i');

/** A call cut short by a timeout, or that reached one: `due to timeout`, `aborted by timeout`, `cancelled by the request timeout`, `reached hard timeout`. */
export const CUT_BY_TIMEOUT =
  /(?<=\b(?:due to|because of|caused by|aborted by|cancell?ed by|killed by|terminated by|interrupted by|stopped by|reached) (?:(?:a|an|the|its) )?(?:\w+ )?)time ?outs?\b/i;

/** An admission webhook call that ran out of time, as the apiserver reports it. */
export const WEBHOOK_TIMED_OUT = /\bfailed calling webhook "[^"\n]{1,253}": .{0,400}?(?:context deadline exceeded|i\/o timeout|timed out|client\.timeout exceeded)/i;

/**
 * HTTP 504 (Gateway Timeout) where a request log records the status: logfmt and JSON fields
 * (`status=504`, `"status": 504`), the combined log format (`"GET /x HTTP/1.1" 504`), and the
 * request summary of Cloud Run and other Google Cloud request logs (method, status, response
 * size: `GET 504 769 B 5 s`, run together as `GET504769 B5 s` when copied from the console),
 * and AWS load balancer access logs.
 */
export const HTTP_GATEWAY_TIMEOUT: readonly LineShape[] = [
  { contains: '504', shape: /\b(?:downstream|origin|upstream)?status(?:_?code)?"?\s*[=:]\s*"?504\b/i },
  // A client's report of the status it got (`HTTP code 504 while uploading`, `HTTP status 504`,
  // `Status 504 trying to push repository`, `invalid status: 504 Gateway Timeout`, git's `error:
  // RPC failed; result=22, HTTP code = 504`).
  { contains: '504', shape: /\bhttp code(?: code)?(?::| =)? 504\b/i },
  // ... or says what the status was (Hummingbot: `Error fetching OrderBook for X at crypto_com. HTTP status is 504.`),
  // or a browser's console (`Failed to load resource: the server responded with a status of 504 ()`).
  { contains: '504', shape: /\bstatus(?::| is| of)? 504\b/i },
  // A client's report of a request that failed with the status (`Request to https://x/api failed
  // with 504`).
  { contains: '504', shape: /\bfailed with (?:status (?:code )?)?504\b/i },
  { contains: '504', shape: /\bhttp\/[\d.]+"\s+504\b/i },
  // A client's report of the status (`http error: code 504`, `status code: 504`); its substring is
  // the status alone, which every spelling holds.
  { contains: '504', shape: /\b(?:http error|status|response)[:=]? code:? 504\b/i },
  // A response's status line, as curl -v prints it (`< HTTP/2 504`) or a client dumps it.
  { contains: '504', shape: /(?:^|<\s?)http\/[\d.]{1,3} 504\b/i },
  { contains: '504', shape: /(?:get|head|post|put|patch|delete|options)\s*504\s*\d+(?:\.\d+)?\s*(?:[kmg]i?)?b(?![a-z])/i },
  // A Ruby client's hash of the response (`{:code=>504, :response_body=>""}`, `:status => 504`).
  { contains: '504', shape: /[:"](?:code|status)"?\s?=>\s?504\b/i },
  // AWS load balancer access logs: three processing times, then the load balancer's status.
  { contains: '504', shape: /\s-?\d+(?:\.\d+)?\s-?\d+(?:\.\d+)?\s-?\d+(?:\.\d+)?\s504\s/i },
];

/** A `copilot svc status` deployment row with fewer tasks running than desired (its rollout in brackets). */
const COPILOT_DEPLOYMENT_ROW = /^(?:primary|active|inactive) \d{1,6} \[(?:in progress|failed|completed)\] (\d{1,6}) (?!\1 )\d{1,6} \d{1,6} \d{1,6}$/i;

/**
 * A request to a registry's API that Go reports failed (`Get URL: error`): the v2 API's root, a
 * repository's manifests, blobs or tags, or the v1 API's repositories. Other APIs' `/v1/` and
 * `/v2/` paths (a probe's `/v2/health/ready`, a vault's `/v1/sys/health`) are not a registry's.
 */
const REGISTRY_CALL_FAILED =
  /\b(?:get|head) "?https?:\/\/[^\s"\/]{1,253}\/(?:v2\/(?:[^\s"]{1,512}?\/(?:manifests|blobs|tags)\/[^\s"]{1,512}?)?|v1\/repositories\/[^\s"]{1,512}?)"?: /i;

/**
 * The same layout listed under each digit followed by `after` (a layout whose count is its
 * only fixed part: no one substring pins it down, and a space or a slash alone is in most
 * lines). ShapeGroups keeps the ten as one shape, run once on a line that holds several.
 */
function digitFollowedBy(after: string, shape: RegExp): LineShape[] {
  return [...'0123456789'].map((digit) => ({ contains: `${digit}${after}`, shape }));
}

/** `shape` under each pair of digits with `between` between them (`0 0` to `9 9` for a space). */
function digitsApart(between: string, shape: RegExp): LineShape[] {
  return [...'0123456789'].flatMap((first) => [...'0123456789'].map((second) => ({ contains: `${first}${between}${second}`, shape })));
}

/** A row whose AGE is followed by the phase Failed, after a name (and perhaps a namespace). */
/** A client's report that it got a timeout status (`returned bad status code 408`, `got status 504`). */
// Also a status code 408 as a client reports it (Typesense: `Error while sending popular queries events to
// leader. Status code: 408, response:`), and a call that `returned 408` ending a clause or a quoted message
// (Nextcloud Memories: `Transcode failed: Transcoder returned 408"`), not a count (`returned 504 rows`).
const TIMEOUT_STATUS_GOT =
  /\b(?:returned|got|received) (?:an? )?(?:bad |unexpected |error )?(?:http )?status(?: code)?:? (?:408|504)\b|\breturned (?:408|504)(?=["'.,;)]|$)|\bstatus code: 408\b/i;

const EXITED_THEN_RESTARTING = /\bexited[,.] restarting\b/i;

const START_COMMAND_FAILED = /\bcommand '(?:systemctl start|pct start|qm start|lxc-start) [^'\n]{1,300}' failed: exit code [1-9]\d{0,2}\b/i;

/**
 * A shell's report of a job a fault ended: the script's line, the job's pid, the signal's name, then the
 * command or `(core dumped)` (`/usr/src/app/run.sh: line 20:    17 Segmentation fault      node /usr/src/app/`,
 * `/code/run.sh: line 6:    21 Illegal instruction     (core dumped) python ...`). The job ended: nothing in
 * the line restarts it.
 */
const SHELL_JOB_FAULT: LineShape = {
  contains: ': line ',
  shape:
    /: line \d{1,6}: {1,8}\d{1,10} (?:illegal instruction|segmentation fault|aborted|bus error|floating point exception|trace\/breakpoint trap)(?: {1,12}\(core dumped\)| {1,40}[\w.\/-])/i,
};

/**
 * A line about the unit of the kubelet, or of k3s or RKE2, which run the kubelet in their own process, other
 * than systemd scheduling the unit's restart (`kubelet.service: Scheduled restart job, restart counter is at
 * 25.`, `kubelet.service holdoff time over, scheduling restart.`, `Service hold-off time over`, `Service
 * RestartSec=10s expired`): that unit failing is its node going away (NodeNotReady), not a crash loop, but
 * its restarts coming round again are a crash loop, as any unit's are.
 */
const KUBELET_UNIT_FAILING: LineShape = {
  contains: '.service',
  shape:
    /\b(?:kubelet|k3s|k3s-agent|rke2-server|rke2-agent)\.service\b(?!:? (?:scheduled restart job\b|holdoff time over\b|service hold-off time over\b|service restartsec=[\w.]{1,16} expired\b))/i,
};

/**
 * A tool's own words right before the code a process ended with, as each prints them (Collabora Online's
 * server on itself: `Forced Exit with code: 70`; symfony-cli on a worker: `command "x" failed early: exit
 * status 1`; Vercel on a function: `Node.js process exited with exit status: 128.`; Rancher on the k3s it
 * runs: `[FATAL] k3s exited with: exit status 1`): with a code other than 0,
 * the process ended on an error. A tool that prints its exit this way is one more entry.
 */
const ERROR_EXIT_WORDS = ['forced exit with code: ', 'failed early: exit status ', 'process exited with exit status: ', 'exited with: exit status '] as const;
const ERROR_EXIT = new RegExp(String.raw`\b(?:${ERROR_EXIT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})[1-9]\d{0,2}\b`, 'i');

const K3D_CLUSTER_ROW = /^[\w.-]{1,253} (\d{1,3})\/(?!\1 )\d{1,3} \d{1,3}\/\d{1,3} (?:true|false)$/i;

const FINISH_SCRIPT_EXIT = /\[[\w.-]{1,40}-finish\] [\w.-]{1,40} exit code [1-9]\d{0,2}$/i;

const AGE_THEN_FAILED = /^(?:[\w.-]{1,253} )?[\w.-]{1,253} \d{1,6}[smhdy](?:\d{1,6}[smh])? failed(?: |$)/i;

/** The kubelet's service down (see DETECTABLE_SHAPES.NodeNotReady). */
const KUBELET_SERVICE_DOWN = /\bkubelet[\w.-]{0,20} (?:is not running|isn't running|is inactive|has stopped)\b/i;

/** `kubectl describe pod`'s Exit Code field alone on its line, not 0, 130 or 143 (see DETECTABLE_SHAPES.PodDown). */
const DESCRIBE_EXIT_CODE = /^exit code: {1,40}(?!0$|130$|143$)[1-9]\d{0,2}$/i;

/** A pod reported gone (see DETECTABLE_SHAPES.PodDown). */
const POD_REPORTED_GONE =
  /\b(?:has|had|was|is) (?:been )?(?:failed|terminated|killed|lost)\b(?<=\bpod\b[^.\n]{0,60}?\b(?:has|had|was|is) (?:been )?(?:failed|terminated|killed|lost))(?! (?:gracefully|successfully|normally|cleanly|as expected|with exit code 0\b))/i;

/**
 * Rows of counts, in one expression:
 *   `kubectl get replicaset` (NAME DESIRED CURRENT READY AGE) and `daemonset` (NAME DESIRED
 *   CURRENT READY UP-TO-DATE AVAILABLE NODE-SELECTOR AGE) with fewer ready than desired, also with
 *   `-o wide`'s CONTAINERS, IMAGES and SELECTOR after the age;
 *   `nomad job status` deployment rows (Task Group, [Auto Revert,] Desired, Placed,
 *   Healthy, Unhealthy[, Progress Deadline]) with an unhealthy allocation.
 *   `kubectl get deployment` before kubectl 1.11 (NAME DESIRED CURRENT UP-TO-DATE AVAILABLE AGE)
 *   with all its pods current and fewer available than desired (`web 5 5 5 1 20h`); while its
 *   current count differs (a surge, a pod still terminating: `web 2 3 2 2 2d`) it says nothing.
 * The column before the counts is a name, never a bare number: otherwise such a deployment row would
 * read as a namespace, a name `2` and three desired of which two are ready.
 */
const ROWS_OF_COUNTS =
  /^(?:(?:\S+\s+)?(?!\d+\s)\S+\s+(\d+)\s+\d+\s+(?!\1\s)\d+\s+(?:\d+\s+\d+\s+\S+\s+)?\d+[smhd](?:\d+[smh])?(?:\s+\S+\s+\S+\s+\S+)?|(?!\d+\s)\S+\s+(\d+)\s+\2\s+\d+\s+(?!\2\s)\d+\s+\d+[smhd](?:\d+[smh])?(?:\s+\S+\s+\S+\s+\S+)?|\S+\s+(?:true\s+|false\s+)?\d{1,6}\s+\d{1,6}\s+\d{1,6}\s+[1-9]\d{0,5}(?:\s+(?:\d{4}-\d\d-\d\dt\S+|n\/a))?)\s*$/i;

/**
 * Rows with a READY-like `x/y` column short of its count, in one expression:
 *   `kubectl get deployment` (NAME READY UP-TO-DATE AVAILABLE AGE) or `statefulset` (NAME
 *   READY AGE), after a NAMESPACE column with -A, `-o wide` columns after the age (a pod
 *   row has a STATUS word after READY: never fits);
 *   `docker service ls` (ID NAME [MODE] REPLICAS IMAGE [PORTS]).
 */
const READY_ROWS =
  /^(?:(?:\S+\s+)?\S+\s+(\d+)\/(?!\1\s)\d+(?:\s+\d+\s+\d+)?\s+\d+[smhd](?:\d+[smh])?(?:\s|$)|\S+\s+\S+\s+(?:replicated\s+|global\s+)?(\d{1,6})\/(?!\2\s)\d{1,6}\s+\S+(?:\s+\S+)?\s*$)/i;

/**
 * Per class, the layouts that report the failure. They are tried after the class's patterns,
 * and the class's exclusions apply to them too.
 */
/** A `talosctl services` row whose state is Failed (see DETECTABLE_SHAPES.PodDown). */
const TALOS_SERVICE_FAILED = /^[\w.:-]{1,253} {1,40}[\w-]{1,64} {1,40}failed {1,40}(?:\?|ok|fail|unknown) {1,40}\d{1,5}[smhd](?:\d{1,5}[smh]){0,2} ago\b/i;

/**
 * A `linstor node list` row (Node, NodeType, Addresses, State) whose node is OFFLINE or EVICTED (the controller gave
 * up on it), in its box-drawing table and in ASCII.
 */
const LINSTOR_NODE_OFFLINE_BOX =
  /^┊ [\w.-]{1,253} ┊ (?:satellite|controller|combined|auxiliary|remote_spdk|ebs_target|storage_spaces|openflex_target) ┊ [^|┊\n]{1,200} ┊ (?:offline|evicted) ┊/i;
const LINSTOR_NODE_OFFLINE_ASCII =
  /^\| [\w.-]{1,253} \| (?:satellite|controller|combined|auxiliary|remote_spdk|ebs_target|storage_spaces|openflex_target) \| [^|┊\n]{1,200} \| (?:offline|evicted) \|/i;

/**
 * Ceph's health on something down (`OSD_DOWN 2 osds down`, `HEALTH_WARN 1 host (3 osds) down`,
 * `Health check failed: 3 osds down`): at the line's start or after the check's code, a health status
 * or a check's change; a cleared check's `(was: 1 osds down)` is none.
 */
function cephHealthDown(code: string, what: string): RegExp {
  return new RegExp(String.raw`(?:^|\b${code}:? |\bhealth_(?:warn|err):? |\bhealth check (?:failed|update): )[1-9]\d{0,4} ${what} down\b`, 'i');
}

/** A readiness or liveness check that ran out of time, the two words joined or not (see DETECTABLE_SHAPES.StartupProbeFailed). */
/**
 * An action that did not happen in its time (`did not start before the specified timeout`, `did not
 * complete within timeout`, `failed to connect before the deadline`; see DETECTABLE_SHAPES.HighLatency).
 */
const NOT_DONE_IN_TIME = /\b(?:did not|didn't|failed to|(?:is|was|were) not) [a-z]{2,20} (?:before the (?:specified timeout|deadline)|within (?:the )?timeout|in (?:the )?(?:given|expected) time)\b/i;
const PROBE_CHECK_TIMED_OUT = /\b(?:readiness|liveness) ?check\b[^.\n]{0,60}?\btimed out\b/i;

/** A `juju status` application row whose units are fewer up than it has (see DETECTABLE_SHAPES.ReplicaMismatch). */
const JUJU_APP_SHORT = /^[a-z][\w-]{0,63}(?: \S{1,40})? (?:waiting|blocked|maintenance|error) (\d{1,4})\/(?!\1\b)\d{1,4} [a-z][\w-]{0,63} (?:jujucharms|charmhub)\b/i;

/** A `kubectl get vmi` row still scheduling minutes after it was created (see DETECTABLE_SHAPES.SchedulingBlocked). */
const KUBEVIRT_VMI_SCHEDULING = /^[\w.-]{1,253} {1,40}(?:[3-9]m|[1-9]\d{1,4}m|\d{1,5}[hd])[\dmsh]{0,12} {1,40}scheduling$/i;

/** PgBouncer's error for a client past a time limit (see DETECTABLE_SHAPES.HighLatency). */
const PGBOUNCER_TIMEOUT = /(?<=: {1,2})(?:query_wait|query|client_login)_timeout\b(?! ?[=:])/i;

/** A `nomad node status` row whose status is down (see DETECTABLE_SHAPES.NodeNotReady). */
const NOMAD_NODE_DOWN = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12} {1,40}(?:\S{1,253} {1,40}){2,4}(?:true|false) {1,40}(?:(?:eligible|ineligible) {1,40})?down$/i;

export const DETECTABLE_SHAPES = {
  // Cloud Run and Cloud Functions: "Memory limit of 512 MiB exceeded with 516 MiB used".
  OOMKilled: [
    // HTCondor holding a job its memory use took past the periodic hold's limit (`Job in status 2 put on
    // hold by SYSTEM_PERIODIC_HOLD due to memory usage 3000000.`).
    { contains: 'due to memory usage', shape: /\bput on hold by \S{1,64} due to memory usage\b/i },
    // Druid's supervisor on a service it ran ended by SIGKILL (`Command[historical] exited (pid = 24,
    // signal = 9)`), as the exit status of 137 below.
    { contains: 'signal = 9', shape: /\bexited \(pid = \d{1,10}, signal = 9\)/i },
    // A child process ended by SIGKILL as Python reports it, a negative signal number (Cura:
    // `Backend exited abnormally with return code -9!`): the OOM killer's signal, as exit 137 is.
    { contains: 'code -9', shape: /\b(?:return|exit) code:? -9(?!\d)/i },
    // A shell's report of a job SIGKILL ended (`/bootstrap.sh: line 32:     7 Killed
    // clamd`: the line, the pid, `Killed`, the command), gated on the script's line number (` killed `
    // is in thirteen lines in a thousand, `: line ` in one in eight thousand).
    { contains: ': line ', shape: /: line \d{1,7}: {1,8}\d{1,10} killed {1,40}[\w.\/-]/i },
    { contains: 'memory limit of', shape: /memory limit of \d+(?:\.\d+)?\s?[kmgt]i?b exceeded/i },
    // The kernel's memory cgroup report when a cgroup hit its limit (usage equal to the limit,
    // failures counted): the lines around an OOM kill.
    { contains: 'failcnt', shape: /\bmemory: usage (\d{1,15})kb, limit \1kb, failcnt [1-9]/i },
    // Heroku's memory sample beside R14 when a dyno is over its quota: "mem=807M(157.7%)".
    { contains: 'process running mem=', shape: /process running mem=\d+(?:\.\d+)?[mg]b?\([1-9]\d{2,}(?:\.\d+)?%\)/i },

    // A process's exit status of 137, the SIGKILL the OOM killer sends, in any tool's words (a
    // container status's `exitCode: 137`, a Compose row's or a shell's `Exit 137`, a supervisor's
    // `exit status 137`, a job runner's `exited with error code 137`, `docker ps`'s `Exited (137)`).
    { contains: '137', shape: EXIT_STATUS_OF_A_KILL },
    // ... as what the exit status of something was (Nextflow's summary: `The exit status of the task
    // that caused the workflow execution to fail was: 137.`), and as make reports a recipe's
    // (`make: *** [Makefile:431: import-osm] Error 137`).
    { contains: ' was: 137', shape: /\bexit status of the [\w ]{1,80} was: 137(?!\d|\.\d)/i },
    { contains: '] error 137', shape: /(?<=\*\*\* \[[^\]\n]{1,300}\] )error 137(?!\d|\.\d)/i },
    // SonarQube's launcher on a child process it names in brackets (`Process exited with exit value [es]:
    // 137`).
    { contains: 'exit value [', shape: /\bwith exit value \[[^\]]{1,64}\]: 137(?!\d|\.\d)/i },
    // rq's worker on a work horse ended by the kill signal (`work-horse terminated unexpectedly; waitpid
    // returned 9`: the raw wait status, 9 for SIGKILL).
    { contains: 'waitpid returned 9', shape: /\bterminated unexpectedly; waitpid returned 9(?![\d.])/i },
    // Varnish's manager on a child ended by the kill signal (`Error: Child (13209) died signal=9`).
    { contains: ') died signal=', shape: /\bchild \(\d{1,10}\) died signal=9\b/i },
    // PBS killing a job over its memory (`=>> PBS: job killed: mem 38427376kb exceeded limit
    // 33554432kb`, also `vmem`).
    { contains: 'job killed: ', shape: /\bjob killed: v?mem \d{1,20}(?:[kmg]b)? exceeded limit\b/i },
    // A request for memory refused, in any program's words (`cannot allocate memory`, `Unable to
    // allocate memory, exiting bookie`, `the JVM was unable to allocate memory from the heap`,
    // `failed to allocate device memory`).
    { contains: 'allocate ', shape: /(?<=\b(?:unable to|failed to|cannot|can't|could not|couldn't) )allocate (?:\w+ ){0,2}memory\b/i },
    // The Docker event stream's OOM event, in any of its layouts: its status field `oom` as JSON
    // (`{"status":"oom","id":...}`), as a key and value (`Type=container  Status=oom  ID=...`) or as
    // YAML (`status: oom`).
    { contains: 'oom', shape: /(?<=\bstatus"?\s?[=:]\s?"?)oom\b/i },
    // systemd-oomd killing a container's whole scope, the line ending there (`systemd-oomd[958]:
    // Killed /system.slice/docker-x.scope`); with its reason after (`due to memory pressure for`),
    // and its count of processes killed, phrases read it.
    { contains: 'systemd-oomd[', shape: /\bsystemd-oomd\[\d{1,10}\]: killed \/\S{1,512}\.(?:scope|slice|service)$/i },
    // A command that ended on SIGKILL as its runner reports it: Python's subprocess (`Command '[...]' died
    // with <Signals.SIGKILL: 9>.`) and ODM's wrapper (`Exception: Child returned 137`), the code ending the
    // line or clause (not a count: `returned 137 rows`).
    { contains: 'sigkill: 9>', shape: /\bdied with <signals\.sigkill: 9>/i },
    { contains: ' returned 137', shape: /\b(?:child|process|command|subprocess|program) returned 137(?=$|[.,;)])/i },
  ],
  // A registry refusing the image's manifest: `Head "https://ghcr.io/v2/x/manifests/v1": denied`.
  // The repository name is read segment by segment and stops at another `/v2/`, so a line of
  // repeated `/v2/` is read once, not once from every `/v2/` in it.
  ImagePullBackOff: [
    // Charliecloud's registry client on an answer it did not expect (`error: GET failed; expected status {200} but got
    // 401: Unauthorized`), and Pyxis on a manifest the registry refused (`[ERROR] URL https://registry-1.docker.io/v2/
    // library/x/manifests/latest returned error code: 401 Unauthorized`).
    { contains: 'get failed; expected status', shape: /\bget failed; expected status \{[\d, ]{1,40}\} but got [45]\d\d\b/i },
    { contains: ' returned error code: ', shape: /\burl https?:\/\/[^\s\/]{1,253}\/v2\/[^\s]{1,300}\/manifests\/[^\s\/]{1,128} returned error code: [45]\d\d\b/i },
    // Azure App Service on a pull that failed, the reason after it (`ERROR - Image pull for x.azurecr.io/webapp:latest
    // failed. Unsupported image manifest. ...`).
    { contains: 'image pull for ', shape: /\bimage pull for [\w.\/:@-]{1,300} failed\b/i },
    // Podman's pull as a script's journal shows it, the result written after its dots (`bootkube.sh[913]: Trying to
    // pull registry.example/release:latest...Failed`).
    { contains: 'trying to pull ', shape: /\btrying to pull [\w.\/:@-]{1,300}\.\.\. ?failed\b/i },
    // Docker's pull before 1.10 on a tag the repository does not have (`Tag 1.3.7 not found in
    // repository docker.io/x/y`).
    { contains: 'not found in repository ', shape: /\btag [\w.-]{1,128} not found in repository [\w.-]{1,253}\//i },
    // Docker's CLI before 1.0 on a pull of an image the registry does not have (`2014/11/17 08:53:04
    // Error: image taiga/taiga-back not found`).
    { contains: 'error: image ', shape: /\berror: image [\w./:@-]{1,255} not found\b/i },
    // Compose's pull of a service's image that the registry refused (`ERROR: for solr-mailcow
    // unauthorized: authentication required`).
    { contains: 'unauthorized: authentication required', shape: /^error: for [\w.-]{1,128} unauthorized: authentication required/i },
    // A registry answering a pull with an error status, as Docker's registry client reports it
    // (`Error response from daemon: received unexpected HTTP status: 503 Service Unavailable`); a
    // gateway's timeout (504, 408) is latency.
    { contains: 'received unexpected http status: ', shape: /\breceived unexpected http status: (?!504|408)[1-5]\d{2}\b/i },
    // BuildKit failing to pull a base image from a registry host (`pulling from host
    // registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests`).
    { contains: 'pulling from host ', shape: /\bpulling from host \S{1,253} failed\b/i },
    // Mesos' Docker containerizer failing the pull it ran (`Failed to 'docker -H unix:///var/run/
    // docker.sock pull image:tag': exit status = exited with status 1`).
    { contains: "failed to 'docker ", shape: /\bfailed to 'docker (?:-h \S{1,256} )?pull \S{1,512}': exit status\b/i },
    // A call to a registry's API failing, as Go reports a request that got no answer (`Op URL:
    // error`): the daemon's to the API root (`Get https://registry-1.docker.io/v2/: net/http:
    // request canceled ...`), a client's for a manifest or a blob (`Head "https://r:5000/v2/x/
    // manifests/1.0": x509: certificate signed by unknown authority`, `Get https://r/v2/x/
    // manifests/latest: net/http: TLS handshake timeout`) or the old API's tags (`/v1/
    // repositories/x/tags/latest: dial tcp ...: i/o timeout`): a pull or a login that cannot
    // get through to the registry, whatever the error.
    ...['/v2/', '/v1/'].map((contains) => ({ contains, shape: REGISTRY_CALL_FAILED })),
    // dockerd and registries: `manifest for nginx:1.99 not found`.
    { contains: 'manifest for', shape: /\bmanifest for \S{1,300} not found\b/i },
    // Compose v1's progress on a service's pull that failed (`Pulling web        ... error`), and Docker
    // Hub on a tag it let expire (`unknown: Tag latest was deleted or has expired. To pull, revive via
    // time machine`).
    { contains: '... error', shape: /^pulling [\w.-]{1,253} {1,64}\.\.\. error$/i },
    { contains: 'was deleted or has expired', shape: /\btag \S{1,128} was deleted or has expired\b/i },
    { contains: '/manifests/', shape: /\/v2\/(?:(?!v2\/)[\w.-]+\/)*?manifests\/[^\s/]+?"?:\s*denied\b/i },
  ],
  // A container or task that ended with a non-zero code (0 is a clean exit; 137 is OOMKilled's;
  // a process's exit status is at most 255: a larger code is a tool's own, not a process's).
  CrashLoopBackOff: [
    // Azure IoT Edge's agent holding back the next restart of a module that keeps ending (`[INF] - Module
    // 'edgeHub' scheduled to restart after 05m:00s (04m:18s left).`; its `[INF]` is not a level the scan reads,
    // and the layout gives the line its warning).
    { contains: "' scheduled to restart after ", shape: /\bmodule '[\w.-]{1,64}' scheduled to restart after \d/i },
    // A Procodile status row of a process it gave up on after respawning it (`|| => worker.1  Failed
    // 17:08  pid:4698  respawns:5  port:-  tag:-`; a Running row is quiet).
    { contains: ' respawns:', shape: /^\|\| => [\w.-]{1,64} failed \S{1,16} pid:\d{1,10} respawns:[1-9]\d{0,4}(?: |$)/i },
    // Windows' service control manager on a service that keeps ending (`The Service Fabric Host Service
    // service terminated unexpectedly.  It has done this 1492 time(s).`): more than once is a loop.
    { contains: 'it has done this ', shape: /\bterminated unexpectedly\. {1,2}it has done this (?:[2-9]|[1-9]\d{1,8}) time\(s\)/i },
    // `heroku ps` on a dyno that crashed (`worker.1: crashed 2017/06/16 09:44:02 -0400 (~ 2m ago)`), as
    // the router's `State changed from starting to crashed` is read.
    { contains: ': crashed ', shape: /^[a-z][\w-]{0,63}\.\d{1,5}: crashed \d{4}\/\d{2}\/\d{2} /i },
    // A pod restarted again and again, in `oc status` (`deployment #1 running for 40 minutes - 1 pod
    // (warning: 10 restarts)`, twice or more; it warns from the first) and `kubectl describe pod`
    // (`Restart Count:  160`, five or more; a count of 0 to 4 is quiet).
    { contains: ' restarts)', shape: /\bpods? \(warning: (?:[2-9]|[1-9]\d{1,6}) restarts\)/i },
    { contains: 'restart count:', shape: /^restart count: {1,20}(?:[5-9]|[1-9]\d{1,6})$/i },
    // Submariner's `subctl diagnose` on a pod restarted again and again (`⚠ Pod "x" has restarted 257
    // times`; once is not a loop).
    { contains: ' has restarted ', shape: /\bpod "[^"\n]{1,253}" has restarted (?:[2-9]|[1-9]\d{1,8}) times\b/i },
    // Cloud Foundry's instance rows of `cf app` (`#0   crashed   2016-01-13 08:36:08 PM   0.0% ...`):
    // the platform restarts a crashed instance.
    { contains: 'crash', shape: /^#\d{1,4} (?:crashed|crashing) \d{4}-\d{2}-\d{2} /i },
    { contains: 'exit code', shape: /\bexit code:?\s+(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-5])\b/i },
    // systemd: a unit's main process failing (not 143, a process that ended on the SIGTERM of a stop), and
    // supervisord: a program it did not expect to exit.
    { contains: 'main process exited', shape: /\bmain process exited, code=exited, status=(?!143\/)[1-9]\d*\//i },
    // The Nomad client restarting a task that failed, under its restart policy (`Restarting task
    // "web" for alloc "id" in 28.28s`).
    { contains: 'restarting task "', shape: /\brestarting task "[^"]{1,200}" for alloc "[^"]{1,64}" in \d/i },
    { contains: 'not expected', shape: /\bexited: \S+ \((?:exit status \d+|terminated by sig[a-z]{2,8}(?: \(core dumped\))?); not expected\)/i },
    // Compose on a container that exited with an error and that its restart policy starts again
    // (`db-1 exited with code 1 (restarting)`; 137 is read as an OOM kill first).
    { contains: ' (restarting)', shape: /\bexited with code (?!137\b)[1-9]\d{0,2} \(restarting\)/i },
    // A supervisor on a process it starts again each time it ends (syslog-ng: `Child program exited,
    // restarting; cmdline='x'`, Viseron's watchdog: `Process x has exited, restarting`, Scrypted: `Service
    // exited. Restarting momentarily.`, `plugin x unexpectedly exited, restarting in 60000ms`).
    ...['exited, restarting', 'exited. restarting'].map((contains) => ({ contains, shape: EXITED_THEN_RESTARTING })),
    // RKE2's Windows agent on a process it starts again (`{Calico exited: exit status 1. Retrying}`).
    { contains: '. retrying', shape: /\bexited: exit status [1-9]\d{0,2}\. retrying\b/i },
    // A Docker inspect's State of a container its restart policy is starting again (`"Status":
    // "restarting",`).
    { contains: '"restarting"', shape: /^"status": "restarting",?$/i },
    // An operator's status of a component's container that restarted after an error
    // (KubeBlocks: `container[x]: restartCount[4] lastState[terminated] reason[Error]`).
    { contains: 'laststate[terminated]', shape: /\brestartcount\[[1-9]\d{0,5}\] laststate\[terminated\] reason\[error\]/i },
    // A `crictl ps -a` row (CONTAINER IMAGE CREATED STATE NAME ATTEMPT POD ID) of a container that
    // exited after the kubelet had started it again (ATTEMPT 1 or more).
    { contains: ' exited ', shape: /^[0-9a-f]{13} \S{1,300} [\w ]{1,30}? ago exited \S{1,253} [1-9]\d{0,4} [0-9a-f]{13}(?: \S{1,253})?$/i },
    // A `docker-compose ps` row (Name Command State Ports) whose State is `Restarting`.
    // The Ports column may follow it (`web_1 /usr/local/bin/gunicorn do ... Restarting 8000/tcp`).
    {
      contains: ' restarting',
      shape: /^[a-z0-9][\w.-]{0,252} (?:[^;|&$\[\]=()]|(?<=\S)=(?=\S)){1,300}? restarting(?: (?:[\d.:]{1,45}->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp)(?:, (?:[\d.:]{1,45}->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp)){0,20})?$/i,
    },
    // Marathon's rate limiter raising an app's relaunch delay after its tasks failed (`Task launch
    // delay for [/app] is now [2 seconds 8 milliseconds]`; a delay reset to zero is not one).
    { contains: 'launch delay for', shape: /\btask launch delay for \[[^\]]{1,256}\] is now \[/i },
    // Cloud Foundry's count of an app's instances, some of them crashing and restarting (`0 of 1
    // instances running (1 flapping)`).
    { contains: ' flapping)', shape: /\binstances running \([^()\n]{0,60}?\b[1-9]\d{0,4} flapping\)/i },
    // MeshCentral's launcher on a server that died and that it starts again (`MeshCentral failed with
    // critical error, check mesherrors.txt. Restarting in 5 seconds...`).
    { contains: 'failed with critical error, ', shape: /\bfailed with critical error, check [\w.-]{1,64}\. restarting in \d{1,4} seconds\b/i },
    // Forever (Node) restarting the script it keeps (`Forever restarting script for 101 time`), and
    // supervisorctl on a program that ended during its start (`galaxy_web: ERROR (abnormal termination)`).
    { contains: 'forever restarting script for ', shape: /\bforever restarting script for [1-9]\d{0,6} times?\b/i },
    { contains: ': error (abnormal termination)', shape: /^[\w:.-]{1,128}: error \(abnormal termination\)$/i },
    // uWSGI's external daemons (`[uwsgi-daemons] respawning "redis-server"`): uWSGI restarts a daemon it
    // watches each time it dies.
    { contains: '[uwsgi-daemons] respawning ', shape: /^\[uwsgi-daemons\] respawning "[^"\n]{1,128}"/i },
  ],
  StartupProbeFailed: [
    // App Engine flexible's request log on its health checker's requests answered with a server error (`A
    // 2019-08-10T02:04:44.543Z GET 503 10 B 0 ms GoogleHC/1.0 /readiness_check`, `GET 502 150 B 0 ms GoogleHC 1.0
    // /liveness_check`); an answer under 500 is a check that passed.
    { contains: 'googlehc', shape: /\bget 5\d\d \d{1,12} b \d{1,9} ms googlehc\b/i },
    // Consul's agent on a check whose script it could not run (`agent: Check "service:x" failed to invoke:
    // fork/exec /consul/scripts/x.sh: no such file or directory`).
    { contains: ' failed to invoke', shape: /\bcheck "[^"\n]{1,256}" failed to invoke\b/i },
    // The Kubernetes servers' health endpoints on a check that failed (metrics-server: `healthz.go:244]
    // metric-storage-ready check failed: readyz`; the apiserver: `healthz check failed: readyz`).
    { contains: ' check failed: ', shape: /\S check failed: (?:readyz|healthz|livez)\b/i },
    // A health command's verdict (the Datadog Agent's `agent health`: `Agent health: FAIL`; `PASS` is quiet).
    { contains: ' health: fail', shape: /^[\w .-]{1,64} health: fail$/i },
    // Mesos' (DC/OS') health checker on a task's HTTP check (`HTTP health check for task 'x' failed: curl.exe
    // exited with status 125:`).
    { contains: 'health check for task ', shape: /\bhealth check for task '[^'\n]{1,256}' failed\b/i },
    // Dokku's checks on a new release (`!     Check attempt 1/5 failed.`, `remote:  !     Check attempt 2/6
    // failed (web.1)`, and its verdict `Could not start due to 1 failed checks.`).
    { contains: 'check attempt ', shape: /\bcheck attempt \d{1,3}\/\d{1,3} failed\b/i },
    { contains: ' failed check', shape: /\bcould not start due to [1-9]\d{0,3} failed checks?\b/i },
    // A component's own check of a service it depends on failing (Dragonfly's dfdaemon: `check scheduler
    // health failed: status: Unavailable`).
    { contains: ' health failed', shape: /\bcheck [a-z][\w-]{0,40} health failed\b/i },
    // The kubelet's structured record of a probe's result changing (`"SyncLoop (probe)" probe="readiness"
    // status="not ready" pod="ns/name"`): a probe now failing. `status="ready"` and the empty status of a
    // container just started are not.
    { contains: 'syncloop (probe)', shape: /"syncloop \(probe\)" probe="(?:readiness|liveness|startup)" status="(?:not ready|unhealthy)"/i },
    // A health endpoint's verbose output naming the check that failed (Kubernetes' healthz and readyz
    // format: `[-]crd-inject failed: reason withheld`).
    { contains: ' failed: reason withheld', shape: /^\[-\][\w.\/-]{1,253} failed: reason withheld$/i },
    // A health check that ran out of time (RamaLama: `Command 'health check of container x' timed out
    // after 180 seconds`): a check's timeout is the check failing, not latency.
    { contains: 'health check', shape: /\bhealth check\b[^.\n]{0,60}?\btimed out\b|\btimeout while waiting for the health check\b/i },
    // Keepalived's checkers and scripts (`Misc check to [x] for [y] failed.`, `Check on service [x]:8000
    // failed after 3 retry.`, `VRRP_Script(x) timed out`, `Track script x is being timed out`), and a
    // platform's count of its checks that are critical (Fly.io: `1 total, 1 critical`).
    { contains: 'misc check to ', shape: /\bmisc check to \[[^[\]\n]{1,253}\] for \[[^[\]\n]{1,253}\] failed\b/i },
    { contains: 'check on service ', shape: /\bcheck on service \[[^[\]\n]{1,253}\]:\d{1,5} failed after \d{1,4} retr/i },
    { contains: 'vrrp_script(', shape: /\bvrrp_script\([^()\n]{1,253}\) (?:timed out|failed)\b/i },
    { contains: 'track script ', shape: /\btrack script \S{1,253} is being timed out\b/i },
    { contains: ' total, ', shape: /\b\d{1,4} total, [1-9]\d{0,3} critical\b/i },
    { contains: 'healthcheck', shape: /\bhealthcheck\b[^.\n]{0,60}?\btimed out\b/i },
    // node-problem-detector's custom checks turning a node condition on (`Node condition
    // GossCheckFailure is now: True, reason: GossCheckFailed`, `KubeletUnhealthy is now: True`).
    { contains: ' is now: true', shape: /\bnode condition \w{0,60}(?:checkfail\w{0,20}|unhealthy) is now: true\b/i },
    // LinuxGSM's monitor on a game server whose port no longer answers its query (`[ FAIL ] Monitoring
    // vhserver: Querying port: gsquery: 10.0.0.7:2457 : 60/5: FAIL`; later releases name no query tool and
    // pad the last colon: `Querying port: 10.0.0.7:26901 : 60/5 : FAIL`).
    { contains: 'querying port: ', shape: /\bquerying port: (?:gsquery: )?[\d.:]{1,64} ?: [\d/]{1,9} ?: fail$/i },
    // MariaDB MaxScale's monitor taking a backend out after its checks failed (`Server changed state:
    // db2[10.0.0.2:3306]: master_down. [Master, Running] -> [Down]`; also `slave_down`,
    // `server_down`).
    { contains: 'server changed state: ', shape: /\bserver changed state: \S{1,300}: (?:master|slave|server)_down\b/i },
    // Varnish's backend health probes: `varnishadm backend.list` rows whose probe says sick (`vcl-x.web1
    // probe 3/5 sick Mon, 25 Jul 2022 21:37:54 GMT`) and its log's `Backend_health - x Went sick`.
    { contains: 'sick', shape: /(?:\sprobe \d{1,3}\/\d{1,3} sick\b|\bbackend_health - \S{1,200} (?:went|still) sick\b)/i },
    // A Consul agent check failing, whatever the check's name (`agent: Check "web" HTTP request
    // failed: ... Client.Timeout exceeded`): the timeout is the check's, not a slow request.
    { contains: 'agent: check "', shape: /\bagent: check "[^"\n]{1,300}" (?:http request failed|missed ttl|is now critical|timed out|socket connection failed)\b/i },
    { contains: 'health check for server', shape: /\bhealth check for server \S+ failed\b/i },
    // Older kubelets: `Liveness probe for "pod_ns(uid):container" failed (failure): ...`.
    { contains: 'probe for "', shape: /\b(?:liveness|readiness|startup) probe for "[^"]{1,400}" failed\b/i },
    // Azure App Service's start-up check (`Container x didn't respond to HTTP pings on port: 8000`).
    { contains: 'respond to http pings', shape: /\bdidn't respond to http pings on port\b/i },
    // dockerd's run of a container's HEALTHCHECK that failed (`Health check for container <id>
    // error: context deadline exceeded`): the check's timeout, not a slow request.
    { contains: 'health check for container', shape: /\bhealth check for container [0-9a-f]{12,64} error: /i },
    // A readiness or liveness check that ran out of time in the service's own words (Deis:
    // `Readinesscheck endpoint timed out after 2s`): the check failing, not a slow request.
    ...['nesscheck', 'ness check'].map((contains) => ({ contains, shape: PROBE_CHECK_TIMED_OUT })),
    // A health check's step that failed, in the dotted message names of Cloud Foundry's lager logs
    // (Diego's rep checking Garden: `rep.garden-healthcheck.healthcheck.create.failed`).
    { contains: 'healthcheck.', shape: /\bhealthcheck(?:\.[a-z][\w-]{0,60}){0,4}\.failed\b/i },
    // kubeadm's wait on a control-plane component's health endpoint (`kube-apiserver check failed at
    // https://x:8443/livez: ... context deadline exceeded`): the check failing, whatever it quotes.
    { contains: ' check failed at http', shape: /\bcheck failed at https?:\/\/[^\s\/]{1,253}\/(?:livez|readyz|healthz)\b/i },
    // A health route answering with a server error, as the request logging middleware of Cortex,
    // Loki, Mimir and Tempo writes it (`msg="GET /ready (500) 64.202µs Response: ..."`): the service
    // reporting itself not ready to whoever probes it. Only the bare routes, with no query.
    { contains: ' (5', shape: /(?:^|\s|")(?:get|head) \/(?:-\/)?(?:ready|readyz|healthz|health|healthy|livez) \(5\d\d\) \d/i },

    // A SIP dispatcher's keepalive probe of a destination (Kamailio's and OpenSIPS' `ds_options_callback():
    // OPTIONS-Request was finished with code 408 (to sip:10.0.0.4, group 1)`) answered by a timeout or a
    // server error: the destination failing its health probe.
    { contains: 'options-request was finished with code ', shape: /\boptions-request was finished with code (?:408|5\d\d)\b/i },
    // LND's health checks giving up on what they watch after their attempts (`SRVR: Health check: chain
    // backend failed after 3 calls`), after which lnd shuts itself down.
    { contains: 'health check: ', shape: /\bhealth check: [\w -]{1,60} failed after \d{1,4} (?:calls|attempts)\b/i },
    // Nhost's CLI on a container whose health check it keeps running (`[nhost_auth] [container] Health check
    // attempt #21 unsuccessful`).
    { contains: 'health check attempt #', shape: /\bhealth check attempt #\d{1,5} unsuccessful\b/i },
  ],
  // Nomad's placement detail: "Resources exhausted on 5 nodes", "Dimension \"memory\" exhausted on 3 nodes".
  SchedulingBlocked: [
    // k9s' pod table, its border and the readiness dot kept (`│ sysdig-agent-9x2gm ● 0/0 0 Pending n/a n/a 42m │`):
    // a pod Pending three minutes or more, as a `kubectl get` row is read; a younger one is starting.
    {
      contains: ' pending ',
      shape: /^│ [\w.-]+ ● \d{1,3}\/\d{1,3} \d{1,6} pending \S+ \S+ (?:[3-9]m|[1-9]\d{1,3}m|\d{1,4}[hd])\w{0,8} │$/i,
    },
    // Terraform on a Google Cloud quota a cluster's machines would exceed (`- Insufficient 'CPUS' quota. Requested
    // 6.0, available 4.0.`).
    { contains: "insufficient '", shape: /\binsufficient '[a-z0-9_]{1,64}' quota\. requested \d/i },
    // Slurm's queue (`squeue`: JOBID PARTITION NAME USER ST TIME NODES NODELIST(REASON)) on a job pending because
    // the nodes it needs are down or not available (`2 compute wrap ubuntu PD 0:00 1 (NodeDown)`), beside its rows
    // pending for resources (read below); a job pending for its priority is queued, not blocked.
    { contains: ' pd ', shape: /^ *\d{1,10}(?:_\d{1,6})? {1,20}\S{1,64} {1,20}\S{1,64} {1,20}\S{1,64} {1,20}pd {1,20}\d{1,2}:\d{2}(?::\d{2})? {1,20}\d{1,6} {1,20}\((?:nodedown|reqnodenotavail)[^()\n]{0,200}\)$/i },
    // Ray Serve's controller on replicas no node has taken (`Deployment 'f' has 1 replicas that have taken
    // more than 30s to be scheduled`).
    { contains: 'to be scheduled', shape: /\btaken more than \d{1,6}s to be scheduled\b/i },
    // An `arena list` row of a training job still pending after it was submitted, at the age from which
    // a pod row's Pending is read as unplaced (ten seconds; `test  PENDING  MPIJOB  16m
    // test-mpijob-worker-0  N/A`: NAME STATUS TRAINER AGE NODE).
    { contains: ' pending ', shape: /^[\w.-]{1,253} pending (?:mpijob|tfjob|pytorchjob|xgboostjob|mxjob|paddlejob|horovodjob|etjob|volcanojob|sparkjob|deepspeedjob|rayjob) (?:[1-9]\d{1,3}s|\d{1,4}[mhd](?:\d{1,2}[hms])?) [\w.-]{1,253} \S{1,64}$/i },
    // Service Fabric's placement engine with every node ruled out (`eliminated 6 possible node(s) for
    // placement -- 0/6 node(s) remain`).
    { contains: ' node(s) remain', shape: /\b0\/\d{1,5} node\(s\) remain\b/i },
    // The scheduler's reasons for the nodes (or, in a multi-cluster scheduler, the clusters) it
    // filtered out, in its `(s)` wording, whatever the count or the reason: `node(s) didn't match
    // Pod's node affinity/selector`, `node(s) had untolerated taint`, `node(s) were unschedulable`,
    // `cluster(s) didn't match the placement cluster affinity constraint`.
    { contains: '(s) ', shape: /\b(?:node|cluster)\(s\) (?:didn't|did not|had|were|are) /i },
    // The scheduler's FailedScheduling message before Kubernetes 1.3 (`Failed for reason
    // PodExceedsFreeCPU and possibly others`), naming the first predicate no node passed.
    { contains: 'and possibly others', shape: /\bfailed for reason [a-z]{1,80} and possibly others\b/i },
    // `squeue` rows (JOBID PARTITION NAME USER ST TIME NODES NODELIST(REASON)) of a job pending
    // (`PD`, no time run) because no node has the resources it asks for.
    { contains: '(resources)', shape: /\spd 0:00 \d{1,6} \(resources\)$/i },
    // Determined's master relaying a task waiting for devices no agent has free (`Waiting for
    // resources. 0 GPUs are available, 1 GPUs required`).
    { contains: 'are available, ', shape: /\b0 (gpus|cpus|slots) are available, [1-9]\d{0,5} \1 required\b/i },
    // Kueue's admission that finds no flavor with quota for a workload (`insufficient quota for
    // nvidia.com/gpu in flavor h100, request > maximum capacity`).
    { contains: 'in flavor', shape: /\binsufficient (?:unused )?quota for \S{1,120} in flavor\b/i },
    // ECS RunTask's answer with no task placed: a failure whose reason names no container
    // instance fit (`{"Failures":[{"Arn":"...","Reason":"AGENT"}],"Tasks":[]}`, `RESOURCE:MEMORY`).
    { contains: '"failures":', shape: /"failures":\s?\[\{"arn":\s?"[^"]{1,300}",\s?"reason":\s?"(?:agent|attribute|resource:[a-z]{1,20})"/i },
    { contains: 'exhausted on', shape: /\bexhausted on [1-9]\d* nodes?\b/i },
    { contains: 'nodes filtered', shape: /\bstatus "failed" \(\d+\/\d+ nodes filtered\)/i },
    { contains: 'filtered', shape: /\bconstraint "[^"]*" filtered [1-9]\d* nodes?\b/i },
    // `0/N nodes are available:` (and `0/N nodes available`) with any N and any reasons.
    { contains: 'nodes', shape: /\b\d+\/[1-9]\d* nodes (?:are )?available\b/i },
    // Extended resources (`Insufficient nvidia.com/gpu`), pods, ephemeral storage, hugepages.
    { contains: 'insufficient', shape: /\binsufficient (?:pods|ephemeral-storage|hugepages-\w+|[a-z0-9.-]+\/[\w.-]+)\b/i },
    // A condition False for reason Unschedulable (describe's Conditions, JSON, Go structs), and an
    // event with that reason as a test harness dumps it (`Reason = [Unschedulable]`); `PodScheduled
    // False` alone is also a pod still being placed, and says nothing.
    { contains: 'unschedulable', shape: /\breason"?\s*[:=]\s*["[]?unschedulable\b|\bfalse\s+unschedulable\b/i },
    // A `kubectl get pvc` row still Pending: no volume, then the storage class and the age.
    { contains: 'pending', shape: /^(?:\S+\s+)?\S+\s+pending\s+\S+\s+\d+[smhd](?:\d+[smh])?\s*$/i },
    // Cloud Foundry's Diego naming why it could not place an instance (`"placement_error": "found no
    // compatible cell"`); an empty placement_error is an instance placed.
    { contains: 'placement_error', shape: /"placement_error": ?"[^"\s]/i },
    // LSF's pending reasons for a job no candidate host can take (`Candidate host pending reasons (0
    // of 4 hosts).`).
    // `kubectl get vmi` on a KubeVirt VM still `Scheduling` minutes after it was created (NAME, AGE,
    // PHASE), gated on the age's last unit and the phase together (` scheduling` alone is in too many lines).
    ...['m scheduling', 's scheduling', 'h scheduling', 'd scheduling'].map((contains) => ({ contains, shape: KUBEVIRT_VMI_SCHEDULING })),
    { contains: 'candidate host pending reasons', shape: /\bcandidate host pending reasons \(0 of [1-9]\d{0,6} hosts?\)/i },
    // Slurm's `scontrol show job` on a job held for a reason no wait in the queue mends by itself
    // (`JobState=PENDING Reason=Resources Dependency=(null)`); a job behind others (`Priority`) waits,
    // and `ReqNodeNotAvail` is read wherever it is written.
    {
      contains: 'jobstate=pending reason=',
      shape: /\bjobstate=pending reason=(?:resources|badconstraints|partitionnodelimit|partitiondown|partitioninactive|nodedown)\b/i,
    },
    // A device plugin's scheduler with too few devices of a kind (Volcano: `no enough nvidia device
    // available!`).
    { contains: 'no enough ', shape: /\bno enough [\w.\/-]{1,64} devices? available\b/i },
    // A pod the apiserver refused for want of quota, as the client that created it reports the refusal
    // (`pods "jenkins-slave-x" is forbidden: exceeded quota: compute-resources, ...`; OpenShift's early
    // admission: `pods "x" is forbidden: Limited to 3 pods`; a quota that needs requests the pod does not
    // state: `pods "x" is forbidden: Failed quota: default: must specify cpu,memory`). A controller's
    // `Error creating: pods "x-" is forbidden: exceeded quota` (a ReplicaSet's FailedCreate) or `create Pod x-0
    // in StatefulSet x failed error: pods "x-0" is forbidden: ...` leaves its replicas short: not this shape,
    // nor any pod named by a controller's prefix (`pods "kube-proxy-" is forbidden`, which ReplicaMismatch reads).
    // In a JSON field the name's quotes are escaped (KubeRay's reconciler: `"error": "pods \"x-head-y\" is
    // forbidden: exceeded quota: ..."`).
    {
      contains: 'is forbidden: ',
      shape: /\bpods?(?<!\berror creating: pods?)(?<!\bfailed error: pods?) \\?"[^"\s\\]{0,252}[^"\s\\-]\\?" is forbidden: (?:exceeded quota|failed quota|limited to [1-9]\d{0,5} pods?)\b/i,
    },
    // kops' cluster validation naming a critical pod still pending (`Pod kube-system/x
    // system-cluster-critical pod "x" is pending`).
    { contains: '-critical pod "', shape: /\bsystem-(?:cluster|node)-critical pod "[^"\s]{1,253}" is pending\b/i },
    // A gang scheduler's PodGroup its pods cannot be placed as (the Kubeflow training operator: `PodGroup
    // kubeflow/x unschedulable`).
    { contains: 'podgroup ', shape: /\bpodgroup [\w.\/-]{1,253} unschedulable\b/i },
  ],
  // NotReady standing alone as a column: the STATUS of a `kubectl get nodes` row.
  NodeNotReady: [
    // Slurm's node list (`sinfo -N -l`) on a node that does not respond, its state marked with `*` (`c2 1 normal*
    // unknown* 1 1:1:1 1000 0 1 (null) none`); a default partition is marked the same way, before the state.
    { contains: '* ', shape: /^[\w.-]{1,64} \d{1,6} [\w-]{1,64}\*? [a-z+~#!%$@^-]{2,16}\* \d{1,6} \d{1,4}:\d{1,4}:\d{1,4} /i },
    // kube-proxy finding no Node object of its own name (`Failed to retrieve node info: nodes "x" not found`): the
    // node has not registered or was removed. The same words ending in a dial error or a timeout are the apiserver.
    { contains: 'failed to retrieve node info: nodes "', shape: /\bfailed to retrieve node info: nodes "[^"\s]{1,253}" not found\b/i },
    // The kubelet whose node the apiserver would not register (`Unable to register 10.0.0.4 with the apiserver:
    // Post https://...: x509: certificate signed by unknown authority`), stated at info by older kubelets: its
    // node does not join. (With the name empty the phrase table reads it.)
    { contains: ' with the apiserver', shape: /\bunable to register \S{1,253} with the apiserver\b/i },
    // The node lifecycle controller's message on the pods of a node it lost (`Node x which was running pod y is
    // unresponsive`, the reason `NodeLost`), as `kubectl describe pod` prints it.
    { contains: 'which was running pod ', shape: /\bnode \S{1,253} which was running pod \S{1,253} is unresponsive\b/i },
    // etcd 2.x on a peer it cannot reach at all (`etcdserver: failed to reach the peerURL(http://x:2380) of member y
    // (Get http://x:2380/version: dial tcp x:2380: getsockopt: no route to host)`, `cannot get the version of member
    // y (...)`): the member is down. The same words ending in a timeout are latency, as round 287 labels them.
    { contains: 'failed to reach the peerurl(', shape: /\bfailed to reach the peerurl\([^\s)]{1,300}\) of member [0-9a-f]{1,16} \([^()]{0,400}no route to host\)/i },
    { contains: 'cannot get the version of member ', shape: /\bcannot get the version of member [0-9a-f]{1,16} \([^()]{0,400}no route to host\)/i },
    // The kubelet that cannot get its own Node object, with the node's name quoted as it quotes it (kind:
    // `"Error getting node" err="node \"kind-control-plane\" not found"`; `Error updating node status, will
    // retry: error getting node "10.1.25.205": Get https://...`): its node is not registered or not
    // reporting, so not ready. Another client's call that names a node unquoted (a CSI driver's `panic:
    // error getting Node x: ... i/o timeout`) is read by its own words.
    { contains: 'error getting node', shape: /\berror getting node(?:"| \\?")/i },
    // A `consul members` row of an agent its cluster marks failed (`i-fbb98c17  10.187.61.162:8301  failed
    // client  0.4.1  2`; with `-detailed`, its tags after the status): the agent is lost (`left` is a leave).
    { contains: ' failed ', shape: /^[\w.-]{1,253} \d{1,3}(?:\.\d{1,3}){3}:\d{1,5} failed (?:client|server|role=)/i },
    // Jenkins on an agent that stopped answering (`Making default-48f25a9a7690 offline because it’s not
    // responding`): the agent is lost.
    { contains: ' offline because it', shape: /\bmaking [\w.-]{1,253} offline because it['’]s not responding\b/i },
    // A `headscale nodes list` row whose Connected column reads offline (`70 | x | x | [key] | [key] |
    // user | 100.64.0.4, fd7a:... | false | 2025-10-28 07:51:21 | 0001-01-01 00:00:00 | offline | no`):
    // the node is not connected to its coordination server.
    { contains: '| offline |', shape: /^\d{1,9} \|(?: [^|]{1,200} \|){3,12} offline \| (?:yes|no)$/i },
    // `cilium status` counting fewer nodes reachable than it knows (`Cluster health: 0/3 reachable`), and
    // a Gluster peer its cluster lost (`gluster peer status`: `State: Accepted peer request
    // (Disconnected)`).
    { contains: 'cluster health:', shape: /\bcluster health: (\d{1,4})\/(?!\1\b)\d{1,4} reachable\b/i },
    { contains: '(disconnected)', shape: /^state: (?:peer in cluster|accepted peer request|sent and received peer request) \(disconnected\)$/i },
    // A cluster member its peers suspect (Infinispan: `ISPN000400: Node x was suspected`).
    { contains: 'was suspected', shape: /\bnode [\w.-]{1,253} was suspected\b/i },
    // Ceph's health on hosts down with their OSDs (`OSD_HOST_DOWN 1 host (2 osds) down`, `Health check
    // failed: 2 hosts (2 osds) down`), and neutron's check of its agents (`Agent healthcheck: found 1
    // dead agents out of 7:`).
    { contains: ' osds) down', shape: cephHealthDown('osd_host_down', String.raw`hosts? \([1-9]\d{0,4} osds?\)`) },
    { contains: ' dead agents out of ', shape: /\bfound [1-9]\d{0,4} dead agents out of \d{1,5}\b/i },
    // Selenium Grid 4 on a node it stopped reaching (`Switching node x (uri: http://y:5555) from UP to
    // DOWN`), and Nagios on a host its check found down or unreachable (`HOST ALERT: x;DOWN;SOFT;1;PING
    // DOWN`, `HOST EVENT HANDLER: x;DOWN;...`, `HOST NOTIFICATION: admin;x;UNREACHABLE;...`, `CURRENT HOST
    // STATE: x;DOWN;HARD;...`).
    // CloudStack on a host's agent (`The agent from host Host {...} state determined is Down`), and
    // Payara's group membership (`GMS1019: member: inst1 of group: clusterfc has failed`).
    { contains: 'state determined is ', shape: /\bstate determined is (?:disconnected|down|alert)\b/i },
    { contains: ' of group: ', shape: /\bmember: \S{1,253} of group: \S{1,253} has failed\b/i },
    { contains: ' from up to down', shape: /\bswitching node [\w-]{1,64} \(uri: [^()\s]{1,253}\) from up to down\b/i },
    { contains: 'host alert: ', shape: /\bhost alert: [^;\s]{1,253};(?:down|unreachable);/i },
    { contains: 'host event handler: ', shape: /\bhost event handler: [^;\s]{1,253};(?:down|unreachable);/i },
    { contains: 'current host state: ', shape: /\bcurrent host state: [^;\s]{1,253};(?:down|unreachable);/i },
    { contains: 'host notification: ', shape: /\bhost notification: [^;\s]{1,64};[^;\s]{1,253};(?:down|unreachable);/i },
    // Tdarr's server on a transcoding node it lost (`Tdarr_Server - Node x deregistered`, `Node:
    // 10.0.1.20:8267 - nodeID 'node_01' could not be contacted by the server.`).
    { contains: ' deregistered', shape: /\bnode [\w.-]{1,253} deregistered\b/i },
    { contains: ' could not be contacted', shape: /\bnodeid '[^'\n]{1,253}' could not be contacted\b/i },
    // Pacemaker's controller when the node that coordinated the cluster is gone (`Our DC node
    // (node1) left the cluster`).
    // ... and on a peer the membership lost, at notice (`corosync_mark_unseen_peer_dead: Node
    // 1396680896/dev43 was not seen in the previous transition`); Galera declaring a member gone at
    // its [Note] level (`suspected node without join message, declaring inactive`).
    { contains: 'mark_unseen_peer_dead: ', shape: /\bcorosync_mark_unseen_peer_dead: node \S{1,300} was not seen\b/i },
    { contains: 'without join message', shape: /\bsuspected node without join message, declaring inactive\b/i },
    // CouchDB's and Riak's clusters on a peer node they cannot reach, in Erlang's terms for a node whose
    // link is gone, not a process on it (`{{rexi_DOWN,{'couchdb@10.0.0.2',noconnect}},...}`,
    // `exit:{{nodedown,'dev2@127.0.0.1'},...}`), and TDengine's `show dnodes` on a data node whose status
    // messages stopped (`| 2 | host:6030 | 0 | 0 | offline | any | ... | status not received |`).
    { contains: ',noconnect}', shape: /\{rexi_down,\{'[^'\s]{1,253}',noconnect\}\}/i },
    { contains: '{nodedown,', shape: /\{nodedown,'[^'\s]{1,253}'\}/i },
    // Torque's server unable to hand a job to a node's daemon (`unable to run job, send to MOM '10.0.0.3'
    // failed`), Flux on a job whose node failed (`node failure on elcap8767 (shell rank 1127)`), and
    // Portainer on an environment it cannot reach (`error="environment \"x\" (id: 3) is not up"`).
    { contains: 'send to mom ', shape: /\bsend to mom '[^'\s]{1,253}' failed\b/i },
    { contains: 'node failure on ', shape: /\bnode failure on [\w.-]{1,253} \(shell rank \d{1,7}\)/i },
    { contains: 'is not up', shape: /\benvironment \\?"[^"\\\n]{1,253}\\?" \(id: \d{1,9}\) is not up\b/i },
    {
      contains: 'status not received',
      shape: /\| {1,40}offline {1,40}\| {1,40}\w{1,16} {1,40}\| {1,40}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})? {1,40}\| {1,40}status not received {1,40}\|/i,
    },
    // PBS' server taking a node out after repeated failures (`Node 'n1' has had 194 failures in close
    // proximity, marking offline.`).
    { contains: 'failures in close proximity', shape: /\bnode '[^'\n]{1,253}' has had \d{1,9} failures in close proximity, marking offline\b/i },
    { contains: 'our dc node (', shape: /\bour dc node \([^()\s]{1,253}\) left the cluster\b/i },
    // DRBD losing its peer: the connection's state from Connected to a failure, the peer's to
    // Unknown (`conn( Connected -> NetworkFailure ) peer( Primary -> Unknown )`); an orderly
    // disconnect goes to `Disconnecting`.
    { contains: 'conn( connected -> ', shape: /\bconn\( connected -> (?:networkfailure|brokenpipe|timeout|protocolerror) \) peer\( \w{1,20} -> unknown \)/i },
    // A master that heard nothing from a worker node for longer than it waits (Alluxio's `The worker
    // 2002493756020233691(WorkerNetAddress{host=10.65.220.11, ...}) timed out after 304310ms
    // without a heartbeat!`).
    { contains: 'heartbeat', shape: /\btimed out after \d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?) without (?:a |any )?heartbeats?\b/i },
    // Zabbix' server giving up on a host it cannot reach, whatever checks it runs there
    // (`temporarily disabling Zabbix agent checks on host "x": host unavailable`; also SNMP, IPMI
    // and JMX checks).
    { contains: 'checks on host', shape: /\btemporarily disabling [\w ]{1,30} checks on host "[^"]{1,253}": host (?:is )?unavailable\b/i },
    // Doris' record of a backend node its frontend marked dead on a failed heartbeat (`Backend
    // [id=10057, host=be-2, heartbeatPort=9050, alive=false, ...]`).
    { contains: 'alive=false', shape: /\bbackend \[id=\d{1,20}, host=\S{1,253}, heartbeatport=\d{1,5}, alive=false\b/i },
    // `kops validate cluster` counting fewer nodes or masters ready than it expects (`Ready Node(s) 0
    // out of 1.`; `1 out of 1.` is a healthy cluster).
    { contains: 'ready node(s) ', shape: KOPS_READY_COUNT },
    { contains: 'ready master(s) ', shape: KOPS_READY_COUNT },
    // HDFS' report of its DataNodes (`hdfs dfsadmin -report`) counting some dead (`Dead datanodes
    // (6):`; `(0)` is a healthy cluster).
    { contains: 'dead datanodes (', shape: /\bdead datanodes \([1-9]\d{0,5}\)/i },
    // Convox's `convox instances` rows whose agent column is off (`i-90625e1c  off  active  21 hours
    // ago  5  99.64%`): the instance runs but its agent does not report.
    { contains: ' off ', shape: /^i-[0-9a-f]{8,17} off (?:active|pending|running) /i },
    // The kubelet or a CRI client unable to reach the container runtime's socket on its node
    // (`dial unix /run/containerd/containerd.sock: connect: no such file or directory`).
    { contains: '.sock', shape: /\/(?:containerd|crio|cri-dockerd|dockershim)\.sock: connect: (?:no such file or directory|connection refused)/i },
    // Nodes that stopped answering their controller (Slurm: `error: Nodes compute[00-03] not
    // responding`, then `..., setting DOWN`).
    { contains: 'not responding', shape: /\bnodes? [\w.,[\]-]{1,200} not responding\b/i },
    // A `docker node ls` row (ID [*] HOSTNAME STATUS AVAILABILITY [MANAGER STATUS] [ENGINE
    // VERSION]) whose node is Unknown or Disconnected (Down is read anywhere before an
    // AVAILABILITY, below).
    { contains: 'unknown', shape: /^\S+ (?:\* )?\S+ unknown (?:active|pause|drain)(?: (?:leader|reachable|unreachable))?(?: \d{1,4}(?:\.\d{1,4}){1,3}\S{0,40})?\s*$/i },
    { contains: 'disconnected', shape: /^\S+ (?:\* )?\S+ disconnected (?:active|pause|drain)(?: (?:leader|reachable|unreachable))?(?: \d{1,4}(?:\.\d{1,4}){1,3}\S{0,40})?\s*$/i },
    // ... and a manager whose MANAGER STATUS is Unreachable, whatever its STATUS (Docker 1.12's rows
    // also hold a MEMBERSHIP: `x centos02 Accepted Ready Active Unreachable`).
    { contains: 'unreachable', shape: /^\S+ (?:\* )?\S+ (?:accepted )?(?:ready|down|unknown|disconnected) (?:active|pause|drain) unreachable(?: \d{1,4}(?:\.\d{1,4}){1,3}\S{0,40})?\s*$/i },
    // A bare `x is offline` (the Jenkins Kubernetes plugin on an agent pod: `jenkins-slave-x is offline`).
    { contains: ' is offline', shape: /^[\w.-]{1,253} is offline$/i },
    // The kubelet's service down (`Service snap.microk8s.daemon-kubelet is not running`), under the
    // words that end it: under `kubelet` it ran on every event row the kubelet reported.
    ...[' is not running', " isn't running", ' is inactive', ' has stopped'].map((contains) => ({ contains, shape: KUBELET_SERVICE_DOWN })),
    { contains: 'notready', shape: /(?:^|\s)notready(?:,\S+)?(?:\s|$)/i },
    // The node lifecycle controller tainting a node it lost.
    { contains: 'taint{key:node.kubernetes.io/', shape: /\badded \[&taint\{key:node\.kubernetes\.io\/(?:unreachable|not-ready)\b/i },
    // A taint the node lifecycle controller adds to a lost node (its removal is a recovery).
    {
      contains: 'node.kubernetes.io/',
      shape: /\b(?:add(?:ed|ing)?|taint(?:ed|ing)? node)\b.{0,60}?\bnode\.kubernetes\.io\/(?:unreachable|not-ready)\b|\bnode\.kubernetes\.io\/(?:unreachable|not-ready)\b.{0,30}?\badded\b/i,
    },
    // The node lifecycle controller's transition of the Ready condition to False or Unknown.
    { contains: 'nodecondition{type:ready', shape: /\bto &nodecondition\{type:ready,status:(?:false|unknown)\b/i },
    // The kubelet finding no Node object for itself: it cannot register or report status.
    { contains: '" not found', shape: /\bnode "[\w.-]{1,253}" not found\b/i },
    // `docker node ls`: STATUS Down, then AVAILABILITY; and a worker's failed heartbeat.
    { contains: 'down', shape: /\sdown\s+(?:active|pause|drain)\b/i },
    // A node taken back by its cloud (a spot or preemptible VM: `The node x was preempted.`).
    { contains: 'was preempted', shape: /\bnode \S{1,253} was preempted\b/i },
    // A Slurm `sinfo` row (PARTITION AVAIL TIMELIMIT NODES STATE NODELIST) whose nodes are
    // down, failed or unknown, or not responding (a state with `*`).
    {
      contains: ' up ',
      shape: /^\S{1,64} up (?:infinite|\d{1,4}-\d{1,2}:\d{2}:\d{2}|\d{1,4}:\d{2}(?::\d{2})?|\d{1,6}) \d{1,6} (?:(?:down|fail|failing|unk|unknown)\*?|(?:idle|alloc|mix|mixed|comp|drain|drng|drained|draining)\*) \S{1,4096}$/i,
    },
    // The kubelet's calls to its container runtime timing out or finding no runtime
    // (`ContainerStatus "id" from runtime service failed: rpc error: code = DeadlineExceeded`):
    // the runtime on the node is hung or down. (NotFound, a container already gone, is not.)
    // Older runtimes print the gRPC code as its number (`code = 4` is DeadlineExceeded, 14 Unavailable).
    { contains: 'from runtime service failed', shape: /\bfrom runtime service failed: rpc error: code = (?:deadlineexceeded|unavailable|4|14)\b/i },
    // The kubelet's process failing at start, in its journal: a fatal line, or the command's
    // own failure (`kubelet[8691]: E0823 ... run.go:72] "command failed" err="failed to parse
    // kubelet flag: ..."`). It exits, and the node stops posting its status.
    {
      contains: 'kubelet[',
      shape: /\bkubelet\[\d{1,10}\]: (?:f\d{4} \S{8,15} \d{1,10} [\w.-]{1,64}:\d{1,6}\] |e\d{4} \S{8,15} \d{1,10} run\.go:\d{1,6}\] "command failed")/i,
    },
    // A node named between `node` and the words (`Node 10.0.0.7 is not ready`, as the metrics
    // server reports a node whose kubelet it cannot read; the e2e framework waiting on one: `Node x is
    // still not ready: Ready=False`; a Juju unit's status message: `Node juju-x-0 not ready`). `node is
    // not ready` is a pattern.
    { contains: ' not ready', shape: /\bnode [\w.:-]{1,253} (?:is (?:still )?)?not ready\b/i },
    // The node lifecycle controller finding a zone's nodes not ready (`zone x is now in state
    // FullDisruption`, or PartialDisruption when some are): the nodes are down.
    { contains: 'is now in state ', shape: /\bzone \S{1,253} is now in state (?:full|partial)disruption\b/i },
    // `nomad node status <node>`: the node's Status field.
    { contains: 'status = down', shape: /^status = down$/i },
    // The e2e framework's check of a node (`Condition Ready of node x is false instead of true`).
    { contains: 'condition ready of node', shape: /\bcondition ready of node \S{1,253} is (?:false|unknown)(?: instead of true|, but node is tainted by nodecontroller)\b/i },
    // ... and its line per node it found not ready for the tests (`-> kind-worker Ready=false Network=false
    // Taints=[{node.kubernetes.io/not-ready ...}]`), and the nodes it waited for and did not get
    // (`Detected 3 ready nodes, found 3 nodes out of expected 6`).
    { contains: ' ready=false network=', shape: /(?:^|: )-> [\w.-]{1,253} ready=false network=(?:true|false) taints=/i },
    { contains: ' nodes out of expected ', shape: /\bdetected \d{1,6} ready nodes, found \d{1,6} nodes out of expected \d{1,6}\b/i },
    // A member cluster a multi-cluster client cannot reach, read as a node is (karmadactl: `error: cluster(member3)
    // is inaccessible, please check authorization or network`).
    { contains: ') is inaccessible', shape: /\bcluster\([\w.-]{1,253}\) is inaccessible\b/i },
    // kube-up's cluster validation waiting for its nodes with fewer ready than it wants (`Waiting for 1 ready
    // nodes. 0 ready nodes, 0 registered. Retrying.`); as many ready as wanted is none.
    { contains: ' ready nodes', shape: /\bwaiting for (\d{1,6}) ready nodes?\. (?!\1 )\d{1,6} ready nodes?\b/i },
    // A node's status given as a field, not ready (`linode-cli lke` output: `node 875047-06ae9cbd0000
    // status=not_ready instance=96736255`; logfmt: `node=worker-1 status=NotReady`), with up to four other
    // fields between.
    { contains: 'status=not', shape: /\bnode[ =]"?[\w.:-]{1,253}"? (?:[\w.-]{1,64}="?[^\s"]{0,200}"? ){0,4}status="?not[_-]?ready\b/i },
    // MySQL's group replication members table on a member the group cannot reach (`group_replication_applier |
    // <uuid> | mysql-1.mysql | 3306 | UNREACHABLE`).
    { contains: 'group_replication_applier ', shape: /(?:^|\| )group_replication_applier \| [0-9a-f-]{36} \| [\w.-]{1,253} \| \d{1,5} \| unreachable\b/i },
    // The MongoDB agent on another member of its replica set it cannot reach (`Server at x.svc.cluster.local:27017
    // (local=false) is down`).
    { contains: '(local=false) is down', shape: /\bserver at [\w.-]{1,253}:\d{1,5} \(local=false\) is down\b/i },
    // What follows the phrase is read up to its next occurrence, where the next try starts.
    {
      contains: 'heartbeat to manager',
      shape: /\bheartbeat to manager\b(?:(?!\bheartbeat to manager\b).)*\bfailed\b/i,
    },
    // A Nomad client's driver that it finds unhealthy: a `nomad node status` driver row (Driver
    // Detected Healthy Message Time) whose Healthy is false.
    { contains: ' false ', shape: /^(?:docker|podman|containerd-driver|exec|raw_exec|java|qemu) (?:true|false) false \S.{0,300} \d{4}-\d\d-\d\dt\d\d:\d\d:\d\d(?:\.\d{1,9})?z$/i },
    // A k3d cluster's node that stopped: a `k3d node list` row (NAME ROLE CLUSTER STATUS), k3d
    // naming every node `k3d-<cluster>-<role>-<n>`, whose agent or server is `exited`.
    { contains: ' exited', shape: /^k3d-[\w.-]{1,200} (?:agent|server) [\w.-]{1,200} exited$/i },
    // A Concourse worker that stopped checking in: a `fly workers` row (NAME CONTAINERS PLATFORM
    // TAGS TEAM STATE VERSION) whose state is `stalled`.
    { contains: ' stalled', shape: /^\S{1,253} \d{1,6} (?:linux|windows|darwin) \S{1,200} \S{1,200} stalled(?: \d{1,3}\.\d{1,3})?$/i },
    // `kops validate cluster`: a NODE STATUS row (NAME ROLE READY) whose node is not ready, and
    // its summary of failures (`Node(s) Not Ready   1 out of 2.`).
    { contains: 'false', shape: /^[a-z0-9][\w.-]{0,252}\s+(?:node|master|control-plane|control_plane)\s+false$/i },
    { contains: 'node(s) not ready', shape: /\bnode\(s\) not ready\s+[1-9]\d{0,5} out of \d/i },
    // Pacemaker's cluster status (`crm_mon`, `pcs status`) listing nodes offline (`OFFLINE: [ node-1
    // (1) ]`) or unclean, and its scheduler naming one (`warning: Node node-2 is unclean`).
    { contains: 'offline: [', shape: /^(?:\* )?offline: \[ [^\]\s][^\]]{0,2000}\]$/i },
    { contains: 'unclean', shape: /\bnode \S{1,253}(?: \(\d{1,10}\))?(?:: | is )unclean\b/i },
    // LINSTOR's node list (`linstor node list`: Node, NodeType, Addresses, State) with a node OFFLINE, in
    // its box-drawing or ASCII table (`┊ worker-1 ┊ SATELLITE ┊ 10.0.0.3:3367 (SSL) ┊ OFFLINE ┊`), and
    // kronosnet under Corosync on a link to a host gone down (`[KNET  ] link: host: 2 link: 0 is down`).
    { contains: '┊ offline ┊', shape: LINSTOR_NODE_OFFLINE_BOX },
    { contains: '| offline |', shape: LINSTOR_NODE_OFFLINE_ASCII },
    { contains: '┊ evicted ┊', shape: LINSTOR_NODE_OFFLINE_BOX },
    { contains: '| evicted |', shape: LINSTOR_NODE_OFFLINE_ASCII },
    // A `juju status` machine row whose agent is down (`2 down 10.241.32.117 maas-server-42 ubuntu@22.04 zone3
    // Deployed`; a container on a machine: `0/lxd/1 down ...`).
    { contains: ' down ', shape: /^\d{1,5}(?:\/(?:lxd|kvm)\/\d{1,5})? {1,20}down {1,20}(?:\d{1,3}\.){3}\d{1,3} /i },
    { contains: 'link: host: ', shape: /\blink: host: \d{1,5} link: \d{1,3} is down\b/i },
    // tinc's graph on a node of the mesh it can no longer reach (`[INFO  tincd::graph] Node cake became
    // unreachable`; tinc 1.0: `Node x (10.0.0.5 port 655) became unreachable`).
    { contains: ' became unreachable', shape: /\bnode [\w.-]{1,64}(?: \([\w.:]{1,45} port \d{1,5}\))? became unreachable\b/i },
    // Cassandra's gossip marking a peer down (`InetAddress /10.0.0.7:7000 is now DOWN`), and a
    // `nodetool status` row of a node Down and Normal (`DN  10.0.0.7  36.46 GB  256  ?  <host id>
    // rack1`).
    { contains: 'is now down', shape: /\binetaddress \/?[\w.:-]{1,260} is now down\b/i },
    { contains: 'dn ', shape: /^dn [\d.:a-f]{3,45} .{1,120}? [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} \S{1,100}$/i },
    // Elasticsearch's and OpenSearch's master removing a node it lost (`node-left[{n1}{id}... reason:
    // disconnected]`, or its follower checks failing): the reason closes the node-left entry the
    // line holds (the descriptor between can be long; no window spans it).
    { contains: 'node-left[', shape: /\} reason: (?:disconnected|followers check retry count exceeded|lagging|health check failed)\]/i },
    // The Erlang distribution losing a peer (`** Node rabbit@node01 not responding **`, `** Node
    // 'emqx@a' not responding **`), Kafka's controller losing a broker (`Broker failure callback for
    // 1`), a node down with its reason or name (PBS' node comment `node down: communication closed`,
    // EMQX's `Mnesia node down: emqx@x`), Flux's overlay status (`├─ 820 h:
    // lost lost connection`, `└─ 1 h: offline`), and a Grid Engine queue instance whose execution
    // daemon cannot be reached (`qstat -f` state with `u`: `all.q@h BIP 0/2/1 -NA- lx-amd64 auo`).
    { contains: 'not responding **', shape: /\*\* node (?:'[^'*\n]{1,253}'|[^'*\s]{1,253}) not responding \*\*/i },
    // Icinga 2's cluster-zone check on a zone whose endpoints it lost (`Zone 'master' is not
    // connected. Log lag: ...`).
    { contains: ' is not connected', shape: /\bzone '[^'\n]{1,128}' is not connected\b/i },
    { contains: 'rabbit on node ', shape: /\brabbit on node \S{1,253} down$/i },
    { contains: 'broker failure callback for', shape: /\bbroker failure callback for \d{1,9}(?:,\d{1,9}){0,100}\b/i },
    { contains: 'node down: ', shape: /\bnode down: [a-z]/i },
    { contains: ': lost', shape: /^[│├└─ ]{0,40}\d{1,7} [\w.-]{1,253}: lost\b/i },
    { contains: ': offline', shape: /^[│├└─ ]{0,40}\d{1,7} [\w.-]{1,253}: offline$/i },
    { contains: ' -na- ', shape: /^\S{1,253}@\S{1,253} [bipcte]{1,6} \d{1,6}\/\d{1,6}\/\d{1,6} -na- \S{1,40} [acdsoe]{0,6}u[acdsoe]{0,6}$/i },
    // A master marking a member whose heartbeats stopped (YugabyteDB: `Marking tserver 78bb...
    // (127.0.0.3:9100) as UNRESPONSIVE: no heartbeat received`).
    {
      contains: ' as unresponsive',
      shape: /\bmarking (?:tserver|tablet server|node|server|host|member|peer|worker) [\w.:-]{1,253}(?: \([\w.:\[\]-]{1,253}\))? as unresponsive\b/i,
    },
    // An Erlang node seeing a peer node go, with the reason (RabbitMQ: `node 'rabbit@rmq-3' down:
    // econnaborted`, `node rabbit@rmq-2 down: connection_closed`).
    { contains: ' down: ', shape: /\bnode '?[\w-]{1,64}@[\w.-]{1,253}'? down: [a-z_]{2,64}\b/i },
    // A cloud's node pool short of nodes that joined (GKE: `only 0 nodes out of 1 have registered`).
    // repmgr's daemon giving up on the node it monitors (`unable to reconnect to node 1 after 3
    // attempts`).
    // Cassandra's and Scylla's view of a member down: `nodetool ring` (address, rack, status, state:
    // `10.240.0.26 rack1 Down Normal ...`) and Scylla's health validator (`Node x (...) status is DN`).
    { contains: ' down normal', shape: /^\d{1,3}(?:\.\d{1,3}){3} {1,40}[\w-]{1,64} {1,40}down {1,40}normal\b/i },
    { contains: 'status is dn', shape: /\bstatus is dn\b/i },
    // Scylla's failure detector on a member it gave up on (`failure_detector_loop: Mark node 10.0.0.4 as DOWN`).
    { contains: ' as down', shape: /\bmark node [\w.:-]{1,253} as down\b/i },
    { contains: 'unable to reconnect to node ', shape: /\bunable to reconnect to node [\w.:-]{1,253} after \d{1,4} attempts\b/i },
    { contains: ' have registered', shape: /\bonly \d{1,6} nodes? out of [1-9]\d{0,5} have registered\b/i },
    // `nomad node status` on a client down (ID, datacenter, name, class, drain, [eligibility,] status),
    // gated on the drain column before the status (` down` alone is in too many lines); with the
    // eligibility column the phrase `eligible down` reads the row.
    ...['false down', 'true down'].map((contains) => ({ contains, shape: NOMAD_NODE_DOWN })),
    // ClusterODM's list of its processing nodes with one offline (`1) 10.0.0.86:3001 [offline] [0/2]
    // <version 1.5.3>`).
    { contains: ' [offline] [', shape: /^\d{1,4}\) \S{1,253}:\d{1,5} \[offline\] \[\d{1,4}\/\d{1,4}\]/i },
    // Redis Cluster's `cluster nodes` on a member it flags failed or possibly failed (`<40-hex id> ip:port@bus
    // slave,fail <master id> ...`, `master,fail?`).
    { contains: ',fail', shape: /^[0-9a-f]{40} \S{1,400} (?:[a-z]{1,10},){1,3}fail\??(?:,[a-z_]{1,20}){0,3} (?:-|[0-9a-f]{40}) /i },
    // etcd's transport on a member it stopped hearing from (`rafthttp: peer 414489680d6828eb became
    // inactive (message send to peer failed)`; since 3.4 `"msg":"peer became inactive (...)"`).
    { contains: 'became inactive', shape: /\bpeer (?:[0-9a-f]{16} )?became inactive\b/i },
    // Jenkins on an agent it can no longer reach over a Java I/O error (`Cannot contact jenkins-agent-x:
    // java.io.IOException: interrupted while waiting for websocket connection`); its remoting channel
    // closing is read by its own words (`... ChannelClosedException: ... has closed down`).
    { contains: 'cannot contact ', shape: /^cannot contact [\w.-]{1,253}: java\.n?io\.\w/i },
    // `cilium status` on a remote cluster of its ClusterMesh (`cluster-2: not-ready, 41 nodes, 3997
    // endpoints, ... 4 failures (last: 18m31s ago)`), and `cilium-health status` on a node whose host or
    // endpoint it cannot reach (NAME, IPs, then the host's and the endpoint's state).
    { contains: ': not-ready, ', shape: /^[\w.-]{1,253}: not-ready, \d{1,7} nodes?, /i },
    {
      contains: ' unreachable',
      shape: /^\S{1,253}(?: \(localhost\))? [0-9a-f.:,]{3,200} (?:unreachable (?:un)?reachable|reachable unreachable)(?: |$)/i,
    },
  ],
  PodDown: [
    // Slurm's accounting (`sacct`: JobID JobName Partition AllocCPUS State ExitCode) on a job that failed with an
    // exit code (`232537 skyflow8s+ rise 48 FAILED 1:0`).
    { contains: ' failed ', shape: /^\d{1,12}(?:[._+]\w{1,24})? \S{1,64} \S{1,64} \d{1,6} failed [1-9]\d{0,2}:\d{1,3} ?$/i },
    // A sandbox refused for a runtime handler the node's runtime does not support (`RuntimeHandler "spin" not
    // supported`), and WasmEdge's trap in a module (`[error] execution failed: unreachable, Code: 0x89`).
    // Krustlet's container state on a container that failed as it started (`Pod x container y transitioning to
    // Terminated { message: "... failed to start wasmCloud actor: ...", failed: true }.`).
    { contains: 'transitioning to terminated { message: "', shape: /\btransitioning to terminated \{ message: "[^"\n]*", failed: true \}/i },
    { contains: 'runtimehandler "', shape: /\bruntimehandler "[^"\n]{1,64}" not supported\b/i },
    { contains: 'execution failed: ', shape: /\[error\] execution failed: [a-z][a-z ]{0,60}, code: 0x[0-9a-f]{1,4}\b/i },
    // Falco ending on an error it cannot run past, after its time stamp (and a log tool's container name):
    // `falco Thu Apr 13 16:56:41 2023: Runtime error: Error reading config file(/etc/falco/falco.yaml): ... Exiting.`.
    {
      contains: '. exiting.',
      shape: /^(?:[\w.-]{1,64} )?[a-z]{3} [a-z]{3} \d{1,2} \d{2}:\d{2}:\d{2} \d{4}: runtime error: [^\n]*\. exiting\.$/i,
    },
    // A checker's report of a container that ended on an error (SREGym: `❌ Container sidecar terminated: Error`).
    { contains: ' terminated: error', shape: /\bcontainer [\w.-]{1,253} terminated: error\b/i },
    // Cromwell's job actor on a job its backend reports failed (`AwsBatchAsyncBackendJobExecutionActor [x]: Status
    // change from Running to Failed`, at info: INFO_LEVEL_REPORTERS).
    { contains: 'status change from ', shape: /\bstatus change from \w{1,32} to failed\b/i },
    // A test harness streaming a pod's logs on a pod in phase Failed (`Start streaming Kubernetes logs - Pod x is in
    // state: Failed`).
    { contains: ' is in state: failed', shape: /\bpod [\w.-]{1,253} is in state: failed\b/i },
    // MySQL and MariaDB ending their start-up on an error (`2023-07-31 15:30:45 0 [ERROR] Aborting`; MySQL 8:
    // `[ERROR] [MY-010119] [Server] Aborting`).
    { contains: '] aborting', shape: /\[error\] (?:\[my-\d{6}\] \[server\] )?aborting$/i },
    // orchestrator's analysis of a primary with no replica to promote (`db-1:3306 (cluster db-1:3306):
    // DeadMasterWithoutSlaves`).
    { contains: 'deadmaster', shape: /\(cluster [^()\n]{1,300}\): deadmaster(?:withoutslaves|and(?:some)?slaves)?$/i },
    // A program's last words on an error it cannot go on from, a sentence of its own (Falco: `Tue Mar 21
    // 19:22:54 2017: Unable to load the driver. Exiting.`).
    { contains: '. exiting', shape: /(?:^|: )(?:unable to|failed to|could not|couldn't|cannot) [\w '-]{1,120}\. exiting\.?$/i },
    // A tool's fatal error that ends with the exit status of what it ran, not 0 (colima: `FATA[0420] error
    // starting kubernetes: error at 'starting': exit status 1`).
    { contains: ': exit status ', shape: /^fata\[\d{1,6}\] .{1,400}: exit status [1-9]\d{0,2}$/i },
    // An `iotedge list` row of a module that failed (NAME STATUS DESCRIPTION CONFIG: `edgeHub  failed  Failed
    // (139) a day ago  mcr.microsoft.com/azureiotedge-hub:1.1`).
    { contains: ' failed (', shape: /^[\w.-]{1,253} failed failed \(\d{1,3}\) /i },
    // Talos' service runner on a service it could not run (`[talos] service[etcd](Failed): Failed to run pre
    // stage: ...`); `(Waiting)`, `(Running)` and `(Finished)` are its other states.
    { contains: '[talos] service[', shape: /\[talos\] service\[[\w-]{1,64}\]\(failed\): /i },
    // A fault signal a program's handler caught, which ends it (Fluent Bit: `[engine] caught signal
    // (SIGSEGV)`); a stop's or reload's signal (`Caught signal SIGHUP, refreshing`) is not one of them.
    { contains: 'caught signal (', shape: /\bcaught signal \((?:sigsegv|sigbus|sigabrt|sigill|sigfpe)\)/i },
    // A component of k3s that ended and took the server with it (`level=fatal msg="flannel exited: <nil>"`,
    // `msg="containerd exited: exit status 1"`).
    { contains: ' exited: ', shape: /\blevel=fatal msg="[\w.-]{1,64} exited: /i },
    // Argo's controller on a workflow's pod that was deleted under it (`level=warning msg="pod x deleted"`),
    // as its node message says (`message: pod deleted`).
    { contains: ' deleted"', shape: /\bmsg="pod [\w.-]{1,253} deleted"/i },
    // A supervisor's child process for a named job that ended with an error (Mailtrain: `Sender process
    // for default exited with 1`; 0 is a clean end).
    { contains: ' exited with ', shape: /\bprocess for [\w.-]{1,64} exited with [1-9]\d{0,2}\b/i },
    // Boulder's process launcher on a server it started that ended with an error (`'exec ./bin/boulder-sa
    // --config x' with pid 215 exited 1`; 0 is a clean end).
    { contains: "' with pid ", shape: /' with pid \d{1,10} exited [1-9]\d{0,2}$/i },
    // Gitaly's supervisor on a child that ended with an error (`level=warning msg=exited error="exit
    // status 10" supervisor.name=gitaly-ruby`; 0 is a clean exit, 130 and 143 a stop), and Docker's
    // event stream on a container that died with one (`container die 1bd7160aac27 (..., exitCode=1,
    // image=x, name=x)`).
    { contains: 'msg=exited error="exit status ', shape: /\bmsg=exited error="exit status (?!0"|130"|143")[1-9]\d{0,2}"/i },
    { contains: 'container die ', shape: /\bcontainer die [0-9a-f]{12,64} \([^()]{0,4000}\bexitcode=(?!0\b|130\b|143\b)[1-9]\d{0,2}\b/i },
    // Teleport ending because a service it cannot run without stopped (`Critical service kube.init has
    // exited with error ..., aborting.`), and a Compose progress row of a container that ended in
    // error (`✘ Container x-postgres-1  Error  0.0s`; with a reason after it, another shape's).
    { contains: 'critical service ', shape: /\bcritical service [\w.:-]{1,64} has exited with error\b/i },
    { contains: '✘ container ', shape: /^✘ container [\w.-]{1,253} error(?: \d{1,5}(?:\.\d{1,3})?s)?$/i },
    // A `gluster volume status` brick row whose Online column is N (`Brick cs3:/srv/data/brick2/brick
    // N/A N/A N N/A`): its brick process is not running.
    { contains: 'brick ', shape: /^brick [\w.-]{1,253}:\/\S{1,253} (?:n\/a|\d{1,5}) (?:n\/a|\d{1,5}) n (?:n\/a|\d{1,10})$/i },
    // Greenplum's utilities on segments down: `gpstart` on one that failed to start (`-DBID:2  FAILED
    // host:'x' ...`, at info: INFO_LEVEL_REPORTERS) and its count of them (`Failed segment starts = 1`;
    // `= 0` is a clean start), `gpstate` on one the configuration holds down (`Configuration reports
    // status as = Down`, `Segment status = Down in configuration`).
    { contains: 'dbid:', shape: /\bdbid:\d{1,6} {1,8}failed {1,8}host:'/i },
    { contains: 'failed segment starts', shape: /\bfailed segment starts {1,80}= {1,8}[1-9]\d{0,5}\b/i },
    { contains: '= down', shape: /\b(?:configuration reports status as|segment status) {1,60}= {1,8}down\b/i },
    // A status script on a service it found down (GitLab's: `The gitlab-workhorse is not running.`, an LSB
    // init script's `* Docker is not running`, Procodile's `* worker.1 is not running (Failed)`;
    // `The GitLab Sidekiq job dispatcher with pid 10826 is running.` beside it), text-generation-inference
    // on a shard that ended (`Shard 0 failed to start`, `Shard process was signaled to shutdown with
    // signal 4`; a stop's SIGINT or SIGTERM is quiet), and a runner whose process ended with an error
    // (Ollama: `llama runner process has terminated: exit status 2`, or ending the line), or on a signal (`...
    // has terminated: signal: broken pipe`; a stop's `signal: interrupt` or `signal: terminated` is quiet).
    { contains: ' is not running', shape: /^(?:the|\*) [\w .-]{1,80} is not running(?: \(failed\))?\.?$/i },
    // Salt's service state on a unit it found stopped (`Service docker is already enabled, and is dead`).
    // AIX's `lssrc` on a subsystem stopped (`xcatd          inoperative`), and Render's deploy log on a
    // service that ended with an error (`==> Exited with status 1`; status 0 is a clean end).
    { contains: 'inoperative', shape: /^[\w.-]{1,64} {1,60}(?:[\w.-]{1,64} {1,60})?inoperative$/i },
    { contains: '==> exited with status ', shape: /^==> exited with status [1-9]\d{0,2}\b/i },
    { contains: ', and is dead', shape: /\bservice \S{1,253} is (?:already )?(?:enabled|disabled), and is dead\b/i },
    // dnsdist on a backend its checks found down (`Marking downstream x ([y]:53) as 'down'`), Redis
    // Sentinel on a master or replica down (`# +sdown master mymaster 10.0.0.7 6379`, `+odown` once a
    // quorum agrees; `-sdown` is the recovery), Fly.io's init on the app it ran (`Main child exited
    // normally with code: 1`; `code: 0` is a clean exit).
    // runit's `sv status` on a service that should run and does not (`down: mongodb: 1s, normally up,
    // want up`), a container that ended with an error as a dev tool reports it (Daytona: `failed to
    // start workspace x: container exited with status 1`), Galaxy's container that stopped before the
    // app came up (`Service galaxy stopped before Galaxy came up, exiting`).
    { contains: 'normally up', shape: /^down: [\w.@-]{1,64}: \d{1,9}s, normally up\b/i },
    { contains: 'container exited with status ', shape: /\bcontainer exited with status (?!0\b)\d{1,3}\b/i },
    { contains: ' came up', shape: /\bstopped before \w{1,64} came up\b/i },
    { contains: "as 'down'", shape: /\bmarking downstream \S{1,253}(?: \([^()\n]{1,253}\))? as 'down'$/i },
    { contains: '+sdown ', shape: /# \+sdown (?:master|slave|replica) /i },
    { contains: '+odown ', shape: /# \+odown (?:master|slave|replica) /i },
    { contains: 'main child exited ', shape: /\bmain child exited normally with code: (?!0\b)\d{1,3}\b/i },
    { contains: ' failed to start', shape: /\bshard \d{1,4} failed to start\b/i },
    { contains: 'signaled to shutdown with signal ', shape: /\bsignaled to shutdown with signal (?!(?:2|15)\b)\d{1,2}\b/i },
    { contains: 'process has terminated', shape: /\bprocess has terminated(?:: exit status (?!0\b)\d{1,3}\b|: signal: (?!interrupt\b|terminated\b)[a-z][a-z ]{0,30}$|$)/i },
    // systemd's start job that failed, from the system manager or a user's (`systemd[1]: Failed to
    // start x.`, `systemd[936]: Failed to start zerotier-one.service.`, and with no pid where a
    // journal export drops it: `21:41:53 systemd: Failed to start Plex container.`; the kubelet's and
    // k3s' own units are a node's, read first as NodeNotReady).
    { contains: ': failed to start ', shape: /\bsystemd(?:\[\d{1,10}\])?: failed to start \S/i },
    // The main process of a unit that exited with an error, as `systemctl status` shows it (`Main
    // PID: 13799 (code=exited, status=1/FAILURE)`, or with no status name, `status=2)`; 0 is a clean
    // exit, 137 a kill read as OOM, 130 and 143 a stop), or that a fault or a closed pipe killed (`Main
    // PID: 7857 (code=killed, signal=PIPE)`; TERM, INT and HUP are sent on purpose, KILL also by a
    // stop that ran out of time).
    { contains: 'main pid: ', shape: /\bmain pid: \d{1,10} \(code=(?:exited, status=(?!130\b|137\b|143\b)[1-9]\d{0,2}[/)]|(?:killed|dumped), signal=(?:segv|abrt|bus|ill|fpe|pipe)\))/i },
    // A unit's control process (its start or stop command) that exited with an error or died on a
    // fault (`zoneminder.service: Control process exited, code=exited, status=255/EXCEPTION`, before
    // systemd 236 without the comma; `code=killed, status=11/SEGV`).
    { contains: 'control process exited, code=', shape: /\bcontrol process exited, code=(?:exited,? status=(?!130\b|137\b|143\b)[1-9]\d{0,2}\b|killed, status=\d{1,2}\/(?:segv|abrt|bus|ill|fpe)\b)/i },
    // An init script's start that failed (`* Starting ZoneMinder video surveillance recorder
    // ...failed!`), s6-rc's (`unable to start service mysql-setup: command exited 111`), crowsnest's
    // (`ERROR: Start of ustreamer [cam x] failed!`), a required service a start script found down
    // (Dataverse: `Required service Postgres not running.`).
    { contains: '...fail', shape: /(?:^|\| )\s{0,8}\* starting [\w ()\/'-]{1,200}\.\.\.\s{0,4}fail(?:ed)?!?$/i },
    { contains: 'unable to start service ', shape: /\bunable to start service [\w.@-]{1,128}: command exited [1-9]\d{0,2}\b/i },
    { contains: ' failed!', shape: /\bstart of [\w.-]{1,64}(?: \[[^\]\n]{1,64}\])? failed!/i },
    { contains: ' not running', shape: /\brequired service [\w.-]{1,64} not running\b/i },
    // A status listing of services, one per line, on one that is down: `zmcontrol status`
    // (`zmswatch is not running.`), a check's `ERROR fail2ban: Fail2ban not running` or after a bracketed
    // level (Chef Server's `[ERROR] opscode-chef-mover is not running.`), and
    // zeekctl's node row (`worker-1-18  worker  10.0.0.1  <not running>`), also as a list item (DataHub's
    // quickstart: `- datahub-gms-quickstart is not running`).
    { contains: ' not running', shape: /(?:^(?:- )?|: |\] )[\w.@-]{1,64} (?:is )?not running\.?$/i },
    // systemd before 236 on a unit that failed (`systemd: buildkite-agent.service failed.`), and
    // Compose refusing to exec into a service whose container is down (`service "phpfpm" is not
    // running container #1`).
    { contains: '.service failed.', shape: /\bsystemd(?:\[\d{1,10}\])?: [\w@.-]{1,200}\.service failed\.$/i },
    { contains: ' is not running container #', shape: /^service "[\w.-]{1,64}" is not running container #\d{1,4}$/i },
    // `kubectl describe pod` on a pod deleted two minutes or more ago and still there (`Status:
    // Terminating (lasts 10m)`: past any default grace period), and `patronictl list` on a member
    // that is down (`| x-0 | 10.0.0.7 | Replica | stopped | | unknown |`; older releases print the cluster
    // first, and no role for a member that is down: `| x | pg_2 | 10.0.0.9 | | stopped | | unknown |`).
    { contains: 'terminating (lasts ', shape: /^status: {1,40}terminating \(lasts (?:[2-9]m|[1-9]\d{1,3}m|\d{1,5}[hdy])/i },
    { contains: ' | stopped |', shape: /^\| [\w.-]{1,253} \|(?: [\w.-]{1,253} \|)? [\w.:-]{1,253} \| (?:(?:leader|replica|sync standby|standby leader) )?\| (?:stopped|crashed|start failed) \|/i },
    // YugabyteDB's `yb-ctl status` on a server that is down (`Server tserver-1 is not running`), and illumos'
    // `svcs -x` on a service that is (`Impact: This service is not running.`).
    { contains: ' is not running', shape: /^server [\w.-]{1,64} is not running$/i },
    { contains: 'this service is not running', shape: /^impact: this service is not running\.?$/i },
    // A program whose crash opens the line, in its own words (`yugabyted crashed. For troubleshooting, ...`).
    { contains: ' crashed.', shape: /^[\w.-]{1,64} crashed\.(?: |$)/i },
    // A process that ended on an error in its tool's own words (ERROR_EXIT_WORDS), and a program or task whose
    // crash ends the line (Red: `The main bot task didn't handle an exception and has crashed`; one restarted
    // says so after a comma).
    ...ERROR_EXIT_WORDS.map((contains) => ({ contains, shape: ERROR_EXIT })),
    { contains: ' has crashed', shape: /\bhas crashed\.?$/i },
    // Pterodactyl's daemon on a game server that is down (`Server marked as offline...`, `Server marked as OFF`),
    // and a server's own last word when it cannot start (`[main/FATAL]: Failed to start the minecraft server`).
    { contains: 'server marked as o', shape: /\bserver marked as (?:offline|off)\b/i },
    { contains: 'failed to start the ', shape: /\bfailed to start the [\w.-]{1,40} server\b/i },
    // dinit, a container's service manager, on a service whose process ended with an error (`dinit: Service
    // jmwalletd process terminated with exit code 1`).
    { contains: ' process terminated with exit code ', shape: /\bservice [\w.@-]{1,128} process terminated with exit code [1-9]\d{0,2}\b/i },
    // `linkerd check` on a pod of a meshed service that is down (`The "x" pod is not running`).
    { contains: ' pod is not running', shape: /^the "[\w.-]{1,253}" pod is not running$/i },
    // An installer's or checker's word on a pod it waits for, by namespace and name (`pod
    // os-framework/authelia-backend-c76b44d46-959zx is not running`).
    { contains: ' is not running', shape: /\bpod [a-z0-9][\w.-]{0,252}\/[a-z0-9][\w.-]{0,252} is not running$/i },
    { contains: ' <not running>', shape: /^[\w.-]{1,128}\s{1,40}(?:worker|manager|proxy|logger|standalone)\s{1,40}\S{1,253}\s{1,40}<not running>$/i },
    // A supervisor's report of a child it ran that ended with an error: a process named at the
    // start of the line, behind at most a tag (`AMBASSADOR: envoy exited with status 1`; 130, 137
    // and 143 are read as a stop and an OOM kill), and datawire's goroutine groups (Emissary,
    // Telepresence) listing each child's end at shutdown (`msg=" /envoy : exited with error"`).
    { contains: ' exited with status ', shape: /^(?:[a-z][\w-]{1,31}: )?[\w.\/-]{1,64} exited with status (?!130\b|137\b|143\b)[1-9]\d{0,2}$/i },
    { contains: ': exited with error"', shape: /\bmsg=" {0,4}[\w.\/:-]{1,128} {0,64}: exited with error"/i },
    // Akka's and Pekko's cluster core stopping the node after its cluster daemon failed (`Cluster
    // Node [pekko://x@10.0.0.1:17355] - crashed, [pekko://x/system/cluster/core/daemon: exception
    // during creation, ...] - shutting down...`).
    { contains: '] - crashed, [', shape: /\bcluster node \[[^\]\s]{1,253}\] - crashed, \[/i },
    // A container state summary of one that exited with an error (`status=exited exit=2 err=
    // oom=false started=...`; 137 is read as an OOM kill, 130 and 143 are a stop).
    { contains: 'status=exited exit=', shape: /\bstatus=exited exit=(?!0\b|130\b|137\b|143\b)[1-9]\d{0,2}\b/i },
    // Docker refusing a command on a container that has stopped (`Error response from daemon:
    // Container 178c040b9df1 is not running`).
    { contains: ' is not running', shape: /\berror response from daemon: container [\w.-]{1,253} is not running\b/i },
    // The e2e framework's list of a namespace's pods (`INFO: POD NODE PHASE GRACE CONDITIONS`) with a
    // pod in phase Failed (`INFO: x node-1 Failed []`).
    // Ginkgo writes its parallel process' number before each line (`[1] INFO: x node-1 Failed []`).
    { contains: ' failed [', shape: /^(?:\[\d{1,3}\] )?info: [\w.-]{1,253} [\w.-]{1,253} failed \[/i },
    // A `kubectl get` row of a custom resource whose AGE comes before its PHASE, in phase Failed
    // (KubeVirt's `kubectl get vmi`: NAMESPACE NAME AGE PHASE IP NODENAME READY: `vm-1 15d Failed
    // 10.0.0.1 node-2 False`); listed under each unit the age can end with.
    ...['s', 'm', 'h', 'd', 'y'].map((unit) => ({ contains: `${unit} failed`, shape: AGE_THEN_FAILED })),
    // A program supervisord ran that exited, as `supervisorctl status` lists it (`mailserver
    // EXITED Aug 23 03:08 PM`, the time it ended): nothing restarts it (a crash loop is FATAL or
    // BACKOFF).
    { contains: ' exited ', shape: /^[\w.:-]{1,128} exited [a-z]{3} \d{1,2} \d{1,2}:\d{2} [ap]m$/i },
    // A Pacemaker resource that failed, as `crm_mon` and `pcs status` list it (`pgsqld
    // (ocf::heartbeat:pgsqlms):  FAILED pgdb01`); `Stopped` may be an operator's doing.
    { contains: '(ocf:', shape: /\(ocf::?[\w.-]{1,64}:[\w.-]{1,64}\):\s{1,20}failed\b/i },
    // The host's crash handler on a process that died on a signal (systemd-coredump: `Process 15696
    // (doris_be) of user 0 dumped core.`; abrt: `Process 223133 (doris_be) of user 1000 killed by
    // SIGSEGV - dumping core`).
    { contains: ' of user ', shape: /\bprocess \d{1,10} \([^()\s]{1,64}\) of user \d{1,10} (?:dumped core|killed by sig[a-z]{2,6})\b/i },
    // A pod that ended in failure, as `kubectl run --rm`/`--attach` reports it (`pod default/x
    // terminated (Error)`), and a container of a pod that will not restart it, as Jenkins'
    // Kubernetes agents report it (`Container jnlp was terminated (Exit Code: 255, Reason: Error)`;
    // its exit code is not read as a crash loop: see the exclusions).
    { contains: 'terminated (', shape: /\bpod [\w.-]{1,253}\/[\w.-]{1,253} terminated \((?:error|containercannotrun|deadlineexceeded)\)/i },
    { contains: 'was terminated (exit code: ', shape: /\bcontainer [\w.-]{1,253} was terminated \(exit code: [1-9]\d{0,2}, reason: error\)/i },
    // A training framework's worker that failed (Ray Train: `(TorchTrainer pid=89392) Worker 0 has failed.`).
    { contains: ' has failed', shape: /\bworker \d{1,6} has failed\b/i },
    // Mesos frameworks' task rows and messages: Chronos' task table (`... ChronosTask:x  FAILED  48
    // minutes ago  host  Sandbox`) and its log (`Task with id 'ct:...' LOST`, `Task of job: 2
    // failed.`), Singularity's task history row whose agent went offline (`... LOST  3 hours ago
    // an hour ago  Slave offline`).
    { contains: 'chronostask:', shape: /\bchronostask:\S{1,200} (?:failed|lost) \d{1,4} (?:second|minute|hour|day)s? ago\b/i },
    { contains: 'task with id ', shape: /\btask with id '[^'\n]{1,200}' (?:lost|failed)\b/i },
    { contains: 'task of job: ', shape: /\btask of job: \S{1,200} failed\./i },
    { contains: 'slave offline', shape: /\slost (?:\d{1,4}|an?) (?:second|minute|hour|day)s? ago\b.{0,80}\bslave offline\b/i },
    // The kubelet refusing a pod at admission for an extended resource it has none of (`Reason:
    // OutOfnvidia.com/gpu`, `OutOfalpha.kubernetes.io/nvidia-gpu`); cpu and pods have phrases.
    { contains: 'outof', shape: /\breason:\s?outof[a-z][\w./-]{1,120}/i },
    // A query engine's scheduler losing an executor whose heartbeats stopped (Ballista: `ACTIVE
    // executor 6ff9f9e0-... heartbeat timed out after 180s`).
    { contains: 'heartbeat timed out', shape: /\bexecutor \S{1,100} heartbeat timed out\b/i },
    // Docker's event for a container that ended with an error (`container die <id> (exitCode=132,
    // ...)`); 143 is a routine SIGTERM stop, 137 a kill read as OOM by its own phrases.
    { contains: 'container die ', shape: /\bcontainer die [0-9a-f]{12,64} \(exitcode=(?!0[,)]|143[,)])\d{1,3}[,)]/i },
    // The taint manager deleting the pods of a node that went away (`Marking for deletion Pod
    // ns/name`), and Argo Workflows' message for a step whose pod was deleted, alone or as its
    // controller logs it (`msg="node x message: pod deleted"`).
    { contains: 'marking for deletion pod', shape: /\bmarking for deletion pod \S/i },
    // Also as the last column of a row of `argo get`'s tree, after the step's age (`| ├-⚠ task(0) x 30m pod deleted`).
    { contains: 'pod deleted', shape: /^"?message"?: ?"?pod deleted"?,?$|\bnode \S{1,253} message: pod deleted"|\s\d{1,6}[smhd](?:\d{1,6}[smh]){0,2} pod deleted$/i },
    // A pod reported gone with its executor (Spark on Kubernetes: `Pod x deleted or lost`).
    { contains: 'deleted or lost', shape: /\bpod \S{1,253} deleted or lost\b/i },
    // A pod, container or task reported gone, in any tool's words: `Pod failed.`, `the pod was
    // terminated`, `Pod has terminated containers`, `task stopped unexpectedly`, and a
    // `kubectl describe pod` status of Failed. A clean ending (gracefully, successfully,
    // normally, as expected, exit code 0) is not one.
    // The words that say so are found first and `pod` looked for behind them: in a line of many
    // `pod`s and no such words (a crafted or a long one) the expression does no work per `pod`.
    // Listed under each verb and ending the expression reads (`has failed`, `been killed`): under
    // `pod` it ran on most lines about pods.
    ...['has ', 'had ', 'was ', 'is ', 'been '].flatMap((verb) => ['failed', 'terminated', 'killed', 'lost'].map((ending) => ({ contains: verb + ending, shape: POD_REPORTED_GONE }))),
    // A process or a run's infrastructure that exited with an error, in a runner's words
    // (Prefect's `Process 20472 exited with status code: 1`, `Flow run infrastructure exited with
    // non-zero status code 1.`).
    { contains: 'exited with ', shape: /\bexited with (?:a )?(?:non-zero )?(?:status|exit) code:? [1-9]\d{0,2}\b/i },
    // A pod failed, not a call about one (`Querying for pod failed with error: ... i/o timeout`).
    { contains: 'pod failed', shape: /(?<!\b(?:for|get|getting|list|listing|query|querying|fetch|fetching|watch|watching|patch|patching|update|updating|delete|deleting|create|creating) )\bpod failed\b(?! to (?:schedule|pull|mount|attach|start probe))/i },
    { contains: 'unexpectedly', shape: /\b(?:stopped|exited|terminated|died|shut down|quit|crashed|was killed)(?: \w{1,20})? unexpectedly\b/i },
    { contains: 'failed', shape: /^\s*(?:status|phase):\s+failed\s*$/i },
    // A pod's reason field naming an admission rejection (a `kubectl get pods` STATUS column
    // is judged by its fields: POD_STATUS_RULES in skills/line-format-skills.ts).
    { contains: 'reason', shape: /\breason"?:\s*"?(?:outofcpu|outofmemory|outofpods|nodeaffinity)\b/i },
    { contains: 'predicate', shape: /\bpredicate \w+ failed\b/i },
    // A `docker service ps` row: the task's DESIRED STATE, then its CURRENT STATE Failed or
    // Rejected with its age (`Shutdown  Rejected 9 minutes ago`).
    { contains: ' ago', shape: SWARM_TASK_FAILED },
    // A pod whose phase went to Failed, as executors and pipelines report it (Airflow's
    // Kubernetes executor: `Event: <pod> Failed`; `Pod failed.`).
    { contains: 'event: ', shape: /\bevent: [\w.-]{1,253} failed$/i },
    { contains: 'pod failed.', shape: /\bpod failed\.(?:\s|$)/i },
    // Azure Container Apps: a container terminated with an error code and its reason.
    // skaffold's status check: `container api terminated with exit code 1`.
    { contains: 'terminated with exit code', shape: /\bcontainer \S{1,253} terminated with exit code [1-9]\d{0,2}\b/i },
    { contains: 'was terminated with exit code', shape: /\bwas terminated with exit code '(?!0')\d{0,3}' and reason '\w{1,64}'/i },
    // A `docker ps` STATUS of a container that exited with an error and stays down (0 is a
    // clean exit, 130 and 143 an interrupt or a stop; 137 is read as an OOM kill first), with its
    // age, or ending the line where a row was cut after its STATUS (`7 minutes ago  Exited (1)`).
    // A `docker-compose ps` row (Name, Command, State, Ports) whose State is `Exit 1`: the
    // service's container ended with an error (130 and 143 a stop, as in `docker ps`; 137 an OOM
    // kill). A shell's `|| exit 1` or `then exit 1` is not a row.
    { contains: ' exit ', shape: /^[a-z0-9][\w.-]{0,252} (?:[^;|&$\[\]=()]|(?<=\S)=(?=\S)){1,300}? exit (?!130$|137$|143$)[1-9]\d{0,2}$/i },
    // Compose's report of a service another waits on that ended with an error (`service "x" didn't
    // complete successfully: exit 1`, also in its progress row `✘ Container x Error service "x"
    // didn't complete successfully: exit 1  29.9s`; 137 is read as an OOM kill first).
    { contains: "didn't complete successfully: exit ", shape: /\bservice "[\w.-]{1,253}" didn't complete successfully: exit (?!137\b)[1-9]\d{0,2}\b/i },
    { contains: 'exited (', shape: /\bexited \((?!0\)|130\)|143\))\d{1,3}\)(?: (?:about |less than )?(?:\d+|an?) \w+ ago\b|$)/i },
    // LXC's launcher failing to start a container (`lxc-start: 101: tools/lxc_start.c: main: 330 The
    // container failed to start`).
    { contains: 'lxc-start: ', shape: /\blxc-start: [\w.-]{1,64}: [\w.\/-]{1,200}: main: \d{1,6} the container failed to start\b/i },
    // SonarQube's launcher seeing one of its processes exit in error (`Process exited with exit value
    // [ElasticSearch]: 78`).
    { contains: 'exit value [', shape: /\bprocess exited with exit value \[[^\]]{1,64}\]: [1-9]\d{0,2}\b/i },
    // A check that names a service not running as its failure (MicroK8s' `inspect`: `FAIL:  Service
    // snap.microk8s.daemon-k8s-dqlite is not running`; LibreNMS' validation: `FAIL: Poller is not
    // running.`).
    { contains: ' is not running', shape: /^fail: {1,40}(?:service {1,40})?[\w.@-]{1,253} {1,40}is not running\b/i },
    // MicroK8s' kubelite, which runs the control plane's components in one process, on one that
    // ended (`daemon.go:67] API Server exited open cluster.yaml node store: ...`).
    // A process a supervisor saw end with an error, in Go's words for it (RKE2 on Windows: `kube-proxy
    // exited: exit status 1`; rootlesskit: `command [buildkitd] exited: exit status 1`).
    // nginx's master on a worker that crashed (`[alert] 27#0: worker process 28 exited on signal 11`), php-fpm's
    // on a child that did (`WARNING: [pool www] child 361 exited on signal 11 (SIGSEGV) after 2.6 seconds`),
    // and lighttpd's FastCGI child that ended with an error (`child exited with status 2 /path`).
    { contains: 'exited on signal ', shape: /\b(?:worker process|child) \d{1,10} exited on signal (?:4|6|7|8|11)\b/i },
    { contains: 'child exited with status ', shape: /\bchild exited with status [1-9]\d{0,2}\b/i },
    // Weave's launcher on its router container ending (`Container 68003c56a33c... died`).
    { contains: ' died', shape: /^container [0-9a-f]{12,64} died$/i },
    { contains: 'exited: exit status ', shape: /(?<=[\w.\]-]) exited: exit status [1-9]\d{0,2}\b/i },
    { contains: 'daemon.go:', shape: /\bdaemon\.go:\d{1,6}\] {1,40}(?:api server|scheduler|controller manager|kubelet|proxy) exited\b/i },
    // `talosctl services` on a service whose state is Failed (`talos03 kubelet Failed ? 2m35s ago
    // Condition failed: ...`; the columns are node, service, state, health, last change), gated on
    // the state and health columns together (` ago ` alone is in too many lines).
    ...['failed ? ', 'failed ok ', 'failed fail ', 'failed unknown '].map((contains) => ({ contains, shape: TALOS_SERVICE_FAILED })),
    // `tiup cluster display` on a component down (its columns: ID, role, host, ports, OS/arch,
    // status, data and deploy directories: `172.19.0.103:8300 cdc 172.19.0.103 8300 linux/x86_64 Down`).
    {
      contains: 'linux/',
      shape: /^[\w.-]{1,253}:\d{1,5} {1,40}[\w-]{1,32} {1,40}[\w.-]{1,253} {1,40}[\d\/]{1,64} {1,40}linux\/\w{1,16} {1,40}down\b/i,
    },
    // A worker or container that exited with an error code, in the words of the supervisors that
    // report it: `celery multi` (`* Child terminated with exit code 1`), Celery's pool (`Process
    // 'ForkPoolWorker-729' pid:2289963 exited with 'exitcode 70'`), YARN's NodeManager (`Exit code from
    // container container_x is : 127`) and Spark on YARN (`Container marked as failed: container_x on
    // host: y. Exit status: 50.`). Zero is a clean exit; a negative YARN status is the container's node
    // or its preemption, not the container's own failure.
    { contains: 'child terminated with exit code ', shape: /\bchild terminated with exit code [1-9]\d{0,2}\b/i },
    { contains: "exited with 'exitcode ", shape: /\bexited with 'exitcode [1-9]\d{0,2}'/i },
    { contains: 'exit code from container ', shape: /\bexit code from container \S{1,253} is ?: ?[1-9]\d{0,2}\b/i },
    { contains: 'container marked as failed: ', shape: /\bcontainer marked as failed: \S{1,253} on host: \S{1,253} exit status: [1-9]\d{0,2}\b/i },
    // Ceph's OSDs down: its health (`OSD_DOWN 2 osds down`, `Health check failed: 1 osds down`; a
    // check cleared `(was: 1 osds down)` is not one) and `ceph osd tree` rows (ID, class, weight, name,
    // status: `11 hdd 5.45799 osd.11 down 0 1.00000`).
    { contains: ' osds down', shape: cephHealthDown('osd_down', 'osds?') },
    { contains: ' osd.', shape: /^-?\d{1,6} [a-z]{1,12} \d{1,6}(?:\.\d{1,8})? osd\.\d{1,6} down\b/i },
    // The kernel's Ceph client on an OSD its map marks down (`libceph (fsid e857): osd2 down`; `osd2 up` when it
    // is back).
    { contains: 'libceph', shape: /\blibceph(?: \([\w-]{1,64}(?: e\d{1,12})?\))?: osd\d{1,6} down$/i },
    // Rook's disruption controller on the OSDs it finds down (`osd "rook-ceph-osd-1" is down and a possible node
    // drain is detected`, `OSD(s) [0 3] are down and PGs are not clean.`).
    // runc's report of a container whose process never started, as a line of its own (`[2020-06-05T09:31:10.587Z]
    // container_linux.go:349: starting container process caused "process_linux.go:449: container init caused
    // ..."`); after `exec failed: ` it is a probe's or an exec's, in a running container.
    { contains: ': starting container process caused', shape: /^(?:\[[\dTZ:.+-]{10,40}\] )?container_linux\.go:\d{1,5}: starting container process caused\b/i },
    { contains: 'osd "', shape: /\bosd "[\w.-]{1,253}" is down\b/i },
    { contains: 'osd(s) [', shape: /\bosd\(s\) \[\d{1,5}(?: \d{1,5}){0,200}\] are down\b/i },
    // BOSH's `vms` and `instances` tables on an instance or process whose state is failing (`| cell_z1/0
    // | failing | cell_z1 | 10.244.16.10 |`).
    { contains: '| failing |', shape: /^\| ?[\w\/.-]{1,200}(?: \([0-9a-f-]{36}\))? \| failing \|/i },
    // Pacemaker's failed actions on a resource found not running (`* nova-compute_start_0 on
    // controller-1 'not running' (7): call=135, status=complete`), and `pcs status`' daemon list
    // (`openstack-nova-compute: failed (disabled on boot)`).
    { contains: "'not running' (7)", shape: /^\* [\w.:-]{1,200}_(?:start|stop|monitor|promote|demote)_\d{1,10} on \S{1,253} 'not running' \(7\): call=/i },
    { contains: ': failed (', shape: /^[\w@.-]{1,200}: failed \((?:enabled|disabled) on boot\)$/i },
    // `systemctl list-units` rows (UNIT LOAD ACTIVE SUB DESCRIPTION) of a unit that failed (`● x.service
    // loaded failed failed Devstack x.service`).
    { contains: 'loaded failed failed', shape: /^(?:● )?[\w@.:\\-]{1,253}\.(?:service|socket|mount|timer|scope) loaded failed failed\b/i },

    // Pgpool-II's `pcp_node_info` row (HOST PORT STATUS WEIGHT STATUS_NAME BACKEND_STATUS ROLE ...) of a
    // backend it has detached, status 3 (`pg1 5432 3 0.166667 down down standby unknown 0 none none
    // 2025-07-24 12:58:36`), and a `maxadmin list servers` row (SERVER | ADDRESS | PORT | CONNECTIONS |
    // STATUS) of a server down (`db1 | 10.0.0.52 | 3306 | 0 | Down`).
    { contains: ' down down ', shape: /^[\w.:-]{1,253} \d{1,5} 3 \d{1,3}(?:\.\d{1,9})? down down (?:primary|standby|unknown)\b/i },
    { contains: ' | down', shape: /^[\w.-]{1,253} \| [\w.:-]{1,253} \| \d{1,5} \| \d{1,9} \| down$/i },
    // flytectl's table of the sandbox's pods (`| NAME | STATUS | NAMESPACE |`) with one failed.
    { contains: ' | failed | ', shape: /^\| [\w.-]{1,253} \| failed \| [\w.-]{1,253} \|$/i },
    // Kamailio's main process on a child that ended with a non-zero status (`handle_sigs(): child
    // process 26 exited normally, status=255`: by exit(), not a signal), and a process that ends itself
    // at the critical level (rtpengine's `CRIT: Userspace fallback disallowed - exiting`; the level read
    // back from the line's end, so the expression runs once however often the line says `crit: `).
    { contains: ' exited normally, status=', shape: /\bchild process \d{1,10} exited normally, status=(?!0\b)\d{1,3}\b/i },
    { contains: ' - exiting', shape: / - exiting$(?<=\bcrit: [^-]{1,300} - exiting)/i },
    // YunoHost's service status on a service whose process ended (`[ERROR] Service uwsgi is exited`), and
    // Heroku's dyno manager on a dyno's process that ended with no status given (`heroku[app.1]: Process
    // exited`; with `with status 0` it is a clean stop).
    { contains: ' is exited', shape: /\bservice [\w@.-]{1,100} is exited$/i },
    { contains: ': process exited', shape: /\bheroku\[[\w.-]{1,64}\]: process exited$/i },
    // FiftyOne on its database subprocess ended in error (`Subprocess ['.../mongod', '--dbpath', ...]
    // exited with error -6:`), osixia's container tool on a process it ran (`*** /container/run/process/
    // slapd/run exited with status 1`), s6-overlay on the container's command (`[cmd] -d exited 127`), and
    // `ipactl status` on a service stopped (`pki-tomcatd Service: STOPPED`).
    { contains: '] exited with error ', shape: /^subprocess \[[^\]]{1,4000}\] exited with error -?[1-9]\d{0,2}:?$/i },
    { contains: '/run exited with status ', shape: /^\*\*\* \/container\/run\/process\/[\w.-]{1,100}\/run exited with status [1-9]\d{0,2}$/i },
    { contains: '[cmd] ', shape: / exited [1-9]\d{0,2}$(?<=^\[cmd\] [^\n]{1,300} exited \d{1,3})/i },
    { contains: ' service: stopped', shape: /^[\w@.-]{1,100} service: stopped$/i },
    // Varnish's manager on a child that died of another signal than the kill and the stop it sends
    // (`Child (10586) died signal=3 (core dumped)`, `signal=6`; 15 after `Manager got SIGTERM` is a stop),
    // Traffic Server's manager on the server crashing (`traffic_server: received signal 6 (Aborted)`; a
    // segmentation fault is left to the phrase that already reads it),
    // Squid on a helper process that ended (`WARNING: redirector #1 (FD 9) exited`, `ssl_crtd #Hlpr7
    // exited`), dockerize on the command it waited for (`Command exited with error: exit status 1`), Hue's
    // supervisor (`Exit code for /usr/share/hue/build/env/bin/hue kt_renewer: 1`), and Ambari's agent
    // script (`ERROR: ambari-agent start failed.`).
    { contains: ') died signal=', shape: /\bchild \(\d{1,10}\) died signal=(?!9\b|15\b)\d{1,2}\b/i },
    { contains: 'received signal ', shape: /\breceived signal \d{1,2} \((?:aborted|illegal instruction|bus error|floating point exception)\)/i },
    { contains: 'warning: ', shape: / exited$(?<=\bwarning: [\w.-]{1,64} #\w{1,20}(?: \(fd \d{1,6}\))? exited)/i },
    { contains: 'command exited with error: ', shape: /\bcommand exited with error: exit status [1-9]\d{0,2}$/i },
    { contains: 'exit code for ', shape: /: [1-9]\d{0,2}$(?<=\bexit code for [^:\n]{1,300}: \d{1,3})/i },
    { contains: ' start failed', shape: /^error: [\w.-]{1,64} start failed\b/i },
    // FreeRADIUS' `radmin` list of home servers (ADDRESS PORT PROTO TYPE STATE REQUESTS) with one dead
    // (`192.168.126.103  1813  udp  acct  dead  0`), and `nomad status`' job list (ID TYPE PRIORITY STATUS
    // SUBMIT DATE) with a service or system job dead (`shop-api  service  50  dead  2022-06-16T08:55:59+12:00`).
    { contains: ' dead ', shape: /^[\da-f.:]{2,45} \d{1,5} (?:udp|tcp) (?:auth|acct|coa|auth\+acct) dead \d{1,12}$/i },
    { contains: ' dead ', shape: /^[\w.-]{1,128} (?:service|system) \d{1,3} dead \d{4}-\d{2}-\d{2}t\d{2}:\d{2}:\d{2}\S{0,15}$/i },
    // `systemctl status` on a unit's main command that failed (`Process: 6088 ExecStart=/usr/bin/sftpgo
    // serve (code=exited, status=1/FAILURE)`; ExecStartPre and ExecStopPost are the unit's helpers).
    { contains: 'execstart=', shape: / \(code=exited, status=[1-9]\d{0,2}\/[a-z]{1,20}\)$(?<=^process: \d{1,10} execstart=[^\n]{1,500} \(code=exited, status=\d{1,3}\/[a-z]{1,20}\))/i },
    // Pacemaker's status listing a clone's instances stopped (`Stopped: [ pgsql2-cls ]`, beside `Started:`),
    // and FRR's watchfrr on one of its routing daemons gone (`bgpd state -> down : initial connection
    // attempt failed`).
    { contains: 'stopped: [', shape: /^(?:\* )?stopped: \[ [^\]\s][^\]]{0,2000}\]$/i },
    {
      contains: ' state -> down',
      shape: /\b(?:zebra|bgpd|ospfd|ospf6d|ripd|ripngd|isisd|pimd|pim6d|ldpd|nhrpd|eigrpd|babeld|sharpd|pbrd|bfdd|fabricd|vrrpd|staticd|pathd|mgmtd) state -> down\b/i,
    },
    // The kernel on a process it killed for a bad memory access (`nfacctd[19533]: segfault at 7f24f903a330 ip
    // 000000000046c6c4 sp 00007fff4e9bc8f0 error 6 in nfacctd[400000+fe000]`), BOINC's VirtualBox wrapper on
    // its VM (`Status Report: virtualbox.exe/vboxheadless.exe is no longer running.`), and Docker's or
    // Podman's refusal to act on a container that is not running (`Error: "exited" is not running, can't
    // pause: container state improper`).
    { contains: ': segfault at ', shape: /(?<=[\w.-]\[\d{1,10}\]): segfault at [0-9a-f]{1,16} ip [0-9a-f]{1,16} sp [0-9a-f]{1,16} error \d{1,3}\b/i },
    { contains: 'is no longer running', shape: /^status report: \S{1,200} is no longer running\b/i },
    { contains: 'container state improper', shape: /\bis not running, can't [a-z]{1,20}: container state improper\b/i },
    // libreswan's pluto ending in failure, as its run script (`!pluto failure!:  exited with error status 139
    // (signal 11)`) and `ipsec verify` (`Checking that pluto is running   [FAILED]`) report it, and 3x-ui
    // on the Xray core it runs (`Failure in running xray-core: exit status 23`).
    { contains: 'pluto failure!', shape: /!pluto failure!: exited with error status [1-9]\d{0,2}\b/i },
    { contains: ' is running [failed]', shape: /^checking that [\w.-]{1,64} is running \[failed\]$/i },
    { contains: 'failure in running ', shape: /\bfailure in running [\w.-]{1,64}: exit status [1-9]\d{0,2}\b/i },
    // Direwolf on its sound card (`Terminating after audio input failure.`), a Windows service monitor on a
    // program it watches (`C:\...\direwolf.exe is not running`), and NUT's driver controller on a UPS
    // driver (`Driver failed to start (exit status=1)`).
    { contains: 'terminating after ', shape: /\bterminating after (?:an? )?[\w -]{1,40} failure\b/i },
    { contains: '.exe is not running', shape: /\\[\w .-]{1,64}\.exe is not running$/i },
    { contains: 'driver failed to start', shape: /\bdriver failed to start \(exit status=[1-9]\d{0,2}\)/i },
    // Docker Compose on a service it could not start (`Starting mysql ... error`; its other steps' errors, a
    // recreate's, say less of the service).
    { contains: ' ... error', shape: /^starting [\w.-]{1,128} {1,64}\.\.\. error$/i },
    // A container named at the start of a clause as not running (Home Assistant's Supervisor on an add-on:
    // `Failed to to call /addons/x/stats - Container addon_x is not running`), and a client finding every
    // server of a kind down (OVOS: `TTS synth failed! All OVOS TTS servers are down!`; not a plan for when
    // they are: `if all servers are down, ...`).
    { contains: ' is not running', shape: /(?:^|[:-] )container [\w.-]{1,253} is not running\b/i },
    { contains: ' servers are down', shape: /(?<=(?<!\b(?:if|when|whether|until) )\ball (?:[\w-]{1,20} ){1,3})servers are down\b/i },
    // Scrapyd on a crawl process that ended with no exit status or a non-zero one (`Process died:
    // exitstatus=None project='x' spider='y'`); Upstart on a job's process that ended with an error
    // (`init: suricata pre-start process (10898) terminated with status 1`); Postgres' postmaster on a
    // process a signal ended (`startup process (PID 23) was terminated by signal 6: Aborted`; 9 is read as
    // an OOM kill elsewhere, 15 and 2 are a stop); a command that exited with an error code in those words
    // (AzuraCast: ``Console command `x` exited with error code 1.``); and bash's report of a job that a fault
    // ended (`/code/run.sh: line 6:    21 Illegal instruction     (core dumped) python ...`).
    { contains: 'process died: exitstatus=', shape: /\bprocess died: exitstatus=(?!0\b)\w{1,8}/i },
    { contains: ' terminated with status ', shape: /^init: [\w.@-]{1,64} (?:main|pre-start|post-start|pre-stop|post-stop) process \(\d{1,10}\) terminated with status (?!0\b)\d{1,3}\b/i },
    { contains: ' was terminated by signal ', shape: /\bprocess \(pid \d{1,10}\) was terminated by signal (?!9\b|15\b|2\b)\d{1,2}\b/i },
    { contains: ' exited with error code ', shape: /\bexited with error code (?!0\b|130\b|137\b|143\b)[1-9]\d{0,2}\b/i },
    SHELL_JOB_FAULT,
    // A program's own word that it is not running (LibreTime's playout: `Liquidsoap doesn't appear to be
    // running!, Sleep`), and a viewer or player whose crash ends the line (Anthias: `srly-ose-viewer  Viewer
    // crashed.`; text-generation-inference's launcher: `Shard 0 crashed`).
    { contains: ' appear to be running', shape: /\b(?:doesn't|does not|didn't|did not) appear to be running\b/i },
    { contains: ' crashed', shape: /\b(?:viewer|player|browser|renderer|daemon|worker|shard \d{1,4}) crashed\.?$/i },
    // NodeBB's cluster on a child a signal or an error code ended (`[cluster] Child Process (80811) has exited
    // (code: null, signal: SIGSEGV)`; a stop's SIGTERM or SIGINT, a kill's SIGKILL and code 0 are not read);
    // LinuxGSM's start that failed (`Starting: Unable to start x`, `[ FAIL ] Starting x: Unable to start
    // LinuxGSM`, `START: FATAL: Unable to start x`) and a program's exit with an error code, whoever says it (LinuxGSM:
    // `command_start.sh exiting with code: 1`; DPDK's EAL: `EAL: Error - exiting with code: 1`); Pterodactyl's daemon
    // on a server that stopped with an error code (`[Pterodactyl Daemon]
    // Exit Code: 1`, older releases `[Pterodactyl Daemon]: Exit code: 1`); a server's crash report with its date (`Server crash: 5/17/2020 2:18:36 AM`); and a
    // program that gives up at something it could not do (`Unable to open log file, exiting.`).
    { contains: 'has exited (code: ', shape: /\bhas exited \(code: (?:null|\d{1,3}), signal: sig(?!term\)|int\)|kill\))[a-z]{2,8}\)|\bhas exited \(code: [1-9]\d{0,2}, signal: null\)/i },
    { contains: 'unable to start', shape: /\bstart(?:ing)?(?: [\w.-]{1,64})?: (?:fatal: )?unable to start\b/i },
    { contains: 'exiting with code', shape: /\bexiting with code: ?(?!0\b|130\b|143\b)[1-9]\d{0,2}\b/i },
    // `kubectl describe pod`'s Exit Code field on a line of its own (`Exit Code:    1`): a container that ended
    // with an error, read as a pod down (the crash-loop table's `exit code N` does not read this layout: see the
    // exclusions; 137 is the OOM killer's, 143 a stop's SIGTERM).
    { contains: 'exit code:', shape: DESCRIBE_EXIT_CODE },
    // A Mesos agent on an executor's container that did not start (`Container 'x' for executor 'y' of framework 'z'
    // failed to start: Failed to fetch URIs for container 'x': exit status 256`).
    { contains: "' failed to start", shape: /\bcontainer '[^'\n]{1,200}' for executor '[^'\n]{1,300}' of framework '[^'\n]{1,200}' failed to start\b/i },
    // A pod that ended with an error code as the tool that ran it reports it (Rancher installing a chart: `Failed to
    // install system chart fleet: failed to install , pod cattle-system/helm-operation-x exited 123`).
    { contains: ' exited ', shape: /\bpod (?:[\w.-]{1,253}\/)?[\w.-]{1,253} exited (?!0\b|130\b|143\b)[1-9]\d{0,2}\b/i },
    { contains: '[pterodactyl daemon]', shape: /^\[pterodactyl daemon\]:? exit code: (?!0$|130$|143$)-?\d{1,3}$/i },
    { contains: 'server crash: ', shape: /\bserver crash: \d{1,2}\/\d{1,2}\/\d{4}\b/i },
    { contains: ', exiting', shape: /\bunable to (?:[\w-]{1,20} ){0,4}[\w-]{1,20}, exiting\.?$/i },
    // A process whose end closes the line (Viseron: `FFmpeg process has exited`; one it restarts says so
    // after a comma), an s6 service's finish script on the code its service ended with (Viseron:
    // `[viseron-finish] Viseron exit code 100`), and a Go service's zap log of a child that ended with an
    // error status (Coder: `postgres exited {"error": "exit status 1"}`).
    { contains: 'process has exited', shape: /\bprocess has exited$/i },
    { contains: '-finish] ', shape: FINISH_SCRIPT_EXIT },
    { contains: 'exited {"error":', shape: /\bexited \{"error": ?"exit status [1-9]\d{0,2}"/i },
    // Proxmox on a container or VM whose start command failed (`TASK ERROR: command 'systemctl start
    // pve-container@101' failed: exit code 1`).
    { contains: "' failed: exit code ", shape: START_COMMAND_FAILED },
    // PyTorch's elastic agent on a worker process that ended with an error (`failed (exitcode: 1) local_rank: 0
    // (pid: 1622990) of binary: ...`; -9 is the OOM killer's signal, -15 a stop), and DeepSpeed's launcher on
    // one (`[launch.py:321:sigkill_handler] ['python', ...] exits with return code = 1`).
    { contains: 'failed (exitcode: ', shape: /\bfailed \(exitcode: (?!-9\)|-15\))-?[1-9]\d{0,2}\) local_rank: /i },
    { contains: 'exits with return code = ', shape: /\bexits with return code = (?!-9\b|-15\b)-?[1-9]\d{0,2}\b/i },
    // RKE2's Windows agent on a process whose program it could not find (`{containerd exited: exec:
    // "containerd": executable file not found in %PATH%}`).
    { contains: 'exited: exec: ', shape: /\bexited: exec: "[^"\n]{1,128}": executable file not found\b/i },
    // kubecfg's pod list of Kubernetes' first releases (ID, Image(s), Host, Labels, Status) with a pod whose
    // status is Terminated (`e34ca737-6a27-11e4-b78a-04012f416701   dockerfile/nginx   10.0.0.240/10.0.0.240
    // name=nginx,replicationController=nginxController   Terminated`).
    { contains: ' terminated', shape: /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12} \S{1,253} \S{1,253} \S{1,2000} terminated$/i },
  ],
  ReplicaMismatch: [
    // OpenShift's operators on a deployment of theirs short of pods (`APIServerDeploymentDegraded: 1 of 3 requested
    // instances are unavailable for apiserver.openshift-apiserver ()`); none unavailable is never said.
    { contains: ' requested instances are unavailable', shape: /\b[1-9]\d{0,5} of \d{1,6} requested instances are unavailable\b/i },
    // Helm waiting on a workload that did not become ready (`Error: INSTALLATION FAILED: resource not ready, name:
    // my-sentry-web, kind: Deployment, status: Failed`); a Job or a claim not ready is another matter.
    { contains: 'resource not ready, name: ', shape: /\bresource not ready, name: [\w.-]{1,253}, kind: (?:deployment|statefulset|daemonset|replicaset)\b/i },
    // The e2e framework's wait on a namespace's pods (`Not all pods in namespace 'kube-system' running and
    // ready within 10m0s`), and its disruption tests on a budget's pods (`total pods available: 2, less
    // than the min required: 3`).
    { contains: 'running and ready within', shape: /\bnot all pods in namespace '[\w.-]{1,253}' running and ready within\b/i },
    { contains: 'less than the min required', shape: /\bpods available: \d{1,6}, less than the min required: \d{1,6}\b/i },
    // `kubectl get daemonset` (NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE-SELECTOR AGE) with
    // fewer pods available than desired, whatever READY says (`foo 2 2 2 2 1 <none> 3d2h`).
    // Listed under the selector's `<none>`: a label selector's row has no substring of its own but `=`, which
    // would have it tried on most lines (rows of those whose READY is short are read by ROWS_OF_COUNTS).
    { contains: ' <none> ', shape: /^(?:[\w.-]{1,253} )?[\w.-]{1,253} (\d{1,6}) \d{1,6} \d{1,6} \d{1,6} (?!\1 )\d{1,6} <none> \d{1,4}[smhd](?:\d{1,4}[smh])?$/i },
    // `cilium status` on a deployment or daemonset short of ready pods (`1 pods of Deployment
    // cilium-operator are not ready`).
    { contains: ' pods of ', shape: /\b[1-9]\d{0,5} pods? of (?:deployment|daemonset|statefulset|replicaset) [\w.-]{1,253} (?:are|is) not ready\b/i },
    // A `k3d cluster list` row with fewer servers running than it has (NAME SERVERS AGENTS LOADBALANCER:
    // `k3s-default   0/1       0/0      true`), under either value of its last column.
    ...[' true', ' false'].map((contains) => ({ contains, shape: K3D_CLUSTER_ROW })),
    // Loki's ring short of the replicas a write needs (`at least 2 live replicas required, could only find 1`).
    { contains: 'live replicas required', shape: /\bat least (\d{1,3}) live replicas required, could only find (?!\1\b)\d{1,3}\b/i },
    // Service Fabric's health on a service with fewer replicas available than it shows (`(Showing 1 out
    // of 1 replicas. Total available replicas: 0)`).
    { contains: 'total available replicas: ', shape: /\(showing \d{1,5} out of (\d{1,5}) replicas\. total available replicas: (?!\1\))\d{1,5}\)/i },
    // A `juju status` application row (APP [VERSION] STATUS SCALE CHARM STORE ...) whose SCALE counts
    // fewer units up than it has (`kubernetes-worker waiting 0/3 kubernetes-worker jujucharms 114
    // ubuntu`).
    ...[' jujucharms ', ' charmhub '].map((contains) => ({ contains, shape: JUJU_APP_SHORT })),
    // A wait that ended with fewer ready than it expected (buildx's Kubernetes driver: `ERROR: expected
    // 1 replicas to be ready, got 0`; the e2e framework: `expected to find 15 pods but found only 11`;
    // Confluent's images: `Expected 1 brokers but found only 0`).
    { contains: 'replicas to be ready, got ', shape: /\bexpected (\d{1,6}) replicas to be ready, got (?!\1\b)\d{1,6}\b/i },
    { contains: 'but found only ', shape: /\bexpected (?:to find )?(\d{1,6}) (?:pods|replicas|brokers|instances|nodes) but found only (?!\1\b)\d{1,6}\b/i },
    // CloudNativePG's `kubectl get cluster` row (NAME AGE INSTANCES READY STATUS PRIMARY) with fewer instances
    // ready than it runs, waiting on them (`x 181d 2 1 Waiting for the instances to become active x-2`).
    {
      contains: 'waiting for the instances to become active',
      shape: /^[\w.-]{1,253} \d{1,6}[smhdy](?:\d{1,6}[smh])? (\d{1,4}) (?!\1 )\d{1,4} waiting for the instances to become active\b/i,
    },
    // Kubeless' `kubeless function ls` on a function with fewer pods ready than it runs (`weather
    // kubeless test.weather nodejs12 ... 0/1 NOT READY`).
    { contains: ' not ready', shape: /\s(\d{1,3})\/(?!\1\s)\d{1,3} {1,8}not ready$/i },
    // SeaweedFS' master on a volume with fewer copies than its replication wants (`Volume 383 has 0
    // replica, less than required 1`).
    { contains: ', less than required ', shape: /\bhas \d{1,3} replicas?, less than required \d{1,3}\b/i },
    // A rollout watched through kstatus (Atlas, Flux, cli-utils): an object still in progress with
    // fewer replicas ready than wanted (`StatefulSet/ns/x not ready. status: InProgress, message:
    // Replicas: 1/2`).
    { contains: 'message: replicas: ', shape: /\bstatus: inprogress, message: replicas: (\d{1,6})\/(?!\1\b)\d{1,6}\b/i },
    // Agones' `kubectl get fleet` rows (NAME SCHEDULING DESIRED CURRENT ALLOCATED READY AGE) with no
    // server allocated and fewer ready than desired (`simple-fleet-1 Packed 5 5 0 0 151m`); with
    // servers allocated, ready ones short of desired are in use, not missing.
    { contains: 'packed ', shape: /^\S{1,253}\s+packed\s+(\d{1,6})\s+\d{1,6}\s+0\s+(?!\1\s)\d{1,6}\s+\d{1,6}[smhd](?:\d{1,6}[smh])?\s*$/i },
    { contains: 'distributed ', shape: /^\S{1,253}\s+distributed\s+(\d{1,6})\s+\d{1,6}\s+0\s+(?!\1\s)\d{1,6}\s+\d{1,6}[smhd](?:\d{1,6}[smh])?\s*$/i },
    // ... and a fleet with fewer game servers than it wants, whatever is allocated, minutes after it was made
    // (CURRENT short of DESIRED: `fleet-foo Packed 10 4 4 0 15m`); a fleet seconds old is still making them.
    { contains: 'packed ', shape: /^\S{1,253}\s+packed\s+(\d{1,6})\s+(?!\1\s)\d{1,6}\s+\d{1,6}\s+\d{1,6}\s+\d{1,4}[mhd](?:\d{1,4}[smh])?\s*$/i },
    { contains: 'distributed ', shape: /^\S{1,253}\s+distributed\s+(\d{1,6})\s+(?!\1\s)\d{1,6}\s+\d{1,6}\s+\d{1,6}\s+\d{1,4}[mhd](?:\d{1,4}[smh])?\s*$/i },
    // Kontena's `service ls` row marked not running with none of its instances up (`⊗ lb-test/lb
    // 0 / 1  no  running ...`).
    { contains: '⊗ ', shape: /^⊗ \S{1,200} 0 \/ [1-9]\d{0,4} /i },
    // `kubectl describe` of a DaemonSet or ReplicaSet: none of its pods running, some waiting.
    { contains: 'pods status:', shape: /^pods status: 0 running \/ [1-9]\d{0,5} waiting\b/i },
    // ... and with pods of it failed (`Pods Status: 2 Running / 0 Waiting / 0 Succeeded / 1 Failed`).
    { contains: 'pods status:', shape: /^pods status: \d{1,6} running \/ \d{1,6} waiting \/ \d{1,6} succeeded \/ [1-9]\d{0,5} failed\b/i },
    // Cluster API's controllers adding machines to reach their replicas (`Scaling up control
    // plane to 3 replicas (actual 1)`, `Scaling up MachineSet to 3 replicas (actual 2)`).
    { contains: 'replicas (actual ', shape: /\bscaling up [\w -]{1,60} to \d{1,6} replicas \(actual \d{1,6}\)/i },
    // Fewer of a workload's units up than it has, in any tool's words: `2 of 15 updated
    // replicas are available`, `0 out of 1 expected pods are ready`, `2/6 replicas ready`,
    // `desired 3, available 0`, a status dump's `desired: 45, ... ready: 44`, a rollout
    // `Waiting for 3 pods to be ready`. The counts must differ, so `3 of 3 ... ready` is quiet;
    // a node count is the scheduler's (`0/3 nodes are available`) and never read here.
    { contains: 'replicas', shape: /\b(\d{1,6}) (?:of|out of) (?!\1 )\d{1,6}(?: [a-z-]{1,30}){0,2}? replicas(?: (?:are|is|were|have been|became))? (?:available|ready|running|healthy|up)\b/i },
    { contains: 'pods', shape: /\b(\d{1,6}) (?:of|out of) (?!\1 )\d{1,6}(?: [a-z-]{1,30}){0,2}? pods(?: (?:are|is|were|have been|became))? (?:available|ready|running|healthy|up)\b/i },
    { contains: 'instances', shape: /\b(\d{1,6}) (?:of|out of) (?!\1 )\d{1,6}(?: [a-z-]{1,30}){0,2}? instances(?: (?:are|is|were|have been|became))? (?:available|ready|running|healthy|up)\b/i },
    { contains: 'replicas', shape: /\b(\d{1,6})\/(?!\1\b)\d{1,6} (?:replicas|pods)(?: (?:are|is))? (?:available|ready|running|healthy|up)\b/i },
    { contains: 'replicas', shape: /\b(?:ready|available) replicas\W{1,3}(\d{1,6})\/(?!\1\b)\d{1,6}\b/i },
    // ECS' service description (`Desired count: 2, Running count:0, Pending count:0`).
    { contains: 'running count:', shape: /\bdesired count: ?(\d{1,6}), running count: ?(?!\1\b)\d{1,6}\b/i },
    // An operator's wait on a Deployment that has not come up (`deployment "x" not available`).
    { contains: 'not available', shape: /\bdeployment "[^"\n]{1,253}" not available\b/i },
    // `copilot svc status` deployment rows (STATUS, TASK DEFINITION, ROLLOUT, DESIRED, RUNNING,
    // FAILED, PENDING) with fewer tasks running than desired.
    ...['[in progress]', '[failed]', '[completed]'].map((rollout) => ({ contains: rollout, shape: COPILOT_DEPLOYMENT_ROW })),
    // A status that counts the available units against the desired (Rancher Fleet's bundle
    // status `Available: 0/1`, a deployment check's `available: 2/3`).
    { contains: 'available: ', shape: /(?:^|[\s'"[(,])available: (\d{1,6})\/(?!\1\b)\d{1,6}\b/i },
    { contains: 'desired', shape: /\bdesired(?: replicas)?[:=]? ?[1-9]\d{0,5},? (?:current|available|ready)(?: replicas)?[:=]? ?0\b/i },
    { contains: 'desired:', shape: /\bdesired: ?(\d{1,6}),[^)\n]{0,60}?\bready: ?(?!\1\b)\d{1,6}\b/i },
    { contains: 'to be ready', shape: /\bwaiting for [1-9]\d{0,5} pods? to be ready\b/i },
    { contains: 'not yet', shape: /\b(?:replicas|instances|pods) (?:are |is )?not yet (?:active|available|ready)\b/i },
    // A rollout none of whose updated replicas is available (`kubectl rollout status`, Helm,
    // operators waiting on it): `0 of 3 updated replicas are available`.
    { contains: 'updated replicas are available', shape: /\b0 of [1-9]\d{0,5} updated replicas are available\b/i },
    // k8sgpt's deployment analyzer: `has 2 replicas but 3 are available` (either way round).
    { contains: 'are available', shape: /\bhas (\d{1,6}) replicas but (?!\1 )\d{1,6} are available\b/i },
    // `kubectl describe deployment` with replicas desired and none available at all.
    { contains: '| 0 available', shape: /\breplicas:\s*[1-9]\d{0,5} desired \| \d{1,6} updated \| \d{1,6} total \| 0 available\b/i },
    // `kubectl describe deployment`: "Replicas: 1 desired | 1 updated | 1 total | 0 available | 1 unavailable".
    { contains: 'unavailable', shape: /\|\s*[1-9]\d*\s+unavailable\b/i },
    // ... and its "NewReplicaSet: web-8fdb5dc88 (0/1 replicas created)".
    { contains: 'replicas created)', shape: /\(0\/[1-9]\d* replicas created\)/i },
    { contains: '->', shape: /^\S+\s+\S+\s+(?:replicated|global)\s+(\d{1,6})\/(?!\1\s)\d{1,6}\s+\S+\s+\*?:\d{1,5}->\d{1,5}\/(?:tcp|udp)[^\n]{0,300}$/i },
    // `kubectl describe replicaset`: "Replicas: 0 current / 3 desired".
    { contains: 'desired', shape: /\breplicas:\s*(\d+) current \/ (?!\1\s)\d+ desired\b/i },
    // `kubectl get deployment` before kubectl 1.15 (NAME DESIRED CURRENT UP-TO-DATE AVAILABLE
    // AGE) with replicas desired and none available.
    { contains: ' 0 ', shape: /^\S+ [1-9]\d{0,5} \d{1,6} \d{1,6} 0 \d{1,4}[smhd](?:\d{1,4}[smh])?\s*$/i },
    // Rows of counts (ROWS_OF_COUNTS), under each pair of digits a space apart: every row it
    // reads holds one count right after another (under each digit followed by a space, it ran on
    // most lines that hold a number).
    ...digitsApart(' ', ROWS_OF_COUNTS),
    // `kubectl describe statefulset` or `replicaset`: "Replicas: 3 desired | 0 total".
    { contains: 'desired', shape: /\breplicas:\s*(\d+) desired\s*\|\s*(?!\1\s)\d+ total\b/i },
    // The StatefulSet and ReplicaSet controllers failing to create a pod.
    { contains: 'in statefulset', shape: /\bcreate pod \S+ in statefulset \S+ failed\b/i },
    { contains: 'failed with pods', shape: /\bfailed with pods "[^"]*" is forbidden/i },
    // A pod refused at admission under the name prefix a controller gives the pods it creates (`pods
    // "kube-proxy-" is forbidden: no providers available to validate pod request`, from the DaemonSet
    // controller; `pods "x-5c644fc9cc-" is forbidden: exceeded quota`): the controller's pod is not made, so its
    // replicas stay short, whoever logs the refusal.
    { contains: 'is forbidden: ', shape: /\bpods? "[^"\s]{1,252}-" is forbidden: /i },
    // A status dump's field, and the controllers' FailedCreate event reason.
    { contains: 'unavailablereplicas', shape: /\bunavailablereplicas"?:\s*[1-9]/i },
    { contains: 'failedcreate', shape: /\bfailedcreate\b/i },
    // kube-prometheus' alert names for workloads short of replicas (`alertname: KubeDeploymentReplicasMismatch`).
    { contains: 'replicasmismatch', shape: /\bkube(?:deployment|statefulset)replicasmismatch\b/i },
    // An operator's wait on a workload (`Expected replicas: 1 Available replicas: 0`).
    { contains: 'available replicas', shape: /\bexpected replicas: ?(\d{1,6}),? available replicas: ?(?!\1\b)\d{1,6}\b/i },
    // `kubectl describe daemonset` with no node running an available pod.
    { contains: 'with available pods:', shape: /\bnumber of nodes scheduled with available pods: 0\b/i },
    // Rows with a READY-like `x/y` column short of its count (READY_ROWS), under each digit
    // followed by a slash.
    ...digitFollowedBy('/', READY_ROWS),
    // `cilium status` on a workload with pods unavailable (`DaemonSet cilium Desired: 2, Unavailable:
    // 2/2`); `Unavailable: 0/2` is none.
    { contains: ', unavailable: ', shape: /\bdesired: \d{1,6}, unavailable: [1-9]\d{0,5}\/\d{1,6}\b/i },
  ],
  HighLatency: [
    // Kestrel's heartbeat still running past its bar (`the heartbeat has been running for "00:00:10.1152513" which is
    // longer than "00:00:01". This could be caused by thread pool starvation.`).
    { contains: 'heartbeat has been running for ', shape: /\bheartbeat has been running for "[\d:.]{8,20}" which is longer than "[\d:.]{8,20}"/i },
    // Vert.x's blocked-thread checker on an event loop held past its limit (`Thread Thread[vert.x-eventloop-thread-1,
    // 5,main] has been blocked for 13731 ms, time limit is 2000 ms`).
    { contains: ' has been blocked for ', shape: /\bhas been blocked for \d{1,12} ms, time limit is \d{1,12} ms\b/i },
    // A request a handler timed out, by its number (Longhorn's engine: `timeout_handler: Timeout request 1
    // due to disconnection`).
    { contains: 'timeout request ', shape: /\btimeout request \d{1,10} due to\b/i },
    // Knative's client giving up on a service that never became ready (`Error: timeout: service 'x' not
    // ready after 600 seconds`). (Seata's, syncd's and LNet's stated times are read by readers judged by
    // the request-log rules' slow bar: src/line-formats/access-log.ts.)
    { contains: "timeout: service '", shape: /\btimeout: service '[\w.-]{1,253}' not ready after \d{1,6} seconds\b/i },
    // An action that did not happen in its time (containerd through dockerd: `container did not start
    // before the specified timeout`; Prefect: `Job did not complete within timeout of 5s`; a gRPC
    // client: `Failed to connect before the deadline`); one that did (`completed before the specified
    // timeout`) is quiet.
    { contains: 'before the specified timeout', shape: NOT_DONE_IN_TIME },
    // What timed out, then the timeout it exceeded (Puppet's exec: `Command exceeded timeout`), or what was
    // timing out (freshclam: `nonblock_connect: connect timing out (30 secs)`, ClamAV's clamd: `nonblock_recv:
    // recv timing out (20 secs)`).
    ...[' exceeded timeout', ' timing out'].map((contains) => ({ contains, shape: OPERATION_TIMING_OUT })),
    { contains: 'before the deadline', shape: NOT_DONE_IN_TIME },
    { contains: 'within timeout', shape: NOT_DONE_IN_TIME },
    { contains: 'within the timeout', shape: NOT_DONE_IN_TIME },
    // ... or in the time it was given (TorchServe: `Backend worker did not respond in given time`;
    // mosec: `task was not completed in the expected time`; LitmusChaos: `container is not completed
    // within timeout`).
    { contains: ' in given time', shape: NOT_DONE_IN_TIME },
    { contains: ' in the given time', shape: NOT_DONE_IN_TIME },
    { contains: ' in the expected time', shape: NOT_DONE_IN_TIME },
    // ... or within the duration it names (aks-engine: `Drain did not complete within 20m0s`).
    { contains: 'complete within ', shape: /\b(?:did not|didn't|(?:is|was|were) not) completed? within \d{1,6}(?:\.\d{1,9})?(?:ms|s|m|h)(?:\d{1,3}(?:\.\d{1,9})?(?:ms|s|m))*(?![\w.])/i },
    // A wait past the time it names (OKD's upgrade: `wait has exceeded 40 minutes for these operators:
    // openshift-apiserver`), and a limit named with its time (Trino: `Query exceeded the maximum
    // planning time limit of 10.00m`); a limit reached as a setting (`stopped due to time limit of 3600s
    // exceeded`) is read by its own words.
    // A call's dial that ran out of time, in gRPC's words (`Error while dialing dial unix:///run/x.sock:
    // timeout`), and client-go waiting 30 s or more on its own rate limit (`Waited for 41.79s due to
    // client-side throttling`, and in Go's minutes and hours: `Waited for 1m47.209129954s ...`).
    { contains: ': timeout', shape: /\bdial (?:unix|tcp)(?: |:\/\/)\S{1,253}: timeout\b/i },
    { contains: 'client-side throttling', shape: /\bwaited for (?:[3-9]\d|[1-9]\d{2,5}|(?:\d{1,5}h)?\d{1,2}m\d{1,2})(?:\.\d{1,9})?s due to client-side throttling\b/i },
    { contains: 'wait has exceeded ', shape: /\bwait has exceeded \d{1,6} ?(?:ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?)\b/i },
    { contains: 'time limit of ', shape: /\bexceeded (?:the )?max(?:imum)? (?:[a-z]{1,20} ){0,2}time limit of \d/i },
    // A duration over its bound, both given (Cadence: `join duration of 37.0831682s exceeded max 30s`).
    { contains: ' exceeded max ', shape: /\b\d{1,9}(?:\.\d{1,9})?(?:ns|us|ms|s|m|h) exceeded max \d/i },
    // A retried action out of its tries (MAAS: `Marking node failed: Timeout after 7 tries`), and the
    // cluster autoscaler's error code for a scale-up that timed out (`Disabling scale-up for node group
    // x until ...; errorClass=Other; errorCode=timeout`).
    { contains: 'timeout after ', shape: /\btimeout after \d{1,4} (?:tries|attempts|retries)\b/i },
    { contains: 'code=timeout', shape: /\berror_?code[=:] ?"?timeout\b/i },
    // aria2's error code for a download that timed out, with its number (`Exception: [AbstractCommand.cc:340]
    // errorCode=2 Timeout.`).
    { contains: 'errorcode=', shape: /\berrorcode=\d{1,3} timeout\b/i },
    // PowerDNS on a query its backend did not answer in time (`Recursive query for remote x with
    // internal id 172 was not answered by backend within timeout, reusing id`), zigbee-herdsman's timeout on a device's reply (`Timeout - 46847 - 1 - 193 - 8 - 11 after
    // 10000ms`), Python requests' exception named for its timeout (`Upstream error: ReadTimeout`), and a
    // timeout in Perl's die at its file and line (`read timeout at /usr/share/perl5/Net/HTTP/Methods.pm
    // line 274.`).
    { contains: 'within timeout', shape: /\bnot answered\b[^.\n]{0,80}?\bwithin (?:the )?timeout\b/i },
    { contains: 'timeout - ', shape: /\btimeout - \d{1,9}(?: - \d{1,9}){4} after \d{1,9} ?ms\b/i },
    { contains: 'readtimeout', shape: /(?<=: )readtimeout(?:\(|$)/i },
    // A Node error whose code in brackets names a timeout, then its message (discord.js: `Error
    // [VOICE_CONNECTION_TIMEOUT]: Connection not established within 15 seconds.`); a bracketed name alone is
    // a section or a key.
    { contains: '_timeout]: ', shape: /\[[a-z][a-z\d_]{0,60}_timeout\]: /i },
    { contains: 'timeout at /', shape: /\btimeout at \/\S{1,253} line \d{1,6}\b/i },
    // A client's report of the timeout status it got (Typesense: `/status end-point returned bad status
    // code 408`; `got status 504`), gated on the status after its space (` status` is in one line in
    // twenty; ` 408` and ` 504` in one in a hundred and fifty).
    ...[' 408', ' 504'].map((contains) => ({ contains, shape: TIMEOUT_STATUS_GOT })),
    // curl's connect that gave up after 30 s or more (`curl: (28) Failed to connect to x port 80 after
    // 130160 ms: Couldn't connect to server`; a refusal after 5 ms is not latency).
    { contains: ' ms: ', shape: /\bfailed to connect to \S{1,253} port \d{1,5} after (?:[3-9]\d{4}|[1-9]\d{5,8}) ms: /i },
    // Cacti's poller stopping at its time limit (`Poller[Main Poller] PID[7115] Maximum runtime of 298
    // seconds exceeded. Exiting.`); its `Max Runtime '298'` setting is not one.
    { contains: 'maximum runtime of ', shape: /\bmaximum runtime of \d{1,6} seconds exceeded\b/i },
    // Django-Q's cluster replacing a worker whose task ran out of time (`reincarnated worker
    // Process-x after timeout`; `after death` is a crash).
    { contains: 'after timeout', shape: /\breincarnated worker \S{1,128} after timeout\b/i },
    // A peer that did not answer within a time the line states (CUPS' lpd backend: `Remote host did
    // not respond with command status byte after 300 seconds!`).
    { contains: 'did not respond ', shape: /\bdid not respond\b[^.\n]{0,60}\bafter \d{1,6} ?(?:seconds|secs|s)\b/i },
    // zigbee-herdsman's waitress giving up on a frame's answer: the error, what it waited for, then
    // its time (`sendDATA error: Error: {"sequence":7} after 1000ms`); a retry's delay after an
    // object (`retrying {id: 1} after 500ms`) is not one.
    { contains: '} after ', shape: /\berror: \{[^{}\n]{0,200}\} after \d{1,7}ms\b/i },
    // Python's requests printing a response a gateway gave up on (`<Response [504]>`), with no
    // level of its own.
    { contains: '<response [', shape: /<Response \[(?:504|408)\]>/i },
    // dCache's door answering a client with its internal timeout (`Server responded with an error:
    // [3012] Internal timeout`).
    { contains: '] internal timeout', shape: /\[\d{3,5}\] internal timeout\b/i },
    // An Elixir process reporting the exception that ended a call, a transport's timeout
    // (`Ch.Connection (#PID<0.3386.0>) disconnected: ** (Mint.TransportError) timeout`).
    { contains: ') timeout', shape: /\*\* \([\w.]{1,100}error\) timeout\b/i },
    // Gatling's simulation log of a request that got no answer in time (`... KO  No response
    // received after 60000`).
    { contains: 'no response received after ', shape: /\bko\s{1,8}no response received after \d{1,9}\b/i },
    // wrk's summary when requests timed out (`Socket errors: connect 0, read 0, write 0, timeout
    // 53`); none timed out when the count is 0.
    { contains: 'socket errors: ', shape: /\bsocket errors: connect \d{1,12}, read \d{1,12}, write \d{1,12}, timeout [1-9]\d{0,11}\b/i },
    // k6's summary row of a duration metric whose threshold failed, by tag (`✗ { scenario:normal
    // }...: avg=1.11s min=45.02ms ...`).
    { contains: '✗ { ', shape: /(?:^|\s)✗ \{ [^{}\n]{1,200} \}\.{0,80}: avg=\d/i },
    // Odoo's server cutting off a request thread past its limit (`Thread <...> virtual real time
    // limit (169/120s) reached.`, at info: INFO_LEVEL_REPORTERS; also its CPU time).
    { contains: 'time limit (', shape: /\bvirtual (?:real|cpu) time limit \(\d{1,9}\/\d{1,9}s\) reached\b/i },
    // Celery's time limits on a task that ran past them (`Soft time limit (101s) exceeded for
    // reports.execute[id]`, `Hard time limit (110s) exceeded for ...`).
    { contains: 'time limit (', shape: /\b(?:soft|hard) time limit \(\d{1,9}(?:\.\d{1,9})?s\) exceeded for\b/i },
    // An Erlang service's error tuple for a call out of time (CouchDB: `Error checking security
    // objects for db :: {error,timeout}`).
    { contains: 'timeout}', shape: /\{error, ?timeout\}/i },
    // PgBouncer's errors for a client past one of its time limits: waiting in its queue for a server
    // connection (`pooler error: query_wait_timeout`, `closing because: query_wait_timeout (age=120)`,
    // the client's `FATAL:  08P01: query_wait_timeout`), a query (`query_timeout`) or its login
    // (`pooler error: client_login_timeout`); not the settings (`query_wait_timeout = 120`), and not
    // `client_idle_timeout`, a client left idle.
    ...['query_wait_timeout', 'query_timeout', 'client_login_timeout'].map((contains) => ({ contains, shape: PGBOUNCER_TIMEOUT })),
    // A client's report of a request answered with a timeout's status (PeerTube's runner: `Error:
    // Expected status 204, got 408.`).
    { contains: 'expected status ', shape: /\bexpected status \d{3}, got (?:408|504)\b/i },
    // Orleans' scheduler on a work item that ran past its limit (`Task [Id=1653, Status=Faulted] in
    // WorkGroup [...] took elapsed time 0:00:00.2714147 for execution, which is longer than
    // 00:00:00.2000000.`).
    { contains: 'took elapsed time ', shape: /\btook elapsed time [\d:.]{1,20} for execution, which is longer than [\d:.]{1,20}/i },
    // A browser's console reporting a request the gateway gave up on (`authelia.js:15607 POST
    // https://auth.example.com/api/firstfactor 504 ()`, `GET https://x/api 504 (Gateway Timeout)`).
    {
      contains: ' 504 (',
      shape: /\b(?:get|post|put|patch|delete|head|options) https?:\/\/\S{1,2048} 504 \((?:gateway time-?out)?\)/i,
    },
    // The Nagios plugins' check_http warning or critical on an answer that came (`200 OK`) but over
    // its response-time threshold (`HTTP WARNING: HTTP/1.0 200 OK - 0.654 second response time`).
    { contains: 'second response time', shape: /\bhttp (?:warning|critical): http\/[\d.]{1,4} 200 ok - [\d.,]{1,12} second response time\b/i },
    // The Python Elasticsearch client's request that got no status before its timeout
    // (`POST http://es:9200/x/_bulk [status:N/A request:10.002s]`).
    { contains: 'status:n/a request:', shape: /\[status:n\/a request:\d{1,6}(?:\.\d{1,9})?s\]/i },
    UTILTRACE_STEP,
    ...HTTP_GATEWAY_TIMEOUT,
    // k6's result: a percentile threshold on a time that failed (`✗ 'p(95)<600' p(95)=12.01s`),
    // and its closing error naming the duration metrics (`http_req_duration`) whose thresholds
    // were crossed.
    { contains: "✗ 'p(", shape: /✗ 'p\(\d{1,3}(?:\.\d{1,3})?\)\s?<=?\s?\d{1,9}(?:\.\d{1,9})?' p\(\d{1,3}(?:\.\d{1,3})?\)=\d{1,9}(?:\.\d{1,9})?(?:[µμ]s|ms|s|m)\b/i },
    { contains: '_duration', shape: /\bthresholds on metrics '[^']{0,300}' have been crossed\b/i },
    // A request, query or call that outran its time, in any tool's words: `Request ran for
    // longer than 15000ms`, `listener timeout after waiting`, `timeout awaiting response
    // headers`, `Timeout exceeded: elapsed 100 seconds`.
    { contains: 'than', shape: /\b(?:request|query|call|response|rpc|handler|transaction|operation)s? (?:has |have )?(?:ran|run|running|took|taken|taking|waited|lasted)(?: for)? (?:longer|more) than\b/i },
    // Something that did not answer before its caller's timeout (Fission's router: `504; ...
    // function not responses before the timeout`).
    { contains: 'before the timeout', shape: /\b(?:not|never) (?:respond(?:s|ed)?|responses?|answer(?:s|ed)?|return(?:s|ed)?|repl(?:y|ies|ied)|finish(?:es|ed)?|complete[sd]?)(?: in time)? before the timeout\b/i },
    // A timeout stated as what became of a call, in any tool's words: the word ends the message,
    // a value or a clause (`failed: Timeout`, `error="timeout"`, `CRITICAL - Socket timeout`,
    // `login to server failed: connection write timeout`, `sendDefaultImpl call timeout`,
    // `request timedout.`), right after a separator or after what timed out (one of the words
    // below, perhaps after one word more). A timeout named as a setting (`"timeout": 30`,
    // `timeout=5s`, `increase the timeout`) or after a word not below (`pods watcher timeout`,
    // a watch's routine re-list) is not read.
    ...['timeout', 'timedout'].map((contains) => ({ contains, shape: TIMEOUT_AS_OUTCOME })),
    // ... and as an error field's whole value in logfmt, unquoted, before the next field or the end
    // (go2rtc: `WRN [rtsp] error=timeout stream=cam_1`); a setting's key is not an error's.
    { contains: '=timeout', shape: /\berr(?:or)?=timeout(?=\s|$)/i },
    // ... and Flux's exception on a job out of its time (`job.exception type=timeout severity=0 resource
    // allocation expired`).
    { contains: 'type=timeout', shape: /\bjob\.exception type=timeout\b/i },
    // A timeout as an exception's or an error's type name, after its namespace (`Net::ReadTimeout`,
    // `RestClient::Exceptions::OpenTimeout`, `java.net.SocketTimeoutException`, Go's `Client.Timeout
    // exceeded`, `asyncio.TimeoutError`), not a setting (`-http.connTimeout="3m0s"`).
    { contains: 'timeout', shape: /(?<=(?:::|\.)(?:read|open|connect|connection|write|socket|request|gateway|operation|execution|http|call|response)?)timeout(?:error|exception)?\b(?![="']|\.\w)/i },
    // A request logger's own mark on a request it found slow (Gitea's and Gogs' router: `router:
    // slow GET / for 10.0.0.1:0, elapsed 3845.7ms`).
    { contains: 'slow ', shape: /\bslow\s{1,12}(?:get|head|post|put|patch|delete|options) \//i },
    // A server that says it could not answer in time (`We couldn't respond to your request in
    // time`, `The server didn't respond in time`).
    // ... or within the time it was given (nzbhydra2's `Indexer did not complete request within 20
    // seconds`).
    { contains: ' within ', shape: /(?<=\b(?:couldn't|could not|can't|cannot|did not|didn't|failed to|not) (?:respond|answer|reply|complete|finish|return)(?: (?:the |a |an |your |this |its )?(?:request|call|query|command|operation|job|task))? )within \d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\b/i },
    // A call cut short by a timeout, whatever it was (`due to timeout`, `FragmentInstance x is
    // aborted by timeout`, `cancelled by the deadline timeout`), or that reached one (Tyk's
    // `Upstream service reached hard timeout.`).
    ...['timeout', 'time out'].map((contains) => ({ contains, shape: CUT_BY_TIMEOUT })),
    // An activity of Temporal or Cadence that ran out of one of its time limits, by the limit's
    // type (`"error": "TimeoutType: START_TO_CLOSE"`, `TIMEOUT_TYPE_SCHEDULE_TO_START`).
    { contains: 'timeout', shape: /\btimeout_?type"?\s?[:=]\s?"?(?:timeout_type_)?(?:start_to_close|schedule_to_start|schedule_to_close|heartbeat)\b/i },
    { contains: ' in time', shape: /(?<=\b(?:couldn't|could not|can't|cannot|did not|didn't|failed to) )(?:respond|answer|reply)(?: to (?:your|the|this|a) request)? in time\b/i },
    { contains: 'timeout', shape: /\btimeout\b[^.\n]{0,30}?\b(?:after waiting|exceeded|elapsing|elapsed|awaiting|expired|occurr?ed|reached|while (?:waiting|reading|handling))\b/i },
    // A timeout reported with the time it took, ending a clause or saying what it cut short
    // (`timeout after 60000ms waiting for read`, Argo CD's `failed timeout after 1m30s`, Nagios'
    // `CRITICAL - Socket timeout after 10 seconds`), or naming where it went or which try it was (Fluent
    // Bit: `[net] connection #44 timeout after 10 seconds to: 169.254.169.254:80`; JuiceFS: `timeout after
    // 1m0s (try 4)`); not a setting (`exec timeout after 1m30s is set`).
    {
      contains: 'timeout after ',
      shape: /\btimeout after (?:\[\d{1,9}\] ?(?:ms|milliseconds|s|seconds|minutes)|(?:\d{1,9}(?:\.\d{1,9})? ?(?:ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h)){1,3})(?=\s?[.,;:!)\]}'"`]|$| (?:waiting|while|when|during|on|for)\b| to: | \(try \d{1,4}\))/i,
    },
    // A resolver or client that got no answer from the servers it asked (Technitium's `no response
    // from name servers`, `Timeout - no response from upstream DNS server`).
    { contains: 'no response from ', shape: /\bno response from (?:the |any )?(?:upstream|name ?servers?|(?:dns |remote |backend |upstream )?servers?)\b/i },
    // A client's own mark on a request it found slow (azcopy: `REQUEST/RESPONSE (Try=1/2m0.85s[SLOW
    // >3s], OpTime=2m0.85s)`).
    { contains: '[slow >', shape: /\[slow >\s?\d{1,9}(?:\.\d{1,9})?(?:ms|s|m)\]/i },
    // mongod logs an operation only when it outran slowms, ending with its duration: one of
    // a second or more.
    { contains: 'command', shape: /^\S+ i command {1,2}\[conn\d{1,12}\] .{0,8000}? \d{4,9}ms$/i },
    // Slowness named as such beside what was slow: `Time (slow): 0:00:10.7`, `latency=slow`,
    // `slow request`, `slow upstream`.
    // Ceph's and databases' counts of slow operations (`3 slow ops, oldest one blocked for 65
    // sec`, `17 slow metadata IOs are blocked > 30 secs`), and a slow statement. A count's name
    // followed by its own value is a field, and the number before it another field's value
    // (MySQL's status line `Questions: 1  Slow queries: 0  Opens: 17`).
    { contains: 'slow', shape: /\b[1-9]\d{0,6} slow (?:ops|requests|metadata ios|queries|statements)\b(?!:)|\bslow statement\b/i },
    { contains: 'slow', shape: /\((?:very |too )?slow\)|\blatency\s?[=:]\s?"?slow\b|\bslow (?:request|response|call|rpc|handler|upstream|backend|endpoint|transaction|query|operation)s?\b(?! ?log)|\b(?:page|request|response|endpoint|call|query|api) (?:is |was )?(?:too )?slow\b(?!_)/i },
    // A measured latency or request duration stated above its bound, as canary analysis and
    // alerting tools print it (`request duration 1.20s > 500ms`, `latency 1.60 > 0.5`).
    { contains: ' > ', shape: /\b(?:latency|duration|response time|request time)[=:]? ?\d{1,9}(?:\.\d{1,9})? ?(?:ns|us|µs|ms|s|secs?|seconds)? > \d{1,9}(?:\.\d{1,9})? ?(?:ns|us|µs|ms|s|secs?|seconds)?(?![\w.])/i },
    // unicorn killing a worker past its timeout (`worker=1 PID:13481 timeout (61s > 60s), killing`),
    // and a service's own page for a request it could not answer in time (`GitLab is taking too
    // much time to respond`).
    { contains: 'timeout (', shape: /\btimeout \(\d{1,9}s > \d{1,9}s\)/i },
    { contains: 'to respond', shape: /\btaking too (?:much time|long) to respond\b/i },
    // CockroachDB's slow requests (`have been waiting 60.00s for proposing command`, `have been
    // waiting 1m0s sending RPC to r101`, `slow range RPC: have been waiting 600.00s (1 attempts)`).
    { contains: 'have been waiting', shape: /\bhave been waiting \d{1,6}(?:\.\d{1,9})?(?:h|m|s|ms)(?:\d{1,6}(?:\.\d{1,9})?(?:m|s|ms)){0,2}(?: \(\d{1,6} attempts?\))? (?:for|sending|to)\b/i },
    // An alert's text for a latency percentile (Mimir's and others' `querier ... is experiencing
    // 24.69s 99th percentile latency`).
    { contains: 'percentile latency', shape: /\bexperiencing \d{1,9}(?:\.\d{1,9})? ?(?:ms|s|m) \d{2}(?:\.\d{1,3})?(?:th|st|nd|rd) percentile latency\b/i },
    // Kafka's producer dropping records it could not send in time (`Expiring 1 record(s) for
    // topic-0: 30069 ms has passed since batch creation`), Elasticsearch's master not getting to a
    // cluster change in time (`failed to process cluster event (put-mapping) within 30s`), and
    // HDFS' slow-operation warnings (`Slow ReadProcessor read fields took 65020ms (threshold=30000ms)`).
    { contains: 'ms has passed since', shape: /\bexpiring \d{1,9} record\(s\) for \S{1,300}(?: due to|:) \d{1,12} ms has passed since\b/i },
    { contains: 'failed to process cluster event', shape: /\bfailed to process cluster event \([^)]{1,200}\) within \d/i },
    { contains: '(threshold=', shape: /\btook \d{1,9}ms \(threshold=\d{1,9}ms\)/i },
    // ... and written as a bound it went past, with Go durations (CockroachDB's storage engine:
    // `batch [4/320/0] commit took 2.278310769s (>500ms)`).
    { contains: ' (>', shape: /\btook (?:\d{1,9}(?:\.\d{1,12})?(?:h|ms|m|s|µs|μs|us|ns)){1,4} \(> ?\d{1,9}(?:\.\d{1,9})?(?:h|ms|m|s|µs|μs|us|ns)\)/i },
    // axios and other JavaScript clients: `timeout of 5000ms exceeded`.
    { contains: 'ms exceeded', shape: /\btimeout of \d{1,9}(?:\.\d{1,20})?ms exceeded\b/i },
    // InnoDB's report of a thread waiting on a latch (`--Thread 1400 has waited at lock0lock.cc line
    // 3785 for 244.00 seconds the semaphore:`) and its page cleaner falling behind (`page_cleaner:
    // 1000ms intended loop took 114373ms`).
    { contains: 'seconds the semaphore', shape: /\bhas waited at \S{1,200} line \d{1,6} for \d{1,9}(?:\.\d{1,3})? seconds the semaphore\b/i },
    { contains: 'intended loop took', shape: /\b\d{1,9}ms intended loop took \d{1,12}ms\b/i },
    // Cassandra dropping requests it could not serve in time (`MUTATION messages were dropped in last
    // 5000 ms: 5 for internal timeout and 0 for cross node timeout`), some of either count.
    {
      contains: 'messages were dropped in last',
      shape: /\bmessages were dropped in last \d{1,9} ms: (?:[1-9]\d{0,9} for internal timeout|\d{1,10} for internal timeout and [1-9]\d{0,9} for cross node timeout)\b/i,
    },
    // Redpanda's RPC client giving up on a call (`RPC timeout (100 ms) to {host: x, port: 33145}`).
    { contains: 'rpc timeout (', shape: /\brpc timeout \(\d{1,9} ?ms\) to\b/i },
    // An exception for a call out of time, printed as its constructor (the Cassandra driver's
    // `{'127.0.0.1': OperationTimedOut('errors=None, last_host=None',)}`).
    { contains: 'timedout(', shape: /\b[a-z]{1,40}timedout\(/i },
    // A member that did not answer within an RPC's timeout (Flink: `TaskManager (x @ node-2) not
    // responding after a rpcTimeout of 10000 ms`).
    { contains: 'not responding after ', shape: /\bnot responding after (?:an? )?[a-z]{0,30}timeout of \d/i },
    // Elasticsearch's coordinator on a cluster state its nodes have not applied in time (`after [30s]
    // publication of cluster state version [159] is still waiting for {node-2}`).
    {
      contains: 'publication of cluster state version',
      shape: /\bafter \[\d{1,9}(?:\.\d{1,3})?(?:ms|s|m)\] publication of cluster state version \[\d{1,19}\] is still waiting for\b/i,
    },
    // A timeout stated with its length before what it cut short (ActiveMQ Artemis: `AMQ224088: Timeout
    // (10 seconds) on acceptor "artemis" during protocol handshake`).
    { contains: 'timeout (', shape: /\btimeout \(\d{1,9} (?:ms|milliseconds?|seconds?|minutes?)\) (?:on|while|during|waiting)\b/i },
    // A process that did not answer its supervisor in time (Airflow's webserver: `No response from
    // gunicorn master within 120 seconds`).
    { contains: 'no response from ', shape: /\bno response from [\w.-]{1,100}(?: [\w.-]{1,100}){0,3} within \d{1,6} ?(?:ms|s|secs?|seconds?|minutes?)\b/i },
    // Ceph's requests blocked past its complaint time (`24 ops are blocked > 32.768 sec on osd.15`),
    // Cloud Foundry's staging past its bound (`console failed to stage within 15.000000 minutes`),
    // Tekton's TaskRun past its timeout (`TaskRun "x" failed to finish within "1m0s"`), and nova's wait
    // for a volume (`did not finish being created even after we waited 192 seconds or 61 attempts`).
    { contains: ' are blocked > ', shape: /\b[1-9]\d{0,9} (?:ops|requests|slow requests) are blocked > \d{1,6}(?:\.\d{1,6})? sec/i },
    { contains: 'failed to stage within ', shape: /\bfailed to stage within \d{1,6}(?:\.\d{1,6})? (?:seconds?|minutes?)\b/i },
    { contains: 'failed to finish within ', shape: /\bfailed to finish within "?\d{1,6}(?:h|m|s|ms)/i },
    { contains: 'even after we waited ', shape: /\beven after we waited \d{1,6} seconds\b/i },
    // DRBD's cluster-wide state change whose two-phase commit got no answer in time (`drbd r0: Two-phase
    // commit 584166552 timeout`), minikube's VM driver on a machine that got no address in time (`machine
    // didn't return an IP after 120 seconds`, `machine minikube didn't return IP after 1 minute`), and the
    // CARLA bridges waiting on the simulator (`Error: time-out of 5000ms while waiting for the simulator`).
    { contains: 'two-phase commit ', shape: /\btwo-phase commit \d{1,12} timeout\b/i },
    { contains: "didn't return ", shape: /\bdidn't return (?:an )?ip after \d{1,5} (?:seconds?|minutes?)\b/i },
    { contains: 'time-out of ', shape: /\btime-out of \d{1,9} ?(?:ms|s|secs?|seconds?) while waiting\b/i },
    // frp's server and client on a control connection whose heartbeats stopped, the words ending the line
    // (`ProxyName [abc], client heartbeat timeout`, `[W] [server/control.go:647] heartbeat timeout`); Raft's
    // `Heartbeat timeout from "x" reached, starting election` is an election, not a wait.
    { contains: 'heartbeat timeout', shape: /\bheartbeat timeout$/i },
    // i2pd on a tunnel build its peers never answered (`Tunnel: pending build request 2281331559 timeout,
    // deleted`), and xrdp's session manager on an X server that never came up (`X server for display 10
    // startup timeout`, the words ending the line or its clause: a setting of the timeout is not one).
    { contains: 'pending build request ', shape: /\bpending build request \d{1,12} timeout\b/i },
    { contains: ' startup timeout', shape: /\bx server for display \d{1,5} startup timeout(?:$|[,.;:!])/i },
    // A call that got no answer before its timeout, in the caller's words (btcd's query manager: `Query(1)
    // from peer x.onion:8333 failed, rescheduling: did not get response before timeout`).
    { contains: 'response before', shape: /\b(?:did not|didn't|never) (?:get|receive|got|received) (?:a |any )?response before (?:the |its )?timeout\b/i },
    // ESPHome's warnings and errors (`[16:35:20][W][modbus_bridge:481]: TCP timeout client_id=0`,
    // `[W][modbus_bridge:1802]: Modbus timeout: no response received`) whose message opens with a timeout
    // (after at most two words), not with a timeout's setting (`timeout: 500`, `timeout = 2`).
    { contains: 'timeout', shape: /^(?:\[\d{2}:\d{2}:\d{2}(?:\.\d{3})?\])?\[[ew]\]\[[\w.]{1,64}(?::\d{1,5})?\]: (?:\w{1,30} ){0,2}timeout\b(?!\s?[=:]\s?\d)/i },
    // ccxt's timeout error as its name and message (`RequestTimeout: bitget GET https://api.bitget.com/...`):
    // the exchange, then the request that timed out; a setting (`requestTimeout: 30000`) is not one.
    { contains: 'requesttimeout: ', shape: /(?:^|\.|: )requesttimeout: [a-z][\w.-]{0,40} (?:get|post|put|patch|delete) https?:\/\//i },
    // A report that opens with a request's timeout (a TTS server: `[ERRO] tts: Timeout of request generation
    // new audio for ...`), not a sentence about the setting (`the timeout of requests is 30 s`).
    { contains: 'timeout of request', shape: /(?:^|\] |: )timeout of requests? (?!is\b|are\b|was\b|set\b|to\b|=|:)\w/i },
    // A job past the timeout it was given, with both times (docling: `Document processing time (8.141
    // seconds) exceeded the specified timeout of 3.000 seconds`; Symfony's `exceeded the timeout of 600
    // seconds`).
    { contains: 'exceeded the ', shape: /\bexceeded the (?:specified |configured |maximum |allowed )?timeout of \d{1,9}(?:\.\d{1,9})? ?(?:ms|s|secs?|seconds?|milliseconds?|minutes?)\b/i },
    // A reply that did not come in time, as a collector names what it waited for (`Failed to get
    // kubelet_summary:10.2.0.158:10255 response in time`).
    { contains: 'response in time', shape: /\b(?:failed to get|did not get|didn't get|could not get|couldn't get|got no) (?:[\w.:\/-]{1,253} )?response in time\b/i },
    // ClickHouse's distributed DDL past its timeout (`Watching task /clickhouse/task_queue/ddl/query-x is
    // executing longer than distributed_ddl_task_timeout (=180) seconds`).
    { contains: 'executing longer than ', shape: /\bexecuting longer than [a-z_]{1,64}_timeout\b/i },
  ],
} as const satisfies Record<FailureType, readonly LineShape[]>;

// Words that may stand between a denial and a failure's word (`no pods were evicted`, `0 pods
// in CrashLoopBackOff`, `No OOMKilled events`), at most three of them.
const DENIAL_FILLERS = String.raw`(?:(?:pods?|containers?|nodes?|tasks?|jobs?|instances?|requests?|events?|were|was|are|is|in|been|have|has|new|more|further|recent) ){0,3}`;

/**
 * A report that a failure's `word` did not happen: denied before it (`no`, `zero` or `0` as a
 * word of its own, then up to three filler words), or counted at zero or answered false after it,
 * with the word's suffix and up to two words between (`OOMKilled: 0`, `evicted pods: 0`,
 * `totalEvicted=0`, `timeouts=0`, Pterodactyl's `Out of Memory: false`); a zero that starts a
 * phrase (`unschedulable: 0 nodes are available`) counts
 * something else. A quote after the word closes a key (`"timeouts": 0`) only when the colon
 * follows it: one that closes a quoted value (`error="... i/o timeout" connIndex=0`) is followed
 * by the next key, whose zero counts something else.
 */
function absence(word: string): LineShape {
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    contains: word,
    shape: new RegExp(String.raw`(?:^|[\s(\[,;:"'])(?:no|zero|0) ${DENIAL_FILLERS}${w}|${w}[a-z_-]{0,20}(?:" ?|(?: [a-z]{1,20}){0,2} ?)[:=] ?"?(?:0(?![\d.:/]|,\d)|false\b)(?! [a-z]{1,40}(?: |$))`, 'i'),
  };
}

/**
 * Per class, the layouts of a line that looks like its failure but reports its absence (a
 * count at zero, a denial: `OOMKilled: 0`, `no pods were evicted`, `No unschedulable pods`, `0
 * timeouts`, built from the words each class's failure goes by) or a routine operation: a line
 * matching one never matches that class, like an exclusion.
 */
export const EXCLUDE_SHAPES = {
  OOMKilled: ['oomkilled', 'oom kill', 'oom-kill', 'out of memory'].map(absence),
  ImagePullBackOff: ['imagepullbackoff', 'errimagepull'].map(absence),
  CrashLoopBackOff: [
    ...['crashloop', 'crash loop'].map(absence),
    // A Swarm task row is judged by its state (a task down), not by the error it quotes
    // (`Shutdown  Failed 2 seconds ago  "starting container failed: ..."`).
    { contains: ' ago', shape: SWARM_TASK_FAILED },
    // An s6 finish script reporting its service's exit code: the service ended (a pod down), whatever a
    // bare `exit code N` would say.
    { contains: '-finish] ', shape: FINISH_SCRIPT_EXIT },
    // Proxmox on a command it ran that failed (`command 'x' failed: exit code N`): the command's exit code,
    // not a container's, whatever a bare `exit code N` would say.
    { contains: "' failed: exit code ", shape: /\bcommand '[^'\n]{1,400}' failed: exit code \d{1,3}\b/i },
    // `kubectl describe pod`'s Exit Code field on a line of its own: a container that ended (a pod down), not a
    // restart.
    { contains: 'exit code:', shape: DESCRIBE_EXIT_CODE },
    KUBELET_UNIT_FAILING,
  ],
  StartupProbeFailed: [
    ...['probe failure', 'probe failed', 'unhealthy'].map(absence),
    // Ceph's own health checks, each named by its code (`Health check failed: 3 osds down (OSD_DOWN)`,
    // `Health check update: 2 slow ops ... (SLOW_OPS)`): the cluster's state, read by its words, not a probe.
    { contains: 'health check ', shape: /\bhealth check (?:failed|update): [^()\n]{1,300}\([a-z]{2,20}(?:_[a-z0-9]{1,20}){1,6}\)$/i },
    // curl's error on a gateway that gave up or a request that ran out of time (`The requested URL returned
    // error: 504 Gateway Time-out`): latency, whoever ran curl.
    { contains: 'the requested url returned error: ', shape: /\bthe requested url returned error: (?:504|408)\b/i },
  ],
  SchedulingBlocked: ['unschedulable', 'failedscheduling'].map(absence),
  NodeNotReady: [
    ...['notready', 'not ready', 'not-ready'].map(absence),
    // The kubelet's call to its runtime for one pod or container out of time (`CreateContainer in
    // sandbox "id" from runtime service failed: rpc error: code = DeadlineExceeded`, RunPodSandbox,
    // StopContainer): that operation was slow. Calls about the whole node (ListContainers,
    // ContainerStatus, ListPodSandbox) still say its runtime is hung.
    {
      contains: 'from runtime service failed',
      shape: /\b(?:createcontainer in sandbox|startcontainer|stopcontainer|removecontainer|runpodsandbox|stoppodsandbox|removepodsandbox) (?:\S{1,200} )?from runtime service failed\b/i,
    },
  ],
  PodDown: [
    ...['evicted', 'preempted'].map(absence),
    // A process that ended with status 0 ended cleanly, whatever the words before it (Fluentd: `Worker
    // 0 finished unexpectedly with status 0`).
    { contains: 'with status 0', shape: /\bwith status 0(?![\dx.])/i },
    // `kubectl drain` reporting each pod it moved off the node (`pod/web-1 evicted`).
    { contains: 'evicted', shape: /^pod\/[\w.-]{1,253} evicted$/i },
  ],
  ReplicaMismatch: [
    ...['unavailable replicas', 'unavailablereplicas'].map(absence),
    // A controller that could not create a pod because an admission webhook did not answer in
    // time (`FailedCreate ... failed calling webhook "x": Post ...: context deadline exceeded`):
    // the webhook's latency, not the workload's replicas. The call's `?timeout=30s` is not read.
    { contains: 'failed calling webhook', shape: WEBHOOK_TIMED_OUT },
    // BuildKit's numbered progress steps (`#1 waiting for 1 pods to be ready`): buildx's Kubernetes
    // driver starting its builder, a step under way; the wait that failed says so (`#1 ERROR: expected 1
    // replicas to be ready, got 0`).
    { contains: 'to be ready', shape: /(?:^|\s)#\d{1,5} waiting for \d{1,6} pods? to be ready\b/i },
  ],
  HighLatency: [
    ...['timeout', 'timed out', 'deadline exceeded'].map(absence),
    // A setting printed as a name and its value (Keepalived: `Connection timeout = 3`): nothing timed out.
    { contains: 'timeout = ', shape: /\btimeout = \d{1,9}(?:\.\d{1,9})?(?: ?(?:ms|s|secs?|seconds?))?$/i },
    // The same with a colon, as mod_wsgi-express prints its settings at start-up (`Request Timeout    : 60
    // (seconds)`).
    { contains: 'timeout : ', shape: /\btimeout : \d{1,9}(?:\.\d{1,9})? \((?:ms|s|secs?|seconds?|milliseconds)\)$/i },
    // HTTP.rb's class for a connection with no timeout set (`HTTP::Timeout::Null#closed?`, in a
    // Ruby warning about the method it forwards): a name, not a timeout.
    { contains: '::timeout::null', shape: /\bhttp::timeout::null\b/i },
    // A count of timeouts that is zero (Cilium's sysdump: `Number of "context deadline exceeded" in logs:
    // 0`): nothing timed out.
    { contains: 'number of "', shape: /\bnumber of "[^"\n]{1,80}"[^:\n]{0,40}: 0$/i },
  ],
} as const satisfies Record<FailureType, readonly LineShape[]>;

/** Every shape of every class: a line laid out as a failure is at least a warning. */
export const ALL_SHAPES: readonly LineShape[] = Object.values(DETECTABLE_SHAPES).flat();
