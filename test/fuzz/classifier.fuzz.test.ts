/**
 * The cheap line classifier and the other readers of untrusted line text: never throw on any
 * bytes, agree with JSON.parse where they claim to, and never read outside the given range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineType, prefixHas } from '../../src/slog/classify.js';
import { KNOWN_TYPES } from '../../src/slog/diagnostics.js';
import { methodFromBody, methodFromMessage } from '../../src/slog/method-name.js';
import { createVatFields } from '../../src/slog/create-vat.js';
import { CHEAP, runs } from './runs.js';

/** Printable ASCII without `"` and `\`: what a real event type looks like (kebab-case words). */
const typeChars = fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== '\\'));
const eventType = fc.oneof(fc.constantFrom(...KNOWN_TYPES), fc.string({ unit: typeChars, minLength: 1, maxLength: 128 }));
const restKeys = fc.dictionary(
  // Integer-like keys would be serialized first (JS key order), so they are left out.
  fc.string({ maxLength: 12 }).filter((k) => k !== 'type' && k !== 'time' && k !== 'monotime' && k !== '__proto__' && !/^\d+$/.test(k)),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 6 },
);
const time = fc.double({ min: 0, max: 2e9, noNaN: true });

/** Arbitrary bytes, biased towards slog-looking prefixes. */
const lineBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(fc.constantFrom('{"type":"', '{"time":1,"type":"', '{"type":', '{', '{"typ', '{"time":'), fc.uint8Array({ maxLength: 300 })).map(
    ([p, rest]) => new Uint8Array([...Buffer.from(p), ...rest]),
  ),
);

describe('lineType', () => {
  it('agrees with JSON.parse on valid event objects, with `type` first or after `time`/`monotime`', () => {
    fc.assert(
      fc.property(eventType, restKeys, time, time, fc.constantFrom(0, 1, 2), (type, rest, t, mt, order) => {
        const obj = order === 0 ? { type, ...rest, time: t } : order === 1 ? { time: t, type, ...rest } : { time: t, monotime: mt, type, ...rest };
        const text = JSON.stringify(obj);
        const buf = Buffer.from(text);
        expect(JSON.parse(text).type).toBe(type);
        expect(lineType(buf, 0, buf.length)).toBe(type);
      }),
      runs(CHEAP),
    );
  });

  it('returns null (never a wrong type) when the type needs escaping', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).filter((s) => /["\\\u0000-\u001f]/.test(s)), restKeys, (type, rest) => {
        const buf = Buffer.from(JSON.stringify({ type, ...rest }));
        expect(lineType(buf, 0, buf.length)).toBeNull();
      }),
      runs(CHEAP),
    );
  });

  // Regression: the fast path checks the opening quote at offset 8 too, so a non-string `type`
  // (`{"type":123,…}`, garbage from a corrupt block) is a wrong shape, not a made-up type "23,".
  it('returns null when the type is not a string', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'string'), restKeys, (type, rest) => {
        const buf = Buffer.from(JSON.stringify({ type, ...rest }));
        expect(lineType(buf, 0, buf.length)).toBeNull();
      }),
      runs(CHEAP),
    );
  });

  it('a non-string type is no type, even with a known event type nested further on', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'string'), restKeys, fc.constantFrom(...KNOWN_TYPES), (type, rest, nested) => {
        const buf = Buffer.from(JSON.stringify({ type, ...rest, x: { type: nested } }));
        expect(lineType(buf, 0, buf.length)).toBeNull();
      }),
      runs(CHEAP),
    );
  });

  it('never throws on arbitrary bytes, returns null or a quote-free string, and reads only [start, end)', () => {
    fc.assert(
      fc.property(lineBytes, fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (line, before, after) => {
        const exact = Buffer.from(line);
        const t = lineType(exact, 0, exact.length);
        if (t !== null) expect(t).not.toMatch(/["\\]/);
        // Embedded in other bytes (as in a read chunk), the answer is the same.
        const framed = Buffer.concat([Buffer.from(before), exact, Buffer.from(after)]);
        expect(lineType(framed, before.length, before.length + exact.length)).toBe(t);
        const needle = Buffer.from('"replay":true');
        expect(prefixHas(framed, before.length, before.length + exact.length, needle, 200)).toBe(exact.subarray(0, 200).includes(needle));
      }),
      runs(CHEAP),
    );
  });
});

describe('method names and create-vat fields from untrusted text', () => {
  /** Smallcaps encoding of a method name (strings starting with !"#$%&'()*+,- get a `!`). */
  const smallcaps = (m: string) => (/^[!-\-]/.test(m) ? `!${m}` : m);

  it('a smallcaps or legacy body round-trips the method name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), (m, args) => {
        expect(methodFromBody(`#${JSON.stringify([smallcaps(m), ...args])}`)).toBe(m);
        // Legacy (pre-smallcaps) capdata: plain JSON, unless it happens to start with `#`.
        expect(methodFromBody(JSON.stringify([m, args]))).toBe(m);
        expect(methodFromMessage({ methargs: { body: `#${JSON.stringify([smallcaps(m), args])}` } })).toBe(m);
      }),
      runs(CHEAP),
    );
  });

  it('never throws on arbitrary bodies and messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `#[${s}`)), fc.anything(), (body, msg) => {
        const m = methodFromBody(body);
        expect(m === null || typeof m === 'string').toBe(true);
        const mm = methodFromMessage(msg);
        expect(mm === null || typeof mm === 'string').toBe(true);
      }),
      runs(CHEAP / 5),
    );
  });

  it('createVatFields reads the leading fields of a create-vat line, whatever comes after them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 60 }), fc.uint8Array({ maxLength: 300 }), (vatID, name, junk) => {
        const head = Buffer.from(`{"type":"create-vat","vatID":${JSON.stringify(vatID)},"dynamic":false,"name":${JSON.stringify(name)},"vatSourceBundle":`);
        const buf = Buffer.concat([head, Buffer.from(junk)]);
        const f = createVatFields(buf, 0, buf.length);
        // JSON.stringify never emits lone surrogates as raw UTF-16, so the round trip is exact
        // except for them (they are written as \\udxxx escapes and read back as such).
        expect(f.vatID).toBe(vatID);
        expect(f.name).toBe(name);
      }),
      runs(CHEAP),
    );
  });
});
