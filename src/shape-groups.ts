// Mechanism the watcher and severity tables share: line shapes (a regular expression with a
// substring that pins down where to run it), kept in groups whose expressions run only on the
// windows of a line where one scan saw their substring, and padding read as one space.

/**
 * A layout a substring cannot pin down (a table row, a number in a field), as a regular
 * expression, with a substring every matching line contains: the expression runs only on
 * lines the one scan found that substring in. Expressions ignore case and read any run of
 * spaces as a separator, so the severity rules can test them on the raw line too.
 */
export interface LineShape {
  /** Stored lowercase, compared like the patterns. */
  contains: string;
  shape: RegExp;
}

/**
 * How much of a line a shape reads: a match must lie within SHAPE_WINDOW characters of where
 * it starts, substring included (the layouts are table rows and fields, far shorter). A line
 * of at most twice that is read whole; a longer line is read in windows of 2 * SHAPE_WINDOW
 * characters that start every SHAPE_WINDOW characters, and a shape reads only the windows
 * that hold its substring. Every match of at most SHAPE_WINDOW characters lies whole in one
 * such window, each character of a line is in at most two windows, and so whatever the line
 * holds, a shape reads at most twice its length, and only a few windows where its substring
 * is rare. With expressions that run in linear time (the ReDoS check proves that of each),
 * a line costs time linear in its length: a crafted line cannot hold the loop.
 */
export const SHAPE_WINDOW = 4096;

/** Runs `expression` (global) on `text` from index `from`; the seam counts what shapes read. */
export type ShapeRunner = (expression: RegExp, text: string, from: number) => RegExpExecArray | null;

const runShape: ShapeRunner = (expression, text, from) => {
  expression.lastIndex = from;
  return expression.exec(text);
};

export interface ShapeGroupsOptions {
  /** SHAPE_WINDOW unless given. */
  window?: number;
  /** How an expression runs on a window: `exec` from `from` unless given. */
  run?: ShapeRunner;
}

/**
 * Shapes kept in groups (a failure class, a severity rule). A table's scan reports the shapes
 * whose substring it found and where (`saw`), and a group's expressions run only for those,
 * on the windows (see SHAPE_WINDOW) that hold the substring.
 */
export class ShapeGroups {
  readonly #shapes: LineShape[] = [];
  /** Each shape's expression with the global flag, so a window is searched from an index. */
  readonly #global: RegExp[] = [];
  readonly #groups: number[][] = [];
  /** Each shape's group (a shape belongs to the one group it was added to). */
  readonly #groupOf: number[] = [];
  /** Per shape seen on this line, the windows (by start / window) that hold its substring. */
  readonly #windows: number[][] = [];
  #seen = new Uint8Array(0);
  /** The ids `saw` marked since the last reset, so a reset touches only those. */
  readonly #seenIds: number[] = [];
  /** Whether the line being scanned is read whole (no longer than two windows): then where a substring was seen does not matter. */
  #whole = false;
  readonly #window: number;
  readonly #run: ShapeRunner;

  constructor(options: ShapeGroupsOptions = {}) {
    this.#window = options.window ?? SHAPE_WINDOW;
    this.#run = options.run ?? runShape;
  }

  /**
   * Adds `shape` to `group` and returns the id the scan reports it by. A shape whose expression
   * (the same RegExp object) the group already holds under another substring of the same length
   * is the same shape: it gets that id, so its expression runs once on a line however many of
   * its substrings the line holds (a layout no one substring pins down, listed under several).
   * Under a substring of another length it is a shape of its own (where a substring ends
   * places the windows by its length).
   */
  add(group: number, shape: LineShape): number {
    const known = (this.#groups[group] ?? []).find(
      (id) => this.#shapes[id]!.shape === shape.shape && this.#shapes[id]!.contains.length === shape.contains.length,
    );
    if (known !== undefined) return known;
    (this.#groups[group] ??= []).push(this.#shapes.length);
    this.#groupOf.push(group);
    this.#global.push(new RegExp(shape.shape.source, `${shape.shape.flags.replace(/[gy]/g, '')}g`));
    this.#windows.push([]);
    this.#seen = new Uint8Array(this.#shapes.push(shape));
    return this.#shapes.length - 1;
  }

  /**
   * Forget what the previous line's scan saw, before scanning a line of `length` characters
   * (a line read whole needs no windows, so its scan only marks which shapes it saw). Returns
   * whether the line is read whole: then where a substring occurs does not matter to a shape,
   * and a scan may report only each substring's first occurrence.
   */
  reset(length = Number.POSITIVE_INFINITY): boolean {
    this.#whole = length <= 2 * this.#window;
    for (const id of this.#seenIds) {
      this.#seen[id] = 0;
      // Only a line read in windows noted any (setting an array's length is not free).
      const windows = this.#windows[id]!;
      if (windows.length !== 0) windows.length = 0;
    }
    this.#seenIds.length = 0;
    return this.#whole;
  }

  /** The scan found shape `id`'s substring ending at index `end` of the line. */
  saw(id: number, end: number): void {
    if (this.#seen[id] === 0) {
      this.#seen[id] = 1;
      this.#seenIds.push(id);
    }
    // A substring as common as a space is seen many times a line: a line read whole keeps no
    // more than that it was seen.
    if (this.#whole) return;
    // A match holding this occurrence starts at most one window before it: in the window
    // starting at or before the occurrence, or in the one before that.
    const k = Math.floor((end + 1 - this.#shapes[id]!.contains.length) / this.#window);
    const windows = this.#windows[id]!;
    const last = windows.length === 0 ? -1 : windows[windows.length - 1]!;
    if (k > 0 && last < k - 1) windows.push(k - 1);
    if (last < k) windows.push(k);
  }

  /**
   * Whether a shape of `group` whose substring was seen matches `text`. It goes through the shapes
   * the scan saw on this line (a few), not through the group's (tens), and asks each its group.
   */
  matches(group: number, text: string): boolean {
    for (const id of this.#seenIds) {
      if (this.#groupOf[id] === group && this.#matchesWindows(id, text)) return true;
    }
    return false;
  }

  #matchesWindows(id: number, text: string): boolean {
    const expression = this.#global[id]!;
    const size = this.#window;
    const n = text.length;
    if (n <= 2 * size) return this.#run(expression, text, 0) !== null;
    for (const k of this.#windows[id]!) {
      const start = k * size;
      const end = Math.min(n, start + 2 * size);
      // One character of context either side, so boundaries and lookarounds read the line as
      // it is: the search starts after the leading one (where `^` cannot match), and a match
      // that runs into the trailing one (where `$` would) is past the window.
      const from = start === 0 ? 0 : 1;
      const window = text.slice(start - from, end === n ? n : end + 1);
      const match = this.#run(expression, window, from);
      if (match !== null && (end === n || match.index + match[0].length < window.length)) return true;
    }
    return false;
  }
}

// Column-aligned output (kubectl, docker, nomad tables) pads with runs of spaces and tabs;
// matching reads any such run as one space, so a pattern can span two columns. A single space
// is already what a run becomes: only runs that start with a tab or hold two or more are
// replaced (a line's word breaks are not each replaced by themselves).
const PADDING_RUNS = /\t[ \t]*| [ \t]+/g;

/** The last text collapsed and what it became: a line's scan and its readers collapse the same line. */
let lastText = '';
let lastCollapsed = '';

/** Any run of padding read as one space. */
export function collapsePadding(text: string): string {
  // A line's scan, its readers and its event message ask for the same line in turn: the last
  // answer is kept whether or not the line held padding.
  if (text === lastText) return lastCollapsed;
  // Most lines hold neither a tab nor two spaces in a row: two searches for a character are
  // far cheaper than the expression's pass over a line it leaves as it is.
  lastCollapsed = text.indexOf('  ') < 0 && text.indexOf('\t') < 0 ? text : text.replace(PADDING_RUNS, ' ');
  lastText = text;
  return lastCollapsed;
}
