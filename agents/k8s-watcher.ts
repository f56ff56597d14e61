// Watcher for structured K8s-style signals: same event envelope as the log watcher, rules
// from the k8s signal skills only.
import type { EventBus } from '../blackboard/event-bus.ts';
import { classifySignal } from '../skills/k8s-signal-skills.ts';
import { severityIsWatched } from '../skills/watcher-skills.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import type { LogRecord } from '../src/types.ts';
import { buildEvent } from './watcher.ts';

export function classifySignalRecord(record: LogRecord): string | null {
  if (!severityIsWatched(record.severity)) return null;
  return classifySignal(record.signal);
}

export async function analyzeSignalAndPublish(
  record: LogRecord,
  bus: EventBus,
  streamIndex: number | null = null,
  clock: Clock = systemClock,
): Promise<number | null> {
  if (!severityIsWatched(record.severity)) return null;
  const t0 = clock.monotonicMs();
  const failureType = classifySignalRecord(record);
  if (failureType === null) return null;
  await bus.publish(buildEvent(record, failureType, streamIndex, clock));
  return (clock.monotonicMs() - t0) / 1000;
}
