import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/run-cli.ts';
import { makeFakeTools, readInvocations } from '../src/fake-commands.ts';
import { APP_MANIFEST } from './lab-defaults.ts';

const SCRIPT = 'lab/bootstrap-lab.ts';
const K = ['--context', 'kind-ghost-lab'];

const argvOf = (log: string) => readInvocations(log).map((i) => [i.program, ...i.args]);

describe('bootstrap-lab', () => {
  it('creates the cluster, the namespace and the deployment, then waits for the rollout', async () => {
    const fakes = makeFakeTools();
    const run = await runCli(SCRIPT, [], { env: fakes.env({ FAKE_KIND_CLUSTERS: 'other\n' }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('lab ready: cluster ghost-lab, namespace ghost-lab\n');
    expect(argvOf(fakes.log)).toEqual([
      ['kind', 'get', 'clusters'],
      ['kind', 'create', 'cluster', '--name', 'ghost-lab'],
      ['kubectl', ...K, 'create', 'namespace', 'ghost-lab', '--dry-run=client', '-o', 'yaml'],
      ['kubectl', ...K, 'apply', '-f', '-'],
      ['kubectl', ...K, '-n', 'ghost-lab', 'apply', '-f', APP_MANIFEST],
      ['kubectl', ...K, '-n', 'ghost-lab', 'rollout', 'status', 'deploy/app-service', '--timeout=120s'],
    ]);
  });

  it('pipes the namespace manifest into kubectl apply without a shell', async () => {
    const fakes = makeFakeTools();
    await runCli(SCRIPT, [], { env: fakes.env() });
    const apply = readInvocations(fakes.log).find((i) => i.args.includes('apply') && i.args.includes('-'));
    expect(apply?.stdin).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: fake');
  });

  it('keeps a cluster that already exists', async () => {
    const fakes = makeFakeTools();
    const run = await runCli(SCRIPT, [], { env: fakes.env({ FAKE_KIND_CLUSTERS: 'other\nghost-lab\n' }) });
    expect(run.code).toBe(0);
    expect(argvOf(fakes.log).some((argv) => argv.includes('create') && argv[0] === 'kind')).toBe(false);
  });

  it('traces each command on stderr as it runs', async () => {
    const fakes = makeFakeTools();
    const run = await runCli(SCRIPT, ['--cluster', 'c2', '--namespace', 'ns2'], { env: fakes.env() });
    expect(run.stderr.split('\n')[0]).toBe('+ kind get clusters');
    expect(run.stderr).toContain('+ kubectl --context kind-c2 -n ns2 rollout status deploy/app-service --timeout=120s\n');
  });

  it('stops at the first failing command and names it', async () => {
    const fakes = makeFakeTools();
    const run = await runCli(SCRIPT, [], { env: fakes.env({ FAKE_FAIL_MATCH: 'apply -f - ' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      "Error: kubectl --context kind-ghost-lab apply -f -  # stdin: the previous command's output exited with 3: exit status 3",
    );
    expect(argvOf(fakes.log)).toHaveLength(4);
  });

  it('names every missing prerequisite before running anything', async () => {
    const fakes = makeFakeTools(['kubectl']);
    const run = await runCli(SCRIPT, [], { env: fakes.env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: kind, docker not found on PATH (needed: kind, kubectl, docker); install them first\n');
    expect(readInvocations(fakes.log)).toEqual([]);
  });

  it('prints every command with --print, running none and needing none of the tools', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ghost-empty-'));
    const run = await runCli(SCRIPT, ['--print'], { env: { PATH: empty } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'kind get clusters',
        '# only when "ghost-lab" is not listed above:',
        'kind create cluster --name ghost-lab',
        'kubectl --context kind-ghost-lab create namespace ghost-lab --dry-run=client -o yaml',
        "kubectl --context kind-ghost-lab apply -f -  # stdin: the previous command's output",
        `kubectl --context kind-ghost-lab -n ghost-lab apply -f ${APP_MANIFEST}`,
        'kubectl --context kind-ghost-lab -n ghost-lab rollout status deploy/app-service --timeout=120s',
        '',
      ].join('\n'),
    );
  });

  it('prints help', async () => {
    const run = await runCli(SCRIPT, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: bootstrap-lab \[options\]/);
  });
});
