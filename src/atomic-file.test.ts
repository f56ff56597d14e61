import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonArrayWriter, openAtomic } from './atomic-file.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ghost-atomic-'));

describe('atomic file', () => {
  it('shows nothing at the final path until commit', async () => {
    const dir = tempDir();
    const file = await openAtomic(join(dir, 'out.json'));
    await file.write('partial');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    await file.commit();
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('partial');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('removes the temporary file on abort and keeps the old output', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.json'), 'old');
    const file = await openAtomic(join(dir, 'out.json'));
    await file.write('new');
    await file.abort();
    await file.abort();
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old');
  });

  it('creates the folders the output needs', async () => {
    const dir = tempDir();
    const file = await openAtomic(join(dir, 'a', 'b', 'out.json'));
    await file.commit();
    expect(existsSync(join(dir, 'a', 'b', 'out.json'))).toBe(true);
  });

  it('lays out a streamed array exactly as JSON.stringify with a two-space indent', async () => {
    const dir = tempDir();
    const values = [{ a: 1, b: { c: [1, 2], d: {} } }, 'x', [], { e: 'line\nbreak' }];
    const file = await openAtomic(join(dir, 'out.json'));
    const writer = new JsonArrayWriter(file);
    for (const v of values) await writer.add(v);
    await writer.end();
    await file.commit();
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(`${JSON.stringify(values, null, 2)}\n`);
  });
});
