// Every round of real lines scored by the tables as they are, by class, as one table kept in
// docs/DETECTION.md between two markers: a round learned from shows its final score, a round
// frozen and scored but not yet learned from shows its first. Without --write the command
// compares and exits 1 when the section is not the table the tables give now (a learning
// commit that forgot to rewrite it); with --write it rewrites the section.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_TYPES } from '../skills/failure-types.ts';
import { writeFileAtomic } from '../src/atomic-file.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { InputError, RunError } from '../src/errors.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { scoreCorpus, type CorpusReport } from './score-corpus.ts';

const COMMAND = 'round-scores';

export const SECTION_START = '<!-- round-scores:start -->';
export const SECTION_END = '<!-- round-scores:end -->';

const HELP = `Usage: node tools/round-scores.ts [--write] [--dir DIR] [--doc FILE]

Scores every round file (round-N.json) in DIR with the tables as they are and renders one
table of them, a row per round: its found/lines per class, all classes, and its false alarms.
Compares it with the section of FILE between the markers
${SECTION_START} and ${SECTION_END}: exits 0 when they agree, 1 with
one line naming the first round whose row differs.

  --write     rewrite the section with the table instead of comparing
  --dir DIR   the round files (default data/realworld)
  --doc FILE  the document that holds the section (default docs/DETECTION.md)
  -h, --help  show this help
`;

/** The round files of `dir` (round-N.json), by N. */
export function roundFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /^round-\d+\.json$/.test(name))
    .sort((a, b) => Number(a.slice(6, -5)) - Number(b.slice(6, -5)));
}

/** The round's number from its file name (`round-520.json` -> `520`). */
function roundNumber(name: string): string {
  return name.slice(6, -5);
}

/** One row per round, in the order given: found/lines per class (`-` for a class it has no line of), all, false alarms. */
export function renderRoundScores(reports: ReadonlyArray<readonly [string, CorpusReport]>): string {
  const header = `| round | ${FAILURE_TYPES.join(' | ')} | all | false alarms |`;
  const rule = `|${'---|'.repeat(FAILURE_TYPES.length + 3)}`;
  const rows = reports.map(([name, report]) => {
    const cells = FAILURE_TYPES.map((type) => {
      const c = report.per_class[type];
      return c.lines === 0 ? '-' : `${c.found}/${c.lines}`;
    });
    return `| ${roundNumber(name)} | ${cells.join(' | ')} | ${report.found}/${report.failures} | ${report.false_alarms} of ${report.healthy} |`;
  });
  return [header, rule, ...rows].join('\n') + '\n';
}

/** The text between the markers, or null when the document lacks them (in that order). */
export function sectionOf(doc: string): string | null {
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  if (start < 0 || end < start) return null;
  return doc.slice(start + SECTION_START.length, end).replace(/^\n/, '');
}

/** The document with the section between the markers replaced by `table`. */
export function withSection(doc: string, table: string): string {
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  return doc.slice(0, start + SECTION_START.length) + '\n' + table + doc.slice(end);
}

/** The first row of `want` that `have` does not hold as it is, named by its round, or null when they agree. */
export function firstDifference(have: string, want: string): string | null {
  const haveRows = have.split('\n');
  const wantRows = want.split('\n');
  // The header and its rule come first; every other line is a round's row, named by its first cell.
  const named = (row: string, i: number): string => (i < 2 || !row.startsWith('| ') ? 'the header' : `round ${row.slice(2, row.indexOf(' |'))}`);
  if (haveRows[0] !== wantRows[0] || haveRows[1] !== wantRows[1]) return 'the header';
  const haveSet = new Set(haveRows);
  for (let i = 0; i < wantRows.length; i += 1) if (!haveSet.has(wantRows[i]!)) return named(wantRows[i]!, i);
  const wantSet = new Set(wantRows);
  for (let i = 0; i < haveRows.length; i += 1) if (!wantSet.has(haveRows[i]!)) return `${named(haveRows[i]!, i)} (no such round now)`;
  return null;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(COMMAND, argv, {
    write: { type: 'boolean' },
    dir: { type: 'string' },
    doc: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const dir = values.dir ?? join(PROJECT_ROOT, 'data', 'realworld');
  const docPath = values.doc ?? join(PROJECT_ROOT, 'docs', 'DETECTION.md');
  let doc: string;
  try {
    doc = readFileSync(docPath, 'utf8');
  } catch (err) {
    throw new InputError(docPath, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  const have = sectionOf(doc);
  if (have === null) throw new InputError(docPath, undefined, `no section between ${SECTION_START} and ${SECTION_END}`);
  const reports: Array<readonly [string, CorpusReport]> = [];
  let names: string[];
  try {
    names = roundFiles(dir);
  } catch (err) {
    throw new InputError(dir, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  for (const name of names) reports.push([name, await scoreCorpus(join(dir, name))]);
  const want = renderRoundScores(reports);
  if (values.write === true) {
    if (have !== want) await writeFileAtomic(docPath, withSection(doc, want));
    io.stdout(`${reports.length} rounds; ${have === want ? 'the section was already the table' : `wrote ${docPath}`}\n`);
    return 0;
  }
  const differs = firstDifference(have, want);
  if (differs !== null) {
    throw new RunError(`${docPath}: the round scores section is not what the tables give now (first: ${differs}); run npm run round-scores -- --write`);
  }
  io.stdout(`${reports.length} rounds; the section is the table the tables give\n`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
