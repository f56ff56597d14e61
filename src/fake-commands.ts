// Stand-in kind, kubectl and docker for process tests: small sh scripts placed first on PATH
// that record every invocation (argv and stdin, NUL-separated so any byte survives) and print
// canned output. They know only the few commands the lab runs; anything else succeeds silently.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = `#!/bin/sh
name=\${0##*/}
input=$(/bin/cat)
printf '%s\\0' "$name" "$#" "$@" "$input" >> "$FAKE_LOG"
all=" $* "
if [ -n "$FAKE_FAIL_MATCH" ]; then
  case "$name$all" in
    *"$FAKE_FAIL_MATCH"*) echo "error: simulated failure of $name" >&2; echo "exit status 3" >&2; exit 3 ;;
  esac
fi
case "$name$all" in
  "kind get clusters "*) printf '%s' "$FAKE_KIND_CLUSTERS" ;;
  kubectl*" get events "*) if [ -n "$FAKE_EVENTS" ]; then /bin/cat "$FAKE_EVENTS"; else printf '{"apiVersion": "v1", "items": [], "kind": "List"}\\n'; fi ;;
  kubectl*" logs "*) if [ -n "$FAKE_LOGS" ]; then /bin/cat "$FAKE_LOGS"; fi ;;
  kubectl*" create namespace "*) printf 'apiVersion: v1\\nkind: Namespace\\nmetadata:\\n  name: fake\\n' ;;
esac
exit 0
`;

export interface FakeTools {
  /** Directory to put first on PATH. */
  bin: string;
  /** Where invocations are recorded. */
  log: string;
  /** Environment for a spawned command: PATH holds only the fakes, so real tools are never reached. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
}

export interface Invocation {
  program: string;
  args: string[];
  stdin: string;
}

export function makeFakeTools(programs: readonly string[] = ['kind', 'kubectl', 'docker']): FakeTools {
  const root = mkdtempSync(join(tmpdir(), 'ghost-fake-tools-'));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const program of programs) {
    const path = join(bin, program);
    writeFileSync(path, SCRIPT);
    chmodSync(path, 0o755);
  }
  const log = join(root, 'invocations');
  return {
    bin,
    log,
    env: (extra = {}) => ({ PATH: bin, FAKE_LOG: log, ...extra }),
  };
}

/** Every recorded invocation, in order. */
export function readInvocations(log: string): Invocation[] {
  if (!existsSync(log)) return [];
  const fields = readFileSync(log, 'utf8').split('\0');
  const out: Invocation[] = [];
  let i = 0;
  while (i + 1 < fields.length) {
    const program = fields[i] as string;
    const argc = Number(fields[i + 1]);
    const args = fields.slice(i + 2, i + 2 + argc);
    const stdin = fields[i + 2 + argc] ?? '';
    out.push({ program, args, stdin });
    i += 3 + argc;
  }
  return out;
}
