// The ReDoS check as a command: every regular expression the loop runs on input
// (tools/input-expressions.ts) gets recheck's verdict, from the recorded verdicts
// (tools/recheck-verdicts.json) when one was recorded for exactly that expression, recheck
// version and options, live otherwise. --update records the live verdicts; --refresh checks
// every expression live and rewrites the file, naming any recorded verdict recheck disagrees with.
import { writeFileAtomic } from '../src/atomic-file.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { RunError } from '../src/errors.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { inputExpressions, type NamedExpression } from './input-expressions.ts';
import { readVerdicts, unsafeLine, VerdictBook, verdictFileText, VERDICTS_PATH, type RecordedVerdict } from './recheck-verdicts.ts';

const COMMAND = 'check-redos';

const HELP = `Usage: node tools/check-redos.ts [--update | --refresh] [--verdicts FILE]

Checks every regular expression the loop runs on input with the ReDoS checker recheck. A
verdict recorded in the verdicts file for the same expression, recheck version and options
is used as it is; every other expression is checked live (seconds to minutes of CPU each).
Prints one line per expression that is not safe, one per recorded verdict no expression has
any more (stale), and a summary. Exits 0 when every expression is safe, 1 otherwise.

  --update          write the live verdicts into the file and drop the stale ones
  --refresh         check every expression live, ignoring the file, and rewrite it; a
                    recorded verdict recheck now disagrees with is named and exits 1
  --verdicts FILE   the recorded verdicts (default tools/recheck-verdicts.json)
  -h, --help        show this help
`;

export interface CheckRedosOptions {
  /** The expressions to check (default: every expression the loop runs on input). */
  expressions?: readonly NamedExpression[];
  /** How long a live check may take (default the pool's deadline): the seam a test uses to make one miss it. */
  answerWithinMs?: number;
}

export async function main(argv: string[], io: Io, options: CheckRedosOptions = {}): Promise<number> {
  const { values } = parseFlags(COMMAND, argv, {
    update: { type: 'boolean' },
    refresh: { type: 'boolean' },
    verdicts: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const path = values.verdicts ?? VERDICTS_PATH;
  const refresh = values.refresh === true;
  const book = new VerdictBook(readVerdicts(path), undefined, options.answerWithinMs);
  const expressions = options.expressions ?? inputExpressions(PROJECT_ROOT);
  try {
    const checked = await Promise.all(expressions.map((e) => book.check(e, refresh)));
    const unsafe = checked.flatMap((c) => unsafeLine(c, c.verdict) ?? []);
    for (const line of unsafe) io.stdout(`not safe: ${line}\n`);
    const disagreeing = refresh
      ? checked.flatMap((c) => {
          const was = book.lookup(c);
          return was && was.status !== c.verdict.status ? [`${c.name} /${c.source}/${c.flags}: recorded ${was.status}, recheck says ${c.verdict.status}`] : [];
        })
      : [];
    for (const line of disagreeing) io.stdout(`recorded verdict wrong: ${line}\n`);
    const stale = book.stale(expressions);
    const write = refresh || values.update === true;
    for (const entry of stale) io.stdout(`stale: ${entry.expression} (${write ? 'dropped' : 'no expression has it; --update drops it'})\n`);
    const live = checked.filter((c) => !c.recorded).length;
    if (write) {
      // A live check that got no answer in time (`unknown`) says nothing of the expression: not recorded.
      const answered = checked.filter((c) => c.recorded || c.verdict.status !== 'unknown');
      const kept = new Map<string, RecordedVerdict>(answered.map((c) => [c.key, { expression: `/${c.source}/${c.flags}`, verdict: c.verdict }]));
      await writeFileAtomic(path, verdictFileText(book.version, kept));
    }
    io.stdout(
      `${checked.length} expressions, ${checked.length - unsafe.length} safe: ${checked.length - live} recorded, ${live} checked live` +
        ` with recheck ${book.version}; ${stale.length} stale${write ? `; wrote ${path}` : ''}\n`,
    );
    if (disagreeing.length > 0) throw new RunError(`${path}: ${disagreeing.length} recorded verdicts disagree with recheck; first: ${disagreeing[0]}`);
    if (unsafe.length > 0) throw new RunError(`${unsafe.length} expressions are not safe; first: ${unsafe[0]}`);
    return 0;
  } finally {
    await book.close();
  }
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
