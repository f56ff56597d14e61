// The data behind the HTML report (and `report --json`): read from the results database,
// column by column as the tables have them, so experiments and columns added later show up
// without a change here. Per-class quality is scored with the one scorer (src/score.ts)
// against the ground truth each run names.
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { HUMAN_BASELINE_MTTR_MINUTES } from '../experiments/baseline.ts';
import { DATASETS } from '../experiments/paths.ts';
import { labelOf } from '../src/ground-truth.ts';
import { readRecords } from '../src/record-reader.ts';
import type { GroundTruthEntry } from '../src/types.ts';
import { InputError } from '../src/errors.ts';
import { classBlock, groundTruthFor } from './report-classes.ts';
import { historyEntry, num, parseJson, readColumns, readTable, REPORT_TABLES } from './report-rows.ts';
import { timelineBlock } from './report-timeline.ts';
import type { ClassBlock, ExperimentBar, HistoryEntry, ReportData, ReportOptions, Row, Timings } from './report-types.ts';

/** The bars the harness holds its stream experiments to, as shares; actions per incident aims at one. */
export const TARGETS = { recall: 1, precision: 1, resolved: 1, actions_per_incident: 1 } as const;

export const HUMAN_BASELINE_MS = HUMAN_BASELINE_MTTR_MINUTES * 60_000;

/** The labelled scenarios of the harness's detection-only experiment, in the data directory. */
export const HARNESS_SCENARIOS: Readonly<Record<string, string>> = { experiment1: DATASETS.clean };

const HARNESS_NAME = /^experiment(\d+)$/;

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
