/**
 * Small deterministic pseudo-random generators. They exist so that results that depend on
 * random choices (Theil–Sen pair subsampling) and the test fixtures are reproducible.
 */

/**
 * mulberry32: a 32-bit state PRNG; `next()` returns floats uniform in [0, 1). A class rather than a
 * closure: a hot loop calling `next()` keeps one call target from fit to fit (a new closure per
 * fit made V8 throw away the loop's optimized code at every fit).
 */
export class Mulberry32 {
  private a: number;

  constructor(seed: number) {
    this.a = seed >>> 0;
  }

  next(): number {
    const a = (this.a = (this.a + 0x6d2b79f5) >>> 0);
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** {@link Mulberry32} as a function. */
export function mulberry32(seed: number): () => number {
  const g = new Mulberry32(seed);
  return () => g.next();
}

/** Standard-normal draws (Box–Muller) from a uniform generator such as {@link mulberry32}. */
export function gaussian(rng: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u <= 0) u = rng();
    const v = rng();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}
