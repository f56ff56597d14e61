// Test files may share a process (vitest.config.ts): none writes state the next one would see.
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';
import { sharedStateWrites, testFiles } from './test-isolation.ts';

// The patterns below are split so this file does not hold them itself.
const call = (name: string, args: string) => `vi.${name}(${args})`;

describe('test files that share a process', () => {
  it('finds every test file, and none that writes shared state', () => {
    const files = testFiles(PROJECT_ROOT);
    expect(files.length).toBeGreaterThan(50);
    expect(sharedStateWrites(files.filter(([f]) => f !== 'tools/test-isolation.test.ts'))).toEqual([]);
  });

  it.each([
    [call('mock', "'../src/clock.ts'"), 'mocks a module'],
    [call('doMock', "'../src/clock.ts', () => ({}))"), 'mocks a module without undoing it'],
    [call('stubEnv', "'TZ', 'UTC'"), 'stubs a global or the environment'],
    ["process.env['GHOST_X'] = '1';", 'writes the environment'],
    ['process.env.TZ ??= "UTC";', 'writes the environment'],
    ["process.chdir('/tmp');", 'changes the working directory'],
    ['globalThis.fetch = stub;', 'writes a global'],
  ])('names a file that does it: %s', (text, what) => {
    expect(sharedStateWrites([['a.test.ts', `const x = 1;\n${text}\n`]])).toEqual([`a.test.ts: ${what}`]);
  });

  it('lets a file mock a module for one test when it undoes the mock', () => {
    const text = `${call('doMock', "'../src/clock.ts', () => ({}))")};\ntry {} finally { ${call('doUnmock', "'../src/clock.ts'")}; }\n`;
    expect(sharedStateWrites([['a.test.ts', text]])).toEqual([]);
  });

  it('reads a comparison or a read of the environment as no write', () => {
    expect(sharedStateWrites([['a.test.ts', "if (process.env['CI'] === '1') {}\nconst cwd = process.cwd();\n"]])).toEqual([]);
  });
});
