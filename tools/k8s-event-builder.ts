// Builds Kubernetes Event objects (core/v1 schema, as kubectl get events -o json prints them)
// for tests, so each test states only the fields it is about.
export interface EventSpec {
  reason: string;
  message: string;
  type?: 'Normal' | 'Warning';
  count?: number;
  kind?: string;
  name?: string;
  uid?: string;
  firstTimestamp?: string;
  lastTimestamp?: string;
}

let serial = 0;

export function k8sEvent(spec: EventSpec): Record<string, unknown> {
  serial += 1;
  const name = spec.name ?? 'app-service-6f9c8d7b5-k2x8q';
  const first = spec.firstTimestamp ?? '2026-11-24T18:00:00Z';
  return {
    apiVersion: 'v1',
    count: spec.count ?? 1,
    eventTime: null,
    firstTimestamp: first,
    involvedObject: {
      apiVersion: spec.kind === 'Node' ? 'v1' : spec.kind === 'Deployment' ? 'apps/v1' : 'v1',
      kind: spec.kind ?? 'Pod',
      name,
      namespace: 'ghost-lab',
      uid: `0000-${serial}`,
    },
    kind: 'Event',
    lastTimestamp: spec.lastTimestamp ?? first,
    message: spec.message,
    metadata: {
      creationTimestamp: first,
      name: `${name}.${serial.toString(16).padStart(16, '0')}`,
      namespace: 'ghost-lab',
      uid: spec.uid ?? `ev-${serial}`,
    },
    reason: spec.reason,
    reportingComponent: 'kubelet',
    reportingInstance: 'ghost-lab-control-plane',
    source: { component: 'kubelet', host: 'ghost-lab-control-plane' },
    type: spec.type ?? 'Warning',
  };
}

/** An EventList as `kubectl get events -o json` prints it (four-space indent). */
export function eventList(items: readonly Record<string, unknown>[]): string {
  return `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`;
}

/** What `kubectl get events -o json --watch` prints: each Event pretty-printed, one after another. */
export function watchStream(items: readonly Record<string, unknown>[]): string {
  return items.map((e) => `${JSON.stringify(e, null, 4)}\n`).join('');
}

/** One Event per line. */
export function eventLines(items: readonly Record<string, unknown>[]): string {
  return items.map((e) => `${JSON.stringify(e)}\n`).join('');
}
