// Watcher for log records: reads one record, asks the watcher skills whether it describes a
// failure, and publishes the event. Holds no patterns of its own.
import type { EventBus } from '../blackboard/event-bus.ts';
import { maskedVerdict, newReaderGate, scanMessage, scannedVerdict, severityIsWatched } from '../skills/watcher-skills.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { FIELD_TABLES, judgeFields, judgeKlogSpeaker, judgeProcessExit } from '../skills/field-judge.ts';
import { KLOG_SPEAKER_RULES, PROCESS_EXIT_LEVELS } from '../skills/line-format-skills.ts';
import type { FailureEvent, LogRecord } from '../src/types.ts';

/** Build the event envelope shared by both watchers. */
export function buildEvent(
  record: LogRecord,
  failureType: string,
  streamIndex: number | null,
  clock: Clock,
): FailureEvent {
  const raw: FailureEvent['raw_log'] = { ...record };
  if (streamIndex !== null) raw.stream_index = streamIndex;
  return {
    failure_type: failureType,
    severity: record.severity as string,
    service: (record.service ?? 'app-service') as string,
    message: (record.message ?? '') as string,
    timestamp: clock.epochSeconds(),
    raw_log: raw,
  };
}

/** The readers the phrase scan of the line being classified allows (one line at a time). */
const gate = newReaderGate();

/**
 * The failure class a message describes, or null. A line in a format a field reader knows (a
 * `kubectl get pods` row, an access log) is judged by its fields alone; any other line by the
 * phrase tables, with request data (paths, query strings, referrers, user agents) masked:
 * text a client sent is never evidence. A klog line the phrases leave is judged by its
 * speaker (source file) and message, and one that states a level that ends its process (a
 * fatal level, a Go panic) is a pod down. The phrase tables' one scan of the line also says which
 * field readers its marks allow (READER_MARKS), and only those run.
 */
export function classifyLine(message: string): string | null {
  scanMessage(message, gate);
  const fields = judgeFields(message, FIELD_TABLES, gate);
  if (fields !== null) return fields.failure;
  // judgeFields returned null, so it ran no phrase scan of its own (only an event row's
  // message is read by the phrase tables): the scan above is still the last one.
  return maskedVerdict(message, scannedVerdict()) ?? judgeKlogSpeaker(message, KLOG_SPEAKER_RULES, gate) ?? judgeProcessExit(message, PROCESS_EXIT_LEVELS, gate);
}

/** The failure class a log record describes, or null (unwatched severity, no pattern, no text). */
export function classifyLogRecord(record: LogRecord): string | null {
  if (!severityIsWatched(record.severity)) return null;
  const message = record.message ?? '';
  if (typeof message !== 'string') return null;
  return classifyLine(message);
}

export type RecordClassifier = (record: LogRecord) => string | null;

/**
 * Classify with `classify` and publish an event when it names a failure; returns the detection
 * time in seconds (classification to publish, as the original measures it) or null. Both
 * watchers share this; they differ only in how they classify.
 */
export async function publishIfDetected(
  classify: RecordClassifier,
  record: LogRecord,
  bus: EventBus,
  streamIndex: number | null,
  clock: Clock,
): Promise<number | null> {
  if (!severityIsWatched(record.severity)) return null;
  const t0 = clock.monotonicMs();
  const failureType = classify(record);
  if (failureType === null) return null;
  await bus.publish(buildEvent(record, failureType, streamIndex, clock));
  return (clock.monotonicMs() - t0) / 1000;
}

export function analyzeAndPublish(
  record: LogRecord,
  bus: EventBus,
  streamIndex: number | null = null,
  clock: Clock = systemClock,
): Promise<number | null> {
  return publishIfDetected(classifyLogRecord, record, bus, streamIndex, clock);
}
