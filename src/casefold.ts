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

/** Equal to Python's `s.casefold()`. Lone surrogates pass through unchanged. */
export function casefold(s: string): string {
  // In ASCII, folding is exactly A-Z -> a-z, which toLowerCase does quickly.
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < s.length; ) {
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
