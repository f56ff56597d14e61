// Bad input to the tools: validate, seed, normalize, replay (and score) and collect, one row per
// case. Every row runs the real command and expects either a clean run or exactly one stderr line
// that names the file and the position (the rows and the check every row gets:
// src/bad-input-test-support.ts).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';
import { POLICY_PATH, REQUIRED_PATHS } from '../integrations/validate.ts';
import {
  BOM,
  describeBadInput,
  fail,
  PROTOTYPE_CLASSES,
  RECORD,
  resultsDb,
  streamRows,
  type Case,
  type Ctx,
} from './bad-input-test-support.ts';

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

describeBadInput([
  ['validate', VALIDATE],
  ['seed', SEED],
  ['normalize', NORMALIZE],
  ['replay', REPLAY],
  ['collect', COLLECT],
]);
