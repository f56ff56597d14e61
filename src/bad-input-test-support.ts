// What the bad-input tests share (src/bad-input-records.test.ts, src/bad-input-harness.test.ts,
// src/bad-input-tools.test.ts): the row, the shared inputs, the record-stream cases and the check
// every row gets. Every row runs the real command and expects either a clean run or exactly one
// stderr line that names the file and the position, with exit 1 (2 for bad flags): no stack
// trace, no hang, no output file left behind and no rows left in a results database. The first
// row of each entry and exit code (and every row that needs its own environment) spawns the
// command, so the process contract is proven for each; the others run the entry's
// `main(argv, io)` in this process through `runMain`, which is what the spawned command runs too.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runInProcess, type CliResult } from './run-cli.ts';

/** Longer than any honest run here (the 20 MB record takes about a second); reaching it is a hang. */
const HANG_MS = 30_000;

export interface Ctx {
  /** A fresh directory for this case. */
  dir: string;
  /** A shared input file or directory (see `fixtureFiles`). */
  fx: (name: string) => string;
  /** Freshly seeded datasets (shared, read-only), in a file that asks for them (`describeBadInput`). */
  seeded: string;
}

export type Failure = {
  code: 1 | 2;
  /** Text the one stderr line must contain: the file (or the command, for bad flags). */
  names: (c: Ctx) => string;
  /** Where in the file, when the file has positions. */
  position?: RegExp;
};

export interface Case {
  title: string;
  script: string;
  args: (c: Ctx) => string[];
  setup?: (c: Ctx) => void;
  input?: string;
  env?: (c: Ctx) => NodeJS.ProcessEnv;
  expect: 'clean' | Failure;
  /** Files the command would write: none may exist after a failure. */
  outputs?: (c: Ctx) => string[];
  /** Results databases a failure may leave behind, but only without rows. */
  emptyDatabases?: (c: Ctx) => string[];
  /** Files that existed before: a failure leaves their bytes as they were. */
  unchanged?: (c: Ctx) => string[];
}

export const fail = (code: 1 | 2, names: (c: Ctx) => string, position?: RegExp): Failure =>
  position ? { code, names, position } : { code, names };

export const RECORD = /: record \d+: /;
export const LINE = /: line \d+: /;

// ---------------------------------------------------------------------------------------------
// Shared inputs

const OOM = { severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' };
export const INFO = { severity: 'INFO', service: 'app-service', message: 'GET /health 200' };
export const line = (value: unknown) => JSON.stringify(value);
export const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const EVENT = {
  kind: 'Event',
  reason: 'BackOff',
  message: 'Back-off restarting failed container app in pod app-service-1',
  type: 'Warning',
  involvedObject: { kind: 'Pod', name: 'app-service-1' },
};
const GT_ENTRY = { index: 0, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: { memory: '1Gi' } };
/** Class names GHOST does not know, three of them Object.prototype members. */
export const PROTOTYPE_CLASSES = ['__proto__', 'toString', 'constructor', 'Bogus'] as const;

/** Every shared input, by file name. */
function fixtureFiles(): Record<string, string | Buffer> {
  const deep = 10_000;
  return {
    'empty.json': '',
    'not-json.txt': 'this is { not json, just a line of text\n',
    'object.json': line(OOM),
    'scalar.jsonl': '42\n',
    'array-line.jsonl': `${line([OOM])}\n`,
    'non-object.json': `[${line(INFO)}, 1]`,
    'message-number.json': line([{ ...OOM, message: 5 }]),
    'severity-list.jsonl': `${line(INFO)}\n${line({ ...OOM, severity: ['ERROR'] })}\n`,
    'labels-string.json': line([INFO, { ...INFO, labels: 'oops' }]),
    'truncated.json': `[${line(OOM)},\n ${line(OOM).slice(0, 20)}`,
    'malformed-line.jsonl': `${line(INFO)}\n{"severity": "ERROR", "message": oops}\n${line(OOM)}\n`,
    'multi-line-syntax.json': '[\n{"severity": "ERROR",\n "message":\n oops\n}\n]\n',
    'bom-crlf.json': Buffer.concat([BOM, Buffer.from(`[\r\n${line(OOM)},\r\n${line(INFO)}\r\n]\r\n`)]),
    'bom-crlf.jsonl': Buffer.concat([BOM, Buffer.from(`${line(OOM)}\r\n${line(INFO)}\r\n`)]),
    'bad-utf8.jsonl': Buffer.concat([Buffer.from(`${line(INFO)}\n{"message": "caf`), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]),
    'huge-record.json': `[${line({ ...INFO, message: 'x'.repeat(20 * 1024 * 1024) })}]`,
    'deep-record.json': `[{"severity": "INFO", "message": "deep", "nested": ${'{"a": '.repeat(deep)}1${'}'.repeat(deep)}}]`,
    'deep-record.jsonl': `{"severity": "INFO", "message": "deep", "nested": ${'['.repeat(deep)}${']'.repeat(deep)}}\n`,
    // Kubernetes Events, for the normaliser.
    'events-list.json': JSON.stringify({ kind: 'EventList', items: [EVENT] }, null, 2),
    'events-bom-crlf.json': Buffer.concat([BOM, Buffer.from(JSON.stringify({ kind: 'EventList', items: [EVENT] }, null, 2).replaceAll('\n', '\r\n'))]),
    'events-array.json': line([EVENT]),
    'events-non-object.json': line({ kind: 'EventList', items: [EVENT, 'nope'] }),
    'events-reason-number.json': line({ kind: 'EventList', items: [{ ...EVENT, reason: 5 }] }),
    'events-message-list.json': line({ kind: 'EventList', items: [{ ...EVENT, message: ['a'] }] }),
    'events-labels-string.json': line({ kind: 'EventList', items: [{ ...EVENT, metadata: 'oops' }] }),
    'events-truncated.json': JSON.stringify({ kind: 'EventList', items: [EVENT, EVENT] }, null, 2).slice(0, 300),
    'events-malformed-line.jsonl': `${line(EVENT)}\n{"kind": "Event", "reason": oops}\n${line(EVENT)}\n`,
    'events-multi-line-syntax.json': '{"kind": "EventList",\n "items": [\n oops\n]}\n',
    'events-bad-utf8.json': Buffer.concat([Buffer.from('{"kind": "EventList", "items": [{"kind": "Event", "reason": "Back'), Buffer.from([0xff]), Buffer.from('Off", "message": "m"}]}')]),
    'events-huge.json': line({ kind: 'EventList', items: [{ ...EVENT, message: 'x'.repeat(20 * 1024 * 1024) }] }),
    'events-deep.json': `{"kind": "EventList", "items": [{"kind": "Event", "reason": "BackOff", "message": "m", "x": ${'['.repeat(deep)}${']'.repeat(deep)}}]}`,
    'logs.txt': 'OOMKilled: container exceeded memory limit\nstarted\n',
    // Ground truth, for the replay command.
    'gt-object.json': line(GT_ENTRY),
    'gt-non-object.json': line([GT_ENTRY, 7]),
    'gt-index-string.json': line([{ ...GT_ENTRY, index: '0' }]),
    'gt-truncated.json': line([GT_ENTRY, GT_ENTRY]).slice(0, 120),
    'gt-multi-line-syntax.json': `[\n${line(GT_ENTRY)},\n{"index":\n oops}\n]\n`,
    'gt-bom-crlf.json': Buffer.concat([BOM, Buffer.from(`[\r\n${line(GT_ENTRY)}\r\n]\r\n`)]),
    'gt-bad-utf8.json': Buffer.concat([Buffer.from('['), Buffer.from([0xff]), Buffer.from(']')]),
    ...Object.fromEntries(
      PROTOTYPE_CLASSES.flatMap((cls) => [
        [`gt-class-${cls}.json`, line([GT_ENTRY, { ...GT_ENTRY, index: 1, failure_type: cls }])],
        [`labels-${cls}.jsonl`, `${line({ ...OOM, labels: { reason: 'OOMKilled' } })}\n${line({ ...OOM, labels: { reason: cls } })}\n`],
        [`corpus-${cls}.json`, line([{ message: OOM.message, labels: { reason: 'OOMKilled' } }, { message: OOM.message, labels: { reason: cls } }])],
      ]),
    ),
    'not-sqlite.db': 'this is not a database\n',
  };
}

// ---------------------------------------------------------------------------------------------
// The record-stream cases

/** The input cases every record-stream command shares: [title, file, flags, expectation]. */
type StreamCase = [title: string, file: string, flags: string[], expect: 'clean' | RegExp | 'whole-file'];
const STREAM_CASES: StreamCase[] = [
  ['a missing file', 'missing.json', [], 'whole-file'],
  ['a directory', 'a-directory', [], 'whole-file'],
  ['an empty file', 'empty.json', [], 'clean'],
  ['plain text that is not JSON', 'not-json.txt', [], 'clean'],
  ['a record where a JSON array is expected', 'object.json', ['--format', 'json'], RECORD],
  ['a number where a JSON object is expected', 'scalar.jsonl', ['--format', 'jsonl'], LINE],
  ['an array where a JSON object is expected', 'array-line.jsonl', ['--format', 'jsonl'], LINE],
  ['a record that is not an object', 'non-object.json', [], RECORD],
  ['a message that is a number', 'message-number.json', [], RECORD],
  ['a severity that is a list', 'severity-list.jsonl', [], LINE],
  ['labels that are a string', 'labels-string.json', [], RECORD],
  ['a truncated JSON array', 'truncated.json', [], RECORD],
  ['a malformed JSON line', 'malformed-line.jsonl', [], LINE],
  ['a syntax error inside a record spread over several lines', 'multi-line-syntax.json', [], RECORD],
  ['a JSON array with a byte order mark and CRLF line ends', 'bom-crlf.json', [], 'clean'],
  ['JSON Lines with a byte order mark and CRLF line ends', 'bom-crlf.jsonl', [], 'clean'],
  ['invalid UTF-8', 'bad-utf8.jsonl', [], LINE],
  ['a 20 MB single record', 'huge-record.json', [], 'clean'],
  ['a record nested 10,000 levels deep (array)', 'deep-record.json', [], 'clean'],
  ['a record nested 10,000 levels deep (JSON Lines)', 'deep-record.jsonl', [], 'clean'],
];

/** A row per stream case for `script` (those with a format flag only where it takes `--format`). */
export function streamRows(
  script: string,
  label: string,
  args: (c: Ctx, file: string, flags: string[]) => string[],
  options: { formatFlag: boolean; emptyDatabases?: (c: Ctx) => string[] },
): Case[] {
  return STREAM_CASES.filter(([, , flags]) => options.formatFlag || flags.length === 0).map(([title, file, flags, want]) => {
    const row: Case = {
      title: `${label} on ${title} ${want === 'clean' ? 'runs clean' : 'fails with one line naming the file'}`,
      script,
      args: (c) => args(c, c.fx(file), flags),
      expect: want === 'clean' ? 'clean' : fail(1, (c) => c.fx(file), want === 'whole-file' ? undefined : want),
    };
    if (options.emptyDatabases) row.emptyDatabases = options.emptyDatabases;
    return row;
  });
}

/** The results database a case's command writes, in the case's directory. */
export const resultsDb = (c: Ctx) => join(c.dir, 'out', 'results.db');

// ---------------------------------------------------------------------------------------------
// The check every row gets

function snapshot(paths: string[]): Map<string, Buffer> {
  return new Map(paths.map((p) => [p, readFileSync(p)]));
}

/** Rows across every table of the database at `path`; 0 when there is no database. */
function rowsIn(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    return tables.reduce((sum, { name }) => sum + (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n, 0);
  } finally {
    db.close();
  }
}

/** An entry and the exit code a row expects of it. */
const kindOf = (row: Case): string => `${row.script} ${row.expect === 'clean' ? 0 : row.expect.code}`;

/** Rows run as processes: the first of each entry and exit code, and those that need their own environment. */
function spawnedRows(tables: ReadonlyArray<[string, Case[]]>): Set<Case> {
  const spawned = new Set<Case>();
  const seen = new Set<string>();
  for (const row of tables.flatMap(([, rows]) => rows)) {
    const key = kindOf(row);
    if (seen.has(key) && !row.env) continue;
    seen.add(key);
    spawned.add(row);
  }
  return spawned;
}

/**
 * Registers in the calling test file one concurrent block of tests per table (`bad input to
 * <command>`, a test per row) and the `bad input rows` test over these tables, with hooks that
 * make a temporary root for the cases and remove it after. A shared input is written the first
 * time a row asks for it. With `seeded`, the hooks also seed the datasets `c.seeded` names (the
 * expensive part: only a file whose rows read them asks). Called once at the top level of each
 * test file: test files share their module graph (vitest's `isolate: false`), so the state lives
 * in this call, not in the module.
 */
export function describeBadInput(tables: ReadonlyArray<[string, Case[]]>, options: { seeded?: boolean } = {}): void {
  let root = '';
  let seeded = '';
  let fxDir = '';
  let fixtures: Record<string, string | Buffer> = {};
  const written = new Set<string>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ghost-bad-input-'));
    fxDir = join(root, 'fixtures');
    mkdirSync(join(fxDir, 'a-directory'), { recursive: true });
    fixtures = fixtureFiles();
    if (!options.seeded) return;
    seeded = join(root, 'seeded');
    const seed = await runCli('data/seed.ts', ['--out', seeded]);
    expect(seed.code).toBe(0);
  }, 60_000);

  afterAll(() => {
    fixtures = {};
    rmSync(root, { recursive: true, force: true });
  });

  const fx = (name: string): string => {
    const path = join(fxDir, name);
    if (Object.hasOwn(fixtures, name) && !written.has(name)) {
      writeFileSync(path, fixtures[name]!);
      written.add(name);
    }
    return path;
  };

  const spawned = spawnedRows(tables);

  async function check(row: Case): Promise<void> {
    const dir = mkdtempSync(join(root, 'case-'));
    const c: Ctx = {
      dir,
      fx,
      get seeded() {
        if (!options.seeded) throw new Error('no seeded datasets here: pass { seeded: true } to describeBadInput');
        return seeded;
      },
    };
    row.setup?.(c);
    const unchanged = snapshot(row.unchanged?.(c) ?? []);
    const run: CliResult = spawned.has(row)
      ? await runCli(row.script, row.args(c), {
          cwd: dir,
          timeoutMs: HANG_MS,
          ...(row.input !== undefined ? { input: row.input } : {}),
          ...(row.env ? { env: row.env(c) } : {}),
        })
      : await runInProcess(row.script, row.args(c), row.input);
    expect(run.signal, 'killed at the hang timeout').toBeNull();
    expect(run.stderr).not.toContain('\n    at ');
    for (const [path, bytes] of unchanged) expect(readFileSync(path).equals(bytes), `${path} changed`).toBe(true);
    if (row.expect === 'clean') {
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      return;
    }
    const { code, names, position } = row.expect;
    expect(run.code).toBe(code);
    expect(run.stderr.endsWith('\n') && run.stderr.indexOf('\n') === run.stderr.length - 1, `one line: ${run.stderr}`).toBe(true);
    expect(run.stderr).toContain(names(c));
    if (position) expect(run.stderr).toMatch(position);
    for (const path of row.outputs?.(c) ?? []) expect(existsSync(path), `${path} left behind`).toBe(false);
    for (const path of row.emptyDatabases?.(c) ?? []) expect(rowsIn(path), `rows left in ${path}`).toBe(0);
  }

  for (const [command, rows] of tables) {
    describe.concurrent(`bad input to ${command}`, () => {
      for (const row of rows) {
        it(`${row.title}${spawned.has(row) ? ' (as a process)' : ''}`, { timeout: HANG_MS }, () => check(row));
      }
    });
  }

  describe('bad input rows', () => {
    it('run each entry as a process once per exit code, the rest in process', () => {
      const kinds = new Set([...spawned].map(kindOf));
      const all = new Set(tables.flatMap(([, rows]) => rows).map(kindOf));
      expect(kinds).toEqual(all);
      expect(spawned.size).toBeLessThan(tables.flatMap(([, rows]) => rows).length / 3);
    });
  });
}
