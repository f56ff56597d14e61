// score-corpus: how well the Watcher reads a labelled corpus of real log lines. The messages
// take the path `observe --format text` takes (one per line, through the text reader and its
// severity inference, then the replay loop without healing), and the one scorer compares the
// detections with the labels.
import { Readable } from 'node:stream';
import { FAILURE_TYPES, type FailureType } from '../skills/failure-types.ts';
import { readRecordBatches, readRecords } from '../src/record-reader.ts';
import { replay } from '../src/replay.ts';
import { createScorer, HEALTHY, NOT_DETECTED, type Score } from '../src/score.ts';
import { groundTruthFromLabels, labelledClass } from '../src/ground-truth.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { InputError, RunError, UsageError } from '../src/errors.ts';
import { MAX_RECORD_BYTES_HELP, parseMaxRecordBytes, singleInput } from '../src/input-options.ts';
import { forTerminal, toJson } from '../src/safe-text.ts';
import type { LogRecord, StreamRecord } from '../src/types.ts';

const HELP = `Usage: score-corpus [options] FILE|-

Scores the Watcher on labelled log lines. FILE (or - for standard input) holds records
(a JSON array or JSON Lines) with "message" and "labels": {"reason": CLASS}, where CLASS is one of the nine
failure classes or "healthy". The messages are read as plain text lines, as
\`observe --format text\` reads them (severity inferred from each line), and each line
counts as found when the detected failure_type equals its label. Any detection on a
healthy line is a false alarm.

Prints per-class recall and precision, then every miss and every false alarm.

  --json             print one JSON document instead of the tables
  --min-recall PCT   fail unless every labelled class reaches this recall (0-100)
  --max-fp N         fail when more than N healthy lines raise a detection
${MAX_RECORD_BYTES_HELP}  -h, --help         show this help

Exit status: 0 when the bars given are met, 1 when one is not or the input is
unreadable or mislabelled, 2 on bad flags.
`;

export interface ClassReport {
  lines: number;
  found: number;
  /** Null when the corpus has no line of the class. */
  recall: number | null;
  /** Null when the class was never detected. */
  precision: number | null;
  /** Detections of this class on lines labelled otherwise (healthy or another class). */
  wrong: number;
}

export interface LineReport {
  index: number;
  id: string | null;
  format: string | null;
  label: string;
  detected: string;
  message: string;
}

export interface CorpusReport {
  file: string;
  records: number;
  failures: number;
  healthy: number;
  found: number;
  recall: number | null;
  false_alarms: number;
  per_class: Record<FailureType, ClassReport>;
  misses: LineReport[];
  false_alarm_lines: LineReport[];
}

export interface Bars {
  minRecall?: number;
  maxFp?: number;
}

export interface Labelled {
  record: LogRecord;
  message: string;
  label: FailureType | typeof HEALTHY;
}

/** Every record of the corpus, checked: a string message and a known label. */
async function loadCorpus(file: string, stdin: NodeJS.ReadableStream | undefined, maxRecordBytes: number | undefined): Promise<Labelled[]> {
  const out: Labelled[] = [];
  for await (const { index, record } of readRecords(file, { ...(stdin ? { stdin } : {}), ...(maxRecordBytes ? { maxRecordBytes } : {}) })) {
    const message = record.message;
    if (typeof message !== 'string') throw new InputError(file, `record ${index}`, 'needs a "message" string');
    const label = labelledClass(file, index, record);
    if (label === undefined) throw new InputError(file, `record ${index}`, 'needs "labels": {"reason": ...}');
    out.push({ record, message, label });
  }
  return out;
}

/**
 * The messages as a text capture, read back by the record reader. A message the reader does
 * not give back as one line (a line break inside, or nothing but blanks) would shift every
 * index after it, so it stops the run instead.
 */
async function* asTextCapture(file: string, corpus: readonly Labelled[], maxRecordBytes: number | undefined): AsyncGenerator<StreamRecord[]> {
  const lines = Readable.from(corpus.map((item) => `${item.message}\n`));
  let seen = 0;
  for await (const batch of readRecordBatches('-', { format: 'text', stdin: lines, label: file, ...(maxRecordBytes ? { maxRecordBytes } : {}) })) {
    for (const { index, record } of batch) {
      const expected = corpus[index]?.message.trim();
      if (record.message !== expected) throw notOneLine(file, index);
      seen = index + 1;
    }
    yield batch;
  }
  if (seen !== corpus.length) throw notOneLine(file, seen);
}

function notOneLine(file: string, index: number): InputError {
  return new InputError(file, `record ${index}`, 'message must be one non-blank line of text');
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** `firstDetection[i]` is the class first detected on line i, if any. */
export function buildReport(file: string, corpus: readonly Labelled[], score: Score, firstDetection: readonly (string | undefined)[]): CorpusReport {
  const perClass = Object.create(null) as Record<FailureType, ClassReport>;
  for (const type of FAILURE_TYPES) {
    const s = score.per_class[type];
    const lines = s ? s.true_positives + s.false_negatives : 0;
    const found = s?.true_positives ?? 0;
    const wrong = s?.false_positives ?? 0;
    perClass[type] = { lines, found, recall: ratio(found, lines), precision: ratio(found, found + wrong), wrong };
  }

  const line = (index: number, item: Labelled): LineReport => ({
    index,
    id: text(item.record.id),
    format: text(item.record['format']),
    label: item.label,
    detected: firstDetection[index] ?? NOT_DETECTED,
    message: item.message,
  });
  const misses: LineReport[] = [];
  const falseAlarms: LineReport[] = [];
  corpus.forEach((item, index) => {
    const report = line(index, item);
    if (item.label === HEALTHY) {
      if (report.detected !== NOT_DETECTED) falseAlarms.push(report);
    } else if (report.detected !== item.label) {
      misses.push(report);
    }
  });

  return {
    file,
    records: corpus.length,
    failures: score.total_failures,
    healthy: score.healthy_count,
    found: score.detected,
    recall: ratio(score.detected, score.total_failures),
    false_alarms: score.false_positives,
    per_class: perClass,
    misses,
    false_alarm_lines: falseAlarms,
  };
}

/**
 * Run the corpus (a path, or `-` for `stdin`) through the Watcher and score it against its
 * labels. The corpus is held in memory: the scorer needs every label before the first line.
 */
/** `maxRecordBytes`: the largest record read (the reader's default when absent). */
export async function scoreCorpus(file: string, stdin?: NodeJS.ReadableStream, maxRecordBytes?: number): Promise<CorpusReport> {
  const name = file === '-' ? '<stdin>' : file;
  const corpus = await loadCorpus(file, stdin, maxRecordBytes);
  const groundTruth = groundTruthFromLabels(name, corpus.map((item) => item.record));
  const scorer = createScorer(groundTruth, corpus.length - groundTruth.length);
  // The scorer keeps no detections, so the lines' own are kept here, one slot per line held anyway.
  const firstDetection: (string | undefined)[] = new Array(corpus.length);
  for await (const step of replay(asTextCapture(name, corpus, maxRecordBytes), { heal: false })) {
    scorer.add(step);
    firstDetection[step.index] ??= step.event.failure_type;
  }
  return buildReport(name, corpus, scorer.result(), firstDetection);
}

/** The bars the report misses, one phrase each; empty when all are met. */
export function unmetBars(report: CorpusReport, bars: Bars): string[] {
  const unmet: string[] = [];
  if (bars.minRecall !== undefined) {
    const low = FAILURE_TYPES.filter((type) => {
      const recall = report.per_class[type].recall;
      return recall !== null && recall * 100 < bars.minRecall!;
    }).map((type) => `${type} ${percent(report.per_class[type].recall)}`);
    if (low.length > 0) unmet.push(`recall below ${bars.minRecall}% for ${low.join(', ')}`);
  }
  if (bars.maxFp !== undefined && report.false_alarms > bars.maxFp) {
    unmet.push(`${report.false_alarms} false alarms, more than ${bars.maxFp}`);
  }
  return unmet;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

const PREVIEW_CHARS = 160;

function preview(message: string): string {
  const flat = forTerminal(message.replace(/\s+/g, ' ').trim());
  return flat.length <= PREVIEW_CHARS ? flat : `${flat.slice(0, PREVIEW_CHARS - 3)}...`;
}

/** The report as tables and lists for a terminal; text from the corpus is shown escaped (forTerminal). */
export function formatReport(report: CorpusReport): string {
  const width = Math.max(...FAILURE_TYPES.map((t) => t.length), 'class'.length) + 2;
  const row = (name: string, lines: string, found: string, recall: string, precision: string) =>
    `${name.padEnd(width)}${lines.padStart(6)}${found.padStart(7)}${recall.padStart(9)}${precision.padStart(11)}`.trimEnd();
  const out: string[] = [
    `${forTerminal(report.file)}: ${report.records} lines, ${report.failures} failures, ${report.healthy} healthy`,
    '',
    row('class', 'lines', 'found', 'recall', 'precision'),
  ];
  for (const type of FAILURE_TYPES) {
    const c = report.per_class[type];
    out.push(row(type, String(c.lines), String(c.found), percent(c.recall), percent(c.precision)));
  }
  out.push(row('all', String(report.failures), String(report.found), percent(report.recall), ''));
  out.push('', `false alarms: ${report.false_alarms} of ${report.healthy} healthy lines`);
  const list = (title: string, items: readonly LineReport[], describe: (item: LineReport) => string) => {
    out.push('', `${title} (${items.length}):`);
    if (items.length === 0) out.push('  none');
    for (const item of items) {
      const where = [`record ${item.index}`, item.id, item.format && `[${item.format}]`].filter(Boolean).map((s) => forTerminal(s as string)).join(' ');
      out.push(`  ${where} ${forTerminal(describe(item))}: ${preview(item.message)}`);
    }
  };
  list('misses', report.misses, (item) => `${item.label}, got ${item.detected}`);
  list('false alarms', report.false_alarm_lines, (item) => `healthy, got ${item.detected}`);
  return `${out.join('\n')}\n`;
}

function parseBar(flag: string, value: string | undefined, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const ok = value.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= max && (!integer || Number.isInteger(n));
  if (!ok) {
    const expected = integer ? 'a whole number of lines (0 or more)' : `a percentage from 0 to ${max}`;
    throw new UsageError(`score-corpus: --${flag} expects ${expected}, got ${JSON.stringify(value)}`);
  }
  return n;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    'score-corpus',
    argv,
    {
      json: { type: 'boolean' },
      'min-recall': { type: 'string' },
      'max-fp': { type: 'string' },
      'max-record-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const bars: Bars = {};
  const minRecall = parseBar('min-recall', values['min-recall'], 100, false);
  const maxFp = parseBar('max-fp', values['max-fp'], Number.MAX_SAFE_INTEGER, true);
  if (minRecall !== undefined) bars.minRecall = minRecall;
  if (maxFp !== undefined) bars.maxFp = maxFp;
  const file = singleInput('score-corpus', positionals);

  const report = await scoreCorpus(file, io.stdin, parseMaxRecordBytes('score-corpus', values['max-record-bytes']));
  const unmet = unmetBars(report, bars);
  io.stdout(values.json ? `${toJson({ ...report, unmet_bars: unmet }, 2)}\n` : formatReport(report));
  if (unmet.length > 0) throw new RunError(`score-corpus: ${unmet.join('; ')}`);
  return 0;
}

runIfMain(import.meta.url, main);
