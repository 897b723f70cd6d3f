import type { ActionContext } from '../../src/publish/github/context.js';

/** An action context as the runner gives it for a pull request of agoric/agoric-sdk; `o` overrides. */
export const actionContext = (o: Partial<ActionContext> = {}): ActionContext => ({
  owner: 'agoric',
  repo: 'agoric-sdk',
  eventName: 'pull_request',
  payload: {},
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  runId: '1',
  runAttempt: '1',
  workflowFile: 'report.yml',
  tempDir: '/tmp',
  sha: undefined,
  branch: undefined,
  ...o,
});
