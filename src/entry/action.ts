/**
 * GitHub Action entry (dist/index.js). Thin: it runs as the engine or a scan worker when spawned
 * as one, and otherwise hands `@actions/core` and the loader of `@actions/artifact` to the action
 * publisher. Both are imported here only on the action's own path, so the scan workers never load
 * them.
 */
import { runAsWorker } from '../engine/engine-worker.js';

if (!(await runAsWorker())) {
  const [core, { runAction }] = await Promise.all([import('@actions/core'), import('../publish/github/run-action.js')]);
  const { uploadAbandoned } = await runAction({
    core,
    workerScript: new URL(import.meta.url),
    // ESM-only and heavy (Azure storage, archiver, Octokit): loaded only to upload.
    loadArtifactClient: async () => new (await import('@actions/artifact')).DefaultArtifactClient(),
  });
  // Outputs, summary and exit code are written: an abandoned upload must not keep the step alive.
  if (uploadAbandoned) process.exit();
}
