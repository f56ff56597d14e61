// Experiment 5: the full loop on the 200-record near-real noisy stream (multi-line, wrapped
// lines, decoy words), scored against ground truth.
import { join } from 'node:path';
import { streamFile } from '../data/generator.ts';
import { loadGroundTruth } from '../src/ground-truth.ts';
import { runStreamExperiment, type StreamExperimentResult } from './stream-experiment.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './paths.ts';
import type { ExperimentOptions } from './types.ts';

export const NEAR_REAL_HEALTHY = 180;

export async function runExperiment5(options: ExperimentOptions = {}): Promise<StreamExperimentResult> {
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  const groundTruth = await loadGroundTruth(join(dir, DATASETS.nearRealGroundTruth));
  return runStreamExperiment({
    ...options,
    records: streamFile(join(dir, DATASETS.nearReal)),
    groundTruth,
    healthyCount: NEAR_REAL_HEALTHY,
  });
}
