// A simulated fleet: one infra state per target the loop has seen, each created healthy from
// the simulator's baseline, so a heal changes the named target only. Experiments 1-6 use the
// single `app-service` state instead (baselineState()).
import { isDeepStrictEqual } from 'node:util';
import { baselineState, type InfraState } from '../simulator/infra-state.ts';

export class Fleet {
  private readonly states = new Map<string, InfraState>();

  /** The state of `target`, created healthy the first time it is named. */
  stateFor(target: string): InfraState {
    let state = this.states.get(target);
    if (!state) {
      state = baselineState();
      this.states.set(target, state);
    }
    return state;
  }

  get size(): number {
    return this.states.size;
  }

  /** Whether any target's state differs from the healthy baseline. */
  changed(): boolean {
    const baseline = baselineState();
    for (const state of this.states.values()) if (!isDeepStrictEqual(state, baseline)) return true;
    return false;
  }
}
