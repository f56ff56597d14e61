// An event row's MESSAGE is cut from the line the watcher has just scanned: when that scan found
// no class's phrase or shape substring (and no request data), the message is judged without a
// second scan. These tests show the reuse gives every round's event rows the verdict a fresh scan
// gives, and that each condition it rests on refuses when it does not hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';
import { readEventRow } from '../src/line-formats/kubectl-events.ts';
import { classifyMaskedMessage, classifyMessage, matchText, scanMessage, scannedVerdict } from './watcher-skills.ts';
import { DETECTABLE_SHAPES } from './line-shapes.ts';

const REALWORLD = join(PROJECT_ROOT, 'data', 'realworld');
const LINES: string[] = readdirSync(REALWORLD)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(REALWORLD, f), 'utf8')) as Array<{ message: string }>).map((r) => r.message));

describe("an event row's message after its line's scan", () => {
  it('gets the verdict a fresh scan gives, on every event row the real-world files hold', () => {
    let rows = 0;
    const differing: string[] = [];
    for (const line of LINES) {
      const row = readEventRow(line);
      if (row === null) continue;
      rows += 1;
      scanMessage('a line that holds none of the message');
      const fresh = classifyMaskedMessage(row.message);
      scanMessage(line);
      if (classifyMaskedMessage(row.message) !== fresh) differing.push(line);
    }
    expect(rows).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  });

  it('is scanned when the line just scanned does not hold it', () => {
    scanMessage('all quiet here');
    expect(classifyMaskedMessage('Container app was OOMKilled')).toBe('OOMKilled');
  });

  it("is scanned when the line's scan found a class's phrase in it", () => {
    scanMessage('pod web-1 was OOMKilled');
    expect(classifyMaskedMessage('OOMKilled')).toBe('OOMKilled');
  });

  it("is scanned when the line's scan found a shape's substring, though the shape did not match the line", () => {
    // Both layouts are read from the start of what they are given: the line's prefix keeps them off it.
    for (const [line, message, failure] of [
      ['said: worker-1 node false', 'worker-1 node false', 'NodeNotReady'],
      ['the rows: web 3 3 1 5m', 'web 3 3 1 5m', 'ReplicaMismatch'],
    ] as const) {
      scanMessage(line);
      expect(scannedVerdict()).toBeNull();
      expect(classifyMaskedMessage(message)).toBe(failure);
    }
  });

  it('matches nothing, unscanned, when it lies in a line whose scan found no class', () => {
    scanMessage('Normal Pulled pod/web-1 Successfully pulled image "nginx:1.27"');
    expect(scannedVerdict()).toBeNull();
    expect(classifyMaskedMessage('Successfully pulled image "nginx:1.27"')).toBeNull();
    expect(classifyMessage('Successfully pulled image "nginx:1.27"')).toBeNull();
  });
});

describe('the rows-of-counts layout', () => {
  // Listed under each pair of digits a space apart: every row it reads must hold one.
  const rows = Object.values(DETECTABLE_SHAPES)
    .flat()
    .filter((shape) => /^\d \d$/.test(shape.contains));
  const expression = rows[0]!.shape;

  it('is one expression, listed under all hundred pairs of digits', () => {
    expect(new Set(rows.map((shape) => shape.shape)).size).toBe(1);
    expect(new Set(rows.map((shape) => shape.contains)).size).toBe(100);
  });

  it('reads only lines holding two digits a space apart, on every real-world line', () => {
    const read = LINES.map(matchText).filter((text) => expression.test(text));
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((text) => !/\d \d/.test(text))).toEqual([]);
  });

  it('still reads a row whose counts are columns apart, padding read as one space', () => {
    expect(classifyMessage('web-5d8f   3         3         1       5m')).toBe('ReplicaMismatch');
  });
});

describe('layouts listed under the words they end on', () => {
  // Listed under `kubelet` and `pod`, these two layouts ran on, and sent to a second scan of its
  // message, every event row the kubelet reported and most rows about a pod.
  it("are not read on a kubelet's event rows: such a row holds no layout's substring, so its message is not scanned again", () => {
    const substrings = Object.values(DETECTABLE_SHAPES)
      .flat()
      .map((shape) => matchText(shape.contains));
    for (const line of [
      'Normal   Started    18s              kubelet            Started container nginx',
      'Normal   Pulling    50s (x4 over 2m25s)  kubelet            Pulling image "index.docker.io/jaegertracing/all-in-one:1.8"',
      '  Normal   Created    2m51s   kubelet, gke-ci-default-pool-092b0d29-7k62  Created container istio-init',
    ]) {
      const text = matchText(line);
      expect(substrings.filter((contains) => text.includes(contains)), line).toEqual([]);
      expect(readEventRow(line), line).not.toBeNull();
      expect(classifyMessage(line), line).toBeNull();
    }
  });

  it('still read what they read, under the words that end them', () => {
    for (const [line, failure] of [
      ['Service snap.microk8s.daemon-kubelet is not running', 'NodeNotReady'],
      ["kubelet isn't running on worker-2", 'NodeNotReady'],
      ['the pod was terminated', 'PodDown'],
      ['Pod web-1 has been killed', 'PodDown'],
    ] as const) {
      expect(classifyMessage(line), line).toBe(failure);
      // The entries of the class whose layout reads the line: none is under `kubelet` or `pod`.
      const shapes = DETECTABLE_SHAPES[failure].filter((shape) => shape.shape.test(matchText(line)));
      expect(shapes.length, line).toBeGreaterThan(0);
      for (const { contains } of shapes) expect(['kubelet', 'pod']).not.toContain(contains);
    }
  });

  it('stop at the clean endings they always refused', () => {
    expect(classifyMessage('the pod was terminated gracefully')).toBeNull();
  });
});
