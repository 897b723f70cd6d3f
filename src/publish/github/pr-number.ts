/**
 * Which PR to comment on.
 * - `pull_request*` events: `payload.pull_request.number`.
 * - `workflow_run`: only when the source run was itself a PR run. Then
 *   `workflow_run.pull_requests[0]` (same-repo PRs; empty for forks), else the number the caller
 *   read from the artifact's `pr-number.txt` / `pr.json` (untrusted: by default verified against
 *   the run's head SHA), else `GET /repos/{o}/{r}/commits/{head_sha}/pulls`.
 */
import type { GitHubClient } from '../../sources/github/client.js';
import { GitHubApiError } from '../../sources/github/errors.js';
import { requestJson } from '../../sources/github/rest.js';

export type PrNumberSource = 'pull_request' | 'workflow_run.pull_requests' | 'artifact' | 'commits-api';

export interface FindPrNumberOptions {
  owner: string;
  repo: string;
  /** `GITHUB_EVENT_NAME`. */
  eventName: string;
  /** Parsed `GITHUB_EVENT_PATH`. */
  payload: unknown;
  /** Raw text of `pr-number.txt` or `pr.json` from the artifact, if any. */
  artifactPrText?: string;
  /**
   * Check the artifact's number with GET /pulls/{n}: its head SHA must equal the run's head SHA
   * (a PR could otherwise point our comment at another PR). Default true.
   */
  verifyArtifactPr?: boolean;
}

export type FindPrNumberResult =
  | { number: number; source: PrNumberSource; notes: string[] }
  | { number: undefined; reason: string; notes: string[] };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** A positive safe integer from a number or a decimal string, else undefined. */
export function parsePrNumber(v: unknown): number | undefined {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\s*#?\d{1,10}\s*$/.test(v)) n = Number(v.trim().replace(/^#/, ''));
  else return undefined;
  return Number.isSafeInteger(n) && n > 0 && n < 2 ** 31 ? n : undefined;
}

/** `pr-number.txt` ("123") or `pr.json` (123, {"number":123}, {"pr_number":…}, {"pr":…}). */
export function parseArtifactPrText(text: string): number | undefined {
  const t = text.trim();
  if (t.length > 10_000) return undefined;
  const direct = parsePrNumber(t);
  if (direct !== undefined) return direct;
  try {
    const j: unknown = JSON.parse(t);
    if (typeof j === 'number' || typeof j === 'string') return parsePrNumber(j);
    if (j && typeof j === 'object') {
      const o = j as Record<string, unknown>;
      for (const k of ['number', 'pr_number', 'pr', 'pull_request']) {
        const v = o[k];
        const n = parsePrNumber(v) ?? (v && typeof v === 'object' ? parsePrNumber((v as Record<string, unknown>).number) : undefined);
        if (n !== undefined) return n;
      }
    }
  } catch {
    /* not JSON */
  }
  return undefined;
}

interface ApiPull {
  number: number;
  state?: string;
  head?: { sha?: string };
  base?: { repo?: { url?: string; full_name?: string; name?: string } };
}

export async function findPrNumber(client: GitHubClient | undefined, opts: FindPrNumberOptions): Promise<FindPrNumberResult> {
  const notes: string[] = [];
  const payload = (opts.payload ?? {}) as Record<string, any>;
  const none = (reason: string): FindPrNumberResult => ({ number: undefined, reason, notes });

  if (PR_EVENTS.has(opts.eventName) || (opts.eventName.startsWith('pull_request') && payload.pull_request)) {
    const n = parsePrNumber(payload.pull_request?.number ?? payload.number);
    return n ? { number: n, source: 'pull_request', notes } : none(`${opts.eventName} payload has no valid pull_request.number`);
  }
  if (opts.eventName !== 'workflow_run') return none(`event '${opts.eventName}' is not tied to a pull request`);

  const wr = payload.workflow_run as Record<string, any> | undefined;
  if (!wr) return none('workflow_run payload is missing');
  if (wr.event && !PR_EVENTS.has(wr.event)) return none(`the source run was triggered by '${wr.event}', not a pull request`);
  const headSha: string | undefined = typeof wr.head_sha === 'string' && /^[0-9a-f]{7,64}$/i.test(wr.head_sha) ? wr.head_sha : undefined;

  const slug = `/repos/${opts.owner}/${opts.repo}`.toLowerCase();
  const prs: ApiPull[] = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
  const local = prs.filter((p) => {
    const url = p?.base?.repo?.url;
    return typeof url !== 'string' || url.toLowerCase().endsWith(slug);
  });
  const fromPayload = parsePrNumber(local[0]?.number);
  if (fromPayload) return { number: fromPayload, source: 'workflow_run.pull_requests', notes };

  if (opts.artifactPrText !== undefined) {
    const n = parseArtifactPrText(opts.artifactPrText);
    if (n === undefined) notes.push('the artifact PR number is not a positive integer; ignored');
    else if (opts.verifyArtifactPr === false) return { number: n, source: 'artifact', notes };
    else if (!client || !headSha) notes.push(`cannot verify artifact PR #${n} (no client or head SHA); ignored`);
    else {
      try {
        const data = await requestJson<ApiPull>(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: opts.owner, repo: opts.repo, pull_number: n });
        if (data.head?.sha === headSha) return { number: n, source: 'artifact', notes };
        notes.push(`artifact says PR #${n}, but its head ${String(data.head?.sha).slice(0, 12)} ≠ run head ${headSha.slice(0, 12)}; ignored`);
      } catch (e) {
        if (!(e instanceof GitHubApiError) || e.status !== 404) throw e;
        notes.push(`artifact says PR #${n}, which does not exist; ignored`);
      }
    }
  }

  if (!client) return none('workflow_run.pull_requests is empty and no client was given');
  if (!headSha) return none('workflow_run.head_sha is missing');
  const data = await requestJson<ApiPull[]>(client, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    owner: opts.owner,
    repo: opts.repo,
    commit_sha: headSha,
    per_page: 100,
  });
  const list = Array.isArray(data) ? data : [];
  const open = list.filter((p) => p.state === 'open');
  // Only a pull request whose head is this commit: another one that merely contains it (a stacked
  // branch, or this PR after newer pushes, whose own run will comment) is not this run's.
  const best = open.find((p) => p.head?.sha === headSha);
  const n = parsePrNumber(best?.number);
  return n ? { number: n, source: 'commits-api', notes } : none(`no open pull request has commit ${headSha.slice(0, 12)} as its head`);
}
