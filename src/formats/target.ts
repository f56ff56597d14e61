// Where a record came from: namespace, kind and name of the workload (and the container), read
// from whatever the input says: a record's own `target`, object metadata, an Event's
// involvedObject, a collector's kubernetes block, or a container log file's path. A pod rolls
// up to the workload that owns it when its ownerReferences or its name's hash say so.

export interface Target {
  namespace?: string;
  kind: string;
  name: string;
  container?: string;
}

/** `namespace/Kind/name`, or `Kind/name` for a cluster-scoped object. */
export function formatTarget(target: Target): string {
  return target.namespace ? `${target.namespace}/${target.kind}/${target.name}` : `${target.kind}/${target.name}`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function obj(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A record's own `target`: an object `{namespace, kind, name}` or the string `namespace/Kind/name` (or `Kind/name`). */
export function parseTargetField(value: unknown): Target | undefined {
  const o = obj(value);
  if (o) {
    const kind = str(o['kind']);
    const name = str(o['name']);
    if (!kind || !name) return undefined;
    const t: Target = { kind, name };
    const ns = str(o['namespace']);
    if (ns) t.namespace = ns;
    const container = str(o['container']);
    if (container) t.container = container;
    return t;
  }
  const s = str(value);
  if (!s) return undefined;
  const parts = s.split('/');
  if (parts.length === 3 && parts.every((p) => p.length > 0)) return { namespace: parts[0]!, kind: parts[1]!, name: parts[2]! };
  if (parts.length === 2 && parts.every((p) => p.length > 0)) return { kind: parts[0]!, name: parts[1]! };
  return undefined;
}

/**
 * The alphabet Kubernetes uses for generated name suffixes (rand.SafeEncodeString: no vowels,
 * no look-alike digits). A Deployment's pod is `<deployment>-<pod-template-hash>-<5 chars>`.
 */
const DEPLOYMENT_POD = /^(.+)-([bcdfghjklmnpqrstvwxz2456789]{6,10})-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
const REPLICA_SET = /^(.+)-[bcdfghjklmnpqrstvwxz2456789]{6,10}$/;

/**
 * The workload a pod belongs to. `owner` is the pod's controller from ownerReferences, when
 * known; `hash` its pod-template-hash label. A ReplicaSet named `<deployment>-<hash>` rolls up
 * to the Deployment; a pod with no owner information but a Deployment-shaped name too.
 */
export function podWorkload(
  namespace: string | undefined,
  pod: string,
  owner: { kind: string; name: string } | undefined,
  hash: string | undefined,
): Target {
  const at = (kind: string, name: string): Target => (namespace ? { namespace, kind, name } : { kind, name });
  if (owner) {
    if (owner.kind === 'ReplicaSet') {
      const rs = replicaSetOwner(owner.name, hash);
      return rs ? at('Deployment', rs) : at('ReplicaSet', owner.name);
    }
    return at(owner.kind, owner.name);
  }
  if (hash && pod.includes(`-${hash}-`)) return at('Deployment', pod.slice(0, pod.lastIndexOf(`-${hash}-`)));
  const m = DEPLOYMENT_POD.exec(pod);
  if (m) return at('Deployment', m[1]!);
  return at('Pod', pod);
}

/** The Deployment a ReplicaSet named `<deployment>-<hash>` belongs to, or undefined. */
export function replicaSetOwner(name: string, hash: string | undefined): string | undefined {
  if (hash && name.endsWith(`-${hash}`)) return name.slice(0, -hash.length - 1);
  const m = REPLICA_SET.exec(name);
  return m ? m[1] : undefined;
}

/** The controller among an object's metadata.ownerReferences (or the first owner). */
export function controllerOf(metadata: Record<string, unknown> | undefined): { kind: string; name: string } | undefined {
  const refs = metadata?.['ownerReferences'];
  if (!Array.isArray(refs)) return undefined;
  let first: { kind: string; name: string } | undefined;
  for (const ref of refs) {
    const r = obj(ref);
    const kind = str(r?.['kind']);
    const name = str(r?.['name']);
    if (!kind || !name) continue;
    if (r?.['controller'] === true) return { kind, name };
    first ??= { kind, name };
  }
  return first;
}

/** The target of a Kubernetes object from its kind and metadata, pods rolled up to their workload. */
export function objectTarget(kind: string, metadata: Record<string, unknown> | undefined): Target | undefined {
  const name = str(metadata?.['name']);
  if (!name) return undefined;
  const namespace = str(metadata?.['namespace']);
  if (kind === 'Pod') {
    const labels = obj(metadata?.['labels']);
    return podWorkload(namespace, name, controllerOf(metadata), str(labels?.['pod-template-hash']));
  }
  if (kind === 'ReplicaSet') {
    const owner = controllerOf(metadata);
    if (owner) return namespace ? { namespace, kind: owner.kind, name: owner.name } : { kind: owner.kind, name: owner.name };
  }
  return namespace ? { namespace, kind, name } : { kind, name };
}

/**
 * The pod and container a kubelet log file belongs to:
 * `/var/log/pods/<namespace>_<pod>_<uid>/<container>/<n>.log` or
 * `/var/log/containers/<pod>_<namespace>_<container>-<64 hex id>.log`.
 */
export function logPathTarget(path: string): Target | undefined {
  const pods = /\/var\/log\/pods\/([^_/]+)_([^_/]+)_[^/]+\/([^/]+)\/[^/]*$/.exec(path);
  if (pods) return { ...podWorkload(pods[1], pods[2]!, undefined, undefined), container: pods[3]! };
  const containers = containersLogName(path);
  if (containers) return { ...podWorkload(containers.namespace, containers.pod, undefined, undefined), container: containers.container };
  return undefined;
}

const CONTAINERS_DIR = '/var/log/containers/';
const CONTAINER_ID = /^[0-9a-f]{64}$/;

/**
 * `<pod>_<namespace>_<container>-<64 hex id>.log` under /var/log/containers/, read with
 * string operations (a regular expression with a free `.+` before the id reads the path
 * again from every starting point).
 */
function containersLogName(path: string): { pod: string; namespace: string; container: string } | undefined {
  const dir = path.lastIndexOf(CONTAINERS_DIR);
  if (dir === -1 || !path.endsWith('.log')) return undefined;
  const base = path.slice(dir + CONTAINERS_DIR.length, -'.log'.length);
  if (base.includes('/')) return undefined;
  const dash = base.length - 65;
  if (dash < 0 || base[dash] !== '-' || !CONTAINER_ID.test(base.slice(dash + 1))) return undefined;
  const [pod, namespace, ...rest] = base.slice(0, dash).split('_');
  const container = rest.join('_');
  if (!pod || !namespace || !container) return undefined;
  return { pod, namespace, container };
}
