// Field rules applied: a line in a format a reader recognises is judged by the fields the
// format defines (a pod row's STATUS, an access log's status and timing), with the tables in
// skills/line-format-skills.ts. Lines of no such format return null, and the phrase tables
// read their text.
import type { FailureType } from './failure-types.ts';
import {
  ACCESS_LOG_RULES,
  ALLOC_STATUS_RULES,
  INFO_LEVEL_REPORTERS,
  KLOG_SPEAKER_RULES,
  MACHINE_ROW_RULE,
  type MachineRowRule,
  PROCESS_EXIT_LEVELS,
  type ProcessExitLevels,
  METRIC_SAMPLE_RULES,
  NODE_STATUS_RULES,
  POD_STATUS_RULES,
  type InfoLevelReporters,
  type KlogSpeakerRule,
  type NodeStatusRule,
  type PodStatusRule,
  type AccessLogRules,
} from './line-format-skills.ts';
import { EVENT_RULES, matchEventRule, type EventRule } from './k8s-event-skills.ts';
import { classifyMaskedMessage } from './watcher-skills.ts';
import {
  readAccessLog,
  readApiserverHttplog,
  readCompletedRequest,
  readForwardedRequest,
  readHaproxyLog,
  readNginxFinalize,
  readRequestFields,
  readRoundTrip,
  readSearchClientRequest,
  readServeRequest,
  readAnsweredRequest,
  readHttpxRequest,
  readDeisRouterLog,
  readGinRequest,
  readPrettyRequest,
  readMacaronRequest,
  readRackTimeout,
  readQueryResult,
  readSeataCost,
  readSaiTimeSpan,
  readLnetInactive,
  readRspamdSlowRule,
  readBcliFinished,
  readArkimeHttp,
  readWatchdogRequest,
  readOutgoingResponse,
  readBeegoRequest,
  readGoGetTrace,
  readTornadoRequest,
  type AccessLogFields,
} from '../src/line-formats/access-log.ts';
import { readKlogHeader, type KlogHeader } from '../src/line-formats/klog.ts';
import { statesExitLevel } from '../src/line-formats/process-exit.ts';
import { readEventRow, readRecordedEvent, type EventRow } from '../src/line-formats/kubectl-events.ts';
import { readAllocRow, type AllocRow } from '../src/line-formats/nomad.ts';
import { readClusterRow, readMachineRow, readNodeRow, readPodRow, type MachineRow, type NodeRow, type PodRow } from '../src/line-formats/kubectl-table.ts';
import { readSyslogPrefix } from '../src/line-formats/syslog.ts';
import { readMetricSample } from '../src/line-formats/metric-sample.ts';
import { READER_GATE_INDEX, type ReaderGate } from '../src/line-formats/reader-marks.ts';

/**
 * What the fields of a recognised line say: its failure class, or null for none. Access logs
 * and pod rows are judged by their fields alone; a logfmt or JSON request log only when its
 * status or duration names a failure.
 */
export interface FieldVerdict {
  format: 'access-log' | 'pod-row' | 'node-row' | 'machine-row' | 'event-row' | 'request-log' | 'alloc-row' | 'metric-sample';
  failure: FailureType | null;
  /** The severity the fields give the line. */
  severity: 'ERROR' | 'WARNING' | 'INFO';
}

export interface FieldTables {
  podStatus: readonly PodStatusRule[];
  nodeStatus: readonly NodeStatusRule[];
  /** Cluster API's rows of machines. */
  machineRow: MachineRowRule;
  /** The reason table of Kubernetes Event objects, which event rows are judged by too. */
  eventRules: readonly EventRule[];
  accessLog: AccessLogRules;
  /** Nomad allocation statuses. */
  allocStatus: Readonly<Record<string, FailureType>>;
  /** Metric sample values that count nothing. */
  metricSample: { readonly quietValues: readonly number[] };
}

export const FIELD_TABLES: FieldTables = {
  podStatus: POD_STATUS_RULES,
  nodeStatus: NODE_STATUS_RULES,
  machineRow: MACHINE_ROW_RULE,
  eventRules: EVENT_RULES,
  accessLog: ACCESS_LOG_RULES,
  allocStatus: ALLOC_STATUS_RULES,
  metricSample: METRIC_SAMPLE_RULES,
};
const TABLES = FIELD_TABLES;

/**
 * A pod row's failure: by its STATUS, restarts, readiness and age. An init container's status
 * (`Init:CrashLoopBackOff`, `Init:ContainerCannotRun`) is judged as the same status: the pod
 * cannot get past it. `Init:0/1` (init containers still running) names nothing.
 */
export function judgePodRow(row: PodRow, rules: readonly PodStatusRule[] = POD_STATUS_RULES): FailureType | null {
  const status = row.status.toLowerCase();
  return judgePodStatus(row, status, rules) ?? (status.startsWith('init:') ? judgePodStatus(row, status.slice(5), rules) : null);
}

function judgePodStatus(row: PodRow, status: string, rules: readonly PodStatusRule[]): FailureType | null {
  for (const rule of rules) {
    if (rule.prefix === true ? !status.startsWith(rule.status) : rule.suffix === true ? !status.endsWith(rule.status) : rule.status !== status) continue;
    if (rule.minRestarts !== undefined && row.restarts < rule.minRestarts) continue;
    if (rule.maxRestarts !== undefined && row.restarts > rule.maxRestarts) continue;
    if (rule.noneReady && row.ready !== 0) continue;
    if (rule.notAllReady && row.ready >= row.total) continue;
    if (rule.minAgeSeconds !== undefined && row.ageSeconds < rule.minAgeSeconds) continue;
    if (rule.minRestartsPerHour !== undefined && row.restarts * 3600 < rule.minRestartsPerHour * row.ageSeconds) continue;
    return rule.failure;
  }
  return null;
}

/** A Cluster API row of machines' failure: machines unavailable, or fewer ready than it has (MACHINE_ROW_RULE). */
export function judgeMachineRow(row: MachineRow, rule: MachineRowRule = MACHINE_ROW_RULE): FailureType | null {
  return row.unavailable >= rule.minUnavailable || (rule.readyShort && row.ready < row.replicas) ? rule.failure : null;
}

/** A Nomad allocation row's failure: by its Status alone (ALLOC_STATUS_RULES). */
export function judgeAllocRow(row: AllocRow, rules: Readonly<Record<string, FailureType>> = ALLOC_STATUS_RULES): FailureType | null {
  return Object.hasOwn(rules, row.status) ? rules[row.status]! : null;
}

export function judgeAccessLog(fields: AccessLogFields, rules: AccessLogRules = ACCESS_LOG_RULES): FailureType | null {
  const byStatus = rules.statuses[fields.status];
  if (byStatus !== undefined) return byStatus;
  for (const flag of fields.flags ?? []) {
    const byFlag = Object.hasOwn(rules.responseFlags, flag) ? rules.responseFlags[flag] : undefined;
    if (byFlag !== undefined) return byFlag;
  }
  if (fields.seconds !== null && fields.seconds >= rules.slowSeconds) return 'HighLatency';
  if (fields.seconds !== null && fields.status >= rules.errorFrom && fields.seconds >= rules.slowErrorSeconds) return 'HighLatency';
  return null;
}

export function judgeNodeRow(row: NodeRow, rules: readonly NodeStatusRule[] = NODE_STATUS_RULES): FailureType | null {
  const condition = row.condition.toLowerCase();
  return rules.find((rule) => rule.condition === condition)?.failure ?? null;
}

/**
 * An event row is judged by its REASON (and its message where the reason is generic), with
 * the reason table of Event objects. An event no reason rule names goes to the phrase tables
 * with its message alone (the object's name is not read): the kubelet records a container
 * killed for a failed liveness probe as a Normal `Killing`. The TYPE column is the level the
 * row states: a Warning is a WARNING; a Normal event naming a failure an ERROR (as its
 * wording would make it), one naming none routine (INFO). A row neither its reason nor its
 * message's words decide is read last by the rules for what is left (`when_unread`: the
 * kubelet's `Failed` with `Error: ` and a cause).
 */
export function judgeEventRow(row: EventRow, rules: readonly EventRule[] = EVENT_RULES): FieldVerdict {
  const fields = { reason: row.reason, message: row.message };
  const rule = matchEventRule(fields, rules);
  const failure =
    rule !== null ? rule.failure_type : (classifyMaskedMessage(row.message) ?? matchEventRule(fields, rules, true)?.failure_type ?? null);
  return { format: 'event-row', failure, severity: row.type === 'Warning' ? 'WARNING' : failure === null ? 'INFO' : 'ERROR' };
}

const G = READER_GATE_INDEX;
/** Whether the reader at `index` may read the line. */
function runs(gate: ReaderGate | undefined, index: number): boolean {
  return gate === undefined || gate[index] !== 0;
}

/** The last line whose klog header was read, and the header: a line's reporter check, speaker and exit level read it once. */
let klogLine: string | null = null;
let klogHeader: KlogHeader | null = null;

/** The line's klog header (null when it has none, or the gate says it holds no klog mark). */
function klogHeaderOf(line: string, gate: ReaderGate | undefined): KlogHeader | null {
  if (!runs(gate, G.klog)) return null;
  if (line !== klogLine) {
    klogHeader = readKlogHeader(line);
    klogLine = line;
  }
  return klogHeader;
}

/**
 * The verdict of the line's fields, or null when no field reader recognises the line. A
 * syslog or journal prefix is read past: the readers judge what the program wrote. `gate` is
 * what a scan of the whole line found (ReaderGate); readers it rules out are not run.
 */
export function judgeFields(line: string, tables: FieldTables = TABLES, gate?: ReaderGate): FieldVerdict | null {
  const body = readSyslogPrefix(line)?.body ?? line;
  return judgeBody(body, tables, gate);
}

function judgeBody(line: string, tables: FieldTables, gate: ReaderGate | undefined): FieldVerdict | null {
  const access = runs(gate, G.accessLog) ? readAccessLog(line) : null;
  if (access !== null) return requestVerdict('access-log', access, tables.accessLog);
  const row = runs(gate, G.podRow) ? readPodRow(line) : null;
  if (row !== null) return rowVerdict('pod-row', judgePodRow(row, tables.podStatus));
  const node = runs(gate, G.nodeRow) ? readNodeRow(line) : null;
  if (node !== null) return rowVerdict('node-row', judgeNodeRow(node, tables.nodeStatus));
  // A member cluster's row is judged as the node it stands for.
  const cluster = runs(gate, G.clusterRow) ? readClusterRow(line) : null;
  if (cluster !== null) return rowVerdict('node-row', judgeNodeRow(cluster, tables.nodeStatus));
  const machines = runs(gate, G.machineRow) ? readMachineRow(line) : null;
  if (machines !== null) return rowVerdict('machine-row', judgeMachineRow(machines, tables.machineRow));
  const trip = readRequestLine(line, gate);
  if (trip !== null) return requestVerdict('request-log', trip, tables.accessLog);
  const alloc = readAllocRow(line);
  if (alloc !== null) return rowVerdict('alloc-row', judgeAllocRow(alloc, tables.allocStatus));
  const event = (runs(gate, G.eventRow) ? readEventRow(line) : null) ?? (runs(gate, G.recordedEvent) ? readRecordedEvent(line) : null);
  if (event !== null) return judgeEventRow(event, tables.eventRules);
  // A metric sample at a quiet value (a counter at zero) reports that nothing happened.
  const sample = runs(gate, G.metricSample) ? readMetricSample(line) : null;
  if (sample !== null && tables.metricSample.quietValues.includes(sample.value)) return { format: 'metric-sample', failure: null, severity: 'INFO' };
  // A logfmt or JSON request log: its status and duration are read whatever level it states;
  // when they say nothing, its other fields (a router's error code) go to the phrase tables.
  const request = runs(gate, G.requestFields) ? readRequestFields(line) : null;
  if (request !== null) {
    const failure = judgeAccessLog(request, tables.accessLog);
    if (failure !== null) return { format: 'request-log', failure, severity: 'ERROR' };
  }
  return null;
}

/** The request-line readers, in order, each only when the gate allows it. */
const REQUEST_LINE_READERS: ReadonlyArray<readonly [number, (line: string) => AccessLogFields | null]> = [
  [G.roundTrip, readRoundTrip],
  [G.nginxFinalize, readNginxFinalize],
  [G.haproxy, readHaproxyLog],
  [G.apiserverHttplog, readApiserverHttplog],
  [G.completedRequest, readCompletedRequest],
  [G.forwardedRequest, readForwardedRequest],
  [G.searchClient, readSearchClientRequest],
  [G.tornado, readTornadoRequest],
  [G.serve, readServeRequest],
  [G.answeredRequest, readAnsweredRequest],
  [G.httpx, readHttpxRequest],
  [G.deisRouter, readDeisRouterLog],
  [G.gin, readGinRequest],
  [G.macaron, readMacaronRequest],
  [G.beego, readBeegoRequest],
  [G.goGetTrace, readGoGetTrace],
  [G.prettyRequest, readPrettyRequest],
  [G.rackTimeout, readRackTimeout],
  [G.queryResult, readQueryResult],
  [G.seataCost, readSeataCost],
  [G.saiTimeSpan, readSaiTimeSpan],
  [G.lnetInactive, readLnetInactive],
  [G.rspamdSlowRule, readRspamdSlowRule],
  [G.bcliFinished, readBcliFinished],
  [G.arkimeHttp, readArkimeHttp],
  [G.watchdogRequest, readWatchdogRequest],
  [G.outgoingResponse, readOutgoingResponse],
];

function readRequestLine(line: string, gate: ReaderGate | undefined): AccessLogFields | null {
  for (const [index, read] of REQUEST_LINE_READERS) {
    if (!runs(gate, index)) continue;
    const fields = read(line);
    if (fields !== null) return fields;
  }
  return null;
}

/** A request's verdict: its failure, and ERROR from the error statuses up even when none. */
function requestVerdict(format: FieldVerdict['format'], fields: AccessLogFields, rules: AccessLogRules): FieldVerdict {
  const failure = judgeAccessLog(fields, rules);
  return { format, failure, severity: failure !== null || fields.status >= rules.errorFrom ? 'ERROR' : 'INFO' };
}

/** A table row's verdict: an ERROR when its fields name a failure, routine otherwise. */
function rowVerdict(format: FieldVerdict['format'], failure: FailureType | null): FieldVerdict {
  return { format, failure, severity: failure === null ? 'INFO' : 'ERROR' };
}

/**
 * Whether a line at a stated info level comes from a speaker that reports cluster state at
 * that level (the klog source file, or a known reporter's header), so its wording is read.
 */
export function infoLevelReporter(
  line: string,
  reporters: InfoLevelReporters = INFO_LEVEL_REPORTERS,
  /** Per header, 0 when a scan of the line already found it does not hold the header's `contains`. */
  mayHold?: ArrayLike<number>,
  gate?: ReaderGate,
): boolean {
  const klog = klogHeaderOf(line, gate);
  if (klog !== null) return reporters.klogFiles.includes(klog.file);
  return reporters.headers.some((h, i) => (mayHold === undefined || mayHold[i] !== 0) && line.indexOf(h.contains) >= 0 && h.header.test(line));
}

/**
 * The failure a klog line's speaker reports (KLOG_SPEAKER_RULES: its source file and a word
 * of its message), or null: the fallback when the phrase tables find nothing.
 */
export function judgeKlogSpeaker(line: string, rules: readonly KlogSpeakerRule[] = KLOG_SPEAKER_RULES, gate?: ReaderGate): FailureType | null {
  const klog = klogHeaderOf(line, gate);
  if (klog === null) return null;
  let low: string | null = null;
  for (const rule of rules) {
    if (!rule.files.includes(klog.file)) continue;
    low ??= line.slice(klog.index).toLowerCase();
    if (rule.message_any.some((word) => low!.includes(word))) return rule.failure;
  }
  return null;
}

/**
 * Whether the line states one of `levels`' fatal levels or crash reports other than klog's (whose
 * `F` the severity rules read as a level of their own), when the gate says it holds their marks.
 */
export function statesProcessExit(line: string, levels: ProcessExitLevels = PROCESS_EXIT_LEVELS, gate?: ReaderGate): boolean {
  return runs(gate, G.processExit) && statesExitLevel(line, levels.levels);
}

/**
 * PodDown (PROCESS_EXIT_LEVELS' failure) when the line states a level that ends its process: a klog
 * `F` header or another format's fatal level; otherwise null. The last fallback, after the phrase
 * tables and the klog speakers.
 */
export function judgeProcessExit(line: string, levels: ProcessExitLevels = PROCESS_EXIT_LEVELS, gate?: ReaderGate): FailureType | null {
  if (statesProcessExit(line, levels, gate)) return levels.failure;
  const klog = klogHeaderOf(line, gate);
  return klog !== null && levels.klog.includes(klog.severity) ? levels.failure : null;
}
