// The ReDoS check: every regular expression the loop runs on input comes back `safe` from
// recheck, and the check fails when a known-bad rule is added to a table. A verdict recorded
// in tools/recheck-verdicts.json for exactly the expression, the installed recheck and its
// options is used as it is; every other expression (a new or changed rule) is checked live.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LineShape } from '../src/shape-groups.ts';
import { DETECTABLE_SHAPES } from '../skills/line-shapes.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { DYNAMIC_SITES, inputExpressions, INPUT_TABLES, sweepSource, tableExpressions, type NamedExpression } from './input-expressions.ts';
import { readVerdicts, unsafeLine, VerdictBook, VERDICTS_PATH } from './recheck-verdicts.ts';

// recheck runs seeded and without wall-clock limits (native build when installed, pure
// JavaScript otherwise), on a pool of worker threads (one per core) started only for a live check.
const book = new VerdictBook(readVerdicts(VERDICTS_PATH));
afterAll(() => book.close());

/** Names of the expressions that are not `safe`, with what recheck found. */
async function unsafe(expressions: readonly NamedExpression[], from: VerdictBook = book): Promise<string[]> {
  const checked = await Promise.all(expressions.map((e) => from.check(e)));
  return checked.flatMap((c) => unsafeLine(c, c.verdict) ?? []);
}

/** recheck's verdicts on shapes that once stalled the loop, for the tests that add them back. */
const FAULT_VERDICTS_PATH = join(PROJECT_ROOT, 'tools', 'fixtures', 'recheck-fault-verdicts.json');
/** The registry-denial shape that once stalled the watcher for minutes on a short line. */
const REGISTRY_DENIAL = /\/v2\/\S+\/manifests\/\S+?"?:\s*denied\b/i;

// The source is swept once for every test here.
const SWEEP = sweepSource(PROJECT_ROOT);
const ALL = inputExpressions(PROJECT_ROOT, INPUT_TABLES, SWEEP);
// Every expression without a recorded verdict goes on the pool's queue now, so all threads
// work while the tests read the verdicts in order.
for (const e of ALL) void book.check(e);

describe('every expression the loop runs on input', () => {
  it('holds every shape and severity pattern of the tables, and the readers and parsers', () => {
    const names = ALL.map((e) => e.name);
    // A shape's expression is checked once, however many substrings lead to it.
    const shapeCount = new Set(Object.values(DETECTABLE_SHAPES).flat().map((s) => s.shape)).size;
    expect(names.filter((n) => n.startsWith('shape ')).length).toBe(shapeCount);
    expect(names.some((n) => n.startsWith('severity rule 0 pattern'))).toBe(true);
    for (const file of ['src/formats/text.ts', 'src/casefold.ts', 'src/shape-groups.ts', 'tools/k8s-event-reader.ts']) {
      expect(names.some((n) => n.startsWith(`${file}:`)), file).toBe(true);
    }
  });

  it('builds expressions at run time only where a table holds what they build', () => {
    const counts: Record<string, number> = {};
    for (const site of SWEEP.dynamic) {
      const file = site.slice(0, site.lastIndexOf(':'));
      counts[file] = (counts[file] ?? 0) + 1;
    }
    expect(counts).toEqual(Object.fromEntries(Object.entries(DYNAMIC_SITES).map(([file, site]) => [file, site.count])));
  });

  // One test per expression, so a failure names the rule and what recheck found.
  for (const e of ALL) {
    it(`is safe: ${e.name} /${e.source}/${e.flags}`, { timeout: 600_000 }, async () => {
      expect(await unsafe([e])).toEqual([]);
    });
  }
});

describe('the check fails', () => {
  const withShape = (cls: keyof typeof DETECTABLE_SHAPES, shape: LineShape) => ({
    ...INPUT_TABLES,
    shapes: { ...DETECTABLE_SHAPES, [cls]: [...DETECTABLE_SHAPES[cls], shape] },
  });

  it('when the textbook exponential rule (a+)+$ is added to a table', { timeout: 600_000 }, async () => {
    const tables = withShape('NodeNotReady', { contains: 'a', shape: /(a+)+$/ });
    const added = `shape NodeNotReady[${DETECTABLE_SHAPES.NodeNotReady.length}]`;
    const found = await unsafe(inputExpressions(PROJECT_ROOT, tables, SWEEP));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${added} /(a+)+$/: exponential`);
    // No verdict is recorded for it: the check ran recheck on it now.
    expect(book.lookup({ source: '(a+)+$', flags: '' })).toBeUndefined();
  });

  // recheck's verdict on the old registry-denial shape was recorded once, like the tables'
  // verdicts and keyed the same way (recheck's version and options, the expression), in
  // tools/fixtures/recheck-fault-verdicts.json: deriving it costs seconds of a core on every run.
  // Under another recheck the key differs and the shape is checked live again. The two faults
  // beside it are checked live on every run.
  it('when the old registry-denial shape is added back', { timeout: 600_000 }, async () => {
    const tables = withShape('ImagePullBackOff', { contains: '/manifests/', shape: REGISTRY_DENIAL });
    const faults = new VerdictBook(new Map([...book.recorded, ...readVerdicts(FAULT_VERDICTS_PATH)]));
    try {
      const found = await unsafe(inputExpressions(PROJECT_ROOT, tables, SWEEP), faults);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^shape ImagePullBackOff\\[${DETECTABLE_SHAPES.ImagePullBackOff.length}\\] .*: polynomial`));
    } finally {
      await faults.close();
    }
  });

  it("uses a recorded verdict that is recheck's on exactly the old registry-denial shape", () => {
    const recorded = [...readVerdicts(FAULT_VERDICTS_PATH).values()];
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.expression).toBe(`/${REGISTRY_DENIAL.source}/${REGISTRY_DENIAL.flags}`);
    expect(recorded[0]!.verdict).toMatchObject({ status: 'vulnerable', complexity: 'polynomial' });
  });

  it('when a severity rule gets a polynomial pattern', { timeout: 600_000 }, async () => {
    const rules = INPUT_TABLES.severityRules.map((rule, i) => (i === 1 ? { ...rule, patterns: [...rule.patterns, /\s*x\s*$/] } : rule));
    const found = await unsafe(tableExpressions({ ...INPUT_TABLES, severityRules: rules }));
    // The pattern, and the one expression that holds every level's markers (a level row's).
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^severity rule 1 pattern \d+ .*: polynomial/);
    expect(found[1]).toMatch(/^severity level markers, every level .*: polynomial/);
  });
});
