// The scenario loop as a unit: one row per labelled record, PASS only when detected, healed
// and judged healthy, each heal written through the sink.
import { describe, expect, it } from 'vitest';
import { classifyLogRecord } from '../agents/watcher.ts';
import { manualClock } from '../src/clock.ts';
import type { RecordSink } from '../src/record-sink.ts';
import { runScenarios } from './scenario-loop.ts';

const OOM = { severity: 'ERROR', service: 'api', message: 'OOMKilled: container exceeded memory limit 512Mi', labels: { reason: 'OOMKilled' } };

describe('scenario loop', () => {
  it('passes a detected and healed scenario and writes its rows through the sink', async () => {
    const rows: string[] = [];
    const sink: RecordSink = {
      recordDetection: (type, _ms, index) => void rows.push(`detection ${type} ${index}`),
      recordOutcome: (o) => void rows.push(`outcome ${o.failure_type}`),
    };
    const [row] = await runScenarios([{ index: 0, record: OOM }], { watch: classifyLogRecord, sink, clock: manualClock() });
    expect(row).toMatchObject({ failure_type: 'OOMKilled', result: 'PASS' });
    expect(rows).toEqual(['outcome OOMKilled', 'detection OOMKilled null']);
  });

  it('fails a scenario that is not a class, not detected, or judged unhealthy after the heal', async () => {
    const records = [
      { index: 0, record: { ...OOM, labels: { reason: 'Bogus' } } },
      { index: 1, record: { ...OOM, message: 'all good' } },
    ];
    const rows = await runScenarios(records, { watch: classifyLogRecord, clock: manualClock() });
    expect(rows.map((r) => [r.result, r.error])).toEqual([
      ['FAIL', 'not a failure class'],
      ['FAIL', 'not detected'],
    ]);
    const [judged] = await runScenarios([{ index: 0, record: OOM }], { watch: classifyLogRecord, judge: () => 'still broken', clock: manualClock() });
    expect(judged!.result).toBe('FAIL');
  });
});
