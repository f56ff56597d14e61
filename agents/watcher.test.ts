// The log watcher and the signal watcher as units: what they classify, the envelope they
// publish, and the detection time they report on an injected clock.
import { describe, expect, it } from 'vitest';
import { EventBus } from '../blackboard/event-bus.ts';
import { manualClock } from '../src/clock.ts';
import type { LogRecord } from '../src/types.ts';
import { classifySignalRecord, analyzeSignalAndPublish } from './k8s-watcher.ts';
import { analyzeAndPublish, buildEvent, classifyLogRecord, publishIfDetected } from './watcher.ts';

const OOM: LogRecord = { severity: 'ERROR', service: 'api', message: 'OOMKilled: container exceeded memory limit 512Mi' };

describe('log watcher', () => {
  it('classifies only watched severities with text', () => {
    expect(classifyLogRecord(OOM)).toBe('OOMKilled');
    expect(classifyLogRecord({ ...OOM, severity: 'info' })).toBeNull();
    expect(classifyLogRecord({ ...OOM, message: 42 } as unknown as LogRecord)).toBeNull();
    expect(classifyLogRecord({ severity: 'ERROR', message: 'GET /health 200' })).toBeNull();
  });

  it('never reads request data as evidence, in logfmt, JSON or a request field, while the same words outside it count', () => {
    for (const message of [
      'level=error method=GET path="/OOMKilled" status=200',
      'level=error {"requestUrl" : "/CrashLoopBackOff","status":200}',
      'level=error 10.0.0.9 - - [26/Nov/2025:01:00:00 +0000] "GET /ErrImagePull HTTP/1.1" 200 612',
    ]) {
      expect(classifyLogRecord({ severity: 'ERROR', message }), message).toBeNull();
    }
    expect(classifyLogRecord({ severity: 'ERROR', message: 'level=error msg="OOMKilled" path="/x"' })).toBe('OOMKilled');
  });

  it('builds the envelope with the record, its stream index and the clock time, defaulting the service', () => {
    const clock = manualClock(0, 1_000);
    const event = buildEvent({ severity: 'ERROR', message: 'x' }, 'PodDown', 3, clock);
    expect(event).toEqual({
      failure_type: 'PodDown',
      severity: 'ERROR',
      service: 'app-service',
      message: 'x',
      timestamp: 1_000,
      raw_log: { severity: 'ERROR', message: 'x', stream_index: 3 },
    });
    expect(buildEvent(OOM, 'OOMKilled', null, clock).raw_log).not.toHaveProperty('stream_index');
  });

  it('publishes a detection and reports the classification time from the injected clock', async () => {
    const clock = manualClock();
    const bus = new EventBus();
    const slow = (record: LogRecord) => {
      clock.advance(250);
      return classifyLogRecord(record);
    };
    expect(await publishIfDetected(slow, OOM, bus, 7, clock)).toBe(0.25);
    const event = await bus.consume();
    expect(event.failure_type).toBe('OOMKilled');
    expect(event.raw_log.stream_index).toBe(7);
  });

  it('publishes nothing for a healthy or unwatched record', async () => {
    const bus = new EventBus();
    expect(await analyzeAndPublish({ severity: 'ERROR', message: 'all good' }, bus)).toBeNull();
    expect(await analyzeAndPublish({ ...OOM, severity: 'DEBUG' }, bus)).toBeNull();
  });
});

describe('signal watcher', () => {
  const EVICTED: LogRecord = { severity: 'WARNING', signal: { record_type: 'Pod', phase: 'Failed', reason: 'Evicted' } };

  it('classifies structured signals by the signal table, on watched severities only', () => {
    expect(classifySignalRecord(EVICTED)).toBe('PodDown');
    expect(classifySignalRecord({ ...EVICTED, severity: 'INFO' })).toBeNull();
    expect(classifySignalRecord({ severity: 'ERROR', signal: ['Pod'] } as unknown as LogRecord)).toBeNull();
    // The message is not read: a signal record is classified by its signal alone.
    expect(classifySignalRecord({ severity: 'ERROR', message: OOM.message as string })).toBeNull();
  });

  it('publishes through the same envelope as the log watcher', async () => {
    const bus = new EventBus();
    expect(await analyzeSignalAndPublish(EVICTED, bus, 1, manualClock())).toBe(0);
    expect((await bus.consume()).failure_type).toBe('PodDown');
  });
});
