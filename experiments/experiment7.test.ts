// Experiment 7's bars, each tripped by the fault it exists to catch: a guard that does not
// group, a cooldown of zero, no cap, no blast radius, no hourly budget, every tier at act,
// no namespace deny, no pause, no inhibition, incidents keyed by class alone. Each fault makes
// its own scenario fail (and leaves the others passing), and the harness exits 1 naming it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExperiment7, STORM_EXPECTED } from './experiment7.ts';
import { buildStormDataset, STORM_FILE_NAME } from '../data/storm-dataset.ts';
import { dumpsPython } from '../src/py-json.ts';
import { manualClock } from '../src/clock.ts';
import { main as harnessMain } from '../harness.ts';
import { runMain, type Io } from '../src/cli.ts';
import { runCli } from '../src/run-cli.ts';
import type { GuardPolicy } from '../skills/guard-skills.ts';
import type { LoopParts } from './types.ts';

/** The decision trace of the storm, scenario by scenario, with the default policy. */
const STORM_TRACE_SHA256 = '698fa02ef4bd78e8f797a4d19a14519e8492121e5815da8045968791822aa053';

function stormDir(seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-storm-'));
  writeFileSync(join(dir, STORM_FILE_NAME), dumpsPython(buildStormDataset(seed), 2));
  return dir;
}

let dir42 = '';
beforeAll(() => {
  dir42 = stormDir(42);
});

const run = (parts: LoopParts = {}, dataDir = dir42) => runExperiment7({ ...parts, dataDir, clock: manualClock() });
const only = (name: string, change: Partial<GuardPolicy>): LoopParts => ({
  guardPolicy: (p, scenario) => (scenario === name ? { ...p, ...change } : p),
});

describe('experiment 7, the incident storm', () => {
  it('passes every scenario with the default policy, and pins the trace digest', async () => {
    const result = await run();
    expect(result.scenarios.filter((s) => !s.pass)).toEqual([]);
    expect(result.scenarios.map((s) => s.name)).toEqual(Object.keys(STORM_EXPECTED));
    expect(result.trace_sha256).toBe(STORM_TRACE_SHA256);
  });

  it('decides the same for another seed (the seed picks phrasings, not timing)', async () => {
    const result = await run({}, stormDir(7));
    expect(result.trace_sha256).toBe(STORM_TRACE_SHA256);
  });

  it('trace bar: a policy change changes the digest', async () => {
    const result = await run({ guardPolicy: (p) => ({ ...p, cooldown_s: 60 }) });
    expect(result.trace_sha256).not.toBe(STORM_TRACE_SHA256);
  });

  it.each<[string, string, LoopParts]>([
    ['no grouping (group_window_s 0)', 'burst', only('burst', { group_window_s: 0 })],
    ['incidents keyed by class alone', 'distinct', { ownerOf: () => 'one-owner' }],
    ['no cap per incident', 'not_holding', only('not_holding', { max_actions_per_incident: 1000 })],
    ['no cooldown', 'flapping', only('flapping', { cooldown_s: 0, cooldown_s_by_class: {} })],
    ['no blast radius', 'cascade', only('cascade', { max_failing_targets: 1000 })],
    ['no hourly budget', 'hourly', only('hourly', { max_actions_per_hour: 1000 })],
    ['every tier at act', 'approve', only('approve', { tiers: {} })],
    ['no inhibition', 'node_inhibit', only('node_inhibit', { inhibit: [] })],
    ['no namespace deny', 'denied', only('denied', { namespaces: { allow: [], deny: [] } })],
    ['no kill switch', 'paused', only('paused', { paused: null })],
  ])('%s fails the %s scenario', async (_fault, scenario, parts) => {
    const result = await run(parts);
    const failing = result.scenarios.filter((s) => !s.pass).map((s) => s.name);
    expect(failing).toContain(scenario);
    if (scenario !== 'distinct') expect(failing).toEqual([scenario]);
  });

  it('resolution bar: an action that changes nothing fails the scenarios that act', async () => {
    const result = await run({ judge: () => 'still broken' });
    const burst = result.scenarios.find((s) => s.name === 'burst');
    expect(burst).toMatchObject({ pass: false, unhealthy_actions: 1 });
  });

  it('the harness exits 1 with one line naming the scenario and its counts when a storm bar fails', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'ghost-storm-h-')), 'data');
    expect((await runCli('data/seed.ts', ['--out', data])).code).toBe(0);
    let stderr = '';
    let stdout = '';
    const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
    const db = join(mkdtempSync(join(tmpdir(), 'ghost-storm-db-')), 'results.db');
    const parts = only('burst', { group_window_s: 0 });
    const code = await runMain((argv, out) => harnessMain(argv, out, manualClock(), parts), ['--data', data, '--db', db], io);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Error: Experiment 7 scenario burst: expected act 1, joined 29 over 1 incident\(s\), got act 2, escalated 28 over 1$/m);
    expect(stdout).toMatch(/^burst {17}FAIL/m);
  });
});
