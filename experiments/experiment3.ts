// Experiment 3: the full loop on the 100-record mixed stream, scored against ground truth.
import { runSeededStream, type StreamExperimentResult } from './stream-experiment.ts';
import { DATASETS } from './paths.ts';
import type { ExperimentOptions } from './types.ts';

export const MIXED_HEALTHY = 90;

export function runExperiment3(options: ExperimentOptions = {}): Promise<StreamExperimentResult> {
  return runSeededStream(DATASETS.mixed, DATASETS.mixedGroundTruth, MIXED_HEALTHY, options);
}
