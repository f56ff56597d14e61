// The guard's decisions, detection by detection, on event time only.
import { describe, expect, it } from 'vitest';
import { Guard, type DecisionKind } from './guard.ts';
import { policyFrom } from './guard-policy.ts';
import { labelsOf, ownerOf, registryOf, type Detection } from './incidents.ts';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../skills/guard-skills.ts';
import { UsageError } from './errors.ts';

let index = 0;
function d(failure_type: string, target: string, event_time: number | null, labels: Detection['labels'] = {}): Detection {
  const parts = target.split('/');
  return { stream_index: index++, event_time, failure_type, target, labels: { ...(parts.length === 3 ? { namespace: parts[0] } : {}), ...labels } };
}
const decide = (g: Guard, ds: Detection[]): DecisionKind[] => ds.map((x) => g.decide(x).decision);
const guard = (p: Partial<GuardPolicy> = {}) => new Guard({ ...DEFAULT_GUARD_POLICY, ...p });

describe('guard', () => {
  it('keys incidents by class and owner: two classes on one target are two incidents, one class on two targets too', () => {
    const g = guard();
    const a = g.decide(d('OOMKilled', 'prod/Deployment/a', 0));
    const b = g.decide(d('CrashLoopBackOff', 'prod/Deployment/a', 1));
    const c = g.decide(d('OOMKilled', 'prod/Deployment/b', 2));
    expect(new Set([a.incident_id, b.incident_id, c.incident_id]).size).toBe(3);
    expect([a.decision, b.decision, c.decision]).toEqual(['act', 'act', 'act']);
  });

  it('reads time from the records only: a record without a time is placed at the latest time seen', () => {
    const g = guard({ group_window_s: 10 });
    expect(decide(g, [d('OOMKilled', 'prod/Deployment/a', 100), d('OOMKilled', 'prod/Deployment/a', null), d('OOMKilled', 'prod/Deployment/a', 111)])).toEqual([
      'act',
      'joined',
      'act',
    ]);
  });

  it('closes an incident once its target has been quiet for resolve_after_s, and a new one then meets the cooldown', () => {
    const g = guard({ resolve_after_s: 100, cooldown_s: 1000 });
    const first = g.decide(d('OOMKilled', 'prod/Deployment/a', 0));
    const later = g.decide(d('OOMKilled', 'prod/Deployment/a', 150));
    expect(later.incident_id).not.toBe(first.incident_id);
    expect(later.decision).toBe('cooldown');
    expect(g.decide(d('OOMKilled', 'prod/Deployment/a', 1300)).decision).toBe('act');
  });

  it('cooldown_s_by_class: image pulls keep their long cooldown while another class on the target has the short one', () => {
    const g = guard({ resolve_after_s: 10, cooldown_s: 10, cooldown_s_by_class: { ImagePullBackOff: 1000 } });
    expect(decide(g, [d('ImagePullBackOff', 'p/Deployment/a', 0), d('ImagePullBackOff', 'p/Deployment/a', 100), d('OOMKilled', 'p/Deployment/a', 0 + 100), d('OOMKilled', 'p/Deployment/a', 200)])).toEqual([
      'act',
      'cooldown',
      'act',
      'act',
    ]);
  });

  it('observe and rehearse tiers decide without acting, and an allow list denies every other namespace', () => {
    const g = guard({ tiers: { OOMKilled: 'observe', HighLatency: 'rehearse' }, namespaces: { allow: ['prod'], deny: [] } });
    expect(decide(g, [d('OOMKilled', 'prod/Deployment/a', 0), d('HighLatency', 'prod/Deployment/a', 0), d('CrashLoopBackOff', 'dev/Deployment/a', 0), d('CrashLoopBackOff', 'Service/x', 0)])).toEqual([
      'observe',
      'rehearse',
      'denied_namespace',
      'denied_namespace',
    ]);
  });

  it('inhibits per-workload rollbacks once three workloads fail to pull from one registry', () => {
    const g = guard();
    const r = { registry: 'registry.example.com' };
    expect(decide(g, ['a', 'b', 'c', 'd'].map((n) => d('ImagePullBackOff', `prod/Deployment/${n}`, 0, r)))).toEqual(['act', 'act', 'inhibited', 'inhibited']);
    expect(g.decide(d('ImagePullBackOff', 'prod/Deployment/e', 0, { registry: 'other.io' })).decision).toBe('act');
  });

  it('saves and restores what it remembers: a restored guard does not act again within the cooldown', () => {
    const g = guard();
    g.decide(d('OOMKilled', 'prod/Deployment/a', 0));
    const restored = new Guard(DEFAULT_GUARD_POLICY, JSON.parse(JSON.stringify(g.memory())));
    expect(restored.decide(d('OOMKilled', 'prod/Deployment/a', 10)).decision).toBe('joined');
    expect(restored.decide(d('OOMKilled', 'prod/Deployment/a', 1000)).decision).toBe('cooldown');
    expect(restored.incidents).toBe(2);
  });
});

describe('incident labels', () => {
  it('owners roll up to the record target, else its service', () => {
    expect(ownerOf({ service: 'api' }, null)).toBe('Service/api');
    expect(ownerOf({}, null)).toBe('unknown');
    expect(ownerOf({ service: 'api' }, 'ns/Deployment/api')).toBe('ns/Deployment/api');
  });

  it('reads node, registry and namespace', () => {
    expect(labelsOf({ node: 'n1', message: 'Failed to pull image "ghcr.io/acme/app:v2": not found' }, 'prod/Deployment/app')).toEqual({
      namespace: 'prod',
      node: 'n1',
      registry: 'ghcr.io',
    });
    expect(labelsOf({}, 'Node/pool-1')).toEqual({ node: 'pool-1' });
    expect([registryOf('nginx:1'), registryOf('library/nginx'), registryOf('localhost:5000/x'), registryOf('localhost/x')]).toEqual([
      'docker.io',
      'docker.io',
      'localhost:5000',
      'localhost',
    ]);
  });
});

describe('policy files', () => {
  it('override the defaults key by key and keep the rest', () => {
    const p = policyFrom({ cooldown_s: 5, namespaces: { allow: ['prod'] } }, 'f:');
    expect(p.cooldown_s).toBe(5);
    expect(p.namespaces).toEqual({ allow: ['prod'], deny: ['kube-system'] });
    expect(p.group_window_s).toBe(DEFAULT_GUARD_POLICY.group_window_s);
  });

  it.each([
    [{ inhibit: [{ name: 'x', source: 'NodeNotReady', targets: ['OOMKilled'], equal: 'zone', min_sources: 1 }] }, 'f: inhibit[0].equal must be one of node, registry, namespace'],
    [{ inhibit: [{ name: 'x', source: 'NodeNotReady', targets: ['OOMKilled'], equal: 'node' }] }, 'f: inhibit[0] misses min_sources'],
    [{ paused: '' }, 'f: paused must be null or a reason'],
    [{ namespaces: { deny: 'kube-system' } }, 'f: namespaces.deny must be a list of names'],
    [{ __proto__: 1, x: 1 }, 'f: x: unknown key'],
  ])('reject %j with one line', (policy, message) => {
    expect(() => policyFrom(policy, 'f:')).toThrow(UsageError);
    expect(() => policyFrom(policy, 'f:')).toThrow(message);
  });
});
