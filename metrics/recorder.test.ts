import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Recorder, clearExperiments, inTransaction, openResultsDb, recordRun } from './recorder.ts';
import { logHarnessFeedback, sortedJson } from './feedback.ts';
import { manualClock } from '../src/clock.ts';
import type { Outcome } from '../src/types.ts';

const outcome: Outcome = {
  failure_type: 'OOMKilled',
  action_taken: 'scale_memory',
  action_params: { memory: '1Gi' },
  success: true,
  verify_ok: true,
  duration_ms: 3,
  decide_ms: 1,
  act_ms: 2,
  timestamp: 0,
  stream_index: 4,
  dry_run: false,
};

const count = (db: ReturnType<typeof openResultsDb>, table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('recorder', () => {
  it('writes detections, outcomes and the run row with the clock it is given', () => {
    const db = openResultsDb(':memory:');
    const rec = new Recorder(db, 'experimentX', manualClock(0, 100));
    rec.recordDetection('OOMKilled', 0.25, 4);
    rec.recordOutcome(outcome);
    expect(db.prepare('SELECT experiment, failure_type, stream_index, detect_ms, created FROM detection_rows').get()).toEqual({
      experiment: 'experimentX',
      failure_type: 'OOMKilled',
      stream_index: 4,
      detect_ms: 0.25,
      created: 100,
    });
    expect(db.prepare('SELECT success, mttr_ms FROM outcome_rows').get()).toEqual({ success: 1, mttr_ms: 3 });
    expect(count(db, 'experiment_runs')).toBe(1);
  });

  it('keeps nothing of a transaction whose work throws', async () => {
    const db = openResultsDb(':memory:');
    await expect(
      inTransaction(db, () => {
        new Recorder(db, 'e').recordDetection('OOMKilled', 1, null);
        throw new Error('died half-way');
      }),
    ).rejects.toThrow('died half-way');
    expect(count(db, 'detection_rows')).toBe(0);
    expect(count(db, 'experiment_runs')).toBe(0);
  });

  it('clears only the named experiments', () => {
    const db = openResultsDb(':memory:');
    new Recorder(db, 'experiment1').recordDetection('OOMKilled', 1, null);
    new Recorder(db, 'lab_run').recordDetection('OOMKilled', 1, null);
    clearExperiments(db, ['experiment1']);
    expect(db.prepare('SELECT experiment FROM detection_rows').all()).toEqual([{ experiment: 'lab_run' }]);
  });

  it('opens a file database in WAL mode with a busy timeout', () => {
    const db = openResultsDb(join(mkdtempSync(join(tmpdir(), 'ghost-db-')), 'nested', 'results.db'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA busy_timeout').get()).toEqual({ timeout: 30000 });
    db.close();
  });

  it('appends feedback rows with sorted-key JSON payloads', () => {
    const db = openResultsDb(':memory:');
    const ids = ['run-a', 'run-b'];
    const payload = { b: 1, a: { d: 2, c: 3 } } as unknown as Parameters<typeof logHarnessFeedback>[1];
    expect(logHarnessFeedback(db, payload, manualClock(), () => ids.shift() as string)).toBe('run-a');
    logHarnessFeedback(db, payload, manualClock(), () => ids.shift() as string);
    const rows = db.prepare('SELECT run_id, payload_json FROM feedback_rows ORDER BY id').all();
    expect(rows).toEqual([
      { run_id: 'run-a', payload_json: '{"a":{"c":3,"d":2},"b":1}' },
      { run_id: 'run-b', payload_json: '{"a":{"c":3,"d":2},"b":1}' },
    ]);
    expect(sortedJson([{ z: 1, y: 2 }])).toBe('[{"y":2,"z":1}]');
  });
});

describe('recordRun', () => {
  const tempDb = () => join(mkdtempSync(join(tmpdir(), 'ghost-run-')), 'results.db');

  it('copies the staged rows into the results database when the work succeeds', async () => {
    const path = tempDb();
    await recordRun(path, ['e1'], async (db) => {
      const rec = new Recorder(db, 'e1');
      rec.recordDetection('OOMKilled', 1, 3);
      rec.recordOutcome(outcome);
      logHarnessFeedback(db, {} as Parameters<typeof logHarnessFeedback>[1]);
    });
    const db = openResultsDb(path);
    expect([count(db, 'experiment_runs'), count(db, 'detection_rows'), count(db, 'outcome_rows'), count(db, 'feedback_rows')]).toEqual([1, 1, 1, 1]);
    db.close();
  });

  it('creates no database when the work fails', async () => {
    const path = tempDb();
    await expect(
      recordRun(path, ['e1'], async (db) => {
        new Recorder(db, 'e1').recordDetection('OOMKilled', 1, 3);
        throw new Error('input went bad');
      }),
    ).rejects.toThrow('input went bad');
    expect(existsSync(path)).toBe(false);
  });

  it('replaces the named experiments and keeps the others and the ledger', async () => {
    const path = tempDb();
    await recordRun(path, ['e1', 'e2'], async (db) => {
      new Recorder(db, 'e1').recordDetection('OOMKilled', 1, 0);
      new Recorder(db, 'e2').recordDetection('OOMKilled', 1, 0);
      logHarnessFeedback(db, {} as Parameters<typeof logHarnessFeedback>[1]);
    });
    await recordRun(path, ['e1'], async (db) => {
      new Recorder(db, 'e1').recordDetection('HighLatency', 2, 5);
    });
    const db = openResultsDb(path);
    expect(db.prepare('SELECT experiment, failure_type FROM detection_rows ORDER BY experiment').all().map((r) => ({ ...r }))).toEqual([
      { experiment: 'e1', failure_type: 'HighLatency' },
      { experiment: 'e2', failure_type: 'OOMKilled' },
    ]);
    expect(count(db, 'feedback_rows')).toBe(1);
    db.close();
  });

  it('refuses an existing file that is not a results database before running the work', async () => {
    const path = tempDb();
    writeFileSync(path, 'not a database, just text that is long enough to have a header '.repeat(4));
    let ran = false;
    await expect(recordRun(path, ['e1'], async () => void (ran = true))).rejects.toThrow(path);
    expect(ran).toBe(false);
  });
});
