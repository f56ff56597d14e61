// Every regular expression the loop runs on text from its input, in one list, so the ReDoS
// check (tools/input-expressions.test.ts) covers each of them and a new one cannot escape it:
// the watcher's shapes and the severity rules' patterns and shapes come from their tables
// (so a rule added to a table is in the list), and every regular expression literal in the
// project's source (readers, parsers, escapers) comes from a sweep of the source files.
// Expressions built with `new RegExp` are only allowed where DYNAMIC_SITES says which table
// holds what they build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSourceFile, projectFiles } from './project-files.ts';
import { ts, type TypeScript } from './typescript.ts';
import type { LineShape } from '../src/shape-groups.ts';
import { DETECTABLE_SHAPES, EXCLUDE_SHAPES } from '../skills/line-shapes.ts';
import { klogHeaderPattern, levelMarkersPattern, SEVERITY_RULES, type SeverityRule } from '../skills/severity-skills.ts';

export interface NamedExpression {
  /** Where it comes from: `shape ImagePullBackOff[0]`, `severity rule 2 pattern 1`, `src/x.ts:12`. */
  name: string;
  source: string;
  flags: string;
}

export interface ExpressionTables {
  shapes: Readonly<Record<string, readonly LineShape[]>>;
  /** The watcher's absence layouts (a count at zero, a denial), per class. */
  absences: Readonly<Record<string, readonly LineShape[]>>;
  severityRules: readonly SeverityRule[];
}

export const INPUT_TABLES: ExpressionTables = { shapes: DETECTABLE_SHAPES, absences: EXCLUDE_SHAPES, severityRules: SEVERITY_RULES };

/** The expressions held in the tables (the seam: pass tables with a rule added to check it). */
export function tableExpressions(tables: ExpressionTables = INPUT_TABLES): NamedExpression[] {
  const named = (name: string, re: RegExp): NamedExpression => ({ name, source: re.source, flags: re.flags });
  return [
    ...Object.entries(tables.shapes).flatMap(([cls, shapes]) => shapes.map((s, i) => named(`shape ${cls}[${i}]`, s.shape))),
    ...Object.entries(tables.absences).flatMap(([cls, shapes]) => shapes.map((s, i) => named(`absence ${cls}[${i}]`, s.shape))),
    ...tables.severityRules.flatMap((rule, r) => [
      ...rule.patterns.map((p, i) => named(`severity rule ${r} pattern ${i}`, p)),
      ...(rule.klog === undefined ? [] : [named(`severity rule ${r} klog header`, klogHeaderPattern(rule.klog))]),
      ...rule.shapes.map((s, i) => named(`severity rule ${r} shape ${i}`, s.shape)),
    ]),
    // The severity rules run one expression holding every level's markers.
    named('severity level markers, every level', levelMarkersPattern(tables.severityRules)),
  ];
}

export interface SourceExpressions {
  literals: NamedExpression[];
  /** `new RegExp(...)` or `RegExp(...)` calls: `file:line`. */
  dynamic: string[];
}

/** Every regular expression literal and `RegExp` construction in the project's (non-test) source. */
export function sweepSource(root: string): SourceExpressions {
  const literals: NamedExpression[] = [];
  const dynamic: string[] = [];
  for (const file of projectFiles(root, isSourceFile)) {
    const path = join(root, file);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: TypeScript.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: TypeScript.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        literals.push({ name: at(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        dynamic.push(at(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

/**
 * The files allowed to build expressions at run time, how many constructions each has, and
 * where what they build is checked. A construction anywhere else fails the check until its
 * expressions are put in a table the list reads.
 */
export const DYNAMIC_SITES: Readonly<Record<string, { count: number; checkedAs: string }>> = {
  'skills/line-shapes.ts': {
    count: 7,
    checkedAs:
      "the utiltrace step shape, the timeout-as-outcome shape and the exceeded-or-timing-out shape (both built from TIMED_OUT_OPERATIONS), the exit-status shape (built from EXIT_STATUS_WORDS), the error-exit shape (built from ERROR_EXIT_WORDS) and Ceph's health on OSDs and hosts down (cephHealthDown) are in DETECTABLE_SHAPES, and each absence layout, built from a class word, in EXCLUDE_SHAPES",
  },
  'src/shape-groups.ts': { count: 1, checkedAs: 'ShapeGroups copies each shape of the tables with the global flag' },
  'skills/severity-skills.ts': {
    count: 2,
    checkedAs: "klog's header patterns (klogHeaderPattern) and the level markers of every level together (levelMarkersPattern) are built from SEVERITY_RULES",
  },
  'src/command-runner.ts': {
    count: 2,
    checkedAs: "one character class each, from safe-text's UNSAFE_FOR_TERMINAL (a literal in the sweep), on the lab's own command arguments",
  },
};

/**
 * Tables first, then the source's literals; one entry per distinct expression (source and
 * flags). `sweep` is the source's sweep when the caller already has it.
 */
export function inputExpressions(root: string, tables: ExpressionTables = INPUT_TABLES, sweep: SourceExpressions = sweepSource(root)): NamedExpression[] {
  const seen = new Set<string>();
  return [...tableExpressions(tables), ...sweep.literals].filter((e) => {
    // The global and sticky flags change where a search starts, not how it backtracks.
    const key = `/${e.source}/${e.flags.replace(/[gy]/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
