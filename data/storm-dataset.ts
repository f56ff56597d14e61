// The incident storm: scenarios that each trip one guard (grouping, cooldown, caps, blast
// radius, tiers, namespaces, inhibition, the kill switch), as timed records with owners.
// Written after every other seeded file, from a random stream of its own, so the others keep
// their bytes. The random draws only pick phrasings: the timing, and so every decision
// experiment 7 expects, is the same for every seed.
import { PyRandom } from '../src/py-random.ts';
import type { LogFailureType } from '../skills/failure-types.ts';
import type { SeedRecord, SeedValue } from './seed-datasets.ts';
import { FAILURE_TEMPLATES } from './seed-templates.ts';

export const STORM_FILE_NAME = 'storm_stream.json';

/** Offsets the storm's random stream from every other dataset's for the same seed. */
const STORM_STREAM_OFFSET = 0x5eed_0007n;
/** Event time of each scenario's first record: 2026-01-01T00:00:00Z. */
const STORM_START_S = 1_767_225_600;

interface LogLine {
  at: number;
  type: LogFailureType;
  target: string;
  node?: string;
}

interface NodeLine {
  at: number;
  node: string;
}

interface Scenario {
  name: string;
  lines: readonly (LogLine | NodeLine)[];
}

const times = (n: number, step: number) => Array.from({ length: n }, (_, i) => i * step);

/** The scenarios in file order; experiments/experiment7.ts holds what each must decide. */
export const STORM_SCENARIOS: readonly Scenario[] = [
  // One target logs thirty lines of one failure in a minute.
  { name: 'burst', lines: times(30, 2).map((at) => ({ at, type: 'CrashLoopBackOff', target: 'prod/Deployment/checkout' })) },
  // Four targets, one failure each.
  {
    name: 'distinct',
    lines: ['cart', 'search', 'auth', 'billing'].map((name, i) => ({ at: i * 10, type: 'OOMKilled', target: `prod/Deployment/${name}` })),
  },
  // A heal that does not hold: the failure keeps coming every minute for a quarter hour.
  { name: 'not_holding', lines: times(15, 60).map((at) => ({ at, type: 'HighLatency', target: 'prod/Deployment/api' })) },
  // A target that fails, goes quiet long enough to close, and fails again, three times.
  { name: 'flapping', lines: times(4, 400).map((at) => ({ at, type: 'OOMKilled', target: 'prod/Deployment/worker' })) },
  // Eight targets failing within seventy seconds.
  {
    name: 'cascade',
    lines: times(8, 10).map((at, i) => ({ at, type: 'CrashLoopBackOff', target: `prod/Deployment/svc-${i + 1}` })),
  },
  // Twenty-five targets failing one after another within the hour.
  {
    name: 'hourly',
    lines: times(25, 120).map((at, i) => ({ at, type: 'OOMKilled', target: `batch/Deployment/job-${String(i + 1).padStart(2, '0')}` })),
  },
  // A class at tier approve (node recovery).
  { name: 'approve', lines: [{ at: 0, node: 'pool-1' }, { at: 10, node: 'pool-2' }] },
  // A node NotReady inhibits a pod-level heal on it, not on another node.
  {
    name: 'node_inhibit',
    lines: [
      { at: 0, node: 'pool-3' },
      { at: 10, type: 'CrashLoopBackOff', target: 'prod/Deployment/cache', node: 'pool-3' },
      { at: 20, type: 'CrashLoopBackOff', target: 'prod/Deployment/queue', node: 'pool-4' },
    ],
  },
  // A denied namespace.
  { name: 'denied', lines: times(3, 5).map((at) => ({ at, type: 'CrashLoopBackOff', target: 'kube-system/Deployment/coredns' })) },
  // A paused run (the experiment runs this scenario with `paused` set).
  {
    name: 'paused',
    lines: [
      { at: 0, type: 'OOMKilled', target: 'prod/Deployment/web' },
      { at: 5, type: 'CrashLoopBackOff', target: 'prod/Deployment/mail' },
      { at: 10, type: 'OOMKilled', target: 'prod/Deployment/web' },
      { at: 15, type: 'CrashLoopBackOff', target: 'prod/Deployment/mail' },
    ],
  },
];

const iso = (at: number) => new Date((STORM_START_S + at) * 1000).toISOString();

function record(rng: PyRandom, scenario: string, line: LogLine | NodeLine, id: string): SeedRecord {
  const labels: Record<string, SeedValue> = { scenario };
  if (!('type' in line)) {
    labels['reason'] = 'NodeNotReady';
    return {
      severity: 'ERROR',
      service: 'node-agent',
      message: `Node ${line.node} NotReady: ${rng.choice(['kubelet not reporting', 'kubelet stopped posting node status', 'network unavailable'])}`,
      target: `Node/${line.node}`,
      labels,
      signal: { record_type: 'Node', condition: 'NotReady', name: line.node },
      id,
      timestamp: iso(line.at),
    };
  }
  labels['reason'] = line.type;
  const service = line.target.split('/')[2] as string;
  return {
    severity: line.type === 'HighLatency' ? 'WARNING' : 'ERROR',
    service,
    message: rng.choice(FAILURE_TEMPLATES[line.type]),
    target: line.target,
    ...(line.node ? { node: line.node } : {}),
    labels,
    id,
    timestamp: iso(line.at),
  };
}

/** The storm records for `seed`, scenario by scenario. */
export function buildStormDataset(seed: number | bigint): SeedRecord[] {
  const rng = new PyRandom(BigInt(seed) + STORM_STREAM_OFFSET);
  return STORM_SCENARIOS.flatMap((s) => s.lines.map((line, i) => record(rng, s.name, line, `storm-${s.name}-${i}`)));
}
