import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PyRandom } from '../src/py-random.ts';
import { DEFAULT_SEVERITY, LEVEL_PATTERN_REACH, QUOTED_OUTPUT_MARKERS, SEVERITY_RULES, inferSeverity, klogHeaderPattern, levelMarkersPattern, type SeverityRule } from './severity-skills.ts';
import { collapsePadding } from '../src/shape-groups.ts';
import { maskRequestData } from '../src/line-formats/access-log.ts';
import { infoLevelReporter, judgeFields } from './field-judge.ts';

describe('inferSeverity reads the level a line states', () => {
  it.each([
    ['kubelet journal', 'Jan 19 22:05:08 node-1 kubelet: E0119 22:05:08.823485   20081 pod_workers.go:186] Error syncing pod'],
    ['klog', 'E0108 22:07:45.954750       1 scheduler.go:481] error selecting node for pod'],
    ['an upper-case level word', '2019-02-11T17:24:36Z [ERROR] Managed task stopped'],
    ['logfmt', 'time=2024-01-01T00:00:00Z level=error msg="lost leader"'],
    ['nginx', '2024/01/01 00:00:00 [error] 15372#0: *77 upstream timed out'],
    ['the Heroku router', 'heroku[router]: at=error code=H12 desc="Request timeout"'],
    ['a raw kernel priority', '<3>[ 12.345678] nvme0: I/O 12 QID 3 timeout'],
  ])('marks an error level in %s as ERROR', (_form, line) => {
    expect(inferSeverity(line)).toBe('ERROR');
  });

  it.each([
    ['klog', 'W0329 12:04:05.123456       1 reflector.go:324] watch of *v1.Pod ended'],
    ['logfmt', 'level=warn msg="retrying"'],
    ['the Type column of a kubectl describe row', 'Warning  BackOff    87s (x23 over 6m33s)   kubelet   Back-off restarting failed container'],
    ['the Type column of a kubectl get events row', '13s Warning BackOff pod/helloworld-656898b9bb-98vrv Back-off restarting failed container'],
    ['a bracketed level', '[Warning] disk at 81%'],
    ['a raw kernel priority', '<4>[ 12.345678] thermal: throttling'],
  ])('marks a warning level in %s as WARNING', (_form, line) => {
    expect(inferSeverity(line)).toBe('WARNING');
  });

  it('lets the stated level win over failure wording', () => {
    expect(inferSeverity('level=warn msg="readiness probe failed"')).toBe('WARNING');
    expect(inferSeverity('[ERROR] slow response from upstream')).toBe('ERROR');
  });

  it('reads an upper-case level word as a level and the same word in a sentence as wording', () => {
    expect(inferSeverity('2023-04-06 04:25:52.721  WARN 1 --- [main] o.s.b.Pool : connection failed, retrying')).toBe('WARNING');
    expect(inferSeverity('Connection failed; warn the operator')).toBe('ERROR');
  });
});

describe('inferSeverity reads failure wording where no error or warning level is stated', () => {
  it.each(['error', 'failed', 'timeout', 'oom', 'back-off', 'crash'])('marks a line containing %j as ERROR', (keyword) => {
    expect(inferSeverity(`pod checkout-1 ${keyword} after 3 attempts`)).toBe('ERROR');
  });

  it.each(['warn', 'latency', 'slow'])('marks a line containing %j as WARNING', (keyword) => {
    expect(inferSeverity(`pod checkout-1 reports ${keyword} on /api`)).toBe('WARNING');
  });

  it.each([
    ['a kernel OOM kill', '[    0.000000] Killed process 19417 (python) total-vm:1584624kB, anon-rss:168368kB'],
    ['an eviction', 'Reason:         Evicted'],
    ['a node the kubelet reports at info level', 'I0107 17:56:34.809399   21132 kubelet.go:2300] Recording NodeNotReady event message'],
    ['a probe kill reported as a Normal event', 'Normal   Killing   1s (x2 over 22s)  kubelet   Container liveness failed liveness probe, will be restarted'],
    ['a pod that cannot be placed', '0/1 nodes are available: 1 node(s) had untolerated taint {gpu: }.'],
    ['a lost node taint', 'Taints:             node.kubernetes.io/unreachable:NoExecute'],
    ['a request log row with status 504', '2022-09-25 20:08:42.679 JST  GET  504  769 B  5 s  Google-Calendar-Importer'],
    ['an access log line with status 504', '10.0.0.1 - - [25/Sep/2022:20:08:42 +0000] "GET /api HTTP/1.1" 504 167 "-" "curl/7.68.0"'],
  ])('marks %s as ERROR', (_what, line) => {
    expect(inferSeverity(line)).toBe('ERROR');
  });

  it.each([
    ['a restarting container', 'Restarting (7) 3 weeks ago'],
    ['an apiserver trace', 'I0416 21:46:35.128593       6 trace.go:57] Trace "List *api.PodList" (started 2016-04-16 21:30:51 +0800 CST):'],
    ['a deployment short of replicas', 'Available      False   MinimumReplicasUnavailable'],
    ['a trace step printed without its header', '[15m43.526294273s] [15m43.526287845s] Etcd node listed'],
  ])('marks %s as WARNING', (_what, line) => {
    expect(inferSeverity(line)).toBe('WARNING');
  });

  it('matches keywords whatever their case', () => {
    expect(inferSeverity('Readiness probe FAILED')).toBe('ERROR');
    expect(inferSeverity('High Latency on upstream')).toBe('WARNING');
  });

  it('prefers ERROR when a line has both an error and a warning keyword', () => {
    expect(inferSeverity('slow response, then timeout')).toBe('ERROR');
  });
});

describe('inferSeverity leaves healthy lines at INFO', () => {
  it('marks a line with no level and no failure wording as INFO', () => {
    expect(inferSeverity('Graceful shutdown initiated')).toBe(DEFAULT_SEVERITY);
    expect(DEFAULT_SEVERITY).toBe('INFO');
  });

  it('does not read a timeout setting as a timeout', () => {
    expect(inferSeverity('Liveness:   http-get http://:8079/ delay=300s timeout=1s period=3s #success=1 #failure=3')).toBe('INFO');
    expect(inferSeverity('client timeout: 30s')).toBe('INFO');
  });

  it('does not read a garbage collector\'s allocation failure as a failure', () => {
    expect(inferSeverity('[GC (Allocation Failure) [PSYoungGen: 228064K->4384K(295424K)], 0.0846254 secs]')).toBe('INFO');
  });

  it('does not find OOM inside another word', () => {
    expect(inferSeverity('Booked room 4 for the zoom call')).toBe('INFO');
  });

  it('does not read an info-level klog line without failure wording as anything else', () => {
    expect(inferSeverity('I0109 01:40:27.563475   21132 kubelet.go:2300] Recording NodeReady event message')).toBe('INFO');
  });

  it('does not treat "backoff" without the hyphen as an error keyword', () => {
    expect(inferSeverity('exponential backoff reset')).toBe('INFO');
  });
});

describe('severity rule table', () => {
  it('lists the stated levels before the wording, ERROR before WARNING in each', () => {
    expect(SEVERITY_RULES.map((rule) => `${rule.reads}:${rule.severity}`)).toEqual([
      'level:ERROR',
      'level:WARNING',
      'level:INFO',
      'wording:ERROR',
      'wording:WARNING',
    ]);
  });

  it('stores every keyword in lowercase, since lines are lowercased before matching', () => {
    for (const rule of SEVERITY_RULES) {
      for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
    }
  });
});

describe('inferSeverity against a plain reading of the rules', () => {
  // Field verdicts first; then, request data masked, the level stated first before any output the
  // line quotes (an info level final unless its speaker reports cluster state); then the wording
  // rules in order, a rule matching on any keyword, pattern or shape.
  function reference(line: string): string {
    const fields = judgeFields(line);
    if (fields !== null) return fields.severity;
    const flat = collapsePadding(maskRequestData(line));
    const low = flat.toLowerCase();
    const rules = SEVERITY_RULES as readonly SeverityRule[];
    let stated: SeverityRule | null = null;
    let statedAt = Infinity;
    const quoted = Math.min(...QUOTED_OUTPUT_MARKERS.map((m) => low.indexOf(m)).filter((i) => i >= 0));
    const head = flat.slice(0, quoted);
    for (const rule of rules.filter((r) => r.reads === 'level')) {
      const at = Math.min(
        ...rule.keywords.map((k) => low.indexOf(k)).filter((i) => i >= 0 && i < quoted),
        ...rule.patterns.map((p) => p.exec(head)?.index ?? Infinity),
        rule.klog === undefined ? Infinity : (klogHeaderPattern(rule.klog).exec(head)?.index ?? Infinity),
      );
      if (at < statedAt) [stated, statedAt] = [rule, at];
    }
    if (stated !== null) {
      if (stated.severity !== 'INFO') return stated.severity;
      if (!infoLevelReporter(flat)) return DEFAULT_SEVERITY;
    }
    for (const rule of rules.filter((r) => r.reads === 'wording')) {
      if (
        rule.keywords.some((k) => low.includes(k)) ||
        rule.patterns.some((p) => p.test(flat)) ||
        rule.shapes.some((s) => s.shape.test(low))
      ) {
        return rule.severity;
      }
    }
    return DEFAULT_SEVERITY;
  }

  it('gives the same severity on real lines and on lines spliced from them', () => {
    const read = (file: string) =>
      (JSON.parse(readFileSync(new URL(`../data/realworld/${file}`, import.meta.url), 'utf8')) as Array<{ message: string }>).map((r) => r.message);
    const lines = [...read('dev.json'), ...read('wider.json')];
    const rng = new PyRandom(5);
    const spliced = lines.flatMap((line) =>
      Array.from({ length: 3 }, () => {
        const other = lines[rng.randbelow(lines.length)] as string;
        return line.slice(0, rng.randbelow(line.length + 1)) + other.slice(rng.randbelow(other.length + 1));
      }),
    );
    for (const line of [...lines, ...spliced]) expect(inferSeverity(line), line).toBe(reference(line));
  });

  it('reads the first klog header of any level, as each level reading its own would', () => {
    const headers = ['I0329 12:04:05.842411 1 x.go:1] ', 'W0329 12:04:05.842411 1 x.go:1] ', 'E0329 12:04:05.842411 1 x.go:1] ', 'F0329 12:04:05.842411 1 x.go:1] '];
    const lines = headers.flatMap((a) =>
      headers.flatMap((b) => [`${a}quoted ${b}after`, `${a}quoted:${b}after`, `Mar 3 10:00:00 h kubelet[1]: ${a}x ${b}y`, `level=info ${a}x ${b}y`, `pod failed ${a}x`]),
    );
    expect(new Set(lines.map((line) => inferSeverity(line)))).toEqual(new Set(['INFO', 'WARNING', 'ERROR']));
    for (const line of lines) expect(inferSeverity(line), line).toBe(reference(line));
  });
});

describe('level patterns read only as far as they can still come first', () => {
  // `WARNINGlevel=error`: no level word stands at 0 (WARNING runs into `level`), so the level
  // keyword at 7 is first. Read only up to the keyword, with no reach past it, the cut text
  // ends in a whole `WARNING` that would come first.
  const line = 'WARNINGlevel=error disk 81% full';

  it('reads past the first keyword far enough to see how a word before it ends', () => {
    expect(inferSeverity(line)).toBe('ERROR');
  });

  it('without the reach past the keyword, a word cut at the keyword reads as a level: the reach matters', () => {
    expect(inferSeverity(line, 0)).toBe('WARNING');
  });

  it('bounds every level pattern: no unbounded repetition, and no pattern longer than the reach', () => {
    const unbounded = /(?<!\\)[*+]|\{\d+,\}/;
    for (const rule of (SEVERITY_RULES as readonly SeverityRule[]).filter((r) => r.reads === 'level')) {
      for (const pattern of [...rule.patterns, ...(rule.klog === undefined ? [] : [klogHeaderPattern(rule.klog)])]) {
        expect(unbounded.test(pattern.source), pattern.source).toBe(false);
        // A lookbehind reads what comes before the match and adds nothing to its length.
        expect(pattern.source.replace(/\(\?<[=!][^()]*\)/g, '').length, pattern.source).toBeLessThan(LEVEL_PATTERN_REACH);
      }
    }
  });
});

describe("the level rows' markers in one expression", () => {
  const row = (severity: string, patterns: RegExp[], klog?: string): SeverityRule =>
    ({ severity, reads: 'level', keywords: [], patterns, ...(klog === undefined ? {} : { klog }), shapes: [] }) as unknown as SeverityRule;
  const firstRow = (rules: SeverityRule[], line: string) => {
    const match = levelMarkersPattern(rules).exec(line);
    return match === null ? null : [Object.entries(match.groups!).find(([, v]) => v !== undefined)![0], match.index];
  };

  it('finds the marker stated first, whichever row holds it', () => {
    const rules = [row('ERROR', [/\bERROR\b/], 'E'), row('WARNING', [/\bWARN\b/], 'W')];
    expect(firstRow(rules, 'x WARN then ERROR')).toEqual(['r1', 2]);
    expect(firstRow(rules, 'W0329 12:04:05.123456 1 a.go:1] ERROR')).toEqual(['r1', 0]);
    expect(firstRow(rules, 'nothing stated')).toBeNull();
  });

  it("gives a place two rows' markers share to the earlier row, as running each row in turn does (the check can fail)", () => {
    const a = row('ERROR', [/\bFAIL/]);
    const b = row('WARNING', [/\bFAILOVER\b/]);
    expect(firstRow([a, b], 'FAILOVER started')).toEqual(['r0', 0]);
    expect(firstRow([b, a], 'FAILOVER started')).toEqual(['r0', 0]);
    expect(firstRow([b, a], 'FAILURE')).toEqual(['r1', 0]);
  });

  it('refuses a level pattern with flags, a back-reference or a named group, which one expression could not hold as it is', () => {
    expect(() => levelMarkersPattern([row('ERROR', [/error/i])])).toThrow('severity rule 0: a level pattern with flags (/error/i)');
    expect(() => levelMarkersPattern([row('ERROR', [/(E)\1/])])).toThrow('severity rule 0: a level pattern with a back-reference or a named group');
    expect(() => levelMarkersPattern([row('ERROR', [/(?<x>E)/])])).toThrow('severity rule 0: a level pattern with a back-reference or a named group');
    expect(() => levelMarkersPattern([row('ERROR', [/(?<=\s)ERROR/, /(?<!x)FATAL/])])).not.toThrow();
  });

  it('leaves out the wording rows, and matches nothing when no row states a level', () => {
    expect(levelMarkersPattern(SEVERITY_RULES as readonly SeverityRule[]).source).not.toContain('(?<r3>');
    expect(levelMarkersPattern([]).exec('ERROR')).toBeNull();
  });
});
