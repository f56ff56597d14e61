// The blackboard between Watcher and Healer: an async FIFO that only accepts well-formed events.
import { EVENT_SCHEMA, type FailureEvent } from '../src/types.ts';
import { typeName } from '../src/value-kinds.ts';

export class EventValidationError extends Error {
  override name = 'EventValidationError';
}

/** Throws EventValidationError naming the first missing key or the key with the wrong type. */
export function validateEvent(event: unknown): asserts event is FailureEvent {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new EventValidationError(`event must be an object, got ${typeName(event)}`);
  }
  const record = event as Record<string, unknown>;
  for (const [key, expected] of Object.entries(EVENT_SCHEMA)) {
    if (!Object.hasOwn(record, key)) throw new EventValidationError(`event is missing key "${key}"`);
    const actual = typeName(record[key]);
    if (actual !== expected) {
      throw new EventValidationError(`event["${key}"] must be ${expected}, got ${actual}`);
    }
  }
}

export class EventBus {
  #queue: FailureEvent[] = [];
  #head = 0;
  #waiters: Array<(event: FailureEvent) => void> = [];

  /** Validate, then hand the event to a waiting consumer or queue it. */
  async publish(event: FailureEvent): Promise<void> {
    validateEvent(event);
    const waiter = this.#waiters.shift();
    if (waiter) waiter(event);
    else this.#queue.push(event);
  }

  /** The oldest queued event, waiting for one if the queue is empty. */
  consume(): Promise<FailureEvent> {
    if (this.#head < this.#queue.length) {
      const event = this.#queue[this.#head] as FailureEvent;
      this.#head += 1;
      // A consumed event must not stay reachable: on a long stream events held for a thousand
      // detections outlive young-generation collections and pile up as old-generation garbage.
      if (this.#head === this.#queue.length) {
        this.#queue.length = 0;
        this.#head = 0;
      } else if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
        this.#queue = this.#queue.slice(this.#head);
        this.#head = 0;
      }
      return Promise.resolve(event);
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  get size(): number {
    return this.#queue.length - this.#head;
  }
}
