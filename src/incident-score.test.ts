// The scorer's incident figures: the ground truth grouped like the guard groups detections,
// actions per incident (goal 1.0), repeated actions, false incidents and escalations.
import { describe, expect, it } from 'vitest';
import { buildStormDataset } from '../data/storm-dataset.ts';
import { runStreamExperiment } from '../experiments/stream-experiment.ts';
import { DEFAULT_GUARD_POLICY } from '../skills/guard-skills.ts';
import { manualClock } from './clock.ts';
import { Guard } from './guard.ts';
import type { LogRecord, StreamRecord } from './types.ts';

function scenario(name: string): StreamRecord[] {
  const records = buildStormDataset(42).filter((r) => (r['labels'] as { scenario: string }).scenario === name);
  return records.map((record, index) => ({ index, record: JSON.parse(JSON.stringify(record)) as LogRecord }));
}

async function* batches(records: StreamRecord[]): AsyncGenerator<StreamRecord[]> {
  yield records;
}

const score = (name: string, guard: Guard | null, labels = true) =>
  runStreamExperiment({
    records: batches(scenario(name)),
    groundTruth: labels ? 'labels' : [],
    healthyCount: null,
    clock: manualClock(),
    ...(guard ? { guard } : {}),
  });

describe('incident scoring', () => {
  it('a burst of thirty lines is one incident: one action with the guard', async () => {
    const result = await score('burst', new Guard(DEFAULT_GUARD_POLICY));
    expect(result.incidents).toEqual({ expected: 1, detected: 1, actions: 1, actions_per_incident: 1, repeated_actions: 0, false_incidents: 0, escalations: 0 });
  });

  it('scorer bar: without the guard the same burst scores 30 actions on one incident, 29 repeated', async () => {
    const result = await score('burst', null);
    expect(result.incidents).toMatchObject({ expected: 1, detected: 1, actions: 30, actions_per_incident: 30, repeated_actions: 29 });
  });

  it('counts an incident whose heal did not hold as escalated once, and its retry as repeated', async () => {
    const result = await score('not_holding', new Guard(DEFAULT_GUARD_POLICY));
    expect(result.incidents).toMatchObject({ expected: 1, actions: 2, repeated_actions: 1, escalations: 1 });
  });

  it('groups the ground truth by owner and by time: distinct targets and a flapping target are several incidents', async () => {
    expect((await score('distinct', new Guard(DEFAULT_GUARD_POLICY))).incidents).toMatchObject({ expected: 4, detected: 4, actions: 4 });
    expect((await score('flapping', new Guard(DEFAULT_GUARD_POLICY))).incidents).toMatchObject({ expected: 4, detected: 4, actions: 1 });
  });

  it('groups detections nobody expected into false incidents', async () => {
    const result = await score('distinct', null, false);
    expect(result.incidents).toMatchObject({ expected: 0, detected: 0, false_incidents: 4 });
  });
});
