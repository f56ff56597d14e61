import { describe, expect, it } from 'vitest';
import { OutcomeContractError, healEvent, healOnce, outcomeContractErrors } from './healer.ts';
import { OUTCOME_SCHEMA } from '../skills/healer-skills.ts';
import { EventBus } from '../blackboard/event-bus.ts';
import { ACTION_REGISTRY, baselineState, type ActionRegistry } from '../simulator/infra-state.ts';
import { manualClock } from '../src/clock.ts';
import type { FailureEvent } from '../src/types.ts';

function event(failureType: string, streamIndex?: number): FailureEvent {
  const raw: FailureEvent['raw_log'] = { severity: 'ERROR', message: 'x' };
  if (streamIndex !== undefined) raw.stream_index = streamIndex;
  return { failure_type: failureType, severity: 'ERROR', service: 'app-service', message: 'x', timestamp: 1, raw_log: raw };
}

describe('healer', () => {
  it('applies the decision table action and verifies the healed state', async () => {
    const state = baselineState();
    const outcome = await healEvent(event('OOMKilled', 7), state);
    expect(state['app-service'].memory).toBe('1Gi');
    expect(outcome).toMatchObject({
      failure_type: 'OOMKilled',
      action_taken: 'scale_memory',
      action_params: { memory: '1Gi' },
      success: true,
      verify_ok: true,
      stream_index: 7,
      dry_run: false,
    });
  });

  it('carries every outcome key the contract names', async () => {
    const outcome = await healEvent(event('HighLatency'), baselineState());
    for (const key of ['failure_type', 'action_taken', 'action_params', 'success', 'verify_ok', 'duration_ms', 'decide_ms', 'act_ms', 'timestamp', 'stream_index', 'dry_run']) {
      expect(outcome).toHaveProperty(key);
    }
    expect(outcome.duration_ms).toBeCloseTo(outcome.decide_ms + outcome.act_ms);
  });

  it('abandons an action that hangs at the timeout and records a failure', async () => {
    const actions: ActionRegistry = { ...ACTION_REGISTRY, scale_memory: () => new Promise<void>(() => {}) };
    const started = Date.now();
    const outcome = await healEvent(event('OOMKilled'), baselineState(), { actions, actionTimeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome.success).toBe(false);
    expect(outcome.verify_ok).toBe(false);
    expect(outcome.error).toMatch(/timed out after 50 ms/);
  });

  it('records an action that throws as a failure', async () => {
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      fix_port: () => {
        throw new Error('port busy');
      },
    };
    const outcome = await healEvent(event('StartupProbeFailed'), baselineState(), { actions });
    expect(outcome.success).toBe(false);
    expect(outcome.error).toMatch(/port busy/);
  });

  it('marks the heal failed when the action leaves the state wrong', async () => {
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      scale_memory: (state) => {
        state['app-service'].memory = '768Mi';
      },
    };
    const outcome = await healEvent(event('OOMKilled'), baselineState(), { actions });
    expect(outcome.verify_ok).toBe(false);
    expect(outcome.success).toBe(false);
  });

  it('answers an unknown failure type with log_unknown and changes nothing', async () => {
    const state = baselineState();
    const outcome = await healEvent(event('Gremlins'), state);
    expect(outcome.action_taken).toBe('log_unknown');
    expect(outcome.success).toBe(true);
    expect(state).toEqual(baselineState());
  });

  it('leaves the state untouched and skips verification in a dry run', async () => {
    const state = baselineState();
    const outcome = await healEvent(event('CrashLoopBackOff'), state, { dryRun: true });
    expect(state).toEqual(baselineState());
    expect(outcome).toMatchObject({ action_taken: 'reset_and_redeploy', success: true, verify_ok: true, dry_run: true });
  });

  it('falls back to the default action when the decision times out', async () => {
    const outcome = await healEvent(event('OOMKilled'), baselineState(), {
      decide: () => new Promise(() => {}),
      decisionTimeoutMs: 30,
    });
    expect(outcome.action_taken).toBe('log_unknown');
    expect(outcome.success).toBe(false);
    expect(outcome.error).toMatch(/decision timed out/);
  });

  it('measures decide and act time on the clock it is given', async () => {
    const clock = manualClock();
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      scale_instances: (state) => {
        clock.advance(12);
        state['app-service'].max_instances = 3;
      },
    };
    const outcome = await healEvent(event('HighLatency'), baselineState(), { actions, clock });
    expect(outcome.act_ms).toBe(12);
    expect(outcome.decide_ms).toBe(0);
  });

  it('takes its event from the bus in healOnce', async () => {
    const bus = new EventBus();
    await bus.publish(event('NodeNotReady'));
    const state = baselineState();
    state['app-service'].node_ready = false;
    const outcome = await healOnce(bus, state);
    expect(outcome.success).toBe(true);
    expect(state['app-service'].node_ready).toBe(true);
  });

  it('goes on to the next event after a failed one', async () => {
    const bus = new EventBus();
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      scale_memory: () => {
        throw new Error('boom');
      },
    };
    await bus.publish(event('OOMKilled'));
    await bus.publish(event('HighLatency'));
    const state = baselineState();
    const first = await healOnce(bus, state, { actions });
    const second = await healOnce(bus, state, { actions });
    expect([first.success, second.success]).toEqual([false, true]);
  });
});

describe('healer outcome contract', () => {
  it('hands on outcomes that conform to OUTCOME_SCHEMA, with and without an error', async () => {
    const ok = await healEvent(event('OOMKilled', 3), baselineState());
    expect(outcomeContractErrors(ok)).toEqual([]);
    const actions: ActionRegistry = {
      ...ACTION_REGISTRY,
      scale_memory: () => {
        throw new Error('refused');
      },
    };
    const failed = await healEvent(event('OOMKilled'), baselineState(), { actions });
    expect(failed.error).toBe('Error: refused');
    expect(outcomeContractErrors(failed)).toEqual([]);
  });

  it('names each key that breaks the schema: wrong type, missing, or not in the schema', () => {
    const errors = outcomeContractErrors({ failure_type: 'OOMKilled', success: 'yes', extra: 1 }, {
      failure_type: 'string',
      success: 'boolean',
      stream_index: 'number|null',
    });
    expect(errors).toEqual(['success is string, expected boolean', 'stream_index is undefined, expected number|null', 'extra is not in the outcome schema']);
  });

  it('refuses to hand on an outcome that breaks the schema it is given', async () => {
    const stricter = { ...OUTCOME_SCHEMA, operator: 'string' };
    await expect(healEvent(event('OOMKilled'), baselineState(), { outcomeSchema: stricter })).rejects.toThrow(
      new OutcomeContractError('healer outcome for OOMKilled breaks the outcome schema: operator is undefined, expected string'),
    );
  });
});
