// How each record of the synthetic datasets is drawn, exactly as the original's generator draws
// it: templates filled, healthy lines checked against the watchers' patterns (retry loops
// included), near-real noise wrapped around lines, failure catalogues, the interleaving of
// failures with healthy records, and the ground truth of a stream. The order of draws inside
// each function is the original's; data/seed-datasets.ts calls them in the original's order.
import type { PyRandom } from '../src/py-random.ts';
import { PyFloat, encodePyString, pyFloat } from '../src/py-json.ts';
import { RunError } from '../src/errors.ts';
import { anyPatternMatches } from '../skills/watcher-skills.ts';
import { EXPECTED_HEALS } from './expected-heals.ts';
import { FAILURE_TEMPLATES, HEALTHY_TEMPLATES, K8S_SIGNAL_SCENARIOS, WATCHED_HEALTHY_TEMPLATES } from './seed-templates.ts';
import { isFailureType, type FailureType, type LogFailureType } from '../skills/failure-types.ts';
import type { SeedRecord, SeedValue } from './seed-templates.ts';

export const CLEAN_ORDER: readonly LogFailureType[] = ['OOMKilled', 'CrashLoopBackOff', 'StartupProbeFailed', 'HighLatency'];
const HEALTHY_ATTEMPTS = 500;
const NEAR_REAL_ATTEMPTS = 1000;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function severityFor(type: LogFailureType): string {
  return type === 'HighLatency' ? 'WARNING' : 'ERROR';
}

/** Python's `a % n` for a possibly huge or negative seed: the result takes the divisor's sign. */
function floorMod(a: number | bigint, n: number): number {
  const m = BigInt(n);
  return Number(((BigInt(a) % m) + m) % m);
}

function labelsOf(rec: SeedRecord): { readonly [key: string]: SeedValue } {
  const labels = rec['labels'];
  return typeof labels === 'object' && !Array.isArray(labels) && !(labels instanceof PyFloat)
    ? (labels as { readonly [key: string]: SeedValue })
    : {};
}

export function decisionReason(rec: SeedRecord): FailureType | null {
  const reason = labelsOf(rec)['reason'];
  return isFailureType(reason) ? reason : null;
}

export function messageOf(rec: SeedRecord): string {
  const message = rec['message'];
  return typeof message === 'string' ? message : '';
}

/** One template per class, picked by seed arithmetic alone (no draws). */
export function pickCleanFailures(seed: number | bigint): SeedRecord[] {
  return CLEAN_ORDER.map((reason, i) => {
    const templates = FAILURE_TEMPLATES[reason];
    const labels: Record<string, SeedValue> = { reason };
    if (reason === 'HighLatency') labels['latency_ms'] = 7200;
    return {
      severity: severityFor(reason),
      service: 'app-service',
      message: templates[floorMod(BigInt(seed) + BigInt(i * 17), templates.length)]!,
      labels,
    };
  });
}

function fillTemplate(rng: PyRandom, template: string): string {
  if (template.includes('{ms}')) return template.replaceAll('{ms}', String(rng.randint(1, 499)));
  if (template.includes('{port}')) return template.replaceAll('{port}', String(rng.choice([8080, 8443, 3000, 5000])));
  if (template.includes('{n}')) return template.replaceAll('{n}', String(rng.randint(1, 20)));
  if (template.includes('{pct}')) return template.replaceAll('{pct}', String(rng.randint(1, 99)));
  return template;
}

export function makeHealthyRecord(rng: PyRandom, seqId: number): SeedRecord {
  for (let attempt = 0; attempt < HEALTHY_ATTEMPTS; attempt++) {
    const message = fillTemplate(rng, rng.choice(HEALTHY_TEMPLATES));
    if (!anyPatternMatches(message)) {
      return {
        severity: 'INFO',
        service: 'app-service',
        message,
        labels: { healthy: true },
        id: `h-${seqId}`,
        timestamp: pyFloat(rng.random() * 1e9),
      };
    }
  }
  throw new RunError('Could not generate a healthy record without pattern overlap');
}

function stampFailure(rec: SeedRecord, seqId: number, rng: PyRandom): Record<string, SeedValue> {
  return { ...rec, id: `f-${seqId}`, timestamp: pyFloat(rng.random() * 1e9) };
}

/** Ten failures, 3+3+2+2 per class, each with a drawn template. */
export function failureCatalog(rng: PyRandom): SeedRecord[] {
  const types: LogFailureType[] = [
    ...Array<LogFailureType>(3).fill('OOMKilled'),
    ...Array<LogFailureType>(3).fill('CrashLoopBackOff'),
    ...Array<LogFailureType>(2).fill('StartupProbeFailed'),
    ...Array<LogFailureType>(2).fill('HighLatency'),
  ];
  rng.shuffle(types);
  return types.map((type, i) => {
    const message = rng.choice(FAILURE_TEMPLATES[type]);
    const labels: Record<string, SeedValue> = { reason: type };
    if (type === 'HighLatency') labels['latency_ms'] = rng.choice([5000, 7200, 9000]);
    return stampFailure({ severity: severityFor(type), service: 'app-service', message, labels }, i, rng);
  });
}

export function assertHealthyBaseline(records: readonly SeedRecord[]): void {
  for (const rec of records) {
    const message = messageOf(rec);
    if (anyPatternMatches(message)) {
      throw new RunError(`Healthy baseline assertion failed: message contains detection pattern: ${JSON.stringify(message)}`);
    }
  }
}

/**
 * An ISO timestamp drawn field by field in the original's order (year, month, day, hour, minute,
 * second, millisecond), with hour, minute and second from `floor` up: the failure lines draw
 * theirs from 10.
 */
function drawTimestamp(rng: PyRandom, floor: number): string {
  const y = rng.randint(2024, 2026);
  const mo = rng.randint(1, 12);
  const d = rng.randint(1, 28);
  const hh = rng.randint(floor, 23);
  const mm = rng.randint(floor, 59);
  const ss = rng.randint(floor, 59);
  const ms = rng.randint(0, 999);
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}.${pad(ms, 3)}Z`;
}

function wrapNearRealHealthyLine(message: string, rng: PyRandom): string {
  const ts = drawTimestamp(rng, 0);
  const podApp = rng.choice(['checkout-api', 'ledger-worker', 'ingress-edge', 'payments']);
  const podNum = rng.randint(10000, 99999);
  const podSuffix = rng.choice(['a7b', 'k9m', 'x2z']);
  const pod = `${podApp}-${podNum}-${podSuffix}`;
  const ns = rng.choice(['production', 'staging', 'tenant-a']);
  const container = rng.choice(['main', 'sidecar-otel', 'istio-proxy', 'vault-agent']);
  const style = rng.randint(0, 2);
  let line: string;
  if (style === 0) {
    line = `${ts} level=info pod=${pod} ns=${ns} container=${container} msg="${message}"`;
  } else if (style === 1) {
    line = `{"ts":"${ts}","pod":"${pod}","ns":"${ns}","lvl":"INFO","msg":${encodePyString(message)}}`;
  } else {
    line = `${ts} ${pod} (${ns}/${container}): ${message}`;
  }
  if (rng.random() < 0.35) {
    const tag = rng.randint(10000, 99999);
    const gcPause = rng.randint(1, 80);
    line = `${ts} ${pod} syslog_tag=kube[${tag}]: prior: GC pause ${gcPause}ms\n` + line;
  }
  return line;
}

export function makeNearRealHealthyRecord(rng: PyRandom, seqId: number): SeedRecord {
  for (let attempt = 0; attempt < NEAR_REAL_ATTEMPTS; attempt++) {
    const base = makeHealthyRecord(rng, seqId);
    const wrapped = wrapNearRealHealthyLine(messageOf(base), rng);
    if (!anyPatternMatches(wrapped)) {
      return { ...base, message: wrapped, labels: { ...labelsOf(base), near_real: true } };
    }
  }
  throw new RunError('Could not build near-real healthy record');
}

function wrapNearRealFailureLine(message: string, rng: PyRandom): string {
  const ts = drawTimestamp(rng, 10);
  const podKind = rng.choice(['api', 'worker', 'batch']);
  const podNum = rng.randint(1000, 9999);
  const podSuffix = rng.choice(['abc', 'def']);
  const pod = `app-${podKind}-${podNum}-${podSuffix}`;
  const node = rng.choice(['pool-generic-1', 'spot-arm-2', 'system-pool-0']);
  // The kubelet line's microseconds are drawn even when another stack is chosen.
  const micros = rng.randint(100000, 999999);
  const stack = rng.choice([
    '',
    `E0329 12:04:05.${pad(micros, 6)}       1 kubelet.go:2144] Pod sandbox changed\n`,
    '\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)\n',
    'containerd: transient StartContainer error (benign, unrelated)\n',
  ]);
  const trailer = rng.choice(['', `\n---\nPrevious pod log tail: terminated at ${ts}\n`, ` fields.node=${node}\n`]);
  return `${stack}${ts} level=error pod=${pod} node=${node} ${message}${trailer}`;
}

/** n failures spread as evenly as possible over the four classes, wrapped in noisy lines. */
export function failureCatalogN(rng: PyRandom, n: number): SeedRecord[] {
  const q = Math.floor(n / 4);
  const rem = n % 4;
  const types: LogFailureType[] = CLEAN_ORDER.flatMap((type, k) =>
    Array<LogFailureType>(q + (rem > k ? 1 : 0)).fill(type),
  ).slice(0, n);
  rng.shuffle(types);
  return types.map((type, i) => {
    const rawMessage = rng.choice(FAILURE_TEMPLATES[type]);
    const labels: Record<string, SeedValue> = { reason: type, near_real: true };
    if (type === 'HighLatency') labels['latency_ms'] = rng.choice([5100, 7200, 9000]);
    const rec = stampFailure(
      { severity: severityFor(type), service: 'app-service', message: rawMessage, labels },
      i + 5000,
      rng,
    );
    rec['message'] = wrapNearRealFailureLine(rawMessage, rng);
    return rec;
  });
}

/** Shuffle the slot numbers; failures take the first `injected` of them (sorted), healthy records the rest. */
export function interleave(
  rng: PyRandom,
  size: number,
  injected: number,
  failures: readonly SeedRecord[],
  healthy: readonly SeedRecord[],
): SeedRecord[] {
  const slots = Array.from({ length: size }, (_, i) => i);
  rng.shuffle(slots);
  const byNumber = (a: number, b: number): number => a - b;
  const injectSlots = slots.slice(0, injected).sort(byNumber);
  const restSlots = slots.slice(injected).sort(byNumber);
  const stream: (SeedRecord | undefined)[] = Array<SeedRecord | undefined>(size).fill(undefined);
  injectSlots.forEach((slot, k) => (stream[slot] = failures[k]));
  restSlots.forEach((slot, k) => (stream[slot] = healthy[k]));
  return stream.map((rec, slot) => {
    if (rec === undefined) throw new Error(`seed stream slot ${slot} left empty`);
    return rec;
  });
}

export function groundTruth(stream: readonly SeedRecord[]): SeedRecord[] {
  const out: SeedRecord[] = [];
  stream.forEach((rec, index) => {
    const reason = decisionReason(rec);
    if (reason === null) return;
    const [action, params] = EXPECTED_HEALS[reason];
    out.push({ index, failure_type: reason, expected_action: action, expected_params: params });
  });
  return out;
}

/** Log failures per class in the watched mix; the six K8s signal scenarios join them. */
const WATCHED_LOG_FAILURES: Readonly<Record<LogFailureType, number>> = {
  OOMKilled: 4,
  CrashLoopBackOff: 4,
  StartupProbeFailed: 3,
  HighLatency: 3,
};

function fillWatchedTemplate(rng: PyRandom, template: string): string {
  return template
    .replaceAll('{ms}', () => String(rng.randint(1, 499)))
    .replaceAll('{port}', () => String(rng.choice([8080, 8443, 9090])))
    .replaceAll('{n}', () => String(rng.randint(1, 9)));
}

export function makeWatchedHealthyRecord(rng: PyRandom, seqId: number): SeedRecord {
  const message = fillWatchedTemplate(rng, rng.choice(WATCHED_HEALTHY_TEMPLATES));
  return {
    severity: rng.choice(['WARNING', 'ERROR']),
    service: 'app-service',
    message,
    labels: { healthy: true, watched: true },
    id: `wh-${seqId}`,
    timestamp: pyFloat(rng.random() * 1e9),
  };
}

export function watchedFailures(rng: PyRandom): SeedRecord[] {
  const types = CLEAN_ORDER.flatMap((type) => Array<LogFailureType>(WATCHED_LOG_FAILURES[type]).fill(type));
  const logs: SeedRecord[] = types.map((type, i) => {
    const labels: Record<string, SeedValue> = { reason: type };
    if (type === 'HighLatency') labels['latency_ms'] = rng.choice([5100, 7200, 9000]);
    const rec = { severity: severityFor(type), service: 'app-service', message: rng.choice(FAILURE_TEMPLATES[type]), labels };
    return { ...rec, id: `wf-${i}`, timestamp: pyFloat(rng.random() * 1e9) };
  });
  const signals = K8S_SIGNAL_SCENARIOS.map((rec, i) => ({ ...rec, id: `wk-${i}`, timestamp: pyFloat(rng.random() * 1e9) }));
  const all = [...logs, ...signals];
  rng.shuffle(all);
  return all;
}

