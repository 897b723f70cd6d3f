/**
 * The fetch under Octokit. @octokit/request reads a response body after the headers, and when the
 * connection drops there it answers with whatever it read (an empty string for JSON) instead of
 * failing. This fetch reads the whole body first: a connection lost after the headers becomes a
 * failed request, which the retry plugin retries like any network error. It also bounds each
 * request's time.
 */
import { describeNetworkError } from './request-errors.js';

/** The connection dropped (or timed out) while the body was being read. */
export class ConnectionLostError extends Error {
  constructor(cause: unknown) {
    super(`connection lost while reading the response: ${describeNetworkError(cause)}`, { cause });
    this.name = 'ConnectionLostError';
  }
}

/** Statuses whose Response has no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** `base` with a time limit per request, reading each body whole before returning it. */
export function wholeBodyFetch(base: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init = {}) => {
    const res = await base(input, { ...init, signal: withTimeout(init.signal, timeoutMs) });
    let body: ArrayBuffer;
    try {
      body = await res.arrayBuffer();
    } catch (e) {
      throw new ConnectionLostError(e);
    }
    const copy = new Response(NULL_BODY.has(res.status) ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
    Object.defineProperty(copy, 'url', { value: res.url });
    return copy;
  };
}

/** `base` with a time limit per request; the body is the caller's to read. */
export function timedFetch(base: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init = {}) => base(input, { ...init, signal: withTimeout(init.signal, timeoutMs) });
}

function withTimeout(signal: AbortSignal | null | undefined, ms: number): AbortSignal {
  const t = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, t]) : t;
}
