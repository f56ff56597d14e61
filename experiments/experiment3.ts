// Experiment 3: the full loop on the 100-record mixed stream, scored against ground truth.
import { join } from 'node:path';
import { streamFile } from '../data/generator.ts';
import { loadGroundTruth } from '../src/ground-truth.ts';
import { runStreamExperiment, type StreamExperimentResult } from './stream-experiment.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './paths.ts';
import type { ExperimentOptions } from './types.ts';

export const MIXED_HEALTHY = 90;

export async function runExperiment3(options: ExperimentOptions = {}): Promise<StreamExperimentResult> {
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  const groundTruth = await loadGroundTruth(join(dir, DATASETS.mixedGroundTruth));
  return runStreamExperiment({
    ...options,
    records: streamFile(join(dir, DATASETS.mixed)),
    groundTruth,
    healthyCount: MIXED_HEALTHY,
  });
}
