// Charts as SVG text for the HTML report: scales, axis ticks and four chart shapes (bars
// against targets, a timeline, a distribution on a log axis, a pass/fail history). No
// dependencies beyond the project's text escaping; every piece of text from the data goes
// through `esc`, so a service name or a message with markup in it comes out as text.
import { forTerminal } from '../src/safe-text.ts';

/**
 * Escape text for use in SVG/HTML content and attribute values: markup characters as
 * entities, and the controls a reader could be fooled by (bidi overrides, C0/C1) shown as
 * escapes, as on the terminal.
 */
export function esc(value: unknown): string {
  return forTerminal(String(value)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Colour-blind-safe palette (Okabe and Ito), dark enough to print on white. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
  grey: '#767676',
} as const;

/** Series colours in order; pass and fail use blue and vermillion, plus a mark, never colour alone. */
export const SERIES_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky, PALETTE.vermillion] as const;

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(count?: number): number[];
}

/** Round numbers covering [min, max], about `count` of them (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) [min, max] = [max, min];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** A linear map from `domain` to `range`; a single-point domain maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as Scale;
  Object.assign(scale, { domain: [d0, d1], range: [r0, r1], ticks: (count = 5) => niceTicks(d0, d1, count) });
  return scale;
}

/**
 * A log10 map; values at or below the domain's start are drawn at the start (a time of 0 ms
 * has no logarithm). Ticks are the powers of ten inside the domain.
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const lo = Math.log10(domain[0]);
  const hi = Math.log10(domain[1]);
  const inner = linearScale([lo, hi], range);
  const scale = ((value: number) => inner(value <= domain[0] ? lo : Math.log10(Math.min(value, domain[1])))) as Scale;
  Object.assign(scale, {
    domain: [domain[0], domain[1]],
    range: [range[0], range[1]],
    ticks: () => {
      const out: number[] = [];
      for (let e = Math.ceil(lo - 1e-9); e <= Math.floor(hi + 1e-9); e += 1) out.push(10 ** e);
      return out;
    },
  });
  return scale;
}

/** A tick label: integers plainly, fractions without float noise, large and tiny numbers compactly. */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (abs >= 1e4) return `${Number((value / 1e3).toPrecision(3))}k`;
  if (abs < 0.01) return value.toExponential(0);
  return String(Number(value.toPrecision(3)));
}

const FONT = 'font-family="system-ui, sans-serif"';
const fmt = (n: number) => String(Math.round(n * 10) / 10);

function svgOpen(width: number, height: number, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} font-size="12">`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The SVG shown where a chart has nothing to draw. */
export function emptyChart(message: string, width = 640): string {
  return `${svgOpen(width, 40, message)}<text x="${width / 2}" y="24" text-anchor="middle" fill="${PALETTE.grey}">${esc(message)}</text></svg>`;
}

function xAxis(
  scale: Scale,
  y: number,
  label: string,
  ticks: readonly number[],
  gridTop: number | null,
  format: (value: number) => string = formatTick,
): string {
  const [r0, r1] = scale.range;
  const parts = [`<line x1="${fmt(r0)}" y1="${fmt(y)}" x2="${fmt(r1)}" y2="${fmt(y)}" stroke="#333"/>`];
  for (const t of ticks) {
    const x = fmt(scale(t));
    if (gridTop !== null) parts.push(`<line x1="${x}" y1="${fmt(gridTop)}" x2="${x}" y2="${fmt(y)}" stroke="#ddd"/>`);
    parts.push(`<line x1="${x}" y1="${fmt(y)}" x2="${x}" y2="${fmt(y + 4)}" stroke="#333"/>`);
    parts.push(`<text x="${x}" y="${fmt(y + 16)}" text-anchor="middle">${esc(format(t))}</text>`);
  }
  parts.push(`<text class="axis-label" x="${fmt((r0 + r1) / 2)}" y="${fmt(y + 34)}" text-anchor="middle" font-weight="600">${esc(label)}</text>`);
  return parts.join('');
}

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
