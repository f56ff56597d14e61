// Where the seeded datasets live; experiments take a data directory so tests can point
// them at a temporary copy.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';

export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, 'data');

export const DATASETS = {
  clean: 'clean_failures.json',
  mixed: 'mixed_stream.json',
  mixedGroundTruth: 'mixed_stream_ground_truth.json',
  k8s: 'k8s_clean_signals.json',
  nearReal: 'near_real_stream.json',
  nearRealGroundTruth: 'near_real_ground_truth.json',
  watchedHealthy: 'watched_healthy.json',
  watchedMixed: 'watched_mixed_stream.json',
  watchedMixedGroundTruth: 'watched_mixed_ground_truth.json',
} as const;
