// What the tests of learned rules ask of a line: its class as the text path reads it, and
// which rules of the tables read it, so a test can show that the rule it is about is what
// finds its line (a line that another rule also reads would prove nothing of the rule).
import { classifyLine } from '../agents/watcher.ts';
import { FIELD_TABLES, judgeFields } from '../skills/field-judge.ts';
import type { FailureType } from '../skills/failure-types.ts';
import type { LineShape } from '../src/shape-groups.ts';
import { DETECTABLE_SHAPES, EXCLUDE_SHAPES } from '../skills/line-shapes.ts';
import { inferSeverity } from '../skills/severity-skills.ts';
import { classifyMessage, DETECTABLE_PATTERNS, EXCLUDE_PATTERNS, matchText, RESOLVED_MARKERS } from '../skills/watcher-skills.ts';

/** The class a text line is read as: its severity first (unwatched: none), then the watcher. */
export function detect(line: string): string | null {
  const severity = inferSeverity(line);
  return severity === 'ERROR' || severity === 'WARNING' ? classifyLine(line) : null;
}

/**
 * The plain reading of the watcher's tables, the reference the scan must agree with: classes in
 * order, any pattern or shape, then the class's exclusions and absence layouts, and nothing for a
 * resolved notification. `without` leaves one exclusion of one class out (a phrase, or an absence
 * layout named by its substring): the seam a test uses to show that an exclusion is what keeps that
 * class off a line.
 */
export function plainReading(message: string, without?: { failure: FailureType; exclusion: string }): FailureType | null {
  const hay = matchText(message);
  if (RESOLVED_MARKERS.some((m) => hay.includes(matchText(m)))) return null;
  for (const [type, patterns] of Object.entries(DETECTABLE_PATTERNS) as Array<[FailureType, readonly string[]]>) {
    const shapes: readonly LineShape[] = DETECTABLE_SHAPES[type];
    if (!patterns.some((p) => hay.includes(matchText(p))) && !shapes.some((s) => s.shape.test(hay))) continue;
    const excludes: readonly string[] = EXCLUDE_PATTERNS[type];
    if (excludes.some((e) => !(without?.failure === type && without.exclusion === e) && hay.includes(matchText(e)))) continue;
    const absences: readonly LineShape[] = EXCLUDE_SHAPES[type];
    if (absences.some((a) => !(without?.failure === type && without.exclusion === a.contains) && a.shape.test(hay))) continue;
    return type;
  }
  return null;
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
