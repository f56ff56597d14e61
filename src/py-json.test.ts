import { describe, it, expect } from 'vitest';
import { dumpsPython, formatPyFloat, pyFloat } from './py-json.ts';

// Expected texts come from CPython 3.11's json.dumps.
describe('formatPyFloat', () => {
  const cases: [number, string][] = [
    [1, '1.0'],
    [100, '100.0'],
    [1234.5, '1234.5'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1e22, '1e+22'],
    [123456789012345678, '1.2345678901234568e+17'],
    [0.0001, '0.0001'],
    [1e-5, '1e-05'],
    [2.5e-7, '2.5e-07'],
    [-1.5e-10, '-1.5e-10'],
    [0.1 + 0.2, '0.30000000000000004'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [86938832.62941615, '86938832.62941615'],
  ];
  for (const [value, text] of cases) {
    it(`writes ${value} as Python's repr ${text}`, () => {
      expect(formatPyFloat(value)).toBe(text);
    });
  }

  it('keeps the sign of negative zero', () => {
    expect(formatPyFloat(-0)).toBe('-0.0');
  });

  it('writes non-finite values as Python json does', () => {
    expect([NaN, Infinity, -Infinity].map(formatPyFloat)).toEqual(['NaN', 'Infinity', '-Infinity']);
  });
});

describe('dumpsPython', () => {
  it('escapes strings as ensure_ascii does, including DEL, surrogate pairs and lone surrogates', () => {
    const input = 'a"b\\c\n\r\t\b\f\x00\x1f\x7f é€😀 \ud800x';
    expect(dumpsPython(input)).toBe(
      '"a\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f \\u00e9\\u20ac\\ud83d\\ude00 \\ud800x"',
    );
  });

  it('indents nested containers and writes empty ones inline', () => {
    const value = { a: [], b: {}, c: [1, { d: null, e: true }], f: false };
    expect(dumpsPython(value, 2)).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": null,\n      "e": true\n    }\n  ],\n  "f": false\n}',
    );
  });

  it('puts newlines but no spaces when the indent is zero', () => {
    expect(dumpsPython({ a: [1, [2]] }, 0)).toBe('{\n"a": [\n1,\n[\n2\n]\n]\n}');
  });

  it('prints an untagged integral number as an int and a tagged one as a float', () => {
    expect(dumpsPython([3, pyFloat(3)])).toBe('[\n  3,\n  3.0\n]');
  });

  it('prints an untagged fractional number as a Python float', () => {
    expect(dumpsPython(1e-5)).toBe('1e-05');
  });

  it('prints large integers in full, as Python ints do', () => {
    expect(dumpsPython(2 ** 70)).toBe('1180591620717411303424');
    expect(dumpsPython(2n ** 70n)).toBe('1180591620717411303424');
  });

  it('keeps insertion order of Map keys, even integer-like ones', () => {
    const value = new Map<string, number>([
      ['b', 1],
      ['1', 2],
    ]);
    expect(dumpsPython(value)).toBe('{\n  "b": 1,\n  "1": 2\n}');
  });

  it('refuses values Python could not have produced', () => {
    expect(() => dumpsPython({ a: undefined })).toThrow(TypeError);
  });

  it('refuses circular structures', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    expect(() => dumpsPython(loop)).toThrow(TypeError);
  });
});
