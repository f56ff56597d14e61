// The data behind the HTML report (and `report --json`): read from the results database,
// column by column as the tables have them, so experiments and columns added later show up
// without a change here. Per-class quality is scored with the one scorer (src/score.ts)
// against the ground truth each run names.
import { isAbsolute, join, relative } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { HUMAN_BASELINE_MTTR_MINUTES } from '../experiments/baseline.ts';
import { DATASETS } from '../experiments/paths.ts';
import { groundTruthEntry, labelOf, loadGroundTruth } from '../src/ground-truth.ts';
import { readRecords } from '../src/record-reader.ts';
import { createScorer } from '../src/score.ts';
import type { ReplayStep } from '../src/replay.ts';
import type { GroundTruthEntry } from '../src/types.ts';
import { InputError } from '../src/errors.ts';
import { isPlainObject } from '../src/value-kinds.ts';

/** The bars the harness holds its stream experiments to, as shares; actions per incident aims at one. */
export const TARGETS = { recall: 1, precision: 1, resolved: 1, actions_per_incident: 1 } as const;

export const HUMAN_BASELINE_MS = HUMAN_BASELINE_MTTR_MINUTES * 60_000;

/** The labelled scenarios of the harness's detection-only experiment, in the data directory. */
export const HARNESS_SCENARIOS: Readonly<Record<string, string>> = { experiment1: DATASETS.clean };

/** Ground truth of the harness's stream experiments, in the data directory. */
export const HARNESS_GROUND_TRUTH: Readonly<Record<string, string>> = {
  experiment3: DATASETS.mixedGroundTruth,
  experiment5: DATASETS.nearRealGroundTruth,
};

const HARNESS_NAME = /^experiment(\d+)$/;

export interface RunInfo {
  run_id: string;
  created: string;
  harness_all_pass: boolean | null;
  policy_versions: Record<string, string>;
  /** Whether results.db still holds this run's detection and outcome rows (only the latest run's are kept). */
  rows_available: boolean;
}

export interface ExperimentBar {
  name: string;
  pass: boolean | null;
  /** Share of the experiment's checks met, 0-1, when the run recorded one. */
  share: number | null;
  figure: string;
}

export interface ClassQuality {
  failure_type: string;
  expected: number;
  detected_right: number;
  false_positives: number;
  recall: number;
  precision: number;
  resolved: number;
  resolved_share: number;
  actions_per_incident: number | null;
}

export interface ClassBlock {
  experiment: string;
  ground_truth: string;
  /** Why there are no classes, when there are none. */
  note: string | null;
  classes: ClassQuality[];
}

export interface TimelinePointData {
  lane: string;
  x: number;
  mark: 'detection' | 'action-ok' | 'action-failed' | 'held';
  stream_index: number | null;
  detail: string;
}

export interface TimelineBlock {
  experiment: string;
  recorded: string | null;
  meta: unknown;
  x_axis: string;
  lanes: string[];
  points: TimelinePointData[];
  /** Marks the run recorded; more than `points` when a long run was thinned to MAX_TIMELINE_POINTS. */
  points_total: number;
  /** How the marks were thinned, or null when every mark is drawn. */
  thinned: string | null;
  guard_decisions_recorded: boolean;
}

/** Marks per timeline at most, so a long replay still makes a page a browser opens quickly. */
export const MAX_TIMELINE_POINTS = 3000;

export interface Timings {
  experiments: string[];
  detect_ms: number[];
  decide_ms: number[];
  act_ms: number[];
  /** Per heal: its detection's time plus its decide and act times (measured, as the harness reports it). */
  mttr_ms: number[];
  /** The harness run's own measured MTTR from the feedback ledger, when it recorded one. */
  ledger_mttr: { median_ms: number; max_ms: number } | null;
  human_baseline_ms: number;
  human_baseline_note: string;
}

export interface HistoryEntry {
  run_id: string;
  created: string;
  harness_all_pass: boolean | null;
  experiments: Record<string, boolean>;
  figures: Record<string, number>;
  policy_versions: Record<string, string>;
  /** Set when the payload could not be read. */
  problem: string | null;
}

export interface ReportData {
  database: string;
  run: RunInfo | null;
  experiments: ExperimentBar[];
  per_class: ClassBlock[];
  timelines: TimelineBlock[];
  timings: Timings;
  history: HistoryEntry[];
  /** One sentence per thing the database does not hold yet, with the command that records it. */
  missing: string[];
}

export interface ReportOptions {
  /** The database's path, for messages. */
  dbPath: string;
  /** A feedback-ledger run id; the latest run when absent. */
  runId?: string | undefined;
  /** Where the harness's ground truth lives (default: data/). */
  dataDir: string;
  /** The tables' columns, read beforehand when the connection may read rows only. */
  columns?: TableColumns;
}

type Row = Record<string, unknown>;

/** The columns each of GHOST's tables has in this database (empty for a table it lacks). */
export type TableColumns = Readonly<Record<string, ReadonlySet<string>>>;

const REPORT_TABLES = ['feedback_rows', 'detection_rows', 'outcome_rows', 'experiment_runs'] as const;

/** Read the tables' columns (before the connection is limited to reading rows). */
export function readColumns(db: DatabaseSync): TableColumns {
  const out: Record<string, Set<string>> = {};
  for (const table of REPORT_TABLES) {
    const rows = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
    out[table] = new Set(rows.map((r) => r.name));
  }
  return out;
}

/** Every row of `table` with the wanted columns that exist (others read as undefined), in id order. */
function readTable(db: DatabaseSync, schema: TableColumns, table: string, wanted: readonly string[]): Row[] {
  const have = schema[table] ?? new Set<string>();
  const list = wanted.filter((c) => have.has(c));
  if (list.length === 0) return [];
  const order = have.has('id') ? ' ORDER BY id' : '';
  return db.prepare(`SELECT ${list.join(', ')} FROM ${table}${order}`).all() as Row[];
}

/** A path as the reader would type it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const iso = (seconds: unknown): string => {
  const n = num(seconds);
  return n === null ? 'unknown time' : new Date(n * 1000).toISOString().replace('.000Z', 'Z');
};

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function historyEntry(row: Row): HistoryEntry {
  const payload = parseJson(row['payload_json']);
  const entry: HistoryEntry = {
    run_id: String(row['run_id']),
    created: iso(row['created']),
    harness_all_pass: null,
    experiments: {},
    figures: {},
    policy_versions: {},
    problem: null,
  };
  if (!isPlainObject(payload)) {
    entry.problem = 'payload is not a JSON object';
    return entry;
  }
  for (const [key, value] of Object.entries(payload)) {
    const pass = /^(experiment\d+)_all_pass$/.exec(key);
    if (pass?.[1] && typeof value === 'boolean') entry.experiments[pass[1]] = value;
    else if (key === 'harness_all_pass' && typeof value === 'boolean') entry.harness_all_pass = value;
    else if (typeof value === 'number') entry.figures[key] = value;
    else if (key === 'policy_versions' && isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) entry.policy_versions[k] = String(v);
    }
  }
  return entry;
}

const byExperimentNumber = (a: string, b: string) =>
  Number(HARNESS_NAME.exec(a)?.[1] ?? 0) - Number(HARNESS_NAME.exec(b)?.[1] ?? 0) || a.localeCompare(b);

function experimentBars(
  names: string[],
  entry: HistoryEntry | null,
  rows: Map<string, { detections: Row[]; outcomes: Row[] }> | null,
  scenarioLabels: Map<string, string[]>,
): ExperimentBar[] {
  return names.map((name) => {
    const n = HARNESS_NAME.exec(name)?.[1];
    const pass = entry && Object.hasOwn(entry.experiments, name) ? (entry.experiments[name] ?? null) : null;
    const f = entry?.figures ?? {};
    const detected = f[`exp${n}_detected`];
    const total = f[`exp${n}_total_injected`];
    if (detected !== undefined && total !== undefined) {
      const fp = f[`exp${n}_false_positives`];
      const known = new Set([`exp${n}_detected`, `exp${n}_total_injected`, `exp${n}_false_positives`]);
      // Figures an experiment adds later (e.g. false alarms on healthy lines alone) follow its own.
      const more = Object.keys(f)
        .filter((k) => k.startsWith(`exp${n}_`) && !known.has(k))
        .sort()
        .map((k) => `, ${k.slice(`exp${n}_`.length).replaceAll('_', ' ')} ${f[k]}`);
      return {
        name,
        pass,
        share: total > 0 ? detected / total : null,
        figure: `detected ${detected}/${total}${fp !== undefined ? `, ${fp} false alarms` : ''}${more.join('')}`,
      };
    }
    const own = rows?.get(name);
    if (own && own.outcomes.length > 0) {
      const ok = own.outcomes.filter((o) => o['success'] === 1).length;
      return { name, pass, share: ok / own.outcomes.length, figure: `${ok}/${own.outcomes.length} healed and verified` };
    }
    const labels = scenarioLabels.get(name);
    if (own && own.detections.length > 0 && labels) {
      // Each scenario is one labelled record: count the labels the detections account for.
      const left = new Map<string, number>();
      for (const d of own.detections) left.set(String(d['failure_type']), (left.get(String(d['failure_type'])) ?? 0) + 1);
      let matched = 0;
      for (const label of labels) {
        const n = left.get(label) ?? 0;
        if (n > 0) {
          matched += 1;
          left.set(label, n - 1);
        }
      }
      return { name, pass, share: labels.length ? matched / labels.length : null, figure: `${matched}/${labels.length} detected as labelled` };
    }
    if (own && own.detections.length > 0) return { name, pass, share: null, figure: `${own.detections.length} detections` };
    return { name, pass, share: null, figure: rows ? 'no rows recorded' : 'rows replaced by a later run' };
  });
}

async function labelsOf(path: string): Promise<GroundTruthEntry[]> {
  const entries: GroundTruthEntry[] = [];
  for await (const { index, record } of readRecords(path)) {
    const entry = groundTruthEntry(index, record);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The ground truth a run names: the harness's files, a replay's --ground-truth, or the records' labels. */
async function groundTruthFor(name: string, meta: unknown, dataDir: string): Promise<{ source: string; load: () => Promise<GroundTruthEntry[]> } | null> {
  const harness = Object.hasOwn(HARNESS_GROUND_TRUTH, name) ? HARNESS_GROUND_TRUTH[name] : undefined;
  if (harness) {
    const file = join(dataDir, harness);
    return { source: shownPath(file), load: () => loadGroundTruth(file) };
  }
  if (!isPlainObject(meta)) return null;
  const gt = meta['ground_truth'];
  if (typeof gt === 'string') return { source: shownPath(gt), load: () => loadGroundTruth(gt) };
  const data = typeof meta['data'] === 'string' ? meta['data'] : typeof meta['input'] === 'string' ? meta['input'] : null;
  if (data === null || data === '-') return null;
  return { source: `labels in ${shownPath(data)}`, load: () => labelsOf(data) };
}

function classBlock(name: string, source: string, truth: GroundTruthEntry[], detections: Row[], outcomes: Row[]): ClassBlock {
  const scorer = createScorer(truth, 0);
  for (const d of detections) {
    const index = num(d['stream_index']);
    if (index === null) continue;
    const step = { index, record: {}, event: { failure_type: String(d['failure_type']) }, detect_ms: num(d['detect_ms']) ?? 0, outcome: null, mttr_ms: null };
    scorer.add(step as unknown as ReplayStep);
  }
  const score = scorer.result();
  // Resolved: the first outcome at a failure's record took the expected action and held.
  // results.db does not keep action parameters, so they cannot be compared here.
  const firstOutcome = new Map<number, Row>();
  for (const o of outcomes) {
    const index = num(o['stream_index']);
    if (index !== null && !firstOutcome.has(index)) firstOutcome.set(index, o);
  }
  const firstDetection = new Map<number, string>();
  for (const d of detections) {
    const index = num(d['stream_index']);
    if (index !== null && !firstDetection.has(index)) firstDetection.set(index, String(d['failure_type']));
  }
  const resolved = new Map<string, number>();
  const expected = new Map<string, number>();
  const last = new Map<number, GroundTruthEntry>();
  for (const g of truth) last.set(g.index, g);
  for (const g of last.values()) {
    expected.set(g.failure_type, (expected.get(g.failure_type) ?? 0) + 1);
    const o = firstOutcome.get(g.index);
    if (firstDetection.get(g.index) === g.failure_type && o && o['success'] === 1 && o['action_taken'] === g.expected_action) {
      resolved.set(g.failure_type, (resolved.get(g.failure_type) ?? 0) + 1);
    }
  }
  const incidents = new Map<string, Set<unknown>>();
  const actions = new Map<string, number>();
  let hasIncidents = false;
  for (const o of outcomes) {
    if (o['incident_id'] === undefined || o['incident_id'] === null) continue;
    hasIncidents = true;
    const type = String(o['failure_type']);
    (incidents.get(type) ?? incidents.set(type, new Set()).get(type))?.add(o['incident_id']);
    actions.set(type, (actions.get(type) ?? 0) + 1);
  }
  const classes = Object.entries(score.per_class)
    .map(([type, s]) => {
      const n = expected.get(type) ?? 0;
      const r = resolved.get(type) ?? 0;
      const inc = incidents.get(type)?.size ?? 0;
      return {
        failure_type: type,
        expected: n,
        detected_right: s.true_positives,
        false_positives: s.false_positives,
        recall: s.recall,
        precision: s.precision,
        resolved: r,
        resolved_share: n === 0 ? 0 : r / n,
        actions_per_incident: hasIncidents && inc > 0 ? (actions.get(type) ?? 0) / inc : null,
      };
    })
    .sort((a, b) => a.failure_type.localeCompare(b.failure_type));
  return { experiment: name, ground_truth: source, note: classes.length === 0 ? 'no failures in the ground truth and no detections' : null, classes };
}

/**
 * Detect + decide + act per heal: each outcome with the detection of the same record (the
 * first at its stream index), or, where a run records no indexes (one scenario at a time),
 * with the detection written beside it, in order.
 */
export function healTimes(detections: readonly Row[], outcomes: readonly Row[]): number[] {
  const byIndex = new Map<number, number>();
  const unindexed: number[] = [];
  for (const d of detections) {
    const ms = num(d['detect_ms']);
    if (ms === null) continue;
    const index = num(d['stream_index']);
    if (index === null) unindexed.push(ms);
    else if (!byIndex.has(index)) byIndex.set(index, ms);
  }
  const times: number[] = [];
  let next = 0;
  for (const o of outcomes) {
    const work = (num(o['decide_ms']) ?? 0) + (num(o['act_ms']) ?? 0);
    const index = num(o['stream_index']);
    const detect = index === null ? unindexed[next++] : byIndex.get(index);
    if (detect !== undefined) times.push(detect + work);
  }
  return times;
}

const everyNth = <T>(items: T[], n: number) => items.filter((_, i) => i % n === 0);

/**
 * A long run keeps its whole time span: every k-th detection and held action is drawn, and
 * the rare marks (actions that did not hold, actions held back) all of them while they fit.
 */
function thin(points: TimelinePointData[]): { kept: TimelinePointData[]; thinned: string | null } {
  if (points.length <= MAX_TIMELINE_POINTS) return { kept: points, thinned: null };
  const isRare = (p: TimelinePointData) => p.mark === 'action-failed' || p.mark === 'held';
  const rare = points.filter(isRare);
  const common = points.filter((p) => !isRare(p));
  const rareStep = Math.ceil(rare.length / (MAX_TIMELINE_POINTS / 2));
  const rareKept = everyNth(rare, rareStep);
  const commonStep = Math.max(1, Math.ceil(common.length / (MAX_TIMELINE_POINTS - rareKept.length)));
  const kept = [...everyNth(common, commonStep), ...rareKept];
  const rareText = rare.length === 0 ? '' : rareStep === 1 ? '; every action that did not hold or was held back is drawn' : `; every ${rareStep}th action that did not hold or was held back`;
  return { kept, thinned: `${kept.length} of ${points.length} marks drawn: every ${commonStep}th detection and action that held${rareText}` };
}

function timelineBlock(name: string, run: Row | undefined, detections: Row[], outcomes: Row[]): TimelineBlock {
  const withTime = detections.some((d) => num(d['event_time']) !== null);
  const xOf = (r: Row) => (withTime ? num(r['event_time']) : num(r['stream_index']));
  const points: TimelinePointData[] = [];
  let guards = false;
  for (const d of detections) {
    const x = xOf(d);
    if (x === null) continue;
    const idx = num(d['stream_index']);
    points.push({ lane: String(d['failure_type']), x, mark: 'detection', stream_index: idx, detail: `record ${idx ?? '?'}: detected ${String(d['failure_type'])}` });
  }
  for (const o of outcomes) {
    const x = xOf(o) ?? xOf(detections.find((d) => d['stream_index'] === o['stream_index']) ?? {});
    if (x === null) continue;
    const decision = typeof o['decision'] === 'string' ? o['decision'] : null;
    if (decision !== null) guards = true;
    const held = decision !== null && decision !== 'act';
    const mark = held ? 'held' : o['success'] === 1 ? 'action-ok' : 'action-failed';
    const what = held ? `held back (${decision})` : `${String(o['action_taken'])}: ${o['success'] === 1 ? 'held' : 'did not hold'}`;
    points.push({ lane: String(o['failure_type']), x, mark, stream_index: num(o['stream_index']), detail: `record ${String(o['stream_index'] ?? '?')}: ${what}` });
  }
  const total = points.length;
  const { kept, thinned } = thin(points);
  kept.sort((a, b) => a.x - b.x);
  const lanes = [...new Set(kept.map((p) => p.lane))].sort();
  return {
    experiment: name,
    recorded: run ? iso(run['started_at']) : null,
    meta: run ? parseJson(run['meta']) : null,
    x_axis: withTime ? 'event time (s)' : 'record position in the input (0-based; no event times recorded)',
    lanes,
    points: kept,
    points_total: total,
    thinned,
    guard_decisions_recorded: guards,
  };
}

export async function buildReportData(db: DatabaseSync, options: ReportOptions): Promise<ReportData> {
  const schema = options.columns ?? readColumns(db);
  if (REPORT_TABLES.every((t) => (schema[t]?.size ?? 0) === 0)) {
    throw new InputError(options.dbPath, undefined, 'not a GHOST results database (none of its tables is there)');
  }
  const ledger = readTable(db, schema, 'feedback_rows', ['run_id', 'payload_json', 'created']);
  const history = ledger.map(historyEntry);
  const latest = history[history.length - 1] ?? null;
  let chosen = latest;
  if (options.runId !== undefined) {
    chosen = history.find((h) => h.run_id === options.runId) ?? null;
    if (!chosen) throw new InputError(options.dbPath, undefined, `no run ${JSON.stringify(options.runId)} in the feedback ledger (${history.length} runs recorded)`);
  }
  const rowsAvailable = chosen !== null && chosen === latest;
  const runs = readTable(db, schema, 'experiment_runs', ['name', 'started_at', 'meta']);
  const detectionRows = readTable(db, schema, 'detection_rows', ['experiment', 'failure_type', 'stream_index', 'detect_ms', 'event_time', 'created']);
  const outcomeRows = readTable(db, schema, 'outcome_rows', [
    'experiment', 'failure_type', 'action_taken', 'success', 'decide_ms', 'act_ms', 'mttr_ms', 'stream_index', 'event_time', 'incident_id', 'decision', 'created',
  ]);
  const byExperiment = new Map<string, { detections: Row[]; outcomes: Row[] }>();
  const slot = (name: string) => byExperiment.get(name) ?? byExperiment.set(name, { detections: [], outcomes: [] }).get(name)!;
  for (const r of runs) slot(String(r['name']));
  for (const d of detectionRows) slot(String(d['experiment'])).detections.push(d);
  for (const o of outcomeRows) slot(String(o['experiment'])).outcomes.push(o);
  const runOf = (name: string) => [...runs].reverse().find((r) => r['name'] === name);

  const harnessNames = new Set<string>(Object.keys(chosen?.experiments ?? {}));
  if (rowsAvailable) for (const name of byExperiment.keys()) if (HARNESS_NAME.test(name)) harnessNames.add(name);
  const harness = [...harnessNames].sort(byExperimentNumber);
  const others = [...byExperiment.keys()].filter((n) => !HARNESS_NAME.test(n)).sort();
  // Only the latest harness run's rows are kept; an older run is shown from the ledger alone.
  const visible = [...(rowsAvailable ? harness : []), ...others];

  const perClass: ClassBlock[] = [];
  for (const name of visible) {
    const own = byExperiment.get(name);
    if (!own) continue;
    const gt = await groundTruthFor(name, parseJson(runOf(name)?.['meta']), options.dataDir);
    if (!gt) continue;
    let truth: GroundTruthEntry[];
    try {
      truth = await gt.load();
    } catch (err) {
      perClass.push({ experiment: name, ground_truth: gt.source, note: `ground truth could not be read: ${(err as Error).message}`, classes: [] });
      continue;
    }
    perClass.push(classBlock(name, gt.source, truth, own.detections, own.outcomes));
  }

  // The labels of a detection-only experiment's scenarios; unreadable data leaves the plain count.
  const scenarioLabels = new Map<string, string[]>();
  for (const name of rowsAvailable ? harness : []) {
    const file = Object.hasOwn(HARNESS_SCENARIOS, name) ? HARNESS_SCENARIOS[name] : undefined;
    if (!file) continue;
    try {
      const labels: string[] = [];
      for await (const { record } of readRecords(join(options.dataDir, file))) labels.push(labelOf(record) ?? 'unknown');
      scenarioLabels.set(name, labels);
    } catch {
      // The figure falls back to the number of detections, which is still what was recorded.
    }
  }

  const timelines = others.map((name) => {
    const own = byExperiment.get(name) ?? { detections: [], outcomes: [] };
    return timelineBlock(name, runOf(name), own.detections, own.outcomes);
  });

  const timings: Timings = {
    experiments: [],
    detect_ms: [],
    decide_ms: [],
    act_ms: [],
    mttr_ms: [],
    ledger_mttr:
      chosen?.figures['agent_mttr_median_ms'] !== undefined && chosen.figures['agent_mttr_max_ms'] !== undefined
        ? { median_ms: chosen.figures['agent_mttr_median_ms'], max_ms: chosen.figures['agent_mttr_max_ms'] }
        : null,
    human_baseline_ms: HUMAN_BASELINE_MS,
    human_baseline_note: `human baseline ~${HUMAN_BASELINE_MTTR_MINUTES} min: a fixed estimate, not a measurement`,
  };
  for (const name of visible) {
    const own = byExperiment.get(name);
    if (own && own.detections.length + own.outcomes.length > 0) timings.experiments.push(name);
    for (const d of own?.detections ?? []) {
      const v = num(d['detect_ms']);
      if (v !== null) timings.detect_ms.push(v);
    }
    for (const o of own?.outcomes ?? []) {
      for (const key of ['decide_ms', 'act_ms'] as const) {
        const v = num(o[key]);
        if (v !== null) timings[key].push(v);
      }
    }
    timings.mttr_ms.push(...healTimes(own?.detections ?? [], own?.outcomes ?? []));
  }

  const missing: string[] = [];
  if (history.length === 0) missing.push('No harness run in the feedback ledger: run `npm run harness`.');
  else if (!rowsAvailable) missing.push(`Run ${chosen?.run_id} is not the latest: its detection and outcome rows were replaced by the next harness run, so only its ledger figures are shown.`);
  if (!others.includes('lab_run')) missing.push('No lab run recorded: run `npm run lab-run -- --record FILE`.');
  if (!others.includes('experiment_external')) missing.push('No external replay recorded: run `npm run replay:external -- --data FILE --record`.');
  if (!outcomeRows.some((o) => o['incident_id'] !== undefined)) missing.push('No incidents recorded: actions per incident are not shown.');
  if (!outcomeRows.some((o) => o['decision'] !== undefined)) missing.push('No guard decisions recorded: the timelines show detections and actions only.');

  return {
    database: options.dbPath,
    run: chosen
      ? { run_id: chosen.run_id, created: chosen.created, harness_all_pass: chosen.harness_all_pass, policy_versions: chosen.policy_versions, rows_available: rowsAvailable }
      : null,
    experiments: experimentBars(harness, chosen, rowsAvailable ? byExperiment : null, scenarioLabels),
    per_class: perClass,
    timelines,
    timings,
    history,
    missing,
  };
}
