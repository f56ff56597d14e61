// Record shapes that cross stage boundaries: reader -> watchers -> bus -> healer -> recorder.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** One input record: a log line or a K8s-style signal. Unknown keys are kept as-is. */
export interface LogRecord {
  severity?: JsonValue;
  service?: JsonValue;
  message?: JsonValue;
  labels?: JsonValue;
  signal?: JsonValue;
  id?: JsonValue;
  timestamp?: JsonValue;
  [key: string]: JsonValue | undefined;
}

/** A record paired with its position in the stream (0-based). */
export interface StreamRecord {
  index: number;
  record: LogRecord;
}

/** What a watcher puts on the blackboard; the bus validates this shape at publish time. */
export interface FailureEvent {
  failure_type: string;
  severity: string;
  service: string;
  message: string;
  /** Epoch seconds, as the original's time.time(). */
  timestamp: number;
  raw_log: LogRecord & { stream_index?: number };
}

/** The event envelope every watcher publishes; the event bus checks events against it. */
export const EVENT_SCHEMA = {
  failure_type: 'string',
  severity: 'string',
  service: 'string',
  message: 'string',
  timestamp: 'number',
  raw_log: 'object',
} as const;

export type ActionParams = Record<string, string | number | boolean>;

/** What the healer returns for every event it handles. */
export interface Outcome {
  failure_type: string;
  action_taken: string;
  action_params: ActionParams;
  success: boolean;
  verify_ok: boolean;
  duration_ms: number;
  decide_ms: number;
  act_ms: number;
  timestamp: number;
  stream_index: number | null;
  dry_run: boolean;
  /** Present when the action threw or timed out. */
  error?: string;
}

/** One expected failure in a labelled stream. */
export interface GroundTruthEntry {
  index: number;
  failure_type: string;
  expected_action: string;
  expected_params: ActionParams;
}
