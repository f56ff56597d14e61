// The TypeScript compiler API for the tools that read the project's source. typescript is
// CommonJS with no `type` in its package.json: imported as a module, Node first parses all of
// its 9 MB to tell which kind it is (about a tenth of a second a process, which no compile cache
// saves); required, it is compiled (and cached) as CommonJS directly.
import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

export type { TypeScript };
export const ts: typeof TypeScript = createRequire(import.meta.url)('typescript');
