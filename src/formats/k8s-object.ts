// Kubernetes objects as kubectl and the API server print them (one object, a List of mixed
// kinds, a watch envelope) turned into records: failures by the policy in
// skills/k8s-object-skills.ts, Events by the same mapping `normalize` uses. Every record
// names its target and carries the object's own time.
import {
  CONTAINER,
  CRASH_MIN_RESTARTS,
  CRASHED_RULE,
  DETAIL,
  FAILED_POD_RULE,
  EVICTED_RULE,
  FAILED_POD_REASONS,
  NODE_NOT_READY_STATUSES,
  NODE_RULE,
  OBJECT_SOURCE,
  OOM_EXIT_CODES,
  OOM_REASONS,
  OOM_RULE,
  PROBE_DEFAULTS,
  PROBE_RULE,
  RECENT_S,
  ROLLOUT_IN_PROGRESS_REASONS,
  UNSCHEDULABLE_REASONS,
  UNSCHEDULABLE_RULE,
  WAITING_RULES,
  WORKLOAD_FAILED_CONDITIONS,
  WORKLOAD_KINDS,
  WORKLOAD_RULE,
  type StateRule,
} from '../../skills/k8s-object-skills.ts';
import type { JsonObject, LogRecord } from '../types.ts';
import { eventToRecord } from './k8s-event.ts';
import { formatEventTime, parseEventTime } from './event-time.ts';
import { formatTarget, objectTarget, type Target } from './target.ts';

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** What an object yielded: its records, or `unknown` for a kind GHOST has no rules for. */
export interface ObjectResult {
  records: LogRecord[];
  unknown: boolean;
  /** The newest timestamp in the object, epoch seconds. */
  time: number | undefined;
}

/** A watch envelope as `kubectl get -w --output-watch-events` and `?watch=1` write it. */
export function isWatchEnvelope(value: Obj): boolean {
  return typeof value['type'] === 'string' && obj(value['object']) !== undefined;
}

/** A List (`kubectl get a,b -o json`): an object with an `items` array. */
export function listItems(value: Obj): unknown[] | undefined {
  return Array.isArray(value['items']) ? value['items'] : undefined;
}

/** The kind of an object, from `kind` or, for dumps that omit it, from its shape. */
export function kindOf(o: Obj): string | undefined {
  const kind = str(o['kind']);
  if (kind) return kind;
  if (obj(o['involvedObject']) || (str(o['reason']) !== undefined && str(o['message']) !== undefined && obj(o['source']))) return 'Event';
  const selfLink = str(obj(o['metadata'])?.['selfLink']);
  const fromLink = selfLink ? /\/(pods|nodes|deployments|replicasets|statefulsets|daemonsets|events)\/[^/]+$/.exec(selfLink) : null;
  if (fromLink) return LINK_KINDS[fromLink[1]!];
  const spec = obj(o['spec']);
  const status = obj(o['status']);
  if (arr(spec?.['containers']).length > 0 || status?.['containerStatuses'] !== undefined || status?.['phase'] !== undefined) return 'Pod';
  if (obj(status?.['nodeInfo']) || spec?.['podCIDR'] !== undefined || spec?.['providerID'] !== undefined) return 'Node';
  if (status?.['desiredNumberScheduled'] !== undefined) return 'DaemonSet';
  if (obj(spec?.['template'])) {
    if (spec?.['serviceName'] !== undefined || spec?.['volumeClaimTemplates'] !== undefined) return 'StatefulSet';
    if (spec?.['strategy'] !== undefined || spec?.['progressDeadlineSeconds'] !== undefined) return 'Deployment';
    if (spec?.['replicas'] !== undefined) return 'ReplicaSet';
  }
  return undefined;
}

const LINK_KINDS: Record<string, string> = {
  pods: 'Pod',
  nodes: 'Node',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  events: 'Event',
};

const TIME_KEYS = ['lastTransitionTime', 'lastHeartbeatTime', 'lastUpdateTime', 'lastProbeTime', 'startedAt', 'finishedAt'];

/** The newest timestamp among an object's conditions, container states and metadata. */
function newestTime(o: Obj, skip?: Set<unknown>): number | undefined {
  let newest: number | undefined;
  const see = (value: unknown) => {
    if (skip?.has(value)) return;
    const t = parseEventTime(value);
    if (t !== undefined && (newest === undefined || t > newest)) newest = t;
  };
  const metadata = obj(o['metadata']);
  see(metadata?.['creationTimestamp']);
  see(metadata?.['deletionTimestamp']);
  const status = obj(o['status']);
  see(status?.['startTime']);
  for (const c of arr(status?.['conditions'])) for (const k of TIME_KEYS) see(obj(c)?.[k]);
  for (const list of ['containerStatuses', 'initContainerStatuses']) {
    for (const cs of arr(status?.[list])) {
      for (const which of ['state', 'lastState']) {
        for (const st of Object.values(obj(obj(cs)?.[which]) ?? {})) for (const k of TIME_KEYS) see(obj(st)?.[k]);
      }
    }
  }
  return newest;
}

function eventTime(o: Obj): number | undefined {
  return (
    parseEventTime(o['eventTime']) ??
    parseEventTime(obj(o['series'])?.['lastObservedTime']) ??
    parseEventTime(o['lastTimestamp']) ??
    parseEventTime(o['firstTimestamp']) ??
    parseEventTime(obj(o['metadata'])?.['creationTimestamp'])
  );
}

function fill(template: string, container: string, detail: string): string {
  return template.replace(CONTAINER, container).replace(DETAIL, detail).trim();
}

function finding(rule: StateRule, container: string, detail: string, name: string): LogRecord {
  const record: LogRecord = {
    severity: 'ERROR',
    message: fill(rule.message, container, detail),
    labels: { reason: rule.failure_type, source: OBJECT_SOURCE },
  };
  if (rule.signal) record.signal = { ...rule.signal, name } as JsonObject;
  if (container) record.container = container;
  return record;
}

function conditionOf(o: Obj, type: string): Obj | undefined {
  for (const c of arr(obj(o['status'])?.['conditions'])) {
    const cond = obj(c);
    if (cond?.['type'] === type) return cond;
  }
  return undefined;
}

function probeWindow(probe: Obj | undefined): number {
  const get = (k: keyof typeof PROBE_DEFAULTS) => num(probe?.[k]) ?? PROBE_DEFAULTS[k];
  return get('initialDelaySeconds') + get('periodSeconds') * get('failureThreshold');
}

/** Findings for one container status; at most one, the first that holds in the skills' order. */
function containerFinding(cs: Obj, spec: Obj | undefined, pod: Obj, streamTime: number | undefined, name: string): LogRecord | null {
  const container = str(cs['name']) ?? '';
  const state = obj(cs['state']);
  const last = obj(cs['lastState']);
  const ready = cs['ready'] === true;
  const waiting = obj(state?.['waiting']);
  const running = obj(state?.['running']);
  // OOM: the current state, or the last one while it is recent.
  for (const [terminated, current] of [
    [obj(state?.['terminated']), true],
    [obj(last?.['terminated']), false],
  ] as const) {
    if (!terminated) continue;
    const reason = str(terminated['reason']) ?? '';
    const code = num(terminated['exitCode']);
    if (!OOM_REASONS.includes(reason) && !(code !== undefined && OOM_EXIT_CODES.includes(code))) continue;
    const finished = parseEventTime(terminated['finishedAt']);
    const recent = current || !ready || (streamTime !== undefined && finished !== undefined && streamTime - finished <= RECENT_S);
    if (recent) return finding(OOM_RULE, container, `${reason || 'killed'} at ${str(terminated['finishedAt']) ?? 'an unknown time'}`, name);
  }
  const waitingReason = str(waiting?.['reason']);
  if (waitingReason && Object.hasOwn(WAITING_RULES, waitingReason)) {
    return finding(WAITING_RULES[waitingReason]!, container, str(waiting?.['message']) ?? '', name);
  }
  const exited = obj(state?.['terminated']);
  const code = num(exited?.['exitCode']);
  const restarts = num(cs['restartCount']) ?? 0;
  if (exited && code !== undefined && code !== 0 && restarts >= CRASH_MIN_RESTARTS) {
    const detail = `${str(exited['reason']) ?? 'terminated'} with exit code ${code} after ${restarts} restarts`;
    return finding(CRASHED_RULE, container, detail, name);
  }
  if (running && !ready && spec) {
    const started = cs['started'] !== false;
    const probe = obj(started ? spec['readinessProbe'] : spec['startupProbe']) ?? obj(spec['livenessProbe']);
    if (probe) {
      const startedAt = parseEventTime(running['startedAt']);
      const own = newestTime(pod);
      const reference = Math.max(streamTime ?? -Infinity, own ?? -Infinity);
      if (startedAt !== undefined && reference - startedAt > probeWindow(probe)) {
        return finding(PROBE_RULE, container, `since ${str(running['startedAt'])}`, name);
      }
    }
  }
  return null;
}

function podFindings(o: Obj, streamTime: number | undefined, name: string): LogRecord[] {
  const status = obj(o['status']);
  const spec = obj(o['spec']);
  const phase = str(status?.['phase']);
  const reason = str(status?.['reason']) ?? '';
  if (phase === 'Failed') {
    const rule = FAILED_POD_REASONS.includes(reason) ? EVICTED_RULE : FAILED_POD_RULE;
    return [finding(rule, '', str(status?.['message']) ?? (reason || 'containers exited'), name)];
  }
  // A finished pod (a completed Job) is quiet.
  if (phase === 'Succeeded') return [];
  const scheduled = conditionOf(o, 'PodScheduled');
  if (scheduled?.['status'] === 'False' && UNSCHEDULABLE_REASONS.includes(str(scheduled['reason']) ?? '')) {
    return [finding(UNSCHEDULABLE_RULE, '', str(scheduled['message']) ?? '', name)];
  }
  const out: LogRecord[] = [];
  for (const [statuses, specs] of [
    ['initContainerStatuses', 'initContainers'],
    ['containerStatuses', 'containers'],
  ] as const) {
    const specByName = new Map<string, Obj>();
    for (const c of arr(spec?.[specs])) {
      const co = obj(c);
      const n = str(co?.['name']);
      if (co && n) specByName.set(n, co);
    }
    for (const cs of arr(status?.[statuses])) {
      const s = obj(cs);
      if (!s) continue;
      const f = containerFinding(s, specByName.get(str(s['name']) ?? ''), o, streamTime, name);
      if (f) out.push(f);
    }
  }
  return out;
}

function nodeFindings(o: Obj, name: string): LogRecord[] {
  const ready = conditionOf(o, 'Ready');
  if (!ready || !NODE_NOT_READY_STATUSES.includes(str(ready['status']) ?? '')) return [];
  const detail = `Ready=${str(ready['status'])} ${str(ready['reason']) ?? ''}: ${str(ready['message']) ?? ''}`;
  return [finding(NODE_RULE, '', detail, name)];
}

function workloadFindings(o: Obj, kind: string, name: string): LogRecord[] {
  const spec = obj(o['spec']);
  const status = obj(o['status']) ?? {};
  const metadata = obj(o['metadata']);
  // A ReplicaSet a Deployment owns is reported through its Deployment.
  if (kind === 'ReplicaSet' && arr(metadata?.['ownerReferences']).length > 0) return [];
  for (const [type, want, reason] of WORKLOAD_FAILED_CONDITIONS) {
    const cond = conditionOf(o, type);
    if (cond && cond['status'] === want && (reason === '*' || cond['reason'] === reason)) {
      return [finding(WORKLOAD_RULE, '', `${type}=${want} ${str(cond['reason']) ?? ''}: ${str(cond['message']) ?? ''}`, name)];
    }
  }
  const desired = kind === 'DaemonSet' ? num(status['desiredNumberScheduled']) ?? 0 : num(spec?.['replicas']) ?? 1;
  const ready = kind === 'DaemonSet' ? num(status['numberReady']) ?? 0 : num(status['readyReplicas']) ?? 0;
  if (ready >= desired) return [];
  // The controller has not seen the latest spec yet, or a rollout is under way: not a failure.
  const generation = num(metadata?.['generation']);
  const observed = num(status['observedGeneration']);
  if (generation !== undefined && observed !== undefined && observed < generation) return [];
  const progressing = conditionOf(o, 'Progressing');
  if (progressing?.['status'] === 'True' && ROLLOUT_IN_PROGRESS_REASONS.includes(str(progressing['reason']) ?? '')) return [];
  if (kind === 'StatefulSet' && status['updateRevision'] !== undefined && status['updateRevision'] !== status['currentRevision']) return [];
  if (kind === 'DaemonSet' && (num(status['updatedNumberScheduled']) ?? desired) < desired) return [];
  return [finding(WORKLOAD_RULE, '', `${ready} of ${desired} ready`, name)];
}

function eventRecord(o: Obj): { record: LogRecord | null; target: Target | undefined } {
  const involved = obj(o['involvedObject']) ?? obj(o['regarding']) ?? {};
  const kind = str(involved['kind']) ?? '';
  const name = str(involved['name']);
  const record = eventToRecord({
    reason: str(o['reason']) ?? '',
    message: str(o['message']) ?? str(o['note']) ?? '',
    involvedKind: kind,
    involvedName: name,
  });
  if (record) delete record.service;
  const ns = str(involved['namespace']);
  const target = kind && name ? objectTarget(kind, { name, ...(ns ? { namespace: ns } : {}) }) : undefined;
  return { record, target };
}

/**
 * The records one object yields. `streamTime` is the newest time the stream showed before it
 * (what "recent" is measured against). A watch DELETED or BOOKMARK yields nothing to alarm on.
 */
export function objectRecords(o: Obj, streamTime: number | undefined, watchType?: string): ObjectResult {
  const kind = kindOf(o);
  if (kind === undefined) return { records: [], unknown: true, time: undefined };
  const isEvent = kind === 'Event';
  const time = isEvent ? eventTime(o) : newestTime(o);
  let target: Target | undefined;
  let records: LogRecord[];
  if (isEvent) {
    const made = eventRecord(o);
    target = made.target;
    records = made.record && watchType !== 'DELETED' ? [made.record] : [];
  } else {
    target = objectTarget(kind, obj(o['metadata']));
    const name = str(obj(o['metadata'])?.['name']) ?? '';
    if (watchType === 'DELETED') records = [];
    else if (kind === 'Pod') records = podFindings(o, streamTime, name);
    else if (kind === 'Node') records = nodeFindings(o, name);
    else if (WORKLOAD_KINDS.includes(kind)) records = workloadFindings(o, kind, name);
    else return { records: [], unknown: true, time };
  }
  if (records.length === 0) {
    // Healthy, or an Event that is not a failure: one quiet record keeps the object counted.
    const quiet: LogRecord = { severity: 'INFO', message: `${kind}: ${str(o['reason']) ?? 'no failure in its state'}`, labels: { source: OBJECT_SOURCE } };
    records = [quiet];
  }
  for (const r of records) {
    if (target) r.target = formatTarget(target);
    if (time !== undefined) r.timestamp = formatEventTime(time);
    const labels = r.labels as JsonObject;
    labels['kind'] ??= kind;
  }
  return { records, unknown: false, time };
}
