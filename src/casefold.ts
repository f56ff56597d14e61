// Python's str.casefold(): full Unicode case folding, so pattern matching agrees with the
// original for every input. toLowerCase() differs (ß stays ß, ﬀ stays ﬀ, ς stays ς), and its
// tables follow Node's Unicode version rather than the original's.
import { MULTI_FOLDS, SIMPLE_RUNS } from './casefold-data.ts';

function buildFolds(): Map<number, string> {
  const folds = new Map<number, string>();
  for (let i = 0; i + 3 < SIMPLE_RUNS.length; i += 4) {
    const start = SIMPLE_RUNS[i]!;
    const count = SIMPLE_RUNS[i + 1]!;
    const stride = SIMPLE_RUNS[i + 2]!;
    const delta = SIMPLE_RUNS[i + 3]!;
    for (let k = 0; k < count; k++) {
      const cp = start + k * stride;
      folds.set(cp, String.fromCodePoint(cp + delta));
    }
  }
  for (const [cp, folded] of MULTI_FOLDS) folds.set(cp, folded);
  return folds;
}

const FOLDS = buildFolds();

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lines up to this long are folded by joining parts; longer ones are written into one buffer. */
const SHORT = 4096;

/** Equal to Python's `s.casefold()`. Lone surrogates pass through unchanged. */
export function casefold(s: string): string {
  // In ASCII, folding is exactly A-Z -> a-z, which toLowerCase does quickly.
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  return s.length <= SHORT ? foldShort(s) : foldLong(s);
}

function foldShort(s: string): string {
  // A short line's folds are concatenated (V8 joins them lazily, and a line this short bounds
  // how many pieces there are); a long one is written into one buffer (foldLong).
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < s.length; ) {
    let unit = s.charCodeAt(i);
    if (unit < 0x80) {
      // A run of ASCII is folded without the table: A-Z to a-z, which toLowerCase does exactly
      // on a slice that holds ASCII alone (never on a slice with other characters in it).
      const start = i;
      let upper = false;
      do {
        if (unit >= 0x41 && unit <= 0x5a) upper = true;
        i += 1;
        unit = s.charCodeAt(i);
      } while (unit < 0x80);
      if (upper) {
        out += s.slice(copiedTo, start) + s.slice(start, i).toLowerCase();
        copiedTo = i;
      }
      continue;
    }
    // codePointAt yields the unit itself for a lone surrogate, which has no fold.
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = FOLDS.get(cp);
    if (folded !== undefined) {
      out += s.slice(copiedTo, i) + folded;
      copiedTo = i + width;
    }
    i += width;
  }
  return copiedTo === 0 ? s : out + s.slice(copiedTo);
}

/**
 * A long line is measured, then folded into one buffer of UTF-16 units decoded once: a line
 * made of characters that fold (`ß`, `İ`, `ΐ`, each a string of its own) costs the folded text
 * twice at most, not a rope node and a slice per character (over 20 times the line).
 */
function foldLong(s: string): string {
  // ASCII characters (most of any line) are folded here, A-Z to a-z, without a table lookup.
  let length = 0;
  let changed = false;
  for (let i = 0; i < s.length; ) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) {
      if (unit >= 0x41 && unit <= 0x5a) changed = true;
      length += 1;
      i += 1;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = FOLDS.get(cp);
    if (folded === undefined) length += width;
    else {
      length += folded.length;
      changed = true;
    }
    i += width;
  }
  if (!changed) return s;
  // The folded line's UTF-16 units, written as little-endian bytes and decoded once.
  const bytes = Buffer.allocUnsafe(length * 2);
  let at = 0;
  const put = (unit: number) => {
    bytes[at] = unit & 0xff;
    bytes[at + 1] = unit >>> 8;
    at += 2;
  };
  for (let i = 0; i < s.length; ) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) {
      bytes[at] = unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
      bytes[at + 1] = 0;
      at += 2;
      i += 1;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = FOLDS.get(cp);
    if (folded === undefined) {
      put(unit);
      if (width === 2) put(s.charCodeAt(i + 1));
    } else {
      for (let k = 0; k < folded.length; k++) put(folded.charCodeAt(k));
    }
    i += width;
  }
  return bytes.toString('utf16le');
}
