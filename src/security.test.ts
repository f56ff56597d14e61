// Static checks over the project's own TypeScript: no code built from strings, no shell, no
// secrets read from the environment; and the tool policy keeps secrets and the results database
// out of reach. The checks walk the syntax tree, so comments and strings never trip them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths.ts';
import { POLICY_PATH } from '../integrations/validate.ts';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

function projectSources(dir: string = PROJECT_ROOT): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...projectSources(join(dir, entry.name)));
    } else if (entry.isFile() && entry.name.endsWith('.ts')) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

interface Finding {
  file: string;
  line: number;
  what: string;
}

type Check = (node: ts.Node, report: (node: ts.Node, what: string) => void) => void;

let parsed: Array<{ path: string; source: ts.SourceFile }> | undefined;

/** The project's sources, parsed once for every check of this file. */
function parsedSources(): Array<{ path: string; source: ts.SourceFile }> {
  parsed ??= projectSources().map((path) => ({ path, source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true) }));
  return parsed;
}

/** Every finding of `check` across the project, as "file:line: what". */
function scan(check: Check): string[] {
  const findings: Finding[] = [];
  for (const { path, source } of parsedSources()) {
    const report = (node: ts.Node, what: string) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      findings.push({ file: relative(PROJECT_ROOT, path), line: line + 1, what });
    };
    const visit = (node: ts.Node): void => {
      check(node, report);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings.map((f) => `${f.file}:${f.line}: ${f.what}`);
}

const calleeName = (node: ts.CallExpression | ts.NewExpression): string | undefined => {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
};

const stringValue = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

const CHILD_PROCESS = new Set(['child_process', 'node:child_process']);
const SHELL_RUNNERS = new Set(['exec', 'execSync']);
const PROCESS_STARTERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|KEY/i;

function isProcessEnv(node: ts.Node): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'env' &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'process'
  );
}

describe('code built from strings', () => {
  it('finds the source tree it scans', () => {
    const files = projectSources().map((f) => relative(PROJECT_ROOT, f));
    expect(files).toContain('src/replay.ts');
    expect(files).toContain('harness.ts');
    expect(files.some((f) => f.startsWith('node_modules'))).toBe(false);
  });

  it('has no eval and no Function constructor anywhere in the project', () => {
    const findings = scan((node, report) => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ['eval', 'Function'].includes(calleeName(node) ?? '')) {
        report(node, `${calleeName(node)}(...)`);
      }
    });
    expect(findings).toEqual([]);
  });

  it('does not load node:vm, which runs strings as code', () => {
    const findings = scan((node, report) => {
      if (ts.isImportDeclaration(node) && ['vm', 'node:vm'].includes(stringValue(node.moduleSpecifier) ?? '')) {
        report(node, 'imports node:vm');
      }
    });
    expect(findings).toEqual([]);
  });
});

describe('external commands', () => {
  it('imports nothing from child_process that runs a shell, and only by name', () => {
    const findings = scan((node, report) => {
      if (ts.isImportDeclaration(node) && CHILD_PROCESS.has(stringValue(node.moduleSpecifier) ?? '')) {
        const bindings = node.importClause?.namedBindings;
        if (node.importClause?.name || (bindings && !ts.isNamedImports(bindings))) {
          report(node, 'imports child_process as a whole');
        }
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const imported = (element.propertyName ?? element.name).text;
            if (SHELL_RUNNERS.has(imported)) report(element, `imports ${imported}`);
          }
        }
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        if (CHILD_PROCESS.has(stringValue(node.arguments[0]) ?? '')) report(node, 'imports child_process dynamically');
      }
      if (ts.isCallExpression(node) && calleeName(node) === 'require') report(node, 'require(...)');
    });
    expect(findings).toEqual([]);
  });

  it('calls no execSync and sets no shell option anywhere', () => {
    const findings = scan((node, report) => {
      if (ts.isCallExpression(node) && calleeName(node) === 'execSync') report(node, 'execSync(...)');
      if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const name = node.name;
        if (ts.isIdentifier(name) && name.text === 'shell') {
          const value = ts.isPropertyAssignment(node) ? node.initializer : undefined;
          if (value?.kind !== ts.SyntaxKind.FalseKeyword) report(node, 'shell option');
        }
      }
    });
    expect(findings).toEqual([]);
  });

  it('starts every process with a program and an argument array, never a command line', () => {
    const findings = scan((node, report) => {
      if (!ts.isCallExpression(node) || !PROCESS_STARTERS.has(calleeName(node) ?? '')) return;
      const [program, args] = node.arguments;
      const command = stringValue(program);
      if (command !== undefined && /\s/.test(command)) report(node, `command line ${JSON.stringify(command)}`);
      if (program && ts.isTemplateExpression(program)) report(node, 'program built from a template');
      if (!args || !(ts.isArrayLiteralExpression(args) || ts.isIdentifier(args))) {
        report(node, `${calleeName(node)} without an argument array`);
      }
    });
    expect(findings).toEqual([]);
  });
});

describe('environment secrets', () => {
  it('reads no environment variable whose name looks like a secret, and none by a computed name', () => {
    const findings = scan((node, report) => {
      if (ts.isPropertyAccessExpression(node) && isProcessEnv(node.expression)) {
        if (SECRET_NAME.test(node.name.text)) report(node, `process.env.${node.name.text}`);
      }
      if (ts.isElementAccessExpression(node) && isProcessEnv(node.expression)) {
        const name = stringValue(node.argumentExpression);
        if (name === undefined) report(node, 'process.env[<computed>]');
        else if (SECRET_NAME.test(name)) report(node, `process.env[${JSON.stringify(name)}]`);
      }
      if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isProcessEnv(node.initializer)) {
        for (const element of node.name.elements) {
          const name = (element.propertyName ?? element.name).getText();
          if (SECRET_NAME.test(name) || element.dotDotDotToken) report(element, `destructures ${name} from process.env`);
        }
      }
    });
    expect(findings).toEqual([]);
  });
});

describe('tool policy', () => {
  const policy = JSON.parse(readFileSync(join(PROJECT_ROOT, POLICY_PATH), 'utf8')) as Record<string, unknown>;
  const forbid = policy['forbid_globs'] as string[];
  const forbidden = (path: string) => forbid.some((glob) => matchesGlob(path, glob));

  it('lists its forbidden paths as an array of globs', () => {
    expect(Array.isArray(forbid)).toBe(true);
    expect(forbid.every((glob) => typeof glob === 'string')).toBe(true);
  });

  it('forbids the results database and its WAL files', () => {
    expect(forbid).toContain('metrics/results.db');
    for (const path of ['metrics/results.db', 'metrics/results.db-wal', 'metrics/results.db-shm']) {
      expect(forbidden(path), path).toBe(true);
    }
  });

  it.each([
    '.env',
    'lab/.env.local',
    'deploy/db-secret.yaml',
    'certs/server.pem',
    'certs/server.key',
    'home/credentials.json',
    'lab/kubeconfig',
    'data/external/runs/20261124T181500Z/events.json',
  ])('forbids %s', (path) => {
    expect(forbidden(path)).toBe(true);
  });

  it('leaves the project sources readable and writable', () => {
    expect(forbidden('src/replay.ts')).toBe(false);
    expect(forbidden('skills/watcher-skills.ts')).toBe(false);
  });
});
