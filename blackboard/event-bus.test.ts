import { describe, expect, it } from 'vitest';
import { EventBus, EventValidationError, validateEvent } from './event-bus.ts';
import type { FailureEvent } from '../src/types.ts';

const good: FailureEvent = {
  failure_type: 'OOMKilled',
  severity: 'ERROR',
  service: 'app-service',
  message: 'OOMKilled',
  timestamp: 1.5,
  raw_log: {},
};

describe('event bus', () => {
  it('delivers events in the order they were published', async () => {
    const bus = new EventBus();
    await bus.publish({ ...good, message: 'a' });
    await bus.publish({ ...good, message: 'b' });
    expect((await bus.consume()).message).toBe('a');
    expect((await bus.consume()).message).toBe('b');
  });

  it('wakes a consumer that was waiting before the publish', async () => {
    const bus = new EventBus();
    const pending = bus.consume();
    await bus.publish(good);
    await expect(pending).resolves.toEqual(good);
  });

  it('rejects an event missing a key and names the key', async () => {
    const bus = new EventBus();
    const { service: _service, ...missing } = good;
    await expect(bus.publish(missing as FailureEvent)).rejects.toThrow(/missing key "service"/);
  });

  it('rejects an event with a wrong type and names the key and both types', () => {
    expect(() => validateEvent({ ...good, timestamp: '1.5' })).toThrow(EventValidationError);
    expect(() => validateEvent({ ...good, timestamp: '1.5' })).toThrow('event["timestamp"] must be number, got string');
    expect(() => validateEvent({ ...good, raw_log: [] })).toThrow('event["raw_log"] must be object, got array');
  });

  it('rejects something that is not an object at all', () => {
    expect(() => validateEvent(null)).toThrow('event must be an object, got null');
  });
});
