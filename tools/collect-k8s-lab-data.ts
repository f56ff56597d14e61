// collect: saves a lab namespace's Kubernetes Events and pod logs as one capture folder,
// data/external/runs/<run-id>/ (events.json, logs.txt, meta.json). The folder is assembled
// under a temporary name beside it and renamed at the end, so it exists whole or not at all.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { RunError, UsageError } from '../src/errors.ts';
import { openAtomicFolder } from '../src/atomic-file.ts';
import { toJson } from '../src/safe-text.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { checkPrerequisites, createRunner, formatCommand, quoteArg, type Command, type CommandRunner } from '../src/command-runner.ts';
import { checkNamespace, DEFAULT_NAMESPACE, DEFAULT_SELECTOR, NAMESPACE_FLAG, PRINT_AND_HELP_FLAGS, SELECTOR_FLAG } from '../lab/lab-defaults.ts';

export const DEFAULT_OUT_ROOT = join(PROJECT_ROOT, 'data', 'external', 'runs');
export const LOG_TAIL_LINES = 2000;
export const CAPTURE_FILES = { events: 'events.json', logs: 'logs.txt', meta: 'meta.json' } as const;

const HELP = `Usage: collect [options]

Saves the Kubernetes Events and pod logs of a lab namespace into
data/external/runs/<run-id>/ as events.json, logs.txt and meta.json, and prints the
folder. Runs, without a shell:

  kubectl get events -n NAMESPACE -o json --sort-by=.lastTimestamp
  kubectl logs -n NAMESPACE -l SELECTOR --all-containers --tail=${LOG_TAIL_LINES}

  --namespace NS     namespace to read, a Kubernetes name (default: ${DEFAULT_NAMESPACE})
  --selector SEL     label selector for the pods whose logs to keep
                     (default: ${DEFAULT_SELECTOR})
  --context NAME     kubectl context to use (default: kubectl's current context)
  --run-id ID        name of the capture folder: letters, digits, '.', '_' and '-'
                     (default: the UTC time, e.g. 20261124T181500Z)
  --out-root DIR     where capture folders go (default: data/external/runs)
  --print            show the commands and the folder without running anything
  -h, --help         show this help

Exit status: 0 on success; 1 when kubectl is missing or a command fails (nothing is
left behind); 2 on bad flags or a run id that is not a plain folder name.
`;

const RUN_ID = /^[A-Za-z0-9._-]+$/;
const MAX_RUN_ID = 128;

/** Refuse run ids that are not one plain folder name under the runs folder. */
export function checkRunId(runId: string): void {
  if (!RUN_ID.test(runId) || runId.length > MAX_RUN_ID) {
    throw new UsageError(
      `collect: --run-id must be 1-${MAX_RUN_ID} characters from A-Z a-z 0-9 . _ -, got ${JSON.stringify(runId)}`,
    );
  }
  if (runId === '.' || runId === '..') {
    throw new UsageError(`collect: --run-id ${JSON.stringify(runId)} does not name a folder of its own`);
  }
}

/** The UTC time as a run id: 20261124T181500Z. */
export function defaultRunId(clock: Clock = systemClock): string {
  return new Date(clock.epochSeconds() * 1000).toISOString().replace(/\.\d+Z$/, 'Z').replaceAll('-', '').replaceAll(':', '');
}

export interface CollectOptions {
  namespace: string;
  selector: string;
  runId: string;
  outRoot: string;
  context?: string | undefined;
}

export function collectCommands(options: Pick<CollectOptions, 'namespace' | 'selector' | 'context'>): { events: Command; logs: Command } {
  checkNamespace('collect', options.namespace);
  const context = options.context === undefined ? [] : ['--context', options.context];
  return {
    events: {
      program: 'kubectl',
      args: [...context, 'get', 'events', '-n', options.namespace, '-o', 'json', '--sort-by=.lastTimestamp'],
    },
    logs: {
      program: 'kubectl',
      args: [...context, 'logs', '-n', options.namespace, '-l', options.selector, '--all-containers', `--tail=${LOG_TAIL_LINES}`],
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Run the two kubectl commands and write the capture folder; returns its path. */
export async function collectLabData(options: CollectOptions, runner: CommandRunner, clock: Clock = systemClock): Promise<string> {
  checkRunId(options.runId);
  const runDir = join(options.outRoot, options.runId);
  const commands = collectCommands(options);
  if (runner.printing) {
    await runner.run(commands.events);
    await runner.run(commands.logs);
    runner.note(`write ${Object.values(CAPTURE_FILES).join(', ')} into ${quoteArg(runDir)}`);
    return runDir;
  }
  if (await exists(runDir)) throw new RunError(`collect: ${runDir} already exists; choose another --run-id`);
  // Hidden and beside the final folder, so the closing rename stays on one filesystem; removed
  // if the run fails or is interrupted.
  const folder = await openAtomicFolder(runDir);
  try {
    const events = await runner.run(commands.events);
    const logs = await runner.run(commands.logs);
    const collectedAt = clock.epochSeconds();
    const meta = {
      run_id: options.runId,
      namespace: options.namespace,
      selector: options.selector,
      context: options.context ?? null,
      collected_at: new Date(collectedAt * 1000).toISOString(),
      collected_at_epoch: collectedAt,
      commands: [formatCommand(commands.events), formatCommand(commands.logs)],
    };
    await folder.writeFile(CAPTURE_FILES.events, events);
    await folder.writeFile(CAPTURE_FILES.logs, logs);
    await folder.writeFile(CAPTURE_FILES.meta, `${toJson(meta, 2)}\n`);
    await folder.commit();
  } catch (err) {
    await folder.abort();
    throw err;
  }
  return runDir;
}

/** Where a run goes: --run-id and --out-root, shared with the lab's collect-and-normalize. */
export const RUN_FLAGS = { 'run-id': { type: 'string' }, 'out-root': { type: 'string', default: DEFAULT_OUT_ROOT } } as const;

/** The run id asked for, or one from the clock; refused when it would leave the runs folder. */
function chosenRunId(asked: string | undefined, clock: Clock): string {
  const runId = asked ?? defaultRunId(clock);
  checkRunId(runId);
  return runId;
}

/** What a collecting command reads before it runs: --print, and the run id asked for or from the clock. */
export function collectionStart(values: { print?: boolean; 'run-id'?: string }, clock: Clock): { print: boolean; runId: string } {
  return { print: values.print === true, runId: chosenRunId(values['run-id'], clock) };
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock): Promise<number> {
  const { values } = parseFlags('collect', argv, {
    ...NAMESPACE_FLAG,
    ...SELECTOR_FLAG,
    context: { type: 'string' },
    ...RUN_FLAGS,
    ...PRINT_AND_HELP_FLAGS,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const { print, runId } = collectionStart(values, clock);
  checkNamespace('collect', values.namespace);
  if (!print) checkPrerequisites(['kubectl']);
  const runner = createRunner({ print, write: io.stdout });
  const runDir = await collectLabData(
    { namespace: values.namespace, selector: values.selector, runId, outRoot: values['out-root'], context: values.context },
    runner,
    clock,
  );
  if (!print) io.stdout(`${runDir}\n`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
