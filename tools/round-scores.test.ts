import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';
import { runCli } from '../src/run-cli.ts';
import { firstDifference, renderRoundScores, roundFiles, SECTION_END, SECTION_START, sectionOf, withSection } from './round-scores.ts';
import { scoreCorpus } from './score-corpus.ts';

const REAL = join(PROJECT_ROOT, 'data', 'realworld');
const dir = mkdtempSync(join(tmpdir(), 'ghost-round-scores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the round scores table', () => {
  it('has a row per round in round order, found/lines per class, all, and false alarms', async () => {
    const names = ['round-2.json', 'round-1.json'];
    const reports = await Promise.all(names.map(async (name) => [name, await scoreCorpus(join(REAL, name))] as const));
    const table = renderRoundScores(reports);
    const rows = table.trim().split('\n');
    expect(rows[0]).toMatch(/^\| round \| OOMKilled \| .* \| all \| false alarms \|$/);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe('| 2 | - | - | - | - | - | - | - | - | 3/3 | 3/3 | 0 of 5 |');
    expect(roundFiles(REAL).slice(0, 3)).toEqual(['round-1.json', 'round-2.json', 'round-3.json']);
  });

  it('names the first round whose row differs, a round the table no longer has, or none (the check can fail)', () => {
    const want = '| round | all |\n|---|\n| 1 | 11/11 |\n| 2 | 3/3 |\n';
    expect(firstDifference(want, want)).toBeNull();
    expect(firstDifference(want.replace('| 2 | 3/3 |', '| 2 | 2/3 |'), want)).toBe('round 2');
    expect(firstDifference(want + '| 3 | 1/1 |\n', want)).toBe('round 3 (no such round now)');
  });

  it('reads and rewrites only the section between the markers', () => {
    const doc = `before\n${SECTION_START}\nold\n${SECTION_END}\nafter\n`;
    expect(sectionOf(doc)).toBe('old\n');
    const rewritten = withSection(doc, '| round |\n');
    expect(rewritten).toBe(`before\n${SECTION_START}\n| round |\n${SECTION_END}\nafter\n`);
    expect(sectionOf('no markers')).toBeNull();
  });
});

describe('round-scores as a process', () => {
  const rounds = join(dir, 'rounds');
  mkdirSync(rounds);
  for (const name of ['round-1.json', 'round-2.json']) copyFileSync(join(REAL, name), join(rounds, name));
  const doc = join(dir, 'DETECTION.md');

  it('exits 1 with one line naming the first round whose row is stale, and leaves the document as it was', async () => {
    const stale = `# x\n${SECTION_START}\n| round |\n|---|\n| 1 | 10/11 |\n${SECTION_END}\n`;
    writeFileSync(doc, stale);
    const r = await runCli('tools/round-scores.ts', ['--dir', rounds, '--doc', doc]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: .*DETECTION\.md: the round scores section is not what the tables give now \(first: the header\); run npm run round-scores -- --write\n$/);
    expect(readFileSync(doc, 'utf8')).toBe(stale);
  });

  it('rewrites the section with --write, after which the comparison passes', async () => {
    const w = await runCli('tools/round-scores.ts', ['--write', '--dir', rounds, '--doc', doc]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe(`2 rounds; wrote ${doc}\n`);
    expect(sectionOf(readFileSync(doc, 'utf8'))).toContain('| 2 | - | - | - | - | - | - | - | - | 3/3 | 3/3 | 0 of 5 |');
    const r = await runCli('tools/round-scores.ts', ['--dir', rounds, '--doc', doc]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 rounds; the section is the table the tables give\n');
  });

  it('exits 1 with one line naming a document without the markers, or one that cannot be read', async () => {
    const bare = join(dir, 'bare.md');
    writeFileSync(bare, '# no section\n');
    const r = await runCli('tools/round-scores.ts', ['--dir', rounds, '--doc', bare]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: ${bare}: no section between ${SECTION_START} and ${SECTION_END}\n`);
    const missing = await runCli('tools/round-scores.ts', ['--dir', rounds, '--doc', join(dir, 'none.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Error: ${join(dir, 'none.md')}: cannot be read (ENOENT)\n`);
  });
});
