import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';

const SCRIPT = 'tools/score-corpus.ts';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Line {
  message: string;
  reason: string;
  id?: string;
}

function corpusText(lines: readonly Line[]): string {
  const records = lines.map(({ message, reason, id }) => ({
    ...(id ? { id } : {}),
    message,
    severity: 'INFO',
    labels: { reason },
    format: 'kubectl-events',
    source: 'test',
  }));
  return JSON.stringify(records, null, 2);
}

function corpusFile(lines: readonly Line[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-score-'));
  tempDirs.push(dir);
  const path = join(dir, 'corpus.json');
  writeFileSync(path, corpusText(lines));
  return path;
}

// Two OOM lines (one found, one missed), a crash loop, and a healthy line that raises a detection.
const MIXED: readonly Line[] = [
  { id: 'a', message: 'Reason:       OOMKilled', reason: 'OOMKilled' },
  { id: 'b', message: 'container used too much of something', reason: 'OOMKilled' },
  { id: 'c', message: 'Back-off restarting failed container', reason: 'CrashLoopBackOff' },
  { id: 'd', message: 'Successfully pulled image "nginx:1.25"', reason: 'healthy' },
  { id: 'e', message: 'Warning  BackOff  10s  kubelet  Back-off restarting failed container', reason: 'healthy' },
];

describe('score-corpus', () => {
  it('prints per-class recall and precision, the misses and the false alarms', async () => {
    const file = corpusFile(MIXED);
    const run = await runInProcess(SCRIPT, [file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}: 5 lines, 3 failures, 2 healthy`);
    expect(run.stdout).toMatch(/^OOMKilled\s+2\s+1\s+50\.0%\s+100\.0%$/m);
    expect(run.stdout).toMatch(/^CrashLoopBackOff\s+1\s+1\s+100\.0%\s+50\.0%$/m);
    expect(run.stdout).toMatch(/^ReplicaMismatch\s+0\s+0\s+-\s+-$/m);
    expect(run.stdout).toMatch(/^all\s+3\s+2\s+66\.7%$/m);
    expect(run.stdout).toContain('false alarms: 1 of 2 healthy lines');
    expect(run.stdout).toContain('misses (1):\n  record 1 b [kubectl-events] OOMKilled, got none: container used too much of something');
    expect(run.stdout).toContain('false alarms (1):\n  record 4 e [kubectl-events] healthy, got CrashLoopBackOff: Warning BackOff 10s');
  });

  it('prints one JSON document with --json', async () => {
    const run = await runInProcess(SCRIPT, ['--json', corpusFile(MIXED)]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ records: 5, failures: 3, healthy: 2, found: 2, false_alarms: 1, unmet_bars: [] });
    expect(report.per_class.OOMKilled).toEqual({ lines: 2, found: 1, recall: 0.5, precision: 1, wrong: 0 });
    expect(report.per_class.ReplicaMismatch).toEqual({ lines: 0, found: 0, recall: null, precision: null, wrong: 0 });
    expect(report.misses.map((m: { id: string }) => m.id)).toEqual(['b']);
    expect(report.false_alarm_lines).toEqual([
      { index: 4, id: 'e', format: 'kubectl-events', label: 'healthy', detected: 'CrashLoopBackOff', message: MIXED[4]!.message },
    ]);
  });

  it('infers severity from the line, ignoring the severity the record carries', async () => {
    // Labelled INFO, but the line states a warning: the text path reads the line, as observe does.
    const run = await runInProcess(SCRIPT, ['--json', corpusFile([{ message: 'Warning  Evicted  6m  kubelet  The node was low on resource: memory.', reason: 'PodDown' }])]);
    expect(JSON.parse(run.stdout).per_class.PodDown.found).toBe(1);
  });

  it('exits 1 naming every class below --min-recall', async () => {
    const run = await runInProcess(SCRIPT, ['--min-recall', '95', corpusFile(MIXED)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('misses (1):');
    expect(run.stderr).toBe('Error: score-corpus: recall below 95% for OOMKilled 50.0%\n');
  });

  it('exits 1 when more healthy lines raise a detection than --max-fp allows', async () => {
    const run = await runInProcess(SCRIPT, ['--max-fp', '0', corpusFile(MIXED)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: score-corpus: 1 false alarms, more than 0\n');
  });

  it('exits 0 when the bars given are met', async () => {
    const run = await runInProcess(SCRIPT, ['--min-recall', '50', '--max-fp', '1', corpusFile(MIXED)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('reads the corpus from standard input with -', async () => {
    const run = await runInProcess(SCRIPT, ['--json', '-'], corpusText(MIXED));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: '<stdin>', records: 5, found: 2 });
  });

  it('rejects a label that is neither a failure class nor healthy', async () => {
    const file = corpusFile([{ message: 'Reason: OOMKilled', reason: 'OOMKiled' }]);
    const run = await runInProcess(SCRIPT, [file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Error: ${file}: record 0: label "OOMKiled" is neither a failure class nor "healthy"\n`);
  });

  for (const label of ['__proto__', 'toString', 'constructor', 'Bogus']) {
    it(`rejects a label naming ${label} with one line naming the file and record`, async () => {
      const file = corpusFile([MIXED[0]!, { message: 'Reason: OOMKilled', reason: label }]);
      const run = await runInProcess(SCRIPT, ['--json', file]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`Error: ${file}: record 1: label "${label}" is neither a failure class nor "healthy"\n`);
      expect(run.code).toBe(1);
    });
  }

  it('rejects a message the text reader would not read back as one line', async () => {
    const file = corpusFile([
      { message: 'Reason: OOMKilled', reason: 'OOMKilled' },
      { message: 'first line\nsecond line', reason: 'healthy' },
    ]);
    const run = await runInProcess(SCRIPT, [file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Error: ${file}: record 1: message must be one non-blank line of text\n`);
  });

  it('rejects a bar that is not a percentage with exit 2', async () => {
    const run = await runInProcess(SCRIPT, ['--min-recall', '120', corpusFile(MIXED)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: score-corpus: --min-recall expects a percentage from 0 to 100, got "120"\n');
  });

  it('reports a missing file with exit 1', async () => {
    const run = await runCli(SCRIPT, ['no-such-corpus.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: no-such-corpus.json: no such file\n');
  });

  it('runs as ghost score', async () => {
    const run = await runCli('bin/ghost.ts', ['score', '--json', corpusFile(MIXED)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ records: 5, found: 2 });
  });

  // 90 %, not 95 %: of PodDown's 13 lines, one is an info-level line of an unlisted speaker,
  // which the trust boundary no longer reads (docs/DETECTION.md); every other class is at 100 %.
  it('meets the targets on the development corpus: every class at 90 %, no false alarm', async () => {
    const run = await runInProcess(SCRIPT, ['--max-fp', '0', '--min-recall', '90', 'data/realworld/dev.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('raises no false alarm on the wider corpus and keeps every class there at 90 %', async () => {
    const run = await runInProcess(SCRIPT, ['--max-fp', '0', '--min-recall', '90', 'data/realworld/wider.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
