import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords, type ReadOptions } from '../record-reader.ts';
import { classifyRecord } from '../replay.ts';
import { detectFraming } from './detect.ts';
import { parseEventTime } from './event-time.ts';
import { logPathTarget, parseTargetField, podWorkload } from './target.ts';
import { objectRecords } from './k8s-object.ts';
import { newReadStats } from './values.ts';
import { PartialLines } from './container-logs.ts';
import type { LogRecord } from '../types.ts';
import * as skills from '../../skills/k8s-object-skills.ts';

async function read(text: string, options: ReadOptions = {}): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  for await (const { record } of readRecords('-', { stdin: Readable.from([Buffer.from(text)]), ...options })) out.push(record);
  return out;
}

const pod = (status: object, extra: object = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'web-5d4f8c7b9-x2k4q',
    namespace: 'shop',
    labels: { 'pod-template-hash': '5d4f8c7b9' },
    ownerReferences: [{ kind: 'ReplicaSet', name: 'web-5d4f8c7b9', controller: true }],
  },
  spec: { containers: [{ name: 'app', image: 'x' }] },
  status,
  ...extra,
});

const oomLastState = (ready: boolean) =>
  pod({
    phase: 'Running',
    containerStatuses: [
      {
        name: 'app',
        ready,
        restartCount: 1,
        state: { running: { startedAt: '2024-03-01T10:00:05Z' } },
        lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, finishedAt: '2024-03-01T10:00:00Z' } },
      },
    ],
  });

describe('format detection', () => {
  const detect = (s: string, final = true) => detectFraming(Buffer.from(s), final);
  it('tells the framings apart from the first line', () => {
    expect(detect('[{"a":1}]')).toBe('json');
    expect(detect('{"a":1}\n')).toBe('jsonl');
    expect(detect('{\n  "a": 1\n}\n')).toBe('concat');
    expect(detect('2024-03-01T10:00:00.1Z stdout F hello\n')).toBe('cri');
    expect(detect('apiVersion: v1\nkind: Pod\n')).toBe('yaml');
    expect(detect('2024-03-01 10:00:00 ERROR oom\n')).toBe('text');
  });
  it('waits for more bytes when the first line has not said enough', () => {
    expect(detect('{', false)).toBeUndefined();
    expect(detect('2024-03-01T10:00', false)).toBeUndefined();
  });
});

describe('event time', () => {
  it('reads epoch seconds, RFC 3339 with nanoseconds, offsets and Loki nanosecond strings', () => {
    expect(parseEventTime(1700000000.5)).toBe(1700000000.5);
    expect(parseEventTime('2019-01-01T11:11:11.111111111Z')).toBeCloseTo(1546341071.111111111, 6);
    expect(parseEventTime('2024-03-01T10:00:00+01:00')).toBe(Date.parse('2024-03-01T09:00:00Z') / 1000);
    expect(parseEventTime('1700000000123456789')).toBeCloseTo(1700000000.123456789, 3);
    expect(parseEventTime('yesterday')).toBeUndefined();
  });
});

describe('targets', () => {
  it('rolls a pod up to its Deployment by ownerReferences, by hash label, or by its name', () => {
    expect(podWorkload('shop', 'web-5d4f8c7b9-x2k4q', { kind: 'ReplicaSet', name: 'web-5d4f8c7b9' }, '5d4f8c7b9')).toEqual({
      namespace: 'shop',
      kind: 'Deployment',
      name: 'web',
    });
    expect(podWorkload('shop', 'web-5d4f8c7b9-x2k4q', undefined, undefined).kind).toBe('Deployment');
    expect(podWorkload('db', 'pg-0', { kind: 'StatefulSet', name: 'pg' }, undefined)).toEqual({ namespace: 'db', kind: 'StatefulSet', name: 'pg' });
    expect(podWorkload('db', 'pg-0', undefined, undefined)).toEqual({ namespace: 'db', kind: 'Pod', name: 'pg-0' });
  });
  it('reads kubelet log paths', () => {
    expect(logPathTarget('/var/log/pods/shop_web-5d4f8c7b9-x2k4q_0b1c/app/0.log')).toEqual({
      namespace: 'shop',
      kind: 'Deployment',
      name: 'web',
      container: 'app',
    });
    expect(logPathTarget(`/var/log/containers/pg-0_db_postgres-${'a'.repeat(64)}.log`)).toEqual({
      namespace: 'db',
      kind: 'Pod',
      name: 'pg-0',
      container: 'postgres',
    });
  });
  it('reads a target field as an object or a string', () => {
    expect(parseTargetField('shop/Deployment/web')).toEqual({ namespace: 'shop', kind: 'Deployment', name: 'web' });
    expect(parseTargetField('Node/n1')).toEqual({ kind: 'Node', name: 'n1' });
    expect(parseTargetField({ kind: 'Deployment', name: 'web' })).toEqual({ kind: 'Deployment', name: 'web' });
    expect(parseTargetField('a/b/c/d')).toBeUndefined();
  });
});

describe('object state skills', () => {
  // Each finding must reach its class through the watchers as they are.
  const rules: Array<[string, skills.StateRule]> = [
    ...Object.entries(skills.WAITING_RULES),
    ['oom', skills.OOM_RULE],
    ['probe', skills.PROBE_RULE],
    ['evicted', skills.EVICTED_RULE],
    ['failed', skills.FAILED_POD_RULE],
    ['crashed', skills.CRASHED_RULE],
    ['unschedulable', skills.UNSCHEDULABLE_RULE],
    ['node', skills.NODE_RULE],
    ['workload', skills.WORKLOAD_RULE],
  ];
  const classOf = (rule: skills.StateRule) => {
    const record: LogRecord = { severity: 'ERROR', message: rule.message.replace('{container}', 'app').replace('{detail}', 'x') };
    if (rule.signal) record.signal = { ...rule.signal };
    return classifyRecord(record);
  };
  it.each(rules)('the %s rule makes a record the watchers classify as its class', (_name, rule) => {
    expect(classOf(rule)).toBe(rule.failure_type);
  });
  it('a rule whose wording the watchers do not know is caught by that check', () => {
    expect(classOf({ failure_type: 'CrashLoopBackOff', message: 'container {container} is unhappy: {detail}' })).not.toBe('CrashLoopBackOff');
  });
});

describe('objects to records', () => {
  it('names the Deployment and the object time on a crash-looping pod', () => {
    const { records } = objectRecords(
      pod({ phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } } }], conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: '2024-03-01T10:00:00Z' }] }),
      undefined,
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ target: 'shop/Deployment/web', container: 'app', timestamp: '2024-03-01T10:00:00.000Z' });
    expect(classifyRecord(records[0]!)).toBe('CrashLoopBackOff');
  });

  it('an old OOM kill on a ready container is quiet; the same kill is recent when the stream has just shown a later time', () => {
    const quiet = objectRecords(oomLastState(true), undefined).records;
    expect(quiet.map(classifyRecord)).toEqual([null]);
    const finishedAt = Date.parse('2024-03-01T10:00:00Z') / 1000;
    const recent = objectRecords(oomLastState(true), finishedAt + skills.RECENT_S - 1).records;
    expect(recent.map(classifyRecord)).toEqual(['OOMKilled']);
    const stale = objectRecords(oomLastState(true), finishedAt + skills.RECENT_S + 1).records;
    expect(stale.map(classifyRecord)).toEqual([null]);
    expect(objectRecords(oomLastState(false), undefined).records.map(classifyRecord)).toEqual(['OOMKilled']);
  });

  it('a completed pod, a Ready node and a rollout in progress are quiet', () => {
    const done = pod({ phase: 'Succeeded', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] });
    const node = { kind: 'Node', metadata: { name: 'n1' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } };
    const rollout = {
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'shop', generation: 2 },
      spec: { replicas: 3 },
      status: { observedGeneration: 2, readyReplicas: 1, conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }] },
    };
    for (const o of [done, node, rollout]) expect(objectRecords(o, undefined).records.map(classifyRecord)).toEqual([null]);
  });

  it('a NotReady node, an unschedulable pod and a stalled Deployment alarm', () => {
    const node = { kind: 'Node', metadata: { name: 'n1' }, status: { conditions: [{ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown' }] } };
    const pending = pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available' }] });
    const stalled = {
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { replicas: 2 },
      status: { readyReplicas: 1, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] },
    };
    expect(objectRecords(node, undefined).records.map(classifyRecord)).toEqual(['NodeNotReady']);
    expect(objectRecords(node, undefined).records[0]?.target).toBe('Node/n1');
    expect(objectRecords(pending, undefined).records.map(classifyRecord)).toEqual(['SchedulingBlocked']);
    expect(objectRecords(stalled, undefined).records.map(classifyRecord)).toEqual(['ReplicaMismatch']);
  });
});

describe('partial lines', () => {
  it('join until the last piece, per stream', () => {
    const lines = new PartialLines();
    expect(lines.add('stdout', 'a', false)).toBeUndefined();
    expect(lines.add('stderr', 'x', true)).toBe('x');
    expect(lines.add('stdout', 'b', true)).toBe('ab');
  });
  it('a line that never ends is let out once it reaches the bound, so memory stays bounded', () => {
    const lines = new PartialLines(4);
    expect(lines.add('stdout', 'ab', false)).toBeUndefined();
    expect(lines.add('stdout', 'cd', false)).toBe('abcd');
    expect(lines.drain()).toEqual([]);
  });
  it('keeps any stream a Docker entry names apart, and drains what is still open on each', () => {
    const lines = new PartialLines();
    expect(lines.add('stdout', 'o1', false)).toBeUndefined();
    expect(lines.add('custom', 'c1', false)).toBeUndefined();
    expect(lines.add('stderr', 'e1', false)).toBeUndefined();
    expect(lines.add('custom', 'c2', true)).toBe('c1c2');
    expect(lines.add('custom', 'c3', false)).toBeUndefined();
    expect(lines.drain()).toEqual([['stdout', 'o1'], ['stderr', 'e1'], ['custom', 'c3']]);
    expect(lines.drain()).toEqual([]);
    expect(lines.add('stdout', 'n', true)).toBe('n');
  });
});

describe('the reader on cluster formats', () => {
  const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [pod({ phase: 'Failed', reason: 'Evicted', message: 'low on memory' }), { kind: 'ConfigMap', metadata: { name: 'c' } }] }, null, 4);

  it.each([1, 7, 64, 1 << 20])('a pretty-printed List reads the same at chunk size %i, and the ConfigMap is counted', async (chunkSize) => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'ghost-list-')), 'list.json');
    writeFileSync(file, list + list);
    const stats = newReadStats();
    const records: LogRecord[] = [];
    for await (const { record } of readRecords(file, { chunkSize, stats })) records.push(record);
    expect(records.map(classifyRecord)).toEqual(['PodDown', 'PodDown']);
    expect(stats).toMatchObject({ read: 4, unreadable: 2 });
  });

  it('watch lines: ADDED and MODIFIED are read, BOOKMARK and DELETED raise nothing', async () => {
    const failing = pod({ phase: 'Failed', reason: 'Evicted' });
    const lines = ['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK'].map((type) => JSON.stringify({ type, object: failing })).join('\n');
    expect((await read(lines)).map(classifyRecord)).toEqual(['PodDown', 'PodDown', null]);
  });

  it('CRI partial lines are joined until F, per stream, with the first piece time', async () => {
    const text = [
      '2024-03-01T10:00:00.1Z stderr P java.lang.OutOfMemory',
      '2024-03-01T10:00:00.2Z stdout F unrelated',
      '2024-03-01T10:00:00.3Z stderr F Error: Java heap space',
    ].join('\n');
    const records = await read(text);
    expect(records.map((r) => [r.message, r.timestamp])).toEqual([
      ['unrelated', '2024-03-01T10:00:00.2Z'],
      ['java.lang.OutOfMemoryError: Java heap space', '2024-03-01T10:00:00.1Z'],
    ]);
  });

  it('Docker json-file pieces are joined until a newline; Fluent Bit, Vector and Loki name their target', async () => {
    const text = [
      '{"log":"part one ","stream":"stdout","time":"2024-03-01T10:00:00Z"}',
      '{"log":"part two\\n","stream":"stdout","time":"2024-03-01T10:00:01Z"}',
      '{"log":"OOMKilled\\n","stream":"stderr","kubernetes":{"namespace_name":"shop","pod_name":"web-5d4f8c7b9-x2k4q","container_name":"app","labels":{"pod-template-hash":"5d4f8c7b9"}}}',
      '{"message":"OOMKilled","timestamp":"2024-03-01T10:00:02Z","kubernetes":{"pod_namespace":"db","pod_name":"pg-0","container_name":"pg","pod_owner":"StatefulSet/pg"}}',
      '{"labels":{"namespace":"shop","pod":"web-5d4f8c7b9-x2k4q","container":"app"},"line":"OOMKilled","timestamp":"2024-03-01T10:00:03Z"}',
    ].join('\n');
    const records = await read(text);
    expect(records.map((r) => [r.message, r.target ?? null])).toEqual([
      ['part one part two', null],
      ['OOMKilled', 'shop/Deployment/web'],
      ['OOMKilled', 'db/StatefulSet/pg'],
      ['OOMKilled', 'shop/Deployment/web'],
    ]);
  });

  it('a Docker json-file capture forced to GHOST records is counted as unreadable, with the format that fits', async () => {
    const stats = newReadStats();
    await read('{"log":"OOMKilled\\n","stream":"stderr","time":"2024-03-01T10:00:00Z"}\n', { format: 'jsonl', stats });
    expect(stats).toMatchObject({ read: 1, unreadable: 1 });
    expect(stats.suggestion).toContain('--format docker');
  });

  it('GHOST records keep their shape and gain only a normalised target', async () => {
    const records = await read('{"severity":"ERROR","message":"OOMKilled","target":{"namespace":"a","kind":"Deployment","name":"b"}}\n');
    expect(records).toEqual([{ severity: 'ERROR', message: 'OOMKilled', target: 'a/Deployment/b' }]);
  });

  it('objects without kind or apiVersion are read by their shape; a shape with no rules is counted', async () => {
    const { kind: _kind, apiVersion: _api, ...bare } = pod({ phase: 'Failed', reason: 'Evicted' });
    const stats = newReadStats();
    const records = await read(`${JSON.stringify(bare)}\n{"metadata":{"name":"x"},"data":{"a":"b"}}\n`, { stats });
    expect(records.map(classifyRecord)).toEqual(['PodDown']);
    expect(stats).toMatchObject({ read: 2, unreadable: 1 });
  });

  it('pretty-printed objects cut off name the object and its line', async () => {
    await expect(read('{\n  "kind": "Pod"\n}\n{\n  "kind": "Pod",\n')).rejects.toThrow('object 1 (line 4): truncated JSON');
  });

  it('YAML is refused with one line saying to use -o json', async () => {
    await expect(read('apiVersion: v1\nkind: Pod\n')).rejects.toThrow(/YAML.*-o json/);
  });
});
