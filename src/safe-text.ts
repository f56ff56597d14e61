// Text that came from input, made safe to show. Logs, captures and ground-truth files are
// written by others: a message can carry escape sequences that clear the screen, move the
// cursor, set a window title or a hyperlink, or reorder what follows (bidi overrides). Every
// human-readable output passes input through `forTerminal`; every JSON output goes through
// `toJson`, which escapes the same characters JSON.stringify lets through.

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The characters a terminal may act on rather than show: C0 controls, DEL, C1 controls (U+009B
 * is a one-character CSI), the line and paragraph separators, and the bidi controls (the
 * Arabic letter mark, LRM/RLM, the embeddings and overrides U+202A-U+202E, the isolates
 * U+2066-U+2069).
 */
export const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (c: string): string => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Any string as one line a terminal shows literally: every character of UNSAFE_FOR_TERMINAL
 * is written as an escape (`\n`, `\t`, `\u001b`, `\u202e`), everything else as it is.
 */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, escapeChar);
}

// JSON.stringify already escapes C0; what it leaves raw, and only ever inside strings (its
// text outside strings is ASCII punctuation, digits and names).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const jsonEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON.stringify, with DEL, C1, the separators and the bidi controls escaped as \uXXXX too. */
export function toJson(value: unknown, indent?: number): string {
  return escapeJsonText(JSON.stringify(value, null, indent));
}

/** Escape what JSON.stringify leaves raw in text it produced (the result parses to the same value). */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, jsonEscape);
}
