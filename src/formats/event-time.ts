// Event time: when the input says a record happened, as epoch seconds. Never the wall clock.

/**
 * A timestamp as the inputs write it: epoch seconds (a number, or digits in a string) or an
 * ISO 8601 / RFC 3339 string (nanosecond fractions allowed). Undefined when there is none.
 */
export function parseEventTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    // Loki writes nanoseconds since the epoch as a string of digits.
    return value.length >= 18 && !value.includes('.') ? n / 1e9 : n;
  }
  // Date.parse reads at most milliseconds; cut longer fractions (RFC 3339Nano) to three digits.
  const iso = /^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/i.exec(value);
  if (!iso) return undefined;
  const fraction = iso[2] ?? '';
  const ms = Date.parse(`${iso[1]!.replace(' ', 'T')}${fraction.slice(0, 4)}${iso[3] ?? 'Z'}`);
  if (Number.isNaN(ms)) return undefined;
  return fraction.length > 4 ? Math.floor(ms / 1000) + Number(`0${fraction}`) : ms / 1000;
}

/** An epoch-seconds time as ISO 8601 (UTC). */
export function formatEventTime(seconds: number): string {
  return new Date(Math.round(seconds * 1000)).toISOString();
}
