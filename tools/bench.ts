// npm run bench: builds a large input by repeating the seed's near-real stream, then times
// observe and lab-run --dry-run --jsonl on it as JSON array and as JSON Lines (and replay
// --data on the JSON Lines), beside two floors measured in the same run (plain JSON.parse of
// every line; grep -F -i with the watcher's patterns over the bare messages). Reports
// records/s, wall time and peak RSS.
// Then the adversarial rows: files of long lines crafted against each shape, through observe
// as records and as text, against a benign file of the same size.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { buildDatasets } from '../data/seed-datasets.ts';
import { dumpsPython } from '../src/py-json.ts';
import { DETECTABLE_PATTERNS } from '../skills/watcher-skills.ts';
import { ALL_SHAPES } from '../skills/line-shapes.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import type { JsonValue } from '../src/types.ts';

const HELP = `Usage: bench [--records N] [--small N] [--out DIR] [--keep] [--adversarial-only]

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
(the same fragments, no substring at the end), and must take at most 2x its time.

  --records N   records in the large input (default 1000000)
  --small N     records in the small input for the memory comparison (default 100000)
  --out DIR     where inputs are written (default bench-out/, removed afterwards)
  --keep        keep the generated inputs
  --adversarial-only   run only the adversarial rows
  -h, --help    show this help

Exit status: 0 when every target is met, 1 when one is missed (each is listed as MET or
MISS), 2 on bad flags.
`;

// Python's json.dumps default separators, so the array is the size the original would read.
function pyCompact(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(pyCompact).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyCompact(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

interface Inputs {
  json: string;
  jsonl: string;
  messages: string;
  /** The bare messages as a CRI container log file (every tenth line split into P and F pieces). */
  cri: string;
  /** A `kubectl get pods -w -o json` stream: one pretty-printed Pod per 10 records, one in ten crash-looping. */
  watch: string;
  watchFailing: number;
  patterns: string;
  injected: number;
}

async function writeInputs(dir: string, records: number): Promise<Inputs> {
  const near = buildDatasets(42).datasets.find((d) => d.file === 'near_real_stream.json');
  if (!near) throw new Error('seed did not produce near_real_stream.json');
  const base = JSON.parse(dumpsPython(near.records)) as Array<Record<string, JsonValue>>;
  const failuresPerCopy = base.filter((r) => {
    const labels = r['labels'];
    return typeof labels === 'object' && labels !== null && !Array.isArray(labels) && typeof labels['reason'] === 'string';
  }).length;
  const arrayLines = base.map(pyCompact);
  const jsonLines = base.map((r) => JSON.stringify(r));
  const bare = base.map((r) => String(r['message']).replace(/\n/g, ' '));
  const copies = Math.ceil(records / base.length);
  const paths: Inputs = {
    json: join(dir, `stream-${records}.json`),
    jsonl: join(dir, `stream-${records}.jsonl`),
    messages: join(dir, `messages-${records}.txt`),
    cri: join(dir, `container-${records}.log`),
    watch: join(dir, `watch-${records}.json`),
    watchFailing: 0,
    patterns: join(dir, 'patterns.txt'),
    injected: 0,
  };
  const outs = [createWriteStream(paths.json), createWriteStream(paths.jsonl), createWriteStream(paths.messages)];
  const [arr, lines, msgs] = outs as [typeof outs[0], typeof outs[0], typeof outs[0]];
  arr.write('[');
  let written = 0;
  for (let c = 0; c < copies && written < records; c += 1) {
    const n = Math.min(base.length, records - written);
    const sep = written === 0 ? '' : ', ';
    const ok = [
      arr.write(sep + arrayLines.slice(0, n).join(', ')),
      lines.write(jsonLines.slice(0, n).join('\n') + '\n'),
      msgs.write(bare.slice(0, n).join('\n') + '\n'),
    ];
    written += n;
    if (n === base.length) paths.injected += failuresPerCopy;
    // Subscribe to every stalled stream before waiting on any, or a drain could be missed.
    await Promise.all(ok.flatMap((flowing, i) => (flowing ? [] : [once(outs[i] as typeof arr, 'drain')])));
  }
  arr.write(']');
  await Promise.all(outs.map((s) => new Promise((r) => s.end(r))));
  writeFileSync(paths.patterns, Object.values(DETECTABLE_PATTERNS).flat().join('\n') + '\n');
  await writeCri(paths.cri, bare, records);
  paths.watchFailing = await writeWatch(paths.watch, Math.ceil(records / 10));
  return paths;
}

/** Write `text` pieces to `path`, waiting for the stream to drain when it asks to. */
async function writeAll(path: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  await new Promise((r) => out.end(r));
}

function* criLines(bare: readonly string[], records: number): Generator<string> {
  const start = Date.parse('2024-03-01T00:00:00Z');
  for (let i = 0; i < records; i += 1) {
    const time = new Date(start + i).toISOString().replace('Z', '123456Z');
    const message = bare[i % bare.length] as string;
    const stream = i % 3 === 0 ? 'stderr' : 'stdout';
    if (i % 10 === 0 && message.length > 8) {
      const cut = Math.floor(message.length / 2);
      yield `${time} ${stream} P ${message.slice(0, cut)}\n${time} ${stream} F ${message.slice(cut)}\n`;
    } else {
      yield `${time} ${stream} F ${message}\n`;
    }
  }
}

async function writeCri(path: string, bare: readonly string[], records: number): Promise<void> {
  await writeAll(path, criLines(bare, records));
}

/** Pods as `kubectl get -w -o json` prints them; every tenth is in CrashLoopBackOff. Returns how many. */
async function writeWatch(path: string, objects: number): Promise<number> {
  let failing = 0;
  function* pods(): Generator<string> {
    const start = Date.parse('2024-03-01T00:00:00Z');
    for (let i = 0; i < objects; i += 1) {
      const at = new Date(start + i * 1000).toISOString();
      const crashing = i % 10 === 9;
      if (crashing) failing += 1;
      const name = `web-${(i % 50).toString().padStart(2, '0')}`;
      const pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          creationTimestamp: at,
          labels: { app: 'web', 'pod-template-hash': '5d4f8c7b9' },
          name: `web-5d4f8c7b9-${name.replace('-', 'x')}q`,
          namespace: 'shop',
          ownerReferences: [{ apiVersion: 'apps/v1', controller: true, kind: 'ReplicaSet', name: 'web-5d4f8c7b9', uid: `u-${i}` }],
          resourceVersion: String(100000 + i),
          uid: `p-${i}`,
        },
        spec: { containers: [{ image: 'registry/web:v1', name: 'app', readinessProbe: { httpGet: { path: '/ready', port: 8080 } } }], nodeName: 'node-1' },
        status: {
          conditions: [
            { lastProbeTime: null, lastTransitionTime: at, status: crashing ? 'False' : 'True', type: 'Ready' },
            { lastProbeTime: null, lastTransitionTime: at, status: 'True', type: 'PodScheduled' },
          ],
          containerStatuses: [
            crashing
              ? { name: 'app', ready: false, restartCount: 5, state: { waiting: { message: 'back-off 2m40s restarting failed container', reason: 'CrashLoopBackOff' } } }
              : { name: 'app', ready: true, restartCount: 0, started: true, state: { running: { startedAt: at } } },
          ],
          phase: 'Running',
          startTime: at,
        },
      };
      yield `${JSON.stringify(pod, null, 4)}\n`;
    }
  }
  await writeAll(path, pods());
  return failing;
}

interface Timing {
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
async function timed(label: string, records: number, cmd: string, args: string[], rssFile: string | null): Promise<Timing> {
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

function nodeRun(script: string, args: string[], nodeFlags: string[] = []): [string, string[]] {
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
const STREAMING_NODE_FLAGS = ['--max-semi-space-size=4'];
/** Peak RSS varies by ~10% from run to run (it is set during start-up), so each is run this often. */
const REPEATS = 3;
/** "Flat": the median peak on the large input within this factor of the small input's. */
const FLAT_WITHIN = 1.1;

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Run REPEATS times; wall time and peak RSS are the medians, the line count must agree. */
async function repeated(label: string, records: number, cmd: string, args: string[], rssFile: string): Promise<Timing> {
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

/** Adversarial inputs: lines this long, this many to a file. */
const ADVERSARIAL_LINE_CHARS = 256 * 1024;
const ADVERSARIAL_LINES = 64;
/** The slowest crafted file may take at most this many times the benign file's time. */
const ADVERSARIAL_WITHIN = 2;
// What long log lines are made of: paths, numbers, padding, quoted strings, fields, brackets,
// a utiltrace duration and a registry path (the pieces the shapes' expressions read).
const LOG_FRAGMENTS = ['/', '/v2/', '0', '7', '12', '3.5', ' ', '   ', '"', ':', ': ', '[', ']', '[0s] ', '(', ')', '|', ',', '-', '=', 'a/'];

/** A line of `chars` characters of fragments (and `extra`), in a fixed interleaving. */
function fragmentLine(chars: number, extra: readonly string[]): string {
  const pieces = [...LOG_FRAGMENTS, ...extra];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i += 1) {
    const piece = pieces[(i * 7 + (i >> 2)) % pieces.length] as string;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, chars);
}

interface AdversarialFile {
  /** The substring the lines end in; null for the benign file. */
  gate: string | null;
  jsonl: string;
  text: string;
}

/** One file per distinct shape substring, and the benign file, as JSON Lines and as text. */
function writeAdversarial(dir: string): AdversarialFile[] {
  const gates = [...new Set(ALL_SHAPES.map((s) => s.contains))];
  const write = (name: string, gate: string | null): AdversarialFile => {
    const tail = gate ?? '';
    // The substring's beginning throughout (never the whole of it), so a shape's expression
    // finds partial starts everywhere before the one real occurrence at the end.
    const body = fragmentLine(ADVERSARIAL_LINE_CHARS - tail.length, gate && gate.length > 1 ? [gate.slice(0, -1)] : []);
    const line = body + tail;
    const file: AdversarialFile = { gate, jsonl: join(dir, `adversarial-${name}.jsonl`), text: join(dir, `adversarial-${name}.txt`) };
    const records: string[] = [];
    for (let i = 0; i < ADVERSARIAL_LINES; i += 1) {
      records.push(JSON.stringify({ timestamp: 1_700_000_000 + i, service: 'web', severity: 'ERROR', message: line }));
    }
    writeFileSync(file.jsonl, `${records.join('\n')}\n`);
    writeFileSync(file.text, `${Array(ADVERSARIAL_LINES).fill(line).join('\n')}\n`);
    return file;
  };
  return [write('benign', null), ...gates.map((gate, i) => write(String(i), gate))];
}

interface AdversarialRow {
  format: string;
  benign: Timing;
  worst: Timing;
  gate: string;
}

/** Times every crafted file once per format, then the slowest again beside the benign one. */
async function adversarialRows(dir: string, say: (text: string) => void): Promise<AdversarialRow[]> {
  const files = writeAdversarial(dir);
  const benign = files[0] as AdversarialFile;
  const crafted = files.slice(1);
  const mib = (ADVERSARIAL_LINE_CHARS * ADVERSARIAL_LINES) / (1024 * 1024);
  say('');
  say(`Adversarial rows: ${crafted.length} crafted files of ${ADVERSARIAL_LINES} lines of ${ADVERSARIAL_LINE_CHARS / 1024} KiB (${mib} MiB of text each), one per shape substring`);
  const rows: AdversarialRow[] = [];
  const formats = [
    { name: 'observe (jsonl records)', args: [] as string[], input: (f: AdversarialFile) => f.jsonl },
    { name: 'observe --format text', args: ['--format', 'text'], input: (f: AdversarialFile) => f.text },
  ];
  for (const format of formats) {
    const once = (f: AdversarialFile, label: string) =>
      timed(label, ADVERSARIAL_LINES, ...nodeRun('adapters/observe.ts', [...format.args, format.input(f)], STREAMING_NODE_FLAGS), null);
    let slowest: { file: AdversarialFile; seconds: number } | null = null;
    for (const file of crafted) {
      const t = await once(file, `${format.name} ending in ${JSON.stringify(file.gate)}`);
      if (!slowest || t.seconds > slowest.seconds) slowest = { file, seconds: t.seconds };
    }
    if (!slowest) throw new Error('no crafted files');
    const gate = JSON.stringify(slowest.file.gate);
    say(`  ${format.name}: slowest of ${crafted.length} files ends in ${gate} (${slowest.seconds.toFixed(2)} s once); timing it and the benign file ${REPEATS} times`);
    const median = async (file: AdversarialFile, label: string) => {
      const all: Timing[] = [];
      for (let i = 0; i < REPEATS; i += 1) all.push(await once(file, label));
      return { ...(all[0] as Timing), seconds: medianOf(all.map((t) => t.seconds)) };
    };
    const worst = await median(slowest.file, `${format.name}, lines ending in ${gate}`);
    const base = await median(benign, `${format.name}, benign lines`);
    rows.push({ format: format.name, benign: base, worst, gate });
  }
  return rows;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('bench', argv, {
    records: { type: 'string' },
    small: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean' },
    'adversarial-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
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
