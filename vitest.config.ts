import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable report through GHOST_TEST_REPORT so it can print totals.
const report = process.env['GHOST_TEST_REPORT'];

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
