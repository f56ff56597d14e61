import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

const REF = join(PROJECT_ROOT, 'data', 'reference', 'seed-42');
const MIXED = join(REF, 'mixed_stream.json');
const NEAR = join(REF, 'near_real_stream.json');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const tempDir = () => mkdtempSync(join(tmpdir(), 'ghost-observe-'));

interface Line {
  stream_index: number;
  failure_type: string;
}

function parseLines(stdout: string): Line[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

function asJsonl(path: string): string {
  return readJson<unknown[]>(path).map((r) => JSON.stringify(r)).join('\n') + '\n';
}

function groundTruth(name: string) {
  return readJson<Array<{ index: number; failure_type: string }>>(join(REF, name)).map((g) => ({
    stream_index: g.index,
    failure_type: g.failure_type,
  }));
}

/** observe --follow as a process, its output so far readable at any time. */
function follow(...args: string[]): { child: ChildProcess; out: () => string; err: () => string } {
  const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'adapters/observe.ts'), '--follow', ...args]);
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  return { child, out: () => out, err: () => err };
}

/** SIGINT, and the exit code once the process has closed. */
async function interrupt(child: ChildProcess): Promise<unknown> {
  child.kill('SIGINT');
  return new Promise((r) => child.once('close', r));
}

describe('observe as a process', () => {
  it('finds exactly the ground truth of the mixed stream, one JSON line per detection', async () => {
    const run = await runCli('adapters/observe.ts', [MIXED]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = parseLines(run.stdout);
    expect(lines.map(({ stream_index, failure_type }) => ({ stream_index, failure_type }))).toEqual(
      groundTruth('mixed_stream_ground_truth.json'),
    );
    expect(Object.keys(lines[0] as object)).toEqual([
      'stream_index',
      'detect_s',
      'failure_type',
      'severity',
      'service',
      'message_preview',
      'event_time',
    ]);
  });

  it('finds exactly the ground truth of the near-real stream', async () => {
    const run = await runInProcess('adapters/observe.ts', [NEAR]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout).map(({ stream_index, failure_type }) => ({ stream_index, failure_type }))).toEqual(
      groundTruth('near_real_ground_truth.json'),
    );
  });

  it('reads JSON Lines with the same result as the JSON array', async () => {
    const file = join(tempDir(), 'mixed.jsonl');
    writeFileSync(file, asJsonl(MIXED));
    const run = await runInProcess('adapters/observe.ts', [file]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout).map((l) => l.stream_index)).toEqual(groundTruth('mixed_stream_ground_truth.json').map((g) => g.stream_index));
  });

  it('reads standard input given as -', async () => {
    const run = await runInProcess('adapters/observe.ts', ['-'], asJsonl(NEAR));
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)).toHaveLength(20);
  });

  it('reads kubectl logs text with severity inferred from each line', async () => {
    const file = join(tempDir(), 'pod.log');
    writeFileSync(
      file,
      [
        'I0101 10:00:00.000000 1 server.go:12] listening on :8080',
        'Warning  BackOff  2m (x5 over 4m)  kubelet  Back-off restarting failed container app in pod web-1',
        '',
        'level=info msg="request served" status=200',
        'level=error msg="Liveness probe failed: connection refused"',
      ].join('\n'),
    );
    const run = await runInProcess('adapters/observe.ts', [file]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout).map(({ stream_index, failure_type }) => ({ stream_index, failure_type }))).toEqual([
      { stream_index: 1, failure_type: 'CrashLoopBackOff' },
      { stream_index: 3, failure_type: 'StartupProbeFailed' },
    ]);
  });

  it('treats a JSON file as text lines when --format text is forced', async () => {
    const file = join(tempDir(), 'one.json');
    writeFileSync(file, '[{"severity": "ERROR", "message": "OOMKilled"}]\n');
    const run = await runInProcess('adapters/observe.ts', ['--format', 'text', file]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)).toEqual([expect.objectContaining({ stream_index: 0, failure_type: 'OOMKilled', severity: 'ERROR' })]);
  });

  it('sends records with a signal object to the K8s rules', async () => {
    const run = await runInProcess('adapters/observe.ts', [join(REF, 'k8s_clean_signals.json')]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout).map((l) => l.failure_type)).toEqual([
      'ImagePullBackOff',
      'ImagePullBackOff',
      'SchedulingBlocked',
      'NodeNotReady',
      'ReplicaMismatch',
      'PodDown',
    ]);
  });

  it('prints a count per failure type on stderr with --summary and nothing else on stdout', async () => {
    const run = await runInProcess('adapters/observe.ts', ['--summary', MIXED]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)).toHaveLength(10);
    expect(run.stderr).toContain('records: 100, detections: 10');
    expect(run.stderr).toMatch(/OOMKilled: \d+/);
  });

  it('keeps detections printed before a bad record and names the record', async () => {
    const file = join(tempDir(), 'bad.jsonl');
    writeFileSync(file, '{"severity":"ERROR","message":"OOMKilled"}\n{"severity":"ERROR","message":42}\n');
    const run = await runInProcess('adapters/observe.ts', [file]);
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout)).toEqual([expect.objectContaining({ stream_index: 0, failure_type: 'OOMKilled' })]);
    expect(run.stderr).toBe(`Error: ${file}: line 2: "message" must be a string, got number\n`);
  });

  it('answers a bad flag with exit 2 and one line', async () => {
    const run = await runCli('adapters/observe.ts', ['--format', 'xml', MIXED]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--format');
  });

  it('follows a growing file and prints detections for lines appended after start', async () => {
    // The first line is a detection, so its output says the follower has read to the end: the
    // next line is appended after that event, not after a guessed delay.
    const file = join(tempDir(), 'live.log');
    writeFileSync(file, 'level=error msg="Back-off restarting failed container"\n');
    const { child, out, err } = follow('--summary', file);
    await outputHolds(out, 'CrashLoopBackOff');
    appendFileSync(file, 'level=error msg="container OOMKilled"\n');
    await outputHolds(out, 'OOMKilled');
    expect(await interrupt(child)).toBe(0);
    expect(parseLines(out())).toEqual([
      expect.objectContaining({ stream_index: 0, failure_type: 'CrashLoopBackOff' }),
      expect.objectContaining({ stream_index: 1, failure_type: 'OOMKilled' }),
    ]);
    expect(err()).toContain('records: 2, detections: 2');
  });

  it('keeps following across a log rotation', async () => {
    const file = join(tempDir(), 'rotating.log');
    writeFileSync(file, 'level=error msg="Back-off restarting failed container"\n');
    const { child, out } = follow(file);
    await outputHolds(out, 'CrashLoopBackOff');
    appendFileSync(file, 'level=error msg="container OOMKilled"\n');
    await outputHolds(out, 'OOMKilled');
    renameSync(file, `${file}.1`);
    writeFileSync(file, 'level=error msg="Back-off restarting failed container"\n');
    await outputHolds(out, 'CrashLoopBackOff', 2);
    expect(await interrupt(child)).toBe(0);
    expect(parseLines(out())).toEqual([
      expect.objectContaining({ stream_index: 0, failure_type: 'CrashLoopBackOff' }),
      expect.objectContaining({ stream_index: 1, failure_type: 'OOMKilled' }),
      expect.objectContaining({ stream_index: 2, failure_type: 'CrashLoopBackOff' }),
    ]);
  });
});

/** Resolves once the output holds `text` `times` times (the follower's own event); fails after 10 s. */
async function outputHolds(output: () => string, text: string, times = 1): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (output().split(text).length - 1 >= times) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${times} x ${JSON.stringify(text)} in the output within 10 s: ${output()}`);
}
