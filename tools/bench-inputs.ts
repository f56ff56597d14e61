// The benchmark's inputs: the seed's near-real stream repeated to N records, written as a JSON
// array, JSON Lines, bare messages, a CRI container log and a kubectl watch stream, and the
// watcher's patterns for the grep floor.
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { buildDatasets } from '../data/seed-datasets.ts';
import { dumpsPython } from '../src/py-json.ts';
import { DETECTABLE_PATTERNS } from '../skills/watcher-skills.ts';
import type { JsonValue } from '../src/types.ts';

// Python's json.dumps default separators, so the array is the size the original would read.
function pyCompact(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(pyCompact).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyCompact(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

export interface Inputs {
  json: string;
  jsonl: string;
  messages: string;
  /** The bare messages as a CRI container log file (every tenth line split into P and F pieces). */
  cri: string;
  /** A `kubectl get pods -w -o json` stream: one pretty-printed Pod per 10 records, one in ten crash-looping. */
  watch: string;
  watchFailing: number;
  patterns: string;
  injected: number;
}

export async function writeInputs(dir: string, records: number): Promise<Inputs> {
  const near = buildDatasets(42).datasets.find((d) => d.file === 'near_real_stream.json');
  if (!near) throw new Error('seed did not produce near_real_stream.json');
  const base = JSON.parse(dumpsPython(near.records)) as Array<Record<string, JsonValue>>;
  const failuresPerCopy = base.filter((r) => {
    const labels = r['labels'];
    return typeof labels === 'object' && labels !== null && !Array.isArray(labels) && typeof labels['reason'] === 'string';
  }).length;
  const arrayLines = base.map(pyCompact);
  const jsonLines = base.map((r) => JSON.stringify(r));
  const bare = base.map((r) => String(r['message']).replace(/\n/g, ' '));
  const copies = Math.ceil(records / base.length);
  const paths: Inputs = {
    json: join(dir, `stream-${records}.json`),
    jsonl: join(dir, `stream-${records}.jsonl`),
    messages: join(dir, `messages-${records}.txt`),
    cri: join(dir, `container-${records}.log`),
    watch: join(dir, `watch-${records}.json`),
    watchFailing: 0,
    patterns: join(dir, 'patterns.txt'),
    injected: 0,
  };
  const outs = [createWriteStream(paths.json), createWriteStream(paths.jsonl), createWriteStream(paths.messages)];
  const [arr, lines, msgs] = outs as [typeof outs[0], typeof outs[0], typeof outs[0]];
  arr.write('[');
  let written = 0;
  for (let c = 0; c < copies && written < records; c += 1) {
    const n = Math.min(base.length, records - written);
    const sep = written === 0 ? '' : ', ';
    const ok = [
      arr.write(sep + arrayLines.slice(0, n).join(', ')),
      lines.write(jsonLines.slice(0, n).join('\n') + '\n'),
      msgs.write(bare.slice(0, n).join('\n') + '\n'),
    ];
    written += n;
    if (n === base.length) paths.injected += failuresPerCopy;
    // Subscribe to every stalled stream before waiting on any, or a drain could be missed.
    await Promise.all(ok.flatMap((flowing, i) => (flowing ? [] : [once(outs[i] as typeof arr, 'drain')])));
  }
  arr.write(']');
  await Promise.all(outs.map((s) => new Promise((r) => s.end(r))));
  writeFileSync(paths.patterns, Object.values(DETECTABLE_PATTERNS).flat().join('\n') + '\n');
  await writeCri(paths.cri, bare, records);
  paths.watchFailing = await writeWatch(paths.watch, Math.ceil(records / 10));
  return paths;
}

/** Write `text` pieces to `path`, waiting for the stream to drain when it asks to. */
async function writeAll(path: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  await new Promise((r) => out.end(r));
}

function* criLines(bare: readonly string[], records: number): Generator<string> {
  const start = Date.parse('2024-03-01T00:00:00Z');
  for (let i = 0; i < records; i += 1) {
    const time = new Date(start + i).toISOString().replace('Z', '123456Z');
    const message = bare[i % bare.length] as string;
    const stream = i % 3 === 0 ? 'stderr' : 'stdout';
    if (i % 10 === 0 && message.length > 8) {
      const cut = Math.floor(message.length / 2);
      yield `${time} ${stream} P ${message.slice(0, cut)}\n${time} ${stream} F ${message.slice(cut)}\n`;
    } else {
      yield `${time} ${stream} F ${message}\n`;
    }
  }
}

async function writeCri(path: string, bare: readonly string[], records: number): Promise<void> {
  await writeAll(path, criLines(bare, records));
}

/** Pods as `kubectl get -w -o json` prints them; every tenth is in CrashLoopBackOff. Returns how many. */
export async function writeWatch(path: string, objects: number): Promise<number> {
  let failing = 0;
  function* pods(): Generator<string> {
    const start = Date.parse('2024-03-01T00:00:00Z');
    for (let i = 0; i < objects; i += 1) {
      const at = new Date(start + i * 1000).toISOString();
      const crashing = i % 10 === 9;
      if (crashing) failing += 1;
      const name = `web-${(i % 50).toString().padStart(2, '0')}`;
      const pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          creationTimestamp: at,
          labels: { app: 'web', 'pod-template-hash': '5d4f8c7b9' },
          name: `web-5d4f8c7b9-${name.replace('-', 'x')}q`,
          namespace: 'shop',
          ownerReferences: [{ apiVersion: 'apps/v1', controller: true, kind: 'ReplicaSet', name: 'web-5d4f8c7b9', uid: `u-${i}` }],
          resourceVersion: String(100000 + i),
          uid: `p-${i}`,
        },
        spec: { containers: [{ image: 'registry/web:v1', name: 'app', readinessProbe: { httpGet: { path: '/ready', port: 8080 } } }], nodeName: 'node-1' },
        status: {
          conditions: [
            { lastProbeTime: null, lastTransitionTime: at, status: crashing ? 'False' : 'True', type: 'Ready' },
            { lastProbeTime: null, lastTransitionTime: at, status: 'True', type: 'PodScheduled' },
          ],
          containerStatuses: [
            crashing
              ? { name: 'app', ready: false, restartCount: 5, state: { waiting: { message: 'back-off 2m40s restarting failed container', reason: 'CrashLoopBackOff' } } }
              : { name: 'app', ready: true, restartCount: 0, started: true, state: { running: { startedAt: at } } },
          ],
          phase: 'Running',
          startTime: at,
        },
      };
      yield `${JSON.stringify(pod, null, 4)}\n`;
    }
  }
  await writeAll(path, pods());
  return failing;
}
