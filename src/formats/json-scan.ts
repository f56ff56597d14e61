// The one hand-written JSON scanner: finds where a JSON value ends by tracking nesting depth and
// strings (never parsing), with its state kept across chunks, so a value may span any number of
// them. The array reader and the concatenated-objects reader both cut their values with it.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

export class JsonScanner {
  depth = 0;
  inString = false;
  /** Parity of a run of backslashes that ended the previous chunk inside a string. */
  backslashes = 0;

  reset(): void {
    this.depth = 0;
    this.inString = false;
    this.backslashes = 0;
  }

  /**
   * Scans `s` from `from`. As an array element (`closes` false): the position of the ',' or
   * ']' (or stray '}') at depth 0 that ends the element. As a standalone value (`closes`
   * true): the position of the '}' or ']' that brings the depth back to 0. -1 when the value
   * goes on past `s`.
   */
  scan(s: string, from: number, closes: boolean): number {
    const n = s.length;
    let i = from;
    let depth = this.depth;
    let inString = this.inString;
    let backslashes = this.backslashes;
    let result = -1;
    outer: while (i < n) {
      if (inString) {
        // indexOf is a native memchr; strings are most of the bytes, so jump straight to each quote.
        const q = s.indexOf('"', i);
        const stop = q === -1 ? n : q;
        let k = stop - 1;
        while (k >= i && s.charCodeAt(k) === BACKSLASH) k--;
        let run = stop - 1 - k;
        if (k < i) run += backslashes;
        if (q === -1) {
          backslashes = run & 1;
          i = n;
          break;
        }
        backslashes = 0;
        i = q + 1;
        if ((run & 1) === 0) inString = false;
        continue;
      }
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          inString = true;
          i++;
          continue outer;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (depth === 0) {
            result = i;
            break outer;
          }
          depth--;
          if (closes && depth === 0) {
            result = i;
            break outer;
          }
        } else if (c === COMMA && depth === 0 && !closes) {
          result = i;
          break outer;
        }
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.backslashes = backslashes;
    return result;
  }
}
