import { describe, expect, it } from 'vitest';
import { anyPatternMatches, classifyMessage, DETECTABLE_PATTERNS, severityIsWatched } from './watcher-skills.ts';

describe('watcher skills', () => {
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
