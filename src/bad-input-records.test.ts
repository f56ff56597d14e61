// Bad input to the entries that read records and the results database they write: observe,
// lab-run (--record) and report, one row per case. Every row runs the real command and expects
// either a clean run or exactly one stderr line that names the file and the position (the rows
// and the check every row gets: src/bad-input-test-support.ts).
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describeBadInput, fail, INFO, line, resultsDb, streamRows, type Case } from './bad-input-test-support.ts';

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

describeBadInput([
  ['observe', OBSERVE],
  ['lab-run', LAB_RUN],
  ['report', REPORT],
]);
