// Experiment 4: the full loop on synthetic K8s-style signals, each starting from its broken preset.
import { join } from 'node:path';
import { classifySignalRecord } from '../agents/k8s-watcher.ts';
import { loadRecords } from './dataset-records.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './paths.ts';
import { runScenarios } from './scenario-loop.ts';
import type { ExperimentOptions, ScenarioRow } from './types.ts';

export async function runExperiment4(options: ExperimentOptions = {}): Promise<ScenarioRow[]> {
  const records = await loadRecords(join(options.dataDir ?? DEFAULT_DATA_DIR, DATASETS.k8s));
  return runScenarios(records, { ...options, watch: classifySignalRecord });
}
