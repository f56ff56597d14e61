import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, it, expect, vi } from 'vitest';
import type { Io } from '../src/cli.ts';
import { dumpsPython } from '../src/py-json.ts';
import { STORM_FILE_NAME } from './storm-dataset.ts';
import { buildDatasets, SEED_FILE_NAMES, WATCHED_FILE_NAMES } from './seed-datasets.ts';
import { WATCHED_HEALTHY_TEMPLATES } from './seed-templates.ts';
import { EXPECTED_HEALS } from './expected-heals.ts';
import { DECISION_TABLE } from '../skills/healer-skills.ts';
import { FAILURE_TYPES } from '../skills/failure-types.ts';
import { classifyRecord } from '../src/replay.ts';
import { main, parseSeed } from './seed.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = join(ROOT, 'node_modules/.bin/node');
const SEED_SCRIPT = join(ROOT, 'data/seed.ts');
const REFERENCE_42 = join(ROOT, 'data/reference/seed-42');

// Digests of the original generator's files for other seeds (see "about" in the file).
const digests = JSON.parse(readFileSync(join(ROOT, 'data/reference/seed-digests.json'), 'utf8')) as {
  seeds: Record<string, Record<string, string>>;
};

const SUMMARY_42 = `GHOST POC - Synthetic Data Generation
=======================================
Random seed:         42
=======================================
clean_failures.json       4 records   4 failure events
healthy_baseline.json    50 records   0 failure events
mixed_stream.json       100 records  10 failure events
mixed_stream_ground_truth.json  10 entries
k8s_clean_signals.json      6 records   6 K8s-style signal scenarios
near_real_stream.json     200 records  20 injected failures (noisy / multi-line)
near_real_ground_truth.json  20 entries
watched_healthy.json      60 records   0 failure events (WARNING/ERROR healthy lines)
watched_mixed_stream.json  100 records  20 failure events
watched_mixed_ground_truth.json  20 entries
storm_stream.json         98 records  incident storm scenarios (experiment 7)
=======================================
Healthy baseline assertion: PASSED - zero failure patterns in healthy set
`;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ghost-seed-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function captureIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

describe('buildDatasets', () => {
  it('returns the seven datasets in the original order', () => {
    expect(buildDatasets(42).datasets.map((d) => d.file)).toEqual([...SEED_FILE_NAMES]);
  });

  it.each(SEED_FILE_NAMES)('renders seed 42 %s byte-identical to the original', (file) => {
    const dataset = buildDatasets(42).datasets.find((d) => d.file === file)!;
    expect(dumpsPython(dataset.records, 2)).toBe(readFileSync(join(REFERENCE_42, file), 'utf8'));
  });

  it.each(Object.keys(digests.seeds))('renders seed %s with the original files digests', (seedText) => {
    const { datasets } = buildDatasets(parseSeed(seedText));
    const actual = Object.fromEntries(datasets.map((d) => [d.file, sha256(dumpsPython(d.records, 2))]));
    expect(actual).toEqual(digests.seeds[seedText]);
  });

  it('covers the seeds the port promises to match', () => {
    expect(Object.keys(digests.seeds)).toEqual(expect.arrayContaining(['0', '1', '7', '123', '2024', '99999']));
  });
});

describe('parseSeed', () => {
  it('defaults to 42', () => {
    expect(parseSeed(undefined)).toBe(42);
  });

  it('accepts what Python int() accepts: sign, underscores, surrounding spaces', () => {
    expect([parseSeed('+7'), parseSeed(' -3 '), parseSeed('1_000')]).toEqual([7, -3, 1000]);
  });

  it('keeps seeds beyond 2**53 exact as bigints', () => {
    expect(parseSeed('12345678901234567890')).toBe(12345678901234567890n);
  });

  it('rejects a non-integer as a usage error', () => {
    expect(() => parseSeed('4.2')).toThrow(/--seed expects an integer/);
  });
});

describe('seed main', () => {
  it('writes the seed 42 files and prints the summary', async () => {
    const out = tempDir();
    const io = captureIo();
    expect(await main(['--seed', '42', '--out', out], io)).toBe(0);
    expect(io.out.join('')).toBe(`${SUMMARY_42}All files written to ${out}/\n`);
    for (const file of SEED_FILE_NAMES) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(REFERENCE_42, file), 'utf8'));
    }
  });

  it('replaces existing files and leaves no temporary files behind', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'clean_failures.json'), 'stale');
    await main(['--out', out], captureIo());
    expect(readdirSync(out).sort()).toEqual([...SEED_FILE_NAMES, ...WATCHED_FILE_NAMES, STORM_FILE_NAME].sort());
    expect(readFileSync(join(out, 'clean_failures.json'), 'utf8')).toBe(
      readFileSync(join(REFERENCE_42, 'clean_failures.json'), 'utf8'),
    );
  });

  it('takes a negative seed written as a separate argument, as argparse does', async () => {
    const out = tempDir();
    const io = captureIo();
    await main(['--seed', '-3', '--out', out], io);
    expect(io.out.join('')).toContain('Random seed:         -3\n');
    expect(sha256(readFileSync(join(out, 'mixed_stream.json'), 'utf8'))).toBe(digests.seeds['-3']?.['mixed_stream.json']);
  });

  it('prints help and writes nothing', async () => {
    const out = tempDir();
    const io = captureIo();
    expect(await main(['--help', '--out', out], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^Usage: node data\/seed\.ts/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('fails with one line and writes no file when a healthy record matches a failure pattern', async () => {
    vi.resetModules();
    vi.doMock('../skills/watcher-skills.ts', async (original) => ({ ...(await original()), anyPatternMatches: () => true }));
    try {
      const cli = await import('../src/cli.ts');
      const seed = await import('./seed.ts');
      const out = tempDir();
      const io = captureIo();
      expect(await cli.runMain(seed.main, ['--out', out], io)).toBe(1);
      expect(io.err.join('')).toMatch(/^Error: Could not generate a healthy record without pattern overlap\n$/);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      vi.doUnmock('../skills/watcher-skills.ts');
      vi.resetModules();
    }
  });
});

describe('seed process', () => {
  it('exits 0, prints the summary and writes the seed 42 files', async () => {
    const out = tempDir();
    const { stdout, stderr } = await run(NODE, [SEED_SCRIPT, '--seed', '42', '--out', out], { cwd: ROOT });
    expect(stderr).toBe('');
    expect(stdout).toBe(`${SUMMARY_42}All files written to ${out}/\n`);
    for (const file of SEED_FILE_NAMES) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(REFERENCE_42, file), 'utf8'));
    }
  });

  it('exits 2 with one stderr line for a seed that is not an integer', async () => {
    const out = tempDir();
    const failure = await run(NODE, [SEED_SCRIPT, '--seed', 'abc', '--out', out], { cwd: ROOT }).then(
      () => null,
      (err: unknown) => err as { code: number; stdout: string; stderr: string },
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(2);
    expect(failure!.stdout).toBe('');
    expect(failure!.stderr).toBe('Error: seed: --seed expects an integer, got "abc"\n');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('watched-severity datasets', () => {
  const watchedOf = (seed: number) => Object.fromEntries(buildDatasets(seed).watched.map((d) => [d.file, d.records]));

  it('are built after the seven, from their own stream: the seven are the same bytes with or without them', () => {
    const { datasets, watched } = buildDatasets(7);
    expect(watched.map((d) => d.file)).toEqual([...WATCHED_FILE_NAMES]);
    const actual = Object.fromEntries(datasets.map((d) => [d.file, sha256(dumpsPython(d.records, 2))]));
    expect(actual).toEqual(digests.seeds['7']);
  });

  it('hold healthy records only at WARNING and ERROR, and the mix 20 failures with their ground truth', () => {
    const w = watchedOf(42);
    const healthy = w['watched_healthy.json'] as Array<{ severity: string; labels: { healthy?: boolean } }>;
    expect(healthy).toHaveLength(60);
    expect(new Set(healthy.map((r) => r.severity))).toEqual(new Set(['WARNING', 'ERROR']));
    expect(healthy.every((r) => r.labels.healthy === true)).toBe(true);
    const gt = w['watched_mixed_ground_truth.json'] as Array<{ failure_type: string; expected_action: string }>;
    expect(gt).toHaveLength(20);
    expect(new Set(gt.map((g) => g.failure_type)).size).toBe(9);
  });

  it('differ between seeds and repeat for the same seed', () => {
    expect(dumpsPython(watchedOf(1)['watched_mixed_stream.json']!, 2)).not.toBe(dumpsPython(watchedOf(2)['watched_mixed_stream.json']!, 2));
    expect(dumpsPython(watchedOf(3)['watched_healthy.json']!, 2)).toBe(dumpsPython(watchedOf(3)['watched_healthy.json']!, 2));
  });

  it('are never filtered: no healthy template, at either watched severity, is flagged by the watcher', () => {
    const flagged: string[] = [];
    for (const template of WATCHED_HEALTHY_TEMPLATES) {
      const message = template.replaceAll('{ms}', '120').replaceAll('{port}', '8080').replaceAll('{n}', '3');
      for (const severity of ['WARNING', 'ERROR']) {
        const type = classifyRecord({ severity, message });
        if (type !== null) flagged.push(`${severity} ${type}: ${message}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});

describe('expected heals', () => {
  it('are what the healer decides for every class (the decision table is graded against them)', () => {
    for (const type of FAILURE_TYPES) expect(DECISION_TABLE[type]).toEqual(EXPECTED_HEALS[type]);
  });
});
