// The HTML report in a real browser: headless Chromium over the DevTools protocol loads the
// page from disk, and the page must show its figures with no console error, no request but
// itself and every chart drawn at a size. Screenshots land in the test's temporary folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.ts';
import { findChromium, launchChromium, pngSize, type Browser } from '../tools/chromium.ts';
import { reportPageProblems, visitReport } from '../tools/report-screenshot.ts';
import { buildReportFixture, type ReportFixture } from './report-fixture.ts';

const chromium = findChromium();
if (!chromium) {
  console.warn('report browser test skipped: no Chromium found (install the Debian package chromium, as .ci/run does, or set CHROMIUM)');
}

const temp = mkdtempSync(join(tmpdir(), 'ghost-report-browser-'));
let browser: Browser;
let full: ReportFixture;
let harnessOnly: ReportFixture;

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  beforeAll(async () => {
    [full, harnessOnly, browser] = await Promise.all([
      buildReportFixture({ labAndReplay: true }),
      buildReportFixture({ labAndReplay: false }),
      launchChromium(chromium as string),
    ]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function render(fixture: ReportFixture, name: string) {
    const html = join(temp, `${name}.html`);
    const run = await runCli('metrics/reporter.ts', ['--db', fixture.db, '--data', fixture.dataDir, '--html', html]);
    expect(run.code).toBe(0);
    const visit = await visitReport(browser, html);
    const png = join(temp, `${name}.png`);
    writeFileSync(png, visit.screenshot);
    return { visit, url: pathToFileURL(html).href, png };
  }

  it('loads the full report with no errors, no requests and every chart drawn', async () => {
    const { visit, url, png } = await render(full, 'full');
    expect(reportPageProblems(visit, url)).toEqual([]);
    expect(visit.requests).toEqual([url]);
    const charts = visit.values['charts'] as Array<{ label: string; width: number; height: number }>;
    expect(charts.map((c) => c.label)).toEqual([
      'Experiments of the latest harness run',
      'Detection quality per class, experiment3',
      'Detection quality per class, experiment5',
      'Detection quality per class, experiment_external',
      'Detection quality per class, lab_run',
      'Timeline of experiment_external',
      'Timeline of lab_run',
      'Time to detect, decide, act and MTTR',
      'Harness results across runs',
    ]);
    for (const c of charts) expect(c.width * c.height).toBeGreaterThan(0);
    const text = String(visit.values['text']);
    for (const expected of ['experiment1', 'experiment5', 'experiment6', 'false alarms alone 0', 'MTTR per heal is detect + decide + act', 'detected 10/10, 0 false alarms', '✓ PASS detected 20/20, 0 false alarms', 'lab_run', 'ImagePullBackOff', 'recall 100% (4/4)', 'human baseline ~8 min (estimate)']) {
      expect(text).toContain(expected);
    }
    const size = pngSize(readFileSync(png));
    expect(size?.width).toBe(1000);
    expect(size?.height).toBeGreaterThan(2000);
  });

  it('loads the harness-only report, which says what is missing', async () => {
    const { visit, url, png } = await render(harnessOnly, 'harness-only');
    expect(reportPageProblems(visit, url)).toEqual([]);
    const text = String(visit.values['text']);
    expect(text).toContain('No lab run recorded');
    expect(text).toContain('No lab run or replay recorded');
    expect(pngSize(readFileSync(png))?.width).toBe(1000);
  });

  it('catches a console error, a request to the network and a chart drawn at no size', async () => {
    const page = join(temp, 'broken.html');
    writeFileSync(
      page,
      '<!doctype html><html><body><script>console.error("boom")</script>' +
        '<img src="http://127.0.0.1:9/x.png"><svg class="chart" aria-label="flat" width="0" height="0"></svg></body></html>',
    );
    const visit = await visitReport(browser, page);
    const problems = reportPageProblems(visit, pathToFileURL(page).href);
    expect(problems).toContain('the page logged an error: console.error: boom');
    expect(problems).toContain('the page requested http://127.0.0.1:9/x.png');
    expect(problems).toContain('chart "flat" is drawn at 0x0');
  });

  it('writes the screenshot with the tool, and names a missing Chromium in one line', async () => {
    const out = join(temp, 'tool.png');
    const run = await runCli('tools/report-screenshot.ts', ['--db', full.db, '--data', full.dataDir, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(pngSize(readFileSync(out))?.width).toBe(1000);
    const missing = await runCli('tools/report-screenshot.ts', ['--db', full.db, '--out', join(temp, 'no.png')], {
      env: { ...process.env, CHROMIUM: join(temp, 'no-such-chromium') },
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Error: report-screenshot: no Chromium found; install the Debian package chromium or set CHROMIUM\n');
  });
});
