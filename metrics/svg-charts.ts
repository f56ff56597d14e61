// The report's four chart shapes as SVG text: bars against targets, a timeline, a
// distribution on a log axis, and a pass/fail history, drawn with the pieces in svg.ts.
import { clip, emptyChart, esc, fmt, formatTick, linearScale, logScale, niceTicks, PALETTE, SERIES_COLOURS, svgOpen, xAxis } from './svg.ts';

export interface Bar {
  series: string;
  value: number;
  /** The line this bar should reach, drawn across its band. */
  target?: number | null;
  /** Text printed after the bar (the figure itself). */
  text: string;
  /** Adds a pass/fail mark beside the text. */
  pass?: boolean | null;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChartOptions {
  title: string;
  groups: BarGroup[];
  /** Series names in legend order; colours follow SERIES_COLOURS. */
  series: string[];
  domain: readonly [number, number];
  axisLabel: string;
  width?: number;
  /** Ticks are formatted with this (e.g. as percentages). */
  tickFormat?: (value: number) => string;
}

const LABEL_WIDTH = 160;
const TEXT_WIDTH = 380;

/** Horizontal bars, grouped, each with an optional target line; series told apart by colour and legend. */
export function barChart(options: BarChartOptions): string {
  const width = options.width ?? 820;
  if (options.groups.length === 0 || options.groups.every((g) => g.bars.length === 0)) return emptyChart(`${options.title}: no data`, width);
  const barH = 14;
  const gap = 3;
  const groupPad = 10;
  const legendH = options.series.length > 1 ? 24 : 0;
  const top = 8 + legendH;
  const x = linearScale(options.domain, [LABEL_WIDTH, width - TEXT_WIDTH]);
  const parts: string[] = [];
  let y = top;
  const colour = (name: string) => SERIES_COLOURS[Math.max(0, options.series.indexOf(name)) % SERIES_COLOURS.length];
  options.series.forEach((name, i) => {
    if (legendH === 0) return;
    const lx = LABEL_WIDTH + i * 130;
    parts.push(`<rect x="${lx}" y="6" width="12" height="12" fill="${colour(name)}"/><text x="${lx + 16}" y="16">${esc(name)}</text>`);
  });
  const body: string[] = [];
  for (const group of options.groups) {
    const groupH = Math.max(1, group.bars.length) * (barH + gap) - gap;
    body.push(`<text x="${LABEL_WIDTH - 8}" y="${fmt(y + groupH / 2 + 4)}" text-anchor="end"><title>${esc(group.label)}</title>${esc(clip(group.label, 26))}</text>`);
    for (const bar of group.bars) {
      const v = Math.max(options.domain[0], Math.min(options.domain[1], bar.value));
      const x0 = x(options.domain[0]);
      const w = Math.max(0, x(v) - x0);
      body.push(
        `<rect class="bar" x="${fmt(x0)}" y="${fmt(y)}" width="${fmt(w)}" height="${barH}" fill="${colour(bar.series)}"><title>${esc(`${group.label} ${bar.series}: ${bar.text}`)}</title></rect>`,
      );
      if (bar.target !== undefined && bar.target !== null) {
        const tx = fmt(x(bar.target));
        body.push(`<line class="target" x1="${tx}" y1="${fmt(y - 2)}" x2="${tx}" y2="${fmt(y + barH + 2)}" stroke="#000" stroke-width="2" stroke-dasharray="3 2"/>`);
      }
      // The verdict comes first, so a long figure is what gets shortened, never the verdict.
      const mark = bar.pass === true ? '✓ PASS ' : bar.pass === false ? '✗ FAIL ' : '';
      const fill = bar.pass === false ? PALETTE.vermillion : '#222';
      const text = mark + bar.text;
      body.push(`<text x="${fmt(width - TEXT_WIDTH + 6)}" y="${fmt(y + barH - 3)}" fill="${fill}"><title>${esc(text)}</title>${esc(clip(text, 60))}</text>`);
      y += barH + gap;
    }
    y += groupPad - gap;
  }
  const axisY = y + 2;
  const axis = xAxis(x, axisY, options.axisLabel, x.ticks(5), top, options.tickFormat);
  const height = axisY + 44;
  return `${svgOpen(width, height, options.title)}${parts.join('')}${axis}${body.join('')}</svg>`;
}

export type TimelineMark = 'detection' | 'action-ok' | 'action-failed' | 'held';

export interface TimelinePoint {
  lane: string;
  x: number;
  mark: TimelineMark;
  /** Hover text (escaped). */
  title: string;
}

export interface TimelineOptions {
  title: string;
  lanes: string[];
  points: TimelinePoint[];
  axisLabel: string;
  width?: number;
}

const MARK_LEGEND: Record<TimelineMark, string> = {
  detection: 'detection',
  'action-ok': 'action, held',
  'action-failed': 'action, did not hold',
  held: 'held back by a guard',
};

function markShape(mark: TimelineMark, cx: number, cy: number): string {
  const c = `${fmt(cx)}`;
  switch (mark) {
    case 'detection':
      return `<circle cx="${c}" cy="${fmt(cy)}" r="4" fill="${PALETTE.blue}"/>`;
    case 'action-ok':
      return `<path d="M${fmt(cx - 5)} ${fmt(cy + 4)} L${c} ${fmt(cy - 5)} L${fmt(cx + 5)} ${fmt(cy + 4)} Z" fill="${PALETTE.green}" stroke="#000" stroke-width="0.5"/>`;
    case 'action-failed':
      return `<path d="M${fmt(cx - 4)} ${fmt(cy - 4)} L${fmt(cx + 4)} ${fmt(cy + 4)} M${fmt(cx - 4)} ${fmt(cy + 4)} L${fmt(cx + 4)} ${fmt(cy - 4)}" stroke="${PALETTE.vermillion}" stroke-width="2.5"/>`;
    case 'held':
      return `<path d="M${c} ${fmt(cy - 5)} L${fmt(cx + 5)} ${fmt(cy)} L${c} ${fmt(cy + 5)} L${fmt(cx - 5)} ${fmt(cy)} Z" fill="none" stroke="${PALETTE.orange}" stroke-width="2"/>`;
  }
}

/** One lane per class; detections and actions as marks of different shapes over event time. */
export function timelineChart(options: TimelineOptions): string {
  const width = options.width ?? 820;
  if (options.points.length === 0 || options.lanes.length === 0) return emptyChart(`${options.title}: no data`, width);
  const laneH = 34;
  const top = 30;
  const xs = options.points.map((p) => p.x);
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  // A little room at both ends so the first and last marks sit clear of the plot's edges.
  const pad = (hi - lo) * 0.03;
  lo -= pad;
  hi += pad;
  const x = linearScale([lo, hi], [LABEL_WIDTH, width - 20]);
  const ticks = niceTicks(lo, hi, 6).filter((t) => t >= lo && t <= hi);
  const used = [...new Set(options.points.map((p) => p.mark))];
  const parts: string[] = [];
  used.forEach((mark, i) => {
    const lx = LABEL_WIDTH + i * 150;
    parts.push(`${markShape(mark, lx + 6, 14)}<text x="${lx + 16}" y="18">${esc(MARK_LEGEND[mark])}</text>`);
  });
  options.lanes.forEach((lane, i) => {
    const cy = top + i * laneH + laneH / 2;
    parts.push(`<line x1="${LABEL_WIDTH}" y1="${fmt(cy)}" x2="${width - 20}" y2="${fmt(cy)}" stroke="#eee"/>`);
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${fmt(cy + 4)}" text-anchor="end"><title>${esc(lane)}</title>${esc(clip(lane, 26))}</text>`);
  });
  const axisY = top + options.lanes.length * laneH + 4;
  parts.push(xAxis(x, axisY, options.axisLabel, ticks, top));
  // Actions sit a little below their detection so both stay visible at the same x.
  const offset: Record<TimelineMark, number> = { detection: -5, 'action-ok': 6, 'action-failed': 6, held: 6 };
  for (const p of options.points) {
    const lane = options.lanes.indexOf(p.lane);
    if (lane === -1) continue;
    const cy = top + lane * laneH + laneH / 2 + offset[p.mark];
    parts.push(`<g class="mark">${markShape(p.mark, x(p.x), cy)}<title>${esc(p.title)}</title></g>`);
  }
  return `${svgOpen(width, axisY + 44, options.title)}${parts.join('')}</svg>`;
}

export interface DistributionRow {
  label: string;
  values: number[];
}

export interface DistributionOptions {
  title: string;
  rows: DistributionRow[];
  /** Log axis bounds; values outside are drawn at the bounds. */
  domain: readonly [number, number];
  axisLabel: string;
  reference?: { value: number; label: string } | null;
  width?: number;
  tickFormat?: (value: number) => string;
}

/** The q-quantile of sorted values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/** Dots drawn per distribution row at most; the box and median always use every value. */
export const MAX_DOTS = 1500;

/** Per row: every value as a dot, with a box from the 25th to the 75th percentile and the median. */
export function distributionChart(options: DistributionOptions): string {
  const width = options.width ?? 820;
  const rows = options.rows.filter((r) => r.values.length > 0);
  if (rows.length === 0) return emptyChart(`${options.title}: no data`, width);
  const rowH = 34;
  const top = 26;
  const x = logScale(options.domain, [LABEL_WIDTH, width - 30]);
  const parts: string[] = [];
  const axisY = top + rows.length * rowH + 4;
  parts.push(xAxis(x, axisY, options.axisLabel, x.ticks(), top, options.tickFormat));
  rows.forEach((row, i) => {
    const cy = top + i * rowH + rowH / 2;
    const sorted = [...row.values].sort((a, b) => a - b);
    const [q1, med, q3] = [0.25, 0.5, 0.75].map((q) => quantile(sorted, q)) as [number, number, number];
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${fmt(cy + 4)}" text-anchor="end">${esc(clip(row.label, 26))}</text>`);
    parts.push(
      `<rect class="box" x="${fmt(x(q1))}" y="${fmt(cy - 9)}" width="${fmt(Math.max(1, x(q3) - x(q1)))}" height="18" fill="${PALETTE.sky}" fill-opacity="0.35" stroke="${PALETTE.blue}"><title>${esc(`${row.label}: median ${formatTick(med)}, middle half ${formatTick(q1)} to ${formatTick(q3)}, n=${sorted.length}`)}</title></rect>`,
    );
    parts.push(`<line x1="${fmt(x(med))}" y1="${fmt(cy - 11)}" x2="${fmt(x(med))}" y2="${fmt(cy + 11)}" stroke="#000" stroke-width="2"/>`);
    // Past MAX_DOTS, every k-th value of the sorted list stands for its neighbours.
    const step = Math.ceil(sorted.length / MAX_DOTS);
    for (let j = 0; j < sorted.length; j += step) {
      // A small fixed jitter keeps equal values apart without randomness.
      const jy = cy + (((j * 7) % 9) - 4) * 1.2;
      parts.push(`<circle cx="${fmt(x(sorted[j] as number))}" cy="${fmt(jy)}" r="1.8" fill="${PALETTE.blue}" fill-opacity="0.7"/>`);
    }
  });
  if (options.reference) {
    const rx = fmt(x(options.reference.value));
    parts.push(`<line class="reference" x1="${rx}" y1="${top - 6}" x2="${rx}" y2="${axisY}" stroke="${PALETTE.vermillion}" stroke-width="2" stroke-dasharray="6 3"/>`);
    parts.push(`<text x="${Number(rx) - 4}" y="${top - 10}" text-anchor="end" fill="${PALETTE.vermillion}">${esc(options.reference.label)}</text>`);
  }
  return `${svgOpen(width, axisY + 44, options.title)}${parts.join('')}</svg>`;
}

export interface HistoryRun {
  label: string;
  /** Row name -> pass (true), fail (false) or not recorded (null). */
  cells: Record<string, boolean | null>;
  /** Shown above the column (e.g. a policy version change). */
  marker?: string | null;
}

export interface HistoryOptions {
  title: string;
  rows: string[];
  runs: HistoryRun[];
  width?: number;
}

/** A grid: one column per run (oldest left), one row per experiment, ✓ or ✗ in each cell. */
export function historyChart(options: HistoryOptions): string {
  const width = options.width ?? 820;
  if (options.runs.length === 0 || options.rows.length === 0) return emptyChart(`${options.title}: no data`, width);
  const cellH = 20;
  const top = 34;
  // At 6 px a column, only the latest runs that fit are drawn.
  const capacity = Math.floor((width - LABEL_WIDTH - 20) / 6);
  const all = options.runs.length;
  const runs = options.runs.slice(-capacity);
  const cellW = Math.max(6, Math.min(40, (width - LABEL_WIDTH - 20) / runs.length));
  const parts: string[] = [];
  options.rows.forEach((row, i) => {
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${fmt(top + i * cellH + 14)}" text-anchor="end">${esc(clip(row, 26))}</text>`);
  });
  runs.forEach((run, j) => {
    const cx = LABEL_WIDTH + j * cellW;
    if (run.marker) {
      parts.push(`<line x1="${fmt(cx)}" y1="14" x2="${fmt(cx)}" y2="${fmt(top + options.rows.length * cellH)}" stroke="${PALETTE.purple}" stroke-width="2"><title>${esc(run.marker)}</title></line>`);
      parts.push(`<text x="${fmt(cx + 2)}" y="12" fill="${PALETTE.purple}" font-size="10">${esc(clip(run.marker, 40))}</text>`);
    }
    options.rows.forEach((row, i) => {
      const pass = Object.hasOwn(run.cells, row) ? run.cells[row] : null;
      const fill = pass === true ? PALETTE.blue : pass === false ? PALETTE.vermillion : '#eee';
      const mark = pass === true ? '✓' : pass === false ? '✗' : '';
      const y = top + i * cellH;
      parts.push(`<rect x="${fmt(cx + 1)}" y="${fmt(y + 1)}" width="${fmt(cellW - 2)}" height="${cellH - 2}" fill="${fill}"><title>${esc(`${run.label} ${row}: ${pass === null ? 'not recorded' : pass ? 'PASS' : 'FAIL'}`)}</title></rect>`);
      if (mark && cellW >= 12) parts.push(`<text x="${fmt(cx + cellW / 2)}" y="${fmt(y + 14)}" text-anchor="middle" fill="#fff" font-weight="700">${mark}</text>`);
    });
  });
  const axisY = top + options.rows.length * cellH + 4;
  const first = runs[0]?.label ?? '';
  const last = runs[runs.length - 1]?.label ?? '';
  const count = runs.length === all ? `${all} harness run${all === 1 ? '' : 's'}` : `the latest ${runs.length} of ${all} harness runs`;
  const span = runs.length > 1 ? `, oldest ${first} to latest ${last}` : `, ${first}`;
  parts.push(`<text class="axis-label" x="${LABEL_WIDTH}" y="${axisY + 16}" font-weight="600">${esc(count + span)}</text>`);
  return `${svgOpen(width, axisY + 26, options.title)}${parts.join('')}</svg>`;
}
