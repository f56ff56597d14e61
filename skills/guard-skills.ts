// Guard policy: which detections become actions. Data only; src/guard.ts enforces it between
// the healer's decision and the action, and `--policy FILE` overrides any key. Each default
// is taken from a system that already brakes automated actions (docs/GOVERNANCE.md):
//
// - group_window_s 300: Alertmanager's group_interval (5m); Kubernetes' event correlator
//   aggregates similar events over 600 s. Detections of one incident within it join it.
// - resolve_after_s 300: Alertmanager's resolve_timeout (5m): an incident whose target has
//   been quiet this long is closed.
// - cooldown_s 3600, ImagePullBackOff 14400: Robusta's crash-loop and image-pull rate limits,
//   but keyed by the owning workload (not its ReplicaSet), so a rollout does not reset them.
// - max_actions_per_incident 2: the first heal and one retry, then escalate (Medik8s
//   NodeHealthCheck escalates through an ordered list; StackStorm users ask for the stop).
// - max_actions_per_hour 20: a global budget, as Descheduler's total eviction cap and
//   client-go's bucket limiter bound a controller's overall rate.
// - max_failing_targets 5: past this many targets failing at once the loop stops (Cluster
//   Autoscaler halts past 45 % unready or 3 nodes; NodeHealthCheck below 51 % healthy).
// - tiers: node recovery waits for approval (NodeHealthCheck's remediation is a human's call
//   on shared nodes); pod-level heals act.
// - namespaces: kube-system is denied; an empty allow list allows every other namespace.
// - inhibit: Alertmanager's inhibit_rules, applied to actions: a node that is NotReady
//   inhibits pod-level heals of workloads on it; three or more workloads failing to pull
//   from one registry at once are a registry outage, not a rollback per workload.
import type { FailureType } from './failure-types.ts';

export const GUARD_SKILLS_VERSION = '1.0.0';

export const TIERS = ['observe', 'rehearse', 'approve', 'act'] as const;
export type Tier = (typeof TIERS)[number];

/** Label a detection carries for an inhibit rule's `equal`: read from the record by src/guard.ts. */
export const INHIBIT_LABELS = ['node', 'registry', 'namespace'] as const;
export type InhibitLabel = (typeof INHIBIT_LABELS)[number];

export interface InhibitRule {
  name: string;
  /** The class whose open incidents inhibit. */
  source: FailureType;
  /** The classes whose heals are inhibited. */
  targets: readonly FailureType[];
  /** A detection is inhibited when it shares this label's value with the source incidents. */
  equal: InhibitLabel;
  /** How many distinct targets with an open source incident it takes (the detection's own included). */
  min_sources: number;
}

export interface GuardPolicy {
  group_window_s: number;
  resolve_after_s: number;
  cooldown_s: number;
  cooldown_s_by_class: Readonly<Partial<Record<FailureType, number>>>;
  max_actions_per_incident: number;
  max_actions_per_hour: number;
  max_failing_targets: number;
  tiers: Readonly<Partial<Record<FailureType, Tier>>>;
  namespaces: { readonly allow: readonly string[]; readonly deny: readonly string[] };
  paused: string | null;
  inhibit: readonly InhibitRule[];
}

const POD_LEVEL: readonly FailureType[] = [
  'OOMKilled',
  'CrashLoopBackOff',
  'StartupProbeFailed',
  'HighLatency',
  'ImagePullBackOff',
  'ReplicaMismatch',
  'SchedulingBlocked',
  'PodDown',
];

export const DEFAULT_GUARD_POLICY: GuardPolicy = {
  group_window_s: 300,
  resolve_after_s: 300,
  cooldown_s: 3600,
  cooldown_s_by_class: { ImagePullBackOff: 14400 },
  max_actions_per_incident: 2,
  max_actions_per_hour: 20,
  max_failing_targets: 5,
  tiers: {
    OOMKilled: 'act',
    CrashLoopBackOff: 'act',
    StartupProbeFailed: 'act',
    HighLatency: 'act',
    ImagePullBackOff: 'act',
    ReplicaMismatch: 'act',
    SchedulingBlocked: 'act',
    NodeNotReady: 'approve',
    PodDown: 'act',
  },
  namespaces: { allow: [], deny: ['kube-system'] },
  paused: null,
  inhibit: [
    { name: 'node-not-ready', source: 'NodeNotReady', targets: POD_LEVEL, equal: 'node', min_sources: 1 },
    { name: 'registry-outage', source: 'ImagePullBackOff', targets: ['ImagePullBackOff'], equal: 'registry', min_sources: 3 },
  ],
};
