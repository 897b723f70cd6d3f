/** The history inputs, as inputs.ts parses them (history-artifact.ts uses them). */
export type HistoryMode = 'auto' | 'never';

export interface HistoryConfig {
  /** `auto`: read the artifact, carry it on default-branch runs; `never`; or a file to read (never carried). */
  mode: HistoryMode | 'file';
  file?: string;
  /** Artifact name. */
  name: string;
  /** Runs kept. */
  size: number;
  /** Runs in the band (overrides the policy's `history.bandRuns` when given). */
  bandRuns: number | undefined;
}

export const DEFAULT_HISTORY_ARTIFACT = 'loadgen-gate-history';
export const DEFAULT_HISTORY_SIZE = 200;
export const MAX_HISTORY_SIZE = 2000;

