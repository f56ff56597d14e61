// README.md's command reference as data, for the documentation tests: its rows (command, exit
// code, what it needs), package.json's npm scripts, and each row's command as it is run.
// docs/command-reference.test.ts checks the table; docs/docs.test.ts runs its rows in a fresh
// copy of the repository and checks the coding-agent tool policy against it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';

const README = join(PROJECT_ROOT, 'README.md');

/** What a command needs beyond the repository; anything but "-" keeps it out of the run. */
const NEEDS = ['-', 'cluster', 'network', 'long run'] as const;
export type Need = (typeof NEEDS)[number];

export interface CommandRow {
  command: string;
  exit: string;
  needs: Need;
}

/** Cells of one table row, split on pipes that are not escaped (`\|` stays in the cell). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** The rows of the table under `## Command reference`. */
export function commandTable(markdown: string): CommandRow[] {
  const start = markdown.indexOf('\n## Command reference\n');
  if (start === -1) throw new Error('README.md has no "## Command reference" section');
  const rest = markdown.slice(start + 1);
  const next = rest.indexOf('\n## ', 1);
  const section = next === -1 ? rest : rest.slice(0, next);
  const lines = section.split('\n').filter((l) => l.trim().startsWith('|'));
  const [header, , ...body] = lines;
  if (header === undefined) throw new Error('the command reference has no table');
  const names = cells(header).map((h) => h.toLowerCase());
  const at = (name: string) => {
    const i = names.indexOf(name);
    if (i === -1) throw new Error(`the command reference has no "${name}" column`);
    return i;
  };
  const [ci, ei, ni] = [at('command'), at('exit'), at('needs')];
  return body.map((line) => {
    const row = cells(line);
    const code = /^`(.+)`$/.exec(row[ci] ?? '');
    if (!code?.[1]) throw new Error(`command cell is not one code span: ${line}`);
    const needs = row[ni] ?? '';
    if (!(NEEDS as readonly string[]).includes(needs)) throw new Error(`unknown needs "${needs}" in: ${line}`);
    return { command: code[1].replaceAll('\\|', '|'), exit: row[ei] ?? '', needs: needs as Need };
  });
}

export const ROWS = commandTable(readFileSync(README, 'utf8'));
export const RUNNABLE = ROWS.filter((row) => row.needs === '-');

export interface Script {
  name: string;
  /** What npm runs for it, from package.json. */
  body: string;
  /** The entry file the script starts, when it is `node [--flag ...] FILE.ts ...`. */
  file: string | undefined;
}

export const SCRIPTS: Script[] = Object.entries(
  (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
).map(([name, body]) => ({ name, body, file: /^node (?:--\S+ )*(\S+\.ts)\b/.exec(body)?.[1] }));

export const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const NPM_RUN = /(^|\s)npm run (\S+)(?: --(?=\s|$))?/;

/**
 * The documented commands as they are run: the first command that runs an npm script goes
 * through npm, which proves package.json's wiring of that script; later commands that run the
 * same script run its body from package.json directly, as npm would (arguments after `--` are
 * appended), which spares starting npm for each of them.
 */
export function commandsToRun(rows: readonly CommandRow[], scripts: readonly Script[]): string[] {
  const throughNpm = new Set<string>();
  return rows.map((row) => {
    const m = NPM_RUN.exec(row.command);
    const script = m ? scripts.find((s) => s.name === m[2]) : undefined;
    if (!m || !script || !throughNpm.has(script.name)) {
      if (script) throughNpm.add(script.name);
      return row.command;
    }
    return `${row.command.slice(0, m.index)}${m[1]}${script.body}${row.command.slice(m.index + m[0].length)}`;
  });
}
