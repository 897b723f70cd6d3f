import type { Warning } from '../shared/report-schema.js';

const MAX_EXAMPLES = 5;

/**
 * Counts problems in the input by code and keeps the first few `file:line` locations, so that a
 * broken slog is reported in one line per problem kind instead of failing the whole analysis.
 */
export class Diagnostics {
  private readonly byCode = new Map<string, Warning>();

  add(code: string, where: string, detail: string): void {
    let w = this.byCode.get(code);
    if (!w) {
      w = { code, count: 0, message: `${where}: ${detail}`, examples: [] };
      this.byCode.set(code, w);
    }
    w.count++;
    if (w.examples.length < MAX_EXAMPLES) w.examples.push(where);
  }

  list(): Warning[] {
    return [...this.byCode.values()];
  }

  static merge(lists: Warning[][]): Warning[] {
    const out = new Map<string, Warning>();
    for (const list of lists) {
      for (const w of list) {
        const have = out.get(w.code);
        if (!have) {
          out.set(w.code, { ...w, examples: [...w.examples] });
        } else {
          have.count += w.count;
          for (const e of w.examples) if (have.examples.length < MAX_EXAMPLES) have.examples.push(e);
        }
      }
    }
    return [...out.values()];
  }
}

/** Known slog event types (docs/formats.md §1.3); anything else is counted as `unknown-event`. */
export const KNOWN_TYPES = new Set([
  'deliver', 'deliver-result', 'syscall', 'syscall-result', 'crank-start', 'crank-finish', 'create-vat',
  'vat-startup-start', 'vat-startup-finish', 'start-replay', 'finish-replay', 'replay-transcript-start',
  'replay-transcript-finish', 'heap-snapshot-save', 'heap-snapshot-load', 'clist', 'terminate', 'console',
  'kernel-stats', 'kernel-init-start', 'kernel-init-finish', 'bundle-kernel-start', 'bundle-kernel-finish',
  'import-kernel-start', 'import-kernel-finish', 'vat-cleanup', 'vat-cleanup-complete', 'slogger-confused',
  'cosmic-swingset-bootstrap-block-start', 'cosmic-swingset-bootstrap-block-finish', 'cosmic-swingset-begin-block',
  'cosmic-swingset-end-block-start', 'cosmic-swingset-end-block-finish', 'cosmic-swingset-run-start',
  'cosmic-swingset-run-finish', 'cosmic-swingset-commit-block-start', 'cosmic-swingset-commit-block-finish',
  'cosmic-swingset-after-commit-stats', 'cosmic-swingset-timer-poll', 'cosmic-swingset-deliver-inbound',
  'cosmic-swingset-bridge-inbound', 'cosmic-swingset-install-bundle', 'cosmic-swingset-init',
  'cosmic-swingset-upgrade-start', 'cosmic-swingset-upgrade-finish', 'cosmic-swingset-inject-kernel-upgrade-events',
]);

/** The diagnostics of one file: a problem's location is `file:line`. */
export class FileDiagnostics extends Diagnostics {
  constructor(readonly file: string) {
    super();
  }

  /** A problem at line `line` of the file. */
  at(code: string, line: number, detail: string): void {
    this.add(code, `${this.file}:${line}`, detail);
  }
}
