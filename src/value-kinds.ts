// What kind of value a parsed document holds where, for checks and the messages they give.

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `null`, `array`, or the `typeof` name: how a contract check names a wrong value. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The same with an article, for a sentence: `null`, `an array`, `a string`. */
export function kindOf(value: unknown): string {
  const name = typeName(value);
  return name === 'null' ? 'null' : name === 'array' ? 'an array' : `a ${name}`;
}

/** `text` without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
