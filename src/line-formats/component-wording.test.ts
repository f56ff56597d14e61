// Wording and layouts of components and runtimes (docker ps and node rows, the event recorder,
// alert texts, metric samples, Nomad allocations, Helm, Argo), each read as its class by the
// rule that is about it, beside traps that stay quiet.
import { describe, expect, it } from 'vitest';
import { detect } from '../../tools/rule-evidence.ts';
import { infoLevelReporter } from '../../skills/field-judge.ts';
import { INFO_LEVEL_REPORTERS } from '../../skills/line-format-skills.ts';
import { EVENT_RULES } from '../../skills/k8s-event-skills.ts';
import { FIELD_TABLES, judgeAllocRow, judgeEventRow, judgeFields } from '../../skills/field-judge.ts';
import { inferSeverity } from '../../skills/severity-skills.ts';
import { DETECTABLE_SHAPES } from '../../skills/line-shapes.ts';
import { classifyMessage, DETECTABLE_PATTERNS, matchText } from '../../skills/watcher-skills.ts';
import { readEventRow, readRecordedEvent } from './kubectl-events.ts';
import { readMetricSample } from './metric-sample.ts';
import { readAllocRow } from './nomad.ts';

describe('docker ps: a container that exited with an error and stays down', () => {
  it.each([
    ['51e8ee70c83c   app:1   "sh -c run"   9 seconds ago   Exited (1) 2 seconds ago   web.1', 'PodDown'],
    ['51e8ee70c83c   app:1   "sh -c run"   9 minutes ago   Exited (2) About a minute ago   web.1', 'PodDown'],
    ['51e8ee70c83c   app:1   "sh -c run"   9 minutes ago   Exited (137) 3 minutes ago   web.1', 'OOMKilled'],
    ['51e8ee70c83c   app:1   "sh -c run"   9 minutes ago   Exited (0) 3 minutes ago   web.1', null],
    ['51e8ee70c83c   app:1   "sh -c run"   9 minutes ago   Exited (143) 3 minutes ago   web.1', null],
    ['51e8ee70c83c   app:1   "sh -c run"   9 minutes ago   Exited (130) 3 minutes ago   web.1', null],
  ])('%j reads as %s', (line, failure) => {
    expect(detect(line)).toBe(failure);
  });
});

describe('speakers and wording from components', () => {
  it('reads the node problem detector health checks as NodeNotReady through the Event reason table', () => {
    const row = 'Warning  ContainerRuntimeIsDown   12m   container-runtime-custom-plugin-monitor  Node condition ContainerRuntimeProblem is now: True, reason: ContainerRuntimeIsDown';
    expect(judgeFields(row)?.failure).toBe('NodeNotReady');
    const without = EVENT_RULES.filter((r) => !('reasons' in r && (r.reasons as readonly string[]).includes('ContainerRuntimeIsDown')));
    expect(judgeEventRow(readEventRow(row)!, without).failure).toBeNull();
  });

  it("reads the kubelet's prober and node shutdown manager at info level, and an unlisted file's info line not at all", () => {
    const probe = 'I0516 18:34:39.885628    4052 prober.go:107] "Probe failed" probeType="Liveness" pod="default/web-0" probeResult="failure"';
    expect(inferSeverity(probe)).toBe('ERROR');
    expect(detect(probe)).toBe('StartupProbeFailed');
    expect(infoLevelReporter(probe, { ...INFO_LEVEL_REPORTERS, klogFiles: INFO_LEVEL_REPORTERS.klogFiles.filter((f) => f !== 'prober.go') })).toBe(false);
    const shutdown = 'I0623 15:42:16.744070    1748 nodeshutdown_manager_linux.go:316] "Shutdown manager killing pod with gracePeriod" pod="shop/web-0" gracePeriod=15';
    expect(detect(shutdown)).toBe('PodDown');
    expect(detect('I0623 15:42:16.744070    1748 some_plugin.go:316] "Shutdown manager killing pod with gracePeriod" pod="shop/web-0"')).toBeNull();
  });
});

describe("client-go's event recorder in a component's log", () => {
  const recorded = (type: string, reason: string, message: string) =>
    `I0702 12:46:14.945401       1 event.go:209] Event(v1.ObjectReference{Kind:"Pod", Namespace:"shop", Name:"oom-web-0", UID:"5c87", APIVersion:"v1", ResourceVersion:"99", FieldPath:""}): type: '${type}' reason: '${reason}' ${message}`;

  it('reads TYPE, REASON and message, never the object reference', () => {
    expect(readRecordedEvent(recorded('Normal', 'NotTriggerScaleUp', "pod didn't trigger scale-up"))).toEqual({
      type: 'Normal',
      reason: 'NotTriggerScaleUp',
      message: "pod didn't trigger scale-up",
    });
    expect(readRecordedEvent('type: Warning reason: BackOff')).toBeNull();
  });

  it('judges the event by the Event reason table, at info level, and a routine event not at all', () => {
    expect(detect(recorded('Normal', 'NotTriggerScaleUp', "pod didn't trigger scale-up (it wouldn't fit if a new node is added): 1 max limit reached"))).toBe('SchedulingBlocked');
    expect(detect(recorded('Warning', 'UpdateFailed', 'Failed to update status: Timeout: request did not complete within requested timeout 30s'))).toBe('HighLatency');
    // The object is called oom-web-0: its name is not evidence.
    expect(detect(recorded('Normal', 'ScaledUpGroup', 'Scale-up: setting group size to 3'))).toBeNull();
  });

  it('inside a JSON log whose level says info, the event type decides', () => {
    const line = JSON.stringify({ level: 'info', caller: 'record/event.go:258', msg: `Event(v1.ObjectReference{Kind:"Pod"}): type: 'Warning' reason: 'FailedScheduling' 0/3 nodes are available: 3 Insufficient cpu.` });
    expect(detect(line)).toBe('SchedulingBlocked');
  });

  it('judges by the table it is given: without NotTriggerScaleUp the event says nothing', () => {
    const row = readRecordedEvent(recorded('Normal', 'NotTriggerScaleUp', '1 max limit reached'))!;
    const without = EVENT_RULES.map((r) => ('reasons' in r ? { ...r, reasons: (r.reasons as readonly string[]).filter((x) => x !== 'NotTriggerScaleUp') } : r));
    expect(judgeEventRow(row).failure).toBe('SchedulingBlocked');
    expect(judgeEventRow(row, without).failure).toBeNull();
  });
});

describe('alert notifications (kube-prometheus rule texts)', () => {
  it.each([
    ['Pod shop/web-0 has been in a non-ready state for longer than 15 minutes.', 'PodDown'],
    ['node-3 has been unready for more than 15 minutes.', 'NodeNotReady'],
    ['node-3 is unreachable and some workloads may be rescheduled.', 'NodeNotReady'],
    ['Deployment shop/web has not matched the expected number of replicas for longer than 15 minutes.', 'ReplicaMismatch'],
  ])('%j reads as %s', (line, failure) => {
    expect(detect(line)).toBe(failure);
  });
});

// Wording that components and runtimes use for the failures (their own messages, not lines of
// any round): each must read as its class, and the traps beside them must stay quiet.
describe('standard wording of runtimes, clients and node agents', () => {
  it.each([
    ['Pod ephemeral local storage usage exceeds the total limit of containers 1Gi.', 'PodDown'],
    ['Container app exceeded its local ephemeral storage limit "1Gi".', 'PodDown'],
    ['Error: connect ETIMEDOUT 10.0.0.7:443', 'HighLatency'],
    ['Error: timeout of 5000ms exceeded', 'HighLatency'],
    ['ERROR: canceling statement due to statement timeout', 'HighLatency'],
    ['redis.exceptions.TimeoutError: Timeout reading from socket', 'HighLatency'],
    ['kubelet.service: Main process exited, code=exited, status=1/FAILURE', 'NodeNotReady'],
    ['Failed to start kubelet: Kubernetes Node Agent.', 'NodeNotReady'],
    ['could not schedule pod, all available instance types exceed limits for nodepool: "default"', 'SchedulingBlocked'],
    ["pod didn't trigger scale-up: 2 max node group size reached", 'SchedulingBlocked'],
    ['myapp.service: Main process exited, code=exited, status=1/FAILURE', 'CrashLoopBackOff'],
    ['INFO request completed in 45ms (timeout of 5000ms)', null],
    ['statement_timeout = 30s', null],
    ['pod triggered scale-up: [{default-pool 1->2 (max: 5)}]', null],
  ])('%j reads as %s', (line, failure) => {
    expect(detect(line)).toBe(failure);
  });
});

// Class wording written in general terms (none of a workload's units up, a request that
// outran its time, a pod reported gone): each line is caught by a general shape and by no
// phrase, so the shape is what reads it; the traps beside them stay quiet.
describe('general wording of the weak classes', () => {
  const byShapeOnly = (line: string, cls: keyof typeof DETECTABLE_SHAPES) => {
    const text = matchText(line);
    return DETECTABLE_SHAPES[cls].some((s) => s.shape.test(text)) && !DETECTABLE_PATTERNS[cls].some((p) => text.includes(matchText(p)));
  };
  it.each([
    ['argo: 0 of 4 replicas are ready for rollout web-canary', 'ReplicaMismatch'],
    ['waiting for statefulset db: 0 out of 3 pods are running', 'ReplicaMismatch'],
    ['WARN service billing: 0/2 replicas available', 'ReplicaMismatch'],
    ['scaler: desired 5, available 0', 'ReplicaMismatch'],
    ['WARN the call has run for more than 30s, cancelling', 'HighLatency'],
    ['ERROR upstream read timeout after waiting 60s for backend api', 'HighLatency'],
    ['[WRN] GET /search 200 (slow) 9.1s', 'HighLatency'],
    ['W0412 slow upstream for /v1/orders: 12.4s', 'HighLatency'],
    ['ERROR worker pod batch-7f9c was terminated by the node', 'PodDown'],
    ['Error: Pod failed. No exit reason recorded', 'PodDown'],
    ['supervisor: process web-1 exited unexpectedly', 'PodDown'],
    ['Status:         Failed', 'PodDown'],
    ['alert checkout-api: p99 latency 2.4s > 1s for 5m', 'HighLatency'],
    ['canary web rolled back: response time 850ms > 300ms', 'HighLatency'],
    ['x2kq1 web.3 nginx:1.27 worker-2 Shutdown Failed 3 hours ago', 'PodDown'],
    ['x2kq1 web.3 nginx:1.27 worker-2 Running Rejected about a minute ago "no such image"', 'PodDown'],
    ['gpu up 2-00:00:00 4 down* gpu[01-04]', 'NodeNotReady'],
    ['batch up infinite 2 idle* node[07-08]', 'NodeNotReady'],
    ['WARN the node spot-pool-7f3k-x1 was preempted by the cloud provider', 'NodeNotReady'],
    ['{"c":"COMMAND","msg":"Slow operation","attr":{"durationMillis":2210}}', 'HighLatency'],
    ['probe 14 GET /checkout: checkout page slow: 9.40s', 'HighLatency'],
  ] as const)('%j reads as %s, by a general shape', (line, failure) => {
    expect(detect(line)).toBe(failure);
    expect(byShapeOnly(line, failure)).toBe(true);
  });
  it.each([
    ['statefulset db: 3 out of 3 pods are ready'],
    ['INFO request took 45ms (timeout after 30s)'],
    ['pod web-1 was terminated gracefully during the rolling update'],
    ['Status:         Running'],
    ['slow_query_log = ON'],
    ['canary web promoted: latency 3ms < 500ms'],
    ['alert when latency > 500ms for 5m'],
    ['x2kq1 web.3 nginx:1.27 worker-2 Running Running 3 hours ago'],
    ['x2kq1 web.3 nginx:1.27 worker-2 Shutdown Shutdown 2 minutes ago'],
    ['gpu up 2-00:00:00 4 idle gpu[01-04]'],
    ['batch up infinite 2 drain node[07-08]'],
    ['mysql: slow query log enabled at /var/log/mysql/slow.log'],
    ['ERROR check finished: no OOMKilled events found in the last 24h'],
    ['config: api_slow_threshold=2s page_slow_ms=800'],
  ])('%j stays quiet', (line) => {
    expect(detect(line)).toBeNull();
  });
});

describe('docker node ls rows: the STATUS column before AVAILABILITY', () => {
  it('reads a node Down, Unknown or Disconnected as NodeNotReady whatever its availability and manager status, a Ready one as nothing unless its manager is Unreachable', () => {
    for (const status of ['Down', 'Unknown', 'Disconnected', 'Ready']) {
      for (const availability of ['Active', 'Pause', 'Drain']) {
        for (const tail of ['', '   Leader', '   Reachable', '   Unreachable   20.10.7']) {
          const row = `xyksiaspor07fubf6xo0fq33v *   dock04   ${status}   ${availability}${tail}`;
          expect(detect(row), row).toBe(status === 'Ready' && !tail.includes('Unreachable') ? null : 'NodeNotReady');
        }
      }
    }
  });
});

describe('metric samples (Prometheus text format): the value, not the name, says what happened', () => {
  const counter = 'problem_counter{reason="OOMKilling",node="n1"} 0';

  it('reads the name and value of a labelled sample, with or without a timestamp', () => {
    expect(readMetricSample(counter)).toEqual({ name: 'problem_counter', value: 0 });
    expect(readMetricSample('kube_pod_container_status_restarts_total{pod="web-0",note="a \\"quoted\\" } value"} 12 1712345678000')).toEqual({
      name: 'kube_pod_container_status_restarts_total',
      value: 12,
    });
    expect(readMetricSample('up{job="api"} NaN')?.value).toBeNaN();
    expect(readMetricSample('reason OOMKilling 0')).toBeNull();
    expect(readMetricSample('level=error {"reason":"OOMKilled"} 0')).toBeNull();
  });

  it('reads a counter at zero as nothing, and leaves any other value to the phrase tables', () => {
    expect(detect(counter)).toBeNull();
    expect(detect('container_oom_events_total{container="web",reason="OOMKilled"} 0')).toBeNull();
    expect(detect('problem_counter{reason="OOMKilling",node="n1"} 3')).toBe('OOMKilled');
  });

  it('judges by the table it is given: with no quiet value the zero counter reads by its words', () => {
    expect(judgeFields(counter)).toEqual({ format: 'metric-sample', failure: null, severity: 'INFO' });
    expect(judgeFields(counter, { ...FIELD_TABLES, metricSample: { quietValues: [] } })).toBeNull();
    expect(classifyMessage(counter)).toBe('OOMKilled');
  });
});

describe('Nomad allocation rows', () => {
  it('reads Desired and Status with or without the Eval ID and Version columns, never the task group', () => {
    expect(readAllocRow('24001173  2c48b692  api         0        run      failed    1m27s ago  1m23s ago')).toEqual({ desired: 'run', status: 'failed' });
    expect(readAllocRow('9739bde3  d8a5bb7e  d3314d98  jupyter  stop     lost      08/18/17 14:52:22 CEST')).toEqual({ desired: 'stop', status: 'lost' });
    expect(readAllocRow('ID        Node ID   Task Group  Version  Desired  Status   Created    Modified')).toBeNull();
    expect(readAllocRow('deadbeef is not an allocation row at all, run failed')).toBeNull();
  });

  it('reads failed and lost as PodDown, running and complete as nothing, whatever the group is called', () => {
    expect(detect('24001173  2c48b692  api         0        run      failed    1m27s ago  1m23s ago')).toBe('PodDown');
    expect(detect('24001173  2c48b692  oom-killer  0        run      running   1m27s ago  1m23s ago')).toBeNull();
    expect(detect('24001173  2c48b692  api         0        stop     complete  1h ago     1h ago')).toBeNull();
  });

  it('judges by the table it is given: without failed the row says nothing', () => {
    const row = readAllocRow('24001173  2c48b692  api         0        run      failed    1m27s ago  1m23s ago')!;
    expect(judgeAllocRow(row)).toBe('PodDown');
    expect(judgeAllocRow(row, { lost: 'PodDown' })).toBeNull();
  });

  it('reads the Nomad client (hclog) at info level as a reporter of task state', () => {
    const line = '2020-09-16T14:35:37.957Z [INFO]  client.alloc_runner.task_runner: not restarting task: alloc_id=0757fa38 task=web reason="Error was unrecoverable"';
    expect(detect(line)).toBe('PodDown');
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, headers: [] })).toBe(false);
  });
});

describe('rollouts, node registration and OOM events', () => {
  it.each([
    ['Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...', 'ReplicaMismatch'],
    ['Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...', 'ReplicaMismatch'],
    ['Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...', null],
    ['Deployment shop/web has 2 replicas but 3 are available', 'ReplicaMismatch'],
    ['Deployment shop/web has 3 replicas but 3 are available', null],
    ['E0829 16:38:32.180978   30410 kubelet.go:2236] node "worker-1.example.com" not found', 'NodeNotReady'],
    ['Error from server (NotFound): nodes "worker-1" not found', null],
    ['Warning  CgroupOOM  28s  kubelet  Cgroup OOM encountered, victim process: stress, pid: 470521', 'OOMKilled'],
  ])('%j reads as %s', (line, failure) => {
    expect(detect(line)).toBe(failure);
  });
});


describe("Helm's wait at debug level (learned from round 8)", () => {
  it("reads Helm's wait at debug level only through its header: without it the stated level is final", () => {
    const line = 'ready.go:277: [debug] Deployment is not ready: shop/web. 0 out of 1 expected pods are ready';
    expect(infoLevelReporter(line)).toBe(true);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => !h.header.source.includes('ready')) })).toBe(false);
  });
});


describe('the kubelet rejecting a pod at admission, as an event row (learned from round 30)', () => {
  const row = 'Warning  UnexpectedAdmissionError  5s  kubelet  Update plugin resources failed due to failed to sync the device manager, which is unexpected.';

  it('reads the UnexpectedAdmissionError reason as PodDown', () => {
    expect(detect(row)).toBe('PodDown');
  });

  it('judges by the reason table it is given: without the reason the message says nothing', () => {
    const rules = EVENT_RULES.map((rule) => ('reasons' in rule ? { ...rule, reasons: rule.reasons.filter((r) => r !== 'UnexpectedAdmissionError') } : rule));
    expect(judgeFields(row, { ...FIELD_TABLES, eventRules: rules })?.failure).toBeNull();
  });
});

describe("Argo Workflows' controller at info level (learned from round 22)", () => {
  const line = 'time="2024-05-02T10:00:00.000Z" level=info msg="Pod failed: Pod was active on the node longer than the specified deadline" namespace=ci pod=build-7 workflow=build';

  it('reads the pods it reports failing, through its header: without it the stated level is final', () => {
    expect(detect(line)).toBe('PodDown');
    // A scan that found no header's marker in the line rules every header out.
    const none = new Uint8Array(INFO_LEVEL_REPORTERS.headers.length);
    expect(infoLevelReporter(line, INFO_LEVEL_REPORTERS, none)).toBe(false);
    expect(infoLevelReporter(line, INFO_LEVEL_REPORTERS, none.fill(1))).toBe(true);
    expect(infoLevelReporter(line)).toBe(true);
    expect(infoLevelReporter(line, { ...INFO_LEVEL_REPORTERS, headers: INFO_LEVEL_REPORTERS.headers.filter((h) => h.contains !== ' workflow=') })).toBe(false);
    expect(detect(line.replace(' workflow=build', ''))).toBeNull();
  });
});
