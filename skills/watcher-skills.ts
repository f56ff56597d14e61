// Watcher policy: what a log line must say to count as a failure. Data only; the watcher
// agent imports these tables and never keeps patterns of its own.
import { casefold } from '../src/casefold.ts';
import type { LogFailureType } from './failure-types.ts';

export const AGENT_NAME = 'watcher';
export const AGENT_VERSION = '1.1.0';

/**
 * Substrings per failure class, stored lowercase. A message matches when its case-folded
 * text contains the case-folded pattern. Order matters: classes are tried in this order and
 * the first class with any matching pattern wins.
 */
export const DETECTABLE_PATTERNS = {
  OOMKilled: [
    'oomkilled',
    'oom kill',
    'out of memory',
    'exceeded memory limit',
    'memory cgroup',
    'cgroup memory',
    'killed due to memory',
    'memory limit exceeded',
  ],
  CrashLoopBackOff: [
    'crashloopbackoff',
    'crash loop',
    'back-off restarting',
    'backoff restarting',
    'restarting failed container',
    'too many restarts',
    'exponential backoff',
    'restart limit',
    'repeatedly crashing',
  ],
  StartupProbeFailed: [
    'startup probe failed',
    'readiness probe failed',
    'startup probe timed out',
    'readiness probe timed out',
    'liveness probe failed',
    'health check failed',
    'connection refused',
  ],
  HighLatency: [
    'exceeds threshold',
    'slow response',
    'deadline exceeded',
    'request timeout',
    'upstream timeout',
    'high latency',
    'tail latency',
    'latency spike',
  ],
} as const satisfies Record<LogFailureType, readonly string[]>;

/** Severities the watcher reacts to, compared case-insensitively; all others are ignored. */
export const WATCHED_SEVERITIES = ['ERROR', 'WARNING'] as const;

export const POLL_INTERVAL_SECONDS = 1;

/** The event envelope every watcher publishes; the event bus checks events against it. */
export const EVENT_SCHEMA = {
  failure_type: 'string',
  severity: 'string',
  service: 'string',
  message: 'string',
  timestamp: 'number',
  raw_log: 'object',
} as const;

export const CANNOT_DO = ['execute_actions', 'modify_infra_state', 'make_decisions', 'call_external_apis'] as const;

// Folded once at load: the hot path folds only the message.
const FOLDED_TABLE: ReadonlyArray<readonly [LogFailureType, readonly string[]]> = (
  Object.entries(DETECTABLE_PATTERNS) as Array<[LogFailureType, readonly string[]]>
).map(([type, patterns]) => [type, patterns.map((p) => casefold(p))] as const);

const WATCHED = new Set<string>(WATCHED_SEVERITIES);

export function severityIsWatched(severity: unknown): boolean {
  if (typeof severity !== 'string') return false;
  // Python's str.upper() and JS toUpperCase() agree for the watched (ASCII) names; a
  // severity that only upper-cases into them through special casing (e.g. "ﬀ") never
  // equals ERROR or WARNING either way.
  return WATCHED.has(severity.toUpperCase());
}

/** First failure class (table order) with a pattern contained in the case-folded message. */
export function classifyMessage(message: string): LogFailureType | null {
  const hay = casefold(message);
  for (const [type, patterns] of FOLDED_TABLE) {
    for (const pattern of patterns) {
      if (hay.includes(pattern)) return type;
    }
  }
  return null;
}

/** True when the message would trigger any detection; the seed's healthy check uses it. */
export function anyPatternMatches(message: string): boolean {
  return classifyMessage(message) !== null;
}
