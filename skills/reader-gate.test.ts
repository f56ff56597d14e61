// The reader gate: the severity table's one scan looks for each field reader's marks, and a
// reader whose marks a line lacks is not run. That is only safe if no line a reader reads
// lacks its marks: shown here on every line of the real-world files and the readers' own
// examples, with each reader refusing its lines once their marks are taken out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statesExitLevel } from '../src/line-formats/process-exit.ts';
import { PROCESS_EXIT_LEVELS } from './line-format-skills.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { collapsePadding } from '../src/shape-groups.ts';
import {
  readAccessLog,
  readApiserverHttplog,
  readCompletedRequest,
  readDeisRouterLog,
  readForwardedRequest,
  readGinRequest,
  readMacaronRequest,
  readPrettyRequest,
  readHaproxyLog,
  readHttpxRequest,
  readNginxFinalize,
  readRackTimeout,
  readQueryResult,
  readSeataCost,
  readSaiTimeSpan,
  readLnetInactive,
  readRspamdSlowRule,
  readBeegoRequest,
  readGoGetTrace,
  readBcliFinished,
  readArkimeHttp,
  readWatchdogRequest,
  readOutgoingResponse,
  readRequestFields,
  readRoundTrip,
  readSearchClientRequest,
  readServeRequest,
  readAnsweredRequest,
  readTornadoRequest,
} from '../src/line-formats/access-log.ts';
import { readKlogHeader } from '../src/line-formats/klog.ts';
import { readEventRow, readRecordedEvent } from '../src/line-formats/kubectl-events.ts';
import { readClusterRow, readMachineRow, readNodeRow, readPodRow } from '../src/line-formats/kubectl-table.ts';
import { readMetricSample } from '../src/line-formats/metric-sample.ts';
import { READER_GATE_INDEX, READER_MARKS, type MarkedReader } from '../src/line-formats/reader-marks.ts';
import { FIELD_TABLES, judgeFields } from './field-judge.ts';
import { inferSeverity } from './severity-skills.ts';

const READERS: Record<MarkedReader, (line: string) => unknown> = {
  klog: readKlogHeader,
  accessLog: readAccessLog,
  podRow: readPodRow,
  nodeRow: readNodeRow,
  clusterRow: readClusterRow,
  machineRow: readMachineRow,
  roundTrip: readRoundTrip,
  nginxFinalize: readNginxFinalize,
  haproxy: readHaproxyLog,
  apiserverHttplog: readApiserverHttplog,
  completedRequest: readCompletedRequest,
  forwardedRequest: readForwardedRequest,
  searchClient: readSearchClientRequest,
  tornado: readTornadoRequest,
  serve: readServeRequest,
  answeredRequest: readAnsweredRequest,
  httpx: readHttpxRequest,
  deisRouter: readDeisRouterLog,
  gin: readGinRequest,
  macaron: readMacaronRequest,
  beego: readBeegoRequest,
  goGetTrace: readGoGetTrace,
  bcliFinished: readBcliFinished,
  arkimeHttp: readArkimeHttp,
  watchdogRequest: readWatchdogRequest,
  outgoingResponse: readOutgoingResponse,
  processExit: (line: string) => (statesExitLevel(line, PROCESS_EXIT_LEVELS.levels) ? line : null),
  prettyRequest: readPrettyRequest,
  rackTimeout: readRackTimeout,
  queryResult: readQueryResult,
  seataCost: readSeataCost,
  saiTimeSpan: readSaiTimeSpan,
  lnetInactive: readLnetInactive,
  rspamdSlowRule: readRspamdSlowRule,
  eventRow: readEventRow,
  recordedEvent: readRecordedEvent,
  metricSample: readMetricSample,
  requestFields: readRequestFields,
};

// One line of each reader's format, for readers no real-world file holds a line of.
const EXAMPLES: readonly string[] = [
  'I0107 17:56:34.809399   21132 kubelet_node_status.go:446] Recording NodeNotReady event message for node worker-1',
  '10.0.0.1 - - [07/Jan/2024:17:56:34 +0000] "GET /api HTTP/1.1" 504 0 "-" "curl/8.0" 1024 60.001',
  'web-7d4b9c6f5-x2x9z   0/1     CrashLoopBackOff   5 (2m ago)   10m',
  'worker-1   NotReady   <none>   12d   v1.29.0',
  'GET https://api.example.com/v1/items returned 503 in 1234.5 milliseconds',
  '2024/01/07 17:56:34 [debug] 42#42: *7 http finalize request: 504, "/api?" a:1, c:1',
  'Jan  7 17:56:34 lb haproxy[42]: 10.0.0.1:5000 [07/Jan/2024:17:56:34.000] fe be/web1 0/0/1/30001/30002 504 194 - - sH-- 1/1/0/0/0 0/0 "GET /api HTTP/1.1"',
  'I0107 17:56:34.809399       1 httplog.go:132] "HTTP" verb="GET" URI="/api" latency="31s"',
  'I0107 17:56:34.809399       1 wrap.go:47] GET /api/v1/nodes: (30.001s) 504',
  '2024-01-07 17:56:34 INFO Completed request: 504 Gateway Timeout in 30.5 secs',
  '2024-01-07 17:56:34 INFO gateway Forwarded [GET] to http://backend/api - [504] - 30.2s seconds',
  'GET http://es:9200/_search [status:504 request:30.001s]',
  '[W 240107 17:56:34 web:2271] 504 GET /api (10.0.0.1) 30001.23ms',
  'INFO:     10.0.0.1:5000 - GET /api 504 30.1s',
  '2024/01/07 17:56:34 ...eb/routing/logger.go:102:func1() [I] router: completed GET /api for 10.0.0.1:0, 504 Gateway Timeout in 30001.5ms @ api/x.go:12(api.X)',
  'INFO httpx HTTP Request: POST https://api.example.com/v1 "HTTP/1.1 504 Gateway Timeout"',
  '[2024-01-07T17:56:34+00:00] - deis-router - 10.0.0.1 - - - 504 - "GET /api HTTP/1.1" - 194 - "-" - "curl" - "app" - upstream - 30.001',
  '[GIN] 2024/01/07 - 17:56:34 | 504 |  30.001s |  10.0.0.1 | GET      "/api"',
  '17:56:34 ✨ request completed GET 200 /items/orders 45.2s',
  'source=rack-timeout id=abc wait=1ms timeout=15000ms service=15001ms state=timed_out',
  '3 rows in set, 1 warning (31.02 sec)',
  'Query OK, 1 row affected (0.01 sec)',
  'default   10m   Warning   BackOff   pod/web-1   Back-off restarting failed container',
  'I0107 17:56:34.809399 1 event.go:294] "Event occurred" object="default/web-1" kind="Pod" apiVersion="v1" type="Warning" reason="BackOff" message="x"',
  "I0107 17:56:34.809399 1 event.go:258] Event(v1.ObjectReference{Kind:\"Pod\", Name:\"web-1\"}): type: 'Warning' reason: 'BackOff' Back-off restarting failed container",
  'redis_evicted_keys_total{instance="r1"} 0',
  'level=info method=GET path=/api status=504 duration=30.1s',
  '17:56:34 POST /api - 504 Gateway Timeout - ContentLength: 1.2kB (30.0012s)',
];

const readerOf = (reader: MarkedReader): ((line: string) => unknown) => READERS[reader];

function realWorldLines(): string[] {
  const dir = join(PROJECT_ROOT, 'data', 'realworld');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ message: string }>).map((r) => r.message));
}
const LINES = [...EXAMPLES, ...realWorldLines()];

/**
 * The line with every occurrence of `mark` as the scan reads it (any case, a space in the mark
 * standing for any run of padding) broken by a zero-width space after its first character, or
 * a one-character mark replaced by one.
 */
function withoutMark(line: string, mark: string): string {
  const source = mark.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]+');
  return line.replace(new RegExp(source, 'gi'), (found) => (mark.length === 1 ? '\u200b' : `${found[0]}\u200b${found.slice(1)}`));
}

/** Lines a reader reads that hold none of its marks as the scan reads them (padding collapsed, lowercase). */
function unmarkedReads(marks: Record<MarkedReader, readonly string[]>, reader: MarkedReader, lines: readonly string[]): string[] {
  return lines.filter((line) => {
    if (readerOf(reader)(line) === null) return false;
    const low = collapsePadding(line).toLowerCase();
    return !marks[reader].some((mark) => low.includes(mark.toLowerCase()));
  });
}

describe("the reader gate: a reader runs only on lines that hold one of its marks", () => {
  const readers = Object.keys(READER_MARKS) as MarkedReader[];

  it.each(readers)('every line %s reads holds one of its marks, as the severity scan reads the line', (reader) => {
    const read = LINES.filter((line) => readerOf(reader)(line) !== null);
    expect(read.length, `no line of ${reader}'s format to check`).toBeGreaterThan(0);
    expect(unmarkedReads(READER_MARKS, reader, LINES)).toEqual([]);
  });

  it.each(readers)('%s refuses each line it reads once the line holds none of its marks', (reader) => {
    for (const line of LINES.filter((l) => readerOf(reader)(l) !== null)) {
      const stripped = READER_MARKS[reader].reduce(withoutMark, line);
      expect(readerOf(reader)(stripped), stripped).toBeNull();
    }
  });

  it('catches a mark that a reader\'s lines need not hold (the check can fail)', () => {
    const wrong = { ...READER_MARKS, accessLog: ['zqx'] };
    expect(unmarkedReads(wrong, 'accessLog', LINES).length).toBeGreaterThan(0);
  });

  it('a gate that says a line lacks a reader\'s marks keeps the reader from reading it (the gate can fail)', () => {
    const row = 'web-7d4b9c6f5-x2x9z   0/1     CrashLoopBackOff   5 (2m ago)   10m';
    const open = new Uint8Array(Object.keys(READER_GATE_INDEX).length).fill(1);
    const shut = open.slice();
    shut[READER_GATE_INDEX.podRow] = 0;
    expect(judgeFields(row, FIELD_TABLES, open)?.failure).toBe('CrashLoopBackOff');
    expect(judgeFields(row, FIELD_TABLES, shut)).toBeNull();
    expect(judgeFields(row)?.failure).toBe('CrashLoopBackOff');
  });

  it('inferSeverity, which gates the readers by its scan, judges every line as the readers run ungated would', () => {
    const differ = LINES.filter((line) => {
      const fields = judgeFields(line);
      return fields !== null && inferSeverity(line) !== fields.severity;
    });
    expect(differ).toEqual([]);
  });
});
