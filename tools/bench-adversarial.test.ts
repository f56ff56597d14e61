// The adversarial bench's benign text line: it states a level, as each benign record states its
// severity, so the watcher reads it as it reads a crafted line; and it holds nothing the watcher
// reports. Without the level (or with words the severity rules do not read as one) nothing watches it.
import { describe, expect, it } from 'vitest';
import { classifyLogRecord } from '../agents/watcher.ts';
import { inferSeverity } from '../skills/severity-skills.ts';
import { benignTextLine, fragmentLine } from './bench-adversarial.ts';

describe('the adversarial bench row for text', () => {
  const body = fragmentLine(8192, []);

  it('writes benign lines that state a level, are watched, keep their length and match no failure (the check can fail)', () => {
    const line = benignTextLine(body);
    expect(line).toHaveLength(body.length);
    expect(inferSeverity(line)).toBe('ERROR');
    expect(classifyLogRecord({ severity: inferSeverity(line), message: line })).toBeNull();
    // The same fragments with no level, or with words no severity rule reads as one, are not watched.
    expect(inferSeverity(body)).toBe('INFO');
    expect(inferSeverity(benignTextLine(body, 'NOTE  '))).toBe('INFO');
  });
});
