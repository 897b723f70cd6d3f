/** The many-vats slog's lines (scripts/gen-many-vats.mjs). */
export function manyVatsLines(opts: { vats: number; blocks?: number; boyds?: number }): Generator<string>;
