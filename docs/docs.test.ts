// The documentation is tested like code: every command README.md's command reference lists
// runs in a fresh copy of the repository and must exit as documented, and every relative
// link in the committed Markdown must lead to a file (and heading) that exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';
import { runInProcess, runProcess, type CliResult } from '../src/run-cli.ts';
import { SEED_FILE_NAMES } from '../data/seed-datasets.ts';

const README = join(PROJECT_ROOT, 'README.md');

/** What a command needs beyond the repository; anything but "-" keeps it out of the run. */
const NEEDS = ['-', 'cluster', 'network', 'long run'] as const;
type Need = (typeof NEEDS)[number];

export interface CommandRow {
  command: string;
  exit: string;
  needs: Need;
}

/** The commands the table marks as not runnable here, by what they need. */
const EXPECTED_SKIPS: Readonly<Record<Exclude<Need, '-'>, readonly string[]>> = {
  network: ['npm ci'],
  'long run': ['npm test', 'npm run check:redos -- --refresh', 'npm run harness:seeds', 'npm run bench', 'npm run bench -- --records 200000 --small 20000 --out bench-out --keep', 'npm run bench -- --adversarial-only', 'npm run bench -- --line-cost'],
  cluster: [
    'npm run collect -- --context kind-ghost-lab',
    'npm run lab:bootstrap',
    'npm run lab:inject -- --cluster ghost-lab --namespace ghost-lab',
    'npm run lab:collect',
    'kind delete cluster --name ghost-lab',
  ],
};

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

const ROWS = commandTable(readFileSync(README, 'utf8'));
const RUNNABLE = ROWS.filter((row) => row.needs === '-');

interface Script {
  name: string;
  /** What npm runs for it, from package.json. */
  body: string;
  /** The entry file the script starts, when it is `node [--flag ...] FILE.ts ...`. */
  file: string | undefined;
}

const SCRIPTS: Script[] = Object.entries(
  (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
).map(([name, body]) => ({ name, body, file: /^node (?:--\S+ )*(\S+\.ts)\b/.exec(body)?.[1] }));

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does `command` run npm script `name` (`npm test` for test)? */
function runsScript(command: string, name: string): boolean {
  if (name === 'test' && /(^|\s)npm test(\s|$)/.test(command)) return true;
  return new RegExp(`(^|\\s)npm run ${escapeRe(name)}(\\s|$)`).test(command);
}

/** Long flags an entry's --help names on its usage line and its option lines. */
function helpFlags(help: string): string[] {
  const flags = new Set<string>();
  for (const line of help.split('\n')) {
    const optionLine = /^\s+(?:-\w,\s*)?(--[a-z][a-z-]*)/.exec(line);
    if (optionLine?.[1]) flags.add(optionLine[1]);
    if (line.startsWith('Usage:')) for (const m of line.matchAll(/--[a-z][a-z-]*/g)) flags.add(m[0]);
  }
  flags.delete('--help');
  return [...flags].sort();
}

const NPM_RUN = /(^|\s)npm run (\S+)(?: --(?=\s|$))?/;

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

describe('the command reference in README.md', () => {
  it('lists commands, each with an exit code and what it needs', () => {
    expect(ROWS.length).toBeGreaterThan(30);
    for (const row of RUNNABLE) expect(row.exit, row.command).toMatch(/^\d+$/);
  });

  it('skips exactly the commands marked as needing a cluster, the network or a long run', () => {
    const skipped = ROWS.filter((row) => row.needs !== '-');
    const byNeed = (need: Exclude<Need, '-'>) => skipped.filter((r) => r.needs === need).map((r) => r.command).sort();
    for (const need of Object.keys(EXPECTED_SKIPS) as Array<Exclude<Need, '-'>>) {
      expect(byNeed(need), need).toEqual([...EXPECTED_SKIPS[need]].sort());
    }
    expect(skipped.map((r) => r.command)).toEqual(expect.arrayContaining(['npm test', 'npm run bench']));
  });

  it('marks every collect, lab and kind command that would reach a cluster, and runs every --print variant', () => {
    for (const row of ROWS) {
      const touchesCluster = /(^|\s)(npm run (collect|lab:\w+)|kind)(\s|$)/.test(row.command);
      if (!touchesCluster) continue;
      const printOnly = /\s--print(\s|$)/.test(row.command);
      const refusedEarly = row.exit !== '0';
      expect(row.needs, row.command).toBe(printOnly || refusedEarly ? '-' : 'cluster');
    }
  });

  it('runs each npm script through npm once, and its body from package.json after that', () => {
    const scripts: Script[] = [
      { name: 'observe', body: 'node --max-semi-space-size=4 adapters/observe.ts', file: 'adapters/observe.ts' },
      { name: 'seed', body: 'node data/seed.ts', file: 'data/seed.ts' },
    ];
    const rows = ['npm run observe -- a.json', "printf 'x\\n' | npm run observe -- --format text -", 'npm run seed', 'npm run seed -- --seed 7', 'npm run observed'];
    expect(commandsToRun(rows.map((command) => ({ command, exit: '0', needs: '-' })), scripts)).toEqual([
      'npm run observe -- a.json',
      "printf 'x\\n' | node --max-semi-space-size=4 adapters/observe.ts --format text -",
      'npm run seed',
      'node data/seed.ts --seed 7',
      'npm run observed',
    ]);
    // Every script a runnable command names goes through npm at least once.
    const viaNpm = commandsToRun(RUNNABLE, SCRIPTS).filter((c) => NPM_RUN.test(c)).map((c) => NPM_RUN.exec(c)?.[2]);
    const named = RUNNABLE.flatMap((row) => NPM_RUN.exec(row.command)?.[2] ?? []);
    expect(new Set(viaNpm)).toEqual(new Set(named));
  });

  it('covers every npm script', () => {
    const missing = SCRIPTS.filter((s) => !ROWS.some((row) => runsScript(row.command, s.name))).map((s) => s.name);
    expect(missing).toEqual([]);
  });

  it.each(SCRIPTS.filter((s) => s.file !== undefined).map((s) => [s.name, s.file as string] as const))(
    'shows every flag that `npm run %s` (%s) accepts',
    async (_name, file) => {
      // The help text is the subject here (each entry also runs as a process in the rows below).
      const help = await runInProcess(file, ['--help']);
      expect(help.code).toBe(0);
      const scripts = SCRIPTS.filter((s) => s.file === file).map((s) => s.name);
      const rows = ROWS.filter((row) => row.command.includes(file) || scripts.some((name) => runsScript(row.command, name)));
      const shown = new Set(rows.flatMap((row) => row.command.match(/--[a-z][a-z-]*/g) ?? []));
      const unshown = helpFlags(help.stdout).filter((flag) => !shown.has(flag));
      expect(unshown).toEqual([]);
    },
  );
});

/** A glob of the tool policy as a regular expression: `**` spans folders, `*` and `?` do not. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

/** Files of the repository: tracked, new and not ignored, and the datasets the seed writes. */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return [...listed.split('\0').filter((f) => f !== ''), ...SEED_FILE_NAMES.map((name) => `data/${name}`)];
}

interface ToolPolicy {
  read_globs: string[];
  write_globs: string[];
  shell_allowlist: string[];
}

describe('the coding-agent tool policy', () => {
  const policy = JSON.parse(readFileSync(join(PROJECT_ROOT, 'integrations/hermes/TOOL_POLICY.json'), 'utf8')) as ToolPolicy;
  const files = repositoryFiles();

  it('has read and write globs that each match a file of the repository', () => {
    const unmatched = [...policy.read_globs, ...policy.write_globs].filter((glob) => {
      const re = globRegExp(glob);
      return !files.some((file) => re.test(file));
    });
    expect(unmatched).toEqual([]);
  });

  it('lets agents write only where they may also read', () => {
    const readable = policy.read_globs.map(globRegExp);
    const writableFiles = files.filter((file) => policy.write_globs.some((glob) => globRegExp(glob).test(file)));
    expect(writableFiles.filter((file) => !readable.some((re) => re.test(file)))).toEqual([]);
  });

  it('allows only commands the README documents as needing nothing, besides vitest and read-only git', () => {
    const documented = new Set(RUNNABLE.map((row) => row.command));
    const general = /^(npx vitest run( docs)?|git (status|diff|log --oneline))$/;
    const undocumented = policy.shell_allowlist.filter((cmd) => !documented.has(cmd) && !general.test(cmd) && cmd !== 'npm ci' && cmd !== 'npm test');
    expect(undocumented).toEqual([]);
  });
});

/**
 * `bash -c command` in `cwd`, with the copy's Node first on PATH. A compile cache of its own
 * (`compileCache`, when given) serves the copy's commands: they share what Node compiled of
 * the copy's files, and the copy's paths stay out of the project's cache.
 */
function bash(command: string, cwd: string, timeoutMs: number, compileCache?: string): Promise<CliResult> {
  const env = {
    ...process.env,
    PATH: `${join(cwd, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
    ...(compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}),
  };
  return runProcess('bash', ['-c', command], { cwd, env, timeoutMs });
}

const COMMAND_TIMEOUT_MS = 240_000;

/** Where `npm run typecheck` keeps what it checked: tsconfig's tsBuildInfoFile (ignored by git). */
const TYPE_CHECK_RECORD = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { tsBuildInfoFile: string } })
  .compilerOptions.tsBuildInfoFile;

/**
 * The project's type-check record, made to serve the copy: tsc names each file by its path
 * relative to the record and keeps a hash of its text, and re-checks a file (and what depends on
 * it) when the hash differs, so the copy's check re-checks only what differs from the project's
 * last check. The copy's own files keep their relative paths; the packages, reached through the
 * copy's node_modules link, tsc names by their real path (`packages`, relative to the copy).
 */
function typeCheckRecordFor(record: string, packages: string): string {
  const info = JSON.parse(record) as { fileNames?: unknown };
  if (!Array.isArray(info.fileNames)) throw new Error(`${TYPE_CHECK_RECORD}: no fileNames list`);
  info.fileNames = info.fileNames.map((name: unknown) =>
    typeof name === 'string' && name.startsWith('./node_modules/') ? `${packages}/${name.slice('./node_modules/'.length)}` : name,
  );
  return JSON.stringify(info);
}
// Paths outside the copy that documented commands write; removed afterwards if the run made them.
const OUTSIDE_PATHS = ['/tmp/ghost-seed-7'];

describe("the copy's type-check record", () => {
  it("names the packages by the copy's way to them and the copy's own files as they are", () => {
    const record = JSON.stringify({
      fileNames: ['./node_modules/typescript/lib/lib.es5.d.ts', './src/paths.ts', './node_modules/@types/node/fs.d.ts'],
      fileInfos: [{ version: 'a' }, { version: 'b' }, { version: 'c' }],
    });
    const seeded = JSON.parse(typeCheckRecordFor(record, '../../work/main/node_modules'));
    expect(seeded.fileNames).toEqual([
      '../../work/main/node_modules/typescript/lib/lib.es5.d.ts',
      './src/paths.ts',
      '../../work/main/node_modules/@types/node/fs.d.ts',
    ]);
    expect(seeded.fileInfos).toEqual([{ version: 'a' }, { version: 'b' }, { version: 'c' }]);
  });

  it('refuses a record without a list of files', () => {
    expect(() => typeCheckRecordFor('{"version":"5.9.3"}', '../x')).toThrow('.tsbuildinfo: no fileNames list');
  });
});

describe('each documented command, run in a fresh copy of the repository', () => {
  let copy = '';
  let compileCache = '';
  let madeOutside: string[] = [];

  beforeAll(async () => {
    madeOutside = OUTSIDE_PATHS.filter((p) => !existsSync(p));
    copy = mkdtempSync(join(tmpdir(), 'ghost-docs-'));
    compileCache = mkdtempSync(join(tmpdir(), 'ghost-docs-compile-cache-'));
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0');
    for (const file of tracked) {
      const from = join(PROJECT_ROOT, file);
      if (file === '' || !existsSync(from)) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(from, join(copy, file));
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const record = join(PROJECT_ROOT, TYPE_CHECK_RECORD);
    if (existsSync(record)) {
      const packages = relative(copy, realpathSync(join(PROJECT_ROOT, 'node_modules')));
      writeFileSync(join(copy, TYPE_CHECK_RECORD), typeCheckRecordFor(readFileSync(record, 'utf8'), packages));
    }
    const seeded = await bash('npm run seed', copy, COMMAND_TIMEOUT_MS, compileCache);
    expect(seeded.code, seeded.stderr).toBe(0);
  }, COMMAND_TIMEOUT_MS);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    if (compileCache) rmSync(compileCache, { recursive: true, force: true });
    for (const path of madeOutside) rmSync(path, { recursive: true, force: true });
  });

  // Commands that run until a timer interrupts them, and commands that read only files of the
  // repository and write nothing another row reads (the type check, the scorers, --print and
  // --help), start as soon as the copy is seeded and run beside the others, two at a time;
  // each is still checked in its row.
  const AS_RUN = commandsToRun(RUNNABLE, SCRIPTS);
  const early = new Map<string, Promise<CliResult>>();
  const runRow = (i: number): Promise<CliResult> =>
    early.get(RUNNABLE[i]!.command) ?? bash(AS_RUN[i]!, copy, COMMAND_TIMEOUT_MS, compileCache);
  const READS_ONLY = new RegExp(
    [
      /^npm run (?:typecheck$|score(?::realworld|:captures)?(?: |$)|ghost -- (?:--help|frobnicate)$|\S+ -- --print(?: |$))/.source,
      // Tracked fixtures or standard input in, standard output out.
      /^npm run observe -- (?:--format jsonl )?data\/k8s-objects\//.source,
      /^(?:cat data\/k8s-objects\/[^|]*|printf [^|]*) \| npm run (?:observe|lab-run -- --dry-run) (?:-- )?[^|>]*-$/.source,
      /^npm run (?:collect -- --run-id \.\.\/outside|check:redos -- --verdicts README\.md)$/.source,
    ].join('|'),
  );
  beforeAll(() => {
    // Two lanes, each running its rows one after another: the early rows add at most two
    // processes at a time. A row's own result (or failure) is what its row checks.
    const lanes: Array<Promise<unknown>> = [Promise.resolve(), Promise.resolve()];
    let queued = 0;
    RUNNABLE.forEach((row, i) => {
      const start = () => bash(AS_RUN[i]!, copy, COMMAND_TIMEOUT_MS, compileCache);
      if (/^timeout /.test(row.command)) early.set(row.command, start());
      else if (READS_ONLY.test(row.command)) {
        const lane = queued++ % lanes.length;
        const run = lanes[lane]!.then(start);
        lanes[lane] = run.catch(() => undefined);
        early.set(row.command, run);
      }
    });
  });

  it.each(RUNNABLE.map((row, i) => [row.command, Number(row.exit), i] as const))(
    'runs `%s` and exits %i',
    async (command, exit, i) => {
      const ran = await runRow(i);
      const tail = (text: string) => text.slice(-3000);
      expect(ran.code, `${command}\nsignal: ${ran.signal}\nstdout:\n${tail(ran.stdout)}\nstderr:\n${tail(ran.stderr)}`).toBe(exit);
    },
    COMMAND_TIMEOUT_MS,
  );
});

/** Markdown files in the repository: committed, plus new ones not ignored. */
function markdownFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.md'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return [...new Set(listed.split('\0').filter((f) => f !== '' && existsSync(join(PROJECT_ROOT, f))))].sort();
}

/** Markdown with fenced blocks and code spans blanked, so only real links remain. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

/** The anchors GitHub gives a file's headings. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const stripped = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of stripped.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (m[1] ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

interface Link {
  from: string;
  target: string;
}

function relativeLinks(file: string): Link[] {
  const text = withoutCode(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] ?? ''),
  ];
  return targets
    .filter((t) => t !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(t))
    .map((target) => ({ from: file, target }));
}

describe('links in the Markdown files', () => {
  const files = markdownFiles();

  it('finds the documentation to check', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/DETECTION.md', 'docs/GOVERNANCE.md']));
  });

  it.each(files)('every relative link in %s points at a file that exists', (file) => {
    const broken: string[] = [];
    for (const { target } of relativeLinks(file)) {
      const [pathPart = '', fragment] = target.split('#', 2);
      const path = decodeURIComponent(pathPart);
      const resolved = path === '' ? join(PROJECT_ROOT, file) : resolve(PROJECT_ROOT, dirname(file), path);
      if (!resolved.startsWith(PROJECT_ROOT) || !existsSync(resolved)) {
        broken.push(`${target} (no such file: ${relative(PROJECT_ROOT, resolved)})`);
        continue;
      }
      if (fragment && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).has(fragment)) {
        broken.push(`${target} (no heading with anchor #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
