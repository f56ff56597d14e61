import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { SUBCOMMANDS } from './ghost.ts';

describe('ghost command', () => {
  it('lists every subcommand in --help', async () => {
    const run = await runCli('bin/ghost.ts', ['--help']);
    expect(run.code).toBe(0);
    for (const name of ['seed', 'harness', 'observe', 'lab-run', 'report', 'validate', 'normalize', 'replay', 'collect', 'score']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it.each(Object.keys(SUBCOMMANDS))('gives the %s subcommand its own --help', async (name) => {
    const run = await runInProcess('bin/ghost.ts', [name, '--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Usage: /);
  });

  it('runs the same code as the entry file', async () => {
    const file = 'data/reference/seed-42/mixed_stream.json';
    const viaGhost = await runInProcess('bin/ghost.ts', ['observe', file]);
    const direct = await runInProcess('adapters/observe.ts', [file]);
    const strip = (out: string) => out.replace(/"detect_s":[^,]+,/g, '');
    expect(viaGhost.code).toBe(0);
    expect(strip(viaGhost.stdout)).toBe(strip(direct.stdout));
  });

  it('refuses an unknown subcommand with exit 2 and one line', async () => {
    const run = await runCli('bin/ghost.ts', ['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: ghost: unknown command "frobnicate" (see ghost --help)\n');
  });
});
