// The scorer's incident figures (src/score.ts owns one of these): the ground truth's failures
// grouped into incidents the way the guard groups detections (class and owner, closed after
// `resolve_after_s` of quiet, event time only; the same IncidentBook), and what the loop did
// per incident. Memory holds the open incidents and the expected records the stream has not
// yet reached, never the detections.
import { DEFAULT_GUARD_POLICY } from '../skills/guard-skills.ts';
import { parseEventTime } from './formats/event-time.ts';
import { IncidentBook, ownerOf, type Incident } from './incidents.ts';
import type { ReplayStep } from './replay.ts';
import type { LogRecord } from './types.ts';

export interface IncidentScore {
  /** Incidents in the ground truth. */
  expected: number;
  /** Of those, incidents with at least one of their failures detected as its class. */
  detected: number;
  /** Actions the loop ran (dry runs included) on detections of expected failures. */
  actions: number;
  /** actions / detected: the goal is 1.0. */
  actions_per_incident: number;
  /** Actions on an expected incident after its first. */
  repeated_actions: number;
  /** Incidents of detections the ground truth does not expect (false positives grouped alike). */
  false_incidents: number;
  /** Incidents the guard escalated after its heals did not hold. */
  escalations: number;
}

interface Tally {
  detected: boolean;
  actions: number;
}

export class IncidentScorer {
  private readonly truth = new IncidentBook();
  private readonly falses = new IncidentBook();
  private readonly tallies = new WeakMap<Incident, Tally>();
  /** Expected records seen but not yet judged: index -> their incident. */
  private readonly waiting = new Map<number, Incident>();
  private readonly windowS: number;
  private now = 0;
  private detected = 0;
  private actions = 0;
  private repeated = 0;
  private escalations = 0;

  constructor(windowS: number = DEFAULT_GUARD_POLICY.resolve_after_s) {
    this.windowS = windowS;
  }

  private clock(record: LogRecord): number {
    const t = parseEventTime(record.timestamp);
    if (t !== undefined && t !== null && t > this.now) this.now = t;
    return this.now;
  }

  private group(book: IncidentBook, failureType: string, owner: string, record: LogRecord): { incident: Incident; opened: boolean } {
    const now = this.clock(record);
    book.closeQuiet(now, this.windowS);
    const found = book.find(failureType, owner);
    if (found) {
      found.last_seen = now;
      return { incident: found, opened: false };
    }
    return { incident: book.openFor({ stream_index: 0, event_time: now, failure_type: failureType, target: owner, labels: {} }, now), opened: true };
  }

  /** An expected failure's record, as the stream reaches it (before its detection, if any). */
  expected(index: number, failureType: string, record: LogRecord): void {
    const target = typeof record.target === 'string' ? record.target : null;
    const { incident, opened } = this.group(this.truth, failureType, ownerOf(record, target), record);
    if (opened) this.tallies.set(incident, { detected: false, actions: 0 });
    this.waiting.set(index, incident);
  }

  /** The stream passed an expected index: its record is no longer needed. */
  passed(index: number): void {
    this.waiting.delete(index);
  }

  /** A detection at an expected index; `correct` when its class is the expected one. */
  judged(index: number, step: ReplayStep, correct: boolean): void {
    const incident = this.waiting.get(index);
    this.waiting.delete(index);
    const tally = incident ? this.tallies.get(incident) : undefined;
    if (!tally) return;
    if (correct && !tally.detected) {
      tally.detected = true;
      this.detected += 1;
    }
    if (step.outcome) {
      tally.actions += 1;
      this.actions += 1;
      if (tally.actions > 1) this.repeated += 1;
    }
  }

  /** A further detection at an index already judged: it can still have acted. */
  again(step: ReplayStep): void {
    if (step.outcome) this.actions += 1;
  }

  /** A detection the ground truth does not expect. */
  falsePositive(step: ReplayStep): void {
    this.group(this.falses, step.event.failure_type, ownerOf(step.record, step.target ?? null), step.record);
  }

  /** Every step: the guard's first escalation of an incident counts once. */
  decided(step: ReplayStep): void {
    const d = step.decision;
    if (d?.decision === 'escalated' && d.reason.startsWith('heal did not hold')) this.escalations += 1;
  }

  result(): IncidentScore {
    return {
      expected: this.truth.opened,
      detected: this.detected,
      actions: this.actions,
      actions_per_incident: this.detected === 0 ? 0 : this.actions / this.detected,
      repeated_actions: this.repeated,
      false_incidents: this.falses.opened,
      escalations: this.escalations,
    };
  }
}
