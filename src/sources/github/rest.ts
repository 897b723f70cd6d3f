/**
 * Octokit's request and pagination, read as the project's own narrow views of GitHub's JSON
 * (`ApiRun`, `ApiComment`…), with the bounds this action keeps: at most so many pages or items.
 * Pagination follows GitHub's `Link` headers (plugin-paginate-rest), and list answers wrapped in
 * an object (`workflow_runs`, `artifacts`) come out as plain arrays.
 */
import type { GitHubClient } from './client.js';

type Params = Record<string, unknown>;

/** One request; its JSON as `T`. */
export async function requestJson<T>(client: GitHubClient, route: string, params: Params = {}): Promise<T> {
  const res = await client.request(route, params);
  return res.data as T;
}

/** The pages of a list, as arrays, stopping after `maxPages`. */
export async function* pagesOf<T>(client: GitHubClient, route: string, params: Params, maxPages: number): AsyncGenerator<T[], void, void> {
  let n = 0;
  for await (const res of client.paginate.iterator(route, params)) {
    yield (Array.isArray(res.data) ? res.data : []) as T[];
    if (++n >= maxPages) return;
  }
}

/** The items of a list, stopping once `maxItems` are read. */
export async function listUpTo<T>(client: GitHubClient, route: string, params: Params, maxItems: number): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pagesOf<T>(client, route, params, Number.POSITIVE_INFINITY)) {
    for (const item of page) {
      out.push(item);
      if (out.length >= maxItems) return out;
    }
  }
  return out;
}
