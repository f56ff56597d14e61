// `npm run seed`: write the seven synthetic datasets for a seed, byte-identical to the original
// generator's files, then the watched-severity datasets, and print the summary.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { UsageError, openUserFile } from '../src/errors.ts';
import { dumpsPython } from '../src/py-json.ts';
import { buildStormDataset, STORM_FILE_NAME } from './storm-dataset.ts';
import { writeFileAtomic } from '../src/atomic-file.ts';
import { buildDatasets, type SeedSummary } from './seed-datasets.ts';

const COMMAND = 'seed';
const DEFAULT_SEED = 42;
const DEFAULT_OUT = dirname(fileURLToPath(import.meta.url));

const HELP = `Usage: node data/seed.ts [--seed N] [--out DIR]

Write the synthetic datasets (the same bytes as the original's data/seed.py for that seed).

  --seed N    integer seed, any size or sign (default ${DEFAULT_SEED})
  --out DIR   directory to write into, created if missing (default: this data/ directory)
  -h, --help  show this help
`;

/**
 * Python's int() for ASCII input: optional sign, digits with single underscores between them,
 * surrounding whitespace. Seeds beyond 2**53 stay exact as bigints.
 */
export function parseSeed(value: string | undefined): number | bigint {
  if (value === undefined) return DEFAULT_SEED;
  const trimmed = value.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(trimmed)) {
    throw new UsageError(`${COMMAND}: --seed expects an integer, got ${JSON.stringify(value)}`);
  }
  const big = BigInt(trimmed.replaceAll('_', '').replace(/^\+/, ''));
  const asNumber = Number(big);
  return Number.isSafeInteger(asNumber) ? asNumber : big;
}

/** The original's summary block, one entry per line. */
export function summaryLines(summary: SeedSummary, outLabel: string): string[] {
  const sep = '='.repeat(39);
  const s = summary;
  return [
    'GHOST POC - Synthetic Data Generation',
    sep,
    `Random seed:         ${s.seed}`,
    sep,
    `clean_failures.json       ${s.cleanFailures} records   ${s.cleanFailures} failure events`,
    `healthy_baseline.json    ${s.healthyBaseline} records   0 failure events`,
    `mixed_stream.json       ${s.mixedRecords} records  ${s.mixedFailures} failure events`,
    `mixed_stream_ground_truth.json  ${s.mixedGroundTruth} entries`,
    `k8s_clean_signals.json      ${s.k8sSignals} records   ${s.k8sSignals} K8s-style signal scenarios`,
    `near_real_stream.json     ${s.nearRealRecords} records  ${s.nearRealInjected} injected failures (noisy / multi-line)`,
    `near_real_ground_truth.json  ${s.nearRealGroundTruth} entries`,
    `watched_healthy.json      ${s.watchedHealthy} records   0 failure events (WARNING/ERROR healthy lines)`,
    `watched_mixed_stream.json  ${s.watchedMixedRecords} records  ${s.watchedMixedFailures} failure events`,
    `watched_mixed_ground_truth.json  ${s.watchedMixedGroundTruth} entries`,
    sep,
    'Healthy baseline assertion: PASSED - zero failure patterns in healthy set',
    `All files written to ${outLabel}`,
  ];
}

/** argparse takes `--seed -3` as a negative seed; parseArgs would call it ambiguous. */
function joinNegativeSeed(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === '--seed' && next !== undefined && /^-\d[\d_]*$/.test(next)) {
      out.push(`--seed=${next}`);
      i++;
    } else {
      out.push(argv[i]!);
    }
  }
  return out;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(COMMAND, joinNegativeSeed(argv), {
    seed: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const seed = parseSeed(values.seed);
  const outDir = resolve(values.out ?? DEFAULT_OUT);

  // Everything is generated (and the healthy checks pass) before the first file is touched.
  const { datasets, watched, summary } = buildDatasets(seed);
  openUserFile(outDir, 'output directory', () => mkdirSync(outDir, { recursive: true }));
  for (const { file, records } of [...datasets, ...watched]) {
    await writeFileAtomic(join(outDir, file), dumpsPython(records, 2));
  }
  const storm = buildStormDataset(seed);
  await writeFileAtomic(join(outDir, STORM_FILE_NAME), dumpsPython(storm, 2));

  // The original always says data/; name the real directory when it is somewhere else.
  const outLabel = outDir === DEFAULT_OUT ? 'data/' : join(values.out ?? outDir, '/');
  const lines = summaryLines(summary, outLabel);
  // The storm goes after the originals' block, which keeps its layout.
  lines.splice(lines.length - 3, 0, `${STORM_FILE_NAME}         ${storm.length} records  incident storm scenarios (experiment 7)`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

runIfMain(import.meta.url, main);
