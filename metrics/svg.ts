// The pieces the report's SVG charts (metrics/svg-charts.ts) are drawn with: text escaping,
// the palette, scales, axis ticks and their labels, the chart frame and the x axis. No
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
export const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function svgOpen(width: number, height: number, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} font-size="12">`;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The SVG shown where a chart has nothing to draw. */
export function emptyChart(message: string, width = 640): string {
  return `${svgOpen(width, 40, message)}<text x="${width / 2}" y="24" text-anchor="middle" fill="${PALETTE.grey}">${esc(message)}</text></svg>`;
}

export function xAxis(
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
