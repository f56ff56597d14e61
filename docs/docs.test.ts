// The documentation is tested like code: every command README.md's command reference lists
// runs in a fresh copy of the repository and must exit as documented, and the coding-agent
// tool policy allows only what the repository and the command reference hold. The table
// itself is checked in docs/command-reference.test.ts, the Markdown links in docs/links.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';
import { runProcess, type CliResult } from '../src/run-cli.ts';
import { SEED_FILE_NAMES } from '../data/seed-datasets.ts';
import { commandsToRun, escapeRe, RUNNABLE, SCRIPTS } from '../tools/readme-commands.ts';

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
