// lab-run: the full loop (Watcher -> bus -> Healer) over a capture, against the simulator's
// state. --dry-run decides and reports but never mutates; --record keeps the rows.
import { isDeepStrictEqual } from 'node:util';
import { replay, newCounters } from '../src/replay.ts';
import { openRecordBatches } from '../src/record-reader.ts';
import { stdoutLines } from '../src/line-writer.ts';
import { createProgress } from '../src/progress.ts';
import { FORMATS, MAX_RECORD_BYTES_HELP, STREAM_FLAGS, finishReading, parseStreamInput, rejectionReporter, whereFields } from '../src/input-options.ts';
import { newReadStats } from '../src/formats/values.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { toJson } from '../src/safe-text.ts';
import { baselineState } from '../simulator/infra-state.ts';
import { DEFAULT_GUARD_POLICY } from '../skills/guard-skills.ts';
import { loadPolicy } from '../src/guard-policy.ts';
import { Guard, DECISIONS, type DecisionKind } from '../src/guard.ts';
import { Fleet } from '../src/fleet.ts';
import { TraceWriter, traceLine, type TraceLine } from '../src/trace.ts';
import { UsageError } from '../src/errors.ts';
import { GuardStateFile } from '../src/guard-state.ts';
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
  --format FMT   ${FORMATS.join(' | ')}
                 (default: detected from the input; see observe --help)
  --target T     namespace/Kind/name for records that name none (plain text)
  --policy FILE  guard policy (JSON) overriding skills/guard-skills.ts key by key
  --pause REASON the kill switch: decide every detection \`paused\`, act on none
  --no-guards    heal every detection, one action each, against one app-service
                 state (the harness experiments' semantics)
  --trace FILE   write every decision as JSON Lines (docs/TRACE.md); the summary
                 prints its SHA-256 as trace_sha256
  --state FILE   keep the guard's memory (open incidents, cooldowns, the hourly
                 window) in this SQLite file across runs; saved before each action
                 and at the end, so a restarted run does not act again within a
                 cooldown. Without it a run starts empty.
  --follow       keep reading a growing file until interrupted (SIGINT, SIGTERM)
${MAX_RECORD_BYTES_HELP}  -h, --help     show this help

With guards (the default), detections are grouped into incidents by failure class
and owner target, each detection gets one decision (act, joined, cooldown,
rate_limited, blast_radius, awaiting_approval, rehearse, observe, denied_namespace,
inhibited, paused, escalated), and each target has its own simulated state. The
summary counts detections, incidents, actions and decisions by kind; --jsonl prints
one line per detection with stream_index, event_time (epoch seconds), incident_id,
failure_type, target, decision, reason, action, action_params, success, verify_ok
and healthy (null when nothing ran).

Without guards, each outcome names its target (namespace/Kind/name) and event_time
when the input does. Records that cannot be read as a log line or a signal are
counted on stderr.

Exit status: 0 on success, 1 on unreadable or malformed input or when no record could
be read, 2 on bad flags or a bad policy file.
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
      ...STREAM_FLAGS,
      policy: { type: 'string' },
      pause: { type: 'string' },
      'no-guards': { type: 'boolean' },
      trace: { type: 'string' },
      state: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const { input, follow, read } = parseStreamInput('lab-run', values, positionals);
  const stats = newReadStats();
  const dryRun = values['dry-run'] === true;
  const guarded = values['no-guards'] !== true;
  if (!guarded && (values.policy !== undefined || values.pause !== undefined || values.trace !== undefined || values.state !== undefined)) {
    throw new UsageError('lab-run: --no-guards cannot be combined with --policy, --pause, --trace or --state');
  }
  if (values.pause !== undefined && values.pause.trim() === '') throw new UsageError('lab-run: --pause needs a reason');
  const basePolicy = values.policy !== undefined ? loadPolicy('lab-run', values.policy) : DEFAULT_GUARD_POLICY;
  const policy = values.pause !== undefined ? { ...basePolicy, paused: values.pause } : basePolicy;
  let stateFile: GuardStateFile | null = null;
  let guard: Guard | null = null;
  const fleet = guarded ? new Fleet() : null;
  const decisions = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<DecisionKind, number>;
  let actions = 0;
  const guardedLines: TraceLine[] = [];

  const state = baselineState();
  const before = structuredClone(state);
  const counters = newCounters();
  const progress = createProgress({ enabled: io.stderrIsTTY === true, write: io.stderr, clock });
  const onRejected = rejectionReporter(input, io.stderr);
  const out = stdoutLines(io);
  const outcomes: LabOutcomeLine[] = [];

  // Reading starts before the database is touched: input that cannot be read leaves no trace.
  const abort = new AbortController();
  const stop = () => abort.abort();
  if (follow) process.once('SIGINT', stop).once('SIGTERM', stop);
  const batches = await openRecordBatches(input, {
    ...read,
    signal: abort.signal,
    stats,
    ...(io.stdin ? { stdin: io.stdin } : {}),
  });
  if (guarded) {
    stateFile = values.state !== undefined ? GuardStateFile.open(values.state) : null;
    const saved = stateFile?.load();
    const save = stateFile ? (g: Guard) => stateFile!.save(g.memory()) : undefined;
    guard = new Guard(policy, saved, save);
  }
  const trace = guarded ? await TraceWriter.open(values.trace) : null;
  const run = async (sink: RecordSink | null) => {
    const steps = replay(batches, {
      heal: true,
      ...(fleet ? { stateFor: (t: string) => fleet.stateFor(t) } : { state }),
      ...(guard ? { guard } : {}),
      dryRun,
      clock,
      counters,
      onBatch: (c) => {
        progress.tick(c);
        if (follow && guard) stateFile?.save(guard.memory());
      },
      onRejected,
    });
    for await (const step of steps) {
      const decided = traceLine(step);
      if (decided) {
        decisions[step.decision!.decision] += 1;
        if (step.decision!.decision === 'act') actions += 1;
        await trace?.add(decided);
        recordStep(sink, { failureType: step.event.failure_type, detectMs: step.detect_ms, streamIndex: step.index, target: step.target ?? null, outcome: step.outcome });
        if (values.jsonl) await out.line(toJson(decided));
        else guardedLines.push(decided);
        if (values.jsonl && follow) await out.flush();
        continue;
      }
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
    if (guard) stateFile?.save(guard.memory());
  } catch (err) {
    await trace?.abort();
    throw err;
  } finally {
    stateFile?.close();
    await out.flush();
  }
  progress.done(counters);
  const digest = await trace?.commit();
  const stateChanged = fleet ? fleet.changed() : !isDeepStrictEqual(before, state);
  if (guard) {
    const totals = { records: counters.records, detections: counters.detections, incidents: guard.incidents, actions, decisions };
    const summary = { ...totals, dry_run: dryRun, state_changed: stateChanged, trace_sha256: digest ?? null };
    if (values.jsonl) io.stderr(`${toJson(summary)}\n`);
    else io.stdout(`${toJson({ ...summary, outcomes: guardedLines }, 2)}\n`);
  } else if (values.jsonl) {
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
