// The guard: sits between the healer's decision and the action, and gives every detection
// exactly one decision. The policy is data (skills/guard-skills.ts, or --policy FILE); this
// module only enforces it. Time is the records' event time: the latest event time seen so
// far is "now", so a replay of a capture decides exactly as the live loop would have.
import type { GuardPolicy } from '../skills/guard-skills.ts';
import { isFailureType } from '../skills/failure-types.ts';
import { IncidentBook, type Detection, type Incident } from './incidents.ts';

export const DECISIONS = [
  'act',
  'joined',
  'cooldown',
  'rate_limited',
  'blast_radius',
  'awaiting_approval',
  'rehearse',
  'observe',
  'denied_namespace',
  'inhibited',
  'paused',
  'escalated',
] as const;
export type DecisionKind = (typeof DECISIONS)[number];

export interface GuardDecision {
  stream_index: number;
  event_time: number | null;
  incident_id: string;
  failure_type: string;
  target: string;
  decision: DecisionKind;
  reason: string;
}

/** What the guard keeps between detections; --state saves and restores it. */
export interface GuardMemory {
  now: number;
  seq: number;
  incidents: Incident[];
  /** `class\u0000target` -> event time of the last action. */
  cooldowns: [string, number][];
  /** Event times of the actions in the last hour, oldest first. */
  hour: number[];
}

const HOUR_S = 3600;

export class Guard {
  readonly policy: GuardPolicy;
  private readonly book: IncidentBook;
  private readonly lastAction = new Map<string, number>();
  private hour: number[] = [];
  private now: number;
  private lastSweep = Number.NEGATIVE_INFINITY;
  private readonly longestCooldown: number;
  private readonly onAct: ((guard: Guard) => void) | undefined;

  /**
   * `memory`: what a previous run remembered (--state). `onAct`: called once an `act` is
   * counted and before the action runs, so what it saves already holds the action.
   */
  constructor(policy: GuardPolicy, memory?: GuardMemory, onAct?: (guard: Guard) => void) {
    this.policy = policy;
    this.onAct = onAct;
    this.book = new IncidentBook(memory?.seq ?? 0);
    this.now = memory?.now ?? Number.NEGATIVE_INFINITY;
    for (const incident of memory?.incidents ?? []) this.book.add(incident);
    for (const [key, t] of memory?.cooldowns ?? []) this.lastAction.set(key, t);
    this.hour = [...(memory?.hour ?? [])];
    this.longestCooldown = Math.max(policy.cooldown_s, ...Object.values(policy.cooldown_s_by_class));
  }

  /** Incidents opened so far (by this guard and the state it started from). */
  get incidents(): number {
    return this.book.opened;
  }

  memory(): GuardMemory {
    return {
      now: this.now,
      seq: this.book.opened,
      incidents: [...this.book.all()].map((i) => ({ ...i, labels: { ...i.labels } })),
      cooldowns: [...this.lastAction],
      hour: [...this.hour],
    };
  }

  private cooldownFor(failureType: string): number {
    return (isFailureType(failureType) ? this.policy.cooldown_s_by_class[failureType] : undefined) ?? this.policy.cooldown_s;
  }

  private sweep(now: number): void {
    if (now <= this.lastSweep) return;
    this.lastSweep = now;
    this.book.closeQuiet(now, this.policy.resolve_after_s);
    while (this.hour.length > 0 && now - (this.hour[0] as number) >= HOUR_S) this.hour.shift();
    for (const [key, t] of this.lastAction) if (now - t >= this.longestCooldown) this.lastAction.delete(key);
  }

  private inhibitedBy(d: Detection): string | null {
    for (const rule of this.policy.inhibit) {
      if (!(rule.targets as readonly string[]).includes(d.failure_type)) continue;
      const value = d.labels[rule.equal];
      if (value === undefined) continue;
      const sources = this.book.targetsWith(rule.source, rule.equal, value);
      if (sources >= rule.min_sources) {
        return `${rule.name}: ${sources} target(s) with ${rule.source} on ${rule.equal} ${value}`;
      }
    }
    return null;
  }

  /** The decision for one detection; an `act` is counted against the budgets here. */
  decide(d: Detection): GuardDecision {
    const p = this.policy;
    if (d.event_time !== null && d.event_time > this.now) this.now = d.event_time;
    const now = Number.isFinite(this.now) ? this.now : 0;
    this.sweep(now);
    let incident = this.book.find(d.failure_type, d.target);
    const fresh = incident === undefined;
    if (!incident) incident = this.book.openFor(d, now);
    incident.last_seen = now;
    const out = (decision: DecisionKind, reason: string): GuardDecision => ({
      stream_index: d.stream_index,
      event_time: d.event_time,
      incident_id: (incident as Incident).id,
      failure_type: d.failure_type,
      target: d.target,
      decision,
      reason,
    });

    const ns = d.labels.namespace;
    if (ns !== undefined ? p.namespaces.deny.includes(ns) || (p.namespaces.allow.length > 0 && !p.namespaces.allow.includes(ns)) : p.namespaces.allow.length > 0) {
      return out('denied_namespace', `namespace ${ns ?? '(none)'} is not allowed`);
    }
    if (p.paused !== null) return out('paused', `paused: ${p.paused}`);
    if (incident.escalated) return out('escalated', `${incident.id} was escalated after ${incident.actions} action(s)`);
    if (!fresh && now - incident.anchor_at < p.group_window_s) {
      return out('joined', `joins ${incident.id} within group_window_s ${p.group_window_s}`);
    }
    incident.anchor_at = now;

    const inhibited = this.inhibitedBy(d);
    if (inhibited) return out('inhibited', inhibited);
    const tier = (isFailureType(d.failure_type) ? p.tiers[d.failure_type] : undefined) ?? 'act';
    if (tier === 'observe') return out('observe', `tier observe for ${d.failure_type}`);
    if (tier === 'approve') return out('awaiting_approval', `tier approve for ${d.failure_type}`);
    if (incident.actions > 0 && incident.actions >= p.max_actions_per_incident) {
      incident.escalated = true;
      return out('escalated', `heal did not hold after ${incident.actions} action(s) (max_actions_per_incident ${p.max_actions_per_incident})`);
    }
    const key = `${d.failure_type}\u0000${d.target}`;
    const last = this.lastAction.get(key);
    const cooldown = this.cooldownFor(d.failure_type);
    if (incident.actions === 0 && last !== undefined && now - last < cooldown) {
      return out('cooldown', `acted on ${d.target} for ${d.failure_type} ${now - last}s ago (cooldown ${cooldown}s)`);
    }
    if (this.book.failingTargets > p.max_failing_targets) {
      return out('blast_radius', `${this.book.failingTargets} targets failing (max_failing_targets ${p.max_failing_targets})`);
    }
    if (this.hour.length >= p.max_actions_per_hour) {
      return out('rate_limited', `${this.hour.length} actions in the last hour (max_actions_per_hour ${p.max_actions_per_hour})`);
    }
    if (tier === 'rehearse') return out('rehearse', `tier rehearse for ${d.failure_type}: dry run`);
    const retry = incident.actions > 0;
    incident.actions += 1;
    this.lastAction.set(key, now);
    this.hour.push(now);
    this.onAct?.(this);
    return out('act', retry ? `heal did not hold: retry ${incident.actions} of ${p.max_actions_per_incident}` : 'first detection of a new incident');
  }
}
