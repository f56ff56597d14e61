// The lab's fixed names: one kind cluster, one namespace, one deployment. Every kubectl call
// names the kind cluster's context, so a lab script never touches whatever cluster happens to
// be kubectl's current one.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CLUSTER = 'ghost-lab';
export const DEPLOYMENT = 'app-service';
export const CONTAINER = 'app';
export const GOOD_IMAGE = 'nginx:1.27-alpine';
export const ROLLOUT_TIMEOUT = '120s';
export const MANIFEST_DIR = join(dirname(fileURLToPath(import.meta.url)), 'manifests');
export const APP_MANIFEST = join(MANIFEST_DIR, 'app-service.yaml');

/** The kubectl context kind creates for a cluster. */
export function kindContext(cluster: string): string {
  return `kind-${cluster}`;
}

/** kubectl pinned to the lab cluster and namespace. */
export function labKubectl(cluster: string, namespace: string, args: readonly string[]) {
  return { program: 'kubectl', args: ['--context', kindContext(cluster), '-n', namespace, ...args] } as const;
}
