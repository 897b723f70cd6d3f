/**
 * Kref keys and vref kinds (src/slog/kref.ts): the c-list replay keys entries by them, so two krefs
 * must get the same key exactly when they are the same text, and the byte readers must agree with
 * the text ones.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { krefKey, krefKeyAt, krefText, vrefKind, vrefKindAt, VREF_DEVICE, VREF_EXPORT, VREF_IMPORT, VREF_OTHER, VREF_PROMISE, VREF_ROOT } from '../../src/slog/kref.js';

describe('krefKey', () => {
  it('keys canonical krefs by number and everything else by its text', () => {
    expect(krefKey('ko0')).toBe(0);
    expect(krefKey('kp0')).toBe(1);
    expect(krefKey('kd0')).toBe(2);
    expect(krefKey('ko12')).toBe(48);
    expect(krefKey('kp12')).toBe(49);
    expect(krefKey('ko999999999999999')).toBe(999999999999999 * 4);
    for (const odd of ['', 'k', 'ko', 'ko012', 'ko1x', 'kx1', 'ko-1', 'ko1.5', 'ko1000000000000000', '48', '__proto__', 'KO1', 'ko１']) {
      expect(krefKey(odd), odd).toBe(odd);
    }
  });

  it('is one-to-one: the same key exactly for the same text, and krefText gives the text back', () => {
    const kref = fc.oneof(
      fc.tuple(fc.constantFrom('ko', 'kp', 'kd', 'kx', 'k', ''), fc.oneof(fc.nat().map(String), fc.string({ maxLength: 4 }))).map(([p, n]) => p + n),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(kref, kref, (a, b) => {
        expect(krefKey(a) === krefKey(b)).toBe(a === b);
        expect(krefText(krefKey(a))).toBe(a);
      }),
      { numRuns: 5000 },
    );
  });

  it('keys krefs of up to 15 digits as numbers, read from bytes too', () => {
    for (const [k, want] of [['ko999999999999999', 4 * 999999999999999], ['kp100000000000000', 4 * 100000000000000 + 1]] as const) {
      expect(krefKey(k)).toBe(want);
      const b = Buffer.from(`"${k}"`, 'latin1');
      expect(krefKeyAt(b, 1, b.length - 1)).toBe(want);
    }
  });

  it('reads the same key from bytes as from text (-1 for a kref keyed by its text)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat().map((n) => `ko${n}`), fc.constantFrom('kp7', 'kd0', 'ko007', 'ko', 'x', 'ko9999999999999999', 'ko999999999999999', 'kp100000000000000')), (k) => {
        const b = Buffer.from(`"${k}"`, 'latin1');
        const key = krefKey(k);
        expect(krefKeyAt(b, 1, b.length - 1)).toBe(typeof key === 'number' ? key : -1);
      }),
    );
  });
});

describe('vrefKind', () => {
  it('tells exports, imports, promises and devices apart, and the root object o+0', () => {
    expect(vrefKind('o+5')).toBe(VREF_EXPORT);
    expect(vrefKind('o+0')).toBe(VREF_EXPORT + VREF_ROOT);
    expect(vrefKind('o+00')).toBe(VREF_EXPORT);
    expect(vrefKind('o-50')).toBe(VREF_IMPORT);
    expect(vrefKind('o')).toBe(VREF_IMPORT);
    expect(vrefKind('p+3')).toBe(VREF_PROMISE);
    expect(vrefKind('d-1')).toBe(VREF_DEVICE);
    expect(vrefKind('x')).toBe(VREF_OTHER);
    for (const v of ['o+0', 'o+5', 'o-50', 'o', 'p-1', 'd+2', 'zz', 'o+0x']) {
      const b = Buffer.from(v, 'latin1');
      expect(vrefKindAt(b, 0, b.length), v).toBe(vrefKind(v));
    }
  });
});
