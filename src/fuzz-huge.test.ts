// Seeded fuzzing of the record reader with huge lines and folding-heavy text: sample captures
// with a long run inserted (up to 200,000 repeats of a character whose case folding is longer
// than itself, or of a quote, brace or bracket), under the default record limit or a smaller
// one, must each end in records or in one positioned InputError, never in anything else.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PyRandom } from './py-random.ts';
import type { InputFormat, ReadOptions } from './record-reader.ts';
import { chunked, consume, count, insert, sampleDocuments, SEED, utf8, withinTimeout, type Tally } from './formats/fuzz-test-support.ts';

/** Runs that make a line long, and characters whose case folding is longer than themselves. */
const LONG_RUNS: readonly string[] = ['x', ' ', '\u00df', '\u0130', '\u0390', '\ufb03', 'OOMKilled \u00df', '"', '\\', '{', '['];
const HUGE_CASES = 300;

async function fuzzHuge(seed: number, cases: number): Promise<Tally> {
  const rng = new PyRandom(seed);
  const docs = sampleDocuments(rng);
  const formats: ReadonlyArray<InputFormat | undefined> = [undefined, 'json', 'jsonl', 'text'];
  const tally: Tally = { tried: 0, clean: 0, userErrors: 0, lost: [] };
  for (let index = 0; index < cases; index++) {
    const doc = rng.choice(docs);
    const run = utf8(rng.choice(LONG_RUNS).repeat(1 + rng.randbelow(200_000)));
    const bytes = insert(doc, rng.randbelow(doc.length + 1), run);
    const format = rng.choice(formats);
    // Half the cases under a limit the run may pass, half under the default.
    const limit = rng.randbelow(2) === 0 ? { maxRecordBytes: 1 + rng.randbelow(400_000) } : {};
    const options: ReadOptions = { label: `huge-${index}`, ...(format ? { format } : {}), ...limit };
    const stdin = Readable.from(chunked(rng, bytes));
    const verdict = await withinTimeout(consume('-', { ...options, stdin }));
    count(tally, verdict, index, format, bytes);
  }
  return tally;
}

describe('fuzzing with huge lines and folding-heavy text', () => {
  it(`ends every one of ${HUGE_CASES} inputs with a long run in records or a positioned input error`, async () => {
    const tally = await fuzzHuge(SEED + 1, HUGE_CASES);
    console.log(`fuzz huge (seed ${SEED + 1}): ${tally.tried} cases, ${tally.clean} clean, ${tally.userErrors} user errors, lost: ${tally.lost.length}`);
    expect(tally.lost.slice(0, 5)).toEqual([]);
    expect(tally.clean + tally.userErrors).toBe(HUGE_CASES);
    expect(tally.clean).toBeGreaterThan(0);
    expect(tally.userErrors).toBeGreaterThan(0);
  });
});
