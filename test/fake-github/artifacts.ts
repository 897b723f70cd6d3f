/**
 * Joins the two fakes the way GitHub does: what a run uploaded to the artifact service
 * (results.ts) becomes an artifact of that run in the REST API (server.ts), so that a later run
 * lists and downloads it. Self-contained like the fakes (erasable TypeScript, `node:*` only).
 */
import type { FakeRepo } from './server.js';
import type { FakeResults } from './results.js';

/**
 * Moves every finalized upload of `rs` into `repo` as artifacts of run `runId` (the run is added
 * to `repo.runs` as a successful run of `workflow` on `branch` when it is not there), and empties
 * `rs.artifacts`. Returns the names moved.
 */
export function adoptUploads(rs: FakeResults, repo: FakeRepo, run: { id: number; workflow: string; branch: string; sha: string; created_at: string; event?: string }): string[] {
  if (!repo.runs.some((r) => r.id === run.id)) {
    repo.runs.push({ id: run.id, workflow: run.workflow, head_branch: run.branch, head_sha: run.sha, created_at: run.created_at, event: run.event ?? 'schedule' });
  }
  const moved: string[] = [];
  for (const a of rs.artifacts.splice(0)) {
    if (!a.finalize || !a.blob) continue;
    repo.artifacts.push({ id: a.id, run_id: run.id, name: a.name, zip: a.blob, created_at: run.created_at });
    moved.push(a.name);
  }
  return moved;
}
