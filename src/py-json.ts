// Python's json.dumps(value, indent=N) text, byte for byte, so generated files match the
// original's. JS numbers cannot tell a Python float from an int, so floats are tagged with
// pyFloat(); an untagged integral number prints as an int.

/** A number that Python held as a float: it prints as `1.0`, `1e+16`, `1e-05`. */
export class PyFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}

/** Python's repr(float): shortest round-trip digits, exponent form when the point is far out. */
export function formatPyFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() with no argument yields the shortest digits that round-trip, as repr does.
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(x).toExponential());
  if (!match) throw new Error(`unexpected exponential form for ${x}`);
  const digits = match[1]! + (match[2] ?? '');
  const exp = Number(match[3]);
  // decpt: where the decimal point falls relative to the digit string (value = 0.DIGITS * 10**decpt).
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exp < 0 ? '-' : '+';
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A JSON string literal with ensure_ascii: anything outside space..tilde is escaped per UTF-16 unit. */
export function encodePyString(s: string): string {
  // DEL (0x7f) is escaped too: Python's ASCII encoder only passes 0x20..0x7e through.
  return `"${s.replace(/[^ -~]|["\\]/g, (ch) => {
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) return short;
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;
}

function formatNumber(n: number): string {
  if (!Number.isInteger(n)) return formatPyFloat(n);
  // Integers beyond 1e21 would come out in exponent form from String(); Python ints never do.
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

function encode(value: unknown, indent: string, depth: number, seen: Set<object>): string {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'string') return encodePyString(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof PyFloat) return formatPyFloat(value.value);
  if (typeof value !== 'object') throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
  if (seen.has(value)) throw new TypeError('Circular reference detected');

  let entries: [string | null, unknown][];
  let open: string;
  let close: string;
  if (Array.isArray(value)) {
    entries = value.map((item): [null, unknown] => [null, item]);
    [open, close] = ['[', ']'];
  } else if (value instanceof Map) {
    // A Map keeps insertion order even for integer-like keys, which a plain object reorders.
    entries = [...value.entries()].map(([k, v]): [string, unknown] => {
      if (typeof k !== 'string') throw new TypeError('Map keys must be strings');
      return [k, v];
    });
    [open, close] = ['{', '}'];
  } else {
    entries = Object.entries(value);
    [open, close] = ['{', '}'];
  }
  if (entries.length === 0) return open + close;

  seen.add(value);
  const inner = '\n' + indent.repeat(depth + 1);
  const parts = entries.map(([key, item]) => {
    const body = encode(item, indent, depth + 1, seen);
    return key === null ? body : `${encodePyString(key)}: ${body}`;
  });
  seen.delete(value);
  return `${open}${inner}${parts.join(',' + inner)}\n${indent.repeat(depth)}${close}`;
}

/**
 * Python's json.dumps(value, indent=indent) with default settings (ensure_ascii, allow_nan,
 * insertion-ordered keys). Accepts null, booleans, strings, numbers, bigints, PyFloat, arrays,
 * Maps with string keys and plain objects.
 */
export function dumpsPython(value: unknown, indent = 2): string {
  return encode(value, ' '.repeat(indent), 0, new Set());
}
