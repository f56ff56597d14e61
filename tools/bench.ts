// npm run bench: builds a large input by repeating the seed's near-real stream, then times
// observe and lab-run --dry-run --jsonl on it as JSON array and as JSON Lines, beside two
// floors measured in the same run (plain JSON.parse of every line; grep -F -i with the
// watcher's patterns over the bare messages). Reports records/s, wall time and peak RSS.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { buildDatasets } from '../data/seed-datasets.ts';
import { dumpsPython } from '../src/py-json.ts';
import { DETECTABLE_PATTERNS } from '../skills/watcher-skills.ts';
import { PROJECT_ROOT } from '../experiments/paths.ts';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import type { JsonValue } from '../src/types.ts';

const HELP = `Usage: bench [--records N] [--small N] [--out DIR] [--keep]

Builds N records (default 1,000,000) by repeating the seed-42 near-real stream, as a JSON
array and as JSON Lines, and times observe and lab-run --dry-run --jsonl on each, plus the
JSON.parse and grep floors. Also runs observe on --small records (default 100,000) to show
that peak memory does not grow with input size.

  --records N   records in the large input (default 1000000)
  --small N     records in the small input for the memory comparison (default 100000)
  --out DIR     where inputs are written (default bench-out/, removed afterwards)
  --keep        keep the generated inputs
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
  return paths;
}

interface Timing {
  label: string;
  records: number;
  seconds: number;
  rssMiB: number | null;
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

// V8 grows its young generation as a long run goes on (16, then 32, then 64 MiB semi-spaces),
// which is most of the difference in peak memory between a short and a long input; with the
// young generation capped, as the npm scripts run the streaming commands, the peak stops
// growing. Measured beside a plain `node FILE.ts` run, not instead of it.
const CAPPED_YOUNG_GENERATION = ['--max-semi-space-size=4'];

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('bench', argv, {
    records: { type: 'string' },
    small: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean' },
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

  try {
    say(`Building inputs in ${dir} ...`);
    const large = await writeInputs(dir, big);
    const little = await writeInputs(dir, small);
    say(`JSON array ${(statSync(large.json).size / 1e6).toFixed(0)} MB, JSON Lines ${(statSync(large.jsonl).size / 1e6).toFixed(0)} MB, ${big.toLocaleString('en-US')} records, ${large.injected.toLocaleString('en-US')} injected failures`);

    const runs: Timing[] = [];
    const run = async (t: Promise<Timing>) => {
      const r = await t;
      runs.push(r);
      say(`  ${r.label.padEnd(44)} ${r.seconds.toFixed(2).padStart(7)} s`);
      return r;
    };
    const parseFloor = await run(timed('JSON.parse floor (jsonl)', big, ...nodeRun('tools/bench-parse-floor.ts', [large.jsonl]), rssFile));
    const grepFloor = await run(timed('grep -c -F -i -f patterns (messages)', big, 'grep', ['-c', '-F', '-i', '-f', large.patterns, large.messages], null));
    const obsJsonl = await run(timed('observe (jsonl)', big, ...nodeRun('adapters/observe.ts', [large.jsonl]), rssFile));
    const obsJson = await run(timed('observe (json array)', big, ...nodeRun('adapters/observe.ts', [large.json]), rssFile));
    const labJsonl = await run(timed('lab-run --dry-run --jsonl (jsonl)', big, ...nodeRun('adapters/lab-run.ts', ['--dry-run', '--jsonl', large.jsonl]), rssFile));
    const labJson = await run(timed('lab-run --dry-run --jsonl (json array)', big, ...nodeRun('adapters/lab-run.ts', ['--dry-run', '--jsonl', large.json]), rssFile));
    const obsSmall = await run(timed(`observe (jsonl, ${small.toLocaleString('en-US')} records)`, small, ...nodeRun('adapters/observe.ts', [little.jsonl]), rssFile));
    const obsCapped = await run(timed('observe (jsonl), capped as npm run observe', big, ...nodeRun('adapters/observe.ts', [large.jsonl], CAPPED_YOUNG_GENERATION), rssFile));
    const obsSmallCapped = await run(timed(`observe (jsonl, ${small.toLocaleString('en-US')}), capped`, small, ...nodeRun('adapters/observe.ts', [little.jsonl], CAPPED_YOUNG_GENERATION), rssFile));

    say('');
    say(`${'run'.padEnd(44)}${'records/s'.padStart(12)}${'wall s'.padStart(9)}${'peak MiB'.padStart(10)}${'x floor'.padStart(9)}${'lines'.padStart(10)}`);
    for (const r of runs) {
      say(
        `${r.label.padEnd(44)}${Math.round(r.records / r.seconds).toLocaleString('en-US').padStart(12)}${r.seconds.toFixed(2).padStart(9)}${(r.rssMiB === null ? '-' : r.rssMiB.toFixed(0)).padStart(10)}${(r.seconds / parseFloor.seconds).toFixed(2).padStart(9)}${String(r.lines).padStart(10)}`,
      );
    }
    const checks: Array<[string, boolean]> = [
      [`observe found all ${large.injected} injected failures (jsonl, json)`, obsJsonl.lines === large.injected && obsJson.lines === large.injected],
      ['observe jsonl within 1.5x of the JSON.parse floor', obsJsonl.seconds <= 1.5 * parseFloor.seconds],
      ['observe json array within 2x of the JSON.parse floor', obsJson.seconds <= 2 * parseFloor.seconds],
      ['lab-run --dry-run --jsonl within 2x of observe (jsonl, json)', labJsonl.seconds <= 2 * obsJsonl.seconds && labJson.seconds <= 2 * obsJson.seconds],
      ['peak RSS under 200 MiB for every run', [obsJsonl, obsJson, labJsonl, labJson, obsSmall].every((r) => r.rssMiB !== null && r.rssMiB < 200)],
      ['peak RSS flat: 1M within 25% of 100k (observe jsonl)', obsJsonl.rssMiB !== null && obsSmall.rssMiB !== null && obsJsonl.rssMiB <= obsSmall.rssMiB * 1.25],
      ['peak RSS flat as npm run observe runs it (young generation capped): 1M within 25% of 100k', obsCapped.rssMiB !== null && obsSmallCapped.rssMiB !== null && obsCapped.rssMiB <= obsSmallCapped.rssMiB * 1.25],
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
