// The ReDoS check's recorded verdicts: a verdict is used only for exactly the expression,
// recheck version and options it was recorded for; anything else is checked live, so a
// known-bad expression fails whatever the file says unless the file lies about exactly it,
// and --refresh (which ignores the file) catches that lie. Stale entries are reported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, type Io } from '../src/cli.ts';
import { runCli } from '../src/run-cli.ts';
import { main } from './check-redos.ts';
import type { NamedExpression } from './input-expressions.ts';
import { RecheckPool, recheckEngine } from './recheck-pool.ts';
import { readVerdicts, RECHECK_OPTIONS, recheckVersion, VerdictBook, verdictFileText, verdictKey, type RecordedVerdict } from './recheck-verdicts.ts';

const dir = mkdtempSync(join(tmpdir(), 'ghost-redos-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAFE: NamedExpression = { name: 'plain', source: 'abc', flags: '' };
const BAD: NamedExpression = { name: 'textbook', source: '(a+)+$', flags: '' };
const version = recheckVersion();

function capture(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

/** A verdict file holding the given entries. */
function verdictFile(name: string, entries: Array<[NamedExpression, RecordedVerdict['verdict']]>): string {
  const path = join(dir, name);
  const map = new Map(entries.map(([e, verdict]) => [verdictKey(version, e.source, e.flags), { expression: `/${e.source}/${e.flags}`, verdict }]));
  writeFileSync(path, verdictFileText(version, map));
  return path;
}

const run = (argv: string[], expressions: NamedExpression[], answerWithinMs?: number) => {
  const io = capture();
  return runMain((a, i) => main(a, i, answerWithinMs === undefined ? { expressions } : { expressions, answerWithinMs }), argv, io).then((code) => ({ code, stdout: io.out.join(''), stderr: io.err.join('') }));
};

describe('a recorded verdict', () => {
  it('is found only for exactly its expression, recheck version and options', async () => {
    const key = verdictKey(version, 'abc', '');
    expect(verdictKey(version, 'abc', 'i')).not.toBe(key);
    expect(verdictKey(version, 'abd', '')).not.toBe(key);
    expect(verdictKey(`${version}-other`, 'abc', '')).not.toBe(key);
    const book = new VerdictBook(readVerdicts(verdictFile('one.json', [[SAFE, { status: 'safe', checker: 'automaton' }]])));
    expect(book.lookup(SAFE)).toEqual({ status: 'safe', checker: 'automaton' });
    expect(book.lookup({ source: 'abc', flags: 'i' })).toBeUndefined();
    // The same file read by another recheck has nothing recorded for it, and every entry is stale.
    const other = new VerdictBook(book.recorded, `${version}-other`);
    expect(other.lookup(SAFE)).toBeUndefined();
    expect(other.stale([SAFE])).toHaveLength(1);
    await Promise.all([book.close(), other.close()]);
  });

  it('that names another expression than its key is not used', () => {
    const path = join(dir, 'swapped.json');
    const key = verdictKey(version, BAD.source, BAD.flags);
    writeFileSync(path, verdictFileText(version, new Map([[key, { expression: '/abc/', verdict: { status: 'safe', checker: 'automaton' } }]])));
    expect(new VerdictBook(readVerdicts(path)).lookup(BAD)).toBeUndefined();
  });
});

describe('the check', () => {
  it('checks live an expression with no recorded verdict, so (a+)+$ fails it', async () => {
    const path = verdictFile('only-safe.json', [[SAFE, { status: 'safe', checker: 'automaton' }]]);
    const r = await run(['--verdicts', path], [SAFE, BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not safe: textbook /(a+)+$/: exponential');
    expect(r.stdout).toContain('2 expressions, 1 safe: 1 recorded, 1 checked live');
    expect(r.stderr).toMatch(/^Error: 1 expressions are not safe; first: textbook /);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('with --refresh catches a recorded `safe` verdict recheck calls vulnerable, and rewrites it', async () => {
    const path = verdictFile('lying.json', [
      [SAFE, { status: 'safe', checker: 'automaton' }],
      [BAD, { status: 'safe', checker: 'automaton' }],
    ]);
    // Trusted as recorded, the lie passes: this is what --refresh is for.
    expect((await run(['--verdicts', path], [SAFE, BAD])).code).toBe(0);
    const r = await run(['--verdicts', path, '--refresh'], [SAFE, BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('recorded verdict wrong: textbook /(a+)+$/: recorded safe, recheck says vulnerable');
    expect(r.stdout).toContain('2 expressions, 1 safe: 0 recorded, 2 checked live');
    expect(r.stderr).toMatch(/^Error: .*lying\.json: 1 recorded verdicts disagree with recheck; first: textbook /);
    const rewritten = new VerdictBook(readVerdicts(path));
    expect(rewritten.lookup(BAD)?.status).toBe('vulnerable');
    expect(rewritten.lookup(SAFE)?.status).toBe('safe');
  });

  it('fails on an expression whose live check got no answer in time, and --update does not record it (the check can fail)', { timeout: 600_000 }, async () => {
    const path = verdictFile('late.json', [[SAFE, { status: 'safe', checker: 'automaton' }]]);
    const late: NamedExpression = { name: 'late', source: 'x{1,3}y', flags: '' };
    // A deadline no live check can meet (a worker thread takes longer than a millisecond to start).
    const r = await run(['--verdicts', path, '--update'], [SAFE, late], 1);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not safe: late /x{1,3}y/: unknown: no answer within 0.001 s (the checker may have stopped)');
    expect(r.stderr).toMatch(/^Error: 1 expressions are not safe; first: late /);
    expect(new VerdictBook(readVerdicts(path)).lookup(late)).toBeUndefined();
    expect(new VerdictBook(readVerdicts(path)).lookup(SAFE)?.status).toBe('safe');
    // Under the default deadline the same expression is answered and recorded.
    expect((await run(['--verdicts', path, '--update'], [SAFE, late])).code).toBe(0);
    expect(new VerdictBook(readVerdicts(path)).lookup(late)?.status).toBe('safe');
  });

  it('reports a recorded verdict no expression has any more, and --update drops it', async () => {
    const gone: NamedExpression = { name: 'gone', source: 'removed rule', flags: 'i' };
    const path = verdictFile('stale.json', [
      [SAFE, { status: 'safe', checker: 'automaton' }],
      [gone, { status: 'safe', checker: 'automaton' }],
    ]);
    const before = readFileSync(path, 'utf8');
    const r = await run(['--verdicts', path], [SAFE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stale: /removed rule/i (no expression has it; --update drops it)');
    expect(r.stdout).toContain('1 expressions, 1 safe: 1 recorded, 0 checked live');
    expect(readFileSync(path, 'utf8')).toBe(before);
    const updated = await run(['--verdicts', path, '--update'], [SAFE]);
    expect(updated.stdout).toContain('stale: /removed rule/i (dropped)');
    expect([...readVerdicts(path).values()].map((v) => v.expression)).toEqual(['/abc/']);
  });
});

describe('check-redos as a process', () => {
  it('exits 2 naming the command on a bad flag', async () => {
    const r = await runCli('tools/check-redos.ts', ['--refrsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: check-redos: Unknown option '--refrsh'/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 naming a verdicts file that is not one, and leaves it as it was', async () => {
    const path = join(dir, 'not-verdicts.json');
    writeFileSync(path, '{"verdicts": [1]}\n');
    const r = await runCli('tools/check-redos.ts', ['--update', '--verdicts', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: ${path}: has no "verdicts" object\n`);
    expect(readFileSync(path, 'utf8')).toBe('{"verdicts": [1]}\n');
  });
});

describe('the engine', () => {
  // The recorded verdicts' key leaves the engine out: this holds only while both give the same verdict.
  it('native and pure JavaScript builds give the same verdicts, safe and vulnerable alike', { timeout: 600_000 }, async () => {
    const expressions = [
      ['^(?:\\S{1,64} )?ready\\.go:\\d{1,6}: ', ''],
      ['(a+)+$', ''],
      ['\\s*x\\s*$', ''],
    ] as const;
    const verdicts = async (engine: 'native' | 'pure') => {
      const pool = new RecheckPool(RECHECK_OPTIONS, 1, engine);
      try {
        return await Promise.all(expressions.map(([source, flags]) => pool.check(source, flags)));
      } finally {
        await pool.close();
      }
    };
    const pure = await verdicts('pure');
    expect(pure.map((v) => v.status)).toEqual(['safe', 'vulnerable', 'vulnerable']);
    expect(recheckEngine()).toBe('native');
    expect(await verdicts('native')).toEqual(pure);
  });

  it('a check that does not answer within its deadline is reported unknown, not waited on forever (the check can fail)', { timeout: 600_000 }, async () => {
    // A deadline no check can meet (a worker thread takes longer than a millisecond to start).
    const late = new RecheckPool(RECHECK_OPTIONS, 1, 'pure', 1);
    try {
      const verdict = await late.check('^(?:\\S{1,64} )?ready\\.go:\\d{1,6}: ', '');
      expect(verdict).toEqual({ status: 'unknown', error: 'no answer within 0.001 s (the checker may have stopped)' });
      // The replacement worker takes the next check (and misses the same deadline).
      expect((await late.check('x', '')).status).toBe('unknown');
    } finally {
      await late.close();
    }
    // The same check under the default deadline is answered.
    const inTime = new RecheckPool(RECHECK_OPTIONS, 1, 'pure');
    try {
      expect((await inTime.check('^(?:\\S{1,64} )?ready\\.go:\\d{1,6}: ', '')).status).toBe('safe');
    } finally {
      await inTime.close();
    }
  });

  it('the comparison sees a verdict that differs: the same expression through another checker', { timeout: 600_000 }, async () => {
    const a = new RecheckPool(RECHECK_OPTIONS, 1, 'pure');
    const b = new RecheckPool({ params: { ...RECHECK_OPTIONS.params, checker: 'fuzz' } }, 1, 'pure');
    try {
      const [va, vb] = await Promise.all([a.check('(a+)+$', ''), b.check('(a+)+$', '')]);
      expect([va.status, vb.status]).toEqual(['vulnerable', 'vulnerable']);
      expect(vb).not.toEqual(va);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
