// What bounds a line's cost: the shapes read bounded windows around their substring (counted
// here through ShapeGroups' runner seam), and the attack strings the ReDoS checker built for
// the rules that once failed it are classified in a child process far inside a generous limit.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { taggedScanner } from '../src/substring-set.ts';
import { runCli } from '../src/run-cli.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { collapsePadding, SHAPE_WINDOW, ShapeGroups, type LineShape } from '../src/shape-groups.ts';
import { DETECTABLE_SHAPES } from './line-shapes.ts';
import { classifyMessage, matchText } from './watcher-skills.ts';

const SHAPES: readonly LineShape[] = Object.values(DETECTABLE_SHAPES).flat();

/** Every shape in a group of its own, so each one whose substring is seen runs; counts what they read. */
function countingShapes(window?: number) {
  let read = 0;
  const groups = new ShapeGroups({
    ...(window === undefined ? {} : { window }),
    run: (expression, text, from) => {
      read += text.length - from;
      expression.lastIndex = from;
      return expression.exec(text);
    },
  });
  const scan = taggedScanner(
    SHAPES.map((shape, i) => [matchText(shape.contains), groups.add(i, shape)] as const),
    (id, end) => groups.saw(id, end),
  );
  return (text: string): { read: number; matched: number } => {
    read = 0;
    groups.reset();
    scan(text);
    let matched = 0;
    SHAPES.forEach((_, i) => {
      if (groups.matches(i, text)) matched += 1;
    });
    return { read, matched };
  };
}

// The fragments log lines are made of, and every shape's substring, over and over.
const FRAGMENTS = ['/v2/', '/', '0', '12', ' ', '"', ':', '[', ']', '0/', '1.5', '|', '-', ',', '(', ')', '{'];
function adversarialLine(length: number, withSubstrings: boolean): string {
  const pieces = withSubstrings ? [...FRAGMENTS, ...SHAPES.map((s) => `${s.contains} `)] : FRAGMENTS;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i += 1) {
    const piece = pieces[(i * 7 + (i >> 3)) % pieces.length]!;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}

const MB20 = 20 * 1024 * 1024;
const MB8 = 8 * 1024 * 1024;

/** Each shape reads each window once: at most the windows' span plus one context character each. */
function boundPerShape(length: number, window: number): number {
  return Math.ceil(length / window) * (2 * window + 1);
}

describe('the shapes read a bounded window of a long line', () => {
  // Every shape runs on every window of this line, so its cost is the line's length times the
  // number of shapes; the bound is per window, and a thousand windows show it as well as five
  // thousand (the 8 MB records below go through the whole loop).
  it('read at most twice a 4 MB line holding every substring everywhere, each shape', () => {
    const line = adversarialLine(4 * 1024 * 1024, true);
    const { read } = countingShapes()(line);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(SHAPES.length * boundPerShape(line.length, SHAPE_WINDOW));
    expect(read / (SHAPES.length * line.length)).toBeLessThan(2.01);
  });

  it('read only the windows at the end of a 20 MB line whose substrings are at its end', () => {
    const tail = SHAPES.map((s) => ` ${s.contains}`).join('');
    const line = 'x'.repeat(MB20) + tail;
    const { read } = countingShapes()(line);
    // The tail's windows, and never the 20 MB before them.
    expect(read).toBeLessThanOrEqual(SHAPES.length * 2 * (2 * SHAPE_WINDOW + 1));
  });

  it('reading the whole line instead (the window lifted) breaks that bound: the check can fail', () => {
    const tail = SHAPES.map((s) => ` ${s.contains}`).join('');
    const line = 'x'.repeat(1024 * 1024) + tail;
    const { read } = countingShapes(line.length)(line);
    expect(read).toBeGreaterThan(SHAPES.length * 2 * (2 * SHAPE_WINDOW + 1));
  });

  it('find a layout anywhere in a long line, in the window that holds it', () => {
    const filler = adversarialLine(50_000, false);
    expect(classifyMessage(`${filler} Head "https://ghcr.io/v2/x/y/manifests/v1": denied ${filler}`)).toBe('ImagePullBackOff');
    expect(classifyMessage(`${filler} heartbeat to manager abc failed ${filler}`)).toBe('NodeNotReady');
    expect(classifyMessage(`${filler} status=504 ${filler}`)).toBe('HighLatency');
  });

  it('do not find a layout longer than the window in a line longer than two', () => {
    const gap = 'x '.repeat(SHAPE_WINDOW);
    expect(classifyMessage(`heartbeat to manager ${gap} failed`)).toBe(null);
    // The same words with a short gap, in the same long line.
    expect(classifyMessage(`heartbeat to manager x failed ${gap}`)).toBe('NodeNotReady');
  });

  it("do not read a window's first character as the start of the line", () => {
    // A `kubectl get deployment` row starting exactly where a window starts, mid-line: not a row.
    const before = 'a '.repeat((3 * SHAPE_WINDOW) / 2);
    const line = `${before}web 1/3 5m ${'b '.repeat(3 * SHAPE_WINDOW)}`;
    expect(line.indexOf('web')).toBe(3 * SHAPE_WINDOW);
    expect(classifyMessage(line)).toBe(null);
    expect(classifyMessage(`web 1/3 5m ${'b '.repeat(3 * SHAPE_WINDOW)}`)).toBe('ReplicaMismatch');
  });

  it("do not read a window's last character as the end of the line", () => {
    // `notready` ends exactly where the first window ends, and the line goes on with "x".
    const before = `${'a '.repeat(SHAPE_WINDOW - 5)}a`;
    const line = `${before} notready${'x'.repeat(3 * SHAPE_WINDOW)}`;
    expect(line.indexOf('notready') + 'notready'.length).toBe(2 * SHAPE_WINDOW);
    expect(classifyMessage(line)).toBe(null);
    expect(classifyMessage(`${before} notready ${'x'.repeat(3 * SHAPE_WINDOW)}`)).toBe('NodeNotReady');
  });
});

/** Shapes whose substring is blank only: each is tried on nearly every line, whatever it reads. */
function triedOnEveryLine(shapes: readonly LineShape[]): LineShape[] {
  return shapes.filter((shape) => shape.contains.trim() === '');
}

describe('a shape is tried only where its substring is', () => {
  // A DaemonSet row's layout once listed under a lone blank ran on every line and cost the watcher a
  // fifth of its time per unmatched line; listed under its selector's `<none>`, it costs nothing measurable.
  it('no shape is listed under a blank alone', () => {
    expect(triedOnEveryLine(SHAPES)).toEqual([]);
  });

  it('a shape listed under a blank alone is caught: the check can fail', () => {
    const everywhere: LineShape = { contains: ' ', shape: /^\S+ \d+ \d+$/ };
    expect(triedOnEveryLine([...SHAPES, everywhere])).toEqual([everywhere]);
  });
});

describe('padding read as one space', () => {
  it('collapses a run of blanks, a lone tab, and a tab among spaces, each to one space', () => {
    expect(collapsePadding('web   1/1     Running')).toBe('web 1/1 Running');
    expect(collapsePadding('web\t1/1\tRunning')).toBe('web 1/1 Running');
    expect(collapsePadding('web \t 1/1')).toBe('web 1/1');
  });

  it('returns a line holding neither a tab nor two spaces in a row as the same string, unread', () => {
    const line = 'level=info msg="Startup sequence complete"';
    expect(collapsePadding(line)).toBe(line);
    // The early return must look for a tab as well as two spaces: a line with one lone tab still changes.
    expect(collapsePadding('a\tb')).not.toBe('a\tb');
  });
});

describe('a layout listed under several substrings', () => {
  /** A group holding `shapes`, scanned by their substrings; counts the expressions' runs on a line. */
  function runsOn(shapes: readonly LineShape[], line: string): { runs: number; matched: boolean } {
    let runs = 0;
    const groups = new ShapeGroups({
      run: (expression, text, from) => {
        runs += 1;
        expression.lastIndex = from;
        return expression.exec(text);
      },
    });
    const scan = taggedScanner(
      shapes.map((shape) => [shape.contains, groups.add(0, shape)] as const),
      (id, end) => groups.saw(id, end),
    );
    groups.reset();
    scan(line);
    const matched = groups.matches(0, line);
    return { runs, matched };
  }
  const rows = /^\S+ (\d+) (?!\1 )\d+ \d+[smhd]$/i;
  const digits = (shape: RegExp): LineShape[] => [...'0123456789'].map((d) => ({ contains: `${d} `, shape }));

  it('is one shape: its expression runs once on a line holding several of its substrings', () => {
    expect(runsOn(digits(rows), 'web 1 3 5m')).toEqual({ runs: 1, matched: true });
    expect(runsOn(digits(rows), 'web 1 1 2 5m')).toEqual({ runs: 1, matched: false });
  });

  it('ten copies of the expression under the same substrings run once per substring seen: the sharing is what keeps it to one (the check can fail)', () => {
    const copies = [...'0123456789'].map((d) => ({ contains: `${d} `, shape: new RegExp(rows.source, rows.flags) }));
    expect(runsOn(copies, 'web 1 1 2 5m')).toEqual({ runs: 2, matched: false });
  });

  it("a group matches only by its own shapes: another group's shape, seen and matching, does not count for it, nor an unseen one (the check can fail)", () => {
    const groups = new ShapeGroups();
    const oom = groups.add(0, { contains: 'oom', shape: /\boom\b/i });
    const slow = groups.add(1, { contains: 'slow', shape: /\bslow\b/i });
    groups.add(1, { contains: 'late', shape: /\blate\b/i });
    groups.reset();
    groups.saw(slow, 4);
    expect(groups.matches(1, 'slow oom')).toBe(true);
    // The line holds `oom`, but the scan did not report it: group 0 is not read.
    expect(groups.matches(0, 'slow oom')).toBe(false);
    groups.saw(oom, 8);
    expect(groups.matches(0, 'slow oom')).toBe(true);
    // Reset forgets what the last line's scan saw.
    groups.reset();
    expect(groups.matches(0, 'slow oom')).toBe(false);
    expect(groups.matches(1, 'slow oom')).toBe(false);
  });

  it('under substrings of other lengths stays a shape of its own, so windows are placed by each length', () => {
    const shape = /\bready: (\d+)\/(?!\1\b)\d+\b/i;
    const groups = new ShapeGroups();
    expect(groups.add(0, { contains: 'ready: ', shape })).toBe(0);
    expect(groups.add(0, { contains: 'ready:', shape })).toBe(1);
    expect(groups.add(0, { contains: 'reads: ', shape })).toBe(0);
    expect(groups.add(1, { contains: 'ready: ', shape })).toBe(2);
  });
});

// The attack strings recheck reported for the rules it once found vulnerable, verbatim
// (prefix + pump * n + suffix), pumped far past the length that held the loop for minutes.
interface Attack {
  rule: string;
  prefix: string;
  pump: string;
  suffix: string;
  repeat: number;
  /** The watcher's class and the text severity of the attack string, once classified. */
  expected: [string | null, string];
}
const ATTACKS: readonly Attack[] = [
  {
    rule: 'registry denial /\\/v2\\/\\S+\\/manifests\\/\\S+?"?:\\s*denied\\b/i',
    prefix: 'STS/V2//'.repeat(703) + 'STS/D:',
    pump: 'DENIED/MANIFESTS/\x00',
    suffix: 'DENIED\t/V2/T/MANIFESTS/F:DENIED',
    repeat: 60_000,
    // Its suffix is a denial in the registry's layout: found, after reading the line once.
    expected: ['ImagePullBackOff', 'ERROR'],
  },
  {
    rule: 'registry denial, the line from the report: /v2/ repeated, then /manifests/x',
    prefix: '',
    pump: '/v2/',
    suffix: '/manifests/x',
    repeat: 250_000,
    expected: [null, 'INFO'],
  },
  {
    rule: 'heartbeat /\\bheartbeat to manager\\b.*\\bfailed\\b/i',
    prefix: '',
    pump: 'LED HEARTBEAT TO MANAGER ',
    suffix: 'LED\nHEARTBEAT TO MANAGER FAILED',
    repeat: 40_000,
    expected: ['NodeNotReady', 'ERROR'],
  },
  {
    rule: 'utiltrace step (exponential: nested durations, Greek capital Mu folding to the micro sign)',
    prefix: '[0S] [0Μ',
    pump: 'S0ΜS0Μ',
    suffix: 'Μ',
    repeat: 2_000,
    expected: [null, 'INFO'],
  },
  {
    rule: 'utiltrace step as an ERROR line',
    prefix: 'ERROR kube-apiserver: [0S] [0Μ',
    pump: 'S0ΜS0Μ',
    suffix: 'Μ',
    repeat: 2_000,
    expected: [null, 'ERROR'],
  },
];

const tmp = mkdtempSync(join(tmpdir(), 'line-cost-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Classifies attack strings (or runs `expression` on them) in a child process, stopped
 * `limitMs` after it has loaded the tables and begun on them (or `startMs` after it was started,
 * if it has not begun by then): a rule that backtracks over them runs for hours, far past any
 * limit given here. The limit counts from the start of the work, so a slow start on a loaded
 * machine does not eat into it.
 */
async function classifyInChild(
  attacks: readonly Attack[],
  limitMs: number,
  expression?: { source: string; flags: string },
  startMs = 60_000,
): Promise<{ started: boolean; finished: boolean; results: Array<[string | null, string] | boolean> }> {
  const spec = join(tmp, `spec-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(spec, JSON.stringify({ attacks, expression }));
  const watcher = pathToFileURL(join(PROJECT_ROOT, 'skills/watcher-skills.ts')).href;
  const severity = pathToFileURL(join(PROJECT_ROOT, 'skills/severity-skills.ts')).href;
  const script = `
    import { readFileSync } from 'node:fs';
    import { classifyMessage } from ${JSON.stringify(watcher)};
    import { inferSeverity } from ${JSON.stringify(severity)};
    const { attacks, expression } = JSON.parse(readFileSync(process.argv[1], 'utf8'));
    const re = expression ? new RegExp(expression.source, expression.flags) : null;
    process.stderr.write('started\\n');
    const out = attacks.map((a) => {
      const line = a.prefix + a.pump.repeat(a.repeat) + a.suffix;
      return re ? re.test(line) : [classifyMessage(line), inferSeverity(line)];
    });
    process.stdout.write(JSON.stringify(out));
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, spec], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // `started`: the child had loaded the tables and begun on the attacks.
  let started = false;
  let timer = setTimeout(() => child.kill('SIGKILL'), startMs);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (!started && stderr.includes('started\n')) {
      started = true;
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    }
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (exit) => done(exit));
  });
  clearTimeout(timer);
  if (code !== 0) return { started, finished: false, results: [] };
  return { started, finished: true, results: JSON.parse(stdout) };
}

describe('the attack strings that once stalled the loop', () => {
  it('are classified by the watcher and the severity rules, pumped to a megabyte, well inside a minute', async () => {
    const { finished, results } = await classifyInChild(ATTACKS, 60_000);
    expect(finished).toBe(true);
    expect(results).toEqual(ATTACKS.map((a) => a.expected));
  });

  it('hold a child past its limit when the old utiltrace step runs on them: the check can fail', async () => {
    const old = String.raw`(?:^|:\s)\s*(?:"[^"]*" )?\[(?:\d+(?:\.\d+)?(?:ns|us|µs|μs|ms|s|m|h))+\]\s+\[(?:\d+(?:\.\d+)?(?:ns|us|µs|μs|ms|s|m|h))+\]\s+\S`;
    const attack = { ...ATTACKS[3]!, repeat: 40 };
    // 40 pumps: 2^80 ways to read it; killed at the limit, which the fixed rule never nears.
    // It had started on the attack, so the expression, not the child's start, held it.
    const { started, finished } = await classifyInChild([attack], 700, { source: old, flags: 'i' });
    expect(started).toBe(true);
    expect(finished).toBe(false);
  });

  it('tell a child stopped before it began on the attacks from one the expression held', async () => {
    const { started, finished } = await classifyInChild(ATTACKS, 60_000, undefined, 1);
    expect(finished).toBe(false);
    expect(started).toBe(false);
  });
});

// Twice the 4 MB line above, through the whole loop: a cost that grew faster than the line
// would show as minutes here, as the old rules' did.
describe('an 8 MB adversarial record', () => {
  it('goes through observe as a record and as a text line, each well inside a generous limit', { timeout: 300_000 }, async () => {
    const message = `${'/v2/'.repeat(MB8 / 8)}${adversarialLine(MB8 / 2, true)} Head "https://r.io/v2/a/manifests/v1": denied`;
    const records = join(tmp, 'big.jsonl');
    writeFileSync(records, `${JSON.stringify({ timestamp: 1, service: 'web', severity: 'ERROR', message })}\n`);
    const text = join(tmp, 'big.txt');
    writeFileSync(text, `${message}\n`);
    for (const args of [[records], ['--format', 'text', text]]) {
      const run = await runCli('adapters/observe.ts', args, { timeoutMs: 240_000 });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('ImagePullBackOff');
    }
  });
});
