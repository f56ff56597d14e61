// Ground truth as a unit: labels read from records, entries checked with the place named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groundTruthEntry, groundTruthFromLabels, labelOf, labelledClass, loadGroundTruth, parseGroundTruth } from './ground-truth.ts';

describe('ground truth', () => {
  it('reads a label only from labels.reason as a string', () => {
    expect(labelOf({ labels: { reason: 'OOMKilled' } })).toBe('OOMKilled');
    expect(labelOf({ labels: ['OOMKilled'] } as never)).toBeUndefined();
    expect(labelOf({ labels: { reason: 1 } } as never)).toBeUndefined();
    expect(labelOf({})).toBeUndefined();
  });

  it('turns labelled failures into entries with the expected heal, skipping healthy and unlabelled', () => {
    const records = [{ labels: { reason: 'healthy' } }, {}, { labels: { reason: 'OOMKilled' } }];
    const entries = groundTruthFromLabels('f', records);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ index: 2, failure_type: 'OOMKilled' });
    expect(groundTruthEntry(0, records[0]!)).toBeNull();
  });

  it('refuses a label that is neither a class nor healthy, naming the file and record', () => {
    expect(() => labelledClass('caps.json', 4, { labels: { reason: '__proto__' } })).toThrow(/caps\.json: record 4: label "__proto__"/);
  });

  it('checks a parsed document, naming the entry that is wrong', () => {
    expect(() => parseGroundTruth('gt.json', {})).toThrow(/must be a JSON array/);
    expect(() => parseGroundTruth('gt.json', [{ index: 0, failure_type: 'Bogus' }])).toThrow(/gt\.json.*entry 0/);
  });

  it('reads a file with a byte-order mark, and names a missing or empty one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-gt-'));
    try {
      const file = join(dir, 'gt.json');
      writeFileSync(file, '\ufeff[]');
      expect(await loadGroundTruth(file)).toEqual([]);
      writeFileSync(file, ' ');
      await expect(loadGroundTruth(file)).rejects.toThrow(/empty file/);
      await expect(loadGroundTruth(join(dir, 'nope.json'))).rejects.toThrow(/no such file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
