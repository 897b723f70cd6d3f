/**
 * What the action says and sets through the runner, for one run: the part of `@actions/core` it
 * uses (injected by entry/action.ts, so that nothing below imports `@actions/*`), the step's log
 * with every line made safe, the count of warning annotations shown, and the six outputs.
 */
import { oneLineLogger, type Logger } from '../../shared/logger.js';

/** The part of `@actions/core` the action uses. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(secret: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string, props?: { title?: string }): void;
  error(message: string, props?: { title?: string }): void;
  notice(message: string, props?: { title?: string }): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

/**
 * The step's log. `core.info` writes its text as it is, so every message goes through safeLine
 * first: a slog file named `x\n::error::…` must not issue a workflow command. `warningsShown`
 * counts the warning annotations: GitHub shows 10 per step, and the verdicts' warnings get what is
 * left (run-action.ts emitAnnotations).
 */
export class ActionLog {
  readonly logger: Logger;
  private shown = 0;
  constructor(core: ActionCore) {
    this.logger = oneLineLogger({
      info: (m) => core.info(m),
      warning: (m) => {
        this.shown++;
        core.warning(m);
      },
      group: (t, fn) => core.group(t, fn),
    });
  }
  /** For lines that may carry artifact or API text (names, paths, provenance, messages). */
  info = (m: string): void => this.logger.info(m);
  warn = (m: string): void => this.logger.warning(m);
  get warningsShown(): number {
    return this.shown;
  }
}

/**
 * The six outputs, each set once (empty when unknown): `flush()` the five report outputs,
 * `flushArtifact()` the report artifact id, which is known only after the upload.
 */
export class Outputs {
  verdict = 'error';
  reportPath = '';
  regressions = '';
  summaryPath = '';
  baselineRunId = '';
  reportArtifactId = '';
  private flushed = false;
  private artifactFlushed = false;
  constructor(private readonly core: Pick<ActionCore, 'setOutput'>) {}
  flush(): void {
    if (this.flushed) return;
    this.flushed = true;
    this.core.setOutput('verdict', this.verdict);
    this.core.setOutput('report-path', this.reportPath);
    this.core.setOutput('regressions', this.regressions);
    this.core.setOutput('summary-path', this.summaryPath);
    this.core.setOutput('baseline-run-id', this.baselineRunId);
  }
  flushArtifact(): void {
    if (this.artifactFlushed) return;
    this.artifactFlushed = true;
    this.core.setOutput('report-artifact-id', this.reportArtifactId);
  }
}
