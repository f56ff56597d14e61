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
});
