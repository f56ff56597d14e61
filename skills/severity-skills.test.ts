import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, SEVERITY_RULES, SEVERITY_SKILLS_VERSION, inferSeverity } from './severity-skills.ts';

describe('inferSeverity', () => {
  it.each(['error', 'failed', 'timeout', 'oom', 'back-off', 'crash'])('marks a line containing %j as ERROR', (keyword) => {
    expect(inferSeverity(`pod checkout-1 ${keyword} after 3 attempts`)).toBe('ERROR');
  });

  it.each(['warn', 'latency', 'slow'])('marks a line containing %j as WARNING', (keyword) => {
    expect(inferSeverity(`pod checkout-1 reports ${keyword} on /api`)).toBe('WARNING');
  });

  it('matches keywords whatever their case', () => {
    expect(inferSeverity('Readiness probe FAILED')).toBe('ERROR');
    expect(inferSeverity('High Latency on upstream')).toBe('WARNING');
  });

  it('matches keywords inside longer words, as the original substring test did', () => {
    expect(inferSeverity('OOMKilled: container exceeded its limit')).toBe('ERROR');
    expect(inferSeverity('[Warning] disk at 81%')).toBe('WARNING');
  });

  it('prefers ERROR when a line has both an error and a warning keyword', () => {
    expect(inferSeverity('slow response, then timeout')).toBe('ERROR');
  });

  it('marks a line with no keyword as INFO', () => {
    expect(inferSeverity('Graceful shutdown initiated')).toBe(DEFAULT_SEVERITY);
    expect(DEFAULT_SEVERITY).toBe('INFO');
  });

  it('does not treat "backoff" without the hyphen as an error keyword', () => {
    expect(inferSeverity('exponential backoff reset')).toBe('INFO');
  });
});

describe('severity rule table', () => {
  it('lists ERROR before WARNING so the first match wins in that order', () => {
    expect(SEVERITY_RULES.map((rule) => rule.severity)).toEqual(['ERROR', 'WARNING']);
  });

  it('stores every keyword in lowercase, since lines are lowercased before matching', () => {
    for (const rule of SEVERITY_RULES) {
      for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
    }
  });

  it('is versioned 1.0.0', () => {
    expect(SEVERITY_SKILLS_VERSION).toBe('1.0.0');
  });
});
