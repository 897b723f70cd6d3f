/**
 * GitHub Action entry (dist/index.js). Thin: it starts the scan worker when spawned as one, and
 * otherwise hands over to the action publisher.
 */
import { isMainThread, workerData, parentPort } from 'node:worker_threads';
import { runScanWorker, WORKER_ROLE } from '../pipeline/scan-files.js';

if (!isMainThread && workerData?.role === WORKER_ROLE) {
  await runScanWorker(workerData, (m) => parentPort!.postMessage(m));
} else {
  const { runAction } = await import('../publish/github/run-action.js');
  await runAction(new URL(import.meta.url));
}
