// report --rows streams: rows are written as the statements step through them, in bounded
// chunks through the line writer, never gathered into one string.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.ts';
import { main } from './reporter.ts';

const DETECTIONS = 3000;
let dir = '';
let db = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ghost-report-rows-'));
  db = join(dir, 'results.db');
  const data = join(dir, 'capture.jsonl');
  const oom = JSON.stringify({ severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' });
  writeFileSync(data, `${Array(DETECTIONS).fill(oom).join('\n')}\n`);
  const run = await runCli('tools/run-external-replay.ts', ['--data', data, '--record', '--db', db]);
  expect(run.code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report --rows', () => {
  it('lists every detection row, then every outcome row, one JSON line each', async () => {
    const run = await runCli('metrics/reporter.ts', ['--db', db, '--rows']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(2 * DETECTIONS);
    expect(rows[0]).toEqual({ experiment: 'experiment_external', failure_type: 'OOMKilled', stream_index: 0, detect_ms: rows[0].detect_ms });
    expect(rows[DETECTIONS - 1].stream_index).toBe(DETECTIONS - 1);
    expect(Object.keys(rows[DETECTIONS])).toEqual(['experiment', 'failure_type', 'action_taken', 'success', 'mttr_ms']);
  });

  it('writes the rows in bounded chunks to the output stream, never as one string', async () => {
    const chunks: number[] = [];
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.length);
        setImmediate(done);
      },
    });
    let joined = '';
    const code = await main(['--db', db, '--rows'], {
      stdout: (text) => void (joined += text),
      stderr: () => {},
      stdoutStream: out,
    });
    expect(code).toBe(0);
    expect(joined).toBe('');
    const total = chunks.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(200_000);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(16 * 1024);
  });
});
