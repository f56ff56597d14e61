import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// node:sqlite and .ts child processes need the project's Node (24, from `npm ci`); a bare
// `vitest` found through /usr/bin/env may pick an older system Node instead.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  throw new Error(
    `Tests need Node >= 22.13 and this is ${process.version}: run them with \`npm test\` (or \`npx vitest\`), which use the project's Node 24.`,
  );
}

// Most process tests start the project's own .ts entries: Node's compile cache keeps what it
// compiled (type stripping included, checked against each file's contents) for the next
// process, which starts in a third of the CPU time. Children inherit it through the environment.
process.env['NODE_COMPILE_CACHE'] ??= fileURLToPath(new URL('./node_modules/.cache/node-compile-cache', import.meta.url));

// CI asks for a machine-readable report through GHOST_TEST_REPORT so it can print totals.
const report = process.env['GHOST_TEST_REPORT'];

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    // One test file more than there are cores: vitest's default keeps a core for itself, but its
    // main process is mostly idle, and many tests wait on the processes they start, so one more
    // file keeps the cores busy while another waits.
    maxWorkers: availableParallelism() + 1,
    // Test files share their worker processes instead of each starting its own module graph:
    // no test file writes state the next would see (tools/test-isolation.test.ts checks it),
    // and the suite spends about a tenth less CPU.
    isolate: false,
    // Transformed test and source files are kept on disk between runs (keyed by each file's
    // contents and the configuration), so a run after an edit transforms only what changed.
    experimental: { fsModuleCache: true },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
