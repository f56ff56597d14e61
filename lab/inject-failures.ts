// inject-failures: breaks the lab deployment in three known ways, one after another, and
// repairs it after each, so the namespace's events hold one clean episode per failure.
import { setTimeout as sleep } from 'node:timers/promises';
import { parseFlags, parseIntFlag, runIfMain, type Io } from '../src/cli.ts';
import { UsageError } from '../src/errors.ts';
import { checkPrerequisites, createRunner, type CommandRunner } from '../src/command-runner.ts';
import {
  DEFAULT_NAMESPACE,
  CONTAINER,
  DEFAULT_CLUSTER,
  DEPLOYMENT,
  GOOD_IMAGE,
  ROLLOUT_TIMEOUT,
  checkLabTarget,
  CLUSTER_FLAG,
  NAMESPACE_FLAG,
  PRINT_AND_HELP_FLAGS,
  labKubectl,
} from './lab-defaults.ts';

export const PREREQUISITES = ['kubectl'] as const;

const CONTAINER_PATH = '/spec/template/spec/containers/0';
const jsonPatch = (ops: readonly object[]) => ['patch', 'deploy', DEPLOYMENT, '--type=json', '-p', JSON.stringify(ops)];

export interface FailureEpisode {
  /** The failure class the episode should leave in the events. */
  failure: string;
  /** kubectl arguments (after context and namespace) that break the deployment. */
  inject: readonly string[];
  /** How long to let the failure show before repairing it. */
  settleSeconds: number;
  /** kubectl arguments that repair it; a rollout wait follows. */
  recover: readonly string[];
}

// The experiment is data: each episode is injected, left to surface, then repaired and the
// rollout awaited before the next one starts.
export const EPISODES: readonly FailureEpisode[] = [
  {
    failure: 'ImagePullBackOff',
    inject: ['set', 'image', `deploy/${DEPLOYMENT}`, `${CONTAINER}=ghcr.io/ghost/does-not-exist:badtag`],
    settleSeconds: 15,
    recover: ['set', 'image', `deploy/${DEPLOYMENT}`, `${CONTAINER}=${GOOD_IMAGE}`],
  },
  {
    failure: 'CrashLoopBackOff',
    // "add" rather than "replace": the manifest sets no command, and replace needs one to exist.
    inject: jsonPatch([{ op: 'add', path: `${CONTAINER_PATH}/command`, value: ['/bin/sh', '-c', 'exit 1'] }]),
    settleSeconds: 20,
    recover: jsonPatch([{ op: 'remove', path: `${CONTAINER_PATH}/command` }]),
  },
  {
    failure: 'StartupProbeFailed',
    inject: jsonPatch([{ op: 'replace', path: `${CONTAINER_PATH}/readinessProbe/httpGet/path`, value: '/does-not-exist' }]),
    settleSeconds: 20,
    recover: jsonPatch([{ op: 'replace', path: `${CONTAINER_PATH}/readinessProbe/httpGet/path`, value: '/' }]),
  },
];

const HELP = `Usage: inject-failures [options]

Breaks the lab deployment three times, repairing it after each: an image that cannot
be pulled (ImagePullBackOff), a container that exits at once (CrashLoopBackOff) and a
readiness probe on a missing path (failing probe). After each repair it waits for the
rollout. Needs kubectl on PATH and a lab made by bootstrap-lab. Stops at the first
command that fails.

  --cluster NAME          kind cluster (default: ${DEFAULT_CLUSTER}; kubectl context kind-NAME)
  --namespace NS          namespace of the deployment (default: ${DEFAULT_NAMESPACE})
  --settle-seconds N      wait N seconds after each injection instead of ${EPISODES.map((e) => e.settleSeconds).join('/')}
  --print                 show every command without running any
  -h, --help              show this help

Exit status: 0 when every episode ran, 1 when kubectl is missing or a command fails, 2
on bad flags.
`;

export interface InjectOptions {
  cluster: string;
  namespace: string;
  /** Overrides every episode's settle time. */
  settleSeconds?: number | undefined;
}

export type Sleeper = (ms: number) => Promise<unknown>;

export async function injectFailures(options: InjectOptions, runner: CommandRunner, wait: Sleeper = sleep): Promise<void> {
  const kubectl = (args: readonly string[]) => labKubectl(options.cluster, options.namespace, args);
  for (const episode of EPISODES) {
    const seconds = options.settleSeconds ?? episode.settleSeconds;
    runner.note(`${episode.failure}: inject, wait ${seconds}s, recover, wait for the rollout`);
    await runner.run(kubectl(episode.inject));
    if (!runner.printing && seconds > 0) await wait(seconds * 1000);
    await runner.runAll([
      kubectl(episode.recover),
      kubectl(['rollout', 'status', `deploy/${DEPLOYMENT}`, `--timeout=${ROLLOUT_TIMEOUT}`]),
    ]);
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('inject-failures', argv, {
    ...CLUSTER_FLAG,
    ...NAMESPACE_FLAG,
    'settle-seconds': { type: 'string' },
    ...PRINT_AND_HELP_FLAGS,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const settle = values['settle-seconds'] === undefined ? undefined : parseIntFlag('inject-failures', 'settle-seconds', values['settle-seconds'], 0);
  if (settle !== undefined && settle < 0) throw new UsageError('inject-failures: --settle-seconds must not be negative');
  const print = values.print === true;
  checkLabTarget('inject-failures', values);
  if (!print) checkPrerequisites(PREREQUISITES);
  await injectFailures(
    { cluster: values.cluster, namespace: values.namespace, settleSeconds: settle },
    createRunner({ print, write: io.stdout, trace: io.stderr }),
  );
  if (!print) io.stdout(`injected and recovered: ${EPISODES.map((e) => e.failure).join(', ')}\n`);
  return 0;
}

runIfMain(import.meta.url, main);
