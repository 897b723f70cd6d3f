/**
 * Errors raised by the GitHub I/O layer. Every message is a single line, never contains the
 * token or a signed URL's query string, and ends with a hint when we can guess the cause
 * (request-errors.ts maps Octokit's RequestError to these).
 */
import { InputError } from '../../shared/limits.js';

export interface GitHubApiErrorDetails {
  /** HTTP status, or 0 when no answer came (network error, timeout, connection lost). */
  status: number;
  method: string;
  /** Path (query removed, without a GHES `/api/v3` prefix), e.g. `/repos/o/r/actions/runs/1`; or the storage URL. */
  path: string;
  /** GitHub's `message` field (or the status text when the body had none). */
  githubMessage: string;
  hint?: string;
  documentationUrl?: string;
  requestId?: string;
  /** A primary or secondary rate limit (429, or a 403 that says so): not a permission problem. */
  rateLimited?: boolean;
  /** Attempts made, retries included. */
  attempts?: number;
}

/** A non-2xx answer from GitHub (after retries), or a network failure (`status` 0). */
export class GitHubApiError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly githubMessage: string;
  readonly hint: string | undefined;
  readonly documentationUrl: string | undefined;
  readonly requestId: string | undefined;
  readonly rateLimited: boolean;
  readonly attempts: number;

  constructor(details: GitHubApiErrorDetails) {
    super(formatApiError(details));
    this.name = 'GitHubApiError';
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.githubMessage = details.githubMessage;
    this.hint = details.hint;
    this.documentationUrl = details.documentationUrl;
    this.requestId = details.requestId;
    this.rateLimited = details.rateLimited ?? false;
    this.attempts = details.attempts ?? 1;
  }
}

export function formatApiError(d: GitHubApiErrorDetails): string {
  const what = d.status === 0 ? 'request failed' : `${d.status}`;
  const msg = oneLine(d.githubMessage, 400);
  const hint = d.hint ? ` (hint: ${d.hint})` : '';
  return `GitHub API ${what} on ${d.method} ${d.path}: ${msg || 'no message'}${hint}`;
}

/**
 * A 403 that is a permission refusal (a read-only token, a missing `permissions:` entry), not a
 * rate limit: what the comment and the tracking issues report as "forbidden".
 */
export function isForbidden(e: unknown): e is GitHubApiError {
  return e instanceof GitHubApiError && e.status === 403 && !e.rateLimited;
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

/** Query parameters that carry a signed URL's credentials. */
const SIGNED_QUERY_PARAM = /([?&](?:sig|signature|se|st|sp|sv|sr|spr|skoid|sktid|skt|ske|sks|skv|rscd|X-Amz-[A-Za-z-]+|token|access_token)=)[^&\s"'<>]+/gi;

/**
 * Removes the token, and the signature parts of signed blob URLs (Azure SAS, S3 presigned) that an
 * error body may quote, from text bound for a message or the log.
 */
export function redactor(token: string): (s: string) => string {
  return (s) => (token.length >= 4 ? s.split(token).join('***') : s).replace(SIGNED_QUERY_PARAM, '$1***');
}
