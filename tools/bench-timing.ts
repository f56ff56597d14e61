// Timing a benchmarked command: its wall time, its stdout lines and the peak RSS the probe
// (tools/bench-rss-probe.ts) writes, once or as the median of repeated runs.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { PROJECT_ROOT } from '../src/paths.ts';

export interface Timing {
  label: string;
  records: number;
  seconds: number;
  /** Median peak RSS when the run was repeated. */
  rssMiB: number | null;
  /** The highest peak of the repeats. */
  maxRssMiB?: number | null;
  lines: number;
}

/** Run a command, count its stdout lines, and read the peak RSS the probe wrote. */
export async function timed(label: string, records: number, cmd: string, args: string[], rssFile: string | null): Promise<Timing> {
  if (rssFile) writeFileSync(rssFile, '');
  const started = performance.now();
  const child = spawn(cmd, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...(rssFile ? { GHOST_BENCH_RSS_FILE: rssFile } : {}) },
  });
  let lines = 0;
  let tail = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines += 1;
    tail = (tail + chunk).slice(-200);
  });
  const [code] = (await once(child, 'close')) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0 && !(cmd === 'grep' && code === 1)) throw new Error(`${label} exited with ${code}`);
  const rss = rssFile ? Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10) : NaN;
  if (cmd === 'grep' || label.startsWith('JSON.parse')) lines = Number.parseInt(tail.trim(), 10);
  return { label, records, seconds, rssMiB: Number.isFinite(rss) ? rss / 1024 : null, lines };
}

export function nodeRun(script: string, args: string[], nodeFlags: string[] = []): [string, string[]] {
  return [
    process.execPath,
    [...nodeFlags, '--import', resolve(PROJECT_ROOT, 'tools/bench-rss-probe.ts'), resolve(PROJECT_ROOT, script), ...args],
  ];
}

/**
 * The flags the npm scripts and the `ghost` bin run streaming commands with. Uncapped, V8 keeps
 * growing its young generation over a long run (16, 32, then 64 MiB semi-spaces), so the peak
 * creeps up with input size (about +10 MiB at 1M records, +25 MiB at 3M); capped it does not,
 * at the same speed. The benchmark measures what users run.
 */
export const STREAMING_NODE_FLAGS = ['--max-semi-space-size=4'];
/** Peak RSS varies by ~10% from run to run (it is set during start-up), so each is run this often. */
export const REPEATS = 3;
/** "Flat": the median peak on the large input within this factor of the small input's. */
export const FLAT_WITHIN = 1.1;

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Run REPEATS times; wall time and peak RSS are the medians, the line count must agree. */
export async function repeated(label: string, records: number, cmd: string, args: string[], rssFile: string): Promise<Timing> {
  const all: Timing[] = [];
  for (let i = 0; i < REPEATS; i += 1) all.push(await timed(label, records, cmd, args, rssFile));
  const lines = new Set(all.map((t) => t.lines));
  if (lines.size !== 1) throw new Error(`${label}: line counts differ between runs (${[...lines].join(', ')})`);
  const peaks = all.map((t) => t.rssMiB).filter((r): r is number => r !== null);
  return {
    label,
    records,
    seconds: medianOf(all.map((t) => t.seconds)),
    rssMiB: peaks.length === REPEATS ? medianOf(peaks) : null,
    maxRssMiB: peaks.length === REPEATS ? Math.max(...peaks) : null,
    lines: all[0]!.lines,
  };
}
