import { describe, expect, it } from 'vitest';
import { SubstringSet, taggedScanner } from './substring-set.ts';
import { PyRandom } from './py-random.ts';

function found(set: SubstringSet, text: string): number[] {
  const ids = new Set<number>();
  set.scan(text, (id) => ids.add(id));
  return [...ids].sort((a, b) => a - b);
}

function naive(patterns: readonly string[], text: string): number[] {
  return patterns.flatMap((p, id) => (text.includes(p) ? [id] : []));
}

describe('SubstringSet', () => {
  it('reports every pattern contained in the text, overlapping and nested ones included', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'e'];
    expect(found(new SubstringSet(patterns), 'ushers')).toEqual([0, 1, 3, 4]);
  });

  it('finds patterns with characters outside ASCII', () => {
    const patterns = ['σ', 'καλή', 'ss', 'ümlaut', 'x\u{1F600}y'];
    expect(found(new SubstringSet(patterns), 'μια καλή ümlaut σ x\u{1F600}y')).toEqual([0, 1, 3, 4]);
  });

  it('agrees with String.includes on random patterns and texts', () => {
    const rng = new PyRandom(7);
    const alphabet = 'abcab ßσ\u00e9';
    const word = (max: number) =>
      Array.from({ length: rng.randint(1, max) }, () => alphabet[rng.randbelow(alphabet.length)]).join('');
    for (let round = 0; round < 300; round += 1) {
      const patterns = Array.from({ length: rng.randint(1, 12) }, () => word(4));
      const set = new SubstringSet(patterns);
      for (let t = 0; t < 10; t += 1) {
        const text = word(40);
        expect(found(set, text)).toEqual(naive(patterns, text));
      }
    }
  });

  it("reports every occurrence with its end, and with `first` each pattern's first end, on random patterns and texts", () => {
    const rng = new PyRandom(11);
    const alphabet = 'abca b\u00e9';
    const word = (max: number) =>
      Array.from({ length: rng.randint(1, max) }, () => alphabet[rng.randbelow(alphabet.length)]).join('');
    // Every occurrence of every pattern as `id@end`, in end order.
    const ends = (patterns: readonly string[], text: string): string[] => {
      const hits: Array<[number, number]> = [];
      patterns.forEach((p, id) => {
        for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) hits.push([id, at + p.length - 1]);
      });
      return hits.sort((a, b) => a[1] - b[1]).map(([id, end]) => `${id}@${end}`);
    };
    for (let round = 0; round < 200; round += 1) {
      const patterns = Array.from({ length: rng.randint(1, 10) }, () => word(3));
      const set = new SubstringSet(patterns);
      for (let t = 0; t < 10; t += 1) {
        const text = word(40);
        const all: string[] = [];
        set.scan(text, (id, end) => all.push(`${id}@${end}`));
        expect([...new Set(all)].sort()).toEqual([...new Set(ends(patterns, text))].sort());
        // The first end of each pattern, whichever state reported it.
        const first = new Map<number, number>();
        set.scan(text, (id, end) => first.set(id, Math.min(first.get(id) ?? end, end)), true);
        const want = new Map<number, number>();
        for (const hit of ends(patterns, text)) {
          const [id, end] = hit.split('@').map(Number) as [number, number];
          if (!want.has(id)) want.set(id, end);
        }
        expect(first).toEqual(want);
      }
    }
  });

  it('with `first`, reports a pattern seen many times once, and again on the next scan', () => {
    const set = new SubstringSet([' ', 'ab']);
    const hits: string[] = [];
    set.scan('ab ab ab', (id, end) => hits.push(`${id}@${end}`), true);
    set.scan('x ab', (id, end) => hits.push(`${id}@${end}`), true);
    expect(hits).toEqual(['1@1', '0@2', '0@1', '1@3']);
  });

  it('with `first`, clears what states reported when the scan count starts again, so none is skipped (the check can fail)', () => {
    // Count restarting after 2 scans: the third scan is numbered as the first was.
    const set = new SubstringSet(['ab'], 2);
    const hits: number[] = [];
    for (const text of ['ab', 'x', 'ab']) set.scan(text, (_id, end) => hits.push(end), true);
    expect(hits).toEqual([1, 1]);
  });

  it('refuses an empty pattern, which would match everywhere', () => {
    expect(() => new SubstringSet(['a', ''])).toThrow('empty pattern');
  });

  it('as a tagged scanner, refuses an empty pattern when made, not at its first scan', () => {
    expect(() => taggedScanner([['a', 1], ['', 2]], () => {})).toThrow('empty pattern');
  });

  it('as a tagged scanner, reports each hit with its tag and end, however many scans', () => {
    const hits: Array<[string, number]> = [];
    const scan = taggedScanner([['ab', 'x'], ['b', 'y']], (tag, end) => hits.push([tag, end]));
    scan('cab');
    scan('b');
    expect(hits).toEqual([['x', 2], ['y', 2], ['y', 0]]);
  });
});
