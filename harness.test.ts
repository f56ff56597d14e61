import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { AGENT_VERSION as HEALER_VERSION } from './skills/healer-skills.ts';
import { AGENT_VERSION as WATCHER_VERSION } from './skills/watcher-skills.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runInProcess } from './src/run-cli.ts';

let dataDir = '';

beforeAll(async () => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'ghost-harness-')), 'data');
  const seeded = await runInProcess('data/seed.ts', ['--out', dataDir]);
  expect(seeded.code).toBe(0);
});

function freshDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'ghost-db-')), 'results.db');
}

describe('harness as a process', () => {
  it('passes all seven experiments on fresh seed data and fills every table', async () => {
    const db = freshDb();
    const run = await runCli('harness.ts', ['--data', dataDir, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const title of ['EXPERIMENT 1', 'EXPERIMENT 2', 'EXPERIMENT 3', 'EXPERIMENT 4', 'EXPERIMENT 5', 'EXPERIMENT 6', 'EXPERIMENT 7']) {
      expect(run.stdout).toContain(title);
    }
    expect(run.stdout.indexOf('EXPERIMENT 6')).toBeGreaterThan(run.stdout.indexOf('EXPERIMENT 5'));
    expect(run.stdout.indexOf('EXPERIMENT 7')).toBeGreaterThan(run.stdout.indexOf('EXPERIMENT 6'));
    expect(run.stdout).toMatch(/^burst {17}PASS {12}30 {10}1 {8}1   act 1, joined 29$/m);
    expect(run.stdout).toContain('False positives: 0/90   (0%)');
    expect(run.stdout).toContain('Resolved:       10/10   (100%)');
    expect(run.stdout).toContain('False positives: 0/60   (0%)');
    expect(run.stdout).toContain('False positives: 0/80   (0%)');
    expect(run.stdout).toMatch(
      /^Human baseline MTTR: ~8 min \(estimate\) {5}Agent MTTR: median \d+\.\d\dms, max \d+\.\d\dms \(measured, 60 heals\)$/m,
    );
    expect(run.stdout).not.toContain('<300ms');
    expect(run.stdout).not.toMatch(/\bFAIL\b/);
    // 14 scenario rows in experiments 1, 2 and 4, and the storm's 10 scenarios.
    expect(run.stdout.match(/ PASS /g)?.length).toBe(24);
    expect(run.stdout).toContain('Detected:       10/10   (100%)');
    expect(run.stdout).toContain('False positives: 0/180   (0%)');
    expect(run.stdout).toContain('Resolved:       20/20   (100%)');
    expect(run.stdout).toMatch(/Feedback ledger run_id: [0-9a-f-]{36}/);

    const conn = new DatabaseSync(db, { readOnly: true });
    const n = (table: string) => (conn.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(n('detection_rows')).toBe(4 + 4 + 10 + 6 + 20 + 20);
    // Experiment 7 keeps the outcomes of the actions the guard let through (34).
    expect(n('outcome_rows')).toBe(4 + 10 + 6 + 20 + 20 + 34);
    expect(n('experiment_runs')).toBe(7);
    expect(n('feedback_rows')).toBe(1);
    const payload = JSON.parse((conn.prepare('SELECT payload_json FROM feedback_rows').get() as { payload_json: string }).payload_json);
    expect(payload).toMatchObject({
      harness_all_pass: true,
      experiment6_all_pass: true,
      experiment7_all_pass: true,
      exp5_detected: 20,
      exp6_false_alarms_alone: 0,
      exp6_detected: 20,
      policy_versions: { healer_skills: HEALER_VERSION, watcher_skills: WATCHER_VERSION },
    });
    expect(payload.agent_mttr_max_ms).toBeGreaterThanOrEqual(payload.agent_mttr_median_ms);
    conn.close();
  });

  it('replaces the experiment rows on a second run and keeps every feedback row', async () => {
    const db = freshDb();
    expect((await runInProcess('harness.ts', ['--data', dataDir, '--db', db])).code).toBe(0);
    expect((await runInProcess('harness.ts', ['--data', dataDir, '--db', db])).code).toBe(0);
    const conn = new DatabaseSync(db, { readOnly: true });
    expect(conn.prepare('SELECT COUNT(*) AS n FROM experiment_runs').get()).toEqual({ n: 7 });
    expect(conn.prepare('SELECT COUNT(*) AS n FROM feedback_rows').get()).toEqual({ n: 2 });
    conn.close();
  });

  it('exits non-zero with one line naming the file when a data file is corrupted', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'ghost-broken-')), 'data');
    cpSync(dataDir, broken, { recursive: true });
    const file = join(broken, 'mixed_stream.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000));
    const db = freshDb();
    const run = await runInProcess('harness.ts', ['--data', broken, '--db', db]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('mixed_stream.json');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the experiment that failed when the data no longer meets the bar', async () => {
    const altered = join(mkdtempSync(join(tmpdir(), 'ghost-altered-')), 'data');
    cpSync(dataDir, altered, { recursive: true });
    const file = join(altered, 'mixed_stream_ground_truth.json');
    const gt = JSON.parse(readFileSync(file, 'utf8')) as Array<{ index: number }>;
    gt.push({ ...gt[0], index: 99999 } as { index: number });
    writeFileSync(file, JSON.stringify(gt));
    const run = await runInProcess('harness.ts', ['--data', altered, '--db', freshDb()]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('Error: Experiment 3 detection incomplete (10/11)');
  });

  it('answers an unknown flag with exit 2 and a usage line', async () => {
    const run = await runCli('harness.ts', ['--nope']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
