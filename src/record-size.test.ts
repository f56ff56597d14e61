// The bound on a record, proven on the commands as processes: a line, array element or object
// past --max-record-bytes ends the run with one line naming the file and the line or record,
// exit 1, never a stack trace; the records before it are still handled; raising the limit
// reads the same record; the default holds for a line streamed through a pipe.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths.ts';
import { DEFAULT_MAX_RECORD_BYTES } from './record-reader.ts';
import { runCli, runInProcess, type CliResult } from './run-cli.ts';

const LIMIT = 200;
const LONG = `OOMKilled ${'x'.repeat(300)}`;
const FIRST = 'ERROR OOMKilled: container exceeded memory';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ghost-record-size-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One record that fits, then one past the limit, in each framing; and where the error points. */
const FRAMINGS = [
  {
    name: 'JSON Lines',
    text: `${JSON.stringify({ severity: 'ERROR', message: FIRST })}\n${JSON.stringify({ severity: 'ERROR', message: LONG })}\n`,
    position: 'line 2',
  },
  {
    name: 'a JSON array',
    text: JSON.stringify([{ severity: 'ERROR', message: FIRST }, { severity: 'ERROR', message: LONG }]),
    position: 'record 1',
  },
  { name: 'plain text', text: `${FIRST}\n\nERROR ${LONG}\n`, position: 'line 3' },
] as const;

function expectOneLine(run: CliResult, label: string, position: string, limit: number): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(`Error: ${label}: ${position}: record larger than ${limit} bytes; raise the limit with --max-record-bytes if it is meant to be read\n`);
  expect(run.stderr).not.toMatch(/\n\s+at |RangeError/);
}

describe('a record past --max-record-bytes', () => {
  for (const framing of FRAMINGS) {
    it(`in ${framing.name}, from a file and from stdin, is one line naming it, after the records before it`, async () => {
      const file = join(dir, `${framing.name.replace(/ /g, '-')}.in`);
      writeFileSync(file, framing.text);
      const args = ['--max-record-bytes', String(LIMIT)];
      for (const [source, label, input] of [
        [file, file, undefined],
        ['-', '<stdin>', framing.text],
      ] as const) {
        const run = await runCli('adapters/observe.ts', [...args, source], input === undefined ? {} : { input });
        expectOneLine(run, label, framing.position, LIMIT);
        // The record before the long one was read and detected.
        expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).failure_type)).toEqual(['OOMKilled']);
      }
    });

    it(`in ${framing.name}, is read whole once the limit is raised (the limit, not the record, stopped it)`, async () => {
      // In process: the stream is the same bytes; the refusals above are the processes' own.
      const run = await runInProcess('adapters/observe.ts', ['--max-record-bytes', String(LIMIT * 2), '-'], framing.text);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).failure_type)).toEqual(['OOMKilled', 'OOMKilled']);
    });
  }

  it('is refused the same way by every command that reads records', async () => {
    const records = join(dir, 'records.json');
    writeFileSync(records, FRAMINGS[1].text);
    const jsonl = join(dir, 'corpus.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ message: 'ok', labels: { reason: 'healthy' } })}\n${JSON.stringify({ message: LONG, labels: { reason: 'OOMKilled' } })}\n`);
    const logs = join(dir, 'logs.txt');
    writeFileSync(logs, FRAMINGS[2].text);
    const events = join(dir, 'events.json');
    writeFileSync(events, JSON.stringify({ kind: 'EventList', items: [] }));
    const limit = ['--max-record-bytes', String(LIMIT)];
    const runs: Array<[CliResult, string, string]> = [
      [await runCli('adapters/lab-run.ts', [...limit, '--jsonl', records]), records, 'record 1'],
      [await runCli('tools/run-external-replay.ts', [...limit, '--data', records]), records, 'record 1'],
      [await runCli('tools/score-corpus.ts', [...limit, jsonl]), jsonl, 'line 2'],
      [
        await runCli('tools/normalize-external-capture.ts', [
          ...limit,
          '--events', events, '--logs', logs, '--out-records', join(dir, 'out.json'), '--out-gt', join(dir, 'gt.json'),
        ]),
        logs,
        'line 3',
      ],
    ];
    for (const [run, label, position] of runs) {
      expect(run.stderr.split('\n').at(-2), run.stderr).toBe(
        `Error: ${label}: ${position}: record larger than ${LIMIT} bytes; raise the limit with --max-record-bytes if it is meant to be read`,
      );
      expect(run.stderr).not.toMatch(/\n\s+at |RangeError/);
      expect(run.code).toBe(1);
    }
  });

  it('is a usage error when not a whole number of bytes within the limit', async () => {
    // The first as a process (the exit status is the process's), the rest through observe's main.
    for (const [i, value] of ['0', '-1', '1.5', 'lots', String(512 * 1024 * 1024)].entries()) {
      const args = [`--max-record-bytes=${value}`, '-'];
      const run = i === 0 ? await runCli('adapters/observe.ts', args, { input: '' }) : await runInProcess('adapters/observe.ts', args, '');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Error: observe: --max-record-bytes must be a whole number of bytes from 1 to \d+, got /);
    }
  });

  it('ends a followed file whose last line never ends, once the line passes the limit', async () => {
    const file = join(dir, 'followed.log');
    writeFileSync(file, `${FIRST}\n`);
    const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'adapters/observe.ts'), '--follow', '--max-record-bytes', '1000', file]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      // Once the first line is seen, write a line that never ends, piece by piece.
      if (stdout.includes('OOMKilled')) for (let i = 0; i < 20; i++) appendFileSync(file, 'y'.repeat(100));
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe(`Error: ${file}: line 2: record larger than 1000 bytes; raise the limit with --max-record-bytes if it is meant to be read\n`);
    expect(code).toBe(1);
  });
});

describe('the default record limit', () => {
  it('stops a line longer than the default streamed through a pipe, holding no more than the limit', async () => {
    const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'adapters/observe.ts'), '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.resume();
    child.stdin.on('error', () => {}); // the reader stops early: the rest of the line is refused
    const closed = new Promise<number | null>((done) => child.on('close', done));
    // One 1 MiB piece written over and over: the test never holds the line itself.
    const piece = Buffer.alloc(1 << 20, 'x');
    for (let sent = 0; sent <= DEFAULT_MAX_RECORD_BYTES && child.stdin.writable; sent += piece.length) {
      if (!child.stdin.write(piece)) await new Promise((go) => child.stdin.once('drain', go).once('close', go));
    }
    child.stdin.end();
    expect(await closed).toBe(1);
    expect(stderr).toBe(
      `Error: <stdin>: line 1: record larger than ${DEFAULT_MAX_RECORD_BYTES} bytes; raise the limit with --max-record-bytes if it is meant to be read\n`,
    );
  });
});
