// recheck's verdicts on the input expressions, recorded in tools/recheck-verdicts.json so the
// ReDoS check does not spend minutes of CPU re-deriving the same answers on every run. A
// verdict is found by a SHA-256 of everything it depends on (recheck's installed version, the
// checker's options, the expression's source and flags): a new or changed expression, or
// another recheck, has no recorded verdict and is checked live. The file is written only by
// `node tools/check-redos.ts --update` (or `--refresh`, which checks every expression again).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readFailure } from '../src/errors.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { RecheckPool, type RecheckVerdict } from './recheck-pool.ts';
import type { NamedExpression } from './input-expressions.ts';

export const VERDICTS_PATH = join(PROJECT_ROOT, 'tools', 'recheck-verdicts.json');

/**
 * How recheck is run: no wall-clock limits (so a verdict does not depend on how busy the
 * machine is) and a seeded search (so the same expression always gets the same verdict). Part
 * of every verdict's key; the engine is not (tools/recheck-pool.ts).
 */
export const RECHECK_OPTIONS = {
  params: { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, randomSeed: 0 },
} as const;

/** The installed recheck's version (from its package.json, where the worker imports it from; not the range in ours). */
export function recheckVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;
}

/** What a verdict depends on, hashed. */
export function verdictKey(version: string, source: string, flags: string): string {
  return createHash('sha256').update(JSON.stringify([version, RECHECK_OPTIONS, source, flags])).digest('hex');
}

export interface RecordedVerdict {
  /** The expression as `/source/flags`, for a reader of the file (the key is what is looked up). */
  expression: string;
  verdict: RecheckVerdict;
}

export interface VerdictFile {
  recheck: string;
  options: typeof RECHECK_OPTIONS;
  verdicts: Record<string, RecordedVerdict>;
}

const slashed = (source: string, flags: string) => `/${source}/${flags}`;

function isVerdict(value: unknown): value is RecheckVerdict {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['status'] === 'safe') return typeof v['checker'] === 'string';
  if (v['status'] === 'vulnerable') return ['checker', 'complexity', 'attack'].every((k) => typeof v[k] === 'string');
  return v['status'] === 'unknown' && typeof v['error'] === 'string';
}

/** The recorded verdicts by key; a missing file holds none. A file that is not a verdict file is an error naming it. */
export function readVerdicts(path: string): Map<string, RecordedVerdict> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new InputError(path, undefined, readFailure(err), { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, undefined, `not JSON (${(err as Error).message})`, { cause: err });
  }
  const verdicts = (parsed as Partial<VerdictFile> | null)?.verdicts;
  if (typeof verdicts !== 'object' || verdicts === null || Array.isArray(verdicts)) {
    throw new InputError(path, undefined, 'has no "verdicts" object');
  }
  const found = new Map<string, RecordedVerdict>();
  for (const [key, entry] of Object.entries(verdicts as Record<string, unknown>)) {
    const e = entry as Partial<RecordedVerdict> | null;
    if (typeof e?.expression !== 'string' || !isVerdict(e.verdict)) {
      throw new InputError(path, `verdict ${key}`, 'is not {"expression": "/.../", "verdict": {"status": ...}}');
    }
    found.set(key, { expression: e.expression, verdict: e.verdict });
  }
  return found;
}

/** The file's text for these verdicts: keys sorted, so a change shows as a small diff. */
export function verdictFileText(version: string, verdicts: ReadonlyMap<string, RecordedVerdict>): string {
  const file: VerdictFile = {
    recheck: version,
    options: RECHECK_OPTIONS,
    verdicts: Object.fromEntries([...verdicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface CheckedExpression extends NamedExpression {
  key: string;
  verdict: RecheckVerdict;
  /** True when the verdict came from the file, false when recheck ran now. */
  recorded: boolean;
}

/**
 * Verdicts looked up in the recorded ones (unless `live` is set) and checked with recheck on a
 * pool of worker threads otherwise; the pool starts its threads only when something is checked.
 */
export class VerdictBook {
  readonly version: string;
  readonly recorded: ReadonlyMap<string, RecordedVerdict>;
  readonly #answerWithinMs: number | undefined;
  #pool: RecheckPool | null = null;

  /** `answerWithinMs`: the pool's deadline per live check (its default unless given). */
  constructor(recorded: ReadonlyMap<string, RecordedVerdict>, version = recheckVersion(), answerWithinMs?: number) {
    this.recorded = recorded;
    this.version = version;
    this.#answerWithinMs = answerWithinMs;
  }

  keyOf(e: { source: string; flags: string }): string {
    return verdictKey(this.version, e.source, e.flags);
  }

  /** The recorded verdict for the expression, if one was recorded for exactly it. */
  lookup(e: { source: string; flags: string }): RecheckVerdict | undefined {
    const entry = this.recorded.get(this.keyOf(e));
    return entry?.expression === slashed(e.source, e.flags) ? entry.verdict : undefined;
  }

  async check(e: NamedExpression, live = false): Promise<CheckedExpression> {
    const key = this.keyOf(e);
    const recorded = live ? undefined : this.lookup(e);
    if (recorded) return { ...e, key, verdict: recorded, recorded: true };
    this.#pool ??= new RecheckPool(RECHECK_OPTIONS, undefined, undefined, this.#answerWithinMs);
    return { ...e, key, verdict: await this.#pool.check(e.source, e.flags), recorded: false };
  }

  /** Recorded entries no current expression has: left over from a changed or removed expression, or another recheck. */
  stale(expressions: readonly NamedExpression[]): RecordedVerdict[] {
    const current = new Set(expressions.map((e) => this.keyOf(e)));
    return [...this.recorded].filter(([key]) => !current.has(key)).map(([, entry]) => entry);
  }

  async close(): Promise<void> {
    await this.#pool?.close();
  }
}

/** `name /source/flags: why` for a verdict that is not `safe`, or null. */
export function unsafeLine(e: NamedExpression, verdict: RecheckVerdict): string | null {
  if (verdict.status === 'safe') return null;
  const why = verdict.status === 'vulnerable' ? `${verdict.complexity}, attack ${verdict.attack}` : `unknown: ${verdict.error}`;
  return `${e.name} ${slashed(e.source, e.flags)}: ${why}`;
}
