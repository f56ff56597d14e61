// replay:external --trace: the guard's decisions over a normalized stream, as JSON Lines
// whose digest is pinned (the storm dataset, replayed as one stream).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.ts';
import { buildStormDataset } from '../data/storm-dataset.ts';
import { dumpsPython } from '../src/py-json.ts';

const STORM_STREAM_TRACE_SHA256 = '0b661ee28ce30e8d69f03f6fd7becd7ec8add1e35b50ec0e1a8a79d68921b3d0';

function storm(): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-xtrace-'));
  const data = join(dir, 'storm.json');
  writeFileSync(data, dumpsPython(buildStormDataset(42), 2));
  return { dir, data };
}

describe('replay:external --trace', () => {
  it('writes the decision trace, pinned by digest, and sums the decisions in the summary', async () => {
    const { dir, data } = storm();
    const run = await runCli('tools/run-external-replay.ts', ['--data', data, '--trace', join(dir, 't.jsonl')]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const summary = JSON.parse(run.stdout) as { detected: number; guards: { incidents: number; actions: number; decisions: Record<string, number>; trace_sha256: string } };
    const digest = createHash('sha256').update(readFileSync(join(dir, 't.jsonl'))).digest('hex');
    expect(summary.guards.trace_sha256).toBe(digest);
    expect(digest).toBe(STORM_STREAM_TRACE_SHA256);
    expect(Object.values(summary.guards.decisions).reduce((a, b) => a + b, 0)).toBe(summary.detected);
    expect(summary.guards.actions).toBe(summary.guards.decisions['act']);
  });

  it('a policy change changes the digest; a bad policy is one line and exit 2 with no trace left', async () => {
    const { dir, data } = storm();
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ max_failing_targets: 100 }));
    const changed = await runCli('tools/run-external-replay.ts', ['--data', data, '--policy', join(dir, 'p.json'), '--trace', join(dir, 't.jsonl')]);
    expect(changed.code).toBe(0);
    expect((JSON.parse(changed.stdout) as { guards: { trace_sha256: string } }).guards.trace_sha256).not.toBe(STORM_STREAM_TRACE_SHA256);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ max_failing_targets: 'many' }));
    const bad = await runCli('tools/run-external-replay.ts', ['--data', data, '--policy', join(dir, 'bad.json'), '--trace', join(dir, 'u.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/bad\.json: max_failing_targets must be a whole number >= 0/);
    expect(existsSync(join(dir, 'u.jsonl'))).toBe(false);
  });
});
