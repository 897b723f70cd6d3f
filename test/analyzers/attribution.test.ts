/**
 * Who keeps the objects (src/analyzers/clist-facts.ts, attribution.ts), on generated kernel-DB
 * censuses of the three retention mechanisms, under many vat IDs, names and sizes:
 * - an importer holding the objects reachable: it keeps its imports and the exporter's exports;
 * - the agoric-sdk #4525 pattern: the importer dropped the objects but still recognizes them, the
 *   exporter holds them alive: the exporter keeps both sides' entries;
 * - unresolved promises: their decider keeps every c-list entry of them.
 * The rules (keptAliveBy, the vat whose code to open, the counts) must hold for every variant.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributionSentence } from '../../src/analyzers/attribution.js';
import { clistFacts, clistFactsIndex } from '../../src/analyzers/clist-facts.js';
import type { Life } from '../../src/analyzers/clist-replay.js';
import type { KernelCensus, VatCensus } from '../../src/kernel-db/types.js';
import type { ClistStats, VatReport } from '../../src/shared/report-schema.js';

type Pattern = 'importer-holds' | 'weak' | 'promises';

interface Case {
  pattern: Pattern;
  exporter: string;
  importer: string;
  exporterName: string | null;
  importerName: string | null;
  /** Entries kept per stage. */
  perStage: number;
  /** Entries created per stage (≥ perStage: the rest are let go). */
  madePerStage: number;
}

const vat = (vatID: string): VatCensus => ({ vatID, exports: { reachable: 1, recognizableOnly: 0 }, imports: { reachable: 0, recognizableOnly: 0 }, promises: 0, devices: 0 });

/** The census after `stage` stages of the case's traffic. */
function census(c: Case, stage: number): KernelCensus {
  const kept = c.perStage * stage;
  const e = vat(c.exporter);
  const i = vat(c.importer);
  if (c.exporterName) e.name = c.exporterName;
  if (c.importerName) i.name = c.importerName;
  const out: KernelCensus = { source: `s${stage}`, stage, height: 100 * stage, vats: [], importGraph: [], recognizableOnlyObjectsByOwner: {}, kvRowsScanned: 0 };
  if (c.pattern === 'importer-holds') {
    e.exports.reachable += kept;
    i.imports.reachable = kept;
    out.importGraph = [{ importer: c.importer, exporter: c.exporter, total: kept, reachable: kept }];
  } else if (c.pattern === 'weak') {
    e.exports.recognizableOnly = kept;
    i.imports.recognizableOnly = kept;
    out.importGraph = [{ importer: c.importer, exporter: c.exporter, total: kept, reachable: 0 }];
  } else {
    e.promises = kept;
    i.promises = kept;
    e.unresolvedPromises = i.unresolvedPromises = kept;
    out.promiseGraph = [
      { holder: c.exporter, decider: c.exporter, unresolved: kept, subscribed: 0 },
      { holder: c.importer, decider: c.exporter, unresolved: kept, subscribed: kept },
    ];
    out.kernelPromises = { total: kept, byState: { unresolved: kept }, unresolvedByDecider: { [c.exporter]: kept }, unresolvedBySubscriber: { [c.importer]: kept }, unresolvedRefCount: 2 * kept };
  }
  out.vats = [e, i].sort((a, b) => Number(a.vatID.slice(1)) - Number(b.vatID.slice(1)));
  return out;
}

/** The slog flows of three stages of the case's traffic, per vat. */
function life(c: Case): Record<string, Life> {
  const made = 3 * c.madePerStage;
  const kept = 3 * c.perStage;
  const gone = made - kept;
  if (c.pattern === 'importer-holds') {
    // The importer drops and retires what it does not keep; the kernel then drops and retires the exports.
    return { [c.importer]: [made, gone, gone, 0, 0, 0, 0, 0], [c.exporter]: [0, 0, 0, 0, made, gone, gone, gone] };
  }
  if (c.pattern === 'weak') {
    // The importer drops everything; the exporter retires what it lets go, which retires the imports.
    return { [c.importer]: [made, made, gone, gone, 0, 0, 0, 0], [c.exporter]: [0, 0, 0, 0, made, made, gone, 0] };
  }
  return { [c.importer]: [0, 0, 0, 0, 0, 0, 0, 0], [c.exporter]: [0, 0, 0, 0, 0, 0, 0, 0] };
}

/** A VatReport's c-list part as build-report.ts makes it from the censuses. */
function report(c: Case, censuses: KernelCensus[], vatID: string): VatReport {
  const snaps = censuses.map((k) => {
    const v = k.vats.find((x) => x.vatID === vatID)!;
    return { stage: k.stage!, height: k.height!, exports: { ...v.exports }, imports: { ...v.imports }, promises: v.promises, nextImportID: null };
  });
  const first = snaps[0]!;
  const last = snaps.at(-1)!;
  const tot = (s: { reachable: number; recognizableOnly: number }) => s.reachable + s.recognizableOnly;
  const blocks = last.height - first.height;
  const clist: ClistStats = {
    snapshots: snaps,
    series: null,
    delta: {
      fromStage: first.stage, toStage: last.stage, blocks,
      exports: tot(last.exports) - tot(first.exports), imports: tot(last.imports) - tot(first.imports),
      recognizableOnly: 0, promises: last.promises - first.promises, perBlock: null, perCycle: null,
    },
    stageDeltas: [],
  };
  const name = vatID === c.exporter ? c.exporterName : c.importerName;
  return { vatID, name, managerType: 'xsnap', deliveries: 1, boyd: null, heap: null, clist, deliveryKinds: [] };
}

function analyze(c: Case): Record<'exporter' | 'importer', VatReport> {
  const censuses = [1, 2, 3].map((s) => census(c, s));
  const flows = life(c);
  const run = { heightMin: 1, heightMax: 300, xAxis: 'blockHeight' as const, absolute: true };
  const vats = [report(c, censuses, c.exporter), report(c, censuses, c.importer)];
  const index = clistFactsIndex(censuses);
  const byID = new Map(vats.map((v) => [v.vatID, v]));
  for (const v of vats) Object.assign(v.clist!, clistFacts(v, flows[v.vatID], index, run));
  for (const v of vats) v.clist!.attribution = attributionSentence(v, byID) ?? undefined;
  return { exporter: vats[0]!, importer: vats[1]! };
}

const label = (id: string, name: string | null) => (name ? `${name} (${id})` : id);
const fmt = (n: number) => n.toLocaleString('en-US');

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    pattern: fc.constantFrom<Pattern>('importer-holds', 'weak', 'promises'),
    ids: fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 2 }),
    exporterName: fc.option(fc.constantFrom('auction', 'zoe', 'amm', 'vaultFactory', 'bank'), { nil: null }),
    importerName: fc.option(fc.constantFrom('board', 'walletFactory', 'provisionPool', 'psm'), { nil: null }),
    perStage: fc.integer({ min: 40, max: 2000 }),
    extra: fc.integer({ min: 0, max: 2000 }),
  })
  .map(({ pattern, ids, exporterName, importerName, perStage, extra }) => ({
    pattern, exporter: `v${ids[0]}`, importer: `v${ids[1]}`, exporterName, importerName, perStage, madePerStage: perStage + extra,
  }));

describe('who keeps the objects: the rules on generated runs', () => {
  it('keptAliveBy names the vat whose references keep the growing entries alive, and the sentence says which code to open', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { exporter, importer } = analyze(c);
        const E = label(c.exporter, c.exporterName);
        const I = label(c.importer, c.importerName);
        const kept = fmt(3 * c.perStage);
        const ie = importer.clist!;
        const ee = exporter.clist!;
        if (c.pattern === 'importer-holds') {
          expect(ie.keptAliveBy).toEqual([c.importer]);
          expect(ee.keptAliveBy).toEqual([c.importer]);
          expect(ie.attribution).toContain(`${I}'s own references keep the reachable ones alive (${kept} from ${E}): open ${I}'s code.`);
          expect(ee.attribution).toContain(`${I} holds ${kept} reachable; their references keep ${E}'s exports alive: open ${I}'s code.`);
          expect(ee.lifecycle!.exports).toMatchObject({ reachable: 1 + 3 * c.perStage, recognizableOnly: 0, retiredByOtherSide: 3 * (c.madePerStage - c.perStage) });
        } else if (c.pattern === 'weak') {
          // The 4525 pattern: both sides' entries are kept by the exporter holding the objects.
          expect(ie.keptAliveBy).toEqual([c.exporter]);
          expect(ee.keptAliveBy).toEqual([c.exporter]);
          expect(ie.attribution).toContain(`it holds 0 reachable and ${kept} recognizable-only`);
          expect(ie.attribution).toContain(`still recognizes them (e.g. as WeakMap/WeakStore keys), so it does not retire them (${kept} from ${E}); they stay because their exporter has not retired them: ${E} still holds those objects alive. Open ${E}'s code for what holds them, and ${I}'s code for what still recognizes them.`);
          expect(ee.attribution).toContain(`${E} has not retired them: ${E} itself still holds those objects alive (importers still recognize them: ${I} ${kept}). Open ${E}'s code.`);
          expect(ie.attribution).not.toMatch(/keeps them itself|kept by importers/);
          expect(ie.lifecycle!.imports).toEqual({ created: 3 * c.madePerStage, dropped: 3 * c.madePerStage, retired: 3 * (c.madePerStage - c.perStage), retiredByOtherSide: 3 * (c.madePerStage - c.perStage), recognizableOnly: 3 * c.perStage, reachable: 0 });
        } else {
          expect(ie.keptAliveBy).toEqual([c.exporter]);
          expect(ee.keptAliveBy).toEqual([c.exporter]);
          expect(ie.promiseFacts).toEqual({ heldByDecider: { [c.exporter]: 3 * c.perStage }, subscribed: 3 * c.perStage, decides: 0, decidedHeldBy: {} });
          expect(ie.attribution).toContain(`it holds ${kept} unresolved promises (${kept} decided by ${E}) and subscribes to ${kept} of them`);
          expect(ee.attribution).toContain(`it decides ${kept} unresolved promises, held by ${I} (${kept})`);
          for (const v of [ie, ee]) expect(v.attribution).toContain(`open ${E}'s code for why it does not resolve them.`);
        }
        // Each sentence starts with the vat and its growth over the snapshots' 200 blocks.
        const grew = fmt(2 * c.perStage);
        expect(ie.attribution!.startsWith(`${I} gained ${grew} `)).toBe(true);
        expect(ee.attribution!.startsWith(`${E} gained ${grew} `)).toBe(true);
      }),
      { numRuns: 60, seed: 0x4525 },
    );
  });

  it('a vat whose c-list did not grow gets no sentence and no keptAliveBy', () => {
    const c: Case = { pattern: 'importer-holds', exporter: 'v3', importer: 'v4', exporterName: null, importerName: null, perStage: 0, madePerStage: 10 };
    const { exporter, importer } = analyze(c);
    for (const v of [exporter, importer]) {
      expect(v.clist!.attribution).toBeUndefined();
      expect(v.clist!.keptAliveBy).toBeUndefined();
    }
  });
});
