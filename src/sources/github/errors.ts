/**
 * Errors raised by the GitHub I/O layer. Every message is a single line, never contains the
 * token or a signed URL's query string, and ends with a hint when we can guess the cause.
 */
import { InputError } from '../../shared/limits.js';

export interface GitHubApiErrorDetails {
  status: number;
  method: string;
  /** Route template, e.g. `GET /repos/{owner}/{repo}/actions/runs/{run_id}` (or the blob host). */
  route: string;
  /** Expanded path (query removed), e.g. `/repos/o/r/actions/runs/1`. */
  path: string;
  /** GitHub's `message` field (or the status text when the body had none). */
  githubMessage: string;
  hint?: string;
  documentationUrl?: string;
  requestId?: string;
}

/** A non-2xx answer from GitHub (after retries), or a network failure (`status` 0). */
export class GitHubApiError extends Error {
  readonly status: number;
  readonly method: string;
  readonly route: string;
  readonly path: string;
  readonly githubMessage: string;
  readonly hint: string | undefined;
  readonly documentationUrl: string | undefined;
  readonly requestId: string | undefined;

  constructor(details: GitHubApiErrorDetails) {
    super(formatApiError(details));
    this.name = 'GitHubApiError';
    this.status = details.status;
    this.method = details.method;
    this.route = details.route;
    this.path = details.path;
    this.githubMessage = details.githubMessage;
    this.hint = details.hint;
    this.documentationUrl = details.documentationUrl;
    this.requestId = details.requestId;
  }
}

export function formatApiError(d: GitHubApiErrorDetails): string {
  const what = d.status === 0 ? 'request failed' : `${d.status}`;
  const msg = oneLine(d.githubMessage, 400);
  const hint = d.hint ? ` (hint: ${d.hint})` : '';
  return `GitHub API ${what} on ${d.method} ${d.path}: ${msg || 'no message'}${hint}`;
}

/** A 403 that is a permission refusal (a read-only token, a missing `permissions:` entry). */
export function isForbidden(e: unknown): e is GitHubApiError {
  return e instanceof GitHubApiError && e.status === 403;
}

export type SourceRunErrorReason = 'no-runs' | 'expired' | 'no-match' | 'bad-query';

/**
 * No usable source run/artifact. Extends {@link InputError}: callers usually degrade to a warning
 * ("no baseline") instead of failing.
 */
export class SourceRunError extends InputError {
  readonly reason: SourceRunErrorReason;
  constructor(reason: SourceRunErrorReason, message: string) {
    super(oneLine(message, 2000));
    this.name = 'SourceRunError';
    this.reason = reason;
  }
}

/** The artifact is larger than the caller's byte cap, or is not a zip. */
export class ArtifactDownloadError extends InputError {
  constructor(message: string) {
    super(oneLine(message, 1000));
    this.name = 'ArtifactDownloadError';
  }
}

/** Collapse whitespace/newlines and cap the length. */
export function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
