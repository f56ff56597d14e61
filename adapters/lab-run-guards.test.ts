// lab-run with the guard (the default): one action per incident on the committed lab capture,
// one decision per detection, the decision trace pinned by digest, and the policy file's
// errors as one line with exit 2.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import type { TraceLine } from '../src/trace.ts';

const CAPTURE = join(PROJECT_ROOT, 'tools', 'fixtures', 'lab-capture', 'events.json');
/** The decision trace of the committed lab capture with the default policy. */
const CAPTURE_TRACE_SHA256 = '40e11a3967b7c62af1498d70a0afdd33030fd755fdb229a47603b8afa04a6a81';

const tmp = () => mkdtempSync(join(tmpdir(), 'ghost-guard-'));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

type Line = TraceLine;

describe('lab-run with guards', () => {
  it('takes one action per incident on the lab capture: the four image-pull events of one pod are one incident', async () => {
    const run = await runCli('adapters/lab-run.ts', [CAPTURE]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const summary = JSON.parse(run.stdout) as { detections: number; incidents: number; actions: number; decisions: Record<string, number>; outcomes: Line[] };
    expect(summary).toMatchObject({ detections: 8, incidents: 4, actions: 4 });
    expect(summary.decisions).toMatchObject({ act: 4, joined: 4, cooldown: 0, paused: 0 });
    const pulls = summary.outcomes.filter((o) => o.failure_type === 'ImagePullBackOff');
    expect(pulls).toHaveLength(4);
    expect(new Set(pulls.map((p) => p.incident_id)).size).toBe(1);
    expect(pulls.map((p) => p.decision)).toEqual(['act', 'joined', 'joined', 'joined']);
    expect(pulls[0]?.target).toBe('ghost-lab/Deployment/app-service');
  });

  it('prints one line per detection with --jsonl, with the decision fields, null action fields when it did not act', async () => {
    const run = await runInProcess('adapters/lab-run.ts', ['--jsonl', CAPTURE]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(8);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['stream_index', 'event_time', 'incident_id', 'failure_type', 'target', 'decision', 'reason', 'action', 'action_params', 'success', 'verify_ok', 'healthy']);
      if (line.decision === 'act') expect(line).toMatchObject({ success: true, verify_ok: true });
      else expect([line.action, line.action_params, line.success, line.verify_ok]).toEqual([null, null, null, null]);
    }
    const totals = JSON.parse(run.stderr) as { detections: number; incidents: number; actions: number };
    expect(totals).toMatchObject({ detections: 8, incidents: 4, actions: 4 });
  });

  it('writes a decision trace whose digest is pinned, the same on two runs, and printed in the summary', async () => {
    const dir = tmp();
    const digests: string[] = [];
    for (const name of ['a.jsonl', 'b.jsonl']) {
      const run = await runInProcess('adapters/lab-run.ts', ['--trace', join(dir, name), CAPTURE]);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { trace_sha256: string }).trace_sha256).toBe(sha256(join(dir, name)));
      digests.push(sha256(join(dir, name)));
    }
    expect(digests).toEqual([CAPTURE_TRACE_SHA256, CAPTURE_TRACE_SHA256]);
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).not.toMatch(/_ms"|"timestamp"/);
  });

  it('trace bar: a policy change changes the digest (a group window of 0 acts on a retry)', async () => {
    const dir = tmp();
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ group_window_s: 0 }));
    const run = await runInProcess('adapters/lab-run.ts', ['--policy', policy, '--trace', join(dir, 't.jsonl'), CAPTURE]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { actions: number; trace_sha256: string };
    expect(summary.trace_sha256).not.toBe(CAPTURE_TRACE_SHA256);
    expect(summary.actions).toBeGreaterThan(4);
  });

  it('--pause REASON decides every detection paused and changes no state', async () => {
    const run = await runInProcess('adapters/lab-run.ts', ['--pause', 'change freeze', CAPTURE]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { actions: number; decisions: Record<string, number>; outcomes: Line[] };
    expect(summary.actions).toBe(0);
    expect(summary.decisions['paused']).toBe(8);
    expect(summary.outcomes.every((o) => o.reason === 'paused: change freeze')).toBe(true);
  });

  it('--record keeps every detection and only the outcomes of actions that ran', async () => {
    const db = join(tmp(), 'results.db');
    expect((await runInProcess('adapters/lab-run.ts', ['--record', '--db', db, CAPTURE])).code).toBe(0);
    const conn = new DatabaseSync(db, { readOnly: true });
    expect(conn.prepare("SELECT COUNT(*) AS n FROM detection_rows WHERE experiment = 'lab_run'").get()).toEqual({ n: 8 });
    expect(conn.prepare("SELECT COUNT(*) AS n FROM outcome_rows WHERE experiment = 'lab_run'").get()).toEqual({ n: 4 });
    conn.close();
  });

  it('--no-guards keeps one action per detection', async () => {
    const run = await runInProcess('adapters/lab-run.ts', ['--no-guards', CAPTURE]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { outcomes: unknown[] }).outcomes).toHaveLength(8);
  });

  it.each([
    ['an unknown key', { group_windows: 10 }, /^lab-run: --policy .+: group_windows: unknown key \(known: .+\)$/],
    ['a negative window', { group_window_s: -1 }, /^lab-run: --policy .+: group_window_s must be a number of seconds >= 0$/],
    ['a tier that does not exist', { tiers: { OOMKilled: 'yolo' } }, /^lab-run: --policy .+: tiers\.OOMKilled must be one of observe, rehearse, approve, act$/],
    ['a class that does not exist', { cooldown_s_by_class: { Nope: 1 } }, /^lab-run: --policy .+: cooldown_s_by_class key is not a failure class: "Nope"$/],
    ['a fractional cap', { max_actions_per_hour: 1.5 }, /^lab-run: --policy .+: max_actions_per_hour must be a whole number >= 0$/],
    ['a list for the whole policy', [1], /^lab-run: --policy .+: the policy must be an object$/],
  ])('rejects a policy file with %s: one line, exit 2, no trace written', async (_what, policy, line) => {
    const dir = tmp();
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
    const run = await runInProcess('adapters/lab-run.ts', ['--policy', join(dir, 'policy.json'), '--trace', join(dir, 't.jsonl'), CAPTURE]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.replace(/^Error: /, '')).toMatch(line);
    expect(existsSync(join(dir, 't.jsonl'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['policy.json']);
  });

  it('rejects a policy file that is not JSON, and --no-guards with --trace, with exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'policy.json'), '{nope');
    const bad = await runCli('adapters/lab-run.ts', ['--policy', join(dir, 'policy.json'), CAPTURE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/policy\.json: not JSON/);
    const both = await runInProcess('adapters/lab-run.ts', ['--no-guards', '--trace', join(dir, 't.jsonl'), CAPTURE]);
    expect(both.code).toBe(2);
    expect(both.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  // Two OOM kills of one workload two hours apart are two incidents, each acted on (the
  // cooldown is one hour); read at the wall clock they would be milliseconds apart, one
  // incident and one action. The prefixes removed is the fault: the decisions change.
  it('decides a plain-text capture on the times its lines state, not on when it is read', async () => {
    const decide = async (input: string) => {
      const run = await runCli('adapters/lab-run.ts', ['--jsonl', '--format', 'text', '--target', 'shop/Deployment/web', '-'], { input });
      expect(run.code).toBe(0);
      return run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    };
    const oom = 'java.lang.OutOfMemoryError: Java heap space';
    const stated = await decide(`2024-03-01T10:00:00Z ${oom}\n2024-03-01T12:00:00Z ${oom}\n`);
    expect(stated.map((l) => [l.event_time, l.decision])).toEqual([[1709287200, 'act'], [1709294400, 'act']]);
    const unstated = await decide(`${oom}\n${oom}\n`);
    expect(unstated.map((l) => [l.event_time, l.decision])).toEqual([[null, 'act'], [null, 'joined']]);
  });
});
