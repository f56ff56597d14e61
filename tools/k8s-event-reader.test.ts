import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../src/errors.ts';
import { parseEvents, readEvents, splitJsonValues, V8_POSITION, withoutSnippet } from './k8s-event-reader.ts';
import { eventLines, eventList, k8sEvent, watchStream } from './k8s-event-builder.ts';

const events = [
  k8sEvent({ reason: 'Scheduled', message: 'Successfully assigned ghost-lab/app-service-1 to node', type: 'Normal' }),
  k8sEvent({ reason: 'BackOff', message: 'Back-off restarting failed container app', count: 4 }),
  k8sEvent({ reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 404', count: 6 }),
];

const reasons = (text: string) => parseEvents(text, 'events.json').map((e) => e.reason);

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('k8s event reader', () => {
  it('reads the items of an EventList', () => {
    expect(reasons(eventList(events))).toEqual(['Scheduled', 'BackOff', 'Unhealthy']);
  });

  it('reads a --watch stream of pretty-printed Event objects', () => {
    expect(reasons(watchStream(events))).toEqual(['Scheduled', 'BackOff', 'Unhealthy']);
  });

  it('reads one Event per line', () => {
    expect(reasons(eventLines(events))).toEqual(['Scheduled', 'BackOff', 'Unhealthy']);
  });

  it('unwraps --output-watch-events envelopes', () => {
    const text = events.map((object) => JSON.stringify({ type: 'ADDED', object })).join('\n');
    expect(reasons(text)).toEqual(['Scheduled', 'BackOff', 'Unhealthy']);
  });

  it('keeps only the latest copy of an event a watch stream repeats, at the place of that copy', () => {
    const first = k8sEvent({ reason: 'BackOff', message: 'Back-off restarting failed container app', count: 1, uid: 'same' });
    const other = k8sEvent({ reason: 'Unhealthy', message: 'Readiness probe failed', uid: 'other' });
    const again = { ...first, count: 5, lastTimestamp: '2026-11-24T18:03:00Z' };
    const parsed = parseEvents(watchStream([first, other, again]), 'w.json');
    expect(parsed.map((e) => [e.reason, e.count])).toEqual([
      ['Unhealthy', 1],
      ['BackOff', 5],
    ]);
  });

  it('keeps the copy already seen when a watch reports the event deleted', () => {
    const seen = k8sEvent({ reason: 'BackOff', message: 'Back-off restarting failed container app', count: 3, uid: 'u1' });
    const text = [JSON.stringify({ type: 'ADDED', object: seen }), JSON.stringify({ type: 'DELETED', object: { ...seen, count: 1 } })].join('\n');
    expect(parseEvents(text, 'w.json').map((e) => e.count)).toEqual([3]);
  });

  it('picks out the fields of the Event schema', () => {
    const [event] = parseEvents(eventList([k8sEvent({ reason: 'NodeNotReady', message: 'Node is not ready', kind: 'Node', name: 'worker-2', count: 2 })]), 'e.json');
    expect(event).toMatchObject({ reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', count: 2, involvedKind: 'Node', involvedName: 'worker-2', position: 'items[0]' });
  });

  it('treats missing and null text fields as empty', () => {
    const [event] = parseEvents(JSON.stringify({ kind: 'Event', reason: 'BackOff', message: null }), 'e.json');
    expect(event).toMatchObject({ reason: 'BackOff', message: '', involvedKind: '', involvedName: undefined });
  });

  it('reads an empty watch capture as no events', () => {
    expect(parseEvents('\n  \n', 'e.json')).toEqual([]);
  });

  it('names the line and column of a syntax error in a watch stream', () => {
    const text = `${watchStream(events.slice(0, 1))}{\n    "kind": "Event",\n    "reason": "BackOff",,\n}\n`;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(',,')) + 1;
    const column = (lines[line - 1] as string).indexOf(',,') + 2;
    expect(errorOf(() => parseEvents(text, 'w.json')).message).toBe(
      `w.json: line ${line} column ${column}: invalid JSON: Expected double-quoted property name`,
    );
  });

  it('names where a truncated value starts', () => {
    const text = `${watchStream(events.slice(0, 1))}{\n  "kind": "Event",\n  "reason": "Back`;
    const line = text.split('\n').length - 2;
    expect(errorOf(() => parseEvents(text, 'w.json')).message).toBe(`w.json: line ${line} column 1: truncated JSON: the value starting here never closes`);
  });

  it('refuses text that is not JSON', () => {
    expect(errorOf(() => parseEvents('LAST SEEN   TYPE      REASON\n', 'e.txt')).message).toBe(
      `e.txt: line 1 column 1: expected '{' to start a JSON object, found "L"`,
    );
  });

  it('refuses a JSON array, such as an already normalized file', () => {
    expect(errorOf(() => parseEvents('[{"severity": "ERROR"}]', 'n.json')).message).toMatch(/^n\.json: line 1: expected an EventList or Event objects, got a JSON array/);
  });

  it('refuses a list of objects that are not Events', () => {
    const pods = eventList([{ kind: 'Pod', metadata: { name: 'p' } }]);
    expect(errorOf(() => parseEvents(pods, 'pods.json')).message).toBe('pods.json: items[0]: expected a Kubernetes Event, got kind "Pod"');
  });

  it('names the event and field that has the wrong type', () => {
    const bad = eventList([events[0] as Record<string, unknown>, { ...events[1], reason: 7 }]);
    expect(errorOf(() => parseEvents(bad, 'e.json')).message).toBe('e.json: items[1]: "reason" must be a string, got a number');
  });

  it('names the object and its line in a stream', () => {
    const text = `${watchStream(events.slice(0, 2))}${JSON.stringify({ kind: 'Event', reason: 'X', involvedObject: 'pod/x' })}\n`;
    const line = text.split('\n').length - 1;
    expect(errorOf(() => parseEvents(text, 'w.json')).message).toBe(`w.json: object 2 (line ${line}): "involvedObject" must be an object, got a string`);
  });

  it('splits values separated by any whitespace', () => {
    expect([...splitJsonValues('{"a":1}{"b":"}"}\n\n  [2]', 'x')].map((v) => v.value)).toEqual([{ a: 1 }, { b: '}' }, [2]]);
  });

  it('reports a missing events file by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-events-'));
    await expect(readEvents(join(dir, 'none.json'))).rejects.toThrow(`${join(dir, 'none.json')}: no such file`);
  });

  it('refuses an events file that is not UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-events-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0x7d]));
    await expect(readEvents(file)).rejects.toThrow(`${file}: line 1: invalid UTF-8 at byte offset 1`);
  });
});

// The expressions these replaced backtracked over their input; recheck's attack strings for
// them, pumped far past their length in the report, are read once.
describe("V8's JSON.parse messages", () => {
  const OLD_SNIPPET = /, "[\s\S]*" is not valid JSON$/;

  it('lose their input snippet as the old expression took it off', () => {
    for (const detail of [
      `Unexpected token 'x', "abc" is not valid JSON`,
      `Unexpected token 'x', "a, "b" is not valid JSON`,
      `Unexpected token 'x', ""..."" is not valid JSON`,
      `Unexpected end of JSON input`,
      `x, " is not valid JSON`,
      `, "" is not valid JSON`,
    ]) {
      expect(withoutSnippet(detail), detail).toBe(detail.replace(OLD_SNIPPET, ''));
    }
  });

  it("read the checker's attack strings once", () => {
    const snippetAttack = `${', "'.repeat(350_000)}d`;
    expect(withoutSnippet(snippetAttack)).toBe(snippetAttack);
    const positionAttack = ` in JSON at position 0${'0'.repeat(100_000)}\n`;
    expect(V8_POSITION.test(positionAttack)).toBe(false);
    expect(`Expected ',' in JSON at position 12 (line 1 column 13)`.replace(V8_POSITION, '')).toBe("Expected ','");
  });
});
