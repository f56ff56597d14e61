// The decision trace: one JSON line per detection the guard decided, with fixed keys in a
// fixed order and no wall-clock field (times are the records' event times; durations are
// left out), so the same input, policy and versions give the same bytes on any machine.
// Its SHA-256 is what a summary prints and tests pin. Format: docs/TRACE.md.
import { createHash, type Hash } from 'node:crypto';
import { openAtomic, type AtomicFile } from './atomic-file.ts';
import type { ReplayStep } from './replay.ts';
import type { ActionParams } from './types.ts';
import { toJson } from './safe-text.ts';

export interface TraceLine {
  stream_index: number;
  event_time: number | null;
  incident_id: string;
  failure_type: string;
  target: string;
  decision: string;
  reason: string;
  action: string | null;
  action_params: ActionParams | null;
  success: boolean | null;
  verify_ok: boolean | null;
  /** The simulator's judge after the action; null when nothing ran. */
  healthy: boolean | null;
}

/** The trace line of a guarded step; null for a step the guard did not decide. */
export function traceLine(step: ReplayStep): TraceLine | null {
  const d = step.decision;
  if (!d) return null;
  const o = step.outcome;
  return {
    stream_index: d.stream_index,
    event_time: d.event_time,
    incident_id: d.incident_id,
    failure_type: d.failure_type,
    target: d.target,
    decision: d.decision,
    reason: d.reason,
    action: o ? o.action_taken : null,
    action_params: o ? o.action_params : null,
    success: o ? o.success : null,
    verify_ok: o ? o.verify_ok : null,
    healthy: step.health ? step.health.healthy : null,
  };
}

const FLUSH_AT = 64 * 1024;

/** Hashes trace lines and, given a file, writes them there whole or not at all. */
export class TraceWriter {
  private readonly hash: Hash = createHash('sha256');
  private buffer = '';
  private readonly file: AtomicFile | null;

  private constructor(file: AtomicFile | null) {
    this.file = file;
  }

  static async open(path: string | undefined): Promise<TraceWriter> {
    return new TraceWriter(path === undefined ? null : await openAtomic(path));
  }

  async add(line: TraceLine): Promise<void> {
    const text = `${toJson(line)}\n`;
    this.hash.update(text, 'utf8');
    if (!this.file) return;
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) {
      const chunk = this.buffer;
      this.buffer = '';
      await this.file.write(chunk);
    }
  }

  /** Move the file into place; the digest of every line added. */
  async commit(): Promise<string> {
    if (this.file) {
      if (this.buffer) await this.file.write(this.buffer);
      this.buffer = '';
      await this.file.commit();
    }
    return this.hash.digest('hex');
  }

  async abort(): Promise<void> {
    await this.file?.abort();
  }
}
