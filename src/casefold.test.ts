import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { casefold } from './casefold.ts';
import { UNICODE_VERSION } from './casefold-data.ts';

interface Fixture {
  python: string;
  unicode: string;
  codepoints: [number, string][];
  strings: [string, string][];
}

// Written by tools/gen-casefold-data.py from CPython's own str.casefold().
const fixture = JSON.parse(readFileSync(new URL('./casefold-fixture.json', import.meta.url), 'utf8')) as Fixture;

describe('casefold', () => {
  it('lowercases plain ASCII', () => {
    expect(casefold('OOMKilled: Back-Off 137')).toBe('oomkilled: back-off 137');
  });

  it('folds long s to s', () => {
    expect(casefold('\u017f')).toBe('s');
  });

  it('expands sharp s to ss', () => {
    expect(casefold('Stra\u00dfe')).toBe('strasse');
  });

  it('expands capital sharp s to ss', () => {
    expect(casefold('\u1e9e')).toBe('ss');
  });

  it('expands the st ligature', () => {
    expect(casefold('\ufb06')).toBe('st');
  });

  it('expands the ff ligature', () => {
    expect(casefold('\ufb00')).toBe('ff');
  });

  it('folds the Kelvin sign to k', () => {
    expect(casefold('\u212a')).toBe('k');
  });

  it('folds final sigma to sigma, regardless of position', () => {
    expect(casefold('\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3')).toBe(
      '\u1f40\u03b4\u03c5\u03c3\u03c3\u03b5\u03cd\u03c3',
    );
    expect(casefold('\u03c2')).toBe('\u03c3');
  });

  it('folds Turkish dotted capital I to i and a combining dot', () => {
    expect(casefold('\u0130')).toBe('i\u0307');
  });

  it('folds Cherokee small letters to the capital ones', () => {
    expect(casefold('\u13a0\uab70\u13f8')).toBe('\u13a0\u13a0\u13f0');
  });

  it('passes lone surrogates through unchanged', () => {
    expect(casefold('A\ud800B\udc00\u00df')).toBe('a\ud800b\udc00ss');
  });

  it('folds astral letters such as Deseret and Adlam', () => {
    expect(casefold('\u{10400}\u{1e900}')).toBe('\u{10428}\u{1e922}');
  });

  it('returns the same string object when nothing folds', () => {
    const s = 'déjà vu ✓';
    expect(casefold(s)).toBe(s);
  });

  it('uses the Unicode version the fixture was generated with', () => {
    expect(UNICODE_VERSION).toBe(fixture.unicode);
  });

  it('agrees with Python on every code point in the fixture', () => {
    const mismatches = fixture.codepoints
      .filter(([cp, folded]) => casefold(String.fromCodePoint(cp)) !== folded)
      .map(([cp]) => cp.toString(16));
    expect(fixture.codepoints.length).toBeGreaterThan(3000);
    expect(mismatches).toEqual([]);
  });

  it('agrees with Python on every mixed string in the fixture', () => {
    const mismatches = fixture.strings.filter(([input, folded]) => casefold(input) !== folded);
    expect(fixture.strings.length).toBeGreaterThan(400);
    expect(mismatches).toEqual([]);
  });

  it('agrees with Python on lines long enough to be folded into one buffer', () => {
    const points = fixture.codepoints.map(([cp]) => String.fromCodePoint(cp)).join(' ');
    const folds = fixture.codepoints.map(([, folded]) => folded).join(' ');
    expect(points.length).toBeGreaterThan(4096);
    expect(casefold(points)).toBe(folds);
    const inputs = fixture.strings.map(([input]) => input).join('\n');
    expect(casefold(inputs)).toBe(fixture.strings.map(([, folded]) => folded).join('\n'));
    const long = `${'A\ud800B\udc00\u00df\u{10400}'.repeat(2000)}`;
    expect(casefold(long)).toBe('a\ud800b\udc00ss\u{10428}'.repeat(2000));
    const unchanged = 'déjà vu ✓ '.repeat(1000);
    expect(casefold(unchanged)).toBe(unchanged);
  });
});

// Peak memory of folding one long line, measured in a child process so the figure is that
// line's alone: the growth of the peak resident set over the line's size in UTF-8.
const MEASURE = `
import { readFileSync, writeFileSync } from 'node:fs';
import { casefold } from ${JSON.stringify(new URL('./casefold.ts', import.meta.url).href)};
import { classifyMessage } from ${JSON.stringify(new URL('../skills/watcher-skills.ts', import.meta.url).href)};
// The fold this project had first: one rope node and one slice per folded character.
function ropeFold(s) {
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < s.length; i++) {
    const folded = casefold(s[i]);
    if (folded !== s[i]) {
      out += s.slice(copiedTo, i) + folded;
      copiedTo = i + 1;
    }
  }
  return (out + s.slice(copiedTo)).charCodeAt(0);
}
const [character, count, path] = process.argv.slice(1);
const line = character.repeat(Number(count)) + ' OOMKilled';
line.charCodeAt(0);
// Start the peak afresh here (Linux: 5 resets VmHWM to the current resident set), so what
// loading the modules reached is not counted.
try { writeFileSync('/proc/self/clear_refs', '5'); } catch {}
const before = process.memoryUsage().rss;
const result = path === 'rope' ? ropeFold(line) : path === 'fold' ? casefold(line).charCodeAt(0) : classifyMessage(line);
// The peak of this process's own memory (VmHWM): on Linux resourceUsage().maxRSS also counts
// the resident set of the process that started this one, as it was when it started it.
const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
const growth = (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) * 1024 - before;
process.stdout.write(JSON.stringify({ result, ratio: growth / Buffer.byteLength(line) }));
`;

/**
 * The least of up to three measurements, stopping at the first within the bar: what else the
 * runtime does meanwhile (background compilation, a collection that a busy machine delays)
 * only ever adds to a peak, so the least is the fold's own; a fold that really needs more
 * memory stays above the bar every time.
 */
function foldMemory(character: string, path: 'fold' | 'classify' | 'rope'): { result: unknown; ratio: number } {
  let least: { result: unknown; ratio: number } | undefined;
  for (let attempt = 0; attempt < 3 && !(least && least.ratio < MEMORY_BAR); attempt += 1) {
    // A fixed collection schedule (heap growth, idle and memory-reducing collections that do
    // not follow the clock): V8 otherwise sizes the heap by how fast it sees the fold allocate,
    // which depends on how busy the machine is, and garbage kept for that would count as the fold's.
    const out = execFileSync(process.execPath, ['--predictable-gc-schedule', '--input-type=module', '-e', MEASURE, character, '3000000', path], {
      encoding: 'utf8',
    });
    const measured = JSON.parse(out) as { result: unknown; ratio: number };
    if (!least || measured.ratio < least.ratio) least = measured;
  }
  return least!;
}

/**
 * Peak growth per byte of the line allowed: the folded text (up to 3 units a character) twice,
 * and slack. Measured 4-8x, the most while the rest of the suite loads the machine; the fold
 * this bar guards against, a rope node and a slice per character, 18.7-19.4x.
 */
const MEMORY_BAR = 12;

describe('casefold memory on a line of characters that fold', () => {
  for (const character of ['\u00df', '\u0130', '\u0390']) {
    it(`stays within ${MEMORY_BAR}x the line for ${character}, folding and classifying`, () => {
      expect(foldMemory(character, 'fold').ratio).toBeLessThan(MEMORY_BAR);
      const classified = foldMemory(character, 'classify');
      expect(classified.result).toBe('OOMKilled');
      expect(classified.ratio).toBeLessThan(MEMORY_BAR);
    });
  }

  it('the bar catches a fold that builds a rope per character', () => {
    expect(foldMemory('\u0390', 'rope').ratio).toBeGreaterThan(MEMORY_BAR);
  });
});

