/**
 * Download an Actions artifact as zip bytes. GitHub answers `GET .../artifacts/{id}/zip` with a
 * 302 to a short-lived signed storage URL; the client follows it WITHOUT the Authorization header
 * (different origin) and stops reading once `maxBytes` is exceeded. Unpacking is the caller's job
 * (see `src/shared/limits.ts` for the extraction caps).
 */
import type { GitHubClient } from './client.js';
import { ArtifactDownloadError } from './errors.js';

export interface DownloadArtifactOptions {
  owner: string;
  repo: string;
  artifactId: number | string;
  /** Hard cap on the zip size (bytes). */
  maxBytes: number;
  /** Whole-download timeout; default 10 min. */
  timeoutMs?: number;
}

export async function downloadArtifactZip(client: GitHubClient, opts: DownloadArtifactOptions): Promise<Buffer> {
  if (!Number.isFinite(opts.maxBytes) || opts.maxBytes <= 0) throw new Error(`maxBytes must be a positive number (got ${opts.maxBytes})`);
  const buf = await client.download(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip',
    { owner: opts.owner, repo: opts.repo, artifact_id: opts.artifactId },
    { maxBytes: opts.maxBytes, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) },
  );
  // Local file header, or the end-of-central-directory record of an empty zip.
  const sig = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
  if (sig !== 0x04034b50 && sig !== 0x06054b50) {
    throw new ArtifactDownloadError(`artifact ${opts.artifactId} of ${opts.owner}/${opts.repo} is not a zip file (${buf.length} bytes)`);
  }
  return buf;
}
