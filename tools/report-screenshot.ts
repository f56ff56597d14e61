// report-screenshot: the HTML report of a results database, rendered in headless Chromium
// and saved as a full-page PNG (the picture in the README comes from here). The page must
// load without console errors and without asking for anything but itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../experiments/paths.ts';
import { DEFAULT_DB_PATH } from '../metrics/recorder.ts';
import { loadReportData } from '../metrics/reporter.ts';
import { renderReportHtml } from '../metrics/report-html.ts';
import { writeFileAtomic } from '../src/atomic-file.ts';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import { InputError, RunError, UsageError } from '../src/errors.ts';
import { existsSync } from 'node:fs';
import { findChromium, launchChromium, visitPage } from './chromium.ts';

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
    const url = pathToFileURL(page).href;
    const browser = await launchChromium(executable);
    let visit;
    try {
      visit = await visitPage(browser, url, { width });
    } finally {
      await browser.close();
    }
    if (visit.errors.length > 0) throw new RunError(`report-screenshot: the page logged an error: ${visit.errors[0]}`);
    const foreign = visit.requests.find((r) => r !== url);
    if (foreign !== undefined) throw new RunError(`report-screenshot: the page requested ${foreign}`);
    await writeFileAtomic(out, visit.screenshot);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  io.stdout(`Screenshot written to ${out}\n`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
