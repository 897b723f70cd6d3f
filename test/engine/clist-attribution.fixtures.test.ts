/**
 * Who keeps the objects, and promise c-lists, on every loadgen fixture (a table over the runs),
 * judged from each run's truth.json: the retention the driver was configured with
 * (`configured_retention`) says which mechanism holds the entries, so which vats `keptAliveBy`
 * must name; the counts must equal truth's per-stage c-list splits, `clist_promises`,
 * `kernel_promises` and `expected.promise_clist_growth`; a clean run gets no sentence and no
 * failing verdict.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import type { RunReport, VatReport } from '../../src/shared/report-schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { mdText } from '../../src/render/escape.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze, splitTag, vatOf, verdictOf } from './helpers.js';
import { deriveOldEra, slogName, STAGES } from './oldera-suite.js';

const RUNS = ['loadgen-leaky', 'loadgen-weak', 'loadgen-late', 'loadgen-local', 'loadgen-promises', 'loadgen-clean'] as const;
type Run = (typeof RUNS)[number];

const reports = new Map<Run, RunReport>();
const truths = new Map<Run, any>();
beforeAll(async () => {
  for (const run of RUNS) {
    truths.set(run, JSON.parse(await readFile(fixture(run, 'truth.json'), 'utf8')));
    reports.set(run, await analyze([fixture(run)]));
  }
}, 600_000);

/** The vat with this driver role (`leaky`: the exporter, `holder`: the importer). */
function role(run: Run, r: string): string {
  const e = Object.entries<any>(truths.get(run)!.vats).find(([, v]) => v.role === r);
  if (!e) throw new Error(`${run}: no ${r}`);
  return e[0];
}

/**
 * What keeps the entries, from the retention the driver was configured with: the importer keeping
 * objects reachable keeps both sides; objects the importer only recognizes are kept by the
 * exporter holding them; unresolved promises by their decider (the exporter).
 */
function expectedKeepers(run: Run): Record<string, string[]> {
  const t = truths.get(run)!;
  const exp = role(run, 'leaky');
  const imp = role(run, 'holder');
  const ri = t.vats[imp].configured_retention;
  const re = t.vats[exp].configured_retention;
  if (ri.imports_retained_per_block > 0) return { [exp]: [imp], [imp]: [imp] };
  if (ri.imports_recognizable_only_per_block > 0) return { [exp]: [exp], [imp]: [exp] };
  if (re.unresolved_promises_exported_per_block > 0) return { [exp]: [exp], [imp]: [exp] };
  return {};
}

const lastStage = (run: Run) => String(Math.max(...Object.keys(truths.get(run)!.stages).map(Number)));
const truthSplit = (ps: any) => {
  const er = ps.exports_recognizable_only ?? 0;
  const ir = ps.imports_recognizable_only ?? 0;
  return { exports: { reachable: ps.exports - er, recognizableOnly: er }, imports: { reachable: ps.imports - ir, recognizableOnly: ir } };
};

describe.each(RUNS)('%s', (run) => {
  it('keptAliveBy names the vats the configured retention says keep the growing entries, and no other vat has one', () => {
    const r = reports.get(run)!;
    const want = expectedKeepers(run);
    for (const v of r.vats) expect(v.clist?.keptAliveBy, `${v.vatID} ${v.name}`).toEqual(want[v.vatID]);
    if (!Object.keys(want).length) {
      for (const v of r.vats) expect(v.clist?.attribution, v.vatID).toBeUndefined();
      expect(r.verdicts.filter((x) => x.level === 'fail')).toEqual([]);
    }
  });

  it('each sentence opens with the vat, says whose code to open, and the vat in keptAliveBy is the one named', () => {
    const r = reports.get(run)!;
    const label = (v: VatReport) => (v.name ? `${v.name} (${v.vatID})` : v.vatID);
    for (const v of r.vats.filter((x) => x.clist?.keptAliveBy?.length)) {
      const a = v.clist!.attribution!;
      expect(a.startsWith(`${label(v)} gained `), a).toBe(true);
      for (const keeper of v.clist!.keptAliveBy!) expect(a.toLowerCase(), v.vatID).toContain(`open ${label(vatOf(r, keeper))}'s code`.toLowerCase());
      // The old, wrong stories.
      expect(a).not.toMatch(/keeps them itself|are kept by importers|dropped \d[\d,]* and kept/);
    }
  });

  it('the markdown shows every flagged vat’s sentences whole, under "Who keeps the objects"', () => {
    const r = reports.get(run)!;
    const md = renderMarkdown(r);
    for (const v of r.vats.filter((x) => x.clist?.keptAliveBy?.length)) {
      const shown = mdText(v.clist!.attribution!, 1500);
      expect(shown.endsWith('.'), v.vatID).toBe(true); // not cut
      expect(md, v.vatID).toContain(`- ${shown}`);
    }
  });

  it('the lifecycle end states equal truth’s last-stage split, and the slog flows add up to them', () => {
    const r = reports.get(run)!;
    const t = truths.get(run)!;
    for (const v of r.vats.filter((x) => x.clist?.lifecycle)) {
      const l = v.clist!.lifecycle!;
      const want = truthSplit(t.vats[v.vatID].clist.per_stage[lastStage(run)]);
      expect({ exports: { reachable: l.exports.reachable, recognizableOnly: l.exports.recognizableOnly }, imports: { reachable: l.imports.reachable, recognizableOnly: l.imports.recognizableOnly } }, v.vatID).toEqual(want);
      expect(l.flowsFrom).toBe('slog');
      expect(l.absolute).toBe(true);
      // From genesis: what was created and not retired is what is left (the root export aside,
      // which the kernel puts in the c-list before the slog starts).
      expect(l.imports.created! - l.imports.retired!, v.vatID).toBe(l.imports.reachable + l.imports.recognizableOnly);
      expect(l.exports.created! - l.exports.retired! + 1, v.vatID).toBe(l.exports.reachable + l.exports.recognizableOnly);
      // Every import ever made is counted by the kernel too: vNN.o.nextID − 50.
      const snap = v.clist!.snapshots.at(-1)!;
      expect(l.imports.created, v.vatID).toBe(snap.nextImportID! - 50);
      // Nothing is retired before it is dropped.
      expect(l.imports.dropped!).toBeGreaterThanOrEqual(l.imports.retired! - l.imports.reachable);
    }
  });

  it('promise entries: per stage = truth clist_promises (else a handful), the growth = expected.promise_clist_growth, and clist-promises fails exactly there', () => {
    const r = reports.get(run)!;
    const t = truths.get(run)!;
    const growth: Record<string, number> = t.expected.promise_clist_growth ?? {};
    const flagged = new Set(Object.keys(growth).map((tag) => splitTag(tag).vatID));
    for (const v of r.vats) {
      const cp = t.vats[v.vatID]?.clist_promises;
      for (const snap of v.clist?.snapshots ?? []) {
        if (cp) {
          const want = cp.per_stage[String(snap.stage)];
          expect({ total: snap.promises, ...(snap.promiseSplit ?? { exports: 0, imports: 0 }) }, `${v.vatID} stage ${snap.stage}`).toEqual(want);
        } else expect(snap.promises, v.vatID).toBeLessThanOrEqual(5);
      }
      // The slog replay ends where the last snapshot is.
      if (v.clist?.series && v.clist.snapshots.length) expect(v.clist.series.end!.promises, v.vatID).toBe(v.clist.snapshots.at(-1)!.promises);
      const verdict = verdictOf(r, v.vatID, 'clist-promises');
      if (flagged.has(v.vatID)) {
        expect(v.clist!.delta!.promises).toBe(growth[`${v.vatID}:${v.name}`]);
        expect(verdict?.level, v.vatID).toBe('fail');
      } else {
        expect(verdict?.level ?? 'pass', v.vatID).toBe('pass');
      }
    }
  });

  it('the kernel promise table per snapshot = truth kernel_promises', () => {
    const r = reports.get(run)!;
    const kp = truths.get(run)!.kernel_promises;
    if (!kp) return;
    for (const k of r.kernel) {
      const want = kp[String(k.stage)];
      expect(k.kernelPromises, `stage ${k.stage}`).toBe(want.total);
      expect(k.unresolvedPromisesByDecider, `stage ${k.stage}`).toEqual(want.unresolved_by_decider);
    }
  });
});

describe('loadgen-promises: the facts and the markdown', () => {
  it('holder and leaky hold 1,200 unresolved promises at stage 3, all decided by leaky, subscribed by holder', () => {
    const r = reports.get('loadgen-promises')!;
    expect(vatOf(r, 'v6').clist!.promiseFacts).toEqual({ heldByDecider: { v7: 1200 }, subscribed: 1200, decides: 0, decidedHeldBy: {} });
    expect(vatOf(r, 'v7').clist!.promiseFacts).toEqual({ heldByDecider: { v7: 1200 }, subscribed: 0, decides: 1200, decidedHeldBy: { v6: 1200 } });
    expect(r.promiseGraph!.filter((e) => e.stage === 3)).toEqual([
      { holder: 'v6', decider: 'v7', unresolved: 1200, subscribed: 1200, stage: 3 },
      { holder: 'v7', decider: 'v7', unresolved: 1200, subscribed: 0, stage: 3 },
    ]);
    expect(vatOf(r, 'v6').clist!.attribution).toBe(
      'holder (v6) gained 800 promise entries over 200 blocks (4.00/block): it holds 1,200 unresolved promises (1,200 decided by leaky (v7)) and subscribes to 1,200 of them. An unresolved promise stays in every c-list that holds it until its decider resolves it: open leaky (v7)\'s code for why it does not resolve them.',
    );
  });

  it('the markdown lists both vats under "Who keeps the objects"', () => {
    const md = renderMarkdown(reports.get('loadgen-promises')!);
    const section = md.slice(md.indexOf('### Who keeps the objects'));
    expect(section).toMatch(/- holder \\\(v6\\\) gained 800 promise entries/);
    expect(section).toMatch(/- leaky \\\(v7\\\) gained 800 promise entries/);
  });
});

describe('loadgen-promises without clist events: promise entries rebuilt from the translations', () => {
  let dir = '';
  let slogOnly: RunReport;
  let full: RunReport;
  beforeAll(async () => {
    dir = (await deriveOldEra('loadgen-promises' as never)).dir;
    slogOnly = await analyze([...STAGES.map((n) => path.join(dir, slogName(n))), path.join(dir, 'perf.jsonl')]);
    full = await analyze([dir]);
  }, 300_000);
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('the rebuilt series ends at truth’s stage-3 count for every vat, and clist-promises fails for holder and leaky from the slog alone', () => {
    const t = truths.get('loadgen-promises')!;
    for (const v of slogOnly.vats) {
      expect(v.clist!.series!.replayedFrom, v.vatID).toBe('translations');
      expect(v.clist!.series!.end!.promises, v.vatID).toBe(t.vats[v.vatID].clist_promises?.per_stage['3'].total ?? 0);
    }
    expect(slogOnly.verdicts.filter((x) => x.metric === 'clist-promises' && x.level !== 'pass').map((x) => `${x.vatID} ${x.level}`)).toEqual(['v6 fail', 'v7 fail']);
  });

  it('with the snapshots, the same keptAliveBy and sentences as the run with clist events', () => {
    const r = reports.get('loadgen-promises')!;
    for (const v of r.vats) {
      expect(vatOf(full, v.vatID).clist?.keptAliveBy, v.vatID).toEqual(v.clist?.keptAliveBy);
      expect(vatOf(full, v.vatID).clist?.attribution, v.vatID).toEqual(v.clist?.attribution);
    }
  });
});
