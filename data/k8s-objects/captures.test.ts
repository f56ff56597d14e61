// The real captures: every one read without error or unreadable record, healthy objects
// quiet, and the recall per class that docs/DETECTION.md reports.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { runCli } from '../../src/run-cli.ts';
import { scoreCaptures } from '../../tools/score-captures.ts';

const MANIFEST = join(PROJECT_ROOT, 'data', 'k8s-objects', 'labels.json');

/** The manifest with one capture's expectations replaced, next to the real files. */
function manifestWith(file: string, expect: Record<string, string>): string {
  const data = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { captures: Array<{ file: string; expect: Record<string, string> }> };
  const dir = mkdtempSync(join(tmpdir(), 'ghost-captures-'));
  for (const c of data.captures) {
    c.file = join(PROJECT_ROOT, 'data', 'k8s-objects', c.file);
    if (c.file.endsWith(file)) c.expect = expect;
  }
  const path = join(dir, 'labels.json');
  writeFileSync(path, JSON.stringify(data));
  return path;
}

describe('real cluster captures', () => {
  it('are all read, healthy ones raise no alarm, and recall per class is as documented', async () => {
    const report = await scoreCaptures(MANIFEST);
    expect(report.false_alarms).toBe(0);
    const recall = Object.fromEntries(
      Object.entries(report.per_class)
        .filter(([, c]) => c.lines > 0)
        .map(([type, c]) => [type, `${c.found}/${c.lines}`]),
    );
    expect(recall).toEqual({
      CrashLoopBackOff: '3/3',
      ImagePullBackOff: '1/1',
      ReplicaMismatch: '1/1',
      PodDown: '1/1',
      StartupProbeFailed: '0/1',
    });
    expect(report.healthy).toBe(26);
  });

  it('the false-alarm bar fails when a failing capture is labelled healthy', async () => {
    const wrong = manifestWith('gitops-engine/pod-crashloop.json', {});
    expect((await scoreCaptures(wrong)).false_alarms).toBe(1);
    const [good, bad] = await Promise.all([
      runCli('tools/score-captures.ts', ['--max-fp', '0', MANIFEST]),
      runCli('tools/score-captures.ts', ['--max-fp', '0', wrong]),
    ]);
    expect(good.code).toBe(0);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('1 false alarms, more than 0');
  });

  it('a capture that cannot be read fails the run with its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-captures-'));
    writeFileSync(join(dir, 'cm.json'), JSON.stringify({ kind: 'ConfigMap', metadata: { name: 'c' } }));
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ captures: [{ file: 'cm.json', expect: {} }] }));
    await expect(scoreCaptures(join(dir, 'labels.json'))).rejects.toThrow(/cm\.json.*kind ConfigMap has no rules/);
  });
});
