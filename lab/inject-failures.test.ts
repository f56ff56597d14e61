import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/run-cli.ts';
import { createRunner, type Spawner } from '../src/command-runner.ts';
import { makeFakeTools, readInvocations } from '../src/fake-commands.ts';
import { injectFailures } from './inject-failures.ts';

const SCRIPT = 'lab/inject-failures.ts';
const K = ['--context', 'kind-ghost-lab', '-n', 'ghost-lab'];
const ROLLOUT = [...K, 'rollout', 'status', 'deploy/app-service', '--timeout=120s'];
const patch = (ops: string) => [...K, 'patch', 'deploy', 'app-service', '--type=json', '-p', ops];
const PROBE = '/spec/template/spec/containers/0/readinessProbe/httpGet/path';

const EXPECTED = [
  [...K, 'set', 'image', 'deploy/app-service', 'app=ghcr.io/ghost/does-not-exist:badtag'],
  [...K, 'set', 'image', 'deploy/app-service', 'app=nginx:1.27-alpine'],
  ROLLOUT,
  patch('[{"op":"add","path":"/spec/template/spec/containers/0/command","value":["/bin/sh","-c","exit 1"]}]'),
  patch('[{"op":"remove","path":"/spec/template/spec/containers/0/command"}]'),
  ROLLOUT,
  patch(`[{"op":"replace","path":"${PROBE}","value":"/does-not-exist"}]`),
  patch(`[{"op":"replace","path":"${PROBE}","value":"/"}]`),
  ROLLOUT,
];

const quote = (s: string) => (/^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s}'`);

describe('inject-failures', () => {
  it('injects and recovers each failure in turn, waiting for the rollout after each recovery', async () => {
    const fakes = makeFakeTools(['kubectl']);
    const run = await runCli(SCRIPT, ['--settle-seconds', '0'], { env: fakes.env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('injected and recovered: ImagePullBackOff, CrashLoopBackOff, StartupProbeFailed\n');
    expect(readInvocations(fakes.log).map((i) => i.args)).toEqual(EXPECTED);
  });

  it('waits each episode settle time between injecting and recovering', async () => {
    const waits: number[] = [];
    const spawner: Spawner = async () => ({ exitCode: 0, stdout: '', stderr: '' });
    await injectFailures({ cluster: 'ghost-lab', namespace: 'ghost-lab' }, createRunner({ spawner }), async (ms) => waits.push(ms));
    expect(waits).toEqual([15_000, 20_000, 20_000]);
  });

  it('stops at the first failing command', async () => {
    const fakes = makeFakeTools(['kubectl']);
    const run = await runCli(SCRIPT, ['--settle-seconds', '0'], { env: fakes.env({ FAKE_FAIL_MATCH: 'app=nginx:1.27-alpine' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      'Error: kubectl --context kind-ghost-lab -n ghost-lab set image deploy/app-service app=nginx:1.27-alpine exited with 3: exit status 3',
    );
    expect(readInvocations(fakes.log)).toHaveLength(2);
  });

  it('says kubectl is missing before running anything', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ghost-empty-'));
    const run = await runCli(SCRIPT, [], { env: { PATH: empty } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: kubectl not found on PATH (needed: kubectl); install it first\n');
  });

  it('prints every command with --print, running none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ghost-empty-'));
    const run = await runCli(SCRIPT, ['--print', '--settle-seconds', '5'], { env: { PATH: empty } });
    expect(run.code).toBe(0);
    const line = (args: string[]) => ['kubectl', ...args].map(quote).join(' ');
    expect(run.stdout).toBe(
      [
        '# ImagePullBackOff: inject, wait 5s, recover, wait for the rollout',
        ...EXPECTED.slice(0, 3).map(line),
        '# CrashLoopBackOff: inject, wait 5s, recover, wait for the rollout',
        ...EXPECTED.slice(3, 6).map(line),
        '# StartupProbeFailed: inject, wait 5s, recover, wait for the rollout',
        ...EXPECTED.slice(6).map(line),
        '',
      ].join('\n'),
    );
  });

  it('exits 2 for a settle time that is not a whole number', async () => {
    const run = await runCli(SCRIPT, ['--settle-seconds', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: inject-failures: --settle-seconds expects an integer, got "soon"\n');
  });

  it('prints help', async () => {
    const run = await runCli(SCRIPT, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: inject-failures \[options\]/);
  });
});
