import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { manualClock } from '../src/clock.ts';
import { makeFakeTools, readInvocations } from '../src/fake-commands.ts';
import { collectLabData, defaultRunId } from './collect-k8s-lab-data.ts';
import { createRunner, type Spawner } from '../src/command-runner.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'lab-capture');
const SCRIPT = 'tools/collect-k8s-lab-data.ts';

function setup() {
  const fakes = makeFakeTools(['kubectl']);
  const outRoot = join(mkdtempSync(join(tmpdir(), 'ghost-collect-')), 'runs');
  const env = (extra: Record<string, string> = {}) =>
    fakes.env({ FAKE_EVENTS: join(FIXTURE, 'events.json'), FAKE_LOGS: join(FIXTURE, 'logs.txt'), ...extra });
  return { fakes, outRoot, env };
}

describe('collect command', () => {
  it('writes events.json, logs.txt and meta.json into the run folder and prints its path', async () => {
    const { fakes, outRoot, env } = setup();
    const run = await runCli(SCRIPT, ['--run-id', 'r1', '--out-root', outRoot], { env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const runDir = join(outRoot, 'r1');
    expect(run.stdout).toBe(`${runDir}\n`);
    expect(readdirSync(outRoot)).toEqual(['r1']);
    expect(readdirSync(runDir).sort()).toEqual(['events.json', 'logs.txt', 'meta.json']);
    expect(readFileSync(join(runDir, 'events.json'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'events.json'), 'utf8'));
    expect(readFileSync(join(runDir, 'logs.txt'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'logs.txt'), 'utf8'));
    expect(JSON.parse(readFileSync(join(runDir, 'meta.json'), 'utf8'))).toMatchObject({
      run_id: 'r1',
      namespace: 'ghost-lab',
      selector: 'app=app-service',
      context: null,
      commands: [
        'kubectl get events -n ghost-lab -o json --sort-by=.lastTimestamp',
        'kubectl logs -n ghost-lab -l app=app-service --all-containers --tail=2000',
      ],
    });
    expect(readInvocations(fakes.log).map((i) => [i.program, ...i.args])).toEqual([
      ['kubectl', 'get', 'events', '-n', 'ghost-lab', '-o', 'json', '--sort-by=.lastTimestamp'],
      ['kubectl', 'logs', '-n', 'ghost-lab', '-l', 'app=app-service', '--all-containers', '--tail=2000'],
    ]);
  });

  it('hands arguments to kubectl intact, with no shell to run what they contain', async () => {
    const { fakes, outRoot, env } = setup();
    const marker = join(outRoot, '..', 'pwned');
    const selector = `app=x;touch ${marker}`;
    const namespace = 'ns-2';
    const run = await runCli(SCRIPT, ['--run-id', 'r2', '--out-root', outRoot, '--selector', selector, '--namespace', namespace, '--context', '`touch x`'], { env: env() });
    expect(run.code).toBe(0);
    const [events, logs] = readInvocations(fakes.log);
    expect(events?.args).toEqual(['--context', '`touch x`', 'get', 'events', '-n', namespace, '-o', 'json', '--sort-by=.lastTimestamp']);
    expect(logs?.args).toEqual(['--context', '`touch x`', 'logs', '-n', namespace, '-l', selector, '--all-containers', '--tail=2000']);
    expect(existsSync(marker)).toBe(false);
  });

  // One refusal as a process, with the fake kubectl on PATH to show nothing ran; the others
  // through the entry's main in process, where nothing can run before the refusal either.
  it('refuses the run id ".." before running anything, as a process', async () => {
    const { fakes, outRoot, env } = setup();
    const run = await runCli(SCRIPT, ['--run-id', '..', '--out-root', outRoot], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Error: collect: --run-id .*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(readInvocations(fakes.log)).toEqual([]);
    expect(existsSync(outRoot)).toBe(false);
  });

  for (const runId of ['.', '../escape', 'a/b', 'x y', 'run;rm', '']) {
    it(`refuses the run id ${JSON.stringify(runId)} before running anything`, async () => {
      const { outRoot } = setup();
      const run = await runInProcess(SCRIPT, ['--run-id', runId, '--out-root', outRoot]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Error: collect: --run-id .*\n$/);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(existsSync(outRoot)).toBe(false);
    });
  }

  it('leaves no run folder, whole or partial, when a kubectl command fails', async () => {
    const { fakes, outRoot, env } = setup();
    const run = await runCli(SCRIPT, ['--run-id', 'r3', '--out-root', outRoot], { env: env({ FAKE_FAIL_MATCH: ' logs ' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Error: kubectl logs -n ghost-lab -l app=app-service --all-containers --tail=2000 exited with 3: exit status 3\n',
    );
    expect(readdirSync(outRoot)).toEqual([]);
    expect(readInvocations(fakes.log)).toHaveLength(2);
  });

  it('stops at the first command when getting events fails', async () => {
    const { fakes, outRoot, env } = setup();
    const run = await runCli(SCRIPT, ['--run-id', 'r4', '--out-root', outRoot], { env: env({ FAKE_FAIL_MATCH: 'get events' }) });
    expect(run.code).toBe(1);
    expect(readInvocations(fakes.log)).toHaveLength(1);
    expect(readdirSync(outRoot)).toEqual([]);
  });

  it('says kubectl is missing in one line when it is not on PATH', async () => {
    const { outRoot } = setup();
    const empty = mkdtempSync(join(tmpdir(), 'ghost-empty-'));
    const run = await runCli(SCRIPT, ['--run-id', 'r5', '--out-root', outRoot], { env: { PATH: empty } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: kubectl not found on PATH (needed: kubectl); install it first\n');
    expect(existsSync(outRoot)).toBe(false);
  });

  it('refuses to overwrite an existing run folder', async () => {
    const { fakes, outRoot, env } = setup();
    mkdirSync(join(outRoot, 'r6'), { recursive: true });
    const run = await runCli(SCRIPT, ['--run-id', 'r6', '--out-root', outRoot], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Error: collect: ${join(outRoot, 'r6')} already exists; choose another --run-id\n`);
    expect(readInvocations(fakes.log)).toEqual([]);
  });

  it('prints the commands and the folder with --print, running nothing and needing no kubectl', async () => {
    const { outRoot } = setup();
    const empty = mkdtempSync(join(tmpdir(), 'ghost-empty-'));
    const run = await runCli(SCRIPT, ['--print', '--run-id', 'r7', '--out-root', outRoot, '--selector', 'app=a b'], { env: { PATH: empty } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'kubectl get events -n ghost-lab -o json --sort-by=.lastTimestamp',
        "kubectl logs -n ghost-lab -l 'app=a b' --all-containers --tail=2000",
        `# write events.json, logs.txt, meta.json into ${join(outRoot, 'r7')}`,
        '',
      ].join('\n'),
    );
    expect(existsSync(outRoot)).toBe(false);
  });

  it('takes its commands spawner as a parameter, so the core runs without kubectl', async () => {
    const outRoot = join(mkdtempSync(join(tmpdir(), 'ghost-collect-')), 'runs');
    const seen: string[] = [];
    const spawner: Spawner = async (program, args) => {
      seen.push([program, ...args].join(' '));
      return { exitCode: 0, stdout: args.includes('events') ? '{"items": []}' : 'log line\n', stderr: '' };
    };
    const runDir = await collectLabData(
      { namespace: 'ns', selector: 'app=a', runId: 'core', outRoot },
      createRunner({ spawner }),
      manualClock(0, 1_795_544_100),
    );
    expect(seen).toHaveLength(2);
    expect(readFileSync(join(runDir, 'events.json'), 'utf8')).toBe('{"items": []}');
    expect(JSON.parse(readFileSync(join(runDir, 'meta.json'), 'utf8'))).toMatchObject({
      collected_at: '2026-11-24T18:15:00.000Z',
      collected_at_epoch: 1_795_544_100,
    });
  });

  it('names a default run id after the UTC time', () => {
    expect(defaultRunId(manualClock(0, Date.UTC(2026, 10, 24, 18, 15, 0) / 1000))).toBe('20261124T181500Z');
  });

  it('prints help', async () => {
    const run = await runCli(SCRIPT, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: collect \[options\]/);
  });
});
