// What someone who controls an output path, a log line or a labelled corpus can do, tried as they
// would try it: every case runs the real command as a process (where one refusal is tried with many
// values, the first runs as a process and the others through the entry's main). A --db file they
// control: src/hardening-databases.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, lstatSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths.ts';
import { recordRun, Recorder } from '../metrics/recorder.ts';
import { outputTargetProblem } from './atomic-file.ts';
import { runCli, runInProcess, runProcess } from './run-cli.ts';
import { readEvents } from '../tools/k8s-event-reader.ts';
import { manualClock } from './clock.ts';
import { expectOneLine, OOM_LINE, tempDir } from './hardening-test-support.ts';

/** Characters a terminal acts on; a line break is allowed only as the end of a line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const EVENTS = JSON.stringify({
  kind: 'EventList',
  items: [{ kind: 'Event', reason: 'BackOff', message: 'Back-off restarting failed container app', type: 'Warning', involvedObject: { kind: 'Pod', name: 'p' } }],
});

/** A folder with an events capture and a logs file for normalize. */
function capture(): { dir: string; events: string; logs: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'events.json'), EVENTS);
  writeFileSync(join(dir, 'logs.txt'), 'OOMKilled: container exceeded memory limit\n');
  return { dir, events: join(dir, 'events.json'), logs: join(dir, 'logs.txt') };
}

const normalize = (c: { events: string; logs: string }, outRecords: string, outGt: string) =>
  runCli('tools/normalize-external-capture.ts', ['--events', c.events, '--logs', c.logs, '--out-records', outRecords, '--out-gt', outGt]);

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Does a thread of process `pid` wait in the kernel for the other end of a FIFO (Linux)? */
function waitsForFifoWriter(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/wchan`, 'utf8') === 'wait_for_partner';
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

// ---------------------------------------------------------------------------------------------

describe('outputs go only where they belong', () => {
  for (const kind of ['symlink', 'fifo', 'read-only'] as const) {
    it(`normalize refuses an output path that is a ${kind}, leaving it as it was`, async () => {
      const c = capture();
      const out = join(c.dir, 'records.json');
      const target = join(c.dir, 'elsewhere.json');
      writeFileSync(target, 'keep me');
      if (kind === 'symlink') symlinkSync(target, out);
      if (kind === 'fifo') await runProcess('mkfifo', [out]);
      if (kind === 'read-only') {
        writeFileSync(out, 'read only');
        chmodSync(out, 0o444);
      }
      const before = lstatSync(out);
      const run = await normalize(c, out, join(c.dir, 'gt.json'));
      expectOneLine(run, 1, out);
      const after = lstatSync(out);
      expect({ ino: after.ino, mode: after.mode }).toEqual({ ino: before.ino, mode: before.mode });
      expect(readFileSync(target, 'utf8')).toBe('keep me');
      expect(readdirSync(c.dir).filter((n) => n.endsWith('.tmp') || n === 'gt.json')).toEqual([]);
    });
  }

  it('names a device, a FIFO, a symlink and a directory as outputs it will not replace', async () => {
    const dir = tempDir();
    symlinkSync('/etc/hostname', join(dir, 'link'));
    expect(await outputTargetProblem('/dev/null')).toMatch(/^is a device/);
    expect(await outputTargetProblem(join(dir, 'link'))).toMatch(/^is a symbolic link/);
    expect(await outputTargetProblem(dir)).toMatch(/^is a directory/);
    expect(await outputTargetProblem(join(dir, 'absent.json'))).toBeNull();
  });

  it('keeps the mode of an output file it replaces', async () => {
    const c = capture();
    const out = join(c.dir, 'records.json');
    writeFileSync(out, '[]');
    chmodSync(out, 0o640);
    const run = await normalize(c, out, join(c.dir, 'gt.json'));
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`removes its temporary files when ${signal} arrives mid-write`, async () => {
      const c = capture();
      // The logs come through a FIFO that this test writes: normalize has both temporary
      // outputs open and waits for the next line, for as long as the test likes.
      const fifo = join(c.dir, 'logs.fifo');
      await runProcess('mkfifo', [fifo]);
      const child = spawn(process.execPath, [join(PROJECT_ROOT, 'tools/normalize-external-capture.ts'),
        '--events', c.events, '--logs', fifo, '--out-records', join(c.dir, 'records.json'), '--out-gt', join(c.dir, 'gt.json')],
      { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
      const done = exited(child);
      const writer = spawn('sh', ['-c', 'exec 3>"$0"; printf "OOMKilled: container exceeded memory limit\\n" >&3; exec sleep 60', fifo], { stdio: 'ignore' });
      try {
        const temps = () => readdirSync(c.dir).filter((n) => n.endsWith('.tmp'));
        await until(() => temps().length === 2, 'both temporary outputs');
        child.kill(signal);
        const end = await done;
        expect(end.signal).toBe(signal);
        expect(stderr).toBe('');
        expect(readdirSync(c.dir).sort()).toEqual(['events.json', 'logs.fifo', 'logs.txt']);
      } finally {
        writer.kill('SIGKILL');
        child.kill('SIGKILL');
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------

const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u007f\u202eevil\u2066x\u2069\rall  99  99  100.0%';

describe('terminal safety', () => {
  it('score shows corpus ids, formats and messages escaped in its tables', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, [
      { id: `id${HOSTILE}`, format: `fmt${HOSTILE}`, message: `OOMKilled: container exceeded memory limit ${HOSTILE.replace('\r', '')}`, labels: { reason: 'healthy' } },
      // A message must stay one line for the text reader, so it carries everything but the CR.
      { id: 'b', message: `all fine ${HOSTILE.replace('\r', '')}`, labels: { reason: 'OOMKilled' } },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = await runCli('tools/score-corpus.ts', [corpus]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('id\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u007f\\u202eevil\\u2066x\\u2069\\rall');
    const json = await runCli('tools/score-corpus.ts', ['--json', corpus]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout).misses[0].message).toBe(`all fine ${HOSTILE.replace('\r', '')}`);
  });

  it('observe and lab-run escape C1, DEL and bidi controls in their JSON', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ ...OOM_LINE, message: `${OOM_LINE.message} ${HOSTILE}` })}\n`);
    const observe = await runCli('adapters/observe.ts', [input]);
    expect(observe.code).toBe(0);
    expect(observe.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(observe.stdout).message_preview).toContain(HOSTILE.slice(0, 20));
    const labRun = await runCli('adapters/lab-run.ts', ['--jsonl', input]);
    expect(labRun.stdout).not.toMatch(RAW_CONTROL);
  });

  it('error lines show the C1, DEL and bidi controls of the input escaped', async () => {
    const dir = tempDir();
    // File names are input too: one that holds controls, with a bad record inside.
    const input = join(dir, 'in\u009b2J\u202e\u007f.jsonl');
    writeFileSync(input, '{"message": oops}\n');
    const run = await runCli('adapters/observe.ts', [input]);
    expectOneLine(run, 1, dir);
    expect(run.stderr.slice(0, -1)).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('\\u009b2J\\u202e\\u007f');
  });

  it('report shows experiment and class names escaped, in tables and in --rows', async () => {
    const db = join(tempDir(), 'results.db');
    await recordRun(db, [`exp${HOSTILE}`], async (staging) => {
      const rec = new Recorder(staging, `exp${HOSTILE}`, manualClock(0, 1));
      rec.recordDetection(`class${HOSTILE}`, 1, 0);
      rec.recordOutcome({
        failure_type: `class${HOSTILE}`, action_taken: `act${HOSTILE}`, action_params: {}, success: true, verify_ok: true,
        duration_ms: 1, decide_ms: 1, act_ms: 1, timestamp: 0, stream_index: 0, dry_run: false,
      });
    });
    for (const args of [[], ['--rows']]) {
      const run = await runCli('metrics/reporter.ts', ['--db', db, ...args]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stdout).toContain('\\u202eevil');
    }
  });

  it('the harness console shows a crafted labels.reason escaped, so it cannot paint PASS over FAIL', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const seed = await runCli('data/seed.ts', ['--out', data]);
    expect(seed.code).toBe(0);
    const file = join(data, 'clean_failures.json');
    const records = JSON.parse(readFileSync(file, 'utf8')) as Array<{ labels: { reason: string } }>;
    records[0]!.labels.reason = 'OOMKilled\r\u001b[2KOOMKilled             PASS\u001b[8m';
    writeFileSync(file, JSON.stringify(records));
    const run = await runCli('harness.ts', ['--data', data, '--db', join(dir, 'results.db')]);
    expectOneLine(run, 1, 'Experiment 1 failed');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('OOMKilled\\r\\u001b[2KOOMKilled');
  });
});

// ---------------------------------------------------------------------------------------------

describe('the smaller ones', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`observe --follow on a FIFO with no writer exits on ${signal}`, async () => {
      const dir = tempDir();
      const fifo = join(dir, 'in.fifo');
      await runProcess('mkfifo', [fifo]);
      const child = spawn(process.execPath, [join(PROJECT_ROOT, 'adapters/observe.ts'), '--follow', fifo], { stdio: 'ignore' });
      const done = exited(child);
      try {
        // Its signal handlers are set before it opens the input: once it waits for a writer, it is ready.
        await until(() => waitsForFifoWriter(child.pid!), 'observe to open the FIFO');
        child.kill(signal);
        const end = await Promise.race([done, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
        expect(end).toEqual({ code: 0, signal: null });
      } finally {
        child.kill('SIGKILL');
      }
    });
  }

  it('every command says ENOSPC on a full standard output in one line', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify(OOM_LINE)}\n`);
    const commands: string[][] = [
      ['bin/ghost.ts', '--help'],
      ...['seed', 'harness', 'observe', 'lab-run', 'report', 'validate', 'normalize', 'replay', 'collect', 'score'].map((name) => ['bin/ghost.ts', name, '--help']),
      ['adapters/observe.ts', input],
      ['adapters/lab-run.ts', input],
      ['integrations/validate.ts'],
      ['lab/bootstrap-lab.ts', '--print'],
    ];
    // The commands are independent: they run side by side.
    const ends = await Promise.all(
      commands.map(async ([script, ...args]) => {
        const full = openSync('/dev/full', 'w');
        const child = spawn(process.execPath, [join(PROJECT_ROOT, script!), ...args], { stdio: ['ignore', full, 'pipe'] });
        closeSync(full);
        let stderr = '';
        child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
        const end = await exited(child);
        return { command: [script, ...args].join(' '), code: end.code, stderr };
      }),
    );
    for (const end of ends) {
      expect(end).toEqual({ command: end.command, code: 1, stderr: 'Error: cannot write to standard output (ENOSPC: no space left on device)\n' });
    }
  });

  it('an events file past the decoder\'s string limit is named as too large, not as invalid UTF-8', async () => {
    const dir = tempDir();
    const file = join(dir, 'events.json');
    writeFileSync(file, EVENTS);
    await expect(readEvents(file, { maxChars: 64 })).rejects.toThrow(
      new RegExp(`^${file}: too large to read as one text: ${Buffer.byteLength(EVENTS)} bytes, more than the 64 characters`),
    );
    expect(await readEvents(file, { maxChars: EVENTS.length })).toHaveLength(1);
  });

  for (const script of ['lab/bootstrap-lab.ts', 'lab/inject-failures.ts', 'lab/collect-and-normalize.ts', 'tools/collect-k8s-lab-data.ts']) {
    it(`${script} refuses a namespace that is not a DNS-1123 label before building any command`, async () => {
      // The first as a process, the other values through the entry's main in this process.
      const namespaces = ['--kubeconfig=/x', 'Upper', 'a_b', 'x'.repeat(64), '-x', 'x-', ''];
      for (const [i, namespace] of namespaces.entries()) {
        const argv = [`--namespace=${namespace}`, '--print'];
        const run = i === 0 ? await runCli(script, argv) : await runInProcess(script, argv);
        expectOneLine(run, 2, '--namespace');
        expect(run.stdout).toBe('');
      }
      const ok = await runInProcess(script, ['--namespace=ns-1', '--print']);
      expect(ok.code).toBe(0);
    });
  }

  it('--print output stays one line per command, copy-paste safe, whatever --out-root holds', async () => {
    const root = join(tempDir(), 'runs\nrm -rf ~\n# ');
    const run = await runCli('lab/collect-and-normalize.ts', ['--print', '--run-id', 'r1', '--out-root', root]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('rm '))).toEqual([]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    // Each printed command, run through a real shell, gets the --out-root path back intact.
    const note = lines.find((l) => l.startsWith('# then, in-process: normalize'))!;
    const words = note.replace('# then, in-process: ', '');
    const echoed = await runProcess('bash', ['-c', `printf '%s\\0' ${words}`]);
    expect(echoed.stdout.split('\0')[2]).toBe(join(root, 'r1', 'events.json'));
    const collect = await runCli('tools/collect-k8s-lab-data.ts', ['--print', '--run-id', 'r1', '--out-root', root]);
    const write = collect.stdout.trimEnd().split('\n').at(-1)!;
    expect(write.startsWith('# write events.json, logs.txt, meta.json into $\'')).toBe(true);
    expect(collect.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});
