// The single pass/fail gate: contract check, experiments 1-7, a console report in the
// original's layout, rows in metrics/results.db and one feedback-ledger entry per run.
// "Resolved" is the simulator's judge's verdict on the state after each heal, never the
// healer's own verification, and every heal runs on a state its failure broke first.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { runExperiment1 } from './experiments/experiment1.ts';
import { runExperiment2 } from './experiments/experiment2.ts';
import { runExperiment3 } from './experiments/experiment3.ts';
import { runExperiment4 } from './experiments/experiment4.ts';
import { runExperiment5 } from './experiments/experiment5.ts';
import { runExperiment6, type Experiment6Result } from './experiments/experiment6.ts';
import { formatCounts, runExperiment7, type Experiment7Result } from './experiments/experiment7.ts';
import { STORM_FILE_NAME } from './data/storm-dataset.ts';
import * as guardSkills from './skills/guard-skills.ts';
import { describeBaseline, medianAndMax } from './experiments/baseline.ts';
import { DATASETS, DEFAULT_DATA_DIR } from './experiments/paths.ts';
import type { LoopParts, ScenarioRow } from './experiments/types.ts';
import type { StreamExperimentResult } from './experiments/stream-experiment.ts';
import { validateContract } from './integrations/validate.ts';
import { logHarnessFeedback, type FeedbackPayload } from './metrics/feedback.ts';
import { DEFAULT_DB_PATH, Recorder, recordRun } from './metrics/recorder.ts';
import * as healerSkills from './skills/healer-skills.ts';
import * as k8sSignalSkills from './skills/k8s-signal-skills.ts';
import * as watcherSkills from './skills/watcher-skills.ts';
import { systemClock, type Clock } from './src/clock.ts';
import { InputError, RunError } from './src/errors.ts';
import { parseFlags, runIfMain, type Io } from './src/cli.ts';
import { forTerminal } from './src/safe-text.ts';

export const HARNESS_EXPERIMENTS = [
  'experiment1',
  'experiment2',
  'experiment3',
  'experiment4',
  'experiment5',
  'experiment6',
  'experiment7',
] as const;

export interface HarnessResults {
  rows1: ScenarioRow[];
  rows2: ScenarioRow[];
  summary3: StreamExperimentResult;
  rows4: ScenarioRow[];
  summary5: StreamExperimentResult;
  summary6: Experiment6Result;
  storm7: Experiment7Result;
}

/** Every heal's measured detect + decide + act, over the experiments that heal. */
export function agentMttrSamples(r: HarnessResults): number[] {
  const rows = [...r.rows2, ...r.rows4].flatMap((row) => (row.mttr_ms === undefined ? [] : [row.mttr_ms]));
  return [...rows, ...r.summary3.mttr_samples_ms, ...r.summary5.mttr_samples_ms, ...r.summary6.mixed.mttr_samples_ms];
}

const rule = (width: number) => '='.repeat(width);
const fixed0 = (n: number) => n.toFixed(0);

function scenarioTable(rows: readonly ScenarioRow[], withLoop: boolean): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    // The scenario's name comes from the dataset's labels: shown escaped, so it cannot redraw the row.
    const head = forTerminal(row.failure_type).padEnd(22) + row.result.padEnd(8);
    if (!withLoop) {
      lines.push(head + (row.detect_ms === null ? 'n/a' : fixed0(row.detect_ms)).padStart(10));
    } else if (row.detect_ms !== null && row.mttr_ms !== undefined) {
      lines.push(
        head +
          fixed0(row.detect_ms).padStart(10) +
          fixed0(row.decide_ms ?? 0).padStart(12) +
          fixed0(row.act_ms ?? 0).padStart(9) +
          fixed0(row.mttr_ms).padStart(10),
      );
    } else {
      lines.push(head);
    }
  }
  return lines;
}

function streamSummary(s: StreamExperimentResult): string[] {
  const pct = (n: number, d: number) => fixed0((100 * n) / d);
  const t = s.total_failures;
  const h = s.healthy_count;
  return [
    t ? `Detected:       ${s.detected}/${t}   (${pct(s.detected, t)}%)` : 'Detected: n/a',
    h ? `False positives: ${s.false_positives}/${h}   (${pct(s.false_positives, h)}%)` : `False positives: ${s.false_positives}`,
    t ? `Resolved:       ${s.resolved}/${t}   (${pct(s.resolved, t)}%)` : 'Resolved: n/a',
    `Avg MTTR:       ${fixed0(s.avg_mttr_ms)}ms`,
  ];
}

/** The console report, line by line, in the original harness's layout. */
export function formatReport(r: HarnessResults, dbPath: string): string[] {
  const sep = rule(39);
  const loopHeader = 'Scenario              Result   Detect(ms)  Decide(ms)  Act(ms)  MTTR(ms)';
  return [
    'GHOST - Harness Results',
    rule(72),
    '',
    'EXPERIMENT 1 - Detection Only',
    'Scenario              Result   Detect(ms)',
    sep,
    ...scenarioTable(r.rows1, false),
    '',
    'EXPERIMENT 2 - Full Autonomous Loop (Clean Failures)',
    loopHeader,
    sep,
    ...scenarioTable(r.rows2, true),
    '',
    `EXPERIMENT 3 - Full Loop (Mixed Stream, ${r.summary3.records} records, ${r.summary3.total_failures} injected failures)`,
    ...streamSummary(r.summary3),
    sep,
    'EXPERIMENT 4 - K8s-style signals (synthetic Pod/Node/Deployment)',
    loopHeader,
    sep,
    ...scenarioTable(r.rows4, true),
    sep,
    `EXPERIMENT 5 - Near-real noisy stream (${r.summary5.records} records, ${r.summary5.total_failures} injected failures)`,
    ...streamSummary(r.summary5),
    sep,
    'EXPERIMENT 6 - Healthy lines at watched severities (WARNING/ERROR)',
    `Alone (${r.summary6.alone.records} healthy records):`,
    `False positives: ${r.summary6.alone.false_positives}/${r.summary6.alone.healthy_count}   (${fixed0((100 * r.summary6.alone.false_positives) / Math.max(1, r.summary6.alone.healthy_count))}%)`,
    `Mixed (${r.summary6.mixed.records} records, ${r.summary6.mixed.total_failures} injected failures):`,
    ...streamSummary(r.summary6.mixed),
    sep,
    `EXPERIMENT 7 - Incident storm (${r.storm7.records} records, guards on, trace ${r.storm7.trace_sha256.slice(0, 12)})`,
    'Scenario              Result   Detections  Incidents  Actions  Decisions',
    sep,
    ...r.storm7.scenarios.map(
      (s) =>
        forTerminal(s.name).padEnd(22) +
        (s.pass ? 'PASS' : 'FAIL').padEnd(8) +
        String(s.detections).padStart(10) +
        String(s.incidents).padStart(11) +
        String(s.actions).padStart(9) +
        `   ${formatCounts(s.decisions)}`,
    ),
    sep,
    describeBaseline(agentMttrSamples(r)),
    sep,
    `Full results written to ${forTerminal(dbPath)}`,
  ];
}

const allPass = (rows: readonly ScenarioRow[]) => rows.length > 0 && rows.every((row) => row.result === 'PASS');
const streamPass = (s: StreamExperimentResult) =>
  s.detected === s.total_failures &&
  s.false_positives === 0 &&
  s.resolved === s.total_failures &&
  s.verified_unhealthy === 0;
const experiment6Pass = (s: Experiment6Result) => s.alone.false_positives === 0 && streamPass(s.mixed);
const experiment7Pass = (s: Experiment7Result) => s.scenarios.length > 0 && s.scenarios.every((x) => x.pass);

function stormReason(s: Experiment7Result): string | null {
  const bad = s.scenarios.find((x) => !x.pass);
  if (!bad) return s.scenarios.length > 0 ? null : 'Experiment 7 failed: no scenarios';
  if (bad.unhealthy_actions > 0) return `Experiment 7 scenario ${bad.name}: ${bad.unhealthy_actions} action(s) left the target unhealthy`;
  return `Experiment 7 scenario ${bad.name}: expected ${formatCounts(bad.expected)} over ${bad.expected_incidents} incident(s), got ${formatCounts(bad.decisions)} over ${bad.incidents}`;
}

function streamReason(n: number, s: StreamExperimentResult): string | null {
  if (streamPass(s)) return null;
  if (s.detected !== s.total_failures) return `Experiment ${n} detection incomplete (${s.detected}/${s.total_failures})`;
  if (s.false_positives !== 0) return `Experiment ${n} false positives (${s.false_positives})`;
  if (s.verified_unhealthy !== 0) {
    return `Experiment ${n} heals verified by the healer but unhealthy (${s.verified_unhealthy}; first: ${s.first_unhealthy})`;
  }
  return `Experiment ${n} resolution incomplete (${s.resolved}/${s.total_failures})`;
}

function scenarioReason(n: number, rows: readonly ScenarioRow[]): string | null {
  if (allPass(rows)) return null;
  const row = rows.find((r) => r.result !== 'PASS');
  if (!row) return `Experiment ${n} failed: no scenarios`;
  const why = row.error ?? (row.detected_as ? `detected as ${row.detected_as}` : 'failed');
  return `Experiment ${n} failed: ${row.failure_type} ${why}`;
}

/** The first failing experiment as a one-line reason, or null when all pass. */
export function failureReason(r: HarnessResults): string | null {
  const alone = r.summary6.alone;
  return (
    scenarioReason(1, r.rows1) ??
    scenarioReason(2, r.rows2) ??
    streamReason(3, r.summary3) ??
    scenarioReason(4, r.rows4) ??
    streamReason(5, r.summary5) ??
    (alone.false_positives !== 0
      ? `Experiment 6 false alarms on healthy watched lines (${alone.false_positives}/${alone.healthy_count})`
      : null) ??
    streamReason(6, r.summary6.mixed) ??
    stormReason(r.storm7)
  );
}

export function feedbackPayload(r: HarnessResults): FeedbackPayload {
  const e1 = allPass(r.rows1);
  const e2 = allPass(r.rows2);
  const e3 = streamPass(r.summary3);
  const e4 = allPass(r.rows4);
  const e5 = streamPass(r.summary5);
  const e6 = experiment6Pass(r.summary6);
  const e7 = experiment7Pass(r.storm7);
  const mttr = medianAndMax(agentMttrSamples(r));
  return {
    layers_observed: ['log_substring', 'log_mixed_stream', 'k8s_structured_signal', 'log_near_real_noisy', 'log_watched_healthy'],
    experiment1_all_pass: e1,
    experiment2_all_pass: e2,
    experiment3_all_pass: e3,
    experiment4_all_pass: e4,
    experiment5_all_pass: e5,
    experiment6_all_pass: e6,
    experiment7_all_pass: e7,
    harness_all_pass: e1 && e2 && e3 && e4 && e5 && e6 && e7,
    exp3_detected: r.summary3.detected,
    exp3_total_injected: r.summary3.total_failures,
    exp3_false_positives: r.summary3.false_positives,
    exp5_detected: r.summary5.detected,
    exp5_total_injected: r.summary5.total_failures,
    exp5_false_positives: r.summary5.false_positives,
    exp6_false_alarms_alone: r.summary6.alone.false_positives,
    exp6_detected: r.summary6.mixed.detected,
    exp6_total_injected: r.summary6.mixed.total_failures,
    exp6_false_positives: r.summary6.mixed.false_positives,
    agent_mttr_median_ms: mttr.median,
    agent_mttr_max_ms: mttr.max,
    policy_versions: {
      watcher_skills: watcherSkills.AGENT_VERSION,
      healer_skills: healerSkills.AGENT_VERSION,
      k8s_signal_skills: k8sSignalSkills.AGENT_VERSION,
      guard_skills: guardSkills.GUARD_SKILLS_VERSION,
    },
  };
}

/**
 * Run all seven experiments, writing their rows into `db` under their experiment names. `parts`
 * replaces parts of the loop (actions, decisions, verifiers, watcher, judge), which is how a
 * fault is injected to show a bar failing.
 */
export async function runAllExperiments(
  db: DatabaseSync,
  dataDir: string,
  clock: Clock,
  parts: LoopParts = {},
): Promise<HarnessResults> {
  const sink = (name: string) => new Recorder(db, name, clock);
  const base = { ...parts, dataDir, clock };
  const rows1 = await runExperiment1({ ...base, sink: sink('experiment1') });
  const rows2 = await runExperiment2({ ...base, sink: sink('experiment2') });
  const summary3 = await runExperiment3({ ...base, sink: sink('experiment3') });
  const rows4 = await runExperiment4({ ...base, sink: sink('experiment4') });
  const summary5 = await runExperiment5({ ...base, sink: sink('experiment5') });
  const summary6 = await runExperiment6({ ...base, sink: sink('experiment6') });
  const storm7 = await runExperiment7({ ...base, sink: sink('experiment7') });
  return { rows1, rows2, summary3, rows4, summary5, summary6, storm7 };
}

const SEED_HINT = 'run `npm run seed` to write the datasets';
const RECORD_DATASETS = [DATASETS.clean, DATASETS.mixed, DATASETS.k8s, DATASETS.nearReal, STORM_FILE_NAME] as const;
const GROUND_TRUTH_DATASETS = [DATASETS.mixedGroundTruth, DATASETS.nearRealGroundTruth] as const;

/**
 * Reads every dataset once, with the experiments' own readers, before the database is opened,
 * so bad data never leaves a new database behind (deleting one afterwards could pull it from
 * under a concurrent run). A missing or empty file means seeding never ran or was cut short,
 * which the reader alone would take for zero records. Only regular files are read ahead: a
 * pipe can be read once.
 */
export function checkDatasets(dataDir: string): void {
  const dir = statSync(dataDir, { throwIfNoEntry: false });
  if (!dir) throw new InputError(dataDir, undefined, `no such data directory; ${SEED_HINT}`);
  if (!dir.isDirectory()) throw new InputError(dataDir, undefined, 'is not a directory');
  // Presence only: each experiment parses its own files, and a run is staged apart from the
  // database, so a file that turns out bad half-way still leaves the database untouched.
  for (const name of [...RECORD_DATASETS, ...GROUND_TRUTH_DATASETS]) {
    const file = join(dataDir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw new InputError(file, undefined, `no such file; ${SEED_HINT}`);
    if (stat.isDirectory()) throw new InputError(file, undefined, 'is a directory');
    if (stat.isFile() && stat.size === 0) throw new InputError(file, undefined, `empty file; ${SEED_HINT}`);
  }
}

const HELP = `Usage: harness [--data DIR] [--db FILE]

Runs the contract check and experiments 1-7 on the seeded datasets (run \`npm run seed\`
first), prints the report, records rows in the results database and appends one entry to
the feedback ledger. Exits 0 when every experiment passes, 1 with a one-line reason when
one fails or its data cannot be read.

  --data DIR   dataset directory (default: data/)
  --db FILE    results database (default: metrics/results.db)
  -h, --help   show this help
`;

export async function main(argv: string[], io: Io, clock: Clock = systemClock, parts: LoopParts = {}): Promise<number> {
  const { values } = parseFlags('harness', argv, {
    data: { type: 'string' },
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const contract = validateContract();
  for (const line of contract.messages) io.stderr(`${line}\n`);
  if (!contract.ok) throw new RunError('Integration contract validation failed (integrations/validate.ts)');

  const dbPath = values.db ?? DEFAULT_DB_PATH;
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  checkDatasets(dataDir);
  // Build the new run apart and swap it in at the end: a run that dies half-way leaves the
  // previous run's rows, and the ledger, exactly as they were.
  const { results, runId } = await recordRun(dbPath, HARNESS_EXPERIMENTS, async (db) => {
    const results = await runAllExperiments(db, dataDir, clock, parts);
    const runId = logHarnessFeedback(db, feedbackPayload(results), clock);
    return { results, runId };
  });
  const shownPath = values.db ?? 'metrics/results.db';
  io.stdout(`${formatReport(results, shownPath).join('\n')}\n`);
  io.stdout(`Feedback ledger run_id: ${runId}  (table: feedback_rows)\n`);
  const reason = failureReason(results);
  if (reason) throw new RunError(reason);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
