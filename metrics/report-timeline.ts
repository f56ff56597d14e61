// The timeline of a replay or lab run: its detections and actions as marks per failure class,
// on event time when the run recorded it, thinned evenly when a long run has too many.
import { iso, num, parseJson } from './report-rows.ts';
import type { Row, TimelineBlock, TimelinePointData } from './report-types.ts';

/** Marks per timeline at most, so a long replay still makes a page a browser opens quickly. */
export const MAX_TIMELINE_POINTS = 3000;

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

export function timelineBlock(name: string, run: Row | undefined, detections: Row[], outcomes: Row[]): TimelineBlock {
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
