import { spawnSync } from 'node:child_process';
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

  it('folds runs of ASCII between other characters, and those characters by the table alone', () => {
    // Lowercasing a slice that holds Cherokee or a final sigma along with the ASCII around it
    // would give the lowercase letters, not the folds; each run of ASCII is folded on its own.
    expect(casefold('Pod KUBE-PROXY \uab70\uab71 on NODE-\u216b: Stra\u00dfe \u0130STANBUL \u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3 11\u6708 Failed')).toBe(
      'pod kube-proxy \u13a0\u13a1 on node-\u217b: strasse i\u0307stanbul \u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c3 11\u6708 failed',
    );
    expect(casefold('\uab70ABC')).toBe('\u13a0abc');
    expect(casefold('ABC\uab70')).toBe('abc\u13a0');
    expect(casefold('\u03c2X\u03c2')).toBe('\u03c3x\u03c3');
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

// The memory folding one long line needs, measured in a child process whose heap is capped:
// the collector keeps a capped heap under its cap by collecting, so only what the fold holds
// live at once counts, whatever the machine is doing (a peak resident set also counts garbage
// a busy machine has not collected yet, and varied from 4x to 29x the line for the same fold).
const MEASURE = `
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
const result = path === 'rope' ? ropeFold(line) : path === 'fold' ? casefold(line).charCodeAt(0) : classifyMessage(line);
process.stdout.write(JSON.stringify(result));
`;

const COUNT = 3_000_000;

/**
 * The heap a fold may use, as a multiple of the line's size in UTF-8 (two bytes a character
 * here, so 48 MiB), the runtime and the tables included. Folding and classifying finish with
 * half of it (4x); the fold this bar guards against, a rope node and a slice per character,
 * needs over 10x.
 */
const MEMORY_BAR = 8;

/** Whether folding (or classifying) the line finishes with the heap capped at the bar, and what it returned. */
function foldWithin(character: string, path: 'fold' | 'classify' | 'rope', bar = MEMORY_BAR): { finished: boolean; result: unknown } {
  const capMiB = Math.ceil((bar * Buffer.byteLength(character.repeat(COUNT))) / 2 ** 20);
  const run = spawnSync(process.execPath, [`--max-old-space-size=${capMiB}`, '--input-type=module', '-e', MEASURE, character, String(COUNT), path], {
    encoding: 'utf8',
  });
  return run.status === 0 ? { finished: true, result: JSON.parse(run.stdout) } : { finished: false, result: null };
}

describe('casefold memory on a line of characters that fold', () => {
  for (const character of ['\u00df', '\u0130', '\u0390']) {
    it(`stays within ${MEMORY_BAR}x the line for ${character}, folding and classifying`, () => {
      expect(foldWithin(character, 'fold').finished).toBe(true);
      expect(foldWithin(character, 'classify')).toEqual({ finished: true, result: 'OOMKilled' });
    });
  }

  it('the bar catches a fold that builds a rope per character', () => {
    expect(foldWithin('\u0390', 'rope').finished).toBe(false);
  });

  it('the bar is what holds the rope fold back: with room enough it finishes', () => {
    expect(foldWithin('\u0390', 'rope', 24).finished).toBe(true);
  });
});


