// What each JSON value in a capture is: a GHOST record, a Kubernetes object (alone, in a List
// or in a watch envelope), a Docker json-file entry, a Fluent Bit / Fluentd, Vector or Loki
// record. Detected per value unless a shape is forced, so a stream may mix them. Values that
// cannot be read as a log line or a signal are counted, with the format they look like.
import { InputError } from '../errors.ts';
import { isSignalObject } from '../../skills/k8s-signal-skills.ts';
import type { LogRecord, StreamRecord } from '../types.ts';
import { PartialLines, collectorTime, kubernetesBlockTarget, logLineRecord, lokiLabelsTarget, parseCriLine } from './container-logs.ts';
import { isWatchEnvelope, listItems, objectRecords } from './k8s-object.ts';
import { formatTarget, parseTargetField, type Target } from './target.ts';

export type Shape = 'record' | 'k8s' | 'docker' | 'fluentbit' | 'vector' | 'loki';

export const SHAPE_NAMES: Readonly<Record<Shape, string>> = {
  record: 'GHOST records',
  k8s: 'Kubernetes objects',
  docker: 'Docker json-file lines',
  fluentbit: 'Fluent Bit / Fluentd records',
  vector: 'Vector kubernetes_logs records',
  loki: 'Loki logcli jsonl lines',
};

/** Counts a caller reads after (or while) reading; the reader fills it. */
export interface ReadStats {
  /** Input values and lines read. */
  read: number;
  /** Those that could not be read as a log line or a signal. */
  unreadable: number;
  /** What the first unreadable value looks like and what to do about it. */
  suggestion: string | undefined;
}

export function newReadStats(): ReadStats {
  return { read: 0, unreadable: 0, suggestion: undefined };
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record GHOST already reads, with its text: the common case, tested first and cheaply. */
function isPlainRecord(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Obj;
  return typeof o['message'] === 'string' && o['kind'] === undefined && o['kubernetes'] === undefined && o['involvedObject'] === undefined;
}

/** The shape a value has. */
export function shapeOf(v: unknown): Shape {
  if (!isObj(v)) return 'record';
  if (isPlainRecord(v)) return 'record';
  const kubernetes = v['kubernetes'];
  if (isObj(kubernetes)) return typeof v['log'] === 'string' ? 'fluentbit' : 'vector';
  if (typeof v['log'] === 'string') return 'docker';
  if (typeof v['line'] === 'string' && isObj(v['labels'])) return 'loki';
  if (isWatchEnvelope(v) || Array.isArray(v['items']) || isObj(v['metadata']) || isObj(v['involvedObject'])) return 'k8s';
  if (typeof v['kind'] === 'string' && typeof v['apiVersion'] === 'string') return 'k8s';
  return 'record';
}

export const OBJECT_KINDS_READ = 'Pod, Node, Deployment, ReplicaSet, StatefulSet, DaemonSet and Event';

/** What to tell the user about a value that could not be read. */
function suggestion(forced: Shape | undefined, looksLike: Shape, kind: string | undefined): string {
  if (looksLike === 'k8s' && kind !== undefined && forced !== 'record') {
    return `kind ${kind} has no rules (GHOST reads ${OBJECT_KINDS_READ} objects)`;
  }
  if (looksLike === 'record') return 'each record needs a "message" string or a "signal" object';
  const flag = forced === undefined ? `--format ${looksLike}` : `no --format (or --format ${looksLike})`;
  return `they look like ${SHAPE_NAMES[looksLike]}: try ${flag}`;
}

function kindName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Cheap shape checks on the fields every stage reads; anything else passes through untouched. */
export function checkRecord(value: unknown, label: string, unit: string, n: number): LogRecord {
  if (!isObj(value)) throw new InputError(label, `${unit} ${n}`, `expected a JSON object, got ${kindName(value)}`);
  const record = value as LogRecord;
  const { message, severity, service, labels } = record;
  let field: string | undefined;
  if (message !== undefined && typeof message !== 'string') field = 'message';
  else if (severity !== undefined && typeof severity !== 'string') field = 'severity';
  else if (service !== undefined && typeof service !== 'string') field = 'service';
  if (field !== undefined) {
    throw new InputError(label, `${unit} ${n}`, `"${field}" must be a string, got ${kindName(record[field])}`);
  }
  if (labels !== undefined && (typeof labels !== 'object' || labels === null || Array.isArray(labels))) {
    throw new InputError(label, `${unit} ${n}`, `"labels" must be an object, got ${kindName(labels)}`);
  }
  return record;
}

export interface ValueReaderOptions {
  label: string;
  /** Read every value as this shape; undefined detects each. */
  shape?: Shape | undefined;
  stats?: ReadStats | undefined;
  /** The target of records that name none (`--target`, or the log file's path). */
  target?: Target | undefined;
}

/** Turns each JSON value of a capture into records, numbering them in stream order. */
export class ValueReader {
  readonly #label: string;
  readonly #shape: Shape | undefined;
  readonly #stats: ReadStats | undefined;
  readonly #target: Target | undefined;
  readonly #partial = new PartialLines();
  #index = 0;
  /** The newest event time seen so far: what "recent" in object state is measured against. */
  #streamTime: number | undefined;

  constructor(options: ValueReaderOptions) {
    this.#label = options.label;
    this.#shape = options.shape;
    this.#stats = options.stats;
    this.#target = options.target;
  }

  /** Next stream index; the text readers share the numbering. */
  push(record: LogRecord, out: StreamRecord[]): void {
    if (this.#target && record.target === undefined) {
      record.target = formatTarget(this.#target);
      if (this.#target.container && record.container === undefined) record.container = this.#target.container;
    }
    out.push({ index: this.#index++, record });
  }

  /** A line of text or a whole value was read (for the text readers, which never fail to read). */
  counted(): void {
    if (this.#stats) this.#stats.read += 1;
  }

  /** One JSON value; `unit` and `n` place it in messages (`line 3`, `record 2`). */
  add(value: unknown, unit: string, n: number, out: StreamRecord[]): void {
    const stats = this.#stats;
    if (stats) stats.read += 1;
    const forced = this.#shape;
    // The records GHOST already reads take the shortest path.
    if (forced === undefined ? isPlainRecord(value) : forced === 'record') {
      this.#record(value, unit, n, out);
      return;
    }
    const detected = shapeOf(value);
    const shape = forced ?? detected;
    if (shape === 'record') {
      this.#record(value, unit, n, out);
      return;
    }
    if (!isObj(value) || detected !== shape) {
      // Forced to a shape this value does not have.
      this.#unreadable(detected);
      return;
    }
    switch (shape) {
      case 'k8s':
        this.#k8s(value, undefined, out);
        return;
      case 'docker': {
        const stream = typeof value['stream'] === 'string' ? value['stream'] : 'stdout';
        const text = value['log'] as string;
        const whole = this.#partial.add(stream, text, text.endsWith('\n'));
        if (whole !== undefined) this.#line(logLineRecord(whole, 'container_log', value['time'], stream, undefined), out);
        return;
      }
      case 'fluentbit':
      case 'vector': {
        const text = (shape === 'fluentbit' ? value['log'] : value['message']) as unknown;
        if (typeof text !== 'string') {
          this.#unreadable(detected);
          return;
        }
        const stream = typeof value['stream'] === 'string' ? value['stream'] : undefined;
        const target = kubernetesBlockTarget(value['kubernetes'] as Obj);
        this.#line(logLineRecord(text, shape === 'fluentbit' ? 'fluentbit' : 'vector', collectorTime(value), stream, target), out);
        return;
      }
      case 'loki': {
        let text = value['line'] as string;
        let time: unknown = value['timestamp'];
        // Shipped without a CRI stage, the line still carries the runtime's prefix.
        const cri = parseCriLine(text);
        if (cri) {
          time ??= cri.time;
          text = text.slice(cri.text);
        }
        const labels = value['labels'] as Obj;
        const stream = typeof labels['stream'] === 'string' ? labels['stream'] : undefined;
        this.#line(logLineRecord(text, 'loki', time, stream, lokiLabelsTarget(labels)), out);
        return;
      }
    }
  }

  /** End of input: lines a runtime left partial are read as they are. */
  end(out: StreamRecord[]): void {
    for (const [stream, text] of this.#partial.drain()) this.#line(logLineRecord(text, 'container_log', undefined, stream, undefined), out);
  }

  #record(value: unknown, unit: string, n: number, out: StreamRecord[]): void {
    const record = checkRecord(value, this.#label, unit, n);
    if (record.target !== undefined) {
      const t = parseTargetField(record.target);
      if (t) {
        record.target = formatTarget(t);
        if (t.container && record.container === undefined) record.container = t.container;
      }
    }
    const message = record.message;
    if ((typeof message !== 'string' || message.length === 0) && !isSignalObject(record.signal)) this.#unreadable(shapeOf(value));
    if (this.#target === undefined) out.push({ index: this.#index++, record });
    else this.push(record, out);
  }

  #line(record: LogRecord, out: StreamRecord[]): void {
    // A blank line carries nothing, in any format (the text reader skips them too).
    if ((record.message as string).trim() === '') return;
    this.push(record, out);
  }

  #k8s(value: Obj, watchType: string | undefined, out: StreamRecord[]): void {
    if (isWatchEnvelope(value)) {
      const type = value['type'] as string;
      const object = value['object'] as Obj;
      if (type === 'BOOKMARK') return;
      if (type === 'ERROR') {
        const message = typeof object['message'] === 'string' ? object['message'] : JSON.stringify(object);
        this.push({ severity: 'WARNING', message: `watch error: ${message}`, labels: { source: 'k8s_watch' } }, out);
        return;
      }
      this.#k8s(object, type, out);
      return;
    }
    const items = listItems(value);
    if (items) {
      for (const item of items) {
        if (isObj(item)) this.#k8s(item, watchType, out);
        else this.#unreadable('k8s', kindName(item));
      }
      if (this.#stats) this.#stats.read += items.length - 1;
      return;
    }
    const result = objectRecords(value, this.#streamTime, watchType);
    if (result.unknown) {
      this.#unreadable('k8s', typeof value['kind'] === 'string' ? value['kind'] : 'unknown');
      return;
    }
    if (result.time !== undefined && (this.#streamTime === undefined || result.time > this.#streamTime)) this.#streamTime = result.time;
    for (const record of result.records) this.push(record, out);
  }

  #unreadable(looksLike: Shape, kind?: string): void {
    const stats = this.#stats;
    if (!stats) return;
    stats.unreadable += 1;
    stats.suggestion ??= suggestion(this.#shape, looksLike, kind);
  }
}
