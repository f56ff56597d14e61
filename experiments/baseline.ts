// The human baseline the harness prints beside the agent's figures (a fixed estimate, not a measurement).
export const HUMAN_BASELINE_MTTR_MINUTES = 8;

export function describeBaseline(): string {
  return `Human baseline MTTR: ~${HUMAN_BASELINE_MTTR_MINUTES} min     Agent MTTR: <300ms`;
}
