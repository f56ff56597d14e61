// report-screenshot: the HTML report of a results database, rendered in headless Chromium
// and saved as a full-page PNG (the picture in the README comes from here). The page must
// load without console errors and without asking for anything but itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR } from '../experiments/paths.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { DEFAULT_DB_PATH } from '../metrics/recorder.ts';
import { loadReportData } from '../metrics/reporter.ts';
import { renderReportHtml } from '../metrics/report-html.ts';
import { writeFileAtomic } from '../src/atomic-file.ts';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import { InputError, RunError, UsageError } from '../src/errors.ts';
import { existsSync } from 'node:fs';
import { findChromium, launchChromium, visitPage, type Browser, type PageVisit } from './chromium.ts';

export const DEFAULT_SCREENSHOT = join(PROJECT_ROOT, 'docs', 'report.png');

const HELP = `Usage: report-screenshot [--db FILE] [--data DIR] [--out FILE] [--width PX]

Writes the HTML report of the results database to a temporary file, renders it in
headless Chromium ($CHROMIUM, or chromium on PATH) and saves a full-page PNG. Fails
when the page logs an error or requests anything but itself.

  --db FILE    results database (default: metrics/results.db)
  --data DIR   where the harness's ground truth is (default: data/)
  --out FILE   the PNG to write (default: docs/report.png)
  --width PX   page width in CSS pixels (default: 1000)
  -h, --help   show this help
`;

/** What the checks read from a loaded report: each chart's drawn size and the page's text. */
export const REPORT_PROBES = {
  charts: `[...document.querySelectorAll('svg')].map((s) => {
    const r = s.getBoundingClientRect();
    return { label: s.getAttribute('aria-label') ?? '(unlabelled svg)', width: r.width, height: r.height };
  })`,
  text: 'document.body.innerText',
} as const;

interface ChartSize {
  label: string;
  width: number;
  height: number;
}

/** Why a loaded page is not a good report: console errors, requests for anything but itself, charts drawn at no size. */
export function reportPageProblems(visit: PageVisit, url: string): string[] {
  const problems = visit.errors.map((e) => `the page logged an error: ${e}`);
  for (const request of visit.requests) if (request !== url) problems.push(`the page requested ${request}`);
  const charts = (visit.values['charts'] as ChartSize[] | undefined) ?? [];
  for (const c of charts) if (!(c.width > 0 && c.height > 0)) problems.push(`chart "${c.label}" is drawn at ${c.width}x${c.height}`);
  return problems;
}

/** Load an HTML file in the browser with the report probes. */
export function visitReport(browser: Browser, file: string, width = 1000): Promise<PageVisit> {
  return visitPage(browser, pathToFileURL(file).href, { width, evaluate: REPORT_PROBES });
}

export async function main(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseFlags('report-screenshot', argv, {
    db: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    width: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const width = parseIntFlag('report-screenshot', 'width', values.width, 1000);
  if (width < 320 || width > 4000) throw new UsageError('report-screenshot: --width must be between 320 and 4000');
  const dbPath = values.db ?? DEFAULT_DB_PATH;
  if (!existsSync(dbPath)) throw new InputError(dbPath, undefined, 'no such results database; run `npm run harness` first');
  const out = values.out ?? DEFAULT_SCREENSHOT;
  const data = await loadReportData(dbPath, { dbPath: values.db ?? 'metrics/results.db', dataDir: values.data ?? DEFAULT_DATA_DIR });
  const executable = findChromium(env);
  if (!executable) throw new RunError('report-screenshot: no Chromium found; install the Debian package chromium or set CHROMIUM');
  const dir = mkdtempSync(join(tmpdir(), 'ghost-report-'));
  try {
    const page = join(dir, 'report.html');
    writeFileSync(page, renderReportHtml(data));
    const browser = await launchChromium(executable);
    let visit;
    try {
      visit = await visitReport(browser, page, width);
    } finally {
      await browser.close();
    }
    const problems = reportPageProblems(visit, pathToFileURL(page).href);
    if (problems.length > 0) throw new RunError(`report-screenshot: ${problems[0]}`);
    await writeFileAtomic(out, visit.screenshot);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  io.stdout(`Screenshot written to ${out}\n`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
