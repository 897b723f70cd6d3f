import { UNSAFE } from './unsafe-chars.js';

/** What the pipeline needs to talk to a person; the action maps it to @actions/core, the CLI to stderr. */
export interface Logger {
  info(msg: string): void;
  warning(msg: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  info() {},
  warning() {},
  group: (_t, fn) => fn(),
};

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warning: (m) => process.stderr.write(`warning: ${m}\n`),
  group: async (t, fn) => {
    process.stderr.write(`── ${t}\n`);
    return fn();
  },
};

export const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Text from the artifacts (file and member names, vat names, a baseline report's provenance) can
 * hold newlines, ANSI escapes or a line starting `::`, which in a GitHub Actions step is a workflow
 * command (`::error::`, `::add-mask::`, …), and bidi overrides or zero-width characters that make a
 * terminal show other text than is there: keep each log message on one line and make every unsafe
 * character (shared/unsafe-chars.ts, the markdown's classification too) visible as `\uXXXX`.
 */
export function safeLine(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `log` with every message and group title passed through {@link safeLine}. */
export function oneLineLogger(log: Logger): Logger {
  return { info: (m) => log.info(safeLine(m)), warning: (m) => log.warning(safeLine(m)), group: (t, fn) => log.group(safeLine(t), fn) };
}
