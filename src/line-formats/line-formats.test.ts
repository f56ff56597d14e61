// The field readers and the trust boundary: request data and free text under a stated info
// level are never evidence; pod rows and access logs are judged by their fields.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../agents/watcher.ts';
import { ACCESS_LOG_RULES, INFO_LEVEL_REPORTERS, POD_STATUS_RULES } from '../../skills/line-format-skills.ts';
import { inferSeverity } from '../../skills/severity-skills.ts';
import { classifyMessage, matchText } from '../../skills/watcher-skills.ts';
import { runCli } from '../run-cli.ts';
import { dataKeys, JSON_KEYS, LOGFMT_KEYS, maskRequestData, readAccessLog, readRequestFields, REQUEST_DATA_MARKERS } from './access-log.ts';
import { collapsePadding } from '../shape-groups.ts';
import { FIELD_TABLES, infoLevelReporter, judgeFields, judgePodRow } from '../../skills/field-judge.ts';
import { readKlogHeader } from './klog.ts';
import { NODE_ROW, POD_ROW, readNodeRow, readPodRow } from './kubectl-table.ts';
import { columns } from './columns.ts';
import { casefold } from '../casefold.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { detect } from '../../tools/rule-evidence.ts';


// The two lines of the hardening report: a URL and a user comment that chose GHOST's actions.
const CRAFTED_URL = '10.0.0.9 - - [26/Nov/2025:01:00:00 +0000] "GET /search?q=ErrImagePull HTTP/1.1" 200 612';
const CRAFTED_COMMENT = 'INFO user comment: my pod was OOMKilled lol';

describe('the trust boundary', () => {
  it('lab-run takes no action on a request path or an info-level comment naming a failure', async () => {
    const run = await runCli('adapters/lab-run.ts', ['--jsonl', '--format', 'text', '-'], { input: `${CRAFTED_URL}\n${CRAFTED_COMMENT}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const summary = JSON.parse(run.stderr) as { records: number; detections: number; actions: number; state_changed: boolean };
    expect(summary).toMatchObject({ records: 2, detections: 0, actions: 0, state_changed: false });
    // And with the guard off, one action per detection: still none.
    const unguarded = await runCli('adapters/lab-run.ts', ['--jsonl', '--no-guards', '--format', 'text', '-'], { input: `${CRAFTED_URL}\n${CRAFTED_COMMENT}\n` });
    expect(unguarded.stderr).toBe('records: 2, detections: 0, dry_run: false, state_changed: false\n');
  });

  it('the crafted lines are dangerous: their words alone name a failure (the check can fail)', () => {
    expect(classifyMessage(CRAFTED_URL)).toBe('ImagePullBackOff');
    expect(classifyMessage(CRAFTED_COMMENT)).toBe('OOMKilled');
  });

  it('reads no failure from a path, query string, referrer, user agent or user name', () => {
    const lines = [
      '10.0.0.9 - OOMKilled [26/Nov/2025:01:00:00 +0000] "GET /x HTTP/1.1" 200 12 "https://e.x/?q=CrashLoopBackOff" "Evicted/1.0 (NodeNotReady)"',
      'method=GET path="/api/FailedScheduling?x=1" status=200 duration=0.02s',
      '{"method":"GET","url":"/health?q=deadline exceeded","status":200}',
      '2023/03/08 16:02:40 [error] 31#31: *569 open() failed, client: 1.2.3.4, server: x, request: "GET /ErrImagePull HTTP/1.1", referrer: "https://x/OOMKilled", host: "OOMKilled"',
    ];
    for (const line of lines) expect(classifyLine(line), line).toBeNull();
    expect(inferSeverity(lines[0]!)).toBe('INFO');
    expect(inferSeverity(lines[1]!)).toBe('INFO');
  });

  it('keeps a request log whose status or timing names the failure', () => {
    expect(detect('172.18.0.1 - - [27/Apr/2025:04:06:42 +0000] "GET /search?q=ok HTTP/1.1" 504 569 "-" "curl/8.0"')).toBe('HighLatency');
    expect(detect('level=info msg="request served" method=GET path=/api/orders status=504 duration=30.001s')).toBe('HighLatency');
    expect(detect('level=info method=GET path=/report status=200 duration=45s')).toBe('HighLatency');
  });

  it('a stated info level is final, whatever the message says, stated first wins', () => {
    expect(inferSeverity('level=info msg="user wrote: OOMKilled, evicted, timed out"')).toBe('INFO');
    expect(inferSeverity('{"level":"info","msg":"Back-off restarting failed container"}')).toBe('INFO');
    expect(inferSeverity('I0101 00:00:00.000000       1 handler.go:10] comment: ErrImagePull')).toBe('INFO');
    expect(inferSeverity('INFO user said ERROR: pod OOMKilled')).toBe('INFO');
    expect(inferSeverity('ERROR: INFO missing')).toBe('ERROR');
    // With no level stated, the wording still decides.
    expect(inferSeverity('my pod was OOMKilled')).toBe('ERROR');
  });

  it('reads the wording of info-level lines whose speaker reports cluster state', () => {
    const kubelet = 'Jan 31 15:46:40 ip-10-240-0-20 kubelet[3072]: I0131 15:46:40.357340    3072 kubelet_node_status.go:446] Recording NodeNotReady event message for node ip-10-240-0-20';
    expect(detect(kubelet)).toBe('NodeNotReady');
    // The same line with no reporter listed is info, and the watcher leaves it: the seam works.
    expect(infoLevelReporter(kubelet)).toBe(true);
    expect(infoLevelReporter(kubelet, { ...INFO_LEVEL_REPORTERS, klogFiles: [] })).toBe(false);
  });

  it('every real info-level line of the corpora from an unlisted speaker is INFO, and stays quiet', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(`../../data/realworld/${file}`, import.meta.url), 'utf8')) as Array<{ message: string; labels: { reason: string } }>;
    const infoLines = [...read('dev.json'), ...read('wider.json')].filter(
      (r) => /(?:^|\s)I\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s|level=(?:info|debug)|"level":"info"|\[INFO\]|\sINFO\s/.test(r.message) && !infoLevelReporter(r.message),
    );
    expect(infoLines.length).toBeGreaterThan(20);
    for (const r of infoLines.filter((x) => x.labels.reason === 'healthy')) expect(detect(r.message), r.message).toBeNull();
    // The price, decided in docs/DETECTION.md: two labelled failures are info-level lines of
    // speakers GHOST does not list, and are no longer read.
    expect(infoLines.filter((r) => r.labels.reason !== 'healthy' && detect(r.message) !== r.labels.reason).map((r) => r.message)).toEqual([
      'level=info msg="Pod failed: Pod was active on the node longer than the specified deadline"',
      `     time="2018-12-16T15:00:25Z" level=debug msg="'504 Gateway Timeout' caused by: dial tcp 172.24.0.2:80: i/o timeout"`,
    ]);
  });
});

describe('access-log reader', () => {
  it('reads the combined format, with an ingress-nginx request time', () => {
    expect(readAccessLog(CRAFTED_URL)).toEqual({ status: 200, seconds: null });
    expect(
      readAccessLog('108.162.227.25 - - [08/Mar/2023:16:02:45 +0000] "GET / HTTP/1.1" 504 562 "-" "Mozilla/5.0" 1100 14.998 [pc-dev-example-web-80] [] 10.0.0.1:80 0 15.000 504 abc'),
    ).toEqual({ status: 504, seconds: 14.998 });
  });

  it('reads an AWS load balancer entry: three processing times, then the status', () => {
    const ok = 'h2 2023-03-08T12:05:42.292034Z app/x/y 1.2.3.4:8557 10.0.7.136:31130 0.002 0.004 0.000 200 200 49 1010 "GET https://x:443/ HTTP/2.0" "curl/7.86.0"';
    expect(readAccessLog(ok)).toEqual({ status: 200, seconds: 0.006 });
    expect(readAccessLog(ok.replace('0.002 0.004 0.000 200', '-1 -1 -1 504'))).toEqual({ status: 504, seconds: null });
  });

  it('is not fooled by lines that only quote a request', () => {
    expect(readAccessLog('upstream timed out, client: 1.2.3.4, request: "GET / HTTP/1.1", upstream: "http://x"')).toBeNull();
    expect(readAccessLog('nothing to see')).toBeNull();
  });

  it('reads logfmt and JSON request fields, units included', () => {
    expect(readRequestFields('method=GET path=/x status=504 duration=30.001s')).toEqual({ status: 504, seconds: 30.001 });
    expect(readRequestFields('{"httpRequest":{"requestMethod":"GET","status":504,"latency":"30.001s"}}')).toEqual({ status: 504, seconds: 30.001 });
    expect(readRequestFields('method=GET path=/x status=200 duration=1500ms')).toEqual({ status: 200, seconds: 1.5 });
    expect(readRequestFields('status=200 everything fine')).toBeNull();
  });

  it('masks request data and keeps the server fields', () => {
    expect(maskRequestData(CRAFTED_URL)).toBe('10.0.0.9 - - [26/Nov/2025:01:00:00 +0000] "GET - HTTP/1.1" 200 612');
    expect(maskRequestData('at=error code=H12 desc="Request timeout" method=GET path="/OOMKilled" fwd="1.2.3.4" status=503')).toBe(
      'at=error code=H12 desc="Request timeout" method=GET path=- fwd=- status=503',
    );
    expect(maskRequestData('{"path":"/q?x=\\"Evicted\\"","status":200}')).toBe('{"path":"-","status":200}');
    const plain = 'Liveness probe failed: HTTP probe failed with statuscode: 500';
    expect(maskRequestData(plain)).toBe(plain);
  });

  it('masks a logfmt data key in any case and after any separator it reads, and leaves a line naming none as it is', () => {
    expect(maskRequestData('level=error URL=/OOMKilled code=1')).toBe('level=error URL=- code=1');
    expect(maskRequestData('level=error,user_agent="Evicted/1.0" code=1')).toBe('level=error,user_agent=- code=1');
    expect(maskRequestData('{http_referer=/x code=1')).toBe('{http_referer=- code=1');
    // Words that only end like a key (xpath=, my_url=) are not keys, here or in the expression.
    const none = 'level=info xpath=/OOMKilled my_url=/Evicted pod=web-1 msg="ok"';
    expect(maskRequestData(none)).toBe(none);
  });

  it('reads the keys to look for from the masking expression itself, `?` making a letter optional', () => {
    expect([...dataKeys(/(^|[\s,{])(path|referr?er|user_?Agent)=(?:"[^"]*"|[^\s"]*)/gi)].sort()).toEqual([
      'path',
      'referer',
      'referrer',
      'user_agent',
      'useragent',
    ]);
    expect(() => dataKeys(/"status":\d+/)).toThrow(/no alternation of names/);
  });

  it('masks a JSON data key in any case and with blanks before its colon, and leaves a line naming none as it is', () => {
    expect(maskRequestData('{"requestUrl" : "/OOMKilled","status":200}')).toBe('{"requestUrl" : "-","status":200}');
    expect(maskRequestData('{"USER_AGENT":\t"Evicted/1.0","status":200}')).toBe('{"USER_AGENT":\t"-","status":200}');
    const none = '{"msg":"path /OOMKilled","xpath":"/Evicted","url_count":3}';
    expect(maskRequestData(none)).toBe(none);
  });

  // Lines masking changes, in every form it reads: each data key in three cases, logfmt after
  // each separator, JSON with and without blanks before its colon, a request field, nginx's context.
  function maskedForms(): string[] {
    const logfmt = LOGFMT_KEYS.keys;
    const json = JSON_KEYS.keys;
    const cases = (key: string) => [key, key.toUpperCase(), key[0]!.toUpperCase() + key.slice(1)];
    return [
      ...[...logfmt].flatMap(cases).flatMap((key) => [`level=error ${key}=/x code=1`, `a,${key}="/x y"`, `{${key}=/x`, `${key}=/x`]),
      ...[...json].flatMap(cases).flatMap((key) => [`{"${key}":"/x"}`, `{"${key}" :\t"/x"}`, `{"${key}"  : "/x"}`]),
      CRAFTED_URL,
      '1.2.3.4 - - [26/Nov/2025:01:00:00 +0000]  "GET /x   HTTP/1.1" 200 1',
      'upstream timed out, client: 1.2.3.4, server: x, request: "GET / HTTP/1.1", host: "Evicted"',
      'upstream timed out, client: 1.2.3.4, referrer: "x", request: "GET / HTTP/1.1", referrer: "Evicted"',
    ];
  }
  const holdsMarker = (line: string, markers: readonly string[]) => {
    const low = collapsePadding(line).toLowerCase();
    return markers.some((marker) => low.includes(marker));
  };

  it('every line masking changes holds one of the request-data markers, so a line with none can skip it', () => {
    const changed = maskedForms().filter((line) => maskRequestData(line) !== line);
    expect(changed.length).toBeGreaterThan(150);
    expect(changed.filter((line) => !holdsMarker(line, REQUEST_DATA_MARKERS))).toEqual([]);
  });

  it('a marker list without one key misses the lines naming it: the check can fail', () => {
    const without = REQUEST_DATA_MARKERS.filter((marker) => marker !== 'fwd=');
    const missed = maskedForms().filter((line) => maskRequestData(line) !== line && !holdsMarker(line, without));
    expect(missed).toContain('level=error FWD=/x code=1');
  });

  it('judges by the table it is given: without the 504 row a gateway timeout says nothing', () => {
    const line = '172.18.0.1 - - [27/Apr/2025:04:06:42 +0000] "GET / HTTP/1.1" 504 569 "-" "curl/8.0"';
    expect(judgeFields(line)?.failure).toBe('HighLatency');
    expect(judgeFields(line, { ...FIELD_TABLES, accessLog: { ...ACCESS_LOG_RULES, statuses: {} } })?.failure).toBeNull();
  });
});

describe('klog header reader', () => {
  it('reads the level and the speaking file, also after a journal prefix', () => {
    expect(readKlogHeader('I0107 17:56:34.809399   21132 kubelet.go:2300] Recording NodeNotReady event')).toEqual({ severity: 'I', file: 'kubelet.go', index: 0 });
    expect(readKlogHeader('May 28 16:05:54 h kubelet[2269385]: W0528 16:05:54.802914 2269385 eviction_manager.go:627] x')?.file).toBe('eviction_manager.go');
    expect(readKlogHeader('no header here, main.go:12] only')).toBeNull();
  });
});

describe('kubectl pod-row reader and its field rules', () => {
  it('reads READY, STATUS, RESTARTS and AGE, with a namespace, a restart time or wide columns', () => {
    expect(readPodRow('web-0\t0/2\tPending\t0\t10s')).toEqual({ ready: 0, total: 2, status: 'Pending', restarts: 0, ageSeconds: 10 });
    expect(readPodRow('kube-system   calico-node-9l7tf   0/1     Init:CrashLoopBackOff   1 (12s ago)   2d3h')).toEqual({
      ready: 0,
      total: 1,
      status: 'Init:CrashLoopBackOff',
      restarts: 1,
      ageSeconds: 2 * 86400 + 3 * 3600,
    });
    expect(readPodRow('pt-4c12g-2   0/1     Pending   0          9m51s   <none>   <none>   <none>   <none>')?.ageSeconds).toBe(591);
  });

  it('does not read a deployment or replica set row as a pod row', () => {
    expect(readPodRow('mariadb 0/1 1 0 8m17s')).toBeNull();
    expect(readPodRow('mongo 3 2 33m')).toBeNull();
  });

  it('generalises over names and counts: any 0/N Pending past its first seconds, any restarts', () => {
    expect(detect('vsphere-csi-controller-0                 0/7     Pending   0          43s')).toBe('SchedulingBlocked');
    expect(detect('kube-system   coredns-abc   0/1     Init:Error   3 (5s ago)   4m')).toBe('CrashLoopBackOff');
    expect(detect('x   0/3     ErrImagePull   0          17s')).toBe('ImagePullBackOff');
  });

  it('stays quiet on healthy rows and on a pod seconds old, whatever its name says', () => {
    expect(detect('oom-killer-demo-7d9   1/1     Running   0          5m')).toBeNull();
    expect(detect('evicted-jobs-cleaner-1   0/1     Completed   0          2m')).toBeNull();
    expect(detect('web-0   0/1     Pending   0          2s')).toBeNull();
  });

  it('reads a pod that failed and was never restarted as down, one that keeps failing as a crash loop', () => {
    expect(detect('web-0   0/1     Error   0          2m')).toBe('PodDown');
    // A row with `-o wide --show-labels`, longer than most (round 31).
    const labels = Array.from({ length: 6 }, (_, i) => `example.com/label-${i}=value-${i}-abcdefghijklmnopqrstuvwxyz`).join(',');
    const wide = `batch-7k2x9   0/1     Error   0     5h    10.1.2.3   worker-2   <none>   <none>   ${labels}`;
    expect(wide.length).toBeGreaterThan(400);
    expect(detect(wide)).toBe('PodDown');
    // A container the runtime could not start at all (dockershim's reason).
    expect(detect('job-7   0/1     ContainerCannotRun   0          1m')).toBe('PodDown');
    expect(detect('web-0   0/1     Error   3          2m')).toBe('CrashLoopBackOff');
    // A sidecar still ready beside the failed container: the pod failed all the same.
    expect(detect('web-0   1/2     Error   0          2m')).toBe('PodDown');
  });

  it('judges a failed pod by the table it is given: without its row the line says nothing', () => {
    const row = readPodRow('web-0   0/1     Error   0          2m')!;
    expect(judgePodRow(row, POD_STATUS_RULES.filter((r) => !(r.status === 'error' && r.failure === 'PodDown')))).toBeNull();
  });

  it('judges by the table it is given: without the Pending row a pending pod says nothing', () => {
    const row = readPodRow('web-0   0/1     Pending   0          5m')!;
    expect(judgePodRow(row)).toBe('SchedulingBlocked');
    expect(judgePodRow(row, POD_STATUS_RULES.filter((r) => r.status !== 'pending'))).toBeNull();
  });

  // Lines from sources no round of data/realworld uses, read by their fields. (Two others were
  // later gathered into rounds: the `1/1 Unknown` row of kubernetes/kubernetes#40581 into
  // round 3, the `0/1 OutOfDisk` row of kubernetes/kubernetes#12159 into round 20, where the
  // field rule read it at first score. Since round 5 the phrase tables also name
  // ContainerStatusUnknown, a kubelet reason.)
  it('catches a PodDown row no round holds (kubernetes/kubernetes#122932)', () => {
    const line = 'admin         cert-init-szk-dgzfv                        0/1     ContainerStatusUnknown        1              23h';
    expect(detect(line)).toBe('PodDown');
    expect(judgePodRow(readPodRow(line)!)).toBe('PodDown');
  });
});

describe('padding collapsed once a line, and rows refused before it', () => {
  const REAL = ['dev.json', 'wider.json'].flatMap((f) =>
    (JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'realworld', f), 'utf8')) as Array<{ message: string }>).map((r) => r.message),
  );

  it('collapses each text as it is, whatever was collapsed before it (the last result is kept, never lent to another text)', () => {
    const a = 'web-1   0/1     CrashLoopBackOff   5   10m';
    const b = 'db-2\t\t1/1  Running  0  3d';
    expect(collapsePadding(a)).toBe('web-1 0/1 CrashLoopBackOff 5 10m');
    expect(collapsePadding(b)).toBe('db-2 1/1 Running 0 3d');
    expect(collapsePadding(a)).toBe('web-1 0/1 CrashLoopBackOff 5 10m');
    // An equal text built anew is collapsed the same.
    expect(collapsePadding(['db-2', '\t\t1/1', '  Running  0  3d'].join(''))).toBe('db-2 1/1 Running 0 3d');
  });

  it('folds case and collapses padding in either order: folding makes and removes no space or tab', () => {
    const tricky = ['Straße  ß\tẞ', 'ﬀ  ﬁ\t\tΣΑΣ  ς', 'İ  ı\t K  Å', 'ŉ  ǰ\tΐ', 'ＡＢ  ｃ', ' \t leading and trailing \t '];
    for (const line of [...tricky, ...REAL]) expect(casefold(collapsePadding(line))).toBe(collapsePadding(casefold(line)));
    expect(matchText('Web-1   0/1\tOOMKilled')).toBe('web-1 0/1 oomkilled');
  });

  it('reads a pod row with a capture time and a namespace before its name, and refuses one whose first READY comes after the sixth column (the check can fail)', () => {
    const row = 'Jul 15 17:36:28 shop web-1 0/1 Error 414 5d';
    expect(readPodRow(row)).toMatchObject({ ready: 0, total: 1, status: 'Error', restarts: 414 });
    expect(readPodRow(`extra ${row}`)).toBeNull();
    // A line that only mentions a count like READY's late in its words is not a row.
    expect(readPodRow('the rollout of web is waiting for replicas 0/1 ready 5m')).toBeNull();
  });

  it("reads a node row by its second column's condition, and refuses a line naming it elsewhere (the check can fail)", () => {
    expect(readNodeRow('worker-1   NotReady,SchedulingDisabled   <none>   12d   v1.29.0')).toMatchObject({ condition: 'NotReady', flags: ['SchedulingDisabled'] });
    expect(readNodeRow('node worker-1 NotReady <none> 12d v1.29.0')).toBeNull();
  });

  it('refuses before collapsing nothing the full row expressions would read: over every real-world line, a row is read exactly where its expression matches', () => {
    const dir = join(PROJECT_ROOT, 'data', 'realworld');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ message: string }>).map((r) => r.message));
    expect(lines.length).toBeGreaterThan(20000);
    const pods = lines.filter((line) => line.length <= 2000 && POD_ROW.test(columns(line)));
    const nodes = lines.filter((line) => line.length <= 600 && NODE_ROW.test(columns(line)));
    expect(pods.length).toBeGreaterThan(300);
    expect(nodes.length).toBeGreaterThan(50);
    expect(pods.filter((line) => readPodRow(line) === null)).toEqual([]);
    expect(nodes.filter((line) => readNodeRow(line) === null)).toEqual([]);
  });
});
