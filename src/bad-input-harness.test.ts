// Bad input to the harness, one row per case: missing, empty, truncated or mistyped datasets and
// ground truth in a copy of freshly seeded data, and a --db it must not write. Every row runs the
// real command and expects either a clean run or exactly one stderr line that names the file and
// the position (the rows and the check every row gets: src/bad-input-test-support.ts). The only
// bad-input file that seeds datasets.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS } from '../experiments/paths.ts';
import { BOM, describeBadInput, fail, RECORD, resultsDb, type Case, type Ctx } from './bad-input-test-support.ts';

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

describeBadInput([['harness', HARNESS]], { seeded: true });
