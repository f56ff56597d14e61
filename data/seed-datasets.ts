// The synthetic datasets, built from one seed exactly as the original's generator builds them:
// same tables, same PyRandom draws in the same order (retry loops included), same key order.
// Any reordering of a draw changes every record after it, so the flow below mirrors the
// original step by step rather than being restructured. How each record is drawn is in
// data/seed-records.ts; the tables are in data/seed-templates.ts.
import { PyRandom } from '../src/py-random.ts';
import { type PyFloat, pyFloat } from '../src/py-json.ts';
import { RunError } from '../src/errors.ts';
import { anyPatternMatches } from '../skills/watcher-skills.ts';
import { K8S_SIGNAL_SCENARIOS, type SeedRecord } from './seed-templates.ts';
import {
  assertHealthyBaseline,
  decisionReason,
  failureCatalog,
  failureCatalogN,
  groundTruth,
  interleave,
  makeHealthyRecord,
  makeNearRealHealthyRecord,
  makeWatchedHealthyRecord,
  messageOf,
  pickCleanFailures,
  watchedFailures,
} from './seed-records.ts';

export type { SeedRecord, SeedValue } from './seed-templates.ts';

export const SEED_FILE_NAMES = [
  'clean_failures.json',
  'healthy_baseline.json',
  'mixed_stream.json',
  'mixed_stream_ground_truth.json',
  'k8s_clean_signals.json',
  'near_real_stream.json',
  'near_real_ground_truth.json',
] as const;
export type SeedFileName = (typeof SEED_FILE_NAMES)[number];

/**
 * Healthy lines at the watched severities, alone and mixed with failures: written after the
 * seven originals, from a random stream of their own, so those stay the original's bytes.
 */
export const WATCHED_FILE_NAMES = [
  'watched_healthy.json',
  'watched_mixed_stream.json',
  'watched_mixed_ground_truth.json',
] as const;
export type WatchedFileName = (typeof WATCHED_FILE_NAMES)[number];

export interface SeedDataset {
  file: SeedFileName | WatchedFileName;
  records: readonly SeedRecord[];
}

export interface SeedSummary {
  seed: number | bigint;
  cleanFailures: number;
  healthyBaseline: number;
  mixedRecords: number;
  mixedFailures: number;
  mixedGroundTruth: number;
  k8sSignals: number;
  nearRealRecords: number;
  nearRealInjected: number;
  nearRealGroundTruth: number;
  watchedHealthy: number;
  watchedMixedRecords: number;
  watchedMixedFailures: number;
  watchedMixedGroundTruth: number;
}

export interface SeedOutput {
  /** In the order the original writes them. */
  datasets: readonly SeedDataset[];
  /** The watched-severity datasets, written after the seven. */
  watched: readonly SeedDataset[];
  summary: SeedSummary;
}

const NEAR_REAL_SIZE = 200;
const NEAR_REAL_INJECTED = 20;
const MIXED_SIZE = 100;
const MIXED_INJECTED = 10;

function buildNearRealStream(rng: PyRandom): { stream: SeedRecord[]; truth: SeedRecord[] } {
  const failures = failureCatalogN(rng, NEAR_REAL_INJECTED);
  const healthy = Array.from({ length: NEAR_REAL_SIZE - NEAR_REAL_INJECTED }, (_, i) =>
    makeNearRealHealthyRecord(rng, 7000 + i),
  );
  const stream = interleave(rng, NEAR_REAL_SIZE, NEAR_REAL_INJECTED, failures, healthy);
  return { stream, truth: groundTruth(stream) };
}

const WATCHED_HEALTHY_SIZE = 60;
const WATCHED_MIXED_SIZE = 100;
/** Offsets the watched datasets' random stream from the originals' for the same seed. */
const WATCHED_STREAM_OFFSET = 0x5eed_0006n;

/** The watched-severity datasets for `seed`, from their own random stream. */
function buildWatchedDatasets(seed: number | bigint): { datasets: SeedDataset[]; failures: number } {
  const rng = new PyRandom(BigInt(seed) + WATCHED_STREAM_OFFSET);
  const healthy = Array.from({ length: WATCHED_HEALTHY_SIZE }, (_, i) => makeWatchedHealthyRecord(rng, i));
  const failures = watchedFailures(rng);
  const healthyForMix = Array.from({ length: WATCHED_MIXED_SIZE - failures.length }, (_, i) =>
    makeWatchedHealthyRecord(rng, 1000 + i),
  );
  const mixed = interleave(rng, WATCHED_MIXED_SIZE, failures.length, failures, healthyForMix);
  return {
    datasets: [
      { file: 'watched_healthy.json', records: healthy },
      { file: 'watched_mixed_stream.json', records: mixed },
      { file: 'watched_mixed_ground_truth.json', records: groundTruth(mixed) },
    ],
    failures: failures.length,
  };
}

/** The seven datasets for `seed`, identical to the original generator's output for that seed, then the watched-severity ones. */
export function buildDatasets(seed: number | bigint): SeedOutput {
  const rng = new PyRandom(seed);

  const clean = pickCleanFailures(seed).map((rec, i) => ({
    ...rec,
    id: `clean-${i}`,
    timestamp: pyFloat(i + rng.random()),
  }));

  const healthy = Array.from({ length: 50 }, (_, i) => makeHealthyRecord(rng, i));
  assertHealthyBaseline(healthy);

  const failures = failureCatalog(rng);
  const healthyForMix = Array.from({ length: MIXED_SIZE - MIXED_INJECTED }, (_, i) => makeHealthyRecord(rng, 1000 + i));
  const mixed = interleave(rng, MIXED_SIZE, MIXED_INJECTED, failures, healthyForMix);
  const mixedTruth = groundTruth(mixed);

  const k8sClean = K8S_SIGNAL_SCENARIOS.map((rec, i) => ({
    ...rec,
    id: `k8s-clean-${i}`,
    timestamp: pyFloat(200 + i + rng.random()),
  }));

  const near = buildNearRealStream(rng);
  for (const rec of near.stream) {
    if (decisionReason(rec) !== null) continue;
    if (anyPatternMatches(messageOf(rec))) {
      throw new RunError(`Near-real stream: healthy slot matched a failure pattern: ${JSON.stringify(messageOf(rec))}`);
    }
  }

  const records: Record<SeedFileName, readonly SeedRecord[]> = {
    'clean_failures.json': clean,
    'healthy_baseline.json': healthy,
    'mixed_stream.json': mixed,
    'mixed_stream_ground_truth.json': mixedTruth,
    'k8s_clean_signals.json': k8sClean,
    'near_real_stream.json': near.stream,
    'near_real_ground_truth.json': near.truth,
  };
  // After the seven, so nothing drawn for them moves.
  const watched = buildWatchedDatasets(seed);
  const watchedCount = (file: WatchedFileName) => watched.datasets.find((d) => d.file === file)?.records.length ?? 0;
  return {
    datasets: SEED_FILE_NAMES.map((file) => ({ file, records: records[file] })),
    watched: watched.datasets,
    summary: {
      seed,
      cleanFailures: clean.length,
      healthyBaseline: healthy.length,
      mixedRecords: mixed.length,
      mixedFailures: failures.length,
      mixedGroundTruth: mixedTruth.length,
      k8sSignals: k8sClean.length,
      nearRealRecords: near.stream.length,
      nearRealInjected: NEAR_REAL_INJECTED,
      nearRealGroundTruth: near.truth.length,
      watchedHealthy: watchedCount('watched_healthy.json'),
      watchedMixedRecords: watchedCount('watched_mixed_stream.json'),
      watchedMixedFailures: watched.failures,
      watchedMixedGroundTruth: watchedCount('watched_mixed_ground_truth.json'),
    },
  };
}
