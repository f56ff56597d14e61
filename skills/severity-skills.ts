// Severity policy for plain-text log lines (kubectl logs output), which carry no level field.
// Data only: the record reader imports this table and keeps no keywords of its own.

export const SEVERITY_SKILLS_VERSION = '1.0.0';

export interface SeverityRule {
  severity: string;
  /** Lowercase substrings; a line matches when its lowercased text contains any of them. */
  keywords: readonly string[];
}

/**
 * Ordered: rows are tried top to bottom and the first row with a matching keyword wins, so
 * a line mentioning both "error" and "slow" is an ERROR.
 */
export const SEVERITY_RULES = [
  { severity: 'ERROR', keywords: ['error', 'failed', 'timeout', 'oom', 'back-off', 'crash'] },
  { severity: 'WARNING', keywords: ['warn', 'latency', 'slow'] },
] as const satisfies readonly SeverityRule[];

/** What a line that matches no row gets. */
export const DEFAULT_SEVERITY = 'INFO';

export function inferSeverity(line: string): string {
  // The original lowercases with str.lower(), not casefold(), so "ß" stays "ß" here too.
  const low = line.toLowerCase();
  for (const rule of SEVERITY_RULES) {
    const keywords: readonly string[] = rule.keywords;
    for (const keyword of keywords) {
      if (low.includes(keyword)) return rule.severity;
    }
  }
  return DEFAULT_SEVERITY;
}
