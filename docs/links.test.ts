// The documentation is tested like code: every relative link in the committed Markdown must
// lead to a file (and heading) that exists.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';

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
