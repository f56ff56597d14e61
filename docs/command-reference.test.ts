// The command reference in README.md is tested like code: every row has an exit code and says
// what it needs, exactly the commands that need a cluster, the network or a long run are kept
// out of the run, every npm script is covered, and every flag an entry's --help shows appears
// in a row. docs/docs.test.ts runs the rows.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../src/run-cli.ts';
import { commandsToRun, escapeRe, NPM_RUN, ROWS, RUNNABLE, SCRIPTS, type Need, type Script } from '../tools/readme-commands.ts';

/** The commands the table marks as not runnable here, by what they need. */
const EXPECTED_SKIPS: Readonly<Record<Exclude<Need, '-'>, readonly string[]>> = {
  network: ['npm ci'],
  'long run': ['npm test', 'npm run check:redos -- --refresh', 'npm run harness:seeds', 'npm run bench', 'npm run bench -- --records 200000 --small 20000 --out bench-out --keep', 'npm run bench -- --adversarial-only', 'npm run bench -- --line-cost'],
  cluster: [
    'npm run collect -- --context kind-ghost-lab',
    'npm run lab:bootstrap',
    'npm run lab:inject -- --cluster ghost-lab --namespace ghost-lab',
    'npm run lab:collect',
    'kind delete cluster --name ghost-lab',
  ],
};

/** Does `command` run npm script `name` (`npm test` for test)? */
function runsScript(command: string, name: string): boolean {
  if (name === 'test' && /(^|\s)npm test(\s|$)/.test(command)) return true;
  return new RegExp(`(^|\\s)npm run ${escapeRe(name)}(\\s|$)`).test(command);
}

/** Long flags an entry's --help names on its usage line and its option lines. */
function helpFlags(help: string): string[] {
  const flags = new Set<string>();
  for (const line of help.split('\n')) {
    const optionLine = /^\s+(?:-\w,\s*)?(--[a-z][a-z-]*)/.exec(line);
    if (optionLine?.[1]) flags.add(optionLine[1]);
    if (line.startsWith('Usage:')) for (const m of line.matchAll(/--[a-z][a-z-]*/g)) flags.add(m[0]);
  }
  flags.delete('--help');
  return [...flags].sort();
}

describe('the command reference in README.md', () => {
  it('lists commands, each with an exit code and what it needs', () => {
    expect(ROWS.length).toBeGreaterThan(30);
    for (const row of RUNNABLE) expect(row.exit, row.command).toMatch(/^\d+$/);
  });

  it('skips exactly the commands marked as needing a cluster, the network or a long run', () => {
    const skipped = ROWS.filter((row) => row.needs !== '-');
    const byNeed = (need: Exclude<Need, '-'>) => skipped.filter((r) => r.needs === need).map((r) => r.command).sort();
    for (const need of Object.keys(EXPECTED_SKIPS) as Array<Exclude<Need, '-'>>) {
      expect(byNeed(need), need).toEqual([...EXPECTED_SKIPS[need]].sort());
    }
    expect(skipped.map((r) => r.command)).toEqual(expect.arrayContaining(['npm test', 'npm run bench']));
  });

  it('marks every collect, lab and kind command that would reach a cluster, and runs every --print variant', () => {
    for (const row of ROWS) {
      const touchesCluster = /(^|\s)(npm run (collect|lab:\w+)|kind)(\s|$)/.test(row.command);
      if (!touchesCluster) continue;
      const printOnly = /\s--print(\s|$)/.test(row.command);
      const refusedEarly = row.exit !== '0';
      expect(row.needs, row.command).toBe(printOnly || refusedEarly ? '-' : 'cluster');
    }
  });

  it('runs each npm script through npm once, and its body from package.json after that', () => {
    const scripts: Script[] = [
      { name: 'observe', body: 'node --max-semi-space-size=4 adapters/observe.ts', file: 'adapters/observe.ts' },
      { name: 'seed', body: 'node data/seed.ts', file: 'data/seed.ts' },
    ];
    const rows = ['npm run observe -- a.json', "printf 'x\\n' | npm run observe -- --format text -", 'npm run seed', 'npm run seed -- --seed 7', 'npm run observed'];
    expect(commandsToRun(rows.map((command) => ({ command, exit: '0', needs: '-' })), scripts)).toEqual([
      'npm run observe -- a.json',
      "printf 'x\\n' | node --max-semi-space-size=4 adapters/observe.ts --format text -",
      'npm run seed',
      'node data/seed.ts --seed 7',
      'npm run observed',
    ]);
    // Every script a runnable command names goes through npm at least once.
    const viaNpm = commandsToRun(RUNNABLE, SCRIPTS).filter((c) => NPM_RUN.test(c)).map((c) => NPM_RUN.exec(c)?.[2]);
    const named = RUNNABLE.flatMap((row) => NPM_RUN.exec(row.command)?.[2] ?? []);
    expect(new Set(viaNpm)).toEqual(new Set(named));
  });

  it('covers every npm script', () => {
    const missing = SCRIPTS.filter((s) => !ROWS.some((row) => runsScript(row.command, s.name))).map((s) => s.name);
    expect(missing).toEqual([]);
  });

  it.each(SCRIPTS.filter((s) => s.file !== undefined).map((s) => [s.name, s.file as string] as const))(
    'shows every flag that `npm run %s` (%s) accepts',
    async (_name, file) => {
      // The help text is the subject here (each entry also runs as a process in the rows below).
      const help = await runInProcess(file, ['--help']);
      expect(help.code).toBe(0);
      const scripts = SCRIPTS.filter((s) => s.file === file).map((s) => s.name);
      const rows = ROWS.filter((row) => row.command.includes(file) || scripts.some((name) => runsScript(row.command, name)));
      const shown = new Set(rows.flatMap((row) => row.command.match(/--[a-z][a-z-]*/g) ?? []));
      const unshown = helpFlags(help.stdout).filter((flag) => !shown.has(flag));
      expect(unshown).toEqual([]);
    },
  );
});
