// The lab's fixed names: one kind cluster, one namespace, one deployment. Every kubectl call
// names the kind cluster's context, so a lab script never touches whatever cluster happens to
// be kubectl's current one.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../src/errors.ts';

export const DEFAULT_CLUSTER = 'ghost-lab';
export const DEFAULT_NAMESPACE = 'ghost-lab';
/** The pods whose logs the lab keeps. */
export const DEFAULT_SELECTOR = 'app=app-service';
export const DEPLOYMENT = 'app-service';
export const CONTAINER = 'app';
export const GOOD_IMAGE = 'nginx:1.27-alpine';
export const ROLLOUT_TIMEOUT = '120s';
export const MANIFEST_DIR = join(dirname(fileURLToPath(import.meta.url)), 'manifests');
export const APP_MANIFEST = join(MANIFEST_DIR, 'app-service.yaml');

// A Kubernetes namespace is a DNS-1123 label; a kind cluster name is one too (kind also takes
// dots). Checked before any command is built, so a value such as `--kubeconfig=/x` can never
// stand where a name goes.
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const KIND_CLUSTER_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const MAX_NAME = 63;

/** Refuse a namespace that is not a DNS-1123 label (lower-case letters, digits, '-'; at most 63). */
export function checkNamespace(command: string, namespace: string): string {
  if (namespace.length > MAX_NAME || !DNS_1123_LABEL.test(namespace)) {
    throw new UsageError(
      `${command}: --namespace must be a Kubernetes namespace name (1-${MAX_NAME} of a-z 0-9 -, starting and ending with a letter or digit), got ${JSON.stringify(namespace)}`,
    );
  }
  return namespace;
}

/** Refuse a kind cluster name that is not a DNS-1123 label (dots allowed, as kind allows them). */
export function checkClusterName(command: string, cluster: string): string {
  if (cluster.length > MAX_NAME || !KIND_CLUSTER_NAME.test(cluster)) {
    throw new UsageError(
      `${command}: --cluster must be a kind cluster name (1-${MAX_NAME} of a-z 0-9 - ., starting and ending with a letter or digit), got ${JSON.stringify(cluster)}`,
    );
  }
  return cluster;
}

/** The kubectl context kind creates for a cluster. */
export function kindContext(cluster: string): string {
  return `kind-${cluster}`;
}

/** kubectl pinned to the lab cluster and namespace. */
export function labKubectl(cluster: string, namespace: string, args: readonly string[]) {
  checkClusterName('lab', cluster);
  checkNamespace('lab', namespace);
  return { program: 'kubectl', args: ['--context', kindContext(cluster), '-n', namespace, ...args] } as const;
}

/** The flags naming where a lab script works, declared once for every script that takes them. */
export const CLUSTER_FLAG = { cluster: { type: 'string', default: DEFAULT_CLUSTER } } as const;
export const NAMESPACE_FLAG = { namespace: { type: 'string', default: DEFAULT_NAMESPACE } } as const;
export const SELECTOR_FLAG = { selector: { type: 'string', default: DEFAULT_SELECTOR } } as const;
/** --print (show the commands, run nothing) and --help, which every lab script takes. */
export const PRINT_AND_HELP_FLAGS = { print: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** Refuse a --cluster or --namespace that is not a name, before any command is built. */
export function checkLabTarget(command: string, target: { cluster: string; namespace: string }): void {
  checkClusterName(command, target.cluster);
  checkNamespace(command, target.namespace);
}
