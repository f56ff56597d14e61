import { spawn, execFileSync } from 'node:child_process';
import { constants, cpSync, mkdtempSync, openSync, rmSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

let dataDir = '';

beforeAll(async () => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'ghost-durable-')), 'data');
  expect((await runCli('data/seed.ts', ['--out', dataDir])).code).toBe(0);
});

// A non-blocking open fails until the harness opens the FIFO for reading; polling keeps a
// harness that died early from hanging the test.
async function openWriterWhenRead(fifo: string): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    try {
      return openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENXIO') throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw new Error('the harness never opened its input');
}

function inspect(db: string) {
  const conn = new DatabaseSync(db);
  const integrity = conn.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
  const count = (t: string) => (conn.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  const result = {
    integrity: integrity.integrity_check,
    runs: count('experiment_runs'),
    detections: count('detection_rows'),
    feedback: count('feedback_rows'),
  };
  conn.close();
  return result;
}

describe('results database durability', () => {
  it('lets two harness runs started together both finish with an intact database', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ghost-db-')), 'results.db');
    const [a, b] = await Promise.all([
      runCli('harness.ts', ['--data', dataDir, '--db', db]),
      runCli('harness.ts', ['--data', dataDir, '--db', db]),
    ]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    expect(inspect(db)).toEqual({ integrity: 'ok', runs: 7, detections: 64, feedback: 2 });
  });

  it('keeps the last completed run when a harness is killed in the middle of an experiment', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ghost-db-')), 'results.db');
    expect((await runCli('harness.ts', ['--data', dataDir, '--db', db])).code).toBe(0);
    const before = inspect(db);

    // Experiment 5 reads its stream from a FIFO that we feed half-way and then stall, so the
    // process is inside the experiment, with rows of this run already recorded, when killed.
    const stalled = join(mkdtempSync(join(tmpdir(), 'ghost-fifo-')), 'data');
    cpSync(dataDir, stalled, { recursive: true });
    const fifo = join(stalled, 'near_real_stream.json');
    const full = readFileSync(fifo);
    rmSync(fifo);
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'harness.ts'), '--data', stalled, '--db', db], {
      stdio: 'ignore',
    });
    const fd = await openWriterWhenRead(fifo);
    writeSync(fd, full.subarray(0, Math.floor(full.length / 2)));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    closeSync(fd);

    expect(child.signalCode).toBe('SIGKILL');
    expect(inspect(db)).toEqual(before);
  });
});
