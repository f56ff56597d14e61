import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

const REF = join(PROJECT_ROOT, 'data', 'reference', 'seed-42');
const MIXED = join(REF, 'mixed_stream.json');
const NEAR = join(REF, 'near_real_stream.json');

interface Summary {
  records: number;
  detections: number;
  dry_run: boolean;
  state_changed: boolean;
  outcomes: Array<{ index: number; failure_type: string; action_taken: string; success: boolean; dry_run: boolean }>;
}

describe('lab-run --no-guards as a process (one action per detection)', () => {
  it('reports 20 outcomes on the near-real stream in a dry run and leaves the state untouched', async () => {
    const run = await runCli('adapters/lab-run.ts', ['--no-guards', '--dry-run', NEAR]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary).toMatchObject({ records: 200, detections: 20, dry_run: true, state_changed: false });
    expect(summary.outcomes).toHaveLength(20);
    expect(summary.outcomes.every((o) => o.dry_run && o.success)).toBe(true);
    const gt = JSON.parse(readFileSync(join(REF, 'near_real_ground_truth.json'), 'utf8')) as Array<{ index: number; expected_action: string }>;
    expect(summary.outcomes.map((o) => [o.index, o.action_taken])).toEqual(gt.map((g) => [g.index, g.expected_action]));
  });

  it('heals against the simulator without --dry-run', async () => {
    const run = await runInProcess('adapters/lab-run.ts', ['--no-guards', MIXED]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary).toMatchObject({ records: 100, detections: 10, dry_run: false, state_changed: true });
    expect(summary.outcomes.every((o) => o.success && !o.dry_run)).toBe(true);
  });

  it('streams one outcome per line with --jsonl and puts the totals on stderr', async () => {
    const run = await runInProcess('adapters/lab-run.ts', ['--no-guards', '--dry-run', '--jsonl', NEAR]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { index: number });
    expect(lines).toHaveLength(20);
    expect(run.stderr).toBe('records: 200, detections: 20, dry_run: true, state_changed: false\n');
  });

  it('reads JSON Lines from standard input', async () => {
    const jsonl = (JSON.parse(readFileSync(MIXED, 'utf8')) as unknown[]).map((r) => JSON.stringify(r)).join('\n');
    const run = await runInProcess('adapters/lab-run.ts', ['--dry-run', '-'], jsonl);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ records: 100, detections: 10 });
  });

  it('records detections and outcomes under lab_run with --record, replacing the previous run', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ghost-lab-')), 'results.db');
    for (let i = 0; i < 2; i += 1) {
      expect((await runInProcess('adapters/lab-run.ts', ['--no-guards', '--dry-run', '--record', '--db', db, MIXED])).code).toBe(0);
    }
    const conn = new DatabaseSync(db, { readOnly: true });
    expect(conn.prepare("SELECT COUNT(*) AS n FROM detection_rows WHERE experiment = 'lab_run'").get()).toEqual({ n: 10 });
    expect(conn.prepare("SELECT COUNT(*) AS n FROM outcome_rows WHERE experiment = 'lab_run'").get()).toEqual({ n: 10 });
    expect(conn.prepare("SELECT COUNT(*) AS n FROM experiment_runs WHERE name = 'lab_run'").get()).toEqual({ n: 1 });
    conn.close();
  });

  it('writes nothing to the database when the input turns out bad half-way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-lab-'));
    const db = join(dir, 'results.db');
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"severity":"ERROR","message":"OOMKilled"}\n{not json}\n');
    const run = await runInProcess('adapters/lab-run.ts', ['--record', '--db', db, file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^Error: ${file}: line 2: .+\\n$`));
    // Either no database was left behind, or one without a single row of the failed run.
    if (existsSync(db)) {
      const conn = new DatabaseSync(db, { readOnly: true });
      expect(conn.prepare('SELECT COUNT(*) AS n FROM detection_rows').get()).toEqual({ n: 0 });
      conn.close();
    }
  });
});
