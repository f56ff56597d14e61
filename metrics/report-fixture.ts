// Results databases for the report's tests and screenshot: the quick start's data (seed,
// harness), optionally with a lab run and an external replay of the committed lab capture,
// all made by the project's own commands as processes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';
import { runCli } from '../src/run-cli.ts';

export const LAB_CAPTURE = join(PROJECT_ROOT, 'tools', 'fixtures', 'lab-capture');

export interface ReportFixture {
  dir: string;
  dataDir: string;
  db: string;
}

async function run(script: string, args: string[]): Promise<void> {
  const result = await runCli(script, args, { timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`${script} ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`);
}

/** Seeded data and one harness run; with `labAndReplay`, also lab-run --record and replay --record on the lab capture. */
export async function buildReportFixture(options: { labAndReplay: boolean; harnessRuns?: number }): Promise<ReportFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-report-fixture-'));
  const dataDir = join(dir, 'data');
  const db = join(dir, 'results.db');
  await run('data/seed.ts', ['--out', dataDir]);
  for (let i = 0; i < (options.harnessRuns ?? 1); i += 1) await run('harness.ts', ['--data', dataDir, '--db', db]);
  if (options.labAndReplay) {
    const records = join(dir, 'normalized.json');
    const gt = join(dir, 'ground_truth.json');
    await run('tools/normalize-external-capture.ts', [
      '--events', join(LAB_CAPTURE, 'events.json'),
      '--logs', join(LAB_CAPTURE, 'logs.txt'),
      '--out-records', records,
      '--out-gt', gt,
    ]);
    await run('adapters/lab-run.ts', ['--record', '--db', db, records]);
    await run('tools/run-external-replay.ts', ['--data', records, '--ground-truth', gt, '--record', '--db', db]);
  }
  return { dir, dataDir, db };
}
