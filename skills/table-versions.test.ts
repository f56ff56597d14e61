// A skills table whose content changed must say so in its version: each version is pinned
// to the digest of the table's content. Changing a table without bumping its version fails
// here; after a bump, pin the new version with the digest this test prints.
import { describe, expect, it } from 'vitest';
import { tableDigest } from './table-versions.ts';
import * as watcher from './watcher-skills.ts';
import * as lineShapes from './line-shapes.ts';
import * as severity from './severity-skills.ts';
import * as healer from './healer-skills.ts';
import * as k8sSignal from './k8s-signal-skills.ts';
import * as k8sEvent from './k8s-event-skills.ts';
import * as k8sObject from './k8s-object-skills.ts';
import * as lineFormat from './line-format-skills.ts';
import * as guard from './guard-skills.ts';

interface Table {
  file: string;
  module: Readonly<Record<string, unknown>>;
  versionKey: string;
}

const TABLES: readonly Table[] = [
  { file: 'watcher-skills.ts', module: watcher, versionKey: 'AGENT_VERSION' },
  { file: 'line-shapes.ts', module: lineShapes, versionKey: 'LINE_SHAPES_VERSION' },
  { file: 'severity-skills.ts', module: severity, versionKey: 'SEVERITY_SKILLS_VERSION' },
  { file: 'healer-skills.ts', module: healer, versionKey: 'AGENT_VERSION' },
  { file: 'k8s-signal-skills.ts', module: k8sSignal, versionKey: 'AGENT_VERSION' },
  { file: 'k8s-event-skills.ts', module: k8sEvent, versionKey: 'AGENT_VERSION' },
  { file: 'k8s-object-skills.ts', module: k8sObject, versionKey: 'AGENT_VERSION' },
  { file: 'line-format-skills.ts', module: lineFormat, versionKey: 'LINE_FORMAT_SKILLS_VERSION' },
  { file: 'guard-skills.ts', module: guard, versionKey: 'GUARD_SKILLS_VERSION' },
];

/** file -> version -> digest of the content that version stands for. */
const PINNED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'watcher-skills.ts': { '1.183.0': '580b8f996d8b25282ad72add4650804a70a5695d62aa5a489c321af912d97d90' },
  'line-shapes.ts': { '1.189.0': '198454ab93ab25bafa4395258920ce919d741019a565ef7b2bc7046f40595362' },
  'severity-skills.ts': { '1.189.0': 'b1c44ed0ce206d39504a968216fb6b7a44c23fbd741b3ca5d671969ece4eb4b7' },
  'healer-skills.ts': { '1.3.0': '9943a6205bbb487bfcb512ab420a3d4b209cb9c2abb239259cc6a8fb9f4b08b3' },
  'k8s-signal-skills.ts': { '1.2.0': '33c90b6aa840ea9bb4f1286611d2f5ed729f1f9309e4f221c67d5d30f22635c7' },
  'k8s-event-skills.ts': { '1.27.0': 'a205caa249a4544700bc4a3dbdb3adbf6775bbbf116efa0a3e50afb37cc7e8d6' },
  'k8s-object-skills.ts': { '1.1.0': '82148b15a40698b5a5ef7d8de42aed2abb8b5eb59d740523ce502cdd2b7b0d6e' },
  'line-format-skills.ts': { '1.111.0': 'dfd195cdf8e63226c4f8075feedcd65de38c19a9335e5ecc7e1f60588d7e737c' },
  'guard-skills.ts': { '1.0.0': '62cbe7e44bd137d8b32285804795c81938e7caacf3002472df1d3f2b33e83dc9' },
};

/** Why a table's version and content disagree with the pins, or null when they agree. */
function versionMismatch(file: string, version: string, digest: string, pins: typeof PINNED): string | null {
  const pinned = pins[file]?.[version];
  if (pinned === undefined) return `${file} ${version} is not pinned: add '${version}': '${digest}'`;
  if (pinned !== digest) return `${file} changed but its version is still ${version}: bump it and pin the new digest ${digest}`;
  return null;
}

describe('skills table versions', () => {
  it.each(TABLES)('$file: its content is the one its version was pinned to', ({ file, module, versionKey }) => {
    const version = module[versionKey];
    expect(typeof version).toBe('string');
    expect(versionMismatch(file, version as string, tableDigest(module, versionKey), PINNED)).toBeNull();
  });

  it('version bar: a table changed without a version bump is caught', () => {
    const changed = { ...watcher, EXCLUDE_PATTERNS: { ...watcher.EXCLUDE_PATTERNS, PodDown: [] } };
    const digest = tableDigest(changed, 'AGENT_VERSION');
    expect(digest).not.toBe(tableDigest(watcher, 'AGENT_VERSION'));
    expect(versionMismatch('watcher-skills.ts', watcher.AGENT_VERSION, digest, PINNED)).toBe(
      `watcher-skills.ts changed but its version is still ${watcher.AGENT_VERSION}: bump it and pin the new digest ${digest}`,
    );
  });

  it('version bar: a bumped version nobody pinned is caught', () => {
    const digest = tableDigest(healer, 'AGENT_VERSION');
    expect(versionMismatch('healer-skills.ts', '9.9.9', digest, PINNED)).toBe(`healer-skills.ts 9.9.9 is not pinned: add '9.9.9': '${digest}'`);
  });

  it('leaves the version itself out of the digest, and reads key order as content', () => {
    expect(tableDigest({ A: [1], V: '1' }, 'V')).toBe(tableDigest({ A: [1], V: '2' }, 'V'));
    expect(tableDigest({ A: { x: 1, y: 2 } }, 'V')).not.toBe(tableDigest({ A: { y: 2, x: 1 } }, 'V'));
  });
});
