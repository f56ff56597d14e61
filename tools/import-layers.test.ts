// The layer diagram of docs/ARCHITECTURE.md holds: every import of every source file runs
// downward or stays in its group, and the check fails on one that does not.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';
import { ALLOWED, importsOf, layerOf, layerViolations, projectEdges, sourceFiles } from './import-layers.ts';

describe('import layers', () => {
  const edges = projectEdges(PROJECT_ROOT);

  it('puts every source file in a layer and finds their imports', () => {
    const files = sourceFiles(PROJECT_ROOT);
    expect(files.filter((f) => layerOf(f) === null)).toEqual([]);
    expect(files).toContain('bin/ghost.ts');
    // The front door's dynamic imports count as imports.
    expect(edges.filter((e) => e.from === 'bin/ghost.ts').map((e) => e.to)).toContain('adapters/observe.ts');
  });

  it('has no import that runs upward or sideways outside the allowlist', () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it('keeps the allowlist to imports that exist', () => {
    const present = new Set(edges.map((e) => `${e.from} -> ${e.to}`));
    expect(Object.keys(ALLOWED).filter((edge) => !present.has(edge))).toEqual([]);
  });

  it('reads static, re-exported, type-only and dynamic imports, resolved against the file', () => {
    const text = [
      "import { a } from '../src/a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '../skills/c.ts';",
      "const d = () => import('../agents/d.ts');",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(importsOf('tools/x.ts', text)).toEqual(['src/a.ts', 'tools/b.ts', 'skills/c.ts', 'agents/d.ts']);
  });
});

describe('the layer check fails', () => {
  it('on an upward import: mechanism in src/ importing an entry, in a project on disk', () => {
    const root = mkdtempSync(join(tmpdir(), 'ghost-layers-'));
    try {
      mkdirSync(join(root, 'src'));
      mkdirSync(join(root, 'adapters'));
      writeFileSync(join(root, 'adapters/observe.ts'), "import { x } from '../src/cli.ts';\n");
      writeFileSync(join(root, 'src/cli.ts'), "import { main } from '../adapters/observe.ts';\nexport const x = main;\n");
      expect(layerViolations(projectEdges(root))).toEqual(['src/cli.ts -> adapters/observe.ts: upward (src 0 imports entries 7)']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('on a sideways import: the simulator reading the blackboard', () => {
    expect(layerViolations([{ from: 'simulator/infra-state.ts', to: 'blackboard/event-bus.ts' }])).toEqual([
      'simulator/infra-state.ts -> blackboard/event-bus.ts: sideways (simulator 3 imports blackboard 3)',
    ]);
  });

  it('on a policy table importing the loop that reads it', () => {
    expect(layerViolations([{ from: 'skills/watcher-skills.ts', to: 'agents/watcher.ts' }])).toHaveLength(1);
  });

  it('on a file in no layer, and lets an allowed import through', () => {
    expect(layerViolations([{ from: 'stray/x.ts', to: 'src/cli.ts' }])).toEqual(['stray/x.ts: in no layer']);
    expect(layerViolations([{ from: 'src/cli.ts', to: 'harness.ts' }], undefined, { 'src/cli.ts -> harness.ts': 'test' })).toEqual([]);
  });
});
