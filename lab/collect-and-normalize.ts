// collect-and-normalize: the lab pipeline end to end. Collects a capture, normalizes it and
// replays it with --record, through the same functions the three tools run.
import { join } from 'node:path';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { toJson } from '../src/safe-text.ts';
import { DEFAULT_DB_PATH } from '../metrics/recorder.ts';
import {
  CAPTURE_FILES,
  DEFAULT_OUT_ROOT,
  RUN_FLAGS,
  collectionStart,
  collectLabData,
} from '../tools/collect-k8s-lab-data.ts';
import { normalizeCapture, type NormalizeSummary } from '../tools/normalize-external-capture.ts';
import { replayCapture } from '../tools/run-external-replay.ts';
import type { ExternalReplaySummary } from '../experiments/external.ts';
import { checkPrerequisites, createRunner, quoteArg, type CommandRunner } from '../src/command-runner.ts';
import {
  CLUSTER_FLAG,
  DEFAULT_CLUSTER,
  DEFAULT_NAMESPACE,
  DEFAULT_SELECTOR,
  NAMESPACE_FLAG,
  PRINT_AND_HELP_FLAGS,
  SELECTOR_FLAG,
  checkLabTarget,
  kindContext,
} from './lab-defaults.ts';

export const PREREQUISITES = ['kubectl'] as const;
export const NORMALIZED_FILE = 'normalized.json';
export const GROUND_TRUTH_FILE = 'ground_truth.json';

const HELP = `Usage: collect-and-normalize [options]

Collects the lab namespace's events and pod logs into data/external/runs/<run-id>/,
normalizes them (normalized.json, ground_truth.json) and replays the result with
--record. Needs kubectl on PATH. Stops at the first step that fails.

  --cluster NAME    kind cluster (default: ${DEFAULT_CLUSTER}; kubectl context kind-NAME)
  --namespace NS    namespace to read (default: ${DEFAULT_NAMESPACE})
  --selector SEL    pods whose logs to keep (default: ${DEFAULT_SELECTOR})
  --run-id ID       capture folder name (default: the UTC time, e.g. 20261124T181500Z)
  --out-root DIR    where capture folders go (default: data/external/runs)
  --db FILE         results database (default: metrics/results.db)
  --print           show every command and step without running any
  -h, --help        show this help

Prints one JSON object: run_dir, normalize (its summary) and replay (its summary).

Exit status: 0 on success, 1 when kubectl is missing, a command fails or the capture
is malformed, 2 on bad flags or a bad run id.
`;

export interface PipelineOptions {
  cluster: string;
  namespace: string;
  selector: string;
  runId: string;
  outRoot: string;
  db: string;
}

export interface PipelineResult {
  run_dir: string;
  normalize: NormalizeSummary;
  replay: ExternalReplaySummary;
}

const cli = (...words: string[]) => words.map(quoteArg).join(' ');

export async function collectAndNormalize(
  options: PipelineOptions,
  runner: CommandRunner,
  clock: Clock = systemClock,
): Promise<PipelineResult | null> {
  checkLabTarget('collect-and-normalize', options);
  const runDir = await collectLabData(
    { namespace: options.namespace, selector: options.selector, runId: options.runId, outRoot: options.outRoot, context: kindContext(options.cluster) },
    runner,
    clock,
  );
  const paths = {
    events: join(runDir, CAPTURE_FILES.events),
    logs: join(runDir, CAPTURE_FILES.logs),
    outRecords: join(runDir, NORMALIZED_FILE),
    outGt: join(runDir, GROUND_TRUTH_FILE),
  };
  if (runner.printing) {
    runner.note(`then, in-process: ${cli('normalize', '--events', paths.events, '--logs', paths.logs, '--out-records', paths.outRecords, '--out-gt', paths.outGt)}`);
    runner.note(`then, in-process: ${cli('replay', '--data', paths.outRecords, '--ground-truth', paths.outGt, '--record', '--db', options.db)}`);
    return null;
  }
  const normalize = await normalizeCapture(paths);
  const replay = await replayCapture({ data: paths.outRecords, groundTruth: paths.outGt, recordTo: options.db, clock });
  return { run_dir: runDir, normalize, replay };
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock): Promise<number> {
  const { values } = parseFlags('collect-and-normalize', argv, {
    ...CLUSTER_FLAG,
    ...NAMESPACE_FLAG,
    ...SELECTOR_FLAG,
    ...RUN_FLAGS,
    db: { type: 'string', default: DEFAULT_DB_PATH },
    ...PRINT_AND_HELP_FLAGS,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const { print, runId } = collectionStart(values, clock);
  checkLabTarget('collect-and-normalize', values);
  if (!print) checkPrerequisites(PREREQUISITES);
  const result = await collectAndNormalize(
    {
      cluster: values.cluster,
      namespace: values.namespace,
      selector: values.selector,
      runId,
      outRoot: values['out-root'],
      db: values.db,
    },
    createRunner({ print, write: io.stdout, trace: io.stderr }),
    clock,
  );
  if (result) io.stdout(`${toJson(result, 2)}\n`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
