import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { manualClock } from '../src/clock.ts';
import type { Outcome } from '../src/types.ts';
import { logHarnessFeedback } from './feedback.ts';
import { Recorder, openResultsDb } from './recorder.ts';
import { buildReportData, healTimes } from './report-data.ts';
import { MAX_TIMELINE_POINTS } from './report-timeline.ts';
import type { ReportData } from './report-types.ts';
import { renderReportHtml } from './report-html.ts';
import { buildReportFixture, type ReportFixture } from './report-fixture.ts';

let full: ReportFixture;
let harnessOnly: ReportFixture;

beforeAll(async () => {
  [full, harnessOnly] = await Promise.all([
    buildReportFixture({ labAndReplay: true }),
    buildReportFixture({ labAndReplay: false, harnessRuns: 2 }),
  ]);
}, 180_000);

const tmp = () => mkdtempSync(join(tmpdir(), 'ghost-report-'));
const SECTIONS = ['harness', 'per-class', 'timeline', 'timing', 'history'];

function outcome(failure_type: string, action_taken: string, success: boolean, stream_index: number): Outcome {
  return { failure_type, action_taken, action_params: {}, success, verify_ok: success, duration_ms: 2, decide_ms: 0.5, act_ms: 1.5, timestamp: 0, stream_index, dry_run: false };
}

describe('report --html', () => {
  it('shows every section for a database with the harness, a lab run and a replay', async () => {
    const out = join(tmp(), 'report.html');
    const run = await runCli('metrics/reporter.ts', ['--db', full.db, '--data', full.dataDir, '--html', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Report written to ${out}\n`);
    const html = readFileSync(out, 'utf8');
    for (const id of SECTIONS) expect(html).toContain(`<section id="${id}">`);
    expect(html.match(/How to read it:/g)).toHaveLength(SECTIONS.length);
    for (const name of ['experiment1', 'experiment3', 'experiment5', 'lab_run', 'experiment_external']) expect(html).toContain(name);
    expect(html).toContain('✓ PASS detected 20/20, 0 false alarms');
    expect(html).toContain('Timeline of lab_run');
    expect(html).toContain('Timeline of experiment_external');
    expect(html).toContain('ImagePullBackOff');
    expect(html).toContain('(estimate)');
    expect(html).not.toContain('No lab run recorded');
    expect(html).not.toContain('No external replay recorded');
    expect(html).not.toContain('class="empty"');
    // Self-contained: no scripts, nothing linked from elsewhere.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)=/i);
  });

  it('says what is missing for a database with only the harness', async () => {
    const out = join(tmp(), 'report.html');
    const run = await runInProcess('metrics/reporter.ts', ['--db', harnessOnly.db, '--data', harnessOnly.dataDir, '--html', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const id of SECTIONS) expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain('No lab run recorded: run <code>npm run lab-run -- --record FILE</code>.');
    expect(html).toContain('No external replay recorded');
    expect(html).toContain('<p class="empty">No lab run or replay recorded');
    expect(html).toContain('experiment5');
    expect(html).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="Timeline of');
  });

  it('works the same through ghost report', async () => {
    const out = join(tmp(), 'report.html');
    const run = await runCli('bin/ghost.ts', ['report', '--db', full.db, '--data', full.dataDir, '--html', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<section id="timeline">');
  });

  it('prints the data the page is drawn from with --json', async () => {
    const out = join(tmp(), 'report.html');
    const run = await runInProcess('metrics/reporter.ts', ['--db', full.db, '--data', full.dataDir, '--json', '--html', out]);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as ReportData;
    expect(data.run?.harness_all_pass).toBe(true);
    expect(data.experiments.map((e) => e.name)).toEqual(['experiment1', 'experiment2', 'experiment3', 'experiment4', 'experiment5', 'experiment6', 'experiment7']);
    expect(data.experiments.find((e) => e.name === 'experiment6')?.figure).toMatch(/^detected \d+\/\d+, 0 false alarms, false alarms alone 0$/);
    expect(data.timings.ledger_mttr?.max_ms).toBeGreaterThan(0);
    expect(data.per_class.map((b) => b.experiment)).toEqual(['experiment3', 'experiment5', 'experiment_external', 'lab_run']);
    expect(data.timelines.map((t) => t.experiment)).toEqual(['experiment_external', 'lab_run']);
    expect(renderReportHtml(data)).toBe(readFileSync(out, 'utf8'));
  });

  it('shows an older run from the ledger alone with --run, and says so', async () => {
    const json = await runInProcess('metrics/reporter.ts', ['--db', harnessOnly.db, '--data', harnessOnly.dataDir, '--json']);
    const latest = JSON.parse(json.stdout) as ReportData;
    expect(latest.history).toHaveLength(2);
    const first = latest.history[0]?.run_id ?? '';
    const older = JSON.parse((await runInProcess('metrics/reporter.ts', ['--db', harnessOnly.db, '--json', '--run', first])).stdout) as ReportData;
    expect(older.run).toMatchObject({ run_id: first, rows_available: false });
    expect(older.per_class).toEqual([]);
    expect(older.experiments.find((e) => e.name === 'experiment5')?.figure).toBe('detected 20/20, 0 false alarms');
    expect(older.missing.some((m) => m.includes('is not the latest'))).toBe(true);
  });

  it('keeps the terminal summary as it was', async () => {
    const run = await runInProcess('metrics/reporter.ts', ['--db', full.db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Detections\n/);
    expect(run.stdout).toContain('Feedback ledger: 1 run(s), latest first');
  });
});

describe('report bad input', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('names a missing database', async () => {
    const db = join(tmp(), 'none.db');
    const run = await runInProcess('metrics/reporter.ts', ['--db', db, '--html', join(tmp(), 'r.html')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Error: ${db}: no such results database; run \`npm run harness\` first\n`);
  });

  it('names an unknown run id', async () => {
    const out = join(tmp(), 'r.html');
    const run = await runInProcess('metrics/reporter.ts', ['--db', full.db, '--html', out, '--run', 'nope']);
    expect(run.code).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain(`${full.db}: no run "nope" in the feedback ledger (1 runs recorded)`);
    expect(existsSync(out)).toBe(false);
  });

  it('names an output it cannot write and leaves nothing behind', async () => {
    const dir = tmp();
    const asFolder = join(dir, 'taken');
    mkdirSync(asFolder);
    const underFile = join(dir, 'file.txt');
    writeFileSync(underFile, 'x');
    for (const out of [asFolder, join(underFile, 'r.html')]) {
      const run = await runInProcess('metrics/reporter.ts', ['--db', full.db, '--html', out]);
      expect(run.code).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toContain(out);
    }
    expect(readdirSync(dir).sort()).toEqual(['file.txt', 'taken']);
  });

  it('names a file that is not a results database', async () => {
    const file = join(tmp(), 'garbage.db');
    writeFileSync(file, 'not sqlite at all, just text that is long enough to be read as a header');
    const run = await runInProcess('metrics/reporter.ts', ['--db', file, '--json']);
    expect(run.code).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain(file);
  });

  it('refuses --rows with --html, and --run without a page, as usage errors', async () => {
    expect((await runCli('metrics/reporter.ts', ['--rows', '--json'])).code).toBe(2);
    expect((await runInProcess('metrics/reporter.ts', ['--run', 'x'])).code).toBe(2);
  });
});

describe('report data', () => {
  function labDb(detected: string, action: string, success: boolean) {
    const dir = tmp();
    const gt = join(dir, 'gt.json');
    writeFileSync(gt, JSON.stringify([{ index: 3, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: {} }]));
    const db = openResultsDb(':memory:');
    const rec = new Recorder(db, 'lab_run', manualClock(0, 1_800_000_000), JSON.stringify({ input: join(dir, 'in.json'), ground_truth: gt }));
    rec.recordOutcome(outcome(detected, action, success, 3));
    rec.recordDetection(detected, 0.2, 3);
    return db;
  }
  const build = (db: ReturnType<typeof openResultsDb>) => buildReportData(db, { dbPath: 'test.db', dataDir: tmp() });

  it('puts a perfect class at its targets', async () => {
    const data = await build(labDb('OOMKilled', 'scale_memory', true));
    expect(data.per_class[0]?.classes).toEqual([
      expect.objectContaining({ failure_type: 'OOMKilled', recall: 1, precision: 1, resolved: 1, resolved_share: 1 }),
    ]);
  });

  it('shows a wrong class as missed recall and a false alarm of the class it was taken for', async () => {
    const data = await build(labDb('HighLatency', 'scale_instances', true));
    const classes = data.per_class[0]?.classes ?? [];
    expect(classes.find((c) => c.failure_type === 'OOMKilled')).toMatchObject({ recall: 0, resolved: 0 });
    expect(classes.find((c) => c.failure_type === 'HighLatency')).toMatchObject({ precision: 0, false_positives: 1, expected: 0 });
    const html = renderReportHtml(data);
    expect(html).toContain('recall 0% (0/1)');
    expect(html).toContain('precision 0% (1 false alarm)');
    expect(html).toContain('recall n/a (none expected)');
  });

  it('does not count an action that did not hold, or the wrong action, as resolved', async () => {
    for (const [action, success] of [['scale_memory', false], ['rollback_image', true]] as const) {
      const data = await build(labDb('OOMKilled', action, success));
      expect(data.per_class[0]?.classes[0]).toMatchObject({ recall: 1, resolved: 0 });
    }
  });

  it('says when a run\u2019s ground truth cannot be read instead of leaving the class out', async () => {
    const db = openResultsDb(':memory:');
    new Recorder(db, 'experiment_external', manualClock(), JSON.stringify({ data: 'x.json', ground_truth: '/nonexistent/gt.json' })).recordDetection('OOMKilled', 1, 0);
    const data = await build(db);
    expect(data.per_class[0]).toMatchObject({ classes: [], note: expect.stringContaining('/nonexistent/gt.json') });
    expect(renderReportHtml(data)).toContain('ground truth could not be read');
  });

  it('picks up a new experiment, columns added later and an unreadable ledger payload', async () => {
    const db = openResultsDb(':memory:');
    db.exec('ALTER TABLE outcome_rows ADD COLUMN incident_id TEXT');
    db.exec('ALTER TABLE outcome_rows ADD COLUMN decision TEXT');
    db.exec('ALTER TABLE detection_rows ADD COLUMN event_time REAL');
    const clock = manualClock(0, 1_800_000_000);
    db.prepare('INSERT INTO feedback_rows (run_id, payload_json, created) VALUES (?, ?, ?)').run('old', '{broken', 1_700_000_000);
    logHarnessFeedback(db, { experiment6_all_pass: false, harness_all_pass: false, exp6_detected: 3, exp6_total_injected: 4 } as never, clock, () => 'new');
    const rec = new Recorder(db, 'lab_run', clock, JSON.stringify({ input: '-' }));
    rec.recordDetection('CrashLoopBackOff', 0.1, 0);
    rec.recordDetection('CrashLoopBackOff', 0.1, 1);
    rec.recordOutcome(outcome('CrashLoopBackOff', 'reset_and_redeploy', true, 0));
    rec.recordOutcome(outcome('CrashLoopBackOff', 'reset_and_redeploy', true, 1));
    db.exec("UPDATE detection_rows SET event_time = 100 + stream_index * 30");
    db.exec("UPDATE outcome_rows SET incident_id = 'i1', decision = CASE stream_index WHEN 0 THEN 'act' ELSE 'cooldown' END");
    const data = await build(db);
    expect(data.experiments).toEqual([{ name: 'experiment6', pass: false, share: 0.75, figure: 'detected 3/4' }]);
    expect(data.history.map((h) => h.problem)).toEqual(['payload is not a JSON object', null]);
    const timeline = data.timelines[0];
    expect(timeline?.x_axis).toBe('event time (s)');
    expect(timeline?.guard_decisions_recorded).toBe(true);
    expect(timeline?.points.map((p) => [p.mark, p.x])).toEqual([['detection', 100], ['action-ok', 100], ['detection', 130], ['held', 130]]);
    expect(data.missing.join(' ')).not.toMatch(/No incidents|No guard decisions/);
    const html = renderReportHtml(data);
    expect(html).toContain('✗ FAIL');
    expect(html).toContain('payload is not a JSON object');
  });

  it('computes actions per incident when outcomes carry an incident', async () => {
    const dir = tmp();
    const gt = join(dir, 'gt.json');
    writeFileSync(gt, JSON.stringify([0, 1, 2].map((index) => ({ index, failure_type: 'OOMKilled', expected_action: 'scale_memory', expected_params: {} }))));
    const db = openResultsDb(':memory:');
    db.exec('ALTER TABLE outcome_rows ADD COLUMN incident_id TEXT');
    const rec = new Recorder(db, 'experiment_external', manualClock(), JSON.stringify({ data: 'x', ground_truth: gt }));
    for (const i of [0, 1, 2]) {
      rec.recordDetection('OOMKilled', 0.1, i);
      rec.recordOutcome(outcome('OOMKilled', 'scale_memory', true, i));
    }
    db.exec("UPDATE outcome_rows SET incident_id = 'one'");
    const data = await build(db);
    expect(data.per_class[0]?.classes[0]?.actions_per_incident).toBe(3);
    expect(renderReportHtml(data)).toContain('Actions per incident, experiment_external');
  });

  it('thins a long run\u2019s timeline over its whole span and keeps every action that did not hold', async () => {
    const db = openResultsDb(':memory:');
    const rec = new Recorder(db, 'lab_run', manualClock(), JSON.stringify({ input: '-' }));
    const n = MAX_TIMELINE_POINTS * 2;
    for (let i = 0; i < n; i += 1) {
      rec.recordDetection('HighLatency', 0.1, i);
      rec.recordOutcome(outcome('HighLatency', 'scale_instances', i % 1000 !== 7, i));
    }
    const timeline = (await build(db)).timelines[0];
    expect(timeline?.points_total).toBe(2 * n);
    expect(timeline?.points.length).toBeLessThanOrEqual(MAX_TIMELINE_POINTS);
    expect(timeline?.points.at(-1)?.x).toBeGreaterThan(n * 0.99);
    expect(timeline?.points.filter((p) => p.mark === 'action-failed').map((p) => p.x)).toEqual(
      Array.from({ length: n / 1000 }, (_, k) => k * 1000 + 7),
    );
    expect(timeline?.thinned).toBe(`${timeline?.points.length} of ${2 * n} marks drawn: every 5th detection and action that held; every action that did not hold or was held back is drawn`);
    expect(renderReportHtml((await build(db)))).toContain('A long run: ');
  });

  it('scores the detection-only experiment against its scenarios\u2019 labels', async () => {
    const dataDir = tmp();
    const labels = ['OOMKilled', 'CrashLoopBackOff', 'StartupProbeFailed', 'HighLatency'];
    writeFileSync(join(dataDir, 'clean_failures.json'), JSON.stringify(labels.map((reason) => ({ severity: 'ERROR', service: 's', message: 'm', labels: { reason } }))));
    const bars = async (detected: string[], dir: string) => {
      const db = openResultsDb(':memory:');
      const rec = new Recorder(db, 'experiment1', manualClock());
      for (const type of detected) rec.recordDetection(type, 0.1, null);
      logHarnessFeedback(db, { experiment1_all_pass: true, harness_all_pass: true } as never, manualClock(), () => 'run');
      return (await buildReportData(db, { dbPath: 'test.db', dataDir: dir })).experiments[0];
    };
    expect(await bars(labels, dataDir)).toMatchObject({ share: 1, figure: '4/4 detected as labelled' });
    expect(await bars(['OOMKilled', 'OOMKilled', 'StartupProbeFailed', 'HighLatency'], dataDir)).toMatchObject({ share: 0.75, figure: '3/4 detected as labelled' });
    expect(await bars(labels, tmp())).toMatchObject({ share: null, figure: '4 detections' });
  });

  it('measures each heal as its detection plus decide and act, paired by record or by order', () => {
    const detections = [
      { stream_index: 4, detect_ms: 1 },
      { stream_index: 4, detect_ms: 50 },
      { stream_index: null, detect_ms: 2 },
      { stream_index: null, detect_ms: 3 },
    ];
    const outcomes = [
      { stream_index: 4, decide_ms: 0.5, act_ms: 0.25 },
      { stream_index: null, decide_ms: 1, act_ms: 1 },
      { stream_index: null, decide_ms: 2, act_ms: 2 },
      { stream_index: 9, decide_ms: 1, act_ms: 1 },
    ];
    // The outcome at record 9 has no detection to pair with: it is left out, not guessed.
    expect(healTimes(detections, outcomes)).toEqual([1.75, 4, 7]);
  });

  it('escapes a service name or message with markup in it', async () => {
    const db = openResultsDb(':memory:');
    const hostile = '<script>alert(1)</script>';
    const rec = new Recorder(db, 'lab_run', manualClock(), JSON.stringify({ input: hostile }));
    rec.recordDetection(hostile, 0.1, 0);
    rec.recordOutcome(outcome(hostile, hostile, false, 0));
    const html = renderReportHtml(await build(db));
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('says so for every section of an empty database', async () => {
    const html = renderReportHtml(await build(openResultsDb(':memory:')));
    expect(html.match(/<p class="empty">/g)).toHaveLength(SECTIONS.length);
    expect(html).not.toContain('<svg');
  });
});
