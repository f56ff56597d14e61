// Experiment 5: the full loop on the 200-record near-real noisy stream (multi-line, wrapped
// lines, decoy words), scored against ground truth.
import { runSeededStream, type StreamExperimentResult } from './stream-experiment.ts';
import { DATASETS } from './paths.ts';
import type { ExperimentOptions } from './types.ts';

export const NEAR_REAL_HEALTHY = 180;

export function runExperiment5(options: ExperimentOptions = {}): Promise<StreamExperimentResult> {
  return runSeededStream(DATASETS.nearReal, DATASETS.nearRealGroundTruth, NEAR_REAL_HEALTHY, options);
}
