// What the hardening tests share (src/hardening.test.ts and src/hardening-databases.test.ts):
// a fresh temporary folder, the check that a refusal is one stderr line, and a log record.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliResult } from './run-cli.ts';

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'ghost-hardening-'));

/** The run ended with `code` and exactly one stderr line containing `names`: no hang, no stack trace. */
export function expectOneLine(run: CliResult, code: number, names: string): void {
  expect(run.signal, 'hung').toBeNull();
  expect(run.stderr).not.toContain('\n    at ');
  expect(run.stderr.endsWith('\n') && run.stderr.indexOf('\n') === run.stderr.length - 1, `one line: ${run.stderr}`).toBe(true);
  expect(run.stderr).toContain(names);
  expect(run.code).toBe(code);
}

/** A log record the watcher reads as an OOM kill. */
export const OOM_LINE = { severity: 'ERROR', service: 'app-service', message: 'OOMKilled: container exceeded memory limit 512Mi' };
