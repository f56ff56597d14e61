// The record a Kubernetes Event becomes, by the policy in skills/k8s-event-skills.ts. The one
// mapping: `normalize` and the record reader's object format both use it.
import {
  DEFAULT_OBJECT_NAME,
  EVENT_REASON,
  EVENT_SOURCE,
  LAB_SERVICE,
  OBJECT_NAME,
  matchEventRule,
  type SignalTemplate,
} from '../../skills/k8s-event-skills.ts';
import type { JsonObject, LogRecord } from '../types.ts';

/** The fields of an Event the mapping reads. */
export interface EventFacts {
  reason: string;
  message: string;
  involvedKind: string;
  /** Undefined when the event names no object. */
  involvedName: string | undefined;
}

function fillSignal(template: SignalTemplate, event: EventFacts): JsonObject {
  const signal: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    signal[key] = value === EVENT_REASON ? event.reason : value === OBJECT_NAME ? (event.involvedName ?? DEFAULT_OBJECT_NAME) : value;
  }
  return signal;
}

/** The record an event becomes, or null when it is not a failure GHOST handles. */
export function eventToRecord(event: EventFacts): LogRecord | null {
  const rule = matchEventRule(event);
  if (rule === null) return null;
  const record: LogRecord = {
    severity: rule.severity,
    service: LAB_SERVICE,
    message: event.reason ? `${event.reason}: ${event.message}` : event.message,
    labels: { reason: rule.failure_type, source: EVENT_SOURCE, kind: event.involvedKind },
  };
  if (rule.signal) record.signal = fillSignal(rule.signal, event);
  return record;
}
