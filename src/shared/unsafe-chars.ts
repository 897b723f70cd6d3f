/**
 * The characters that must never reach a reader raw, one classification for every output: the log
 * (shared/logger.ts `safeLine`) and the markdown and HTML (render/escape.ts).
 * - control: C0/C1 controls, DEL and the line/paragraph separators (they break lines, and ANSI
 *   escapes start with one);
 * - invisible: bidi embeddings, overrides and isolates, zero-width and other invisible formatting
 *   characters, which make the shown text lie (`U+202E` reverses what follows);
 * - surrogate: a lone UTF-16 surrogate (no character at all).
 */
const CONTROL_SET = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';
const INVISIBLE_SET = '\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb';

export const CONTROL = new RegExp(`[${CONTROL_SET}]`, 'u');
export const INVISIBLE = new RegExp(`[${INVISIBLE_SET}]`, 'u');
/** Every unsafe character of a string (global: for `replace`); a lone surrogate matches alone. */
export const UNSAFE = new RegExp(`[${CONTROL_SET}${INVISIBLE_SET}\\ud800-\\udfff]`, 'gu');

export type CharKind = 'control' | 'invisible' | 'surrogate' | 'plain';

/** The kind of one code point (a string of one code point, as `for…of` gives). */
export function charKind(cp: string): CharKind {
  const c = cp.codePointAt(0)!;
  if (c >= 0xd800 && c <= 0xdfff) return 'surrogate';
  if (CONTROL.test(cp)) return 'control';
  if (INVISIBLE.test(cp)) return 'invisible';
  return 'plain';
}
