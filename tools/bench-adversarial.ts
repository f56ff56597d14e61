// The benchmark's adversarial rows: files of long lines crafted against each shape's substring,
// through observe as records and as text, timed against a benign file of the same size.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SHAPES } from '../skills/line-shapes.ts';
import { medianOf, nodeRun, REPEATS, STREAMING_NODE_FLAGS, timed, type Timing } from './bench-timing.ts';

/** Adversarial inputs: lines this long, this many to a file. */
const ADVERSARIAL_LINE_CHARS = 256 * 1024;
const ADVERSARIAL_LINES = 64;
/** The slowest crafted file may take at most this many times the benign file's time. */
export const ADVERSARIAL_WITHIN = 2;
/** How a benign text line states its level (see writeAdversarial). */
const BENIGN_LEVEL = 'ERROR ';
// What long log lines are made of: paths, numbers, padding, quoted strings, fields, brackets,
// a utiltrace duration and a registry path (the pieces the shapes' expressions read).
const LOG_FRAGMENTS = ['/', '/v2/', '0', '7', '12', '3.5', ' ', '   ', '"', ':', ': ', '[', ']', '[0s] ', '(', ')', '|', ',', '-', '=', 'a/'];

/** A line of `chars` characters of fragments (and `extra`), in a fixed interleaving. */
export function fragmentLine(chars: number, extra: readonly string[]): string {
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

/**
 * A benign line as the text file holds it: its first characters replaced by a stated level, so the
 * line keeps its length; `level` is the seam a test uses to show the level is what makes it watched.
 */
export function benignTextLine(line: string, level: string = BENIGN_LEVEL): string {
  return `${level}${line.slice(level.length)}`;
}

/** The benign text file with no level: no line of it is watched. */
const unwatchedText = (dir: string): string => join(dir, 'adversarial-benign-unwatched.txt');

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
    // A benign text line states its level, as each record states its severity: the watcher reads
    // it, as it reads every crafted line its substring makes a warning. A benign line with no
    // level is never watched, and against it a crafted line would be timed for the watcher's
    // whole work rather than for what it holds; that file is kept too and its time reported.
    const text = gate === null ? benignTextLine(line) : line;
    writeFileSync(file.text, `${Array(ADVERSARIAL_LINES).fill(text).join('\n')}\n`);
    if (gate === null) writeFileSync(unwatchedText(dir), `${Array(ADVERSARIAL_LINES).fill(line).join('\n')}\n`);
    return file;
  };
  return [write('benign', null), ...gates.map((gate, i) => write(String(i), gate))];
}

interface AdversarialRow {
  format: string;
  benign: Timing;
  worst: Timing;
  gate: string;
  /** For text, the benign lines with no level (never watched), timed for the figure alone. */
  unwatched: Timing | null;
}

/** Times every crafted file once per format, then the slowest again beside the benign one. */
export async function adversarialRows(dir: string, say: (text: string) => void): Promise<AdversarialRow[]> {
  const files = writeAdversarial(dir);
  const benign = files[0] as AdversarialFile;
  const crafted = files.slice(1);
  const mib = (ADVERSARIAL_LINE_CHARS * ADVERSARIAL_LINES) / (1024 * 1024);
  say('');
  say(`Adversarial rows: ${crafted.length} crafted files of ${ADVERSARIAL_LINES} lines of ${ADVERSARIAL_LINE_CHARS / 1024} KiB (${mib} MiB of text each), one per shape substring`);
  const rows: AdversarialRow[] = [];
  const formats = [
    { name: 'observe (jsonl records)', args: [] as string[], input: (f: AdversarialFile) => f.jsonl, unwatched: null },
    { name: 'observe --format text', args: ['--format', 'text'], input: (f: AdversarialFile) => f.text, unwatched: unwatchedText(dir) },
  ];
  for (const format of formats) {
    const run = (input: string, label: string) =>
      timed(label, ADVERSARIAL_LINES, ...nodeRun('adapters/observe.ts', [...format.args, input], STREAMING_NODE_FLAGS), null);
    const once = (f: AdversarialFile, label: string) => run(format.input(f), label);
    let slowest: { file: AdversarialFile; seconds: number } | null = null;
    for (const file of crafted) {
      const t = await once(file, `${format.name} ending in ${JSON.stringify(file.gate)}`);
      if (!slowest || t.seconds > slowest.seconds) slowest = { file, seconds: t.seconds };
    }
    if (!slowest) throw new Error('no crafted files');
    const gate = JSON.stringify(slowest.file.gate);
    say(`  ${format.name}: slowest of ${crafted.length} files ends in ${gate} (${slowest.seconds.toFixed(2)} s once); timing it and the benign file ${REPEATS} times`);
    const median = async (input: string, label: string) => {
      const all: Timing[] = [];
      for (let i = 0; i < REPEATS; i += 1) all.push(await run(input, label));
      return { ...(all[0] as Timing), seconds: medianOf(all.map((t) => t.seconds)) };
    };
    const worst = await median(format.input(slowest.file), `${format.name}, lines ending in ${gate}`);
    const base = await median(format.input(benign), `${format.name}, benign lines`);
    const unwatched = format.unwatched === null ? null : await median(format.unwatched, `${format.name}, benign lines with no level`);
    rows.push({ format: format.name, benign: base, worst, gate, unwatched });
  }
  return rows;
}
