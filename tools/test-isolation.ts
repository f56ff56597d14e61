// The test files share their worker processes (vitest's `isolate: false` in vitest.config.ts):
// a file that mocks a module, stubs a global or the environment, or changes the working
// directory would leak that into the files run after it in the same process. This names them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTestFile, projectFiles } from './project-files.ts';

/** What a test file must not do when files share a process, and how each is spelled. */
export const SHARED_STATE_WRITES: ReadonlyArray<readonly [string, RegExp]> = [
  // vi.mock is hoisted over the whole file; vi.doMock is fine when the file undoes it.
  ['mocks a module', /\bvi\.(?:mock|hoisted)\s*\(/],
  ['mocks a module without undoing it', /\bvi\.doMock\s*\((?![\s\S]*\bvi\.doUnmock\s*\()/],
  ['stubs a global or the environment', /\bvi\.(?:stubGlobal|stubEnv)\s*\(/],
  ['spies on a shared object', /\bvi\.spyOn\s*\(/],
  ['writes the environment', /\bprocess\.env(?:\.\w{1,64}|\[[^\]\n]{1,200}\])[ \t]{0,8}(?:=(?!=)|\?\?=|\|\|=)|\bdelete[ \t]{1,8}process\.env\b/],
  ['changes the working directory', /\bprocess\.chdir\s*\(/],
  ['writes a global', /\bglobalThis\.\w+\s*=(?!=)/],
];

/** `file: what it does` for each test text that writes state the next file would see. */
export function sharedStateWrites(files: ReadonlyArray<readonly [string, string]>): string[] {
  return files.flatMap(([file, text]) => SHARED_STATE_WRITES.filter(([, re]) => re.test(text)).map(([what]) => `${file}: ${what}`));
}

/** The project's test files with their text. */
export function testFiles(root: string): Array<[string, string]> {
  return projectFiles(root, isTestFile).map((f) => [f, readFileSync(join(root, f), 'utf8')]);
}
