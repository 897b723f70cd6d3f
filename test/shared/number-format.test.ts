import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/shared/number-format.js';

const icu = (n: number, d: number) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

describe('groupDigits (toLocaleString("en-US") without ICU)', () => {
  it('matches examples a reader can check', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1000)).toBe('1,000');
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(-1234567.891, 2)).toBe('-1,234,567.89');
    expect(groupDigits(0.125, 2)).toBe('0.13'); // an exact binary tie: rounded away from zero, as ICU does
    expect(groupDigits(-0)).toBe('-0'); // as ICU prints it
    expect(groupDigits(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(groupDigits(NaN)).toBe('NaN');
  });

  it('equals toLocaleString for any double and 0–6 fraction digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e22, max: 1e22 }), fc.integer({ min: 0, max: 6 }), (n, d) => groupDigits(n, d) === icu(n, d)),
      { numRuns: 20_000 },
    );
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => groupDigits(n) === icu(n, 0)), { numRuns: 5_000 });
  });
});
