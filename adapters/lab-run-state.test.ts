// lab-run --state: the guard's memory survives a process killed after it acted. A restarted
// run does not act again on the same target within its cooldown; without the state it would.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';
import { runCli } from '../src/run-cli.ts';
import { GUARD_STATE_APPLICATION_ID } from '../src/guard-state.ts';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const oom = (offsetS: number, target = 'prod/Deployment/web') =>
  `${JSON.stringify({ severity: 'ERROR', message: 'OOMKilled: container exceeded memory limit 512Mi', target, timestamp: new Date(T0 + offsetS * 1000).toISOString() })}\n`;

/** Start `lab-run --follow --jsonl --state STATE FILE`, wait for its first act line, then SIGKILL it. */
async function actThenKill(state: string, file: string): Promise<string> {
  const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'adapters/lab-run.ts'), '--follow', '--jsonl', '--state', state, file]);
  let out = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no act line in time; got: ${out}`)), 30_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('"decision":"act"')) {
        clearTimeout(timer);
        done();
      }
    });
  });
  const closed = new Promise((done) => child.on('close', done));
  child.kill('SIGKILL');
  await closed;
  return out;
}

const decisionsOf = (stdout: string) => stdout.trim().split('\n').map((l) => (JSON.parse(l) as { decision: string }).decision);

describe('lab-run --state across a kill and a restart', () => {
  it('a run killed right after it acted is not followed by a second action within the cooldown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-state-'));
    const state = join(dir, 'guard.db');
    const first = join(dir, 'first.jsonl');
    writeFileSync(first, oom(0));
    const killed = await actThenKill(state, first);
    expect(decisionsOf(killed)).toEqual(['act']);

    // Ten minutes later the same failure on the same target: a new incident, within the cooldown.
    const later = join(dir, 'later.jsonl');
    writeFileSync(later, oom(600) + oom(610, 'prod/Deployment/api'));
    const restarted = await runCli('adapters/lab-run.ts', ['--jsonl', '--state', state, later]);
    expect(restarted.code).toBe(0);
    expect(decisionsOf(restarted.stdout)).toEqual(['cooldown', 'act']);

    // A minute after the first: the incident is still open and the line joins it.
    const soon = join(dir, 'soon.jsonl');
    writeFileSync(soon, oom(60));
    const fresh = join(dir, 'fresh.db');
    writeFileSync(first, oom(0));
    await actThenKill(fresh, first);
    const joined = await runCli('adapters/lab-run.ts', ['--jsonl', '--state', fresh, soon]);
    expect(decisionsOf(joined.stdout)).toEqual(['joined']);

    const db = new DatabaseSync(state, { readOnly: true });
    expect((db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id).toBe(GUARD_STATE_APPLICATION_ID);
    db.close();
  });

  it('state bar: without --state (or with an empty one) the restarted run acts again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-state-'));
    const later = join(dir, 'later.jsonl');
    writeFileSync(later, oom(600));
    const without = await runCli('adapters/lab-run.ts', ['--jsonl', later]);
    expect(decisionsOf(without.stdout)).toEqual(['act']);
    const empty = await runCli('adapters/lab-run.ts', ['--jsonl', '--state', join(dir, 'new.db'), later]);
    expect(decisionsOf(empty.stdout)).toEqual(['act']);
  });

  it('refuses a results database, another program\'s SQLite file and a file that is not SQLite, with one line and nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-state-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, oom(0));
    const results = join(dir, 'results.db');
    expect((await runCli('adapters/lab-run.ts', ['--no-guards', '--record', '--db', results, input])).code).toBe(0);
    const other = join(dir, 'other.db');
    const o = new DatabaseSync(other);
    o.exec('CREATE TABLE notes (x TEXT)');
    o.close();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not sqlite at all, long enough to be read as a header...........................................');
    for (const [file, why] of [
      [results, /results\.db: is a GHOST results database, not a guard state file/],
      [other, /other\.db: is not a GHOST guard state file/],
      [junk, /junk\.db: guard state file is not a SQLite database/],
    ] as const) {
      const run = await runCli('adapters/lab-run.ts', ['--state', file, input]);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(why);
    }
    const check = new DatabaseSync(other, { readOnly: true });
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all().map((r) => (r as { name: string }).name)).toEqual(['notes']);
    check.close();
  });
});
