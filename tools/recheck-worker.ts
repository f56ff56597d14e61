// One thread of the ReDoS check's pool (tools/recheck-pool.ts): checks the expressions it is
// sent with recheck and answers with what the check reads.
import { parentPort } from 'node:worker_threads';
import { check } from 'recheck';
import type { RecheckJob, RecheckVerdict } from './recheck-pool.ts';

// The engine (native or pure) comes from RECHECK_BACKEND in the environment the pool gives this thread.

parentPort?.on('message', async (job: RecheckJob) => {
  const d = await check(job.source, job.flags, job.params);
  const verdict: RecheckVerdict =
    d.status === 'safe'
      ? { status: 'safe', checker: d.checker }
      : d.status === 'vulnerable'
        ? { status: 'vulnerable', checker: d.checker, complexity: d.complexity.type, attack: d.attack.pattern }
        : { status: 'unknown', error: d.error.kind };
  parentPort?.postMessage({ id: job.id, verdict });
});
