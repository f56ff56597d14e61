import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { PyRandom } from '../src/py-random.ts';
import type { LineShape } from '../src/shape-groups.ts';
import {
  anyPatternMatches,
  classifyMessage,
  DETECTABLE_PATTERNS,
  EXCLUDE_PATTERNS,
  matchText,
  severityIsWatched,
} from './watcher-skills.ts';
import { DETECTABLE_SHAPES } from './line-shapes.ts';
import { plainReading } from '../tools/rule-evidence.ts';

/** Phrases a table lists more than once in the same class, as `class: phrase`. */
function listedTwice(table: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(table).flatMap(([cls, phrases]) => phrases.filter((p, i) => phrases.indexOf(p) !== i).map((p) => `${cls}: ${p}`));
}

describe('watcher skills', () => {
  it('lists each phrase and each exclusion once in its class', () => {
    expect(listedTwice(DETECTABLE_PATTERNS)).toEqual([]);
    expect(listedTwice(EXCLUDE_PATTERNS)).toEqual([]);
  });

  it('names a phrase listed twice: the check can fail', () => {
    const twice = { ...DETECTABLE_PATTERNS, NodeNotReady: [...DETECTABLE_PATTERNS.NodeNotReady, 'nodenotready'] };
    expect(listedTwice(twice)).toEqual(['NodeNotReady: nodenotready']);
  });

  it('stores every pattern in lowercase', () => {
    for (const patterns of Object.values(DETECTABLE_PATTERNS)) {
      for (const p of patterns) expect(p).toBe(p.toLowerCase());
    }
  });

  it('matches patterns regardless of the message casing', () => {
    expect(classifyMessage('READINESS probe failed after 3 attempts')).toBe('StartupProbeFailed');
    expect(classifyMessage('Container OOMKILLED')).toBe('OOMKilled');
  });

  it('gives the first class in table order when several match', () => {
    // Both "oomkilled" (OOMKilled) and "crashloopbackoff" (CrashLoopBackOff) appear.
    expect(classifyMessage('CrashLoopBackOff after OOMKilled')).toBe('OOMKilled');
  });

  it('folds the long s, sharp s and ligatures the way Python casefold does', () => {
    // "ſ" folds to "s": "ſlow reſponſe" contains "slow response".
    expect(classifyMessage('ſlow reſponſe from upstream')).toBe('HighLatency');
    // "ﬆ" folds to "st": "requeﬆ timeout" contains "request timeout".
    expect(classifyMessage('requeﬆ timeout')).toBe('HighLatency');
    // "ﬀ" folds to "ff": "back-oﬀ" is not "back-off restarting" only when the rest differs.
    expect(classifyMessage('Back-oﬀ restarting failed container')).toBe('CrashLoopBackOff');
    // The Kelvin sign folds to "k": "oom \u212Aill" contains "oom kill".
    expect(classifyMessage('oom \u212Aill invoked')).toBe('OOMKilled');
  });

  it('does not match where folding changes the letters away from a pattern', () => {
    // "ß" folds to "ss", so "exceßes threshold" reads "excesses threshold", not "exceeds threshold".
    expect(classifyMessage('latency exceßes threshold')).toBeNull();
    // "ẞ" (capital sharp s) also folds to "ss".
    expect(classifyMessage('requeẞt timeout')).toBeNull();
  });

  it('watches ERROR and WARNING in any casing and nothing else', () => {
    for (const s of ['ERROR', 'error', 'Error', 'WARNING', 'warning', 'WaRnInG']) expect(severityIsWatched(s)).toBe(true);
    for (const s of ['INFO', 'WARN', 'DEBUG', '', 'ERRORS']) expect(severityIsWatched(s)).toBe(false);
    for (const s of [null, 3, ['ERROR'], { level: 'ERROR' }]) expect(severityIsWatched(s)).toBe(false);
  });

  it('reports whether any pattern matches for the healthy check', () => {
    expect(anyPatternMatches('Request processed in 12ms')).toBe(false);
    expect(anyPatternMatches('Health check failed on 9090')).toBe(true);
  });

  it('never throws on awkward strings', () => {
    for (const s of ['', '\u0000\u0001', '\uD800', '\uDC00x', 'x'.repeat(1_000_000), '\u{1F600}'.repeat(1000)]) {
      expect(() => classifyMessage(s)).not.toThrow();
    }
  });
});

describe('watcher skills matching', () => {

  // Every real line the repository holds: the development corpus and the wider one.
  const realLines = (): string[] =>
    ['dev.json', 'wider.json'].flatMap((file) =>
      (JSON.parse(readFileSync(new URL(`../data/realworld/${file}`, import.meta.url), 'utf8')) as Array<{ message: string }>).map((r) => r.message),
    );

  // Every labelled real line: every file of data/realworld (the corpora and each round).
  const realCorpusLines = (): string[] =>
    readdirSync(new URL('../data/realworld/', import.meta.url))
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => {
        const data = JSON.parse(readFileSync(new URL(`../data/realworld/${file}`, import.meta.url), 'utf8')) as unknown;
        return (Array.isArray(data) ? data : []).flatMap((r: { message?: unknown }) => (typeof r?.message === 'string' ? [r.message] : []));
      });

  /**
   * Lines a shape's expression matches that hold none of the substrings registered with that
   * expression: the scan would never run the shape on them. (One expression may be registered
   * under several substrings, each of its layouts' own.)
   */
  function substringMisses(shapes: readonly LineShape[], lines: readonly string[]): string[] {
    const substrings = new Map<RegExp, string[]>();
    for (const { contains, shape } of shapes) substrings.set(shape, [...(substrings.get(shape) ?? []), contains]);
    const misses: string[] = [];
    for (const [shape, contains] of substrings) {
      for (const line of lines) if (shape.test(line) && !contains.some((c) => line.includes(c))) misses.push(`${String(shape)} ${JSON.stringify(contains)}: ${line}`);
    }
    return misses;
  }

  it('stores each shape\'s required substring in lowercase, and every real line a shape matches contains it', () => {
    const shapes = Object.values(DETECTABLE_SHAPES).flat() as readonly LineShape[];
    for (const { contains } of shapes) expect(contains).toBe(contains.toLowerCase());
    // Every labelled real line, the rounds' included: a layout a round brought is where a
    // substring narrower than its expression shows.
    const lines = [...new Set(realCorpusLines())].map(matchText);
    expect(substringMisses(shapes, lines)).toEqual([]);
  });

  it('finds a shape whose substring is narrower than its expression (the check can fail)', () => {
    const narrow: LineShape = { contains: 'code 504', shape: /\bstatus code:? 504\b/i };
    expect(substringMisses([narrow], ['unexpected status code: 504, wanted 200'])).toHaveLength(1);
    expect(substringMisses([narrow], ['unexpected status code 504, wanted 200'])).toEqual([]);
  });

  it('gives the same class as a plain reading of the tables on real and mutated lines', () => {
    const lines = realLines();
    const rng = new PyRandom(11);
    const mutated = lines.flatMap((line) =>
      Array.from({ length: 3 }, () => {
        const at = rng.randbelow(line.length + 1);
        const other = lines[rng.randbelow(lines.length)] as string;
        return line.slice(0, at) + other.slice(rng.randbelow(other.length + 1));
      }),
    );
    for (const line of [...lines, ...mutated]) expect(classifyMessage(line)).toBe(plainReading(line));
  });
});
