// What a skills table's version stands for: a digest of everything the file exports except
// the version itself. Tables count as data; a function counts by its name only, since its
// compiled text depends on the toolchain (a verifier's body is covered by its tests, not
// here). A table whose digest changes must change its version too;
// skills/table-versions.test.ts pins both.
import { createHash } from 'node:crypto';

/** A stable form of an exported value: objects in their key order, RegExps as source. */
function canonical(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (value instanceof RegExp) return `regexp:/${value.source}/${value.flags}`;
  if (value instanceof Map) return { map: [...value.entries()].map(([k, v]) => [canonical(k), canonical(v)]) };
  if (value instanceof Set) return { set: [...value].map(canonical) };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** sha256 over a module's exports other than `versionKey`, in export-name order. */
export function tableDigest(module: Readonly<Record<string, unknown>>, versionKey: string): string {
  const names = Object.keys(module)
    .filter((name) => name !== versionKey)
    .sort();
  const body = JSON.stringify(names.map((name) => [name, canonical(module[name])]));
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
