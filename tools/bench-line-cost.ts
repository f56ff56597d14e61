// The per-line cost of reading a text line: the watcher's matching (classifyLogRecord) on the
// lines of data/realworld/dev.json and wider.json it does not match, as ERROR records, and
// severity inference (inferSeverity) on every line, each beside a floor measured in the same
// run over the same lines (one lowercase and one indexOf per line). `bench --line-cost` runs
// it in-process; figures are medians of several passes, in microseconds per line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyLogRecord } from '../agents/watcher.ts';
import { inferSeverity } from '../skills/severity-skills.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

export interface LineCost {
  /** Lines read, and of them those the watcher does not match. */
  lines: number;
  unmatched: number;
  /** Microseconds per line, medians of the passes. */
  watcherUs: number;
  severityUs: number;
  floorUs: number;
}

export const LINE_COST_FILES = ['data/realworld/dev.json', 'data/realworld/wider.json'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Microseconds per item of `fn` over `items`, `reps` times per pass, median of `passes`. */
function perItem<T>(items: readonly T[], fn: (item: T) => unknown, passes: number, reps: number): number {
  let sink = 0;
  const times: number[] = [];
  for (let p = 0; p < passes; p += 1) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r += 1) for (const item of items) if (fn(item) !== null) sink += 1;
    times.push(((performance.now() - t0) * 1000) / (reps * items.length));
  }
  if (sink < 0) throw new Error('unreachable');
  return median(times);
}

export function measureLineCost(options: { passes?: number; reps?: number; files?: readonly string[] } = {}): LineCost {
  const passes = options.passes ?? 9;
  const reps = options.reps ?? 100;
  const messages = (options.files ?? LINE_COST_FILES).flatMap((file) =>
    (JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as Array<{ message: string }>).map((r) => r.message),
  );
  const records = messages.map((message) => ({ severity: 'ERROR', message })).filter((r) => classifyLogRecord(r) === null);
  // Warm up each path once before timing it.
  perItem(records, classifyLogRecord, 1, 5);
  perItem(messages, inferSeverity, 1, 5);
  const floor = (m: string) => (m.toLowerCase().indexOf('error') >= 0 ? 1 : null);
  perItem(messages, floor, 1, 5);
  return {
    lines: messages.length,
    unmatched: records.length,
    watcherUs: perItem(records, classifyLogRecord, passes, reps),
    severityUs: perItem(messages, inferSeverity, passes, reps),
    floorUs: perItem(messages, floor, passes, reps),
  };
}

/** The report's lines. */
export function formatLineCost(cost: LineCost): string[] {
  const row = (what: string, us: number) => `${what.padEnd(56)}${us.toFixed(2).padStart(8)} us/line${(us / cost.floorUs).toFixed(1).padStart(8)}x floor`;
  return [
    `Line cost over ${cost.lines} lines of ${LINE_COST_FILES.join(' and ')} (medians)`,
    row(`watcher on the ${cost.unmatched} lines it does not match (ERROR)`, cost.watcherUs),
    row('inferSeverity per text line', cost.severityUs),
    row('floor: lowercase + indexOf per line', cost.floorUs),
  ];
}
