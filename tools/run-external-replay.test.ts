import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { manualClock } from '../src/clock.ts';
import { LAB_CAPTURE_CLASSES, noOpHealer } from './fixtures/lab-capture.ts';
import { runExternalReplay } from '../experiments/external.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'lab-capture');

const perfect = (n: number) => ({ true_positives: n, false_negatives: 0, false_positives: 0, precision: 1, recall: 1, f1: 1 });

/** The committed capture, normalized into a fresh folder. */
async function normalizedFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-replay-'));
  const data = join(dir, 'normalized.json');
  const gt = join(dir, 'ground_truth.json');
  const run = await runCli('tools/normalize-external-capture.ts', [
    '--events', join(FIXTURE, 'events.json'),
    '--logs', join(FIXTURE, 'logs.txt'),
    '--out-records', data,
    '--out-gt', gt,
  ]);
  expect(run.code).toBe(0);
  return { dir, data, gt };
}

describe('replay command', () => {
  it('replays the normalized lab capture and scores every class', async () => {
    const { data, gt } = await normalizedFixture();
    const run = await runInProcess('tools/run-external-replay.ts', ['--data', data, '--ground-truth', gt]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary)).toEqual([
      'detected', 'total_failures', 'false_positives', 'healthy_count', 'resolved', 'verified_unhealthy', 'first_unhealthy',
      'avg_mttr_ms', 'incidents', 'data_path', 'ground_truth_source', 'ground_truth_path', 'dry_run', 'per_class', 'confusion',
    ]);
    expect(summary).toMatchObject({
      detected: 8,
      total_failures: 8,
      false_positives: 0,
      healthy_count: 50,
      resolved: 8,
      verified_unhealthy: 0,
      first_unhealthy: null,
      data_path: data,
      ground_truth_source: 'file',
      ground_truth_path: gt,
      dry_run: false,
    });
    expect(summary.per_class).toEqual({
      SchedulingBlocked: perfect(1),
      ImagePullBackOff: perfect(4),
      CrashLoopBackOff: perfect(1),
      StartupProbeFailed: perfect(2),
    });
    expect(summary.confusion).toEqual({
      SchedulingBlocked: { SchedulingBlocked: 1 },
      ImagePullBackOff: { ImagePullBackOff: 4 },
      CrashLoopBackOff: { CrashLoopBackOff: 1 },
      StartupProbeFailed: { StartupProbeFailed: 2 },
      healthy: { none: 50 },
    });
  });

  it('resolution bar on the lab capture: no-op K8s and crash-loop heals the verifiers accept are not resolved', async () => {
    const { data, gt } = await normalizedFixture();
    const summary = await runExternalReplay({ data, groundTruth: gt, clock: manualClock(), parts: { healer: noOpHealer() } });
    expect(summary).toMatchObject({ detected: 8, total_failures: 8 });
    expect(summary.resolved).toBeLessThan(8);
    expect(summary.verified_unhealthy).toBe(8 - summary.resolved);
    expect(summary.first_unhealthy).toMatch(/^index \d+ (ImagePullBackOff|SchedulingBlocked|CrashLoopBackOff|StartupProbeFailed): /);
  });

  it('derives the ground truth from labels when none is given', async () => {
    const { data } = await normalizedFixture();
    const run = await runInProcess('tools/run-external-replay.ts', ['--data', data]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ground_truth_source: 'labels', ground_truth_path: null, detected: 8, total_failures: 8 });
  });

  it('writes the run to the database given with --record', async () => {
    const { dir, data, gt } = await normalizedFixture();
    const db = join(dir, 'results.db');
    const run = await runInProcess('tools/run-external-replay.ts', ['--data', data, '--ground-truth', gt, '--record', '--db', db]);
    expect(run.code).toBe(0);
    const check = new DatabaseSync(db);
    expect(check.prepare('SELECT experiment, failure_type FROM detection_rows ORDER BY id').all().map((r) => ({ ...r }))).toEqual(
      LAB_CAPTURE_CLASSES.map((failure_type) => ({
        experiment: 'experiment_external',
        failure_type,
      })),
    );
    check.close();
  });

  it('lists the detections only with --detections, one JSON line each as they happen, then the summary', async () => {
    const { data, gt } = await normalizedFixture();
    const plain = await runInProcess('tools/run-external-replay.ts', ['--data', data, '--ground-truth', gt]);
    const listed = await runInProcess('tools/run-external-replay.ts', ['--data', data, '--ground-truth', gt, '--detections']);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(9);
    expect(lines.slice(0, 8).map((d) => Object.keys(d))).toEqual(Array(8).fill(['index', 'failure_type', 'detect_ms']));
    expect(lines.slice(0, 8).map((d) => d.failure_type)).toEqual([
      'SchedulingBlocked', 'ImagePullBackOff', 'ImagePullBackOff', 'ImagePullBackOff', 'ImagePullBackOff',
      'CrashLoopBackOff', 'StartupProbeFailed', 'StartupProbeFailed',
    ]);
    const { avg_mttr_ms: _a, ...last } = lines[8];
    const { avg_mttr_ms: _b, ...summary } = JSON.parse(plain.stdout);
    expect(last).toEqual(summary);
  });

  it('prints a summary whose size does not grow with the number of detections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-replay-'));
    const capture = (name: string, n: number) => {
      const path = join(dir, name);
      const oom = JSON.stringify({ severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' });
      writeFileSync(path, `${Array(n).fill(oom).join('\n')}\n`);
      return path;
    };
    // Same name length, so only the counts' digits may differ.
    const few = await runInProcess('tools/run-external-replay.ts', ['--data', capture('a.jsonl', 3)]);
    const many = await runInProcess('tools/run-external-replay.ts', ['--data', capture('b.jsonl', 3000)]);
    expect(many.code).toBe(0);
    expect(JSON.parse(many.stdout)).toMatchObject({ false_positives: 3000, confusion: { healthy: { OOMKilled: 3000 } } });
    expect(many.stdout.length).toBeLessThan(few.stdout.length + 40);
  });

  for (const cls of ['__proto__', 'toString', 'constructor', 'Bogus']) {
    it(`fails with one line naming the ground-truth file and entry for a class named ${cls}`, async () => {
      const { dir, data } = await normalizedFixture();
      const gt = join(dir, 'odd_gt.json');
      const entry = { index: 1, failure_type: cls, expected_action: 'scale_memory', expected_params: {} };
      writeFileSync(gt, JSON.stringify([{ ...entry, failure_type: 'OOMKilled', index: 0 }, entry]));
      const run = await runInProcess('tools/run-external-replay.ts', ['--data', data, '--ground-truth', gt]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^Error: ${gt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: entry 1: "failure_type" "${cls}" is not a failure class \\(OOMKilled, [^\n]*\\)\n$`));
      expect(run.code).toBe(1);
    });

    it(`fails with one line naming the data file and record for a label naming ${cls}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ghost-replay-'));
      const data = join(dir, 'labelled.jsonl');
      const oom = { severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' };
      writeFileSync(data, `${JSON.stringify({ ...oom, labels: { reason: 'OOMKilled' } })}\n${JSON.stringify({ ...oom, labels: { reason: cls } })}\n`);
      const run = await runInProcess('tools/run-external-replay.ts', ['--data', data]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`Error: ${data}: record 1: label "${cls}" is neither a failure class nor "healthy"\n`);
      expect(run.code).toBe(1);
    });
  }

  it('fails with one line naming a data file that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-replay-'));
    const missing = join(dir, 'none.json');
    const run = await runCli('tools/run-external-replay.ts', ['--data', missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Error: ${missing}: no such file\n`);
  });

  it('fails naming the record of a malformed data file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-replay-'));
    const data = join(dir, 'bad.json');
    writeFileSync(data, '[{"severity": "ERROR", "message": "x"}, {"message": 3}]');
    const run = await runInProcess('tools/run-external-replay.ts', ['--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Error: ${data}: record 1: "message" must be a string, got number\n`);
  });

  it('exits 2 without --data', async () => {
    const run = await runCli('tools/run-external-replay.ts', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: replay: missing --data (see replay --help)\n');
  });

  it('exits 2 for --db without --record', async () => {
    const run = await runInProcess('tools/run-external-replay.ts', ['--data', 'x.json', '--db', 'r.db']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: replay: --db only applies with --record\n');
  });

  it('prints help', async () => {
    const run = await runInProcess('tools/run-external-replay.ts', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: replay --data FILE/);
  });
});
