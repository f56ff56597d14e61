// Experiment 2: the full loop on each clean log failure, infra broken afresh per scenario.
import { join } from 'node:path';
import { classifyLogRecord } from '../agents/watcher.ts';
import { loadRecords } from './dataset-records.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './paths.ts';
import { runScenarios } from './scenario-loop.ts';
import type { ExperimentOptions, ScenarioRow } from './types.ts';

export async function runExperiment2(options: ExperimentOptions = {}): Promise<ScenarioRow[]> {
  const records = await loadRecords(join(options.dataDir ?? DEFAULT_DATA_DIR, DATASETS.clean));
  return runScenarios(records, { ...options, watch: classifyLogRecord });
}
