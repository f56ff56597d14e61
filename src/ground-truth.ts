// Ground truth: which stream positions hold a failure, and what the healer should do there.
import { readFile } from 'node:fs/promises';
import { EXPECTED_HEALS } from '../data/expected-heals.ts';
import { FAILURE_TYPES, isFailureType, type FailureType } from '../skills/failure-types.ts';
import { HEALTHY } from './score.ts';

export { EXPECTED_HEALS };
import { InputError, readFailure } from './errors.ts';
import { readRecords } from './record-reader.ts';
import type { ActionParams, GroundTruthEntry, LogRecord } from './types.ts';
import { isPlainObject, stripBom } from './value-kinds.ts';

/** The label a record carries (`labels.reason`), if any. */
export function labelOf(record: LogRecord): string | undefined {
  const labels = record.labels;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) return undefined;
  const reason = labels['reason'];
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * The class a record's label names: a failure class, "healthy", or undefined when it carries
 * none. Any other label (a typo, a class GHOST does not know, `__proto__`) is an error naming
 * the file and the record: counted as healthy it would quietly change every score.
 */
export function labelledClass(file: string, index: number, record: LogRecord): FailureType | typeof HEALTHY | undefined {
  const reason = labelOf(record);
  if (reason === undefined || reason === HEALTHY || isFailureType(reason)) return reason;
  throw new InputError(file, `record ${index}`, `label ${JSON.stringify(reason)} is neither a failure class nor "${HEALTHY}"`);
}

/**
 * The entry for one labelled record, or null when it is labelled healthy or not at all; `file`
 * names the records in the error an unknown label raises.
 */
export function groundTruthEntry(index: number, record: LogRecord, file = '<records>'): GroundTruthEntry | null {
  const reason = labelledClass(file, index, record);
  if (reason === undefined || reason === HEALTHY) return null;
  const [action, params] = EXPECTED_HEALS[reason];
  return { index, failure_type: reason, expected_action: action, expected_params: { ...params } };
}

/** Every record whose label is a failure class, in stream order. */
export function groundTruthFromLabels(file: string, records: readonly LogRecord[]): GroundTruthEntry[] {
  const out: GroundTruthEntry[] = [];
  records.forEach((record, index) => {
    const entry = groundTruthEntry(index, record, file);
    if (entry) out.push(entry);
  });
  return out;
}

/** Check a parsed ground-truth document, naming the entry and field that is wrong. */
export function parseGroundTruth(file: string, data: unknown): GroundTruthEntry[] {
  if (!Array.isArray(data)) throw new InputError(file, undefined, 'ground truth must be a JSON array');
  return data.map((entry: unknown, i) => {
    const where = `entry ${i}`;
    if (!isPlainObject(entry)) throw new InputError(file, where, 'must be an object');
    const { index, failure_type, expected_action, expected_params } = entry;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
      throw new InputError(file, where, '"index" must be a non-negative integer');
    }
    if (typeof failure_type !== 'string') throw new InputError(file, where, '"failure_type" must be a string');
    if (!isFailureType(failure_type)) {
      throw new InputError(file, where, `"failure_type" ${JSON.stringify(failure_type)} is not a failure class (${FAILURE_TYPES.join(', ')})`);
    }
    if (typeof expected_action !== 'string') throw new InputError(file, where, '"expected_action" must be a string');
    if (!isPlainObject(expected_params)) throw new InputError(file, where, '"expected_params" must be an object');
    return { index, failure_type, expected_action, expected_params: expected_params as ActionParams };
  });
}

export async function loadGroundTruth(file: string): Promise<GroundTruthEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(file, undefined, readFailure(err), { cause: err });
  }
  const body = stripBom(text);
  if (body.trim() === '') throw new InputError(file, undefined, 'empty file, expected a JSON array');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    const located = await locateSyntaxError(file);
    throw located ?? new InputError(file, undefined, `not valid JSON (${(err as Error).message})`, { cause: err });
  }
  return parseGroundTruth(file, data);
}

/**
 * JSON.parse often says what is wrong but not where; the streaming reader, which parses one
 * element at a time, names the element (`record N`) where it goes wrong.
 */
async function locateSyntaxError(file: string): Promise<InputError | undefined> {
  try {
    for await (const entry of readRecords(file, { format: 'json' })) void entry;
  } catch (err) {
    if (err instanceof InputError) return err;
  }
  return undefined;
}
