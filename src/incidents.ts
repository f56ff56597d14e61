// Incidents: detections grouped by failure class and owner target (a pod's Deployment, as
// src/formats/target.ts rolls it up). An incident opens at its first detection, stays open
// while detections keep arriving, and closes once its target has been quiet for
// `resolve_after_s` of event time. Only event times from the records move this clock.
import type { LogRecord } from './types.ts';
import type { InhibitLabel } from '../skills/guard-skills.ts';

export type IncidentLabels = Partial<Record<InhibitLabel, string>>;

export interface Incident {
  id: string;
  failure_type: string;
  target: string;
  opened_at: number;
  last_seen: number;
  /** When the last detection that was judged (not joined) arrived. */
  anchor_at: number;
  actions: number;
  escalated: boolean;
  labels: IncidentLabels;
}

/** What a detection is known by: its class and its owner. */
export interface Detection {
  stream_index: number;
  event_time: number | null;
  failure_type: string;
  target: string;
  labels: IncidentLabels;
}

/** The owner a detection is keyed by: the record's target, else its service, else `unknown`. */
export function ownerOf(record: LogRecord, target: string | null | undefined): string {
  if (target) return target;
  return typeof record.service === 'string' && record.service !== '' ? `Service/${record.service}` : 'unknown';
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function field(record: LogRecord, name: string): string | undefined {
  const signal = record.signal;
  const labels = record.labels;
  return (
    str(record[name]) ??
    (signal && typeof signal === 'object' && !Array.isArray(signal) ? str(signal[name]) : undefined) ??
    (labels && typeof labels === 'object' && !Array.isArray(labels) ? str(labels[name]) : undefined)
  );
}

/** The registry part of an image reference (`host[:port]/path:tag`); Docker Hub when it has none. */
export function registryOf(image: string): string {
  const slash = image.indexOf('/');
  if (slash < 0) return 'docker.io';
  const head = image.slice(0, slash);
  return head.includes('.') || head.includes(':') || head === 'localhost' ? head : 'docker.io';
}

// Image pull messages quote the image: `Failed to pull image "host/app:tag": ...`.
function imageInMessage(message: string): string | undefined {
  const at = message.indexOf('image "');
  if (at < 0) return undefined;
  const end = message.indexOf('"', at + 7);
  return end > at + 7 ? message.slice(at + 7, end) : undefined;
}

/** The labels inhibit rules compare: node, registry, namespace. */
export function labelsOf(record: LogRecord, target: string): IncidentLabels {
  const labels: IncidentLabels = {};
  const parts = target.split('/');
  const namespace = parts.length === 3 ? parts[0] : field(record, 'namespace');
  if (namespace) labels.namespace = namespace;
  const node = field(record, 'node') ?? (parts.length === 2 && parts[0] === 'Node' ? parts[1] : undefined);
  if (node) labels.node = node;
  const registry = field(record, 'registry');
  const image = field(record, 'image') ?? (typeof record.message === 'string' ? imageInMessage(record.message) : undefined);
  if (registry) labels.registry = registry;
  else if (image) labels.registry = registryOf(image);
  return labels;
}

const keyOf = (failureType: string, target: string) => `${failureType}\u0000${target}`;

/** The open incidents, and how many distinct targets have one. */
export class IncidentBook {
  private readonly open = new Map<string, Incident>();
  private readonly perTarget = new Map<string, number>();
  private seq: number;

  constructor(seq = 0) {
    this.seq = seq;
  }

  get opened(): number {
    return this.seq;
  }

  get failingTargets(): number {
    return this.perTarget.size;
  }

  find(failureType: string, target: string): Incident | undefined {
    return this.open.get(keyOf(failureType, target));
  }

  /** Open a new incident for a detection at `now`. */
  openFor(d: Detection, now: number): Incident {
    this.seq += 1;
    const incident: Incident = {
      id: `inc-${String(this.seq).padStart(6, '0')}`,
      failure_type: d.failure_type,
      target: d.target,
      opened_at: now,
      last_seen: now,
      anchor_at: now,
      actions: 0,
      escalated: false,
      labels: d.labels,
    };
    this.add(incident);
    return incident;
  }

  /** Put back an incident read from saved state. */
  add(incident: Incident): void {
    this.open.set(keyOf(incident.failure_type, incident.target), incident);
    this.perTarget.set(incident.target, (this.perTarget.get(incident.target) ?? 0) + 1);
  }

  /** Close every incident quiet for longer than `quietS` at `now`. */
  closeQuiet(now: number, quietS: number): void {
    for (const [key, incident] of this.open) {
      if (now - incident.last_seen <= quietS) continue;
      this.open.delete(key);
      const left = (this.perTarget.get(incident.target) ?? 1) - 1;
      if (left === 0) this.perTarget.delete(incident.target);
      else this.perTarget.set(incident.target, left);
    }
  }

  /** Distinct targets with an open `failureType` incident whose label `name` is `value`. */
  targetsWith(failureType: string, name: keyof IncidentLabels, value: string): number {
    const targets = new Set<string>();
    for (const incident of this.open.values()) {
      if (incident.failure_type === failureType && incident.labels[name] === value) targets.add(incident.target);
    }
    return targets.size;
  }

  all(): IterableIterator<Incident> {
    return this.open.values();
  }
}
