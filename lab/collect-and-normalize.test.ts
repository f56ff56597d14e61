import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { runCli } from '../src/run-cli.ts';
import { makeFakeTools, readInvocations } from '../src/fake-commands.ts';

const SCRIPT = 'lab/collect-and-normalize.ts';
const FIXTURE = join(import.meta.dirname, '..', 'tools', 'fixtures', 'lab-capture');

function setup() {
  const fakes = makeFakeTools(['kubectl']);
  const root = mkdtempSync(join(tmpdir(), 'ghost-pipeline-'));
  const outRoot = join(root, 'runs');
  const db = join(root, 'results.db');
  const env = (extra: Record<string, string> = {}) =>
    fakes.env({ FAKE_EVENTS: join(FIXTURE, 'events.json'), FAKE_LOGS: join(FIXTURE, 'logs.txt'), ...extra });
  return { fakes, outRoot, db, env, args: ['--run-id', 'lab1', '--out-root', outRoot, '--db', db] };
}

describe('collect-and-normalize', () => {
  it('collects, normalizes and records a replay of the lab capture', async () => {
    const { fakes, outRoot, db, env, args } = setup();
    const run = await runCli(SCRIPT, args, { env: env() });
    expect(run.code).toBe(0);
    const runDir = join(outRoot, 'lab1');
    const result = JSON.parse(run.stdout);
    expect(result.run_dir).toBe(runDir);
    expect(result.normalize).toMatchObject({ records: 58, ground_truth: 8, events_kept: 8, logs_kept: 50 });
    expect(result.replay).toMatchObject({ detected: 8, total_failures: 8, false_positives: 0, healthy_count: 50, ground_truth_source: 'file' });
    expect(readdirSync(runDir).sort()).toEqual(['events.json', 'ground_truth.json', 'logs.txt', 'meta.json', 'normalized.json']);
    expect(readInvocations(fakes.log).map((i) => i.args.slice(0, 3))).toEqual([
      ['--context', 'kind-ghost-lab', 'get'],
      ['--context', 'kind-ghost-lab', 'logs'],
    ]);
    const check = new DatabaseSync(db);
    expect((check.prepare("SELECT COUNT(*) AS n FROM detection_rows WHERE experiment = 'experiment_external'").get() as { n: number }).n).toBe(8);
    check.close();
  });

  it('stops when collection fails, leaving no run folder and no database', async () => {
    const { outRoot, db, env, args } = setup();
    const run = await runCli(SCRIPT, args, { env: env({ FAKE_FAIL_MATCH: 'get events' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Error: kubectl --context kind-ghost-lab get events .* exited with 3/);
    expect(readdirSync(outRoot)).toEqual([]);
    expect(existsSync(db)).toBe(false);
  });

  it('keeps the capture but writes no normalized files when the events are malformed', async () => {
    const { outRoot, db, env, args } = setup();
    const run = await runCli(SCRIPT, args, { env: env({ FAKE_EVENTS: join(FIXTURE, 'logs.txt') }) });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/events\.json: line 1 column 1: expected '\{'/);
    expect(readdirSync(join(outRoot, 'lab1')).sort()).toEqual(['events.json', 'logs.txt', 'meta.json']);
    expect(existsSync(db)).toBe(false);
  });

  it('prints the commands and the in-process steps with --print, running nothing', async () => {
    const { outRoot, db, args } = setup();
    const empty = mkdtempSync(join(tmpdir(), 'ghost-empty-'));
    const run = await runCli(SCRIPT, ['--print', ...args], { env: { PATH: empty } });
    expect(run.code).toBe(0);
    const dir = join(outRoot, 'lab1');
    expect(run.stdout).toBe(
      [
        'kubectl --context kind-ghost-lab get events -n ghost-lab -o json --sort-by=.lastTimestamp',
        'kubectl --context kind-ghost-lab logs -n ghost-lab -l app=app-service --all-containers --tail=2000',
        `# write events.json, logs.txt, meta.json into ${dir}`,
        `# then, in-process: normalize --events ${dir}/events.json --logs ${dir}/logs.txt --out-records ${dir}/normalized.json --out-gt ${dir}/ground_truth.json`,
        `# then, in-process: replay --data ${dir}/normalized.json --ground-truth ${dir}/ground_truth.json --record --db ${db}`,
        '',
      ].join('\n'),
    );
    expect(existsSync(outRoot)).toBe(false);
  });

  it('refuses a run id that would leave the runs folder', async () => {
    const { fakes, env, outRoot } = setup();
    const run = await runCli(SCRIPT, ['--run-id', '../x', '--out-root', outRoot], { env: env() });
    expect(run.code).toBe(2);
    expect(readInvocations(fakes.log)).toEqual([]);
  });

  it('prints help', async () => {
    const run = await runCli(SCRIPT, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: collect-and-normalize \[options\]/);
  });
});
