// The project's own TypeScript files, for the tools that read the source (the layer check, the
// ReDoS sweep, the test-isolation check): one walk, past dependencies, hidden folders and the
// benchmark's output.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'bench-out']);

/** A source file: TypeScript, not a test, not a declaration file. */
export const isSourceFile = (name: string): boolean => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');

/** A test file. */
export const isTestFile = (name: string): boolean => name.endsWith('.test.ts');

/** Project-relative paths (forward slashes, sorted) of the files whose name `keep` accepts. */
export function projectFiles(root: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path);
      } else if (keep(entry.name)) found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return found.sort();
}
