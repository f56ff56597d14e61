// The request-log readers (Envoy's access log, client-go's request trace, the apiserver's
// httplog, a federation client, nginx's debug log, HAProxy, OpenFaaS' gateway): the status and
// time each reads, the field rules that judge them, and each rule failing once through its seam.
import { describe, expect, it } from 'vitest';
import { detect, underSlowBars } from '../../tools/rule-evidence.ts';
import { readAccessLog, readApiserverHttplog, readCompletedRequest, readForwardedRequest, readHaproxyLog, readNginxFinalize, readRoundTrip, readWatchdogRequest } from './access-log.ts';
import { judgeAccessLog } from '../../skills/field-judge.ts';
import { ACCESS_LOG_RULES } from '../../skills/line-format-skills.ts';

// Rules learned from rounds 3 and 4 (docs/DETECTION.md): each reads a format or a component's
// standard wording, not the one line that showed it missing.
describe('Envoy access logs: the response flags after the status', () => {
  const envoy = (status: string, flags: string, ms = 15000) =>
    `[2020-03-01T10:00:00.000Z] "GET /api HTTP/1.1" ${status} ${flags} 0 19 ${ms} - "-" "curl/7.68.0" "5f1c" "api.shop" "10.0.0.7:8080"`;

  it('reads an upstream request timeout (UT) as HighLatency whatever the status, and a plain 200 as nothing', () => {
    expect(readAccessLog(envoy('504', 'UT'))).toMatchObject({ status: 504, flags: ['UT'] });
    expect(detect(envoy('200', 'UT'))).toBe('HighLatency');
    expect(detect(envoy('503', 'UF,URX', 200))).toBeNull();
    expect(detect(envoy('200', '-'))).toBeNull();
  });

  it('judges flags by the table it is given: without UT the flag says nothing', () => {
    const fields = readAccessLog(envoy('200', 'UT'))!;
    expect(judgeAccessLog(fields)).toBe('HighLatency');
    expect(judgeAccessLog(fields, { ...ACCESS_LOG_RULES, responseFlags: {} })).toBeNull();
  });
});

describe("client-go's request trace: status and milliseconds", () => {
  it('reads a request that took longer than the slow bar as HighLatency, a quick one as nothing', () => {
    const slow = 'I0308 10:34:32.790295   26486 round_trippers.go:436] GET https://10.0.0.1:443/api/v1/pods 200 OK in 45012 milliseconds';
    expect(readRoundTrip(slow)).toEqual({ status: 200, seconds: 45.012 });
    expect(detect(slow)).toBe('HighLatency');
    expect(detect('I0308 10:34:32.790295   26486 round_trippers.go:436] GET https://10.0.0.1:443/api/v1/pods 200 OK in 12 milliseconds')).toBeNull();
    expect(readRoundTrip('the job ran in 5 milliseconds')).toBeNull();
  });

  it('judges the time by the table it is given: with a higher bar the same request says nothing', () => {
    const fields = readRoundTrip('GET https://x/api 200 OK in 45012 milliseconds')!;
    expect(judgeAccessLog(fields)).toBe('HighLatency');
    expect(judgeAccessLog(fields, { ...ACCESS_LOG_RULES, slowSeconds: 60 })).toBeNull();
  });
});

describe("the apiserver's request log (older httplog): verb, path, Go duration, status", () => {
  // Written here, not taken from any round: other paths, verbs, durations and speakers.
  const line = (latency: string, status: string) =>
    `I0517 08:02:11.402871       1 httplog.go:96] PUT /apis/apps/v1/namespaces/shop/deployments/web/status: (${latency}) ${status} [kube-controller-manager/v1.21.3 10.2.0.4:51622]`;

  it('reads a 504 or a request past the slow bar as HighLatency, a quick answer as nothing', () => {
    expect(readApiserverHttplog(line('1m0.25s', '200'))).toEqual({ status: 200, seconds: 60.25 });
    expect(detect(line('1m0.25s', '200'))).toBe('HighLatency');
    expect(detect(line('4.118ms', '504'))).toBe('HighLatency');
    expect(detect(line('847.3µs', '200'))).toBeNull();
    expect(detect(line('2.5ms', '409'))).toBeNull();
  });

  it('is not read from a sentence that only holds a path and a parenthesis', () => {
    expect(readApiserverHttplog('retrying GET /healthz: (see docs) 504 times')).toBeNull();
    expect(readApiserverHttplog('the job took (30s) 504')).toBeNull();
  });

  it('judges the status by the table it is given: without 504 a quick 504 says nothing', () => {
    const fields = readApiserverHttplog(line('4.118ms', '504'))!;
    expect(judgeAccessLog(fields)).toBe('HighLatency');
    expect(judgeAccessLog(fields, { ...ACCESS_LOG_RULES, statuses: {} })).toBeNull();
  });
});

describe("the apiserver's and the kubelet's request log in structured fields (httplog since 1.19): verb, URI, latency, resp (learned from round 530)", () => {
  // Written here, not taken from any round: other paths, verbs, durations and speakers.
  const line = (latency: string, resp?: string) =>
    `I0301 10:00:23.610822     984 httplog.go:89] "HTTP" verb="LIST" URI="/api/v1/namespaces/shop/pods?limit=500" latency="${latency}" userAgent="kubectl/v1.29.1" audit-ID="1a2b" srcIP="10.0.0.5:51622"${resp === undefined ? '' : ` resp=${resp}`}`;

  it('reads a request past the slow bar or a 504 as HighLatency whatever level is stated, a quick answer as nothing', () => {
    expect(readApiserverHttplog(line('1m9.8193246s', '200'))).toEqual({ status: 200, seconds: 69.8193246 });
    expect(detect(line('1m9.8193246s', '200'))).toBe('HighLatency');
    expect(detect(line('1m9.8193246s'))).toBe('HighLatency');
    expect(detect('kubelet.log:9418:' + line('45.2s'))).toBe('HighLatency');
    expect(detect(line('4.118ms', '504'))).toBe('HighLatency');
    expect(detect(line('730.1µs', '200'))).toBeNull();
    expect(detect(line('2.5ms', '409'))).toBeNull();
  });

  it('is read only where the URI\'s closing quote opens the latency', () => {
    expect(readApiserverHttplog('"HTTP" verb="GET" URI="/x" userAgent="y" latency="1m0s"')).toBeNull();
    expect(readApiserverHttplog('"HTTP" verb="GET" URI="/x latency="1m0s"')).toBeNull();
    expect(readApiserverHttplog('"HTTP" verb="GET" URI="/x" latency="soon"')).toBeNull();
  });

  it('judges the latency by the bar it is given: with a higher bar a 69-s request says nothing (the check can fail)', () => {
    const fields = readApiserverHttplog(line('1m9.8193246s', '200'))!;
    expect(judgeAccessLog(fields)).toBe('HighLatency');
    expect(judgeAccessLog(fields, { ...ACCESS_LOG_RULES, slowSeconds: 120 })).toBeNull();
  });
});

describe("OpenFaaS' watchdog on a request it passed to its function: method, path, status, size, seconds (learned from round 537)", () => {
  // Written here, not taken from any round: other paths, sizes, durations.
  const line = (status: string, secs: string) => `10:00:57 POST /function/shop-resize - ${status} - ContentLength: 1.2kB (${secs}s)`;

  it('reads a request past the slow bar or a 504 as HighLatency, a quick answer as nothing', () => {
    expect(readWatchdogRequest(line('200 OK', '49.0651'))).toEqual({ status: 200, seconds: 49.0651 });
    expect(detect(line('200 OK', '49.0651'))).toBe('HighLatency');
    expect(detect(line('504 Gateway Timeout', '0.0012'))).toBe('HighLatency');
    expect(detect(line('200 OK', '0.0412'))).toBeNull();
  });

  it('is not read from a line without the size or the time in its place', () => {
    expect(readWatchdogRequest('POST /function/shop - 200 OK - ContentLength: unknown (49.0s)')).toBeNull();
    expect(readWatchdogRequest('POST /function/shop - 200 OK (49.0s)')).toBeNull();
    expect(readWatchdogRequest('POST /function/shop - 200 OK - ContentLength: 8B (49.0s) retried')).toBeNull();
  });

  it('judges the time by the bar it is given: with a higher bar a 49-s request says nothing (the check can fail)', () => {
    const fields = readWatchdogRequest(line('200 OK', '49.0651'))!;
    expect(judgeAccessLog(fields)).toBe('HighLatency');
    expect(judgeAccessLog(fields, { ...ACCESS_LOG_RULES, slowSeconds: 60 })).toBeNull();
  });
});

describe("a federation client's completed request: status and seconds (learned from round 26)", () => {
  const line = (status: string, secs: string) =>
    `2024-05-02 10:00:00,000 - synapse.http.matrixfederationclient - 348 - INFO - loop-7 - {PUT-O-1} [example.org] Completed request: ${status} in ${secs} secs, got 11 bytes - PUT matrix-federation://example.org/x`;

  it('reads a request past the slow bar or a 504 as HighLatency whatever level is stated, a quick one as nothing', () => {
    expect(readCompletedRequest(line('200 OK', '61.20'))).toEqual({ status: 200, seconds: 61.2 });
    expect(detect(line('200 OK', '61.20'))).toBe('HighLatency');
    expect(detect(line('504 Gateway Timeout', '0.50'))).toBe('HighLatency');
    expect(detect(line('200 OK', '0.12'))).toBeNull();
    expect(readCompletedRequest('Completed request in 5 secs')).toBeNull();
  });

  it('judges the time by the table it is given: with a higher bar the same request says nothing', () => {
    expect(judgeAccessLog(readCompletedRequest(line('200 OK', '61.20'))!, { ...ACCESS_LOG_RULES, slowSeconds: 120 })).toBeNull();
  });
});

describe("nginx's debug log: the status a request was finished with", () => {
  it('reads a 504 as HighLatency whatever level the line states, a 200 or a client abort as nothing', () => {
    const line = (rc: string) => `2015/10/14 14:44:22 [debug] 4313#0: *10 http finalize request: ${rc}, "/fm/x?" a:1, c:1`;
    expect(readNginxFinalize(line('504'))).toEqual({ status: 504, seconds: null });
    expect(detect(line('504'))).toBe('HighLatency');
    expect(detect(line('200'))).toBeNull();
    expect(detect(line('-4'))).toBeNull();
    expect(judgeAccessLog(readNginxFinalize(line('504'))!, { ...ACCESS_LOG_RULES, statuses: {} })).toBeNull();
  });
});


describe("HAProxy's HTTP log (learned from round 9)", () => {
  const haproxy = (timers: string, status: string) =>
    `10.0.0.1:43608 [07/Mar/2023:11:33:48.083] fe~ be/srv1 ${timers} ${status} 198 - - sH-- 1757/1757/11/0/0 0/0 {Go-http-client/2.0} "GET /api HTTP/1.1"`;

  it("reads HAProxy's HTTP log by its status and total time", () => {
    expect(readHaproxyLog(haproxy('0/0/3/-1/600004', '504'))).toEqual({ status: 504, seconds: 600.004 });
    expect(detect(haproxy('0/0/3/-1/600004', '504'))).toBe('HighLatency');
    expect(detect(haproxy('0/0/3/12/45', '200'))).toBeNull();
    expect(detect(haproxy('0/0/3/31000/31045', '200'))).toBe('HighLatency');
    expect(judgeAccessLog(readHaproxyLog(haproxy('0/0/3/12/45', '504'))!, { ...ACCESS_LOG_RULES, statuses: {} })).toBeNull();
  });

  it('reads its fields padded as a terminal copy pads them, behind a syslog priority and tag (round 23)', () => {
    const padded = '<30>Jun 27 21:43:42 haproxy[22021]: 10.0.0.1:43608 [07/Mar/2023:11:33:48.083] fe~ be/srv1 0/0/0/-1/63387    504   194 - - sH-- 15/13/10/0/0 0/0 "PUT /x HTTP/1.1"';
    expect(readHaproxyLog(padded)).toEqual({ status: 504, seconds: 63.387 });
    expect(detect(padded)).toBe('HighLatency');
  });
});


describe("OpenFaaS' gateway log: the status and seconds of a forwarded call (learned from round 38)", () => {
  it('reads the status and the time, and refuses other lines', () => {
    expect(readForwardedRequest('2022/01/14 10:07:51  Forwarded [POST] to /function/fn-1 - [500] - 120.004119s seconds')).toEqual({ status: 500, seconds: 120.004119 });
    expect(readForwardedRequest('2022/01/14 10:07:51  Forwarded [GET] to /function/fn-1 - [200] - 0.01s seconds')).toEqual({ status: 200, seconds: 0.01 });
    expect(readForwardedRequest('Forwarded [POST] to /function/fn-1 - [500] - 120.0s seconds and more')).toBeNull();
    expect(readForwardedRequest('2022/01/14 10:07:51 took 120 seconds')).toBeNull();
  });

  it("judges the call by the access-log rules it is given: with a higher slow bar the slow call says nothing (the check can fail)", () => {
    const line = '2022/01/14 10:07:51  Forwarded [POST] to /function/fn-1 - [200] - 45.2s seconds';
    expect(underSlowBars(line, 60)).toEqual(['HighLatency', null]);
  });
});
