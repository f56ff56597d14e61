// Container log lines as the runtime writes them to disk and as log collectors ship them:
// CRI (`<RFC 3339 time> stdout|stderr F|P <text>`), Docker's json-file driver
// (`{"log","stream","time"}`), Fluent Bit / Fluentd (`log` plus a `kubernetes` block), Vector's
// kubernetes_logs (`message` plus `kubernetes.pod_*`) and Loki's `logcli --output jsonl`
// (`{"labels","line","timestamp"}`). Each becomes a log record with the line's text, its own
// time and, when the input names it, its target.
import { inferSeverity } from '../../skills/severity-skills.ts';
import type { LogRecord } from '../types.ts';
import { formatEventTime } from './event-time.ts';
import { formatTarget, podWorkload, type Target } from './target.ts';

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export interface CriParts {
  time: string;
  stream: 'stdout' | 'stderr';
  /** F: the line ends here; P: a piece of a longer line. */
  full: boolean;
  /** Where the text starts in the line. */
  text: number;
}

/**
 * The parts of a CRI line (`<RFC 3339 time> stdout|stderr F|P <text>`), or undefined when it
 * is not one. Found with indexOf rather than a regular expression: a file has millions.
 */
export function parseCriLine(line: string): CriParts | undefined {
  const sp = line.indexOf(' ');
  if (sp < 20 || line.charCodeAt(4) !== 0x2d || line.charCodeAt(10) !== 0x54) return undefined;
  let stream: CriParts['stream'];
  if (line.startsWith('stdout ', sp + 1)) stream = 'stdout';
  else if (line.startsWith('stderr ', sp + 1)) stream = 'stderr';
  else return undefined;
  const tag = line.charCodeAt(sp + 8);
  if (tag !== 0x46 && tag !== 0x50) return undefined;
  const after = sp + 9;
  if (after < line.length && line.charCodeAt(after) !== 0x20) return undefined;
  return { time: line.slice(0, sp), stream, full: tag === 0x46, text: Math.min(after + 1, line.length) };
}

/** The record for one whole container log line. */
export function logLineRecord(text: string, source: string, time: unknown, stream: string | undefined, target: Target | undefined): LogRecord {
  const message = text.endsWith('\n') ? text.slice(0, text.endsWith('\r\n') ? -2 : -1) : text;
  const record: LogRecord = { severity: inferSeverity(message), message, labels: stream ? { source, stream } : { source } };
  // A time string is kept as written (the replay loop parses it for detections only).
  if (typeof time === 'string' && time.length > 0) record.timestamp = time;
  else if (typeof time === 'number' && Number.isFinite(time)) record.timestamp = formatEventTime(time);
  if (target) {
    record.target = formatTarget(target);
    if (target.container) record.container = target.container;
  }
  return record;
}

/** Characters a split line may reach before it is read as it is (runtimes split at 16 KiB). */
export const MAX_PARTIAL_LINE = 1 << 20;

/**
 * Joins the pieces of a line a runtime split: CRI `P` lines until an `F`, Docker json-file
 * entries until one whose `log` ends in a newline. One per stream, as runtimes split per stream.
 */
interface OpenLine {
  pieces: string[];
  length: number;
}

export class PartialLines {
  // The two streams runtimes write are fields, not Map entries: a Map that gains and loses an
  // entry per split line reallocates its table each time, and V8 soon allocates those tables
  // straight into the old generation (the Map lives there), which then fills with garbage
  // until a full collection: on a million CRI lines, ~30 MB of peak memory.
  #stdout: OpenLine | undefined;
  #stderr: OpenLine | undefined;
  /** Any other stream a Docker json-file entry names. */
  readonly #other = new Map<string, OpenLine>();
  readonly #maxLength: number;

  /** A line that grows past `maxLength` characters without ending is let out as it is, so memory stays bounded. */
  constructor(maxLength = MAX_PARTIAL_LINE) {
    this.#maxLength = maxLength;
  }

  /** The whole line once `last` says it ended (or it grew too long), else undefined (the piece is kept). */
  add(stream: string, text: string, last: boolean): string | undefined {
    const open = stream === 'stdout' ? this.#stdout : stream === 'stderr' ? this.#stderr : this.#other.get(stream);
    if (!open) {
      if (last || text.length >= this.#maxLength) return text;
      this.#put(stream, { pieces: [text], length: text.length });
      return undefined;
    }
    open.pieces.push(text);
    open.length += text.length;
    if (!last && open.length < this.#maxLength) return undefined;
    this.#put(stream, undefined);
    return open.pieces.join('');
  }

  #put(stream: string, open: OpenLine | undefined): void {
    if (stream === 'stdout') this.#stdout = open;
    else if (stream === 'stderr') this.#stderr = open;
    else if (open) this.#other.set(stream, open);
    else this.#other.delete(stream);
  }

  /** Pieces still open at the end of input, joined (a runtime killed mid-line). */
  drain(): Array<[string, string]> {
    const open: Array<[string, OpenLine | undefined]> = [['stdout', this.#stdout], ['stderr', this.#stderr], ...this.#other];
    this.#stdout = undefined;
    this.#stderr = undefined;
    this.#other.clear();
    return open.flatMap(([stream, line]): Array<[string, string]> => (line ? [[stream, line.pieces.join('')]] : []));
  }
}

/** The target named by a Fluent Bit / Fluentd or Vector `kubernetes` block. */
export function kubernetesBlockTarget(k: Obj): Target | undefined {
  const namespace = str(k['namespace_name']) ?? str(k['pod_namespace']) ?? str(k['namespace']);
  const pod = str(k['pod_name']);
  if (!pod) return undefined;
  const labels = obj(k['labels']) ?? obj(k['pod_labels']);
  const hash = str(labels?.['pod-template-hash']);
  let owner: { kind: string; name: string } | undefined;
  // Vector: "ReplicaSet/web-5d4f8"; Fluent Bit with Owner_References: [{kind, name}].
  const podOwner = str(k['pod_owner']);
  if (podOwner?.includes('/')) owner = { kind: podOwner.slice(0, podOwner.indexOf('/')), name: podOwner.slice(podOwner.indexOf('/') + 1) };
  const refs = k['ownerReferences'] ?? k['owner_references'];
  if (!owner && Array.isArray(refs)) {
    const ref = obj(refs[0]);
    const kind = str(ref?.['kind']);
    const name = str(ref?.['name']);
    if (kind && name) owner = { kind, name };
  }
  const target = podWorkload(namespace, pod, owner, hash);
  const container = str(k['container_name']);
  return container ? { ...target, container } : target;
}

/** The target named by Loki stream labels (promtail's and the Grafana agent's defaults). */
export function lokiLabelsTarget(labels: Obj): Target | undefined {
  const pod = str(labels['pod']) ?? str(labels['pod_name']);
  if (!pod) return undefined;
  const target = podWorkload(str(labels['namespace']), pod, undefined, str(labels['pod_template_hash']));
  const container = str(labels['container']) ?? str(labels['container_name']);
  return container ? { ...target, container } : target;
}

/** A collector's time field, in the order the collectors write them. */
export function collectorTime(v: Obj): unknown {
  return v['time'] ?? v['@timestamp'] ?? v['timestamp'] ?? v['date'];
}
