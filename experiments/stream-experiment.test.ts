// The stream experiment as a unit: scored against a list or the records' own labels, each
// step written through the sink, a bad label named with its file.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.ts';
import type { RecordSink } from '../src/record-sink.ts';
import type { LogRecord, StreamRecord } from '../src/types.ts';
import { runStreamExperiment } from './stream-experiment.ts';

const OOM = { severity: 'ERROR', service: 'api', message: 'OOMKilled: container exceeded memory limit 512Mi' };
const OK = { severity: 'INFO', service: 'api', message: 'GET /health 200' };

async function* stream(...rs: LogRecord[]): AsyncGenerator<StreamRecord> {
  let index = 0;
  for (const record of rs) yield { index: index++, record };
}

function memorySink(): RecordSink & { rows: string[] } {
  const rows: string[] = [];
  return {
    rows,
    recordDetection: (type, _ms, index) => void rows.push(`detection ${type} ${index}`),
    recordOutcome: (o) => void rows.push(`outcome ${o.failure_type}`),
  };
}

describe('stream experiment', () => {
  it('scores detections against the records labels and writes each step through the sink', async () => {
    const sink = memorySink();
    const result = await runStreamExperiment({
      records: stream(OK, { ...OOM, labels: { reason: 'OOMKilled' } }, { ...OK, labels: { reason: 'healthy' } }),
      groundTruth: 'labels',
      healthyCount: null,
      sink,
      clock: manualClock(),
    });
    expect(result).toMatchObject({ records: 3, detected: 1, total_failures: 1, false_positives: 0, healthy_count: 2 });
    expect(sink.rows).toEqual(['outcome OOMKilled', 'detection OOMKilled 1']);
  });

  it('counts a detection no entry expects as a false positive, with the fixed healthy count', async () => {
    const result = await runStreamExperiment({ records: stream(OOM, OK), groundTruth: [], healthyCount: 10, clock: manualClock() });
    expect(result).toMatchObject({ detected: 0, false_positives: 1, healthy_count: 10 });
  });

  it('names the records file and record of an unknown label', async () => {
    await expect(
      runStreamExperiment({ records: stream({ ...OOM, labels: { reason: 'Bogus' } }), groundTruth: 'labels', healthyCount: null, source: 'caps.jsonl' }),
    ).rejects.toThrow(/caps\.jsonl: record 0: label "Bogus"/);
  });
});
