// lab-run: the full loop (Watcher -> bus -> Healer) over a capture, against the simulator's
// state. --dry-run decides and reports but never mutates; --record keeps the rows.
import { isDeepStrictEqual } from 'node:util';
import { replay, newCounters } from '../src/replay.ts';
import { openRecordBatches } from '../src/record-reader.ts';
import { stdoutLines } from '../src/line-writer.ts';
import { createProgress } from '../src/progress.ts';
import { finishReading, parseFormat, parseTargetFlag, rejectionReporter, singleInput, whereFields } from '../src/input-options.ts';
import { newReadStats } from '../src/formats/values.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { toJson } from '../src/safe-text.ts';
import { baselineState } from '../simulator/infra-state.ts';
import { DEFAULT_DB_PATH, recordExperiment } from '../metrics/recorder.ts';
import { recordStep, type RecordSink } from '../src/record-sink.ts';

export const LAB_RUN_EXPERIMENT = 'lab_run';

const HELP = `Usage: lab-run [options] FILE|-

Streams a capture through the whole loop (Watcher, event bus, Healer) against the
simulated infra state and prints a JSON summary: records, detections, dry_run,
state_changed and one entry per outcome.

  --dry-run      choose actions but never run them (state stays untouched)
  --jsonl        print one outcome per line as it happens instead of one summary
                 (for large inputs: nothing accumulates in memory)
  --record       write detections and outcomes to the results database under
                 experiment "${LAB_RUN_EXPERIMENT}" (replacing the previous lab_run rows)
  --db FILE      results database for --record (default: metrics/results.db)
  --format FMT   json | jsonl | text | cri | k8s | docker | fluentbit | vector | loki
                 (default: detected from the input; see observe --help)
  --target T     namespace/Kind/name for records that name none (plain text)
  -h, --help     show this help

Each outcome names its target (namespace/Kind/name) and event_time when the input
does. Records that cannot be read as a log line or a signal are counted on stderr.

Exit status: 0 on success, 1 on unreadable or malformed input or when no record could
be read, 2 on bad flags.
`;

export interface LabOutcomeLine {
  index: number;
  failure_type: string;
  action_taken: string;
  success: boolean;
  mttr_ms: number;
  dry_run: boolean;
  target?: string;
  event_time?: string;
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock): Promise<number> {
  const { values, positionals } = parseFlags(
    'lab-run',
    argv,
    {
      'dry-run': { type: 'boolean' },
      jsonl: { type: 'boolean' },
      record: { type: 'boolean' },
      db: { type: 'string' },
      format: { type: 'string' },
      target: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = parseFormat('lab-run', values.format);
  const input = singleInput('lab-run', positionals);
  const target = parseTargetFlag('lab-run', values.target);
  const stats = newReadStats();
  const dryRun = values['dry-run'] === true;

  const state = baselineState();
  const before = structuredClone(state);
  const counters = newCounters();
  const progress = createProgress({ enabled: io.stderrIsTTY === true, write: io.stderr, clock });
  const onRejected = rejectionReporter(input, io.stderr);
  const out = stdoutLines(io);
  const outcomes: LabOutcomeLine[] = [];

  // Reading starts before the database is touched: input that cannot be read leaves no trace.
  const batches = await openRecordBatches(input, {
    ...(format ? { format } : {}),
    ...(target ? { target } : {}),
    stats,
    ...(io.stdin ? { stdin: io.stdin } : {}),
  });
  const run = async (sink: RecordSink | null) => {
    const steps = replay(batches, { heal: true, state, dryRun, clock, counters, onBatch: (c) => progress.tick(c), onRejected });
    for await (const step of steps) {
      const outcome = step.outcome;
      if (!outcome || step.mttr_ms === null) continue;
      recordStep(sink, { failureType: outcome.failure_type, detectMs: step.detect_ms, streamIndex: step.index, target: step.target ?? null, outcome });
      const line: LabOutcomeLine = {
        index: step.index,
        failure_type: outcome.failure_type,
        action_taken: outcome.action_taken,
        success: outcome.success,
        mttr_ms: step.mttr_ms,
        dry_run: outcome.dry_run,
        ...whereFields(step),
      };
      if (values.jsonl) await out.line(toJson(line));
      else outcomes.push(line);
    }
  };

  try {
    if (values.record) {
      const dbPath = values.db ?? DEFAULT_DB_PATH;
      // All rows of this run land together at the end, or none do.
      await recordExperiment(dbPath, LAB_RUN_EXPERIMENT, { clock, meta: JSON.stringify({ input, dry_run: dryRun }) }, run);
    } else {
      await run(null);
    }
  } finally {
    await out.flush();
  }
  progress.done(counters);
  const stateChanged = !isDeepStrictEqual(before, state);
  if (values.jsonl) {
    io.stderr(
      `records: ${counters.records}, detections: ${counters.detections}, dry_run: ${dryRun}, state_changed: ${stateChanged}\n`,
    );
  } else {
    const summary = { records: counters.records, detections: counters.detections, dry_run: dryRun, state_changed: stateChanged, outcomes };
    io.stdout(`${toJson(summary, 2)}\n`);
  }
  return finishReading('lab-run', input, stats, io.stderr);
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
