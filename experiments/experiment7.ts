// Experiment 7: the incident storm. Each scenario of the storm dataset runs through the loop
// with the guard on (a fresh guard and a fresh per-target fleet each), and must give exactly
// the decisions below; every action it takes must leave its target healthy by the judge.
// Experiments 1-6 run without the guard: one action per detection.
import { join } from 'node:path';
import { loadRecords } from './dataset-records.ts';
import { STORM_FILE_NAME } from '../data/storm-dataset.ts';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../skills/guard-skills.ts';
import { Fleet } from '../src/fleet.ts';
import { Guard, DECISIONS, type DecisionKind } from '../src/guard.ts';
import { replay, newCounters } from '../src/replay.ts';
import { systemClock } from '../src/clock.ts';
import { traceLine } from '../src/trace.ts';
import { TraceWriter } from '../src/trace.ts';
import { InputError } from '../src/errors.ts';
import type { StreamRecord } from '../src/types.ts';
import { DEFAULT_DATA_DIR } from './paths.ts';
import type { ExperimentOptions } from './types.ts';

type Counts = Partial<Record<DecisionKind, number>>;

interface Expectation {
  /** Policy keys this scenario runs with, over the defaults. */
  policy?: Partial<GuardPolicy>;
  incidents: number;
  decisions: Counts;
}

/** What each scenario must decide with the default guard policy (skills/guard-skills.ts). */
export const STORM_EXPECTED: Readonly<Record<string, Expectation>> = {
  burst: { incidents: 1, decisions: { act: 1, joined: 29 } },
  distinct: { incidents: 4, decisions: { act: 4 } },
  not_holding: { incidents: 1, decisions: { act: 2, joined: 8, escalated: 5 } },
  flapping: { incidents: 4, decisions: { act: 1, cooldown: 3 } },
  cascade: { incidents: 8, decisions: { act: 5, blast_radius: 3 } },
  hourly: { incidents: 25, decisions: { act: 20, rate_limited: 5 } },
  approve: { incidents: 2, decisions: { awaiting_approval: 2 } },
  node_inhibit: { incidents: 3, decisions: { awaiting_approval: 1, inhibited: 1, act: 1 } },
  denied: { incidents: 1, decisions: { denied_namespace: 3 } },
  paused: { policy: { paused: 'change freeze' }, incidents: 2, decisions: { paused: 4 } },
};

export interface StormScenarioResult {
  name: string;
  detections: number;
  incidents: number;
  actions: number;
  decisions: Counts;
  expected: Counts;
  expected_incidents: number;
  /** Actions after which the judge found the target unhealthy. */
  unhealthy_actions: number;
  pass: boolean;
}

export interface Experiment7Result {
  records: number;
  scenarios: StormScenarioResult[];
  /** SHA-256 of the decision trace of all scenarios, in order (docs/TRACE.md). */
  trace_sha256: string;
}

/** `act 1, joined 29`, in the order decisions are listed; `none` when empty. */
export function formatCounts(counts: Counts): string {
  const parts = DECISIONS.filter((d) => (counts[d] ?? 0) > 0).map((d) => `${d} ${counts[d]}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

const sameCounts = (a: Counts, b: Counts) => DECISIONS.every((d) => (a[d] ?? 0) === (b[d] ?? 0));

export async function runExperiment7(options: ExperimentOptions = {}): Promise<Experiment7Result> {
  const file = join(options.dataDir ?? DEFAULT_DATA_DIR, STORM_FILE_NAME);
  const records = await loadRecords(file);
  const byScenario = new Map<string, StreamRecord[]>();
  for (const item of records) {
    const labels = item.record.labels;
    const name = labels && typeof labels === 'object' && !Array.isArray(labels) ? labels['scenario'] : undefined;
    if (typeof name !== 'string' || !Object.hasOwn(STORM_EXPECTED, name)) {
      throw new InputError(file, `record ${item.index}`, `labels.scenario is not one of ${Object.keys(STORM_EXPECTED).join(', ')}`);
    }
    byScenario.set(name, [...(byScenario.get(name) ?? []), item]);
  }
  const trace = await TraceWriter.open(undefined);
  const scenarios: StormScenarioResult[] = [];
  for (const [name, expectation] of Object.entries(STORM_EXPECTED)) {
    const base: GuardPolicy = { ...DEFAULT_GUARD_POLICY, ...expectation.policy };
    const guard = new Guard(options.guardPolicy ? options.guardPolicy(base, name) : base);
    const fleet = new Fleet();
    const counts: Counts = {};
    let actions = 0;
    let unhealthy = 0;
    const steps = replay(byScenario.get(name) ?? [], {
      heal: true,
      stateFor: (t) => fleet.stateFor(t),
      guard,
      clock: options.clock ?? systemClock,
      counters: newCounters(),
      ...(options.healer ? { healer: options.healer } : {}),
      ...(options.classify ? { classify: options.classify } : {}),
      ...(options.breakState ? { breakState: options.breakState } : {}),
      ...(options.judge ? { judge: options.judge } : {}),
      ...(options.ownerOf ? { ownerOf: options.ownerOf } : {}),
    });
    let detections = 0;
    for await (const step of steps) {
      detections += 1;
      const line = traceLine(step);
      if (!line || !step.decision) continue;
      await trace.add(line);
      const kind = step.decision.decision;
      counts[kind] = (counts[kind] ?? 0) + 1;
      if (kind !== 'act') continue;
      actions += 1;
      if (step.outcome) options.sink?.recordOutcome(step.outcome);
      if (!step.health?.healthy || !step.outcome?.success) unhealthy += 1;
    }
    const result = {
      name,
      detections,
      incidents: guard.incidents,
      actions,
      decisions: counts,
      expected: expectation.decisions,
      expected_incidents: expectation.incidents,
      unhealthy_actions: unhealthy,
    };
    scenarios.push({
      ...result,
      pass: sameCounts(counts, expectation.decisions) && guard.incidents === expectation.incidents && unhealthy === 0,
    });
  }
  return { records: records.length, scenarios, trace_sha256: await trace.commit() };
}
