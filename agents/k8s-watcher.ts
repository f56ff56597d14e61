// Watcher for structured K8s-style signals: same event envelope as the log watcher, rules
// from the k8s signal skills only.
import type { EventBus } from '../blackboard/event-bus.ts';
import { classifySignal } from '../skills/k8s-signal-skills.ts';
import { severityIsWatched } from '../skills/watcher-skills.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import type { LogRecord } from '../src/types.ts';
import { publishIfDetected } from './watcher.ts';

export function classifySignalRecord(record: LogRecord): string | null {
  if (!severityIsWatched(record.severity)) return null;
  return classifySignal(record.signal);
}

export function analyzeSignalAndPublish(
  record: LogRecord,
  bus: EventBus,
  streamIndex: number | null = null,
  clock: Clock = systemClock,
): Promise<number | null> {
  return publishIfDetected(classifySignalRecord, record, bus, streamIndex, clock);
}
