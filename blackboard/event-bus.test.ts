import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

  it('keeps no consumed event reachable, so a long stream does not hold its past events', () => {
    // Reachability needs a forced collection, so the check runs in its own Node with gc exposed.
    const busUrl = new URL('./event-bus.ts', import.meta.url).href;
    const script = `
      const { EventBus } = await import(${JSON.stringify(busUrl)});
      const bus = new EventBus();
      const refs = [];
      const event = { failure_type: 'OOMKilled', severity: 'ERROR', service: 's', message: 'm', timestamp: 1 };
      // Fewer than the compaction threshold: the queue itself must let go of what was consumed.
      for (let i = 0; i < 50; i += 1) {
        const raw = { payload: 'x'.repeat(1000) + i };
        refs.push(new WeakRef(raw));
        await bus.publish({ ...event, raw_log: raw });
        await bus.consume();
      }
      // A WeakRef read in the current job keeps its target alive until the job ends.
      await new Promise((resolve) => setImmediate(resolve));
      globalThis.gc();
      // The last one may still sit in a frame; every earlier one must be gone.
      console.log(refs.slice(0, -1).filter((r) => r.deref() !== undefined).length);
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0');
  });

  it('still delivers in order when consumers fall behind and catch up', async () => {
    const bus = new EventBus();
    for (let i = 0; i < 3000; i += 1) await bus.publish({ ...good, message: `m${i}` });
    for (let i = 0; i < 2000; i += 1) expect((await bus.consume()).message).toBe(`m${i}`);
    for (let i = 3000; i < 3500; i += 1) await bus.publish({ ...good, message: `m${i}` });
    for (let i = 2000; i < 3500; i += 1) expect((await bus.consume()).message).toBe(`m${i}`);
    expect(bus.size).toBe(0);
  });
});
