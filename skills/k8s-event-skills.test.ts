import { describe, expect, it } from 'vitest';
import { EVENT_RULES, matchEventRule, type EventRule } from './k8s-event-skills.ts';
import { DECISION_TABLE } from './healer-skills.ts';

const classOf = (reason: string, message: string) => matchEventRule({ reason, message })?.failure_type ?? null;

describe('k8s event skills', () => {
  it('maps ImagePullBackOff and ErrImagePull reasons to ImagePullBackOff', () => {
    expect(classOf('ImagePullBackOff', 'Back-off pulling image "x"')).toBe('ImagePullBackOff');
    expect(classOf('ErrImagePull', 'rpc error: code = NotFound')).toBe('ImagePullBackOff');
  });

  it('maps FailedScheduling to SchedulingBlocked', () => {
    expect(classOf('FailedScheduling', '0/3 nodes are available: 3 Insufficient memory.')).toBe('SchedulingBlocked');
  });

  it('maps a NodeNotReady reason, or NotReady in any message, to NodeNotReady', () => {
    expect(classOf('NodeNotReady', 'Node is not ready')).toBe('NodeNotReady');
    expect(classOf('NodeStatusUnknown', 'Node kind-worker status is now: NodeNotReady')).toBe('NodeNotReady');
  });

  it('reads a BackOff about pulling an image as ImagePullBackOff', () => {
    expect(classOf('BackOff', 'Back-off pulling image "ghcr.io/ghost/does-not-exist:badtag"')).toBe('ImagePullBackOff');
    expect(classOf('BackOff', 'Error: ErrImagePull')).toBe('ImagePullBackOff');
    expect(classOf('BackOff', 'image pull failed for registry/app:v2')).toBe('ImagePullBackOff');
  });

  it("reads the kubelet's Failed pull events as ImagePullBackOff and leaves other Failed events out", () => {
    expect(classOf('Failed', 'Failed to pull image "ghcr.io/ghost/x:bad": rpc error: code = NotFound')).toBe('ImagePullBackOff');
    expect(classOf('Failed', 'Error: ErrImagePull')).toBe('ImagePullBackOff');
    expect(classOf('Failed', 'Error: ImagePullBackOff')).toBe('ImagePullBackOff');
    expect(classOf('Failed', 'Error: failed to create containerd task')).toBeNull();
    expect(matchEventRule({ reason: 'Failed', message: 'Error: ErrImagePull' })?.signal).toEqual({
      record_type: 'Pod',
      phase: 'Pending',
      reason: 'ErrImagePull',
    });
  });

  it('reads any other BackOff as CrashLoopBackOff', () => {
    expect(classOf('BackOff', 'Back-off restarting failed container app in pod app-service-1_ghost-lab(uid)')).toBe('CrashLoopBackOff');
  });

  it('maps Unhealthy with a failed probe or a refused connection to StartupProbeFailed', () => {
    expect(classOf('Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404')).toBe('StartupProbeFailed');
    expect(classOf('Unhealthy', 'Get "http://10.244.0.9:80/": dial tcp 10.244.0.9:80: connect: connection refused')).toBe('StartupProbeFailed');
  });

  it('leaves an Unhealthy event that reports no failure unmapped', () => {
    expect(classOf('Unhealthy', 'Readiness probe errored: rpc error: code = Unknown')).toBeNull();
  });

  it('maps OOM text under any other reason to OOMKilled', () => {
    expect(classOf('OOMKilling', 'Memory cgroup out of memory: Killed process 4120 (nginx)')).toBe('OOMKilled');
    expect(classOf('Killing', 'Container app was OOMKilled')).toBe('OOMKilled');
  });

  it('drops events of a healthy rollout', () => {
    for (const [reason, message] of [
      ['Scheduled', 'Successfully assigned ghost-lab/app-service-1 to ghost-lab-control-plane'],
      ['Pulling', 'Pulling image "nginx:1.27-alpine"'],
      ['Started', 'Started container app'],
      ['ScalingReplicaSet', 'Scaled up replica set app-service-6f9c8d7b5 to 1'],
    ] as const) {
      expect(classOf(reason, message)).toBeNull();
    }
  });

  it('lets the earlier rule win when two could match', () => {
    expect(classOf('FailedScheduling', "0/1 nodes are available: 1 node(s) had condition NotReady")).toBe('SchedulingBlocked');
  });

  it('keeps table order between a rule for any reason and rules for named reasons', () => {
    const rules: EventRule[] = [
      { failure_type: 'HighLatency', message_any: ['timeout'], severity: 'ERROR' },
      { failure_type: 'PodDown', reasons: ['Failed'], severity: 'ERROR' },
      { failure_type: 'OOMKilled', message_any: ['oom'], severity: 'ERROR' },
      { failure_type: 'NodeNotReady', reasons: ['Failed'], when_unread: true, severity: 'ERROR' },
    ];
    const of = (reason: string, message: string, unread = false) => matchEventRule({ reason, message }, rules, unread)?.failure_type ?? null;
    expect(of('Failed', 'a timeout')).toBe('HighLatency');
    expect(of('Failed', 'oom')).toBe('PodDown');
    expect(of('Other', 'oom')).toBe('OOMKilled');
    expect(of('Other', 'fine')).toBeNull();
    expect(of('Failed', 'fine', true)).toBe('NodeNotReady');
    expect(of('Other', 'fine', true)).toBeNull();
  });

  it('matches as reading the rules one by one would, for every reason and wording the table names', () => {
    const oneByOne = (reason: string, message: string, unread: boolean): EventRule | null => {
      const text = message.toLowerCase();
      return (
        (EVENT_RULES as readonly EventRule[]).find(
          (rule) =>
            (rule.when_unread === true) === unread &&
            (rule.reasons === undefined || rule.reasons.includes(reason)) &&
            (rule.message_start === undefined || rule.message_start.some((s) => text.startsWith(s))) &&
            (rule.message_any === undefined || rule.message_any.some((s) => text.includes(s))) &&
            !(rule.message_none ?? []).some((s) => text.includes(s)),
        ) ?? null
      );
    };
    const rules = EVENT_RULES as readonly EventRule[];
    const reasons = [...new Set(rules.flatMap((rule) => rule.reasons ?? [])), 'SomethingElse'];
    const wordings = [...new Set(rules.flatMap((rule) => [...(rule.message_any ?? []), ...(rule.message_start ?? []), ...(rule.message_none ?? [])])), 'nothing of note'];
    let compared = 0;
    for (const reason of reasons) {
      for (const wording of wordings) {
        for (const unread of [false, true]) {
          expect(matchEventRule({ reason, message: `Event: ${wording}` }, rules, unread), `${reason} ${wording}`).toBe(oneByOne(reason, `Event: ${wording}`, unread));
          expect(matchEventRule({ reason, message: wording }, rules, unread), `${reason} ${wording}`).toBe(oneByOne(reason, wording, unread));
          compared += 2;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps its substrings lowercase, since messages are lowercased before matching', () => {
    for (const rule of EVENT_RULES) {
      for (const s of ('message_any' in rule ? rule.message_any : [])) expect(s).toBe(s.toLowerCase());
    }
  });

  it('maps only to classes the decision table knows', () => {
    for (const rule of EVENT_RULES) expect(Object.keys(DECISION_TABLE)).toContain(rule.failure_type);
  });
});
