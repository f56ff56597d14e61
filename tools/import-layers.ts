// The layers of docs/ARCHITECTURE.md as data, and a check that every import of every source
// file runs downward: a file may import files of its own layer group or of a lower layer,
// never a higher one (upward) or another group of the same layer (sideways), unless the
// import is on ALLOWED with the reason. tools/import-layers.test.ts runs it on the project.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isSourceFile, projectFiles } from './project-files.ts';
import { ts } from './typescript.ts';

export interface Layer {
  /** Files of the same group import each other freely. */
  group: string;
  /** Higher imports lower; never the other way. */
  rank: number;
}

/**
 * Which layer a file is in: the first rule whose prefix the project-relative path starts
 * with (more specific rules first). Ranks, lowest first:
 * 0 shared mechanism and contracts (src/); 1 policy tables (skills/), the lab's fixed names;
 * 2 the seed's tables (data/); 3 the simulator and the blackboard; 3.5 the agents;
 * 4 the loop's core: reading records, the replay loop, scoring, the recorder;
 * 5 experiments; 6 tools whose functions the lab reuses, the report's data;
 * 7 the other entries; 8 tools that drive other entries whole; 9 the front door.
 */
export const LAYER_RULES: ReadonlyArray<readonly [prefix: string, layer: Layer]> = [
  ['bin/', { group: 'bin', rank: 9 }],
  ['tools/harness-seeds.ts', { group: 'drivers', rank: 8 }],
  ['tools/report-screenshot.ts', { group: 'drivers', rank: 8 }],
  // The bad-input tests' support: it runs every entry whole (as a process or through its main).
  ['src/bad-input-test-support.ts', { group: 'drivers', rank: 8 }],
  ['src/progress.ts', { group: 'core', rank: 4 }],
  ['src/record-reader.ts', { group: 'core', rank: 4 }],
  ['src/formats/', { group: 'core', rank: 4 }],
  ['src/input-options.ts', { group: 'core', rank: 4 }],
  ['src/replay.ts', { group: 'core', rank: 4 }],
  ['src/record-sink.ts', { group: 'core', rank: 4 }],
  ['src/score.ts', { group: 'core', rank: 4 }],
  ['src/ground-truth.ts', { group: 'core', rank: 4 }],
  // The guard between the healer's decision and the action, and what it keeps and writes.
  ['src/incidents.ts', { group: 'core', rank: 4 }],
  ['src/incident-score.ts', { group: 'core', rank: 4 }],
  ['src/guard.ts', { group: 'core', rank: 4 }],
  ['src/guard-policy.ts', { group: 'core', rank: 4 }],
  ['src/guard-state.ts', { group: 'core', rank: 4 }],
  ['src/fleet.ts', { group: 'core', rank: 4 }],
  ['src/trace.ts', { group: 'core', rank: 4 }],
  ['src/', { group: 'src', rank: 0 }],
  ['lab/lab-defaults.ts', { group: 'lab-defaults', rank: 1 }],
  ['skills/', { group: 'skills', rank: 1 }],
  ['data/seed.ts', { group: 'entries', rank: 7 }],
  ['data/', { group: 'data', rank: 2 }],
  ['simulator/', { group: 'simulator', rank: 3 }],
  ['blackboard/', { group: 'blackboard', rank: 3 }],
  ['agents/', { group: 'agents', rank: 3.5 }],
  ['metrics/recorder.ts', { group: 'core', rank: 4 }],
  ['metrics/feedback.ts', { group: 'core', rank: 4 }],
  ['metrics/svg.ts', { group: 'src', rank: 0 }],
  ['metrics/svg-charts.ts', { group: 'src', rank: 0 }],
  ['experiments/', { group: 'experiments', rank: 5 }],
  ['metrics/report-', { group: 'report', rank: 6 }],
  ['tools/', { group: 'tools', rank: 6 }],
  ['metrics/', { group: 'entries', rank: 7 }],
  ['lab/', { group: 'entries', rank: 7 }],
  ['adapters/', { group: 'entries', rank: 7 }],
  ['integrations/', { group: 'entries', rank: 7 }],
  ['harness.ts', { group: 'entries', rank: 7 }],
  ['vitest.config.ts', { group: 'entries', rank: 7 }],
];

/**
 * Imports that break the rule on purpose, `from -> to`, each with why. Keep it short: a new
 * entry needs a reason a reviewer accepts, not a convenience.
 */
export const ALLOWED: Readonly<Record<string, string>> = {
  // Type only: a verifier in the healer's table reads the simulated state it checks.
  'skills/healer-skills.ts -> simulator/infra-state.ts': 'a verifier reads the state it verifies (type only)',
};

export function layerOf(file: string, rules = LAYER_RULES): Layer | null {
  for (const [prefix, layer] of rules) if (file.startsWith(prefix)) return layer;
  return null;
}

/** Project-relative paths of every non-test TypeScript source file. */
export function sourceFiles(root: string): string[] {
  return projectFiles(root, isSourceFile);
}

/** The project files a source imports (static, re-exports, dynamic `import()`), project-relative. */
export function importsOf(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => posix.normalize(posix.join(posix.dirname(file), name)));
}

export interface ImportEdge {
  from: string;
  to: string;
}

/** Each import that runs upward or sideways and is not allowed, as a line naming both files. */
export function layerViolations(
  edges: readonly ImportEdge[],
  rules = LAYER_RULES,
  allowed: Readonly<Record<string, string>> = ALLOWED,
): string[] {
  const out: string[] = [];
  for (const { from, to } of edges) {
    const a = layerOf(from, rules);
    const b = layerOf(to, rules);
    if (a === null) {
      out.push(`${from}: in no layer`);
      continue;
    }
    if (b === null) {
      out.push(`${from} -> ${to}: imports a file in no layer`);
      continue;
    }
    if (a.group === b.group || b.rank < a.rank || `${from} -> ${to}` in allowed) continue;
    const how = b.rank > a.rank ? 'upward' : 'sideways';
    out.push(`${from} -> ${to}: ${how} (${a.group} ${a.rank} imports ${b.group} ${b.rank})`);
  }
  return out;
}

/** Every import edge of the project's source files (the seam: a test can pass its own list). */
export function projectEdges(root: string, files: readonly string[] = sourceFiles(root)): ImportEdge[] {
  return files.flatMap((from) => importsOf(from, readFileSync(join(root, from), 'utf8')).map((to) => ({ from, to })));
}
