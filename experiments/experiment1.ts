// Experiment 1: the watcher alone on one clean failure per log class.
import { join } from 'node:path';
import { classifyLogRecord, publishIfDetected } from '../agents/watcher.ts';
import { EventBus } from '../blackboard/event-bus.ts';
import { loadRecords } from './dataset-records.ts';
import { labelOf } from '../src/ground-truth.ts';
import { systemClock } from '../src/clock.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './paths.ts';
import type { ExperimentOptions, ScenarioRow } from './types.ts';

export async function runExperiment1(options: ExperimentOptions = {}): Promise<ScenarioRow[]> {
  const clock = options.clock ?? systemClock;
  const records = await loadRecords(join(options.dataDir ?? DEFAULT_DATA_DIR, DATASETS.clean));
  const rows: ScenarioRow[] = [];
  for (const { record } of records) {
    const expected = labelOf(record) ?? 'unknown';
    const bus = new EventBus();
    const seconds = await publishIfDetected(options.classify ?? classifyLogRecord, record, bus, null, clock);
    if (seconds === null) {
      rows.push({ failure_type: expected, result: 'FAIL', detect_ms: null, error: 'not detected' });
      continue;
    }
    const event = await bus.consume();
    const detectMs = seconds * 1000;
    options.sink?.recordDetection(event.failure_type, detectMs, null);
    rows.push({
      failure_type: expected,
      result: event.failure_type === expected ? 'PASS' : 'FAIL',
      detect_ms: detectMs,
      detected_as: event.failure_type,
    });
  }
  return rows;
}
