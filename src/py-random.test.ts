import { describe, it, expect } from 'vitest';
import { PyRandom } from './py-random.ts';

// Expected values come from CPython 3.11's random.Random.
describe('PyRandom', () => {
  it('gives CPython random() values for seed 42', () => {
    const rng = new PyRandom(42);
    expect([rng.random(), rng.random(), rng.random()]).toEqual([
      0.6394267984578837, 0.025010755222666936, 0.27502931836911926,
    ]);
  });

  it('gives CPython random() value for seed 0', () => {
    expect(new PyRandom(0).random()).toBe(0.8444218515250481);
  });

  it('seeds from two 32-bit key words when the seed exceeds 32 bits', () => {
    const rng = new PyRandom(2 ** 40 + 5);
    expect(rng.random()).toBe(0.5043802970418443);
    expect(rng.randint(1, 499)).toBe(138);
    expect(rng.choice('abcdefg')).toBe('f');
  });

  it('accepts a bigint seed wider than 53 bits', () => {
    const rng = new PyRandom(12345678901234567890123n);
    expect([rng.getrandbits(32), rng.getrandbits(1), rng.getrandbits(17)]).toEqual([678764485, 1, 129281]);
  });

  it('treats a negative seed as its absolute value', () => {
    expect(new PyRandom(-42).random()).toBe(new PyRandom(42).random());
  });

  it('shuffles as CPython does after seed 1', () => {
    const rng = new PyRandom(1);
    const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    rng.shuffle(xs);
    expect(xs).toEqual([6, 8, 9, 7, 5, 3, 0, 4, 1, 2]);
  });

  it('keeps matching CPython after the state is regenerated past 624 words', () => {
    const rng = new PyRandom(7);
    let last = 0;
    for (let i = 0; i < 700; i++) last = rng.random();
    expect(last).toBe(0.034097423373332436);
  });

  it('chooses from a string by code point, not by UTF-16 unit', () => {
    const rng = new PyRandom(5);
    const picks = [0, 1, 2, 3].map(() => rng.choice('añ😀b'));
    expect(picks).toEqual(['😀', '😀', 'a', 'b']);
  });

  it('draws randint over a range that spans zero as CPython does', () => {
    expect(new PyRandom(3).randint(-5, 5)).toBe(-2);
  });

  it('draws randbelow with the widest supported bound as CPython does', () => {
    const rng = new PyRandom(3);
    rng.randint(-5, 5);
    expect(rng.randbelow(2 ** 32 - 1)).toBe(2545373330);
  });

  it('returns the only value of a one-value randint range', () => {
    expect(new PyRandom(3).randint(7, 7)).toBe(7);
  });

  it('refuses an empty sequence in choice', () => {
    expect(() => new PyRandom(1).choice([])).toThrow(RangeError);
  });

  it('refuses a seed that is not a safe integer', () => {
    expect(() => new PyRandom(1.5)).toThrow(RangeError);
    expect(() => new PyRandom(2 ** 60)).toThrow(RangeError);
  });

  it('refuses getrandbits widths above 32', () => {
    expect(() => new PyRandom(1).getrandbits(33)).toThrow(RangeError);
  });
});
