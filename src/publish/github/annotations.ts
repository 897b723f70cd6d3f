/**
 * GitHub shows at most 10 error and 10 warning annotations per step. Keep the first `cap - 1`
 * per level and replace the rest with one "and N more …" annotation. Pure; the caller emits them
 * with core.error/warning/notice.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
}

/**
 * Input order is kept; each level's "and N more" item takes the place of its first overflow item.
 * `cap` is the number of annotations of each level still free in the step: one number for every
 * level, or one per level (a level not named gets 10). The caller subtracts what the step has
 * already shown (input-problem warnings) or will show after (the failure's own error); at 0 or
 * less a level shows nothing, as GitHub would drop it anyway.
 */
export function planAnnotations(items: Annotation[], cap: number | Partial<Record<AnnotationLevel, number>> = 10): Annotation[] {
  const capOf = (level: AnnotationLevel) => Math.floor(typeof cap === 'number' ? cap : (cap[level] ?? 10));
  if (typeof cap === 'number' && (!Number.isInteger(cap) || cap < 1)) throw new Error(`annotation cap must be a positive integer (got ${cap})`);
  const totals = new Map<AnnotationLevel, number>();
  for (const i of items) totals.set(i.level, (totals.get(i.level) ?? 0) + 1);
  const seen = new Map<AnnotationLevel, number>();
  const out: Annotation[] = [];
  for (const item of items) {
    const total = totals.get(item.level)!;
    const c = capOf(item.level);
    const n = (seen.get(item.level) ?? 0) + 1;
    seen.set(item.level, n);
    if (c < 1) continue;
    if (total <= c || n < c) out.push(item);
    else if (n === c) {
      const more = total - c + 1;
      const noun = item.level === 'error' ? 'errors' : item.level === 'warning' ? 'warnings' : 'notices';
      out.push({ level: item.level, title: `and ${more} more ${noun}`, message: `and ${more} more ${noun} … (see the job summary for all of them)` });
    }
  }
  return out;
}
