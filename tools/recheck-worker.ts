// One thread of the ReDoS check's pool (tools/recheck-pool.ts): checks the expressions it is
// sent with recheck's pure JavaScript engine and answers with what the check reads.
import { parentPort } from 'node:worker_threads';
import { checkSync } from 'recheck';
import type { RecheckJob, RecheckVerdict } from './recheck-pool.ts';

// The engine comes from RECHECK_SYNC_BACKEND in the environment the pool gives this thread.

parentPort?.on('message', (job: RecheckJob) => {
  const d = checkSync(job.source, job.flags, job.params);
  const verdict: RecheckVerdict =
    d.status === 'safe'
      ? { status: 'safe', checker: d.checker }
      : d.status === 'vulnerable'
        ? { status: 'vulnerable', checker: d.checker, complexity: d.complexity.type, attack: d.attack.pattern }
        : { status: 'unknown', error: d.error.kind };
  parentPort?.postMessage({ id: job.id, verdict });
});
