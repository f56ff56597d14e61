// Bad input at every entry point, one row per case. Every row runs the real command and
// expects either a clean run or exactly one stderr line that names the file and the position,
// with exit 1 (2 for bad flags): no stack trace, no hang, no output file left behind and no
// rows left in a results database. The first row of each entry and exit code (and every row
// that needs its own environment) spawns the command, so the process contract is proven for
// each; the others run the entry's `main(argv, io)` in this process through `runMain`, which
// is what the spawned command runs too.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../experiments/paths.ts';
import { PROJECT_ROOT } from './paths.ts';
import { POLICY_PATH, REQUIRED_PATHS } from '../integrations/validate.ts';
import { runCli, runInProcess, type CliResult } from './run-cli.ts';

/** Longer than any honest run here (the 20 MB record takes about a second); reaching it is a hang. */
const HANG_MS = 30_000;

interface Ctx {
  /** A fresh directory for this case. */
  dir: string;
  /** A shared input file or directory (see `fixtureFiles`). */
  fx: (name: string) => string;
  /** Freshly seeded datasets (shared, read-only). */
  seeded: string;
}

type Failure = {
  code: 1 | 2;
  /** Text the one stderr line must contain: the file (or the command, for bad flags). */
  names: (c: Ctx) => string;
  /** Where in the file, when the file has positions. */
  position?: RegExp;
};

interface Case {
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

const fail = (code: 1 | 2, names: (c: Ctx) => string, position?: RegExp): Failure =>
  position ? { code, names, position } : { code, names };

const RECORD = /: record \d+: /;
const LINE = /: line \d+: /;
const AFTER_RECORD = /: after record \d+: /;

// ---------------------------------------------------------------------------------------------
// Shared inputs

const OOM = { severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' };
const INFO = { severity: 'INFO', service: 'app-service', message: 'GET /health 200' };
const line = (value: unknown) => JSON.stringify(value);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const EVENT = {
  kind: 'Event',
  reason: 'BackOff',
  message: 'Back-off restarting failed container app in pod app-service-1',
  type: 'Warning',
  involvedObject: { kind: 'Pod', name: 'app-service-1' },
};
const GT_ENTRY = { index: 0, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: { memory: '1Gi' } };
/** Class names GHOST does not know, three of them Object.prototype members. */
const PROTOTYPE_CLASSES = ['__proto__', 'toString', 'constructor', 'Bogus'] as const;

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

let root = '';
let seeded = '';
let fxDir = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ghost-bad-input-'));
  fxDir = join(root, 'fixtures');
  mkdirSync(join(fxDir, 'a-directory'), { recursive: true });
  for (const [name, content] of Object.entries(fixtureFiles())) writeFileSync(join(fxDir, name), content);
  seeded = join(root, 'seeded');
  const seed = await runCli('data/seed.ts', ['--out', seeded]);
  expect(seed.code).toBe(0);
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Rows

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

function streamRows(
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

const resultsDb = (c: Ctx) => join(c.dir, 'out', 'results.db');

const OBSERVE: Case[] = [
  ...streamRows('adapters/observe.ts', 'observe', (_c, file, flags) => [...flags, file], { formatFlag: true }),
  {
    title: 'observe on a malformed line from stdin names <stdin> and the line',
    script: 'adapters/observe.ts',
    args: () => ['-'],
    input: `${line(INFO)}\n{oops\n`,
    expect: fail(1, () => '<stdin>', /<stdin>: line 2: /),
  },
  { title: 'observe with an unknown flag exits 2', script: 'adapters/observe.ts', args: (c) => ['--nope', c.fx('empty.json')], expect: fail(2, () => 'observe') },
  { title: 'observe with an unknown format exits 2', script: 'adapters/observe.ts', args: (c) => ['--format', 'xml', c.fx('empty.json')], expect: fail(2, () => '--format') },
];

const LAB_RUN: Case[] = [
  ...streamRows('adapters/lab-run.ts', 'lab-run --record', (c, file, flags) => ['--record', '--db', resultsDb(c), ...flags, file], {
    formatFlag: true,
    emptyDatabases: (c) => [resultsDb(c)],
  }),
  {
    title: 'lab-run --record on a missing file leaves no new database',
    script: 'adapters/lab-run.ts',
    args: (c) => ['--record', '--db', resultsDb(c), c.fx('missing.json')],
    expect: fail(1, (c) => c.fx('missing.json')),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'lab-run --record with --db at a directory fails with one line naming it',
    script: 'adapters/lab-run.ts',
    args: (c) => ['--record', '--db', c.fx('a-directory'), c.fx('bom-crlf.json')],
    expect: fail(1, (c) => c.fx('a-directory')),
  },
  {
    title: 'lab-run --record with --db at a file that is not SQLite fails and leaves the file alone',
    script: 'adapters/lab-run.ts',
    args: (c) => ['--record', '--db', c.fx('not-sqlite.db'), c.fx('bom-crlf.json')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    unchanged: (c) => [c.fx('not-sqlite.db')],
  },
  { title: 'lab-run with an unknown flag exits 2', script: 'adapters/lab-run.ts', args: (c) => ['--nope', c.fx('empty.json')], expect: fail(2, () => 'lab-run') },
];

/** A copy of the seeded datasets with `change` applied to it. */
function dataVariant(change: (data: string) => void): (c: Ctx) => void {
  return (c) => {
    const data = join(c.dir, 'data');
    cpSync(c.seeded, data, { recursive: true });
    change(data);
  };
}

const harnessArgs = (c: Ctx) => ['--data', join(c.dir, 'data'), '--db', resultsDb(c)];
const dataFile = (c: Ctx, name: string) => join(c.dir, 'data', name);

const HARNESS: Case[] = [
  {
    title: 'harness with a missing data directory fails with one line naming it',
    script: 'harness.ts',
    args: (c) => ['--data', join(c.dir, 'no-data'), '--db', resultsDb(c)],
    expect: fail(1, (c) => join(c.dir, 'no-data')),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness with a missing data file fails with one line naming it',
    script: 'harness.ts',
    setup: dataVariant((d) => rmSync(join(d, DATASETS.k8s))),
    args: harnessArgs,
    expect: fail(1, (c) => dataFile(c, DATASETS.k8s)),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness with an empty data file fails with one line naming it',
    script: 'harness.ts',
    setup: dataVariant((d) => writeFileSync(join(d, DATASETS.clean), '')),
    args: harnessArgs,
    expect: fail(1, (c) => dataFile(c, DATASETS.clean)),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness with a truncated stream fails with one line naming the file and record',
    script: 'harness.ts',
    setup: dataVariant((d) => writeFileSync(join(d, DATASETS.nearReal), readFileSync(join(d, DATASETS.nearReal)).subarray(0, 3000))),
    args: harnessArgs,
    expect: fail(1, (c) => dataFile(c, DATASETS.nearReal), RECORD),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness with a record of the wrong type fails with one line naming the file and record',
    script: 'harness.ts',
    setup: dataVariant((d) => {
      const file = join(d, DATASETS.mixed);
      const records = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
      records[7] = { ...records[7], message: 7 };
      writeFileSync(file, JSON.stringify(records));
    }),
    args: harnessArgs,
    expect: fail(1, (c) => dataFile(c, DATASETS.mixed), /: record 7: "message" must be a string/),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness with corrupted ground truth fails with one line naming the file and position',
    script: 'harness.ts',
    setup: dataVariant((d) => writeFileSync(join(d, DATASETS.mixedGroundTruth), 'garbage\n')),
    args: harnessArgs,
    expect: fail(1, (c) => dataFile(c, DATASETS.mixedGroundTruth), RECORD),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness with a syntax error in multi-line ground truth fails with one line naming the entry',
    script: 'harness.ts',
    setup: dataVariant((d) => {
      const file = join(d, DATASETS.nearRealGroundTruth);
      writeFileSync(file, readFileSync(file, 'utf8').replace('"index"', '"index" oops'));
    }),
    args: harnessArgs,
    expect: fail(1, (c) => dataFile(c, DATASETS.nearRealGroundTruth), /: record 0: invalid JSON/),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'harness on datasets saved with byte order marks and CRLF line ends runs clean',
    script: 'harness.ts',
    setup: dataVariant((d) => {
      for (const name of Object.values(DATASETS)) {
        const file = join(d, name);
        writeFileSync(file, Buffer.concat([BOM, Buffer.from(readFileSync(file, 'utf8').replaceAll('\n', '\r\n'))]));
      }
    }),
    args: harnessArgs,
    expect: 'clean',
  },
  {
    title: 'harness with --db at a directory fails with one line naming it',
    script: 'harness.ts',
    args: (c) => ['--data', c.seeded, '--db', c.fx('a-directory')],
    expect: fail(1, (c) => c.fx('a-directory')),
  },
  {
    title: 'harness with --db at a file that is not SQLite fails and leaves the file alone',
    script: 'harness.ts',
    args: (c) => ['--data', c.seeded, '--db', c.fx('not-sqlite.db')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    unchanged: (c) => [c.fx('not-sqlite.db')],
  },
  { title: 'harness with an unknown flag exits 2', script: 'harness.ts', args: () => ['--nope'], expect: fail(2, () => 'harness') },
];

const REPORT: Case[] = [
  {
    title: 'report with --db at a directory fails with one line naming it',
    script: 'metrics/reporter.ts',
    args: (c) => ['--db', c.fx('a-directory')],
    expect: fail(1, (c) => c.fx('a-directory')),
  },
  {
    title: 'report with --db at a file that is not SQLite fails with one line naming it',
    script: 'metrics/reporter.ts',
    args: (c) => ['--db', c.fx('not-sqlite.db')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    unchanged: (c) => [c.fx('not-sqlite.db')],
  },
  {
    title: 'report with --db at an empty file fails with one line naming it',
    script: 'metrics/reporter.ts',
    args: (c) => ['--db', c.fx('empty.json')],
    expect: fail(1, (c) => c.fx('empty.json')),
  },
  {
    title: 'report with --db at another program\'s SQLite database fails with one line naming it',
    script: 'metrics/reporter.ts',
    setup: (c) => {
      const db = new DatabaseSync(join(c.dir, 'other.db'));
      db.exec('CREATE TABLE notes (body TEXT)');
      db.close();
    },
    args: (c) => ['--db', join(c.dir, 'other.db')],
    expect: fail(1, (c) => join(c.dir, 'other.db')),
  },
  {
    title: 'report with a missing database says how to create one and exits 0',
    script: 'metrics/reporter.ts',
    args: (c) => ['--db', join(c.dir, 'missing.db')],
    expect: 'clean',
    outputs: (c) => [join(c.dir, 'missing.db')],
  },
  { title: 'report with an unknown flag exits 2', script: 'metrics/reporter.ts', args: () => ['--nope'], expect: fail(2, () => 'report') },
];

/** A project root holding every required file (empty) and the policy as `policy`. */
function contractRoot(policy: string | Buffer): (c: Ctx) => void {
  return (c) => {
    for (const path of REQUIRED_PATHS) {
      mkdirSync(dirname(join(c.dir, 'root', path)), { recursive: true });
      writeFileSync(join(c.dir, 'root', path), '');
    }
    mkdirSync(dirname(join(c.dir, 'root', POLICY_PATH)), { recursive: true });
    writeFileSync(join(c.dir, 'root', POLICY_PATH), policy);
  };
}

const VALID_POLICY = readFileSync(join(PROJECT_ROOT, POLICY_PATH), 'utf8');

const VALIDATE: Case[] = [
  {
    title: 'validate with --root at an empty directory fails with one line naming the policy file',
    script: 'integrations/validate.ts',
    args: (c) => ['--root', c.fx('a-directory')],
    expect: fail(1, () => POLICY_PATH),
  },
  {
    title: 'validate with --root at a missing directory fails with one line naming it',
    script: 'integrations/validate.ts',
    args: (c) => ['--root', join(c.dir, 'nowhere')],
    expect: fail(1, (c) => join(c.dir, 'nowhere')),
  },
  {
    title: 'validate with a policy file that is not JSON fails with one line naming it',
    script: 'integrations/validate.ts',
    setup: contractRoot('{\n  "read_globs": [\n oops\n'),
    args: (c) => ['--root', join(c.dir, 'root')],
    expect: fail(1, () => POLICY_PATH),
  },
  {
    title: 'validate with a policy file saved with a byte order mark and CRLF line ends runs clean',
    script: 'integrations/validate.ts',
    setup: contractRoot(Buffer.concat([BOM, Buffer.from(VALID_POLICY.replaceAll('\n', '\r\n'))])),
    args: (c) => ['--root', join(c.dir, 'root')],
    expect: 'clean',
  },
  {
    title: 'validate with only the policy file present lists every missing file on one line',
    script: 'integrations/validate.ts',
    setup: (c) => {
      mkdirSync(dirname(join(c.dir, 'root', POLICY_PATH)), { recursive: true });
      writeFileSync(join(c.dir, 'root', POLICY_PATH), VALID_POLICY);
    },
    args: (c) => ['--root', join(c.dir, 'root')],
    expect: fail(1, () => REQUIRED_PATHS[0]),
  },
  { title: 'validate with an unknown flag exits 2', script: 'integrations/validate.ts', args: () => ['--nope'], expect: fail(2, () => 'validate') },
];

const SEED: Case[] = [
  { title: 'seed with an unknown flag exits 2', script: 'data/seed.ts', args: () => ['--nope'], expect: fail(2, () => 'seed') },
  {
    title: 'seed with a seed that is not an integer exits 2 and writes nothing',
    script: 'data/seed.ts',
    args: (c) => ['--seed', '4.2', '--out', join(c.dir, 'out')],
    expect: fail(2, () => '--seed'),
    outputs: (c) => [join(c.dir, 'out')],
  },
  {
    title: 'seed with --seed and no value exits 2',
    script: 'data/seed.ts',
    args: () => ['--seed'],
    expect: fail(2, () => '--seed'),
  },
  {
    title: 'seed with --out at a file fails with one line naming it and leaves the file alone',
    script: 'data/seed.ts',
    args: (c) => ['--out', c.fx('not-sqlite.db')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    unchanged: (c) => [c.fx('not-sqlite.db')],
  },
  {
    title: 'seed with --out inside a file fails with one line naming the path',
    script: 'data/seed.ts',
    args: (c) => ['--out', join(c.fx('not-sqlite.db'), 'data')],
    expect: fail(1, (c) => join(c.fx('not-sqlite.db'), 'data')),
  },
];

const NORMALIZE_SCRIPT = 'tools/normalize-external-capture.ts';
const normalizeOut = (c: Ctx) => [join(c.dir, 'out', 'records.json'), join(c.dir, 'out', 'gt.json')];
const normalizeArgs = (c: Ctx, events: string, logs: string) => [
  '--events', events, '--logs', logs, '--out-records', join(c.dir, 'out', 'records.json'), '--out-gt', join(c.dir, 'out', 'gt.json'),
];
const EVENT_POSITION = /: (line \d+( column \d+)?|items\[\d+\]|object \d+ \(line \d+\)): /;

type EventCase = [title: string, file: string, expect: 'clean' | RegExp | 'whole-file'];
const EVENT_CASES: EventCase[] = [
  ['a missing file', 'missing.json', 'whole-file'],
  ['a directory', 'a-directory', 'whole-file'],
  ['an empty file', 'empty.json', 'clean'],
  ['plain text that is not JSON', 'not-json.txt', EVENT_POSITION],
  ['a number where an object is expected', 'scalar.jsonl', EVENT_POSITION],
  ['a JSON array where an EventList is expected', 'events-array.json', EVENT_POSITION],
  ['an item that is not an object', 'events-non-object.json', EVENT_POSITION],
  ['a reason that is a number', 'events-reason-number.json', EVENT_POSITION],
  ['a message that is a list', 'events-message-list.json', EVENT_POSITION],
  ['metadata that is a string', 'events-labels-string.json', EVENT_POSITION],
  ['a truncated file', 'events-truncated.json', EVENT_POSITION],
  ['a malformed line', 'events-malformed-line.jsonl', EVENT_POSITION],
  ['a syntax error in a value spread over several lines', 'events-multi-line-syntax.json', EVENT_POSITION],
  ['a byte order mark and CRLF line ends', 'events-bom-crlf.json', 'clean'],
  ['invalid UTF-8', 'events-bad-utf8.json', EVENT_POSITION],
  ['a 20 MB single event', 'events-huge.json', 'clean'],
  ['an event nested 10,000 levels deep', 'events-deep.json', 'clean'],
];

const NORMALIZE: Case[] = [
  ...EVENT_CASES.map(([title, file, want]): Case => ({
    title: `normalize on events with ${title} ${want === 'clean' ? 'runs clean' : 'fails with one line naming the file'}`,
    script: NORMALIZE_SCRIPT,
    args: (c) => normalizeArgs(c, c.fx(file), c.fx('logs.txt')),
    expect: want === 'clean' ? 'clean' : fail(1, (c) => c.fx(file), want === 'whole-file' ? undefined : want),
    outputs: normalizeOut,
  })),
  ...([
    ['a missing file', 'missing.json', false],
    ['a directory', 'a-directory', false],
    ['an empty file', 'empty.json', true],
    ['invalid UTF-8', 'bad-utf8.jsonl', true],
    ['a byte order mark and CRLF line ends', 'bom-crlf.jsonl', true],
    ['a 20 MB line', 'huge-record.json', true],
  ] as const).map(([title, file, clean]): Case => ({
    title: `normalize on logs with ${title} ${clean ? 'runs clean' : 'fails with one line naming the file'}`,
    script: NORMALIZE_SCRIPT,
    args: (c) => normalizeArgs(c, c.fx('events-list.json'), c.fx(file)),
    expect: clean ? 'clean' : fail(1, (c) => c.fx(file)),
    outputs: normalizeOut,
  })),
  {
    title: 'normalize with --out-records at a directory fails with one line and writes neither output',
    script: NORMALIZE_SCRIPT,
    setup: (c) => mkdirSync(join(c.dir, 'out', 'records.json'), { recursive: true }),
    args: (c) => normalizeArgs(c, c.fx('events-list.json'), c.fx('logs.txt')),
    expect: fail(1, (c) => join(c.dir, 'out', 'records.json')),
    outputs: (c) => [join(c.dir, 'out', 'gt.json')],
  },
  {
    title: 'normalize with --out-records inside a file fails with one line naming the path',
    script: NORMALIZE_SCRIPT,
    args: (c) => ['--events', c.fx('events-list.json'), '--logs', c.fx('logs.txt'), '--out-records', join(c.fx('not-sqlite.db'), 'r.json'), '--out-gt', join(c.dir, 'gt.json')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    outputs: (c) => [join(c.dir, 'gt.json')],
  },
  { title: 'normalize with an unknown flag exits 2', script: NORMALIZE_SCRIPT, args: () => ['--nope'], expect: fail(2, () => 'normalize') },
  { title: 'normalize without its required flags exits 2', script: NORMALIZE_SCRIPT, args: (c) => ['--events', c.fx('events-list.json')], expect: fail(2, () => '--logs') },
];

const REPLAY_SCRIPT = 'tools/run-external-replay.ts';
const REPLAY: Case[] = [
  ...streamRows(REPLAY_SCRIPT, 'replay --data', (_c, file) => ['--data', file], { formatFlag: false }),
  ...([
    ['a missing file', 'missing.json', 'whole-file'],
    ['a directory', 'a-directory', 'whole-file'],
    ['an empty file', 'empty.json', 'whole-file'],
    ['text that is not JSON', 'not-json.txt', RECORD],
    ['an object where an array is expected', 'gt-object.json', 'whole-file'],
    ['an entry that is not an object', 'gt-non-object.json', /: entry 1: /],
    ['an index that is a string', 'gt-index-string.json', /: entry 0: /],
    ['a truncated file', 'gt-truncated.json', RECORD],
    ['a syntax error spread over several lines', 'gt-multi-line-syntax.json', RECORD],
    ['invalid UTF-8', 'gt-bad-utf8.json', RECORD],
    ['a byte order mark and CRLF line ends', 'gt-bom-crlf.json', 'clean'],
  ] as const).map(([title, file, want]): Case => ({
    title: `replay --ground-truth on ${title} ${want === 'clean' ? 'runs clean' : 'fails with one line naming the file'}`,
    script: REPLAY_SCRIPT,
    args: (c) => ['--data', c.fx('bom-crlf.json'), '--ground-truth', c.fx(file)],
    expect: want === 'clean' ? 'clean' : fail(1, (c) => c.fx(file), want === 'whole-file' ? undefined : want),
  })),
  ...PROTOTYPE_CLASSES.flatMap((cls): Case[] => [
    {
      title: `replay --record --ground-truth naming the class ${cls} fails with one line naming the file and entry, leaving no database`,
      script: REPLAY_SCRIPT,
      args: (c) => ['--data', c.fx('bom-crlf.json'), '--ground-truth', c.fx(`gt-class-${cls}.json`), '--record', '--db', resultsDb(c)],
      expect: fail(1, (c) => c.fx(`gt-class-${cls}.json`), /: entry 1: "failure_type" ".*" is not a failure class/),
      outputs: (c) => [resultsDb(c)],
    },
    {
      title: `replay --record on records labelled ${cls} fails with one line naming the file and record, leaving no database`,
      script: REPLAY_SCRIPT,
      args: (c) => ['--data', c.fx(`labels-${cls}.jsonl`), '--record', '--db', resultsDb(c)],
      expect: fail(1, (c) => c.fx(`labels-${cls}.jsonl`), /: record 1: label ".*" is neither a failure class nor "healthy"/),
      outputs: (c) => [resultsDb(c)],
    },
    {
      title: `score on a corpus labelled ${cls} fails with one line naming the file and record`,
      script: 'tools/score-corpus.ts',
      args: (c) => [c.fx(`corpus-${cls}.json`)],
      expect: fail(1, (c) => c.fx(`corpus-${cls}.json`), /: record 1: label ".*" is neither a failure class nor "healthy"/),
    },
  ]),
  {
    title: 'replay --record on a truncated file leaves no new database',
    script: REPLAY_SCRIPT,
    args: (c) => ['--data', c.fx('truncated.json'), '--record', '--db', resultsDb(c)],
    expect: fail(1, (c) => c.fx('truncated.json'), RECORD),
    outputs: (c) => [resultsDb(c)],
  },
  {
    title: 'replay --record with --db at a directory fails with one line naming it',
    script: REPLAY_SCRIPT,
    args: (c) => ['--data', c.fx('bom-crlf.json'), '--record', '--db', c.fx('a-directory')],
    expect: fail(1, (c) => c.fx('a-directory')),
  },
  {
    title: 'replay --record with --db at a file that is not SQLite fails with one line naming it',
    script: REPLAY_SCRIPT,
    args: (c) => ['--data', c.fx('bom-crlf.json'), '--record', '--db', c.fx('not-sqlite.db')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    unchanged: (c) => [c.fx('not-sqlite.db')],
  },
  { title: 'replay with an unknown flag exits 2', script: REPLAY_SCRIPT, args: () => ['--nope'], expect: fail(2, () => 'replay') },
];

const COLLECT_SCRIPT = 'tools/collect-k8s-lab-data.ts';

/** A PATH whose kubectl prints an empty EventList (or nothing, for logs) and exits 0. */
function fakeKubectl(c: Ctx): NodeJS.ProcessEnv {
  const bin = join(c.dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'kubectl'), '#!/bin/sh\necho \'{"kind": "EventList", "items": []}\'\n');
  chmodSync(join(bin, 'kubectl'), 0o755);
  return { ...process.env, PATH: `${bin}:/usr/bin:/bin` };
}

const COLLECT: Case[] = [
  { title: 'collect with an unknown flag exits 2', script: COLLECT_SCRIPT, args: () => ['--nope'], expect: fail(2, () => 'collect') },
  {
    title: 'collect with a run id that is a path exits 2 and writes nothing',
    script: COLLECT_SCRIPT,
    args: (c) => ['--run-id', '../escape', '--out-root', join(c.dir, 'runs')],
    expect: fail(2, () => '--run-id'),
    outputs: (c) => [join(c.dir, 'runs')],
  },
  {
    title: 'collect without kubectl on the PATH fails with one line and writes nothing',
    script: COLLECT_SCRIPT,
    env: (c) => ({ ...process.env, PATH: join(c.dir, 'empty-bin') }),
    args: (c) => ['--run-id', 'r1', '--out-root', join(c.dir, 'runs')],
    expect: fail(1, () => 'kubectl'),
    outputs: (c) => [join(c.dir, 'runs', 'r1')],
  },
  {
    title: 'collect with --out-root at a file fails with one line naming it',
    script: COLLECT_SCRIPT,
    env: fakeKubectl,
    args: (c) => ['--run-id', 'r1', '--out-root', c.fx('not-sqlite.db')],
    expect: fail(1, (c) => c.fx('not-sqlite.db')),
    unchanged: (c) => [c.fx('not-sqlite.db')],
  },
];

// ---------------------------------------------------------------------------------------------
// The check every row gets

function snapshot(paths: string[]): Map<string, Buffer> {
  return new Map(paths.map((p) => [p, readFileSync(p)]));
}

async function check(row: Case): Promise<void> {
  const dir = mkdtempSync(join(root, 'case-'));
  const c: Ctx = { dir, fx: (name) => join(fxDir, name), seeded };
  row.setup?.(c);
  const unchanged = snapshot(row.unchanged?.(c) ?? []);
  const run: CliResult = SPAWNED.has(row)
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

const TABLES: Array<[string, Case[]]> = [
  ['observe', OBSERVE],
  ['lab-run', LAB_RUN],
  ['harness', HARNESS],
  ['report', REPORT],
  ['validate', VALIDATE],
  ['seed', SEED],
  ['normalize', NORMALIZE],
  ['replay', REPLAY],
  ['collect', COLLECT],
];

/** Rows run as processes: the first of each entry and exit code, and those that need their own environment. */
const SPAWNED = new Set<Case>();
{
  const seen = new Set<string>();
  for (const row of TABLES.flatMap(([, rows]) => rows)) {
    const key = `${row.script} ${row.expect === 'clean' ? 0 : row.expect.code}`;
    if (seen.has(key) && !row.env) continue;
    seen.add(key);
    SPAWNED.add(row);
  }
}

for (const [command, rows] of TABLES) {
  describe.concurrent(`bad input to ${command}`, () => {
    for (const row of rows) {
      it(`${row.title}${SPAWNED.has(row) ? ' (as a process)' : ''}`, { timeout: HANG_MS }, () => check(row));
    }
  });
}

describe('bad input rows', () => {
  it('run each entry as a process once per exit code, the rest in process', () => {
    const kinds = new Set([...SPAWNED].map((row) => `${row.script} ${row.expect === 'clean' ? 0 : row.expect.code}`));
    const all = new Set(TABLES.flatMap(([, rows]) => rows).map((row) => `${row.script} ${row.expect === 'clean' ? 0 : row.expect.code}`));
    expect(kinds).toEqual(all);
    expect(SPAWNED.size).toBeLessThan(TABLES.flatMap(([, rows]) => rows).length / 3);
  });
});
