// What the tests of learned rules ask of a line: its class as the text path reads it, and
// which rules of the tables read it, so a test can show that the rule it is about is what
// finds its line (a line that another rule also reads would prove nothing of the rule).
import { classifyLine } from '../agents/watcher.ts';
import { FIELD_TABLES, judgeFields } from '../skills/field-judge.ts';
import type { FailureType } from '../skills/failure-types.ts';
import { DETECTABLE_SHAPES } from '../skills/line-shapes.ts';
import { inferSeverity } from '../skills/severity-skills.ts';
import { classifyMessage, DETECTABLE_PATTERNS, matchText } from '../skills/watcher-skills.ts';

/** The class a text line is read as: its severity first (unwatched: none), then the watcher. */
export function detect(line: string): string | null {
  const severity = inferSeverity(line);
  return severity === 'ERROR' || severity === 'WARNING' ? classifyLine(line) : null;
}

export interface RuleEvidence {
  /** The phrase is in the class's pattern table, or the shape with that substring reads the line. */
  own: boolean;
  /** What the phrase tables read the line as. */
  classified: FailureType | null;
  /** Other patterns and shapes of the same class that read the line (none, for the rule to be what finds it). */
  others: string[];
}

function othersOf(text: string, failure: FailureType, skipPattern?: string, skipContains?: string): string[] {
  return [
    ...DETECTABLE_PATTERNS[failure].filter((p) => p !== skipPattern && text.includes(matchText(p))).map((p) => `pattern ${JSON.stringify(p)}`),
    ...DETECTABLE_SHAPES[failure]
      .filter((s) => s.contains !== skipContains && text.includes(s.contains) && s.shape.test(text))
      .map((s) => `shape /${s.shape.source}/`),
  ];
}

/** How `line` relates to `phrase`, a pattern of `failure`. */
export function phraseEvidence(line: string, failure: FailureType, phrase: string): RuleEvidence {
  const text = matchText(line);
  return {
    own: (DETECTABLE_PATTERNS[failure] as readonly string[]).includes(phrase) && text.includes(matchText(phrase)),
    classified: classifyMessage(line),
    others: othersOf(text, failure, phrase),
  };
}

/** How `line` relates to the shape of `failure` whose substring is `contains`. */
export function shapeEvidence(line: string, failure: FailureType, contains: string): RuleEvidence {
  const text = matchText(line);
  return {
    own: DETECTABLE_SHAPES[failure].some((s) => s.contains === contains && s.shape.test(text)),
    classified: classifyMessage(line),
    others: othersOf(text, failure, undefined, contains),
  };
}

/** What `line`'s fields say under the access-log rules, and under a slow bar of `higherBar` seconds. */
export function underSlowBars(line: string, higherBar: number): [FailureType | null | undefined, FailureType | null | undefined] {
  return [
    judgeFields(line)?.failure,
    judgeFields(line, { ...FIELD_TABLES, accessLog: { ...FIELD_TABLES.accessLog, slowSeconds: higherBar } })?.failure,
  ];
}
