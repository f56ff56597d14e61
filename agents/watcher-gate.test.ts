// The watcher's reader gate: the phrase tables' one scan of a line also looks for each field
// reader's marks, and only the readers whose marks it found run. Shown here to classify every
// real-world line exactly as the readers run ungated would, and the comparison to catch a gate
// that shuts a reader out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine } from './watcher.ts';
import { FIELD_TABLES, judgeFields, judgeKlogSpeaker, judgeProcessExit } from '../skills/field-judge.ts';
import { classifyMaskedMessage, maskedVerdict, newReaderGate, scanMessage, scannedVerdict } from '../skills/watcher-skills.ts';
import { READER_GATE_INDEX } from '../src/line-formats/reader-marks.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

function realWorldLines(): string[] {
  const dir = join(PROJECT_ROOT, 'data', 'realworld');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ message: string }>).map((r) => r.message));
}
const LINES = realWorldLines();

/** The watcher's verdict with every reader run, whatever the line holds. */
function ungated(line: string): string | null {
  const fields = judgeFields(line);
  if (fields !== null) return fields.failure;
  return classifyMaskedMessage(line) ?? judgeKlogSpeaker(line) ?? judgeProcessExit(line);
}

/** Lines `classify` judges otherwise than the ungated readers. */
const differing = (classify: (line: string) => string | null): string[] => LINES.filter((line) => classify(line) !== ungated(line));

describe("the watcher's reader gate", () => {
  it('classifies every real-world line as the readers run ungated would', () => {
    expect(LINES.length).toBeGreaterThan(5000);
    expect(differing(classifyLine)).toEqual([]);
  });

  it('the comparison catches a gate that shuts a reader out of lines it reads (the check can fail)', () => {
    const gate = newReaderGate();
    const shutPodRows = (line: string): string | null => {
      scanMessage(line, gate);
      gate[READER_GATE_INDEX.podRow] = 0;
      const fields = judgeFields(line, FIELD_TABLES, gate);
      if (fields !== null) return fields.failure;
      return maskedVerdict(line, scannedVerdict()) ?? judgeKlogSpeaker(line);
    };
    expect(differing(shutPodRows).length).toBeGreaterThan(10);
  });
});
