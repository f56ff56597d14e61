// The contract check the harness runs first: the coding-agent tool policy has its required
// keys, and the project's core files are where the policy and docs say they are.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.ts';
import { forTerminal } from '../src/safe-text.ts';
import { runIfMain, parseFlags, type Io } from '../src/cli.ts';
import { stripBom } from '../src/value-kinds.ts';

export const POLICY_PATH = 'integrations/hermes/TOOL_POLICY.json';

export const REQUIRED_POLICY_KEYS = [
  'read_globs',
  'write_globs',
  'forbid_globs',
  'required_after_skills_change',
  'ghost_invariants',
] as const;

export const REQUIRED_PATHS = [
  'skills/watcher-skills.ts',
  'skills/healer-skills.ts',
  'skills/k8s-signal-skills.ts',
  'agents/watcher.ts',
  'agents/healer.ts',
  'agents/k8s-watcher.ts',
  'harness.ts',
  'data/seed.ts',
  'integrations/gstack/SKILL_GHOST_MAINTAINER.md',
  'integrations/hermes/COORDINATOR_PROMPT_SNIPPET.md',
  'docs/GOVERNANCE.md',
  'adapters/observe.ts',
  'adapters/lab-run.ts',
  'experiments/experiment5.ts',
  'experiments/experiment6.ts',
  'simulator/health.ts',
  'experiments/external.ts',
  'lab/README.md',
  'tools/collect-k8s-lab-data.ts',
  'tools/normalize-external-capture.ts',
  'tools/run-external-replay.ts',
] as const;

export interface ContractResult {
  ok: boolean;
  /** FAIL lines when not ok; WARN lines may appear either way. */
  messages: string[];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

// Each FAIL is one line, so the harness (which prints them) stays one line per problem.
export function validateContract(root: string = PROJECT_ROOT): ContractResult {
  if (!isDirectory(root)) return { ok: false, messages: [`FAIL: ${root} is not a directory`] };
  const policyFile = join(root, POLICY_PATH);
  if (!isFile(policyFile)) return { ok: false, messages: [`FAIL: missing ${POLICY_PATH}`] };
  let policy: unknown;
  try {
    const text = readFileSync(policyFile, 'utf8');
    // Editors on Windows may save a byte order mark, which JSON.parse refuses.
    policy = JSON.parse(stripBom(text));
  } catch (err) {
    return { ok: false, messages: [`FAIL: invalid JSON in ${POLICY_PATH}: ${forTerminal((err as Error).message)}`] };
  }
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    return { ok: false, messages: [`FAIL: ${POLICY_PATH} must hold a JSON object`] };
  }
  const record = policy as Record<string, unknown>;
  for (const key of REQUIRED_POLICY_KEYS) {
    if (!Object.hasOwn(record, key)) return { ok: false, messages: [`FAIL: ${POLICY_PATH} missing key ${key}`] };
  }
  const missing = REQUIRED_PATHS.filter((p) => !isFile(join(root, p)));
  if (missing.length > 0) {
    return { ok: false, messages: [`FAIL: expected files missing: ${missing.join(', ')}`] };
  }
  const messages: string[] = [];
  const forbids = record['forbid_globs'];
  if (!Array.isArray(forbids) || !forbids.includes('metrics/results.db')) {
    messages.push(`WARN: ${POLICY_PATH} should forbid metrics/results.db`);
  }
  return { ok: true, messages };
}

const HELP = `Usage: validate [--root DIR]

Checks the integration contract: ${POLICY_PATH} has its required keys and the
project's core files exist. Exit 0 when the contract holds, 1 when it does not.
`;

export function main(argv: string[], io: Io): number {
  const { values } = parseFlags('validate', argv, {
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const result = validateContract(values.root ?? PROJECT_ROOT);
  for (const line of result.messages) (result.ok ? io.stdout : io.stderr)(`${line}\n`);
  if (!result.ok) return 1;
  io.stdout('integrations/validate.ts: OK\n');
  return 0;
}

runIfMain(import.meta.url, main);
