/**
 * The c-list entry table (src/analyzers/kref-states.ts) behaves as a Map from kref key to state:
 * random sequences of sets, deletes and rewrites-while-iterating (a vat's termination) are checked
 * against a Map, and so is the typed list a scan posts, over few keys (collisions, tombstone reuse, rebuilds that shrink) and many.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KrefStates } from '../../src/analyzers/kref-states.js';
import { krefKey } from '../../src/slog/kref.js';
import { CHEAP, runs } from '../fuzz/runs.js';

type Op = { op: 'set'; k: number | string; s: number } | { op: 'del'; k: number | string } | { op: 'wipe' };

const key = (space: number) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: 0, max: space }).map((n) => krefKey(`ko${n}`)) },
    { weight: 2, arbitrary: fc.constantFrom(krefKey('kp999999999999999'), krefKey('kd7'), krefKey('ko0'), krefKey('kd1073741823'), krefKey('ko1073741824')) },
    { weight: 1, arbitrary: fc.constantFrom('ko-x', 'weird') },
  );
const ops = (space: number) =>
  fc.array(
    fc.oneof(
      { weight: 10, arbitrary: fc.record({ op: fc.constant('set' as const), k: key(space), s: fc.integer({ min: 1, max: 15 }) }) },
      { weight: 6, arbitrary: fc.record({ op: fc.constant('del' as const), k: key(space) }) },
      { weight: 1, arbitrary: fc.constant({ op: 'wipe' as const }) },
    ),
    { maxLength: 400 },
  );

function check(list: Op[]): void {
  const t = new KrefStates();
  const m = new Map<number | string, number>();
  for (const o of list) {
    if (o.op === 'set') {
      t.set(o.k, o.s);
      m.set(o.k, o.s);
    } else if (o.op === 'del') {
      t.delete(o.k);
      m.delete(o.k);
    } else {
      // As the replay's wipe does: entries with bit 8 become 8, the others go, while iterating.
      t.forEach((k, s) => (s & 8 ? t.set(k, 8) : t.delete(k)));
      for (const [k, s] of [...m]) s & 8 ? m.set(k, 8) : m.delete(k);
    }
  }
  expect(t.size).toBe(m.size);
  for (const [k, s] of m) expect(t.get(k)).toBe(s);
  const seen = new Map<number | string, number>();
  t.forEach((k, s) => {
    expect(seen.has(k)).toBe(false);
    seen.set(k, s);
  });
  expect(seen).toEqual(m);
  // The posted list: every entry once, states masked.
  const l = t.list(7);
  expect(l.keys.length).toBe(l.states.length);
  const listed = new Map<number | string, number>();
  l.keys.forEach((k, i) => listed.set(k, l.states[i] as number));
  for (const [k, s] of l.other) listed.set(k, s);
  expect(listed.size).toBe(l.keys.length + l.other.length);
  expect(listed).toEqual(new Map([...m].map(([k, s]) => [k, s & 7])));
  for (const k of [krefKey('ko123456'), 'absent', krefKey('kp1')]) if (!m.has(k)) expect(t.get(k)).toBeUndefined();
}

describe('kref state table', () => {
  it('agrees with a Map over few keys (collisions, tombstones, shrinking rebuilds)', () => {
    fc.assert(fc.property(ops(40), check), runs(CHEAP));
  });

  it('agrees with a Map over many keys (growth)', () => {
    fc.assert(fc.property(ops(1_000_000), check), runs(200));
  });

  it('holds 300,000 entries, deletes every other one, and keeps the rest', () => {
    const t = new KrefStates();
    for (let n = 0; n < 300_000; n++) t.set(krefKey(`ko${n}`), (n % 15) + 1);
    for (let n = 0; n < 300_000; n += 2) t.delete(krefKey(`ko${n}`));
    expect(t.size).toBe(150_000);
    expect(t.get(krefKey('ko299999'))).toBe((299_999 % 15) + 1);
    expect(t.get(krefKey('ko299998'))).toBeUndefined();
    let sum = 0;
    t.forEach((_k, s) => (sum += s));
    let want = 0;
    for (let n = 1; n < 300_000; n += 2) want += (n % 15) + 1;
    expect(sum).toBe(want);
  });

  it('churn with few live entries keeps the table small: tombstones count towards the load and a rebuild clears them', () => {
    // A c-list that creates and drops entries all run long (the fixture: 150,000 clist events, a
    // few thousand live). If tombstones did not count, the table would never rebuild and would
    // end with no empty slot (a lookup of an absent key would not stop); if a rebuild kept them,
    // it would grow with the churn.
    const t = new KrefStates();
    const table = () => t as unknown as { keys: Uint32Array; states: Uint8Array };
    const capacity = () => table().keys.length;
    let most = 0;
    for (let n = 0; n < 200_000; n++) {
      // Checked before each insert, which first looks the new key up: fail here rather than hang there.
      if (table().states.indexOf(0) < 0) expect.fail(`no empty slot left after ${n} inserts`);
      t.set(krefKey(`ko${n}`), 1);
      if (n >= 64) t.delete(krefKey(`ko${n - 64}`));
      most = Math.max(most, capacity());
    }
    expect(t.size).toBe(64);
    expect(most).toBeLessThanOrEqual(1024);
    expect(t.get(krefKey('ko1'))).toBeUndefined();
    expect(t.get(krefKey('ko199999'))).toBe(1);
  });
});
