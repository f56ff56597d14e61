import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECISION_TABLE } from '../skills/healer-skills.ts';

describe('scenarios.json', () => {
  it('agrees with the decision table for every listed class', () => {
    const scenarios = JSON.parse(readFileSync(new URL('./scenarios.json', import.meta.url), 'utf8')) as Array<{
      failure_type: keyof typeof DECISION_TABLE;
      expected_action: string;
      expected_params: Record<string, unknown>;
    }>;
    expect(scenarios.map((s) => s.failure_type)).toEqual(['OOMKilled', 'CrashLoopBackOff', 'StartupProbeFailed', 'HighLatency']);
    for (const s of scenarios) {
      const [action, params] = DECISION_TABLE[s.failure_type];
      expect([s.expected_action, s.expected_params]).toEqual([action, params]);
    }
  });
});
