#!/usr/bin/env -S node --max-semi-space-size=4
// ghost: one command in front of every entry file. Each subcommand is the entry's own main,
// so `ghost observe x` and `node adapters/observe.ts x` are the same code.
import { runIfMain, type Io, type Main } from '../src/cli.ts';
import { UsageError } from '../src/errors.ts';

interface Subcommand {
  summary: string;
  load: () => Promise<{ main: Main }>;
}

// Loaded on demand so `ghost observe` does not pay for the harness's imports.
export const SUBCOMMANDS: Record<string, Subcommand> = {
  seed: { summary: 'write the seven synthetic datasets into data/', load: () => import('../data/seed.ts') },
  harness: { summary: 'run experiments 1-5 and the contract check (pass/fail gate)', load: () => import('../harness.ts') },
  observe: { summary: 'Watcher only over a capture; one JSON line per detection', load: () => import('../adapters/observe.ts') },
  'lab-run': { summary: 'full loop over a capture against the simulator (--dry-run)', load: () => import('../adapters/lab-run.ts') },
  report: { summary: 'summarise metrics/results.db; --html writes one page with charts', load: () => import('../metrics/reporter.ts') },
  validate: { summary: 'check the integration contract', load: () => import('../integrations/validate.ts') },
  normalize: { summary: 'turn a lab capture (events + pod logs) into records and ground truth', load: () => import('../tools/normalize-external-capture.ts') },
  replay: { summary: 'replay normalized records through the full loop, scored per class (--record)', load: () => import('../tools/run-external-replay.ts') },
  collect: { summary: 'save a lab namespace\'s events and pod logs under data/external/runs/', load: () => import('../tools/collect-k8s-lab-data.ts') },
  score: { summary: 'score the Watcher on labelled log lines (per-class recall, false alarms)', load: () => import('../tools/score-corpus.ts') },
};

function helpText(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((n) => n.length)) + 2;
  const rows = Object.entries(SUBCOMMANDS).map(([name, sub]) => `  ${name.padEnd(width)}${sub.summary}`);
  return `Usage: ghost <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun \`ghost <command> --help\` for a command's options.\n`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return 0;
  }
  const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new UsageError(`ghost: unknown command ${JSON.stringify(name)} (see ghost --help)`);
  const module = await sub.load();
  return module.main(rest, io);
}

runIfMain(import.meta.url, main);
