// Each framing the record reader reads, through readRecords: JSON arrays and JSON Lines (their
// errors positioned by record or line), the shape checks on every record, plain text, invalid
// UTF-8, large and deeply nested records, and records split at every chunk boundary.
import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../types.ts';
import { bytes, collect, errorMessage, escape, failure, file, messages, useTempDir } from './reader-test-support.ts';

useTempDir();

describe('JSON array input', () => {
  it('yields each element as a record indexed from 0 in file order', async () => {
    const path = await file('a.json', '[{"message":"a"}, {"message":"b"},\n {"message":"c", "labels": {"k": [1, 2]}}]');
    expect(await collect(path)).toEqual([
      { index: 0, record: { message: 'a' } },
      { index: 1, record: { message: 'b' } },
      { index: 2, record: { message: 'c', labels: { k: [1, 2] } } },
    ]);
  });

  it('yields nothing for an empty array', async () => {
    expect(await collect(await file('a.json', ' [ ] \n'))).toEqual([]);
  });

  it('keeps unknown keys as they are', async () => {
    const path = await file('a.json', '[{"id":"x-1","timestamp":12.5,"signal":{"record_type":"Pod"},"extra":[null]}]');
    expect((await collect(path))[0]?.record).toEqual({ id: 'x-1', timestamp: 12.5, signal: { record_type: 'Pod' }, extra: [null] });
  });

  it('reports a malformed element with its record index and the parse error', async () => {
    const message = await errorMessage(await file('a.json', '[{"message":"a"}, {"message":}]'));
    expect(message).toMatch(/^.*a\.json: record 1: invalid JSON: Unexpected token/);
  });

  it('delivers the records before a malformed element before failing', async () => {
    const { records } = await failure(await file('a.json', '[{"message":"a"}, {"message":"b"}, {oops}]'));
    expect(records.map((r) => r.record.message)).toEqual(['a', 'b']);
  });

  it('reports content after the closing bracket, naming the last record', async () => {
    const path = await file('a.json', '[{"message":"a"}, {"message":"b"}]\n{"message":"c"}');
    expect(await errorMessage(path)).toBe(`${path}: after record 1: unexpected content after the closing ']'`);
  });

  it('reports content after the closing bracket of an empty array', async () => {
    const path = await file('a.json', '[] []');
    expect(await errorMessage(path)).toBe(`${path}: record 0: unexpected content after the closing ']'`);
  });

  it('reports a missing closing bracket after a complete record', async () => {
    const path = await file('a.json', '[{"message":"a"}, {"message":"b"}\n');
    const { error, records } = await failure(path);
    expect((error as Error).message).toBe(`${path}: after record 1: truncated JSON array: expected ',' or ']'`);
    expect(records).toHaveLength(2);
  });

  it('reports a record cut off inside an object', async () => {
    const path = await file('a.json', '[{"message":"a"}, {"labels": {"x": 1}');
    expect(await errorMessage(path)).toBe(`${path}: record 1: truncated JSON array: the record is incomplete (unclosed '{' or '[')`);
  });

  it('reports a record cut off inside a string', async () => {
    const path = await file('a.json', '[{"message":"a');
    expect(await errorMessage(path)).toBe(`${path}: record 0: truncated JSON array: the record is incomplete (unterminated string)`);
  });

  it('reports an array cut off after a comma', async () => {
    const path = await file('a.json', '[{"message":"a"},  ');
    expect(await errorMessage(path)).toBe(`${path}: record 1: truncated JSON array: expected a record after ','`);
  });

  it('reports an array that is only an opening bracket', async () => {
    const path = await file('a.json', '[\n');
    expect(await errorMessage(path)).toBe(`${path}: record 0: truncated JSON array: expected a record or ']'`);
  });

  it('reports a trailing comma as a missing record before the bracket', async () => {
    const path = await file('a.json', '[{"message":"a"},]');
    expect(await errorMessage(path)).toBe(`${path}: record 1: expected a record before ']'`);
  });

  it('reports an empty element between two commas', async () => {
    const path = await file('a.json', '[{"message":"a"}, , {"message":"b"}]');
    expect(await errorMessage(path)).toBe(`${path}: record 1: expected a record before ','`);
  });

  it('reports a stray closing brace after a record', async () => {
    const path = await file('a.json', '[{"message":"a"}}]');
    expect(await errorMessage(path)).toBe(`${path}: record 0: invalid JSON: unexpected '}'`);
  });

  it('reports a mismatched bracket inside a record as invalid JSON', async () => {
    const path = await file('a.json', '[{"message":"a"], {"message":"b"}]');
    expect(await errorMessage(path)).toMatch(/a\.json: record 0: invalid JSON: /);
  });
});

describe('JSON Lines input', () => {
  it('yields one record per line', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n{"message":"b","severity":"ERROR"}\n');
    expect(await collect(path)).toEqual([
      { index: 0, record: { message: 'a' } },
      { index: 1, record: { message: 'b', severity: 'ERROR' } },
    ]);
  });

  it('reads a last line that has no newline', async () => {
    expect(await messages(await file('a.jsonl', '{"message":"a"}\n{"message":"b"}'))).toEqual(['a', 'b']);
  });

  it('skips blank and whitespace-only lines and counts records, not lines, in the index', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n\n   \n\t\n{"message":"b"}\n\n');
    expect(await collect(path)).toEqual([
      { index: 0, record: { message: 'a' } },
      { index: 1, record: { message: 'b' } },
    ]);
  });

  it('accepts CRLF line endings, including blank CRLF lines', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\r\n\r\n{"message":"b"}\r\n');
    expect(await messages(path)).toEqual(['a', 'b']);
  });

  it('names the 1-based line of a malformed line, counting blank lines', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n\n{"message":\n');
    expect(await errorMessage(path)).toMatch(new RegExp(`^${escape(path)}: line 3: invalid JSON: `));
  });

  it('counts blank lines before the first record in line numbers', async () => {
    const path = await file('a.jsonl', '\n\n  \n{oops}\n');
    expect(await errorMessage(path)).toMatch(new RegExp(`^${escape(path)}: line 4: invalid JSON: `));
  });

  it('reports a line that is JSON but not an object', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n[1, 2]\n');
    expect(await errorMessage(path, { format: 'jsonl' })).toBe(`${path}: line 2: expected a JSON object, got array`);
  });

  it('reports a null line as not an object', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\nnull\n');
    expect(await errorMessage(path)).toBe(`${path}: line 2: expected a JSON object, got null`);
  });

  it('reports a string line as not an object', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n"just text"\n');
    expect(await errorMessage(path)).toBe(`${path}: line 2: expected a JSON object, got string`);
  });
});

describe('record shape checks', () => {
  it('rejects a non-object element of a JSON array, naming the record', async () => {
    const path = await file('a.json', '[{"message":"a"}, [1], {"message":"b"}]');
    expect(await errorMessage(path)).toBe(`${path}: record 1: expected a JSON object, got array`);
  });

  it('rejects a null element of a JSON array', async () => {
    const path = await file('a.json', '[null]');
    expect(await errorMessage(path)).toBe(`${path}: record 0: expected a JSON object, got null`);
  });

  it('rejects a string element of a JSON array', async () => {
    const path = await file('a.json', '[{}, "text"]');
    expect(await errorMessage(path)).toBe(`${path}: record 1: expected a JSON object, got string`);
  });

  it('rejects a message that is not a string', async () => {
    const path = await file('x.json', '[{}, {}, {}, {"message": 5}]');
    expect(await errorMessage(path)).toBe(`${path}: record 3: "message" must be a string, got number`);
  });

  it('rejects a severity that is null', async () => {
    const path = await file('x.jsonl', '{"severity": null}\n');
    expect(await errorMessage(path)).toBe(`${path}: line 1: "severity" must be a string, got null`);
  });

  it('rejects a service that is not a string', async () => {
    const path = await file('x.json', '[{"service": true}]');
    expect(await errorMessage(path)).toBe(`${path}: record 0: "service" must be a string, got boolean`);
  });

  it('rejects labels that are an array', async () => {
    const path = await file('x.json', '[{"labels": ["a"]}]');
    expect(await errorMessage(path)).toBe(`${path}: record 0: "labels" must be an object, got array`);
  });

  it('rejects labels that are a string', async () => {
    const path = await file('x.jsonl', '{}\n{"labels": "a=b"}\n');
    expect(await errorMessage(path)).toBe(`${path}: line 2: "labels" must be an object, got string`);
  });

  it('accepts records that leave the checked fields out', async () => {
    expect(await collect(await file('x.jsonl', '{"id": 1}\n'))).toEqual([{ index: 0, record: { id: 1 } }]);
  });
});

describe('plain text input', () => {
  it('turns each line into a pod_log record with an inferred severity', async () => {
    const path = await file('pod.log', 'Starting server\nslow query took 3s\nfailed to connect to db\n');
    expect(await collect(path)).toEqual([
      { index: 0, record: { severity: 'INFO', service: 'app-service', message: 'Starting server', labels: { source: 'pod_log' } } },
      { index: 1, record: { severity: 'WARNING', service: 'app-service', message: 'slow query took 3s', labels: { source: 'pod_log' } } },
      { index: 2, record: { severity: 'ERROR', service: 'app-service', message: 'failed to connect to db', labels: { source: 'pod_log' } } },
    ]);
  });

  it('builds records with keys in the order severity, service, message, labels', async () => {
    const [first] = await collect(await file('pod.log', 'hello\n'));
    expect(Object.keys(first?.record ?? {})).toEqual(['severity', 'service', 'message', 'labels']);
  });

  it('trims each line and skips empty ones', async () => {
    expect(await messages(await file('pod.log', '\n  one  \n\n\t\n\ttwo\r\n   \nthree'))).toEqual(['one', 'two', 'three']);
  });

  it('splits on a lone carriage return as Python splitlines did', async () => {
    expect(await messages(await file('pod.log', 'progress 10%\rprogress 20%\n'))).toEqual(['progress 10%', 'progress 20%']);
  });

  it('replaces invalid UTF-8 with U+FFFD and carries on', async () => {
    const path = await file('pod.log', bytes('bad ', [0xff, 0xfe], ' byte\nnext\n'));
    expect(await messages(path)).toEqual(['bad \uFFFD\uFFFD byte', 'next']);
  });
});

describe('invalid UTF-8', () => {
  it('names the JSON Lines line and byte offset of an invalid byte', async () => {
    const path = await file('a.jsonl', bytes('{"message":"ok"}\n{"message":"bad ', [0xff], '"}\n'));
    const { error, records } = await failure(path);
    expect((error as Error).message).toBe(`${path}: line 2: invalid UTF-8 at byte offset 33`);
    expect(records).toHaveLength(1);
  });

  it('names the JSON array record of an invalid byte', async () => {
    const path = await file('a.json', bytes('[{"message":"ok"}, {"message":"', [0xc3, 0x28], '"}]'));
    expect(await errorMessage(path)).toBe(`${path}: record 1: invalid UTF-8 at byte offset 31`);
  });

  it('finds an invalid byte that follows a character split across chunks', async () => {
    const path = await file('a.jsonl', bytes('{"message":"€"}\n\n{"message":"€', [0xe2, 0x82, 0x41], '"}\n'));
    const message = await errorMessage(path, { chunkSize: 2 });
    expect(message).toBe(`${path}: line 3: invalid UTF-8 at byte offset 34`);
  });

  it('reports a character cut off by the end of the input', async () => {
    const path = await file('a.jsonl', bytes('{"message":"ok"}\n{"message":"', [0xe2, 0x82]));
    expect(await errorMessage(path)).toBe(`${path}: line 2: invalid UTF-8 at byte offset 29`);
  });

  it('rejects an encoded UTF-16 surrogate', async () => {
    const path = await file('a.jsonl', bytes('{"message":"', [0xed, 0xa0, 0x80], '"}\n'));
    expect(await errorMessage(path)).toBe(`${path}: line 1: invalid UTF-8 at byte offset 12`);
  });
});

describe('large and deep records', () => {
  it('reads a single 20 MB record spanning many chunks', async () => {
    const message = 'x€é'.repeat(20_000_000 / 6);
    const path = await file('big.json', `[{"message":"a"}, ${JSON.stringify({ message, labels: { size: 'big' } })}, {"message":"z"}]`);
    const records = await collect(path);
    expect(records.map((r) => r.record.message?.toString().length)).toEqual([1, message.length, 1]);
    expect(records[1]?.record.message).toBe(message);
  });

  it('reads a 20 MB JSON Lines record', async () => {
    const message = 'y'.repeat(20_000_000);
    const path = await file('big.jsonl', `${JSON.stringify({ message })}\n{"message":"z"}\n`);
    expect((await messages(path)).map((m) => String(m).length)).toEqual([20_000_000, 1]);
  });

  it('reads a record nested 10,000 levels deep without crashing', async () => {
    const depth = 10_000;
    const deep = `{"message":"deep","payload":${'{"a":['.repeat(depth)}${']}'.repeat(depth)}}`;
    const fromArray = await collect(await file('deep.json', `[${deep}, {"message":"after"}]`));
    const fromLines = await collect(await file('deep.jsonl', `${deep}\n{"message":"after"}\n`));
    expect(fromArray.map((r) => r.record.message)).toEqual(['deep', 'after']);
    expect(fromLines.map((r) => r.record.message)).toEqual(['deep', 'after']);
  });
});

describe('chunk boundaries', () => {
  const tricky: LogRecord[] = [
    { message: 'plain', labels: { nested: [1, { b: '}]' }] } },
    { message: 'quote " and backslash \\ and both \\"', service: 'é€😀 multi-byte' },
    { message: 'ends in backslashes \\\\', severity: 'WARNING' },
    { message: 'comma, bracket ] brace } open { [ ', id: 'x' },
    { message: '😀😀😀', labels: {} },
  ];
  const bom = [0xef, 0xbb, 0xbf];
  const sizes = [1, 2, 3, 4, 5, 7, 11, 64];

  it.each(sizes)('splits a JSON array at every offset the same way (chunk size %i)', async (chunkSize) => {
    const path = await file('t.json', bytes(bom, JSON.stringify(tricky, null, 1)));
    expect((await collect(path, { chunkSize })).map((r) => r.record)).toEqual(tricky);
  });

  it.each(sizes)('splits JSON Lines at every offset the same way (chunk size %i)', async (chunkSize) => {
    const path = await file('t.jsonl', bytes(bom, tricky.map((r) => JSON.stringify(r)).join('\r\n')));
    expect(await collect(path, { chunkSize })).toEqual(tricky.map((record, index) => ({ index, record })));
  });

  it.each(sizes)('splits plain text at every offset the same way (chunk size %i)', async (chunkSize) => {
    const lines = ['café opened', '€ timeout 😀', '  ', 'naïve slow path'];
    const path = await file('t.log', bytes(bom, lines.join('\r\n')));
    expect(await messages(path, { chunkSize })).toEqual(['café opened', '€ timeout 😀', 'naïve slow path']);
  });

  it('splits multi-byte characters across the decoder pieces of a large chunk', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ message: `${'€'.repeat(i % 50)}😀${i}` }));
    const path = await file('many.json', JSON.stringify(records));
    expect((await collect(path)).map((r) => r.record)).toEqual(records);
  });
});
