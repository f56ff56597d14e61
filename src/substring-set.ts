// Finds which of a fixed set of substrings occur in a text in one pass (Aho-Corasick), so
// the watcher's cost per line does not grow with the number of patterns in its table.

const ASCII = 128;

export class SubstringSet {
  /**
   * Each ASCII code's column in the transition table: its own for a code some pattern holds,
   * 0 for every other code (which leads back to the start from any state). A table of a few
   * dozen columns instead of 128 stays in the processor's cache while a line is scanned.
   */
  readonly #column: Uint8Array;
  readonly #width: number;
  /**
   * Dense transitions for ASCII characters, by row (a state's row is state * width): row +
   * column -> the next state's row times two, plus one when that state has ids in #out. The
   * scan follows rows without a multiplication and learns from the same number whether to
   * report.
   */
  readonly #step: Int32Array;
  /** Goto edges for other characters (rare in folded log text), with failure links. */
  readonly #wide: Array<Map<number, number> | undefined>;
  readonly #fail: Int32Array;
  /** Ids of every pattern that ends at a state, suffix matches included; empty when none. */
  readonly #out: ReadonlyArray<Int32Array>;
  /** Per state, the scan that last reported its ids (a scan that reports each state once). */
  readonly #reported: Uint32Array;
  #scans = 0;

  /** The last number a scan that reports each state once gets before the count starts again. */
  readonly #lastScan: number;

  /**
   * `patterns[i]` is reported as id `i`; patterns are compared by UTF-16 code unit. `lastScan`
   * is the seam a test uses to make the scan count start again soon.
   */
  constructor(patterns: readonly string[], lastScan = 0xffffffff) {
    this.#lastScan = lastScan;
    const column = new Uint8Array(ASCII);
    let width = 1;
    let bound = 1;
    for (const pattern of patterns) {
      if (pattern.length === 0) throw new Error('SubstringSet: empty pattern');
      bound += pattern.length;
      for (let i = 0; i < pattern.length; i += 1) {
        const code = pattern.charCodeAt(i);
        if (code < ASCII && column[code] === 0) column[code] = width++;
      }
    }
    // The trie, written straight into the transition table (a state's row holds its children
    // until the state is visited below); other characters' edges in maps. State 0 is the
    // start, which no edge leads back to, so 0 in a row means no child yet.
    const table = bound <= 0xffff ? new Uint16Array(bound * width) : new Int32Array(bound * width);
    const wideEdges: Array<Map<number, number> | undefined> = [];
    const ends = new Map<number, number[]>();
    let count = 1;
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i += 1) {
        const code = pattern.charCodeAt(i);
        let next: number;
        if (code < ASCII) {
          const at = state * width + (column[code] as number);
          next = table[at] as number;
          if (next === 0) table[at] = next = count++;
        } else {
          const edges = (wideEdges[state] ??= new Map());
          next = edges.get(code) ?? 0;
          if (next === 0) edges.set(code, (next = count++));
        }
        state = next;
      }
      const list = ends.get(state);
      if (list === undefined) ends.set(state, [id]);
      else list.push(id);
    });

    const fail = new Int32Array(count);
    const ascii = table.subarray(0, count * width);
    const wide: Array<Map<number, number> | undefined> = new Array(count);
    const out: Array<readonly number[] | null> = new Array(count).fill(null);
    // Breadth-first, so a state's failure target is complete before the state is visited: each
    // of its columns keeps its child (whose failure target is what the state's own failure
    // target does with the code) or takes what its failure target does.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      const own = ends.get(state) ?? [];
      const inherited = state === 0 ? null : (out[fail[state] as number] ?? null);
      out[state] = inherited === null ? (own.length > 0 ? own : null) : [...own, ...inherited];
      const row = state * width;
      const failRow = (fail[state] as number) * width;
      for (let col = 1; col < width; col += 1) {
        const child = ascii[row + col] as number;
        const viaFail = state === 0 ? 0 : (ascii[failRow + col] as number);
        if (child === 0) {
          ascii[row + col] = viaFail;
        } else {
          fail[child] = viaFail;
          queue.push(child);
        }
      }
      const edges = wideEdges[state];
      if (edges === undefined) continue;
      for (const [code, child] of edges) {
        (wide[state] ??= new Map()).set(code, child);
        let f = state === 0 ? -1 : (fail[state] as number);
        while (f >= 0 && !wide[f]?.has(code)) f = f === 0 ? -1 : (fail[f] as number);
        fail[child] = f >= 0 ? (wide[f]?.get(code) as number) : 0;
        queue.push(child);
      }
    }
    this.#column = column;
    this.#width = width;
    this.#wide = wide;
    this.#fail = fail;
    const empty = new Int32Array(0);
    this.#out = out.map((ids) => (ids === null ? empty : Int32Array.from(ids)));
    this.#reported = new Uint32Array(count);
    if (count * width * 2 > 0x7fffffff) throw new Error('SubstringSet: too many patterns');
    const step = new Int32Array(count * width);
    for (let i = 0; i < step.length; i += 1) {
      const next = ascii[i] as number;
      step[i] = ((next * width) << 1) | (out[next] === null ? 0 : 1);
    }
    this.#step = step;
  }

  /**
   * A number for a scan that reports each state once, never 0 (no scan) and never one a state
   * still holds from an earlier scan: when the count would wrap, every state is cleared first.
   */
  #nextScan(): number {
    if (this.#scans >= this.#lastScan) {
      this.#reported.fill(0);
      this.#scans = 0;
    }
    return (this.#scans += 1);
  }

  /**
   * Calls `found(id, end)` for every occurrence of every pattern in `text` (ids may repeat),
   * `end` being the index of the occurrence's last code unit; occurrences come in `end` order.
   * With `first`, only the first occurrence of each pattern is sure to be reported (each state
   * of the automaton reports its patterns once): for a caller that needs to know which patterns
   * occur and where each first ends, not every place (a space is seen many times a line).
   */
  scan(text: string, found: (id: number, end: number) => void, first = false): void {
    const step = this.#step;
    const column = this.#column;
    const width = this.#width;
    const out = this.#out;
    const reported = this.#reported;
    const scan = first ? this.#nextScan() : 0;
    let row = 0;
    const n = text.length;
    for (let i = 0; i < n; i += 1) {
      const code = text.charCodeAt(i);
      let next: number;
      if (code < ASCII) {
        next = step[row + (column[code] as number)] as number;
      } else {
        let s = row / width;
        let wide = this.#wide[s]?.get(code);
        while (wide === undefined && s !== 0) {
          s = this.#fail[s] as number;
          wide = this.#wide[s]?.get(code);
        }
        const state = wide ?? 0;
        next = ((state * width) << 1) | (out[state]!.length > 0 ? 1 : 0);
      }
      row = next >> 1;
      if ((next & 1) === 1) {
        const state = row / width;
        if (scan !== 0) {
          if (reported[state] === scan) continue;
          reported[state] = scan;
        }
        const hits = out[state] as Int32Array;
        for (let k = 0; k < hits.length; k += 1) found(hits[k] as number, i);
      }
    }
  }
}

/**
 * A SubstringSet built from `[substring, tag]` entries whose scan reports each hit's tag (and
 * where the hit ends), for tables that need to know what a substring stands for (its class,
 * its rule, its shape). `found` is fixed at construction so a scan allocates nothing.
 */
export function taggedScanner<T>(
  entries: ReadonlyArray<readonly [string, T]>,
  found: (tag: T, end: number) => void,
): (text: string, first?: boolean) => void {
  const texts = entries.map(([text]) => text);
  if (texts.includes('')) throw new Error('SubstringSet: empty pattern');
  const tags = entries.map(([, tag]) => tag);
  const report = (id: number, end: number): void => found(tags[id] as T, end);
  // Built on the first scan: a process that never reads a line (--help, a usage error, a
  // refused input) does not pay for the tables' automata.
  let set: SubstringSet | null = null;
  return (text, first) => (set ??= new SubstringSet(texts)).scan(text, report, first);
}
