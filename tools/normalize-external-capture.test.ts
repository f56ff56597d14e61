import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { classifyRecord } from '../src/replay.ts';
import { EXPECTED_HEALS } from '../src/ground-truth.ts';
import { eventToRecord, normalizeCapture } from './normalize-external-capture.ts';
import { parseEvents } from './k8s-event-reader.ts';
import { eventLines, eventList, k8sEvent, watchStream, type EventSpec } from './k8s-event-builder.ts';
import { LAB_CAPTURE_CLASSES } from './fixtures/lab-capture.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'lab-capture');

const recordFor = (spec: EventSpec) => {
  const [event] = parseEvents(eventList([k8sEvent(spec)]), 'e.json');
  return eventToRecord(event!);
};

/** One event per mapping the normaliser knows, as the kubelet and scheduler word them. */
const CAPTURE_EVENTS = [
  k8sEvent({ reason: 'Scheduled', message: 'Successfully assigned ghost-lab/app-service-1 to ghost-lab-control-plane', type: 'Normal' }),
  k8sEvent({ reason: 'FailedScheduling', message: '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.' }),
  k8sEvent({ reason: 'ErrImagePull', message: 'Failed to pull image "registry/app:v2": not found' }),
  k8sEvent({ reason: 'ImagePullBackOff', message: 'Back-off pulling image "registry/app:v2"' }),
  k8sEvent({ reason: 'BackOff', message: 'Back-off pulling image "ghcr.io/ghost/does-not-exist:badtag"', type: 'Normal', count: 3 }),
  k8sEvent({ reason: 'BackOff', message: 'Back-off restarting failed container app in pod app-service-2_ghost-lab(u2)', count: 5 }),
  k8sEvent({ reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 404', count: 4 }),
  k8sEvent({ reason: 'NodeNotReady', message: 'Node is not ready', kind: 'Pod' }),
  k8sEvent({ reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 4120 (nginx) total-vm:10596kB', kind: 'Node', name: 'ghost-lab-control-plane' }),
  k8sEvent({ reason: 'Pulled', message: 'Container image "nginx:1.27-alpine" already present on machine', type: 'Normal' }),
];
const EXPECTED_CLASSES = [
  'SchedulingBlocked',
  'ImagePullBackOff',
  'ImagePullBackOff',
  'ImagePullBackOff',
  'CrashLoopBackOff',
  'StartupProbeFailed',
  'NodeNotReady',
  'OOMKilled',
];
const LOGS = '2026/11/24 18:00:52 [notice] 1#1: start worker processes\n\n  10.244.0.1 - - "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.31"  \n2026/11/24 18:01:51 [error] 29#29: open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory)\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ghost-normalize-'));
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function normalizeText(eventsText: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'events.json'), eventsText);
  writeFileSync(join(dir, 'logs.txt'), LOGS);
  const summary = await normalizeCapture({
    events: join(dir, 'events.json'),
    logs: join(dir, 'logs.txt'),
    outRecords: join(dir, 'out', 'normalized.json'),
    outGt: join(dir, 'out', 'ground_truth.json'),
  });
  return { dir, summary, records: readJson(join(dir, 'out', 'normalized.json')) as Array<Record<string, unknown>>, gt: readJson(join(dir, 'out', 'ground_truth.json')) as Array<Record<string, unknown>> };
}

describe('event to record', () => {
  it('gives an image pull failure a Pod signal carrying the event reason', () => {
    expect(recordFor({ reason: 'ErrImagePull', message: 'Failed to pull image "registry/app:v2"' })).toEqual({
      severity: 'ERROR',
      service: 'app-service',
      message: 'ErrImagePull: Failed to pull image "registry/app:v2"',
      labels: { reason: 'ImagePullBackOff', source: 'k8s_event', kind: 'Pod' },
      signal: { record_type: 'Pod', phase: 'Pending', reason: 'ErrImagePull' },
    });
  });

  it('gives FailedScheduling a Pod signal', () => {
    expect(recordFor({ reason: 'FailedScheduling', message: '0/1 nodes are available: 1 Insufficient cpu.' })?.signal).toEqual({
      record_type: 'Pod',
      phase: 'Pending',
      reason: 'FailedScheduling',
    });
  });

  it('gives NodeNotReady a Node signal named after the involved object', () => {
    expect(recordFor({ reason: 'NodeNotReady', message: 'Node ghost-lab-worker status is now: NodeNotReady', kind: 'Node', name: 'ghost-lab-worker' })?.signal).toEqual({
      record_type: 'Node',
      condition: 'NotReady',
      name: 'ghost-lab-worker',
    });
  });

  it('names the node app-service when the event names no object', () => {
    const [event] = parseEvents(JSON.stringify({ kind: 'Event', reason: 'NodeNotReady', message: 'Node is not ready' }), 'e.json');
    expect(eventToRecord(event!)?.signal).toEqual({ record_type: 'Node', condition: 'NotReady', name: 'app-service' });
  });

  it('turns a BackOff about pulling an image into an ImagePullBackOff signal', () => {
    const record = recordFor({ reason: 'BackOff', message: 'Back-off pulling image "ghcr.io/ghost/does-not-exist:badtag"', type: 'Normal' });
    expect(record?.labels).toEqual({ reason: 'ImagePullBackOff', source: 'k8s_event', kind: 'Pod' });
    expect(record?.signal).toEqual({ record_type: 'Pod', phase: 'Pending', reason: 'ImagePullBackOff' });
  });

  it('turns any other BackOff into a CrashLoopBackOff log record without a signal', () => {
    const record = recordFor({ reason: 'BackOff', message: 'Back-off restarting failed container app in pod app-service-1_ghost-lab(u1)' });
    expect(record?.labels).toEqual({ reason: 'CrashLoopBackOff', source: 'k8s_event', kind: 'Pod' });
    expect(record).not.toHaveProperty('signal');
  });

  it('turns a failing probe into StartupProbeFailed', () => {
    expect(recordFor({ reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://10.244.0.9:80/": dial tcp 10.244.0.9:80: connect: connection refused' })?.labels).toMatchObject({ reason: 'StartupProbeFailed' });
  });

  it('turns OOM text into OOMKilled', () => {
    expect(recordFor({ reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 4120 (nginx)', kind: 'Node' })?.labels).toEqual({
      reason: 'OOMKilled',
      source: 'k8s_event',
      kind: 'Node',
    });
  });

  it('drops an event that describes no failure', () => {
    expect(recordFor({ reason: 'Started', message: 'Started container app', type: 'Normal' })).toBeNull();
  });

  it('uses the bare message when the event has no reason', () => {
    const [event] = parseEvents(JSON.stringify({ kind: 'Event', message: 'container app was OOMKilled' }), 'e.json');
    expect(eventToRecord(event!)?.message).toBe('container app was OOMKilled');
  });

  it('produces records the watchers classify as the class they are labelled with', () => {
    const events = parseEvents(eventList(CAPTURE_EVENTS), 'e.json');
    for (const record of events.map(eventToRecord)) {
      if (record === null) continue;
      expect(classifyRecord(record)).toBe((record.labels as Record<string, string>)['reason']);
    }
  });
});

describe('normalizeCapture', () => {
  it('puts the event records first, then one record per non-blank log line', async () => {
    const { records, summary } = await normalizeText(eventList(CAPTURE_EVENTS));
    expect(records.map((r) => (r['labels'] as Record<string, string>)['reason'] ?? 'log')).toEqual([...EXPECTED_CLASSES, 'log', 'log', 'log']);
    expect(summary).toMatchObject({ records: 11, ground_truth: 8, events_read: 10, events_kept: 8, logs_kept: 3 });
  });

  it('infers log severity from the text, and takes event time from a line that opens with a full date', async () => {
    const { records } = await normalizeText(eventList(CAPTURE_EVENTS));
    expect(records.slice(8)).toEqual([
      {
        severity: 'INFO',
        service: 'app-service',
        message: '2026/11/24 18:00:52 [notice] 1#1: start worker processes',
        labels: { source: 'pod_log' },
        timestamp: Date.parse('2026-11-24T18:00:52Z') / 1000,
      },
      { severity: 'INFO', service: 'app-service', message: '10.244.0.1 - - "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.31"', labels: { source: 'pod_log' } },
      {
        severity: 'ERROR',
        service: 'app-service',
        message: '2026/11/24 18:01:51 [error] 29#29: open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory)',
        labels: { source: 'pod_log' },
        timestamp: Date.parse('2026-11-24T18:01:51Z') / 1000,
      },
    ]);
  });

  it('lists every labelled failure in the ground truth with the decision table action', async () => {
    const { gt } = await normalizeText(eventList(CAPTURE_EVENTS));
    expect(gt).toEqual(
      EXPECTED_CLASSES.map((failure_type, index) => {
        const [action, params] = EXPECTED_HEALS[failure_type as keyof typeof EXPECTED_HEALS];
        return { index, failure_type, expected_action: action, expected_params: params };
      }),
    );
  });

  it('gives the same records for a --watch stream as for the list', async () => {
    const list = await normalizeText(eventList(CAPTURE_EVENTS));
    const watch = await normalizeText(watchStream(CAPTURE_EVENTS));
    expect(watch.records).toEqual(list.records);
    expect(watch.gt).toEqual(list.gt);
  });

  it('gives the same records for one Event per line as for the list', async () => {
    const list = await normalizeText(eventList(CAPTURE_EVENTS));
    const lines = await normalizeText(eventLines(CAPTURE_EVENTS));
    expect(lines.records).toEqual(list.records);
  });

  it('writes an empty capture as two empty arrays', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'e.json'), eventList([]));
    writeFileSync(join(dir, 'l.txt'), '');
    await normalizeCapture({ events: join(dir, 'e.json'), logs: join(dir, 'l.txt'), outRecords: join(dir, 'r.json'), outGt: join(dir, 'g.json') });
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('[]\n');
    expect(readFileSync(join(dir, 'g.json'), 'utf8')).toBe('[]\n');
  });

  it('writes its arrays as JSON.stringify with a two-space indent', async () => {
    const { dir } = await normalizeText(eventList(CAPTURE_EVENTS));
    const text = readFileSync(join(dir, 'out', 'normalized.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('normalize command', () => {
  const args = (dir: string, events = join(FIXTURE, 'events.json'), logs = join(FIXTURE, 'logs.txt')) => [
    '--events',
    events,
    '--logs',
    logs,
    '--out-records',
    join(dir, 'normalized.json'),
    '--out-gt',
    join(dir, 'ground_truth.json'),
  ];

  it('normalizes the committed lab capture and prints a summary', async () => {
    const dir = tempDir();
    const run = await runCli('tools/normalize-external-capture.ts', args(dir));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      records: 58,
      ground_truth: 8,
      events_read: 35,
      events_kept: 8,
      logs_kept: 50,
      out_records: join(dir, 'normalized.json'),
      out_gt: join(dir, 'ground_truth.json'),
    });
    expect((readJson(join(dir, 'ground_truth.json')) as Array<{ failure_type: string }>).map((g) => g.failure_type)).toEqual(LAB_CAPTURE_CLASSES);
    expect(readdirSync(dir).sort()).toEqual(['ground_truth.json', 'normalized.json']);
  });

  it('fails on malformed events with one line naming the file and position, writing nothing', async () => {
    const dir = tempDir();
    const events = join(dir, 'events.json');
    writeFileSync(events, '{\n    "items": [\n        {"kind": "Event", "reason": "BackOff" "message": "x"}\n    ]\n}\n');
    const out = join(dir, 'out');
    const run = await runInProcess('tools/normalize-external-capture.ts', args(out, events));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Error: ${events}: line 3 column 47: invalid JSON: Expected ',' or '}' after property value\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves no output, not even a temporary file, when the logs cannot be read', async () => {
    const dir = tempDir();
    const missing = join(dir, 'nope.txt');
    const run = await runInProcess('tools/normalize-external-capture.ts', args(dir, join(FIXTURE, 'events.json'), missing));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Error: ${missing}: no such file\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous outputs when a run fails', async () => {
    const dir = tempDir();
    expect((await runInProcess('tools/normalize-external-capture.ts', args(dir))).code).toBe(0);
    const before = readFileSync(join(dir, 'normalized.json'), 'utf8');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[]');
    expect((await runInProcess('tools/normalize-external-capture.ts', args(dir, bad))).code).toBe(1);
    expect(readFileSync(join(dir, 'normalized.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'ground_truth.json', 'normalized.json']);
  });

  it('exits 2 naming the flags that are missing', async () => {
    const run = await runCli('tools/normalize-external-capture.ts', ['--events', 'e.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: normalize: missing --logs, --out-records, --out-gt (see normalize --help)\n');
  });

  it('refuses the same file for records and ground truth', async () => {
    const run = await runInProcess('tools/normalize-external-capture.ts', ['--events', 'e', '--logs', 'l', '--out-records', 'x.json', '--out-gt', './x.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: normalize: --out-records and --out-gt must be different files\n');
  });

  it('prints help', async () => {
    const run = await runInProcess('tools/normalize-external-capture.ts', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: normalize --events FILE --logs FILE --out-records FILE --out-gt FILE/);
  });
});
