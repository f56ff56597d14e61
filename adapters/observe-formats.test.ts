// observe on what clusters emit: every format from a file and from stdin, detected without a
// flag, each detection naming its target and event time (the first as a process, the rest in process).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../src/run-cli.ts';
import { PROJECT_ROOT } from '../src/paths.ts';

const DIR = mkdtempSync(join(tmpdir(), 'ghost-formats-'));
const OBJECTS = join(PROJECT_ROOT, 'data', 'k8s-objects');

const crashPod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-5d4f8c7b9-x2k4q', namespace: 'shop', labels: { 'pod-template-hash': '5d4f8c7b9' } },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: '2024-03-01T10:00:00Z' }],
    containerStatuses: [{ name: 'app', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } } }],
  },
};

const CASES: Array<[string, string, { failure_type: string; target?: string; event_time?: string }]> = [
  ['kubectl get -o json (List)', `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [crashPod] }, null, 4)}\n`, { failure_type: 'CrashLoopBackOff', target: 'shop/Deployment/web', event_time: '2024-03-01T10:00:00.000Z' }],
  ['kubectl get -w -o json', `${JSON.stringify(crashPod, null, 4)}\n${JSON.stringify(crashPod, null, 4)}\n`, { failure_type: 'CrashLoopBackOff', target: 'shop/Deployment/web' }],
  ['API watch lines', `${JSON.stringify({ type: 'MODIFIED', object: crashPod })}\n`, { failure_type: 'CrashLoopBackOff', target: 'shop/Deployment/web' }],
  ['CRI log file', '2024-03-01T10:00:00.5Z stderr P java.lang.OutOfMemory\n2024-03-01T10:00:00.6Z stderr F Error: Java heap space\n', { failure_type: 'OOMKilled', event_time: '2024-03-01T10:00:00.500Z' }],
  ['Docker json-file', '{"log":"container was OOMKilled\\n","stream":"stderr","time":"2024-03-01T10:00:00.25Z"}\n', { failure_type: 'OOMKilled', event_time: '2024-03-01T10:00:00.250Z' }],
  ['Fluent Bit', '{"log":"OOMKilled\\n","stream":"stderr","time":"2024-03-01T10:00:00Z","kubernetes":{"namespace_name":"shop","pod_name":"web-5d4f8c7b9-x2k4q","container_name":"app"}}\n', { failure_type: 'OOMKilled', target: 'shop/Deployment/web' }],
  ['Vector kubernetes_logs', '{"message":"OOMKilled","timestamp":"2024-03-01T10:00:00Z","kubernetes":{"pod_namespace":"db","pod_name":"pg-0","container_name":"pg","pod_owner":"StatefulSet/pg"}}\n', { failure_type: 'OOMKilled', target: 'db/StatefulSet/pg' }],
  ['plain text with an RFC 3339 prefix', '2024-03-01T10:00:00.25Z java.lang.OutOfMemoryError: Java heap space\n', { failure_type: 'OOMKilled', event_time: '2024-03-01T10:00:00.250Z' }],
  ['Loki logcli jsonl', '{"labels":{"namespace":"shop","pod":"web-5d4f8c7b9-x2k4q","container":"app"},"line":"OOMKilled","timestamp":"2024-03-01T10:00:00Z"}\n', { failure_type: 'OOMKilled', target: 'shop/Deployment/web' }],
];

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('observe reads what clusters emit', () => {
  // The first format as processes (a file and the process's standard input); the others through
  // observe's main in process, whose input is the same bytes as a file or as a stream.
  it.each(CASES)('%s, from a file and from stdin, without a flag', async (name, text, expected) => {
    const file = join(DIR, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, text);
    const asProcesses = name === CASES[0]![0];
    const [fromFile, fromStdin] = await Promise.all(
      asProcesses
        ? [runCli('adapters/observe.ts', [file]), runCli('adapters/observe.ts', ['-'], { input: text })]
        : [runInProcess('adapters/observe.ts', [file]), runInProcess('adapters/observe.ts', ['-'], text)],
    );
    for (const run of [fromFile, fromStdin]) {
      expect([run.code, run.stderr]).toEqual([0, '']);
      const [first] = lines(run.stdout);
      expect(first).toMatchObject(expected);
    }
  });

  it('plain text takes its target from --target', async () => {
    const run = await runInProcess('adapters/observe.ts', ['--target', 'shop/Deployment/web', '-'], 'java.lang.OutOfMemoryError: Java heap space\n');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[0]).toMatchObject({ failure_type: 'OOMKilled', target: 'shop/Deployment/web' });
  });

  it('a Docker json-file capture forced to GHOST records is not silent: one line, exit 1', async () => {
    const text = '{"log":"container was OOMKilled\\n","stream":"stderr","time":"2024-03-01T10:00:00Z"}\n'.repeat(3);
    const run = await runInProcess('adapters/observe.ts', ['--format', 'jsonl', '--summary', '-'], text);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unreadable: 3');
    expect(run.stderr).toContain('observe: <stdin>: 3 of 3 records could not be read as a log line or a signal; they look like Docker json-file lines: try no --format (or --format docker)');
  });

  it('some unreadable records among readable ones: the line, and exit 0', async () => {
    const text = '{"severity":"ERROR","message":"OOMKilled"}\n{"severity":"INFO"}\n';
    const run = await runInProcess('adapters/observe.ts', ['-'], text);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('observe: <stdin>: 1 of 2 records could not be read as a log line or a signal; each record needs a "message" string or a "signal" object\n');
  });

  it('a YAML document gets one line saying to use -o json, and exit 1', async () => {
    const run = await runInProcess('adapters/observe.ts', ['-'], 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('-o json');
  });

  it('a real kubectl List of healthy pods raises nothing', async () => {
    const run = await runInProcess('adapters/observe.ts', [join(OBJECTS, 'kuard', 'pods-list.json')]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('lab-run keeps the target on each outcome and in the database', async () => {
    const db = join(DIR, 'results.db');
    const text = `${JSON.stringify({ type: 'MODIFIED', object: crashPod })}\n`;
    const run = await runInProcess('adapters/lab-run.ts', ['--record', '--db', db, '-'], text);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { outcomes: Array<Record<string, unknown>> };
    expect(summary.outcomes[0]).toMatchObject({ failure_type: 'CrashLoopBackOff', target: 'shop/Deployment/web' });
    const { DatabaseSync } = await import('node:sqlite');
    const rows = new DatabaseSync(db).prepare('SELECT target FROM detection_rows').all();
    expect(rows).toEqual([{ target: 'shop/Deployment/web' }]);
    expect(readFileSync(db).length).toBeGreaterThan(0);
  });
});
