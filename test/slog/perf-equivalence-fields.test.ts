/**
 * The byte-level field readers (src/slog/fields.ts, json-bytes.ts) against JSON.parse, line by line:
 * whenever a fast reader accepts a line, JSON.parse accepts it too and every field it yields is
 * the reference's. Lines are generated with odd shapes (missing fields, wrong types, duplicate keys,
 * escapes, whitespace, unicode) and then also corrupted byte by byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clistFromEvent, deliverFromEvent, eventFromObject, fastClist, fastDeliver, fastEvent, fastResult, kdDrops, kdKrefs, krefsOf,
  methodFromRawBody, newClistFields, newDeliverFields, newEventFields, newResultFields, resultFromEvent, retentionOf, SUSPECT_SECONDS,
} from '../../src/slog/fields.js';
import { JsonBytes } from '../../src/slog/json-bytes.js';
import { methodFromBody } from '../../src/slog/method-name.js';

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 400;
const opts = { numRuns: RUNS, endOnFailure: true };

/** JSON.parse of the line as an event object, or null (what the scanner calls garbage/wrong shape). */
function refParse(buf: Buffer): any {
  try {
    const o = JSON.parse(buf.toString('utf8'));
    return o && typeof o === 'object' && !Array.isArray(o) ? o : null;
  } catch {
    return null;
  }
}

const deliverView = (f: ReturnType<typeof newDeliverFields>, buf: Buffer) => {
  let drops: unknown;
  let krefs: unknown;
  try {
    drops = kdDrops(f, buf);
    krefs = kdKrefs(f, buf);
  } catch (e) {
    drops = krefs = `throws ${(e as Error).message}`;
  }
  const { vatID, deliveryNum, hasCrankNum, crankNum, replay, kind, method, time, monotime } = f;
  return { vatID, deliveryNum, hasCrankNum, crankNum, replay, kind, method, time, monotime, drops, krefs };
};
const resultView = (f: ReturnType<typeof newResultFields>, buf: Buffer) => {
  const { vatID, deliveryNum, hasCrankNum, replay, seconds, heap } = f;
  const ret = retentionOf(f, buf);
  // time/monotime are only read when `seconds` is absent or suspect (that is all the scanner uses them for).
  return { vatID, deliveryNum, hasCrankNum, replay, seconds, heap, ret, ...(seconds === undefined || seconds > SUSPECT_SECONDS ? { t: f.time, mt: f.monotime } : {}) };
};

/**
 * Checks one line with the four fast readers: each accepts exactly the lines JSON.parse reads as an
 * object (these lines stay within the readers' limits, so none has reason to give up), and then
 * gives the reference reader's fields.
 */
function check(buf: Buffer): void {
  const ref = refParse(buf);
  const d = newDeliverFields();
  expect(fastDeliver(buf, 0, buf.length, d)).toBe(ref !== null);
  if (ref !== null) {
    const r = newDeliverFields();
    deliverFromEvent(ref, r);
    expect(deliverView(d, buf)).toStrictEqual(deliverView(r, buf));
  }
  const res = newResultFields();
  expect(fastResult(buf, 0, buf.length, res)).toBe(ref !== null);
  if (ref !== null) {
    const r = newResultFields();
    resultFromEvent(ref, r);
    expect(resultView(res, buf)).toStrictEqual(resultView(r, buf));
  }
  const c = newClistFields();
  expect(fastClist(buf, 0, buf.length, c)).toBe(ref !== null);
  if (ref !== null) {
    const r = newClistFields();
    clistFromEvent(ref, r);
    expect(c).toStrictEqual(r);
  }
  const ev = newEventFields();
  expect(fastEvent(buf, 0, buf.length, ev)).toBe(ref !== null);
  if (ref !== null) {
    const r = newEventFields();
    eventFromObject(ref, r);
    expect(ev).toStrictEqual(r);
  }
}

// --- generators ---
const kref = fc.oneof(fc.nat({ max: 5000 }).map((n) => `ko${n}`), fc.nat({ max: 500 }).map((n) => `kp${n}`), fc.constantFrom('kd30', 'o+0'));
const vref = fc.oneof(fc.nat({ max: 999 }).map((n) => `o-${n}`), fc.nat({ max: 999 }).map((n) => `o+${n}`), fc.constantFrom('o+0', 'p+5', 'p-7', 'd-70', 'o+d6/3'));
const weird = fc.jsonValue({ maxDepth: 2 });
const str = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('v1', 'v12', 'é', 'a"b', 'a\\b', '\u2028', '\ud83d\ude00', 'tab\there'));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(fc.oneof(a, weird as fc.Arbitrary<any>), { nil: undefined, freq: 4 });
const num = fc.oneof(fc.nat({ max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1795676237.129541, 14.575409867000001, 0.00021137699999962934, -0, 1e21, 1e-7, 123456789012345680000));
const method = fc.oneof(
  fc.constantFrom('getBalance', 'use', '!bang', '%@@asyncIterator', '#undefined', 'produce', '', 'a b', 'é'),
  fc.string({ maxLength: 10 }),
);
const body = fc.oneof(
  fc.tuple(method, fc.jsonValue({ maxDepth: 1 })).map(([m, a]) => `#${JSON.stringify([m, [a]])}`),
  fc.tuple(method, fc.jsonValue({ maxDepth: 1 })).map(([m, a]) => JSON.stringify([m, a])),
  fc.constantFrom('#undefined', '#[null,[]]', '[{"@qclass":"undefined"},[]]', '#  [ "spaced" ]', `#["${'x'.repeat(600)}"]`, `#[${'1,'.repeat(400)}"late"]`),
  fc.string({ maxLength: 20 }),
);
const capdata = fc.record({ body: maybe(body), slots: maybe(fc.array(fc.oneof(kref, vref, weird as fc.Arbitrary<any>), { maxLength: 4 })) }, { requiredKeys: [] });
const message = fc.record(
  { methargs: maybe(capdata), args: maybe(capdata), method: maybe(method), result: maybe(kref) },
  { requiredKeys: [] },
);
const kd = fc.oneof(
  fc.tuple(fc.constant('message'), maybe(kref), maybe(message)).map((t) => t.filter((x, i) => i === 0 || x !== undefined || Math.random() < 0.5)),
  fc.tuple(fc.constant('notify'), fc.array(fc.tuple(kref, fc.oneof(fc.record({ state: fc.constantFrom('fulfilled', 'rejected'), data: maybe(capdata) }), weird as fc.Arbitrary<any>), maybe(capdata)), { maxLength: 3 })),
  fc.tuple(fc.constantFrom('dropExports', 'retireExports', 'retireImports'), fc.array(fc.oneof(kref, weird as fc.Arbitrary<any>), { maxLength: 4 })),
  fc.constant(['bringOutYourDead']),
  weird,
);
const vd = fc.oneof(
  fc.tuple(fc.constant('message'), maybe(vref), maybe(message)).map((t) => [...t]),
  fc.tuple(fc.constantFrom('notify', 'bringOutYourDead', 'startVat', 'dropExports'), weird).map((t) => [...t]),
  fc.constant(['bringOutYourDead']),
  weird,
);
const deliver = fc.record(
  { type: fc.constant('deliver'), crankNum: maybe(fc.nat()), vatID: maybe(str), deliveryNum: maybe(num), replay: maybe(fc.boolean()), dispatch: maybe(str), kd: maybe(kd), vd: maybe(vd), time: maybe(num), monotime: maybe(num) },
  { requiredKeys: ['type'] },
);
const retention = fc.dictionary(fc.constantFrom('slotToVal', 'possiblyDeadSet', 'exportedRemotables', '1', '02', '__proto__', 'x'), fc.oneof(num, weird as fc.Arbitrary<any>), { maxKeys: 5 });
const usage = fc.record({ meterType: maybe(str), currentHeapCount: maybe(num), compute: maybe(num), timestamps: maybe(fc.array(num, { maxLength: 30 })) }, { requiredKeys: [] });
const dr = fc.oneof(fc.tuple(fc.constantFrom('ok', 'error'), fc.oneof(fc.constant(null), retention, weird), fc.oneof(fc.constant(null), usage, weird)).map((t) => [...t]), weird);
const result = fc.record(
  { type: fc.constant('deliver-result'), crankNum: maybe(fc.nat()), vatID: maybe(str), deliveryNum: maybe(num), replay: maybe(fc.boolean()), dr: maybe(dr), time: maybe(num), monotime: maybe(num), seconds: maybe(num) },
  { requiredKeys: ['type'] },
);
const clist = fc.record(
  { type: fc.constant('clist'), crankNum: maybe(fc.nat()), mode: maybe(fc.constantFrom('import', 'export', 'drop')), vatID: maybe(str), kobj: maybe(kref), vobj: maybe(vref), time: maybe(num) },
  { requiredKeys: ['type'] },
);
const ksc = fc.oneof(
  fc.tuple(fc.constant('dropImports'), fc.array(fc.oneof(kref, weird as fc.Arbitrary<any>), { maxLength: 4 })).map((t) => [...t]),
  fc.tuple(fc.constantFrom('vatstoreGet', 'send', 'dropImports'), weird).map((t) => [...t]),
  weird,
);
const other = fc.record(
  {
    type: fc.constantFrom('syscall', 'cosmic-swingset-end-block-start', 'cosmic-swingset-end-block-finish', 'heap-snapshot-save'),
    blockHeight: maybe(num), vatID: maybe(str), replay: maybe(fc.boolean()), ksc: maybe(ksc), time: maybe(num), monotime: maybe(num), seconds: maybe(num),
  },
  { requiredKeys: ['type'] },
);
const event = fc.oneof(deliver, result, clist, other);

/** JSON text of an event, sometimes with duplicate keys, whitespace or escaped ASCII. */
const line = fc.tuple(event, fc.nat({ max: 9 }), fc.nat(), event).map(([ev, style, n, other]) => {
  let text = JSON.stringify(ev);
  if (style === 1) text = JSON.stringify(ev, null, 1).replace(/\n/g, ' ');
  if (style === 2) text = `${text.slice(0, -1)},${JSON.stringify(other).slice(1)}`; // duplicate keys, last wins
  if (style === 3) text = ` \t${text}\r `;
  if (style === 4) text = text.replace(/"vatID":"/, '"vatID":"\\u0076'); // an escape in a value
  if (style === 5) text = text.replace(/"(kobj|vd|dr)":/, '"\\u006b$1":'); // an escape in a key
  if (style === 6) text = text.replace(/,/g, (c) => (n % 3 === 0 ? ' , ' : c));
  return Buffer.from(text);
});

describe('fast field readers = JSON.parse', () => {
  it('on generated events of every shape', () => {
    fc.assert(fc.property(line, (buf) => {
      check(buf);
    }), opts);
  });

  it('on plain generated events the fast readers do not give up', () => {
    fc.assert(
      fc.property(event, (ev) => {
        const buf = Buffer.from(JSON.stringify(ev));
        const ok =
          ev.type === 'deliver' ? fastDeliver(buf, 0, buf.length, newDeliverFields())
          : ev.type === 'deliver-result' ? fastResult(buf, 0, buf.length, newResultFields())
          : ev.type === 'clist' ? fastClist(buf, 0, buf.length, newClistFields())
          : fastEvent(buf, 0, buf.length, newEventFields());
        expect(ok).toBe(true);
      }),
      opts,
    );
  });

  it('on corrupted lines (bytes replaced, inserted, deleted, line cut)', () => {
    const mutation = fc.tuple(fc.nat(), fc.constantFrom(0, 1, 2, 3), fc.constantFrom(0x22, 0x5c, 0x2c, 0x3a, 0x7b, 0x7d, 0x5b, 0x5d, 0x2e, 0x2d, 0x65, 0x30, 0x31, 0x09, 0x00, 0x80, 0xff, 0x74, 0x6e, 0x20));
    fc.assert(
      fc.property(line, fc.array(mutation, { minLength: 1, maxLength: 3 }), (buf, muts) => {
        let b = Buffer.from(buf);
        for (const [at, op, byte] of muts) {
          const i = at % (b.length + 1);
          if (op === 0 && i < b.length) b[i] = byte;
          else if (op === 1) b = Buffer.concat([b.subarray(0, i), Buffer.from([byte]), b.subarray(i)]);
          else if (op === 2) b = Buffer.concat([b.subarray(0, i), b.subarray(i + 1)]);
          else b = b.subarray(0, i);
        }
        check(b);
      }),
      opts,
    );
  });

  it('only reads inside the given range', () => {
    fc.assert(
      fc.property(line, fc.uint8Array({ maxLength: 20 }), fc.uint8Array({ maxLength: 20 }), (buf, pre, post) => {
        const whole = Buffer.concat([Buffer.from(pre), buf, Buffer.from(post)]);
        const a = newDeliverFields();
        const b = newDeliverFields();
        const from = pre.length;
        const to = pre.length + buf.length;
        const okA = fastDeliver(whole, from, to, a);
        const okB = fastDeliver(buf, 0, buf.length, b);
        expect(okA).toBe(okB);
        if (okA) expect(deliverView(a, whole)).toStrictEqual(deliverView(b, buf));
        const ra = newResultFields();
        const rb = newResultFields();
        expect(fastResult(whole, from, to, ra)).toBe(fastResult(buf, 0, buf.length, rb));
        expect(resultView(ra, whole)).toStrictEqual(resultView(rb, buf));
        const ca = newClistFields();
        const cb = newClistFields();
        expect(fastClist(whole, from, to, ca)).toBe(fastClist(buf, 0, buf.length, cb));
        expect(ca).toStrictEqual(cb);
        const ea = newEventFields();
        const eb = newEventFields();
        expect(fastEvent(whole, from, to, ea)).toBe(fastEvent(buf, 0, buf.length, eb));
        expect(ea).toStrictEqual(eb);
      }),
      opts,
    );
  });
});

describe('pieces', () => {
  const j = new JsonBytes();
  const numberOf = (text: string) => {
    const b = Buffer.from(text);
    j.reset(b, 0, b.length);
    const v = j.number();
    return j.bad || !j.atEnd() ? 'invalid' : v;
  };
  const jsonNumber = (text: string) => {
    try {
      const v = JSON.parse(text);
      return typeof v === 'number' ? (Number.isFinite(v) ? v : undefined) : 'invalid';
    } catch {
      return 'invalid';
    }
  };

  it('numbers are read exactly as JSON.parse reads them', () => {
    const numText = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
      fc.tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.nat({ max: 25 })).map(([m, k]) => {
        const s = (m < 0n ? -m : m).toString().padStart(k + 1, '0');
        return `${m < 0n ? '-' : ''}${k ? `${s.slice(0, -k)}.${s.slice(-k)}` : s}`;
      }),
      fc.stringMatching(/^-?(0|[1-9]\d{0,20})(\.\d{1,20})?([eE][+-]?\d{1,3})?$/),
      fc.stringMatching(/^[-+0-9.eE]{1,8}$/),
    );
    fc.assert(fc.property(numText, (t) => {
      expect(numberOf(t)).toStrictEqual(jsonNumber(t));
    }), { ...opts, numRuns: RUNS * 5 });
  });

  it('methodFromRawBody = methodFromBody of the decoded string', () => {
    const anyBody = fc.oneof(body, fc.string({ maxLength: 700 }), fc.constantFrom('#["a\\u0062c"]', `#["${'\\n'.repeat(300)}x"]`));
    fc.assert(
      fc.property(anyBody, (text) => {
        const raw = Buffer.from(JSON.stringify(text));
        const nonAscii = raw.some((c) => c >= 0x80);
        const escaped = raw.subarray(1, -1).includes(0x5c);
        expect(methodFromRawBody(raw, 1, raw.length - 1, escaped, nonAscii)).toBe(methodFromBody(text));
      }),
      { ...opts, numRuns: RUNS * 2 },
    );
  });

  it('kdKrefs on a kd range = krefsOf on the parsed kd', () => {
    fc.assert(
      fc.property(kd, (value) => {
        const buf = Buffer.from(JSON.stringify({ type: 'deliver', vatID: 'v1', kd: value, vd: ['message'] }));
        const f = newDeliverFields();
        expect(fastDeliver(buf, 0, buf.length, f)).toBe(true);
        expect(kdKrefs(f, buf)).toStrictEqual(Array.isArray(value) ? krefsOf(value) : []);
      }),
      opts,
    );
  });
});
