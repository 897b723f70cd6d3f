/**
 * Delivery pairing on its own: a deliver and its deliver-result make one counted delivery with a
 * duration; unpaired lines, duplicates and unusable durations are reported and not counted.
 */
import { describe, expect, it } from 'vitest';
import { DeliveryPairing } from '../../src/analyzers/delivery-pairing.js';
import { VatInfo } from '../../src/analyzers/vat-info.js';
import { FileDiagnostics } from '../../src/slog/diagnostics.js';
import { newDeliverFields, newResultFields, type DeliverFields, type ResultFields } from '../../src/slog/fields.js';

const d = (vatID: string, deliveryNum: number, time: number, monotime?: number): DeliverFields => ({
  ...newDeliverFields(), vatID, deliveryNum, hasCrankNum: true, crankNum: 1, kind: 'message', method: 'foo', time, monotime,
});
const r = (vatID: string, deliveryNum: number, extra: Partial<ResultFields>): ResultFields => ({
  ...newResultFields(), vatID, deliveryNum, hasCrankNum: true, ...extra,
});

function setup(skipUpTo: Record<string, number> = {}) {
  const diag = new FileDiagnostics('f.slog');
  const vats = new VatInfo();
  const pairing = new DeliveryPairing(diag, vats, skipUpTo);
  const codes = () => Object.fromEntries(diag.list().map((w) => [w.code, w.examples]));
  return { pairing, vats, codes };
}

describe('delivery pairing', () => {
  it('counts a paired delivery with its `seconds`, or the monotime between its lines', () => {
    const { pairing, vats, codes } = setup();
    pairing.deliver(d('v1', 4, 100, 10), 1, 7, false);
    expect(pairing.result(r('v1', 4, { seconds: 0.25 }), 2)).toBe(0.25);
    pairing.deliver(d('v1', 5, 100, 10), 3, 7, false);
    expect(pairing.result(r('v1', 5, { monotime: 10.5, time: 200 }), 4)).toBe(0.5);
    expect(pairing.ordinal).toBe(2);
    expect(pairing.od).toMatchObject({ vatID: 'v1', deliveryNum: 5, kind: 'message', method: 'foo', height: 7 });
    expect(vats.vats.v1).toMatchObject({ deliveries: 2, minDeliveryNum: 4, maxDeliveryNum: 5 });
    expect(codes()).toEqual({});
  });

  it('replaces a `seconds` longer than the time between the two lines by that time', () => {
    const { pairing, codes } = setup();
    pairing.deliver(d('v1', 1, 100, 10), 1, null, false);
    expect(pairing.result(r('v1', 1, { seconds: 5000, monotime: 12 }), 2)).toBe(2);
    expect(codes()).toEqual({ 'bad-duration': ['f.slog:2'] });
  });

  it('reports unpaired lines, duplicates and missing durations, and counts none of them', () => {
    const { pairing, vats, codes } = setup({ v2: 10 });
    pairing.deliver(d('v1', 3, 100), 1, null, false);
    pairing.deliver(d('v1', 4, 100), 2, null, false); // line 1 has no result
    expect(pairing.result(r('v1', 9, { seconds: 1 }), 3)).toBe(-1); // not the open one, which stays open
    expect(pairing.result(r('v1', 4, { seconds: 1 }), 4)).toBe(1);
    pairing.deliver(d('v1', 2, 100), 5, null, false); // went backwards
    expect(pairing.result(r('v1', 2, { seconds: 0.1 }), 6)).toBe(-1);
    pairing.deliver(d('v2', 10, 100), 7, null, false); // an earlier file counted it
    expect(pairing.result(r('v2', 10, { seconds: 0.1 }), 8)).toBe(-1);
    pairing.deliver(d('v2', 11, 100), 9, null, false);
    expect(pairing.result(r('v2', 11, {}), 10)).toBe(-1); // no seconds, no time
    pairing.deliver(d('v2', 12, 100), 11, null, false);
    pairing.end();
    expect(codes()).toEqual({
      'unpaired-deliver': ['f.slog:1', 'f.slog:11'],
      'unpaired-result': ['f.slog:3'],
      'duplicate-delivery': ['f.slog:5', 'f.slog:7'],
      'bad-duration': ['f.slog:10'],
    });
    expect(pairing.ordinal).toBe(1);
    expect(vats.vats.v1.deliveries).toBe(1);
    expect(vats.vats.v2.deliveries).toBe(0);
  });

  it('counts a repeated deliveryNum of a vat without a transcript; a new one in a crank replayed before is a duplicate', () => {
    const { pairing, vats, codes } = setup();
    for (const [line, num, replayed] of [[1, 7, false], [3, 7, false], [5, 8, true]] as const) {
      pairing.deliver(d('v3', num, 100), line, null, replayed);
      pairing.result(r('v3', num, { seconds: 0.1 }), line + 1);
    }
    expect(vats.vats.v3).toMatchObject({ deliveries: 2, maxDeliveryNum: 7, stuckCounter: true });
    expect(codes()).toEqual({ 'duplicate-delivery': ['f.slog:5'] });
  });

  it('leaves out the result of an old slog\'s replayed delivery (no crankNum, no open deliver)', () => {
    const { pairing, codes } = setup();
    expect(pairing.result(r('v1', 1, { hasCrankNum: false, seconds: 1 }), 1)).toBe(-1);
    expect(pairing.replaySkipped).toBe(1);
    expect(codes()).toEqual({});
  });
});
