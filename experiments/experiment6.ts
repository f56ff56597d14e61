// Experiment 6: healthy lines at the watched severities (WARNING and ERROR), first alone,
// then mixed with injected log failures and K8s signals. The false-alarm bar can fail here:
// in experiments 3 and 5 every healthy line is INFO, which the watcher never reads.
import { join } from 'node:path';
import { streamFile } from './dataset-records.ts';
import { loadGroundTruth } from '../src/ground-truth.ts';
import { runStreamExperiment, type StreamExperimentResult } from './stream-experiment.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './paths.ts';
import type { ExperimentOptions } from './types.ts';

export interface Experiment6Result {
  /** Healthy watched lines only: every detection is a false alarm. */
  alone: StreamExperimentResult;
  /** The same kind of lines with failures injected, scored against ground truth. */
  mixed: StreamExperimentResult;
}

export async function runExperiment6(options: ExperimentOptions = {}): Promise<Experiment6Result> {
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  const alone = await runStreamExperiment({
    ...options,
    records: streamFile(join(dir, DATASETS.watchedHealthy)),
    groundTruth: [],
    healthyCount: null,
  });
  const mixed = await runStreamExperiment({
    ...options,
    records: streamFile(join(dir, DATASETS.watchedMixed)),
    groundTruth: await loadGroundTruth(join(dir, DATASETS.watchedMixedGroundTruth)),
    healthyCount: null,
  });
  return { alone, mixed };
}
