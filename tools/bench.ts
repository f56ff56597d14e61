// npm run bench: builds a large input by repeating the seed's near-real stream, then times
// observe and lab-run --dry-run --jsonl on it as JSON array and as JSON Lines (and replay
// --data on the JSON Lines), beside two floors measured in the same run (plain JSON.parse of
// every line; grep -F -i with the watcher's patterns over the bare messages). Reports
// records/s, wall time and peak RSS.
// Then the adversarial rows: files of long lines crafted against each shape, through observe
// as records and as text, against a benign file of the same size.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import { writeInputs, writeWatch, type Inputs } from './bench-inputs.ts';
import { FLAT_WITHIN, nodeRun, REPEATS, repeated, STREAMING_NODE_FLAGS, timed, type Timing } from './bench-timing.ts';
import { ADVERSARIAL_WITHIN, adversarialRows } from './bench-adversarial.ts';
import { formatLineCost, measureLineCost } from './bench-line-cost.ts';

const HELP = `Usage: bench [--records N] [--small N] [--out DIR] [--keep] [--adversarial-only] [--line-cost]

Builds N records (default 1,000,000) by repeating the seed-42 near-real stream, as a JSON
array and as JSON Lines, and times observe and lab-run --dry-run --jsonl on each (and
lab-run --jsonl with the guard acting, observe --format text on the bare messages, and
replay --data, which heals and scores, on the JSON Lines), plus the JSON.parse and grep floors. Also runs each on --small records (default 100,000) to show
that peak memory does not grow with input size. Each run is repeated 3 times and the
medians are reported; the adapters run with the Node flags the npm scripts use.

Adversarial rows: for every shape's substring, a file of 64 lines of 256 KiB built from the
fragments log lines are made of (slashes, digits, spaces, quotes, colons, brackets, the
substring's own beginning) and ending in the substring, through observe as JSON Lines records
and with --format text; the slowest file is timed again beside a benign file of the same size
(the same fragments, no substring at the end; as text, each benign line states its level, as
each record states its severity, so the watcher reads it), and must take at most 2x its time.
The benign text lines with no level, which nothing watches, are timed too and reported.

  --records N   records in the large input (default 1000000)
  --small N     records in the small input for the memory comparison (default 100000)
  --out DIR     where inputs are written (default bench-out/, removed afterwards)
  --keep        keep the generated inputs
  --adversarial-only   run only the adversarial rows
  --line-cost   only time the watcher and inferSeverity per line on the real-world lines of
                data/realworld/dev.json and wider.json, beside a lowercase + indexOf floor
  -h, --help    show this help

Exit status: 0 when every target is met, 1 when one is missed (each is listed as MET or
MISS), 2 on bad flags.
`;

interface AdapterRun {
  name: string;
  script: string;
  args: string[];
  /** Which input: JSON Lines, the JSON array, the bare messages as plain text lines, a CRI log, a watch stream. */
  format: 'jsonl' | 'json' | 'messages' | 'cri' | 'watch';
  /** Records per input item: a watch object stands for ten records (1M records, 100k objects). */
  per?: number;
  /**
   * Compare peak memory against an input this many times the large one instead of the small
   * one. Large pretty-printed objects take V8 longer to settle: a watch stream's peak climbs
   * until about 100k objects and is flat after, so 100k is compared with 300k.
   */
  flatAgainst?: number;
}

const ADAPTER_RUNS: AdapterRun[] = [
  { name: 'observe', script: 'adapters/observe.ts', args: [], format: 'jsonl' },
  { name: 'observe', script: 'adapters/observe.ts', args: [], format: 'json' },
  { name: 'lab-run --dry-run --jsonl', script: 'adapters/lab-run.ts', args: ['--dry-run', '--jsonl'], format: 'jsonl' },
  { name: 'lab-run --dry-run --jsonl', script: 'adapters/lab-run.ts', args: ['--dry-run', '--jsonl'], format: 'json' },
  // The guard on and acting: one decision per detection, incidents, cooldowns, the fleet.
  { name: 'lab-run --jsonl (guards on)', script: 'adapters/lab-run.ts', args: ['--jsonl'], format: 'jsonl' },
  // Plain text: every line's severity is inferred, so this is the slowest reading path.
  { name: 'observe --format text', script: 'adapters/observe.ts', args: ['--format', 'text'], format: 'messages' },
  // The full loop, healing and scoring against the records' labels: its summary and the
  // scorer keep counters, not detections, so its peak must not grow with the input either.
  { name: 'replay --data', script: 'tools/run-external-replay.ts', args: ['--data'], format: 'jsonl' },
  // Cluster formats, detected without a flag: a CRI container log file and a kubectl watch stream.
  { name: 'observe', script: 'adapters/observe.ts', args: [], format: 'cri' },
  { name: 'observe', script: 'adapters/observe.ts', args: [], format: 'watch', per: 10, flatAgainst: 3 },
];

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('bench', argv, {
    records: { type: 'string' },
    small: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean' },
    'adversarial-only': { type: 'boolean' },
    'line-cost': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values['line-cost']) {
    for (const line of formatLineCost(measureLineCost())) io.stdout(`${line}\n`);
    return 0;
  }
  const big = parseIntFlag('bench', 'records', values.records, 1_000_000);
  const small = parseIntFlag('bench', 'small', values.small, 100_000);
  const dir = resolve(values.out ?? join(PROJECT_ROOT, 'bench-out'));
  mkdirSync(dir, { recursive: true });
  const rssFile = join(dir, 'rss.txt');
  const say = (text: string) => io.stdout(`${text}\n`);
  const count = (n: number) => n.toLocaleString('en-US');

  const adversarialChecks = async (): Promise<Array<[string, boolean]>> => {
    const rows = await adversarialRows(dir, say);
    say('');
    say(`${'adversarial run'.padEnd(34)}${'benign s'.padStart(10)}${'worst s'.padStart(9)}${'ratio'.padStart(7)}${'target'.padStart(8)}  worst file ends in`);
    for (const r of rows) {
      say(`${r.format.padEnd(34)}${r.benign.seconds.toFixed(2).padStart(10)}${r.worst.seconds.toFixed(2).padStart(9)}${(r.worst.seconds / r.benign.seconds).toFixed(2).padStart(7)}${`${ADVERSARIAL_WITHIN}x`.padStart(8)}  ${r.gate}`);
    }
    for (const r of rows) {
      if (r.unwatched === null) continue;
      say(`  ${r.format}: the benign lines with no level (never watched) took ${r.unwatched.seconds.toFixed(2)} s; the slowest crafted file ${(r.worst.seconds / r.unwatched.seconds).toFixed(2)}x that (reported)`);
    }
    return rows.map((r): [string, boolean] => [
      `${r.format}: the slowest crafted file within ${ADVERSARIAL_WITHIN}x of a benign file of the same size (${(r.worst.seconds / r.benign.seconds).toFixed(2)}x)`,
      r.worst.seconds <= ADVERSARIAL_WITHIN * r.benign.seconds,
    ]);
  };

  try {
    if (values['adversarial-only']) {
      const checks = await adversarialChecks();
      say('');
      for (const [what, ok] of checks) say(`${ok ? 'MET ' : 'MISS'}  ${what}`);
      return checks.every(([, ok]) => ok) ? 0 : 1;
    }
    say(`Building inputs in ${dir} ...`);
    const large = await writeInputs(dir, big);
    const little = await writeInputs(dir, small);
    say(`JSON array ${(statSync(large.json).size / 1e6).toFixed(0)} MB, JSON Lines ${(statSync(large.jsonl).size / 1e6).toFixed(0)} MB, ${count(big)} records, ${count(large.injected)} injected failures`);
    say(`Each run ${REPEATS} times; medians shown. Node flags as the npm scripts: ${STREAMING_NODE_FLAGS.join(' ')}`);

    const runs: Timing[] = [];
    const run = async (t: Promise<Timing>) => {
      const r = await t;
      runs.push(r);
      say(`  ${r.label.padEnd(50)} ${r.seconds.toFixed(2).padStart(7)} s`);
      return r;
    };
    const parseFloor = await run(repeated('JSON.parse floor (jsonl)', big, ...nodeRun('tools/bench-parse-floor.ts', [large.jsonl]), rssFile));
    const grepFloor = await run(timed('grep -c -F -i -f patterns (messages)', big, 'grep', ['-c', '-F', '-i', '-f', large.patterns, large.messages], null));
    const pairs: Array<{ spec: AdapterRun; large: Timing; small: Timing }> = [];
    for (const spec of ADAPTER_RUNS) {
      const formatName = { json: 'json array', jsonl: 'jsonl', messages: 'bare messages', cri: 'CRI log', watch: 'watch objects' }[spec.format];
      const per = spec.per ?? 1;
      const label = (n: number) => `${spec.name} (${formatName}, ${count(Math.ceil(n / per))})`;
      const runOn = (inputs: Inputs, n: number) =>
        repeated(label(n), Math.ceil(n / per), ...nodeRun(spec.script, [...spec.args, inputs[spec.format]], STREAMING_NODE_FLAGS), rssFile);
      const largeRun = await run(runOn(large, big));
      const smallRun = await run(runOn(little, small));
      if (spec.flatAgainst === undefined) {
        pairs.push({ spec, large: largeRun, small: smallRun });
      } else {
        // The large run is the baseline; a bigger input of the same kind must stay within it.
        const times = spec.flatAgainst;
        const bigger = { ...large, watch: join(dir, `watch-x${times}.json`) };
        await writeWatch(bigger.watch, Math.ceil(big / (spec.per ?? 1)) * times);
        pairs.push({ spec, large: await run(runOn(bigger, big * times)), small: largeRun });
      }
    }

    say('');
    say(`${'run'.padEnd(50)}${'records/s'.padStart(12)}${'wall s'.padStart(9)}${'peak MiB'.padStart(10)}${'max MiB'.padStart(9)}${'x floor'.padStart(9)}${'lines'.padStart(10)}`);
    for (const r of runs) {
      const mib = (v: number | null | undefined) => (v === null || v === undefined ? '-' : v.toFixed(0));
      say(
        `${r.label.padEnd(50)}${count(Math.round(r.records / r.seconds)).padStart(12)}${r.seconds.toFixed(2).padStart(9)}${mib(r.rssMiB).padStart(10)}${mib(r.maxRssMiB).padStart(9)}${(r.seconds / parseFloor.seconds).toFixed(2).padStart(9)}${String(r.lines).padStart(10)}`,
      );
    }
    const find = (name: string, format: AdapterRun['format']) => {
      const pair = pairs.find((p) => p.spec.name === name && p.spec.format === format);
      if (!pair) throw new Error(`no run for ${name} ${format}`);
      return pair.spec.flatAgainst === undefined ? pair.large : pair.small;
    };
    const obsJsonl = find('observe', 'jsonl');
    const obsJson = find('observe', 'json');
    const labJsonl = find('lab-run --dry-run --jsonl', 'jsonl');
    const labJson = find('lab-run --dry-run --jsonl', 'json');
    const labGuards = find('lab-run --jsonl (guards on)', 'jsonl');
    const obsText = find('observe --format text', 'messages');
    const obsCri = find('observe', 'cri');
    const obsWatch = find('observe', 'watch');
    const checks: Array<[string, boolean]> = [
      [`observe found all ${large.injected} injected failures (jsonl, json)`, obsJsonl.lines === large.injected && obsJson.lines === large.injected],
      ['observe jsonl within 1.5x of the JSON.parse floor', obsJsonl.seconds <= 1.5 * parseFloor.seconds],
      ['observe json array within 2x of the JSON.parse floor', obsJson.seconds <= 2 * parseFloor.seconds],
      ['lab-run --dry-run --jsonl within 2x of observe (jsonl, json)', labJsonl.seconds <= 2 * obsJsonl.seconds && labJson.seconds <= 2 * obsJson.seconds],
      [
        `lab-run --jsonl with guards on within 1.3x of observe (jsonl: ${(labGuards.seconds / obsJsonl.seconds).toFixed(2)}x), one decision per detection`,
        labGuards.seconds <= 1.3 * obsJsonl.seconds && labGuards.lines === obsJsonl.lines,
      ],
      [`observe on the CRI log finds what it finds on the same messages as text (${obsText.lines})`, obsCri.lines === obsText.lines],
      [`observe on the watch stream found all ${large.watchFailing} crash-looping pods and nothing else`, obsWatch.lines === large.watchFailing],
      ['peak RSS under 200 MiB for every adapter run (the highest of each run\'s repeats)', pairs.every((p) => [p.large, p.small].every((r) => r.maxRssMiB !== null && r.maxRssMiB !== undefined && r.maxRssMiB < 200))],
      ...pairs.map((p): [string, boolean] => [
        `peak RSS flat, ${p.spec.name} ${p.spec.format}: ${count(p.large.records)} within ${Math.round((FLAT_WITHIN - 1) * 100)}% of ${count(p.small.records)} (${p.large.rssMiB?.toFixed(0)} vs ${p.small.rssMiB?.toFixed(0)} MiB)`,
        p.large.rssMiB !== null && p.small.rssMiB !== null && p.large.rssMiB <= p.small.rssMiB * FLAT_WITHIN,
      ]),
      ...(await adversarialChecks()),
    ];
    say('');
    for (const [what, ok] of checks) say(`${ok ? 'MET ' : 'MISS'}  ${what}`);
    say(`(grep floor: ${grepFloor.seconds.toFixed(2)} s, ${grepFloor.lines} matching lines)`);
    return checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    if (!values.keep && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, main);
