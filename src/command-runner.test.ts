import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunError } from './errors.ts';
import {
  checkPrerequisites,
  createRunner,
  execFileSpawner,
  findOnPath,
  formatCommand,
  quoteArg,
  type Command,
  type SpawnResult,
  type Spawner,
} from './command-runner.ts';
import { makeFakeTools, readInvocations } from './fake-commands.ts';

/** A spawner that answers from a script of results and remembers what it was asked to run. */
function scriptedSpawner(results: SpawnResult[]): Spawner & { calls: string[][] } {
  const calls: string[][] = [];
  const spawn: Spawner = async (program, args) => {
    calls.push([program, ...args]);
    return results.shift() ?? { exitCode: 0, stdout: '', stderr: '' };
  };
  return Object.assign(spawn, { calls });
}

const cmd = (...words: string[]): Command => ({ program: words[0] as string, args: words.slice(1) });

describe('command runner', () => {
  it('leaves plain words unquoted for display', () => {
    expect(quoteArg('--sort-by=.lastTimestamp')).toBe('--sort-by=.lastTimestamp');
    expect(quoteArg('app=app-service')).toBe('app=app-service');
  });

  it('single-quotes words a shell would read differently', () => {
    expect(quoteArg('a;b')).toBe("'a;b'");
    expect(quoteArg('$(id)')).toBe("'$(id)'");
    expect(quoteArg("it's")).toBe("'it'\\''s'");
    expect(quoteArg('')).toBe("''");
  });

  it('writes an argument with a line break or control character in ANSI-C quotes, on one line', () => {
    expect(quoteArg('runs\nrm -rf ~')).toBe("$'runs\\nrm -rf ~'");
    expect(quoteArg("it's\t\u001b[2J\u202e\\")).toBe("$'it\\'s\\t\\x1b[2J\\u202e\\\\'");
  });

  it('keeps a --print note on one comment line whatever it holds', async () => {
    let printed = '';
    createRunner({ print: true, write: (t) => (printed += t) }).note('into runs\nrm -rf ~');
    expect(printed).toBe('# into runs\\nrm -rf ~\n');
  });

  it('shows a command as a copy-pasteable line with a note about its input', () => {
    expect(formatCommand({ program: 'kubectl', args: ['apply', '-f', '-'], inputNote: 'the namespace yaml' })).toBe(
      'kubectl apply -f -  # stdin: the namespace yaml',
    );
  });

  it('returns the output of a command that succeeds', async () => {
    const runner = createRunner({ spawner: scriptedSpawner([{ exitCode: 0, stdout: 'ghost-lab\n', stderr: '' }]) });
    expect(await runner.run(cmd('kind', 'get', 'clusters'))).toBe('ghost-lab\n');
  });

  it('stops at the first command that fails', async () => {
    const spawner = scriptedSpawner([
      { exitCode: 0, stdout: '', stderr: '' },
      { exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): deployments.apps "app-service" not found\n' },
    ]);
    const runner = createRunner({ spawner });
    await expect(runner.runAll([cmd('kubectl', 'a'), cmd('kubectl', 'b'), cmd('kubectl', 'c')])).rejects.toBeInstanceOf(RunError);
    expect(spawner.calls).toEqual([['kubectl', 'a'], ['kubectl', 'b']]);
  });

  it('describes a failure in one line: the command, its exit status and its last error line', async () => {
    const runner = createRunner({
      spawner: scriptedSpawner([{ exitCode: 1, stdout: '', stderr: 'W1124 warning first\nerror: context "kind-ghost-lab" does not exist\n\n' }]),
    });
    await expect(runner.run(cmd('kubectl', '--context', 'kind-ghost-lab', 'get', 'pods'))).rejects.toThrow(
      /^kubectl --context kind-ghost-lab get pods exited with 1: error: context "kind-ghost-lab" does not exist$/,
    );
  });

  it('names a program that is not installed', async () => {
    const runner = createRunner({ spawner: scriptedSpawner([{ exitCode: null, stdout: '', stderr: '', spawnError: 'ENOENT' }]) });
    await expect(runner.run(cmd('kubectl', 'version'))).rejects.toThrow(/^kubectl not found on PATH$/);
  });

  it('prints commands instead of running them in print mode', async () => {
    const spawner = scriptedSpawner([]);
    let printed = '';
    const runner = createRunner({ print: true, spawner, write: (t) => (printed += t) });
    expect(await runner.run(cmd('kubectl', 'logs', '-l', 'app=x;y'))).toBe('');
    runner.note('wait 15s');
    expect(printed).toBe("kubectl logs -l 'app=x;y'\n# wait 15s\n");
    expect(spawner.calls).toEqual([]);
  });

  it('says nothing for notes outside print mode', () => {
    let printed = '';
    createRunner({ spawner: scriptedSpawner([]), write: (t) => (printed += t) }).note('wait 15s');
    expect(printed).toBe('');
  });

  it('traces each command just before it runs', async () => {
    let traced = '';
    const runner = createRunner({ spawner: scriptedSpawner([]), trace: (t) => (traced += t) });
    await runner.run(cmd('kubectl', 'rollout', 'status', 'deploy/app-service'));
    expect(traced).toBe('+ kubectl rollout status deploy/app-service\n');
  });

  it('finds an executable on PATH and skips a file that is not executable', () => {
    const a = mkdtempSync(join(tmpdir(), 'ghost-path-'));
    const b = mkdtempSync(join(tmpdir(), 'ghost-path-'));
    writeFileSync(join(a, 'kind'), '#!/bin/sh\n');
    writeFileSync(join(b, 'kind'), '#!/bin/sh\n');
    chmodSync(join(b, 'kind'), 0o755);
    expect(findOnPath('kind', { env: { PATH: `${a}:${b}` } })).toBe(join(b, 'kind'));
    expect(findOnPath('docker', { env: { PATH: `${a}:${b}` } })).toBeNull();
  });

  it('names every missing prerequisite at once', () => {
    const fakes = makeFakeTools(['kubectl']);
    expect(() => checkPrerequisites(['kind', 'kubectl', 'docker'], { env: fakes.env() })).toThrow(
      'kind, docker not found on PATH (needed: kind, kubectl, docker); install them first',
    );
    expect(() => checkPrerequisites(['kubectl'], { env: fakes.env() })).not.toThrow();
  });

  it('passes arguments to the real program exactly as given, with no shell between', async () => {
    const fakes = makeFakeTools(['kubectl']);
    const tricky = ['a;b', '$(touch pwned)', '`id`', "it's", 'x y', '*', ''];
    const result = await execFileSpawner(join(fakes.bin, 'kubectl'), tricky, { env: fakes.env(), input: 'apiVersion: v1\n' });
    expect(result.exitCode).toBe(0);
    expect(readInvocations(fakes.log)).toEqual([{ program: 'kubectl', args: tricky, stdin: 'apiVersion: v1' }]);
  });

  it('reports a program that cannot be found as a spawn error', async () => {
    const result = await execFileSpawner('ghost-no-such-program', [], { env: { PATH: mkdtempSync(join(tmpdir(), 'ghost-empty-')) } });
    expect(result).toMatchObject({ exitCode: null, spawnError: 'ENOENT' });
  });

  it('reports the exit status and error output of a program that fails', async () => {
    const fakes = makeFakeTools(['kubectl']);
    const result = await execFileSpawner('kubectl', ['get', 'events'], { env: fakes.env({ FAKE_FAIL_MATCH: 'get events' }) });
    expect(result).toMatchObject({ exitCode: 3, stderr: 'error: simulated failure of kubectl\nexit status 3\n' });
  });
});
