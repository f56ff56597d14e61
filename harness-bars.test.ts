// Each harness bar, tripped on purpose: a fault injected through one of the loop's seams
// (action registry, decision lookup, verifier table, watcher classification, data) must make
// the harness exit 1 with its one-line reason. A bar no fault can trip proves nothing.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './harness.ts';
import type { LoopParts } from './experiments/types.ts';
import { ACTION_REGISTRY, type ActionRegistry } from './simulator/infra-state.ts';
import { DECISION_TABLE, decisionFor, verifierFor } from './skills/healer-skills.ts';
import { runExperiment6 } from './experiments/experiment6.ts';
import { FAILURE_TYPES, type FailureType } from './skills/failure-types.ts';
import { classifyRecord } from './src/replay.ts';
import { severityIsWatched } from './skills/watcher-skills.ts';
import { runMain, type Io } from './src/cli.ts';
import { manualClock } from './src/clock.ts';
import { runCli } from './src/run-cli.ts';

let dataDir = '';

beforeAll(async () => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'ghost-bars-')), 'data');
  expect((await runCli('data/seed.ts', ['--out', dataDir])).code).toBe(0);
});

interface Run {
  code: number;
  stderr: string;
  stdout: string;
}

async function harness(parts: LoopParts, data = dataDir): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const db = join(mkdtempSync(join(tmpdir(), 'ghost-bars-db-')), 'results.db');
  const code = await runMain((argv, out) => main(argv, out, manualClock(), parts), ['--data', data, '--db', db], io);
  return { code, stdout, stderr };
}

/** A copy of the seeded data with one file's JSON array changed by `change`. */
function alteredData(name: string, change: (items: Array<Record<string, unknown>>) => void): string {
  const altered = join(mkdtempSync(join(tmpdir(), 'ghost-bars-data-')), 'data');
  cpSync(dataDir, altered, { recursive: true });
  const file = join(altered, name);
  const items = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  change(items);
  writeFileSync(file, JSON.stringify(items));
  return altered;
}

/** The run failed with exactly one line, no stack trace, matching `reason`. */
function expectRejected(run: Run, reason: RegExp): void {
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const noop = () => {};
const allNoops: ActionRegistry = Object.fromEntries(Object.keys(ACTION_REGISTRY).map((name) => [name, noop]));
const verifiersSayYes = () => () => true;
const experimentOf = (type: FailureType) => ((['OOMKilled', 'CrashLoopBackOff', 'StartupProbeFailed', 'HighLatency'] as string[]).includes(type) ? 2 : 4);

describe('harness bars, each tripped by one injected fault', () => {
  it('passes with nothing injected (the control)', async () => {
    const run = await harness({});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each(FAILURE_TYPES)('resolution bar: a no-op %s action fails the harness', async (type) => {
    const action = DECISION_TABLE[type][0];
    const run = await harness({ healer: { actions: { ...ACTION_REGISTRY, [action]: noop } } });
    expectRejected(run, new RegExp(`^Error: Experiment ${experimentOf(type)} failed: ${type} not healed \\(${action}\\): `));
  });

  it('judge bar: every action a no-op and every verifier saying yes fails as verified but unhealthy', async () => {
    const run = await harness({ healer: { actions: allNoops, verifierFor: verifiersSayYes } });
    expectRejected(
      run,
      /^Error: Experiment 2 failed: OOMKilled verified by the healer but unhealthy: status OOMKilled, not running; memory limit 512Mi not above usage 512Mi$/,
    );
  });

  it('judge bar: a no-op crash-loop heal the verifier accepts fails as verified but unhealthy', async () => {
    const run = await harness({
      healer: {
        actions: { ...ACTION_REGISTRY, reset_and_redeploy: noop },
        verifierFor: (type) => (type === 'CrashLoopBackOff' ? () => true : verifierFor(type)),
      },
    });
    expectRejected(run, /^Error: Experiment 2 failed: CrashLoopBackOff verified by the healer but unhealthy: status CrashLoopBackOff, not running; restart count 5, restarting$/);
  });

  it('judge bar in a stream: no-op K8s and crash-loop heals the verifiers accept are not resolved', async () => {
    const k8sActions = ['rollback_image', 'sync_replicas', 'relax_scheduling', 'recover_node', 'restore_workload', 'reset_and_redeploy'];
    const actions = { ...ACTION_REGISTRY, ...Object.fromEntries(k8sActions.map((a) => [a, noop])) };
    const { mixed } = await runExperiment6({ dataDir, clock: manualClock(), healer: { actions, verifierFor: verifiersSayYes } });
    // The stream is one service: once a crash loop or K8s failure is left broken, every later
    // heal is judged on a state that is still broken, though the healer verified them all.
    expect(mixed).toMatchObject({ detected: 20, total_failures: 20 });
    expect(mixed.resolved).toBeLessThanOrEqual(10);
    expect(mixed.verified_unhealthy).toBe(20 - mixed.resolved);
    expect(mixed.first_unhealthy).toMatch(/^index \d+ (CrashLoopBackOff|ImagePullBackOff|SchedulingBlocked|NodeNotReady|ReplicaMismatch|PodDown): /);
  });

  it('expected-action bar: two classes\' decisions swapped fail the harness', async () => {
    const swap: Partial<Record<string, FailureType>> = { OOMKilled: 'CrashLoopBackOff', CrashLoopBackOff: 'OOMKilled' };
    const run = await harness({ healer: { decide: (type) => decisionFor(swap[type] ?? type) } });
    expectRejected(run, /^Error: Experiment 2 failed: OOMKilled not healed \(reset_and_redeploy\): memory limit 512Mi not above usage 512Mi$/);
  });

  it('expected-action bar: swapped decisions the judge alone would pass still fail on the expected action', async () => {
    // restore_workload also heals a replica mismatch, so only the ground truth's action catches this half.
    const swap: Partial<Record<string, FailureType>> = { ReplicaMismatch: 'PodDown', PodDown: 'ReplicaMismatch' };
    const run = await harness({ healer: { decide: (type) => decisionFor(swap[type] ?? type), verifierFor: verifiersSayYes } });
    expectRejected(run, /^Error: Experiment 4 failed: PodDown verified by the healer but unhealthy: status failed, not running$/);
  });

  it('false-alarm bar: a watcher that flags every watched line it cannot name fails experiment 6', async () => {
    const greedy = (record: Parameters<typeof classifyRecord>[0]) =>
      classifyRecord(record) ?? (severityIsWatched(record.severity) ? 'HighLatency' : null);
    const run = await harness({ classify: greedy });
    expectRejected(run, /^Error: Experiment 6 false alarms on healthy watched lines \(60\/60\)$/);
  });

  it('timeout bar: a heal that never returns is cut off and fails the harness', async () => {
    const hang = () => new Promise<void>(() => {});
    // Every heal of the run waits out its limit: a short one keeps the run short.
    const run = await harness({ healer: { actions: { ...ACTION_REGISTRY, scale_memory: hang }, actionTimeoutMs: 5 } });
    expectRejected(run, /^Error: Experiment 2 failed: OOMKilled not healed \(scale_memory, TimeoutError: action scale_memory timed out after 5 ms\): /);
  });

  it('timeout bar: a decision that never returns is cut off and fails the harness', async () => {
    // Every decision of the run waits out its limit: a short one keeps the run short.
    const run = await harness({ healer: { decide: () => new Promise(() => {}), decisionTimeoutMs: 5 } });
    expectRejected(run, /^Error: Experiment 2 failed: OOMKilled not healed \(log_unknown, TimeoutError: decision timed out after 5 ms\): /);
  });

  it('experiment 6 false-alarm bar: a failure line slipped into the healthy set is caught', async () => {
    const altered = alteredData('watched_healthy.json', (records) => {
      records[7] = { ...records[7], message: 'OOMKilled: container exceeded memory limit 512Mi' };
    });
    expectRejected(await harness({}, altered), /^Error: Experiment 6 false alarms on healthy watched lines \(1\/60\)$/);
  });

  it('experiment 6 resolution bar: a heal other than the ground truth expects is not resolved', async () => {
    const altered = alteredData('watched_mixed_ground_truth.json', (entries) => {
      entries[0] = { ...entries[0], expected_action: 'log_unknown' };
    });
    expectRejected(await harness({}, altered), /^Error: Experiment 6 resolution incomplete \(19\/20\)$/);
  });

  it('experiment 6 detection bar: a watcher blind to one class misses the injected failures', async () => {
    const blind = (record: Parameters<typeof classifyRecord>[0]) => {
      const type = classifyRecord(record);
      return type === 'NodeNotReady' ? null : type;
    };
    const run = await harness({ classify: blind });
    expectRejected(run, /^Error: Experiment 4 failed: NodeNotReady not detected$/);
  });
});
