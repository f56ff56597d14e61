// Per-class quality of a run: its detections scored with the one scorer (src/score.ts)
// against the ground truth the run names, and how many failures were resolved.
import { isAbsolute, join, relative } from 'node:path';
import { DATASETS } from '../experiments/paths.ts';
import { groundTruthEntry, loadGroundTruth } from '../src/ground-truth.ts';
import { readRecords } from '../src/record-reader.ts';
import { createScorer } from '../src/score.ts';
import type { ReplayStep } from '../src/replay.ts';
import type { GroundTruthEntry } from '../src/types.ts';
import { isPlainObject } from '../src/value-kinds.ts';
import { num } from './report-rows.ts';
import type { ClassBlock, Row } from './report-types.ts';

/** Ground truth of the harness's stream experiments, in the data directory. */
export const HARNESS_GROUND_TRUTH: Readonly<Record<string, string>> = {
  experiment3: DATASETS.mixedGroundTruth,
  experiment5: DATASETS.nearRealGroundTruth,
};

/** A path as the reader would type it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
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
export async function groundTruthFor(name: string, meta: unknown, dataDir: string): Promise<{ source: string; load: () => Promise<GroundTruthEntry[]> } | null> {
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

export function classBlock(name: string, source: string, truth: GroundTruthEntry[], detections: Row[], outcomes: Row[]): ClassBlock {
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
