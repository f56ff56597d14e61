import { describe, expect, it } from 'vitest';
import { isPlainObject, kindOf, stripBom, typeName } from './value-kinds.ts';

describe('value kinds', () => {
  it('names each kind of JSON value, with and without an article', () => {
    const values = [null, [], {}, 'x', 1, true, undefined];
    expect(values.map(typeName)).toEqual(['null', 'array', 'object', 'string', 'number', 'boolean', 'undefined']);
    expect(values.map(kindOf)).toEqual(['null', 'an array', 'a object', 'a string', 'a number', 'a boolean', 'a undefined']);
    expect(values.map(isPlainObject)).toEqual([false, false, true, false, false, false, false]);
  });

  it('strips one leading byte-order mark and nothing else', () => {
    expect(stripBom('\ufeff[1]')).toBe('[1]');
    expect(stripBom('[\ufeff]')).toBe('[\ufeff]');
    expect(stripBom('')).toBe('');
  });
});
