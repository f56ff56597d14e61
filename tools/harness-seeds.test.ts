// The harness across seeds: a sample of 0-299 in the suite (the full range is
// `node tools/harness-seeds.ts`), and the range bar tripped by an injected greedy watcher.
import { describe, expect, it } from 'vitest';
import { main } from './harness-seeds.ts';
import { classifyRecord } from '../src/replay.ts';
import { severityIsWatched } from '../skills/watcher-skills.ts';
import { runMain, type Io } from '../src/cli.ts';
import { manualClock } from '../src/clock.ts';
import type { LoopParts } from '../experiments/types.ts';

async function run(argv: string[], parts: LoopParts = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await runMain((a, out) => main(a, out, manualClock(), parts), argv, io);
  return { code, stdout, stderr };
}

describe('harness over seeds', () => {
  it('passes every bar on a sample of seeds 0-299', async () => {
    const result = await run(['--from', '0', '--to', '299', '--step', '13']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('seeds 0-299 step 13: 24/24 passed\n');
    expect(result.code).toBe(0);
  }, 60_000);

  it('seed-range bar: names each seed a greedy watcher fails and exits 1', async () => {
    const greedy = (record: Parameters<typeof classifyRecord>[0]) =>
      classifyRecord(record) ?? (severityIsWatched(record.severity) ? 'HighLatency' : null);
    const result = await run(['--from', '5', '--to', '6'], { classify: greedy });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'seed 5: Experiment 6 false alarms on healthy watched lines (60/60)',
      'seed 6: Experiment 6 false alarms on healthy watched lines (60/60)',
    ]);
    expect(result.stderr).toBe('Error: 2 of 2 seeds failed; first: seed 5: Experiment 6 false alarms on healthy watched lines (60/60)\n');
  });

  it('answers a bad range with exit 2 and one line', async () => {
    const result = await run(['--from', '9', '--to', '3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Error: harness-seeds: --to 3 is below --from 9\n');
  });
});
