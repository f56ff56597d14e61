// The ReDoS check's expressions checked by recheck on a pool of worker threads, so the check
// uses every core the machine has instead of one; each distinct expression is checked once
// per pool and its verdict reused (by the per-rule tests and the fault-injection tests).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface RecheckJob {
  id: number;
  source: string;
  flags: string;
  params: Readonly<Record<string, unknown>>;
}

/** The parameters of every check. */
export interface RecheckOptions {
  params: Readonly<Record<string, unknown>>;
}

/**
 * recheck's engine: its native build for this platform when installed (an optional package of
 * recheck's, about four times faster), its pure JavaScript build otherwise. Both are the same
 * program of the same version and give the same verdicts (`npm run check:redos -- --refresh`
 * rechecks every recorded one with whichever engine runs it).
 */
export function recheckEngine(): 'native' | 'pure' {
  const platform = ({ linux: 'linux', darwin: 'macos', win32: 'windows' } as Record<string, string>)[process.platform];
  if (!platform) return 'pure';
  try {
    createRequire(import.meta.url).resolve(`recheck-${platform}-${process.arch}/package.json`);
    return 'native';
  } catch {
    return 'pure';
  }
}

/** What the check reads of recheck's diagnostics (plain data, so it crosses threads). */
export type RecheckVerdict =
  | { status: 'safe'; checker: string }
  | { status: 'vulnerable'; checker: string; complexity: string; attack: string }
  | { status: 'unknown'; error: string };

/**
 * How long one check may take before the pool gives up on it (recheck runs without a time limit of
 * its own, so that its verdicts do not depend on the machine). recheck's native engine is a process
 * of its own: when it dies (an expression whose automaton outgrows memory), the check it was
 * running never answers, and without a deadline the whole check would wait on it forever.
 */
export const ANSWER_WITHIN_MS = 15 * 60 * 1000;

export class RecheckPool {
  readonly #params: Readonly<Record<string, unknown>>;
  readonly #engine: 'native' | 'pure';
  readonly #answerWithinMs: number;
  readonly #workers = new Set<Worker>();
  readonly #idle: Worker[] = [];
  readonly #queue: RecheckJob[] = [];
  readonly #pending = new Map<number, (v: RecheckVerdict) => void>();
  readonly #running = new Map<Worker, { id: number; timer: NodeJS.Timeout }>();
  readonly #verdicts = new Map<string, Promise<RecheckVerdict>>();
  #next = 0;

  constructor(options: RecheckOptions, threads = Math.max(1, availableParallelism()), engine = recheckEngine(), answerWithinMs = ANSWER_WITHIN_MS) {
    this.#params = options.params;
    this.#engine = engine;
    this.#answerWithinMs = answerWithinMs;
    for (let i = 0; i < threads; i += 1) this.#idle.push(this.#startWorker());
  }

  #startWorker(): Worker {
    // With the native engine each thread has its own recheck process, so checks still run side by side.
    const worker = new Worker(new URL('./recheck-worker.ts', import.meta.url), {
      env: { ...process.env, RECHECK_BACKEND: this.#engine },
    });
    worker.on('message', ({ id, verdict }: { id: number; verdict: RecheckVerdict }) => {
      this.#finish(worker, id, verdict);
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on('error', (err) => {
      for (const resolve of this.#pending.values()) resolve({ status: 'unknown', error: `worker failed: ${String(err)}` });
      this.#pending.clear();
    });
    this.#workers.add(worker);
    return worker;
  }

  #finish(worker: Worker, id: number, verdict: RecheckVerdict): void {
    const running = this.#running.get(worker);
    if (running !== undefined) clearTimeout(running.timer);
    this.#running.delete(worker);
    this.#pending.get(id)?.(verdict);
    this.#pending.delete(id);
  }

  /** A check past its deadline: answered as unknown, its worker replaced. */
  #giveUp(worker: Worker, id: number): void {
    this.#finish(worker, id, { status: 'unknown', error: `no answer within ${this.#answerWithinMs / 1000} s (the checker may have stopped)` });
    this.#workers.delete(worker);
    void worker.terminate();
    this.#idle.push(this.#startWorker());
    this.#dispatch();
  }

  /** recheck's verdict on /source/flags; the same expression is checked only once. */
  check(source: string, flags: string): Promise<RecheckVerdict> {
    const key = `/${source}/${flags}`;
    let verdict = this.#verdicts.get(key);
    if (!verdict) {
      const id = (this.#next += 1);
      verdict = new Promise((resolve) => this.#pending.set(id, resolve));
      this.#queue.push({ id, source, flags, params: this.#params });
      this.#verdicts.set(key, verdict);
      this.#dispatch();
    }
    return verdict;
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      const timer = setTimeout(() => this.#giveUp(worker, job.id), this.#answerWithinMs);
      timer.unref();
      this.#running.set(worker, { id: job.id, timer });
      worker.postMessage(job);
    }
  }

  async close(): Promise<void> {
    for (const { timer } of this.#running.values()) clearTimeout(timer);
    await Promise.all([...this.#workers].map((w) => w.terminate()));
  }
}
