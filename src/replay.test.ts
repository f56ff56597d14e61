// The replay loop as a unit: one step per detection, counters, watch-only mode, the injected
// classifier, break and judge seams, and a refused event handed to onRejected.
import { describe, expect, it } from 'vitest';
import { baselineState } from '../simulator/infra-state.ts';
import { manualClock } from './clock.ts';
import { newCounters, replay, type ReplayStep } from './replay.ts';
import type { LogRecord, StreamRecord } from './types.ts';

const OOM = { severity: 'ERROR', service: 'api', message: 'OOMKilled: container exceeded memory limit 512Mi' };
const OK = { severity: 'INFO', service: 'api', message: 'GET /health 200' };
const records = (...rs: LogRecord[]): StreamRecord[] => rs.map((record, index) => ({ index, record }));

async function all(steps: AsyncGenerator<ReplayStep>): Promise<ReplayStep[]> {
  const out: ReplayStep[] = [];
  for await (const step of steps) out.push(step);
  return out;
}

describe('replay', () => {
  it('yields one healed step per detection and counts every record', async () => {
    const counters = newCounters();
    const steps = await all(replay(records(OK, OOM, OK), { heal: true, state: baselineState(), clock: manualClock(), counters }));
    expect(steps.map((s) => [s.index, s.event.failure_type, s.outcome?.failure_type])).toEqual([[1, 'OOMKilled', 'OOMKilled']]);
    expect(steps[0]!.health).not.toBeNull();
    expect(counters).toEqual({ records: 3, detections: 1, rejected: 0 });
  });

  it('only watches when heal is false: no outcome, no mttr, no verdict', async () => {
    const [step] = await all(replay(records(OOM), { heal: false }));
    expect(step).toMatchObject({ outcome: null, mttr_ms: null, health: null });
  });

  it('uses the injected classifier (on watched severities), break and judge', async () => {
    const broken: string[] = [];
    const steps = await all(
      replay(records(OK, { severity: 'ERROR', message: 'all good' }), {
        heal: true,
        state: baselineState(),
        classify: () => 'PodDown',
        breakState: (_state, type) => void broken.push(type),
        judge: () => 'still down',
      }),
    );
    expect(broken).toEqual(['PodDown']);
    expect(steps[0]!.health).toEqual({ healthy: false, problem: 'still down' });
  });

  it('refuses to heal without a state', async () => {
    await expect(all(replay(records(OOM), { heal: true }))).rejects.toThrow(/heal needs a state/);
  });

  it('hands an event the bus refuses to onRejected and goes on', async () => {
    const rejected: number[] = [];
    const counters = newCounters();
    const bad = { severity: 'ERROR', service: 7, message: OOM.message };
    const steps = await all(replay(records(bad, OOM), { heal: false, counters, onRejected: (index) => void rejected.push(index) }));
    expect(rejected).toEqual([0]);
    expect(steps.map((s) => s.index)).toEqual([1]);
    expect(counters.rejected).toBe(1);
  });
});
