import { describe, expect, it } from 'vitest';
import { forTerminal, toJson } from './safe-text.ts';

// Every character a terminal may act on, one of each kind.
const HOSTILE = 'a\nb\r\nc\td\u0000e\u001b[2Jf\u007fg\u0085h\u009b31mi\u2028j\u202ek\u2066l\u2069m\u061cn\u200eo';

describe('forTerminal', () => {
  it('escapes C0, DEL, C1, the separators and the bidi controls', () => {
    expect(forTerminal(HOSTILE)).toBe(
      'a\\nb\\r\\nc\\td\\u0000e\\u001b[2Jf\\u007fg\\u0085h\\u009b31mi\\u2028j\\u202ek\\u2066l\\u2069m\\u061cn\\u200eo',
    );
  });

  it('leaves nothing a terminal acts on', () => {
    const all = Array.from({ length: 0x2100 }, (_, i) => String.fromCharCode(i)).join('');
    expect(forTerminal(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('leaves ordinary text, quotes and non-ASCII letters alone', () => {
    expect(forTerminal('record 3: "message" must be a string, got number (café, 日本, ß)')).toBe(
      'record 3: "message" must be a string, got number (café, 日本, ß)',
    );
  });
});

describe('toJson', () => {
  it('escapes what JSON.stringify leaves raw and parses back to the same value', () => {
    const value = { message: HOSTILE, nested: [HOSTILE], plain: 'café' };
    const text = toJson(value, 2);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n').length).toBe(JSON.stringify(value, null, 2).split('\n').length);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('café');
  });

  it('is JSON.stringify for text without those characters', () => {
    const value = { a: [1, 'x', { b: null }], c: 'line\nbreak' };
    expect(toJson(value)).toBe(JSON.stringify(value));
    expect(toJson(value, 2)).toBe(JSON.stringify(value, null, 2));
  });
});
