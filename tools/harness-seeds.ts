// The harness over a range of seeds: seeds each one into a scratch directory, runs the six
// experiments against an in-memory database and names every seed that misses a bar.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failureReason, runAllExperiments } from '../harness.ts';
import { main as seedMain } from '../data/seed.ts';
import type { LoopParts } from '../experiments/types.ts';
import { openResultsDb } from '../metrics/recorder.ts';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { RunError, UsageError } from '../src/errors.ts';

const COMMAND = 'harness-seeds';

const HELP = `Usage: node tools/harness-seeds.ts [--from N] [--to M] [--step K]

Seeds the datasets for every K-th seed from N to M (default 0 to 299, every seed) and runs
the harness's seven experiments on each. Prints one line per seed that misses a bar, then a
summary line. Exits 0 when every seed passes, 1 naming the first seed that does not.

  --from N    first seed (default 0)
  --to M      last seed (default 299)
  --step K    seed stride (default 1)
  -h, --help  show this help
`;

const silent: Io = { stdout: () => {}, stderr: () => {} };

/** The first failing bar for one seed, or null when it passes. */
export async function harnessReasonForSeed(seed: number, clock: Clock, parts: LoopParts = {}): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-seed-range-'));
  try {
    await seedMain(['--seed', String(seed), '--out', dir], silent);
    const db = openResultsDb(':memory:');
    try {
      return failureReason(await runAllExperiments(db, dir, clock, parts));
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock, parts: LoopParts = {}): Promise<number> {
  const { values } = parseFlags(COMMAND, argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    step: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const from = parseIntFlag(COMMAND, 'from', values.from, 0);
  const to = parseIntFlag(COMMAND, 'to', values.to, 299);
  const step = parseIntFlag(COMMAND, 'step', values.step, 1);
  if (step < 1) throw new UsageError(`${COMMAND}: --step must be at least 1, got ${step}`);
  if (to < from) throw new UsageError(`${COMMAND}: --to ${to} is below --from ${from}`);
  const failed: string[] = [];
  let count = 0;
  for (let seed = from; seed <= to; seed += step) {
    count += 1;
    const reason = await harnessReasonForSeed(seed, clock, parts);
    if (reason !== null) {
      failed.push(`seed ${seed}: ${reason}`);
      io.stdout(`seed ${seed}: ${reason}\n`);
    }
  }
  io.stdout(`seeds ${from}-${to} step ${step}: ${count - failed.length}/${count} passed\n`);
  if (failed.length > 0) throw new RunError(`${failed.length} of ${count} seeds failed; first: ${failed[0]}`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
