// Reads a capture of Kubernetes Events in any of the shapes kubectl writes: an EventList
// (`get events -o json`), a stream of pretty-printed Event objects one after another
// (`get events -o json --watch`), one Event per line, or watch envelopes
// (`--output-watch-events`). Bad input fails with the file and the position of the problem.
import { readFile } from 'node:fs/promises';
import { constants as bufferLimits } from 'node:buffer';
import { InputError, readFailure } from '../src/errors.ts';
import { firstInvalidUtf8 } from '../src/formats/utf8.ts';
import { JsonScanner } from '../src/formats/json-scan.ts';
import { isPlainObject, kindOf, stripBom } from '../src/value-kinds.ts';

/** The fields of a Kubernetes Event the normaliser reads, checked. */
export interface K8sEvent {
  reason: string;
  message: string;
  type: string;
  count: number | undefined;
  lastTimestamp: string | undefined;
  involvedKind: string;
  /** Undefined when the event names no object. */
  involvedName: string | undefined;
  uid: string | undefined;
  /** Where the event sits in the file, for messages: `items[3]` or `object 3 (line 40)`. */
  position: string;
}

/** One top-level JSON value and where it starts. */
export interface JsonValueAt {
  value: unknown;
  line: number;
  column: number;
}

const WATCH_TYPES = new Set(['ADDED', 'MODIFIED', 'DELETED']);

// V8's JSON.parse messages: where the error is ("... in JSON at position 12 (line 1 column 13)",
// relative to the slice parsed, so the file's position replaces it), and a snippet of the input
// ("Unexpected token 'x', \"...\" is not valid JSON"). Both run on text from the input file.
export const V8_POSITION = / in JSON at position \d+(?: \(line \d+ column \d+\))?$/;
export const V8_OFFSET = /at position (\d+)/;
const SNIPPET_START = ', "';
const SNIPPET_END = '" is not valid JSON';

/** The message without its trailing quoted snippet of the input, found without backtracking. */
export function withoutSnippet(detail: string): string {
  if (!detail.endsWith(SNIPPET_END)) return detail;
  const start = detail.indexOf(SNIPPET_START);
  return start !== -1 && start + SNIPPET_START.length <= detail.length - SNIPPET_END.length ? detail.slice(0, start) : detail;
}

/**
 * Line and column (1-based) of offsets in `text`. Offsets asked for in increasing order cost
 * one pass over the text in total, so a long watch stream is not rescanned per value.
 */
function lineCounter(text: string): (at: number) => { line: number; column: number } {
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  return (at) => {
    if (at < pos) {
      pos = 0;
      line = 1;
      lineStart = 0;
    }
    for (let i = text.indexOf('\n', pos); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    pos = at;
    return { line, column: at - lineStart + 1 };
  };
}

/**
 * The JSON objects and arrays in `text`, one after another, separated by any whitespace. Each
 * value is cut by the record reader's scanner (nesting and strings), then parsed on its own,
 * so a syntax error is reported at its line and column in the whole file.
 */
export function* splitJsonValues(text: string, file: string): Generator<JsonValueAt> {
  const n = text.length;
  const lineColumn = lineCounter(text);
  const scanner = new JsonScanner();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i += 1;
      continue;
    }
    const start = i;
    const at = lineColumn(start);
    if (c !== 0x7b && c !== 0x5b) {
      throw new InputError(file, `line ${at.line} column ${at.column}`, `expected '{' to start a JSON object, found ${JSON.stringify(text.charAt(i))}`);
    }
    scanner.reset();
    const close = scanner.scan(text, start, true);
    const end = close === -1 ? -1 : close + 1;
    if (end === -1) {
      throw new InputError(file, `line ${at.line} column ${at.column}`, 'truncated JSON: the value starting here never closes');
    }
    const slice = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (err) {
      const detail = (err as Error).message;
      const offset = V8_OFFSET.exec(detail);
      const where = offset ? lineColumn(start + Number(offset[1])) : at;
      const reason = withoutSnippet(detail.replace(V8_POSITION, ''));
      throw new InputError(file, `line ${where.line} column ${where.column}`, `invalid JSON: ${reason}`, { cause: err });
    }
    yield { value, line: at.line, column: at.column };
    i = end;
  }
}

function optionalString(obj: Record<string, unknown>, key: string, file: string, position: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError(file, position, `"${key}" must be a string, got ${kindOf(value)}`);
  return value;
}

/** Check one Event object and pick out the fields the normaliser needs. */
export function checkEvent(value: unknown, file: string, position: string): K8sEvent {
  if (!isPlainObject(value)) throw new InputError(file, position, `expected a Kubernetes Event object, got ${kindOf(value)}`);
  const kind = optionalString(value, 'kind', file, position);
  if (kind !== undefined && kind !== 'Event') {
    throw new InputError(file, position, `expected a Kubernetes Event, got kind ${JSON.stringify(kind)}`);
  }
  if (kind === undefined && !('reason' in value) && !('involvedObject' in value)) {
    throw new InputError(file, position, 'expected a Kubernetes Event (with "kind": "Event", a "reason" or an "involvedObject")');
  }
  const involved = value['involvedObject'];
  if (involved !== undefined && involved !== null && !isPlainObject(involved)) {
    throw new InputError(file, position, `"involvedObject" must be an object, got ${kindOf(involved)}`);
  }
  const obj = isPlainObject(involved) ? involved : {};
  const metadata = value['metadata'];
  if (metadata !== undefined && metadata !== null && !isPlainObject(metadata)) {
    throw new InputError(file, position, `"metadata" must be an object, got ${kindOf(metadata)}`);
  }
  const count = value['count'];
  if (count !== undefined && count !== null && (typeof count !== 'number' || !Number.isInteger(count))) {
    throw new InputError(file, position, `"count" must be an integer, got ${kindOf(count)}`);
  }
  return {
    reason: optionalString(value, 'reason', file, position) ?? '',
    message: optionalString(value, 'message', file, position) ?? '',
    type: optionalString(value, 'type', file, position) ?? '',
    count: typeof count === 'number' ? count : undefined,
    lastTimestamp: optionalString(value, 'lastTimestamp', file, position),
    involvedKind: optionalString(obj, 'kind', file, `${position} involvedObject`) ?? '',
    involvedName: optionalString(obj, 'name', file, `${position} involvedObject`),
    uid: isPlainObject(metadata) ? optionalString(metadata, 'uid', file, `${position} metadata`) : undefined,
    position,
  };
}

interface Sighting {
  event: K8sEvent;
  deleted: boolean;
}

/**
 * Every Event in the capture text, in capture order. A watch stream repeats an Event each time
 * its count goes up; only its latest copy is kept, at the place of that copy, so a watch
 * capture yields the same records as the list kubectl would print at the end.
 */
export function parseEvents(text: string, file: string): K8sEvent[] {
  const body = stripBom(text);
  const sightings: Array<Sighting | null> = [];
  const slotOf = new Map<string, number>();

  const add = (event: K8sEvent, deleted: boolean) => {
    const previous = event.uid === undefined ? undefined : slotOf.get(event.uid);
    if (previous !== undefined) {
      // A deletion only says the event expired; the copy already seen is the one to keep.
      if (deleted) return;
      sightings[previous] = null;
    }
    if (event.uid !== undefined) slotOf.set(event.uid, sightings.length);
    sightings.push({ event, deleted });
  };

  let n = 0;
  for (const { value, line } of splitJsonValues(body, file)) {
    const where = `object ${n} (line ${line})`;
    n += 1;
    if (Array.isArray(value)) {
      throw new InputError(file, `line ${line}`, 'expected an EventList or Event objects, got a JSON array (is this a normalized file?)');
    }
    if (isPlainObject(value) && Array.isArray(value['items'])) {
      const kind = value['kind'];
      if (kind !== undefined && kind !== 'EventList' && kind !== 'List') {
        throw new InputError(file, `line ${line}`, `expected an EventList, got kind ${JSON.stringify(kind)}`);
      }
      value['items'].forEach((item: unknown, i: number) => add(checkEvent(item, file, `items[${i}]`), false));
      continue;
    }
    if (isPlainObject(value) && typeof value['type'] === 'string' && isPlainObject(value['object'])) {
      const type = value['type'];
      if (type === 'BOOKMARK') continue;
      if (!WATCH_TYPES.has(type)) throw new InputError(file, where, `watch event of type ${JSON.stringify(type)}`);
      add(checkEvent(value['object'], file, where), type === 'DELETED');
      continue;
    }
    add(checkEvent(value, file, where), false);
  }
  return sightings.filter((s): s is Sighting => s !== null).map((s) => s.event);
}

export interface ReadEventsOptions {
  /** The most characters the text may have (default: the longest string the runtime can hold). */
  maxChars?: number;
}

/** Read and parse an events capture file. Events are read whole: a namespace's events are bounded by the API server's event TTL. */
export async function readEvents(file: string, options: ReadEventsOptions = {}): Promise<K8sEvent[]> {
  const maxChars = options.maxChars ?? bufferLimits.MAX_STRING_LENGTH;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(file, undefined, readFailure(err), { cause: err });
  }
  // Past the runtime's longest string the decoder fails too, but that is a size, not bad bytes.
  const tooLarge = (cause?: unknown) =>
    new InputError(
      file,
      undefined,
      `too large to read as one text: ${bytes.length} bytes, more than the ${maxChars} characters a string can hold; split the capture (for example one kubectl get events per time window)`,
      cause === undefined ? undefined : { cause },
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') throw tooLarge(err);
    // Name the line, as the record reader does; a sequence cut short at the end breaks there.
    const bad = firstInvalidUtf8(bytes);
    const offset = bad === -1 ? bytes.length - 1 : bad;
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new InputError(file, `line ${line}`, `invalid UTF-8 at byte offset ${offset}`, { cause: err });
  }
  if (text.length > maxChars) throw tooLarge();
  return parseEvents(text, file);
}
