import path from 'node:path';

/** The stage number in a run file's name (`chain-stage-3.slog.gz` -> 3); null when it has none. */
export function stageOf(file: string): number | null {
  const m = /(?:^|[^0-9])stage-?(\d+)(?:[^0-9]|$)/i.exec(path.basename(file));
  return m ? Number(m[1]) : null;
}
