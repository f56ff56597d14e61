// Faults inside the loop: actions that hang, throw or heal the wrong thing, events the bus
// refuses, and strings no log should hold. Each is contained and the stream goes on.
import { describe, expect, it } from 'vitest';
import { EventValidationError } from '../blackboard/event-bus.ts';
import { ACTION_REGISTRY, baselineState, type ActionRegistry } from '../simulator/infra-state.ts';
import { manualClock } from './clock.ts';
import { classifyRecord, newCounters, replay, type ReplayOptions, type ReplayStep } from './replay.ts';
import type { LogRecord, StreamRecord } from './types.ts';

// Messages from the seeded clean-failure dataset.
const oom: LogRecord = { severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' };
const latency: LogRecord = { severity: 'WARNING', service: 'app-service', message: 'deadline exceeded: tail latency spike on critical path' };
const healthy: LogRecord = { severity: 'INFO', service: 'app-service', message: 'GET /health 200' };

function stream(...records: LogRecord[]): StreamRecord[] {
  return records.map((record, index) => ({ index, record }));
}

async function run(records: StreamRecord[], options: Partial<ReplayOptions> = {}): Promise<ReplayStep[]> {
  const steps: ReplayStep[] = [];
  for await (const step of replay(records, { heal: true, state: baselineState(), clock: manualClock(), ...options })) {
    steps.push(step);
  }
  return steps;
}

const outcomes = (steps: ReplayStep[]) =>
  steps.map((s) => ({ index: s.index, failure_type: s.event.failure_type, success: s.outcome?.success }));

describe('replay with a faulty action', () => {
  it('cuts off an action that hangs at the timeout, records it failed and heals the next event', async () => {
    const actions: ActionRegistry = { ...ACTION_REGISTRY, scale_memory: () => new Promise<void>(() => {}) };
    const started = Date.now();
    const steps = await run(stream(oom, healthy, latency), { healer: { actions, actionTimeoutMs: 50 } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(outcomes(steps)).toEqual([
      { index: 0, failure_type: 'OOMKilled', success: false },
      { index: 2, failure_type: 'HighLatency', success: true },
    ]);
    expect(steps[0]?.outcome?.error).toMatch(/action scale_memory timed out after 50 ms/);
  });

  it('records an action that throws as a failed outcome with its error and goes on', async () => {
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      scale_memory: () => {
        throw new Error('cgroup write refused');
      },
    };
    const steps = await run(stream(oom, latency), { healer: { actions, actionTimeoutMs: 50 } });
    expect(outcomes(steps)).toEqual([
      { index: 0, failure_type: 'OOMKilled', success: false },
      { index: 1, failure_type: 'HighLatency', success: true },
    ]);
    expect(steps[0]?.outcome?.error).toBe('Error: cgroup write refused');
  });

  it('lets the verifier fail an action that changes the wrong thing, then heals the next event', async () => {
    const state = baselineState();
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      scale_memory: (s) => {
        s['app-service'].max_instances = 9;
      },
    };
    const steps = await run(stream(oom, latency), { state, healer: { actions, actionTimeoutMs: 50 } });
    expect(outcomes(steps)).toEqual([
      { index: 0, failure_type: 'OOMKilled', success: false },
      { index: 1, failure_type: 'HighLatency', success: true },
    ]);
    expect(steps[0]?.outcome?.verify_ok).toBe(false);
    expect(state['app-service'].memory).toBe('512Mi');
  });
});

describe('replay with an event the bus rejects', () => {
  const badService: LogRecord = { severity: 'ERROR', service: 42, message: 'OOMKilled' };

  it('reports the rejected record with its index through onRejected and carries on with the stream', async () => {
    const rejected: Array<{ index: number; error: EventValidationError }> = [];
    const counters = newCounters();
    const steps = await run(stream(healthy, badService, latency), {
      counters,
      onRejected: (index, error) => rejected.push({ index, error }),
    });
    expect(rejected.map((r) => r.index)).toEqual([1]);
    expect(rejected[0]?.error.message).toBe('event["service"] must be string, got number');
    expect(outcomes(steps)).toEqual([{ index: 2, failure_type: 'HighLatency', success: true }]);
    expect(counters).toEqual({ records: 3, detections: 1, rejected: 1 });
  });

  it('ends the replay with the bus error when no onRejected handler is given', async () => {
    await expect(run(stream(badService, latency))).rejects.toBeInstanceOf(EventValidationError);
  });
});

describe('the Watcher on hostile strings', () => {
  const strings: Array<[string, string]> = [
    ['an empty string', ''],
    ['a 1 MB string', 'x'.repeat(1 << 20)],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate between letters', 'a\udc00b'],
    ['a reversed surrogate pair', '\udc00\ud800'],
    ['control characters and an escape sequence', '\u0000\u0001\u0007\u001b[31mred\u001b[0m\r\n\t\u007f'],
    ['line and paragraph separators', 'one\u2028two\u2029three\u0085'],
    ['a byte order mark and a replacement character', '\ufeff\ufffd'],
  ];

  it.each(strings)('never throws on %s as a message, severity or service', (_name, text) => {
    for (const record of [
      { severity: 'ERROR', message: text },
      { severity: text, message: 'OOMKilled' },
      { severity: 'ERROR', service: text, message: text },
      { severity: 'WARNING', message: text, signal: { record_type: text, reason: text, phase: text } },
    ] satisfies LogRecord[]) {
      const type = classifyRecord(record);
      expect(type === null || typeof type === 'string').toBe(true);
    }
  });

  it('still finds a failure pattern at the end of a 1 MB message with lone surrogates around it', () => {
    const message = `${'\ud800x'.repeat(1 << 19)} OOMKilled \udfff`;
    expect(classifyRecord({ severity: 'ERROR', message })).toBe('OOMKilled');
  });
});
