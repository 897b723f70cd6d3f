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
