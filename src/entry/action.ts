/**
 * GitHub Action entry (dist/index.js). Thin: it runs as the engine or a scan worker when spawned as one, and
 * otherwise hands over to the action publisher.
 */
import { runAsWorker } from '../engine/engine-worker.js';

if (!(await runAsWorker())) {
  const { runAction } = await import('../publish/github/run-action.js');
  await runAction(new URL(import.meta.url));
}
