// score-captures: how well GHOST reads real cluster captures (kubectl objects, container log
// files, collector records) as they are, formats detected by the record reader. A manifest
// names each capture and the failure class expected on each target (`namespace/Kind/name`);
// every other record is healthy. The one scorer compares the detections with those labels.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isFailureType } from '../skills/failure-types.ts';
import { readRecordBatches } from '../src/record-reader.ts';
import { replay } from '../src/replay.ts';
import { createScorer, HEALTHY } from '../src/score.ts';
import { groundTruthFromLabels } from '../src/ground-truth.ts';
import { newReadStats } from '../src/formats/values.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { InputError, RunError } from '../src/errors.ts';
import { singleInput } from '../src/input-options.ts';
import type { StreamRecord } from '../src/types.ts';
import { buildReport, formatReport, unmetBars, type CorpusReport, type Labelled } from './score-corpus.ts';

const HELP = `Usage: score-captures [options] MANIFEST

Scores the Watcher on real captures read as they are. MANIFEST is a JSON file
{"captures": [{"file", "source", "expect": {"namespace/Kind/name": CLASS}}]}; each file
(relative to the manifest) is read with its format detected, and each record it yields
is labelled with the class expected on its target, or healthy. Every capture must be
read without error and without unreadable records.

  --json             print one JSON document instead of the tables
  --min-recall PCT   fail unless every labelled class reaches this recall (0-100)
  --max-fp N         fail when more than N healthy records raise a detection
  -h, --help         show this help

Exit status: 0 when the bars given are met, 1 when one is not or a capture cannot be
read, 2 on bad flags.
`;

interface Capture {
  file: string;
  expect: Record<string, string>;
}

async function loadManifest(path: string): Promise<Capture[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(path, undefined, `cannot read the manifest: ${(err as Error).message}`, { cause: err });
  }
  const captures = (data as { captures?: unknown }).captures;
  if (!Array.isArray(captures)) throw new InputError(path, undefined, 'expected {"captures": [...]}');
  return captures.map((c: unknown, i: number) => {
    const { file, expect } = (c ?? {}) as { file?: unknown; expect?: unknown };
    if (typeof file !== 'string' || typeof expect !== 'object' || expect === null) {
      throw new InputError(path, `captures[${i}]`, 'needs "file" and "expect"');
    }
    for (const [target, label] of Object.entries(expect)) {
      if (!isFailureType(label)) throw new InputError(path, `captures[${i}] ${target}`, `unknown class ${JSON.stringify(label)}`);
    }
    return { file, expect: expect as Record<string, string> };
  });
}

/** Every record of every capture, labelled, numbered in one stream. */
async function readCaptures(manifest: string, captures: readonly Capture[]): Promise<Labelled[]> {
  const out: Labelled[] = [];
  for (const capture of captures) {
    const path = resolve(dirname(manifest), capture.file);
    const stats = newReadStats();
    for await (const batch of readRecordBatches(path, { stats, label: capture.file })) {
      for (const { record } of batch) {
        const target = typeof record.target === 'string' ? record.target : '';
        const label = capture.expect[target] ?? HEALTHY;
        record.labels = { ...(record.labels as object), reason: label };
        out.push({ record, message: typeof record.message === 'string' ? record.message : '', label: label as Labelled['label'] });
      }
    }
    if (stats.unreadable > 0) throw new InputError(capture.file, undefined, `${stats.unreadable} records could not be read: ${stats.suggestion}`);
  }
  return out;
}

export async function scoreCaptures(manifest: string): Promise<CorpusReport> {
  const captures = await loadManifest(manifest);
  const corpus = await readCaptures(manifest, captures);
  const groundTruth = groundTruthFromLabels(manifest, corpus.map((item) => item.record));
  const scorer = createScorer(groundTruth, corpus.length - groundTruth.length);
  const stream: StreamRecord[] = corpus.map((item, index) => ({ index, record: item.record }));
  const firstDetection: (string | undefined)[] = new Array(corpus.length);
  for await (const step of replay(stream, { heal: false })) {
    scorer.add(step);
    firstDetection[step.index] ??= step.event.failure_type;
  }
  return buildReport(manifest, corpus, scorer.result(), firstDetection);
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    'score-captures',
    argv,
    { json: { type: 'boolean' }, 'min-recall': { type: 'string' }, 'max-fp': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const manifest = singleInput('score-captures', positionals);
  const report = await scoreCaptures(manifest);
  const bars = {
    ...(values['min-recall'] !== undefined ? { minRecall: Number(values['min-recall']) } : {}),
    ...(values['max-fp'] !== undefined ? { maxFp: Number(values['max-fp']) } : {}),
  };
  const unmet = unmetBars(report, bars);
  io.stdout(values.json ? `${JSON.stringify({ ...report, unmet_bars: unmet }, null, 2)}\n` : formatReport(report));
  if (unmet.length > 0) throw new RunError(`score-captures: ${unmet.join('; ')}`);
  return 0;
}

runIfMain(import.meta.url, main);
