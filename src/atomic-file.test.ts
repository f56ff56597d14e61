import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonArrayWriter, openAtomic, openAtomicFolder } from './atomic-file.ts';

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

  it('refuses a symbolic link at the output path before creating anything', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.json'), 'keep');
    symlinkSync(join(dir, 'target.json'), join(dir, 'out.json'));
    await expect(openAtomic(join(dir, 'out.json'))).rejects.toThrow(/out\.json: is a symbolic link/);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'target.json']);
  });

  it('refuses a file that appeared at the output path while it was being written', async () => {
    const dir = tempDir();
    const file = await openAtomic(join(dir, 'out.json'));
    await file.write('new');
    writeFileSync(join(dir, 'out.json'), 'theirs');
    chmodSync(join(dir, 'out.json'), 0o444);
    await expect(file.commit()).rejects.toThrow(/is read-only/);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('keeps the mode of the file it replaces', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.json'), 'old');
    chmodSync(join(dir, 'out.json'), 0o600);
    const file = await openAtomic(join(dir, 'out.json'));
    await file.commit();
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(0o600);
  });

  it('removes open temporary files and folders on a signal, leaving the exit to a command that handles the signal itself', async () => {
    const dir = tempDir();
    // A listener of the command's own (as observe --follow has) keeps the process alive here;
    // without one the handler re-raises the signal and the process ends as it would have.
    const own = () => {};
    process.on('SIGTERM', own);
    try {
      const file = await openAtomic(join(dir, 'out.json'));
      await file.write('partial');
      const folder = await openAtomicFolder(join(dir, 'run'));
      await folder.writeFile('a.txt', 'partial');
      expect(readdirSync(dir)).toHaveLength(2);
      process.emit('SIGTERM', 'SIGTERM');
      expect(readdirSync(dir)).toEqual([]);
      expect(process.listenerCount('SIGTERM')).toBe(1);
      await file.abort();
      await folder.abort();
    } finally {
      process.off('SIGTERM', own);
    }
  });

  it('stops listening for signals once no temporary file is open', async () => {
    const before = process.listenerCount('SIGINT');
    const file = await openAtomic(join(tempDir(), 'out.json'));
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    await file.commit();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
