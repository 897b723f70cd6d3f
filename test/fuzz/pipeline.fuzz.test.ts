/**
 * The whole engine (scan → merge → report → gate → markdown) on real slog lines with random
 * damage: fields replaced by arbitrary JSON, fields dropped, lines cut, repeated, swapped, or
 * replaced by garbage. It must finish with a report (or an InputError when nothing usable is
 * left) and never let an exception through, including one swallowed as a "read error".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import { InputError } from '../../src/shared/limits.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { slogLines, typeOf } from '../hostile/helpers.js';
import { runs, timeout } from './runs.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-fuzz-pipeline-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Real lines: the create-vats (without their bundles), then blocks 1–4 of stage 1. */
const base: string[] = (() => {
  const lines = slogLines('loadgen-leaky', 1);
  const out: string[] = [];
  for (const l of lines) {
    if (typeOf(l) !== 'create-vat') continue;
    const o = JSON.parse(l.toString());
    delete o.vatSourceBundle;
    out.push(JSON.stringify(o));
  }
  const start = lines.findIndex((l) => typeOf(l) === 'cosmic-swingset-end-block-start');
  let blocks = 0;
  for (let i = start; i < lines.length && blocks < 4; i++) {
    const l = lines[i]!;
    if (typeOf(l) === 'create-vat') continue;
    out.push(l.toString());
    if (typeOf(l) === 'cosmic-swingset-end-block-finish') blocks++;
  }
  return out;
})();

/** Names that are Object.prototype members: known to crash the scanner (see test/hostile/poison-keys). */
const PROTO = new Set(Object.getOwnPropertyNames(Object.prototype));
const safeJson = fc.jsonValue({ maxDepth: 2 }).filter((v) => !JSON.stringify(v).match(/"(__proto__|constructor|toString|valueOf|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|__defineGetter__|__defineSetter__|__lookupGetter__|__lookupSetter__)"/));
const special = fc.constantFrom(null, -1, 0, 1e308, -1e308, 5e-324, '', 'v1', 'NaN', [], {}, [[]], ['message'], ['bringOutYourDead'], 'bringOutYourDead', true);

type Mutation =
  | { op: 'set'; at: number; key: number; value: unknown }
  | { op: 'delete'; at: number; key: number }
  | { op: 'cut'; at: number; frac: number }
  | { op: 'repeat'; at: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'garbage'; at: number; text: string };

const at = fc.nat({ max: base.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at, key: fc.nat(), value: fc.oneof(safeJson, special) }),
  fc.record({ op: fc.constant('delete' as const), at, key: fc.nat() }),
  fc.record({ op: fc.constant('cut' as const), at, frac: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('repeat' as const), at }),
  fc.record({ op: fc.constant('swap' as const), at, other: at }),
  fc.record({ op: fc.constant('garbage' as const), at, text: fc.string({ maxLength: 50 }).map((s) => s.replace(/\n/g, ' ')) }),
);

const isObj = (s: string): boolean => {
  try {
    const o = JSON.parse(s);
    return Boolean(o) && typeof o === 'object' && !Array.isArray(o);
  } catch {
    return false;
  }
};

/** Applies the mutations in order; 'set'/'delete' on a line that is no longer an object are skipped. */
function apply(lines: string[], muts: Mutation[]): string[] {
  const out = [...lines];
  for (const m of muts) {
    const i = m.at % out.length;
    switch (m.op) {
      case 'set':
      case 'delete': {
        if (!isObj(out[i]!)) break;
        const o = JSON.parse(out[i]!);
        const keys = Object.keys(o);
        if (!keys.length) break;
        const k = keys[m.key % keys.length]!;
        if (m.op === 'set') o[k] = m.value;
        else delete o[k];
        out[i] = JSON.stringify(o);
        break;
      }
      case 'cut':
        out[i] = out[i]!.slice(0, Math.floor(out[i]!.length * m.frac));
        break;
      case 'repeat':
        out.splice(i, 0, out[i]!);
        break;
      case 'swap': {
        const j = m.other % out.length;
        [out[i], out[j]] = [out[j]!, out[i]!];
        break;
      }
      case 'garbage':
        out[i] = m.text;
        break;
    }
  }
  return out;
}

let n = 0;
describe('the engine on damaged real lines', () => {
  it('sanity: the undamaged lines give a report without warnings', async () => {
    const f = path.join(dir, `chain-stage-1-base.slog`);
    fs.writeFileSync(f, `${base.join('\n')}\n`);
    const r = await analyzeRun({ inputs: [f], policy: structuredClone(DEFAULT_POLICY), log: silentLogger });
    expect(r.run.warnings).toEqual([]);
    expect(r.vats.length).toBe(9);
  });

  it(
    'finishes with a report or an InputError, never another exception',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (muts) => {
          const lines = apply(base, muts);
          const f = path.join(dir, `chain-stage-1-${n++}.slog`);
          fs.writeFileSync(f, `${lines.join('\n')}\n`);
          let report;
          try {
            report = await analyzeRun({ inputs: [f], policy: structuredClone(DEFAULT_POLICY), log: silentLogger });
          } catch (e) {
            expect(e, (e as Error).stack).toBeInstanceOf(InputError);
            return;
          } finally {
            fs.rmSync(f, { force: true });
          }
          // A plain file has no read errors: one here is an exception swallowed by the reader.
          const readErr = report.run.warnings.find((w) => w.code === 'read-error');
          expect(readErr?.message).toBeUndefined();
          expect(['pass', 'warn', 'fail', 'neutral']).toContain(report.verdict);
          expect(typeof renderMarkdown(report)).toBe('string');
          expect(() => JSON.stringify(report)).not.toThrow();
          for (const k of PROTO) expect(Object.prototype.hasOwnProperty.call(Object.prototype, k)).toBe(true);
          expect(({} as any).name).toBeUndefined(); // no prototype pollution
        }),
        runs(30),
      );
    },
    timeout(120_000),
  );
});
