import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { manualClock } from '../src/clock.ts';
import { InputError } from '../src/errors.ts';
import { EXPECTED_HEALS } from '../src/ground-truth.ts';
import { noOpHealer } from '../tools/fixtures/lab-capture.ts';
import type { FailureType } from '../skills/failure-types.ts';
import { EXTERNAL_EXPERIMENT, recordExternalReplay, runExternalReplay } from './external.ts';

// A small capture checked by hand: what each record says, what the watchers make of it, and
// what the hand-made ground truth expects there.
//   0 crash-loop event           -> CrashLoopBackOff    expected CrashLoopBackOff   TP
//   1 image pull signal          -> ImagePullBackOff    expected ImagePullBackOff   TP
//   2 readiness probe event      -> StartupProbeFailed  expected StartupProbeFailed TP
//   3 OOM text                   -> OOMKilled           expected CrashLoopBackOff   FN + FP(OOMKilled)
//   4 probe access log (INFO)    -> nothing             healthy
//   5 refused upstream (ERROR)   -> StartupProbeFailed  healthy                     FP
//   6 slow request (WARNING)     -> HighLatency         expected HighLatency        TP
//   7 probe failure logged INFO  -> nothing (unwatched) expected StartupProbeFailed FN
//   8 worker start (INFO)        -> nothing             healthy
const RECORDS = [
  { severity: 'ERROR', service: 'app-service', message: 'BackOff: Back-off restarting failed container app in pod app-service-1_ghost-lab(u1)', labels: { reason: 'CrashLoopBackOff', source: 'k8s_event', kind: 'Pod' } },
  { severity: 'ERROR', service: 'app-service', message: 'BackOff: Back-off pulling image "registry/app:v2"', labels: { reason: 'ImagePullBackOff', source: 'k8s_event', kind: 'Pod' }, signal: { record_type: 'Pod', phase: 'Pending', reason: 'ImagePullBackOff' } },
  { severity: 'ERROR', service: 'app-service', message: 'Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 404', labels: { reason: 'StartupProbeFailed', source: 'k8s_event', kind: 'Pod' } },
  { severity: 'ERROR', service: 'app-service', message: 'OOMKilling: Memory cgroup out of memory: Killed process 4120 (nginx)', labels: { reason: 'OOMKilled', source: 'k8s_event', kind: 'Node' } },
  { severity: 'INFO', service: 'app-service', message: '10.244.0.1 - - "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.31"', labels: { source: 'pod_log' } },
  { severity: 'ERROR', service: 'app-service', message: 'connect() failed (111: Connection refused) while connecting to upstream', labels: { source: 'pod_log' } },
  { severity: 'WARNING', service: 'app-service', message: 'GET /api/orders took 4200ms, exceeds threshold 1000ms', labels: { reason: 'HighLatency', source: 'pod_log' } },
  { severity: 'INFO', service: 'app-service', message: 'readiness probe failed once, retrying', labels: { reason: 'StartupProbeFailed', source: 'pod_log' } },
  { severity: 'INFO', service: 'app-service', message: '2026/11/24 18:00:52 [notice] 1#1: start worker process 29', labels: { source: 'pod_log' } },
];

const gtEntry = (index: number, failure_type: FailureType) => {
  const [action, params] = EXPECTED_HEALS[failure_type];
  return { index, failure_type, expected_action: action, expected_params: params };
};

const HAND_GROUND_TRUTH = [
  gtEntry(0, 'CrashLoopBackOff'),
  gtEntry(1, 'ImagePullBackOff'),
  gtEntry(2, 'StartupProbeFailed'),
  gtEntry(3, 'CrashLoopBackOff'),
  gtEntry(6, 'HighLatency'),
  gtEntry(7, 'StartupProbeFailed'),
];

function capture(groundTruth: unknown = HAND_GROUND_TRUTH) {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-external-'));
  const data = join(dir, 'normalized.json');
  const gt = join(dir, 'ground_truth.json');
  writeFileSync(data, JSON.stringify(RECORDS, null, 2));
  writeFileSync(gt, JSON.stringify(groundTruth, null, 2));
  return { dir, data, gt };
}

const score = (tp: number, fn: number, fp: number, precision: number, recall: number, f1: number) => ({
  true_positives: tp,
  false_negatives: fn,
  false_positives: fp,
  precision,
  recall,
  f1,
});

describe('external replay', () => {
  it('scores a capture against a hand-checked ground truth file', async () => {
    const { data, gt } = capture();
    const summary = await runExternalReplay({ data, groundTruth: gt, clock: manualClock() });
    expect(summary).toEqual({
      detected: 4,
      total_failures: 6,
      false_positives: 1,
      healthy_count: 3,
      resolved: 4,
      verified_unhealthy: 0,
      first_unhealthy: null,
      avg_mttr_ms: 0,
      // CrashLoopBackOff 0 and 3 are one incident (one owner, no times), StartupProbeFailed 2
      // and 7 too: four incidents, all detected; index 3's action repeats the first's; the
      // false alarm at 5 is a false incident.
      incidents: { expected: 4, detected: 4, actions: 5, actions_per_incident: 1.25, repeated_actions: 1, false_incidents: 1, escalations: 0 },
      data_path: data,
      ground_truth_source: 'file',
      ground_truth_path: gt,
      dry_run: false,
      per_class: {
        CrashLoopBackOff: score(1, 1, 0, 1, 0.5, 2 / 3),
        ImagePullBackOff: score(1, 0, 0, 1, 1, 1),
        StartupProbeFailed: score(1, 1, 1, 0.5, 0.5, 0.5),
        HighLatency: score(1, 0, 0, 1, 1, 1),
        OOMKilled: score(0, 0, 1, 0, 0, 0),
      },
      confusion: {
        CrashLoopBackOff: { CrashLoopBackOff: 1, OOMKilled: 1 },
        ImagePullBackOff: { ImagePullBackOff: 1 },
        StartupProbeFailed: { StartupProbeFailed: 1, none: 1 },
        HighLatency: { HighLatency: 1 },
        healthy: { StartupProbeFailed: 1, none: 2 },
      },
    });
  });

  it('hands each detection to onDetection as it happens and keeps none in the summary', async () => {
    const { data, gt } = capture();
    const seen: unknown[] = [];
    const summary = await runExternalReplay({ data, groundTruth: gt, clock: manualClock(), onDetection: (d) => void seen.push(d) });
    expect(seen).toEqual(
      [0, 1, 2, 3, 5, 6].map((index, i) => ({
        index,
        failure_type: ['CrashLoopBackOff', 'ImagePullBackOff', 'StartupProbeFailed', 'OOMKilled', 'StartupProbeFailed', 'HighLatency'][i],
        detect_ms: 0,
      })),
    );
    expect(summary).not.toHaveProperty('detections');
  });

  it('refuses a record labelled with a class GHOST does not know, naming the file and record', async () => {
    for (const reason of ['__proto__', 'toString', 'constructor', 'Bogus']) {
      const dir = mkdtempSync(join(tmpdir(), 'ghost-external-'));
      const data = join(dir, 'labelled.json');
      writeFileSync(data, JSON.stringify([RECORDS[0], { ...RECORDS[3], labels: { reason } }]));
      const run = runExternalReplay({ data, clock: manualClock() });
      await expect(run).rejects.toBeInstanceOf(InputError);
      await expect(run).rejects.toThrow(`${data}: record 1: label ${JSON.stringify(reason)} is neither a failure class nor "healthy"`);
    }
  });

  it('derives the ground truth from the records labels when no file is given', async () => {
    const { data } = capture();
    const summary = await runExternalReplay({ data, clock: manualClock() });
    expect(summary.ground_truth_source).toBe('labels');
    expect(summary.ground_truth_path).toBeNull();
    expect(summary).toMatchObject({ detected: 5, total_failures: 6, false_positives: 1, healthy_count: 3 });
    expect(summary.per_class['OOMKilled']).toEqual(score(1, 0, 0, 1, 1, 1));
    expect(summary.per_class['CrashLoopBackOff']).toEqual(score(1, 0, 0, 1, 1, 1));
  });

  it('resolution bar: no-op crash-loop and K8s heals the verifiers accept are not resolved', async () => {
    const { data, gt } = capture();
    const summary = await runExternalReplay({ data, groundTruth: gt, clock: manualClock(), parts: { healer: noOpHealer() } });
    // Five expected failures were healed (one as the wrong class); each was verified, none left healthy.
    expect(summary).toMatchObject({ detected: 4, resolved: 0, verified_unhealthy: 5 });
    expect(summary.first_unhealthy).toBe('index 0 CrashLoopBackOff: status CrashLoopBackOff, not running; restart count 5, restarting');
  });

  it('counts as healthy every record the ground truth does not list', async () => {
    const { data, gt } = capture([gtEntry(1, 'ImagePullBackOff')]);
    expect((await runExternalReplay({ data, groundTruth: gt, clock: manualClock() })).healthy_count).toBe(8);
  });

  it('marks a dry run in the summary and scores it like a real one', async () => {
    const { data, gt } = capture();
    const summary = await runExternalReplay({ data, groundTruth: gt, dryRun: true, clock: manualClock() });
    expect(summary.dry_run).toBe(true);
    // The healer reports a dry-run heal as successful, so it counts as resolved, as in the original.
    expect(summary).toMatchObject({ detected: 4, resolved: 4 });
  });

  it('refuses a ground truth entry past the last record', async () => {
    const { data, gt } = capture([gtEntry(0, 'CrashLoopBackOff'), gtEntry(9, 'OOMKilled')]);
    const run = runExternalReplay({ data, groundTruth: gt, clock: manualClock() });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow(`${gt}: entry 1: index 9 is past the last record of ${data} (9 records)`);
  });

  it('records detections and outcomes under experiment_external, replacing the previous run', async () => {
    const { dir, data, gt } = capture();
    const db = join(dir, 'results.db');
    await recordExternalReplay(db, { data, groundTruth: gt, clock: manualClock() });
    await recordExternalReplay(db, { data, groundTruth: gt, clock: manualClock() });
    const check = new DatabaseSync(db);
    const count = (sql: string) => (check.prepare(sql).get() as { n: number }).n;
    expect(count(`SELECT COUNT(*) AS n FROM detection_rows WHERE experiment = '${EXTERNAL_EXPERIMENT}'`)).toBe(6);
    expect(count(`SELECT COUNT(*) AS n FROM outcome_rows WHERE experiment = '${EXTERNAL_EXPERIMENT}'`)).toBe(6);
    expect(count('SELECT COUNT(*) AS n FROM experiment_runs')).toBe(1);
    check.close();
  });

  it('leaves the database as it was when a recorded run fails', async () => {
    const { dir, data, gt } = capture();
    const db = join(dir, 'results.db');
    await recordExternalReplay(db, { data, groundTruth: gt, clock: manualClock() });
    const bad = join(dir, 'bad_gt.json');
    writeFileSync(bad, JSON.stringify([gtEntry(40, 'OOMKilled')]));
    await expect(recordExternalReplay(db, { data, groundTruth: bad, clock: manualClock() })).rejects.toThrow(/past the last record/);
    const check = new DatabaseSync(db);
    expect((check.prepare('SELECT COUNT(*) AS n FROM detection_rows').get() as { n: number }).n).toBe(6);
    expect((check.prepare('SELECT meta FROM experiment_runs').get() as { meta: string }).meta).toContain('ground_truth.json');
    check.close();
  });
});

/**
 * Live heap, after forced collections, at the 100,000th detection of an external replay minus
 * at its 10,000th: every record of the capture is a detection no ground truth expects. Measured
 * in a child Node with gc exposed; `keep` is JavaScript run on each detection the replay hands
 * out (how a leak is injected).
 */
function replayGrowth(keep: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-external-memory-'));
  const data = join(dir, 'detections.jsonl');
  const oom = JSON.stringify({ severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' });
  writeFileSync(data, `${oom}\n`.repeat(100_000));
  const script = `
    const { runExternalReplay } = await import(${JSON.stringify(new URL('./external.ts', import.meta.url).href)});
    const { manualClock } = await import(${JSON.stringify(new URL('../src/clock.ts', import.meta.url).href)});
    const keep = ${keep};
    const samples = [];
    let n = 0;
    const summary = await runExternalReplay({
      data: ${JSON.stringify(data)},
      clock: manualClock(),
      onDetection: (d) => {
        keep(d);
        n += 1;
        if (n === 10_000 || n === 100_000) {
          globalThis.gc();
          globalThis.gc();
          samples.push(process.memoryUsage().heapUsed);
        }
      },
    });
    if (summary.false_positives !== 100_000) throw new Error('expected 100,000 detections, got ' + summary.false_positives);
    console.log(samples[1] - samples[0]);
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

describe('external replay memory', () => {
  const MIB = 1024 * 1024;

  it('does not grow with the number of detections (10,000th against 100,000th)', () => {
    expect(replayGrowth('() => {}')).toBeLessThan(MIB);
  });

  it('the memory check sees a replay that keeps a list entry per detection', () => {
    const kept: string = '((list) => (d) => list.push(d))([])';
    expect(replayGrowth(kept)).toBeGreaterThan(3 * MIB);
  });
});
