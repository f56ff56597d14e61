// A guard policy file (`--policy FILE`): JSON whose keys override skills/guard-skills.ts's
// defaults one by one. An unknown key or a bad value is a usage error naming the file and key.
import { readFileSync } from 'node:fs';
import { DEFAULT_GUARD_POLICY, INHIBIT_LABELS, TIERS, type GuardPolicy, type InhibitRule, type Tier } from '../skills/guard-skills.ts';
import { isFailureType, type FailureType } from '../skills/failure-types.ts';
import { UsageError } from './errors.ts';

type Check = (value: unknown, where: string) => unknown;

function fail(where: string, what: string): never {
  throw new UsageError(`${where} ${what}`);
}

function obj(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'must be an object');
  return value as Record<string, unknown>;
}

function count(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(where, 'must be a whole number >= 0');
  return value;
}

function seconds(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(where, 'must be a number of seconds >= 0');
  return value;
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) fail(where, 'must be a list of names');
  return value as string[];
}

function failureType(value: unknown, where: string): FailureType {
  if (!isFailureType(value)) fail(where, `is not a failure class: ${JSON.stringify(value)}`);
  return value;
}

function byClass<T>(value: unknown, where: string, each: (v: unknown, where: string) => T): Partial<Record<FailureType, T>> {
  const out: Partial<Record<FailureType, T>> = {};
  for (const [key, v] of Object.entries(obj(value, where))) out[failureType(key, `${where} key`)] = each(v, `${where}.${key}`);
  return out;
}

function tier(value: unknown, where: string): Tier {
  if (!(TIERS as readonly unknown[]).includes(value)) fail(where, `must be one of ${TIERS.join(', ')}`);
  return value as Tier;
}

function onlyKeys(o: Record<string, unknown>, keys: readonly string[], where: string): void {
  for (const key of Object.keys(o)) if (!keys.includes(key)) fail(`${where}${key}:`, 'unknown key');
}

function inhibitRule(value: unknown, where: string): InhibitRule {
  const o = obj(value, where);
  const keys = ['name', 'source', 'targets', 'equal', 'min_sources'];
  onlyKeys(o, keys, `${where}.`);
  for (const key of keys) if (!(key in o)) fail(where, `misses ${key}`);
  if (typeof o['name'] !== 'string' || o['name'] === '') fail(`${where}.name`, 'must be a name');
  if (!(INHIBIT_LABELS as readonly unknown[]).includes(o['equal'])) fail(`${where}.equal`, `must be one of ${INHIBIT_LABELS.join(', ')}`);
  const min = count(o['min_sources'], `${where}.min_sources`);
  if (min < 1) fail(`${where}.min_sources`, 'must be at least 1');
  return {
    name: o['name'],
    source: failureType(o['source'], `${where}.source`),
    targets: strings(o['targets'], `${where}.targets`).map((t, i) => failureType(t, `${where}.targets[${i}]`)),
    equal: o['equal'] as InhibitRule['equal'],
    min_sources: min,
  };
}

const CHECKS: Record<keyof GuardPolicy, Check> = {
  group_window_s: seconds,
  resolve_after_s: seconds,
  cooldown_s: seconds,
  cooldown_s_by_class: (v, w) => byClass(v, w, seconds),
  max_actions_per_incident: count,
  max_actions_per_hour: count,
  max_failing_targets: count,
  tiers: (v, w) => byClass(v, w, tier),
  namespaces: (v, w) => {
    const o = obj(v, w);
    onlyKeys(o, ['allow', 'deny'], `${w}.`);
    return {
      allow: 'allow' in o ? strings(o['allow'], `${w}.allow`) : DEFAULT_GUARD_POLICY.namespaces.allow,
      deny: 'deny' in o ? strings(o['deny'], `${w}.deny`) : DEFAULT_GUARD_POLICY.namespaces.deny,
    };
  },
  paused: (v, w) => {
    if (v !== null && (typeof v !== 'string' || v === '')) fail(w, 'must be null or a reason');
    return v;
  },
  inhibit: (v, w) => {
    if (!Array.isArray(v)) fail(w, 'must be a list of rules');
    return v.map((rule, i) => inhibitRule(rule, `${w}[${i}]`));
  },
};

/** The defaults with `overrides` applied; `where` prefixes every complaint (`FILE:`). */
export function policyFrom(overrides: unknown, where: string): GuardPolicy {
  const o = obj(overrides, `${where} the policy`);
  const policy: Record<string, unknown> = { ...DEFAULT_GUARD_POLICY };
  for (const [key, value] of Object.entries(o)) {
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key as keyof GuardPolicy] : undefined;
    if (!check) fail(`${where} ${key}:`, `unknown key (known: ${Object.keys(CHECKS).join(', ')})`);
    policy[key] = check(value, `${where} ${key}`);
  }
  return policy as unknown as GuardPolicy;
}

/** Read a policy file; a file that cannot be read or parsed is a usage error naming it. */
export function loadPolicy(command: string, file: string): GuardPolicy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${command}: --policy ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${command}: --policy ${file}: not JSON (${(err as Error).message})`);
  }
  return policyFrom(parsed, `${command}: --policy ${file}:`);
}
