// Healer: takes one event off the blackboard, looks the answer up in the decision table,
// runs it against the infra state within the time allowed, then re-reads the state to check
// the heal held. It decides nothing itself.
import type { EventBus } from '../blackboard/event-bus.ts';
import {
  ACTION_TIMEOUT_SECONDS,
  DECISION_TIMEOUT_SECONDS,
  DEFAULT_ACTION,
  OUTCOME_SCHEMA,
  decisionFor,
  type OutcomeSchema,
  verifierFor,
  type Decision,
  type Verifier,
} from '../skills/healer-skills.ts';
import { ACTION_REGISTRY, type ActionRegistry, type InfraState } from '../simulator/infra-state.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import type { FailureEvent, Outcome } from '../src/types.ts';
import { typeName } from '../src/value-kinds.ts';

export interface HealerOptions {
  dryRun?: boolean;
  clock?: Clock;
  actions?: ActionRegistry;
  decide?: (failureType: string) => Decision | Promise<Decision>;
  verifierFor?: (failureType: string) => Verifier | undefined;
  decisionTimeoutMs?: number;
  actionTimeoutMs?: number;
  /** The contract each outcome is checked against before it is handed on. */
  outcomeSchema?: OutcomeSchema;
}

/** An outcome that breaks the healer's output contract: a defect in the healer, not in the input. */
export class OutcomeContractError extends Error {
  override name = 'OutcomeContractError';
}

/** What is wrong with `outcome` against `schema`, one entry per key; empty when it conforms. */
export function outcomeContractErrors(outcome: object, schema: OutcomeSchema = OUTCOME_SCHEMA): string[] {
  const errors: string[] = [];
  const record = outcome as Record<string, unknown>;
  for (const [key, spec] of Object.entries(schema)) {
    const got = typeName(record[key]);
    if (!spec.split('|').includes(got)) errors.push(`${key} is ${got}, expected ${spec}`);
  }
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(schema, key)) errors.push(`${key} is not in the outcome schema`);
  }
  return errors;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

// Settles with the work's result, or rejects once `ms` pass; the work itself is abandoned,
// not cancelled, since a hung action cannot be stopped from outside.
async function withTimeout<T>(work: () => T | Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve().then(work), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** Handle one event already taken off the bus. */
export async function healEvent(event: FailureEvent, state: InfraState, options: HealerOptions = {}): Promise<Outcome> {
  const clock = options.clock ?? systemClock;
  const dryRun = options.dryRun ?? false;
  const actions = options.actions ?? ACTION_REGISTRY;
  const decide = options.decide ?? decisionFor;
  const failureType = event.failure_type;
  let error: string | undefined;

  const tDecide = clock.monotonicMs();
  let decision: Decision;
  let decided = true;
  try {
    decision = await withTimeout(
      () => decide(failureType),
      options.decisionTimeoutMs ?? DECISION_TIMEOUT_SECONDS * 1000,
      'decision',
    );
  } catch (err) {
    decision = DEFAULT_ACTION;
    decided = false;
    error = describe(err);
  }
  const decideMs = clock.monotonicMs() - tDecide;
  const [actionName, actionParams] = decision;

  const tAct = clock.monotonicMs();
  let success = false;
  if (decided) {
    try {
      await withTimeout(
        () => {
          if (dryRun) return;
          const action = actions[actionName];
          if (!action) throw new Error(`no action named ${actionName} in the registry`);
          return action(state, actionParams);
        },
        options.actionTimeoutMs ?? ACTION_TIMEOUT_SECONDS * 1000,
        `action ${actionName}`,
      );
      success = true;
    } catch (err) {
      error = describe(err);
    }
  }
  const actMs = clock.monotonicMs() - tAct;

  let verifyOk: boolean;
  if (dryRun) verifyOk = true;
  else if (!success) verifyOk = false;
  else if (actionName === DEFAULT_ACTION[0]) verifyOk = true;
  else {
    const verify = (options.verifierFor ?? verifierFor)(failureType);
    verifyOk = verify ? verify(state) : true;
    success = success && verifyOk;
  }

  const outcome: Outcome = {
    failure_type: failureType,
    action_taken: actionName,
    action_params: { ...actionParams },
    success,
    verify_ok: verifyOk,
    duration_ms: decideMs + actMs,
    decide_ms: decideMs,
    act_ms: actMs,
    timestamp: clock.epochSeconds(),
    stream_index: typeof event.raw_log.stream_index === 'number' ? event.raw_log.stream_index : null,
    dry_run: dryRun,
  };
  if (error !== undefined) outcome.error = error;
  const broken = outcomeContractErrors(outcome, options.outcomeSchema);
  if (broken.length > 0) {
    throw new OutcomeContractError(`healer outcome for ${failureType} breaks the outcome schema: ${broken.join('; ')}`);
  }
  return outcome;
}

/** Consume one event from the bus and handle it. */
export async function healOnce(bus: EventBus, state: InfraState, options: HealerOptions = {}): Promise<Outcome> {
  const event = await bus.consume();
  return healEvent(event, state, options);
}
