// bootstrap-lab: a throwaway kind cluster with the lab namespace and the app-service
// deployment, ready for failure injection.
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { checkPrerequisites, createRunner, type CommandRunner } from '../src/command-runner.ts';
import {
  DEFAULT_NAMESPACE,
  APP_MANIFEST,
  DEFAULT_CLUSTER,
  DEPLOYMENT,
  ROLLOUT_TIMEOUT,
  checkClusterName,
  checkLabTarget,
  checkNamespace,
  CLUSTER_FLAG,
  NAMESPACE_FLAG,
  PRINT_AND_HELP_FLAGS,
  kindContext,
  labKubectl,
} from './lab-defaults.ts';

export const PREREQUISITES = ['kind', 'kubectl', 'docker'] as const;

const HELP = `Usage: bootstrap-lab [options]

Creates the kind cluster (unless it exists), the namespace and the app-service
deployment (lab/manifests/app-service.yaml), then waits for the rollout. Needs kind,
kubectl and docker on PATH. Stops at the first command that fails.

  --cluster NAME    kind cluster name (default: ${DEFAULT_CLUSTER}; kubectl context kind-NAME)
  --namespace NS    namespace for the workload (default: ${DEFAULT_NAMESPACE})
  --print           show every command without running any
  -h, --help        show this help

Exit status: 0 when the lab is up, 1 when a tool is missing or a command fails, 2 on
bad flags.
`;

export interface BootstrapOptions {
  cluster: string;
  namespace: string;
}

export async function bootstrapLab(options: BootstrapOptions, runner: CommandRunner): Promise<void> {
  const cluster = checkClusterName('bootstrap-lab', options.cluster);
  const namespace = checkNamespace('bootstrap-lab', options.namespace);
  const context = kindContext(cluster);
  const clusters = await runner.run({ program: 'kind', args: ['get', 'clusters'] });
  const listed = clusters.split(/\r?\n/).some((line) => line.trim() === cluster);
  if (runner.printing) runner.note(`only when "${cluster}" is not listed above:`);
  if (runner.printing || !listed) await runner.run({ program: 'kind', args: ['create', 'cluster', '--name', cluster] });
  // create --dry-run | apply: creates the namespace, or leaves an existing one as it is.
  const namespaceYaml = await runner.run({
    program: 'kubectl',
    args: ['--context', context, 'create', 'namespace', namespace, '--dry-run=client', '-o', 'yaml'],
  });
  await runner.run({
    program: 'kubectl',
    args: ['--context', context, 'apply', '-f', '-'],
    input: namespaceYaml,
    inputNote: 'the previous command\'s output',
  });
  await runner.runAll([
    labKubectl(cluster, namespace, ['apply', '-f', APP_MANIFEST]),
    labKubectl(cluster, namespace, ['rollout', 'status', `deploy/${DEPLOYMENT}`, `--timeout=${ROLLOUT_TIMEOUT}`]),
  ]);
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('bootstrap-lab', argv, {
    ...CLUSTER_FLAG,
    ...NAMESPACE_FLAG,
    ...PRINT_AND_HELP_FLAGS,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const print = values.print === true;
  checkLabTarget('bootstrap-lab', values);
  if (!print) checkPrerequisites(PREREQUISITES);
  await bootstrapLab({ cluster: values.cluster, namespace: values.namespace }, createRunner({ print, write: io.stdout, trace: io.stderr }));
  if (!print) io.stdout(`lab ready: cluster ${values.cluster}, namespace ${values.namespace}\n`);
  return 0;
}

runIfMain(import.meta.url, main);
