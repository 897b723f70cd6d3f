/**
 * The gate policy: defaults, an optional config file (JSON or YAML), per-vat overrides by name or
 * vatID, and an ignore list. Every default is explained in docs/policy.md.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_LIMITS, InputError, type ExtractionLimits } from './limits.js';

export interface BoydPolicy {
  /** Family-wise significance level; each vat is tested at alpha / (number of vats tested). */
  alpha: number;
  /** The Sen slope's lower confidence bound must exceed this (seconds per block). */
  slopeFloor: number;
  /** The Theil–Sen rise over the run, relative to the first samples' mean, must exceed this. */
  minRelativeRise: number;
  /** Fewer BOYDs than this: neutral. */
  minSamples: number;
  /** A vat whose BOYDs cover less than this fraction of the run's blocks: neutral. */
  minSpanFraction: number;
  /** Samples averaged at each end for firstMean/lastMean. */
  edgeSamples: number;
  /** Require the common-mode-corrected trend to agree (machine-wide drift guard). */
  commonMode: boolean;
  /** Heap (xsnap currentHeapCount) growth below this ratio caps the verdict at warn. */
  heapVetoGrowth: number;
  /**
   * A vat with BOYDs in fewer than this fraction of the blocks is not a common-mode peer (beside
   * needing minSamples over minSpanFraction of the run, as a judged vat does). Default 0.
   */
  busyFraction: number;
}

export interface ClistPolicy {
  /** Fail when a vat's object imports or exports grow by at least this many entries over the run. */
  minGrowth: number;
  /** … and by at least this many entries per block. */
  minPerBlock: number;
  /** Warn when the growth is at least this many entries. */
  warnGrowth: number;
  /** Fail when any single stage adds more than this many entries (null: off). */
  maxPerStage: number | null;
  /** Warn when a count drops by more than this fraction … */
  dropWarnFraction: number;
  /** … and by at least this many entries. */
  dropWarnMin: number;
}

export interface BaselinePolicy {
  /** z for the difference of two slopes (their CIs combined in quadrature). */
  z: number;
  /** The slope must also be this many times the baseline's (and above boyd.slopeFloor). */
  minRatio: number;
  /** c-list growth per block may exceed the baseline's by this many entries per block. */
  clistPerBlockTolerance: number;
}

export interface Policy {
  boyd: BoydPolicy;
  clist: ClistPolicy;
  baseline: BaselinePolicy;
  /** Vat names or vatIDs to leave out of every verdict. */
  ignore: string[];
  overrides: Array<{ match: string; boyd?: Partial<BoydPolicy>; clist?: Partial<ClistPolicy> }>;
  limits: ExtractionLimits;
}

export const DEFAULT_POLICY: Policy = {
  boyd: {
    alpha: 0.01,
    slopeFloor: 2e-6,
    minRelativeRise: 0.25,
    minSamples: 12,
    minSpanFraction: 0.2,
    edgeSamples: 50,
    commonMode: true,
    heapVetoGrowth: 1.05,
    busyFraction: 0,
  },
  clist: {
    minGrowth: 100,
    minPerBlock: 0.05,
    warnGrowth: 20,
    maxPerStage: null,
    dropWarnFraction: 0.5,
    dropWarnMin: 100,
  },
  baseline: {
    z: 2.58,
    minRatio: 1.5,
    clistPerBlockTolerance: 0.02,
  },
  ignore: [],
  overrides: [],
  limits: DEFAULT_LIMITS,
};

const SECTIONS = ['boyd', 'clist', 'baseline', 'ignore', 'overrides', 'limits'] as const;

export async function loadPolicy(file?: string): Promise<Policy> {
  if (!file) return structuredClone(DEFAULT_POLICY);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read config (${(e as Error).message})`);
  }
  const json = /\.json$/i.test(file);
  // The YAML parser is a fifth of the bundle: loaded only for a YAML file (ncc puts it in a chunk
  // of its own), so that a run without one does not compile it at start-up. Loaded outside the
  // try below: a chunk that fails to load is no fault of the user's file.
  const yaml = json ? null : await import('yaml');
  let raw: unknown;
  try {
    raw = yaml ? yaml.parse(text) : JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid ${json ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`);
  }
  return parsePolicy(raw ?? {}, file);
}

export function parsePolicy(raw: unknown, where = 'config'): Policy {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`${where}: expected a mapping at the top level`);
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (!(SECTIONS as readonly string[]).includes(k)) throw new InputError(`${where}: unknown key "${k}" (expected one of ${SECTIONS.join(', ')})`);
  }
  const p = structuredClone(DEFAULT_POLICY);
  p.boyd = mergeSection(p.boyd, r.boyd, `${where}: boyd`);
  p.clist = mergeSection(p.clist, r.clist, `${where}: clist`);
  p.baseline = mergeSection(p.baseline, r.baseline, `${where}: baseline`);
  p.limits = mergeSection(p.limits, r.limits, `${where}: limits`);
  if (r.ignore !== undefined) {
    if (!Array.isArray(r.ignore) || !r.ignore.every((s) => typeof s === 'string')) throw new InputError(`${where}: ignore must be a list of vat names or vatIDs`);
    p.ignore = r.ignore as string[];
  }
  if (r.overrides !== undefined) {
    if (!Array.isArray(r.overrides)) throw new InputError(`${where}: overrides must be a list`);
    p.overrides = r.overrides.map((o, i) => {
      const w = `${where}: overrides[${i}]`;
      if (!o || typeof o !== 'object' || typeof (o as any).match !== 'string') throw new InputError(`${w}: needs a "match" (vat name or vatID)`);
      const oo = o as Record<string, unknown>;
      for (const k of Object.keys(oo)) if (!['match', 'boyd', 'clist'].includes(k)) throw new InputError(`${w}: unknown key "${k}"`);
      // Which vats are peers for the common-mode correction is one choice for the whole run.
      if (oo.boyd && typeof oo.boyd === 'object' && 'busyFraction' in oo.boyd) throw new InputError(`${w}.boyd.busyFraction: run-wide (it picks the peers of every vat's drift correction); set it under boyd, not in an override`);
      return {
        match: oo.match as string,
        boyd: oo.boyd === undefined ? undefined : mergeSection({} as Partial<BoydPolicy>, oo.boyd, `${w}.boyd`, DEFAULT_POLICY.boyd),
        clist: oo.clist === undefined ? undefined : mergeSection({} as Partial<ClistPolicy>, oo.clist, `${w}.clist`, DEFAULT_POLICY.clist),
      };
    });
  }
  return p;
}

/**
 * The values a number setting may take, so that a slip cannot turn a rule off or make it fire on
 * everything (`alpha: 0` passed a leak with p = 1.5e-40; `maxPerStage: {}` switched the per-stage
 * rule off). `whole`: a whole number. Settings not listed are any finite number.
 */
const RANGES: Record<string, { min: number; max?: number; open?: boolean; whole?: boolean; what: string }> = {
  alpha: { min: 0, max: 1, open: true, what: 'a probability between 0 and 1 (exclusive)' },
  slopeFloor: { min: 0, what: 'a slope of 0 or more (seconds per block)' },
  minRelativeRise: { min: 0, what: 'a fraction of 0 or more' },
  minSamples: { min: 3, whole: true, what: 'a whole number of BOYDs, 3 or more' },
  minSpanFraction: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
  edgeSamples: { min: 1, whole: true, what: 'a whole number of samples, 1 or more' },
  heapVetoGrowth: { min: 0, what: 'a growth ratio of 0 or more' },
  busyFraction: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
  minGrowth: { min: 0, what: 'a number of entries, 0 or more' },
  minPerBlock: { min: 0, what: 'entries per block, 0 or more' },
  warnGrowth: { min: 0, what: 'a number of entries, 0 or more' },
  maxPerStage: { min: 0, what: 'a number of entries, 0 or more, or null (off)' },
  dropWarnFraction: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
  dropWarnMin: { min: 0, what: 'a number of entries, 0 or more' },
  z: { min: 0, open: true, what: 'a z value above 0' },
  minRatio: { min: 0, what: 'a ratio of 0 or more' },
  clistPerBlockTolerance: { min: 0, what: 'entries per block, 0 or more' },
  // limits: sizes and counts are whole numbers (2.5 archive members is a slip, not a cap).
  maxTotalBytes: { min: 1, whole: true, what: 'a whole number of bytes, 1 or more' },
  maxFileBytes: { min: 1, whole: true, what: 'a whole number of bytes, 1 or more' },
  maxRatio: { min: 0, open: true, what: 'a ratio above 0' },
  maxEntries: { min: 1, whole: true, what: 'a whole number of archive members, 1 or more' },
  maxLineBytes: { min: 4096, whole: true, what: "a whole number of bytes, 4096 or more (a slog line's type and leading fields must fit)" },
};

/** A setting's value in a message: JSON, except numbers JSON cannot spell (YAML's `.inf` is Infinity, not "null"). */
const shown = (v: unknown): string => (typeof v === 'number' ? String(v) : JSON.stringify(v));

function mergeSection<T extends object>(base: T, over: unknown, where: string, shape: object = base): T {
  if (over === undefined || over === null) return base;
  if (typeof over !== 'object' || Array.isArray(over)) throw new InputError(`${where}: expected a mapping`);
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    if (!(k in shape)) throw new InputError(`${where}: unknown key "${k}" (expected one of ${Object.keys(shape).join(', ')})`);
    const dflt = (shape as Record<string, unknown>)[k];
    // A setting whose default is null (maxPerStage) takes a number or null; the others their default's type.
    const want = dflt === null ? 'number or null' : typeof dflt;
    const ok = dflt === null ? v === null || typeof v === 'number' : typeof v === want;
    if (!ok || (typeof v === 'number' && !Number.isFinite(v))) throw new InputError(`${where}.${k}: expected a ${want}, got ${shown(v)}`);
    const range = RANGES[k];
    if (typeof v === 'number' && range) {
      const below = range.open ? v <= range.min : v < range.min;
      const above = range.max !== undefined && (range.open ? v >= range.max : v > range.max);
      if (below || above || (range.whole && !Number.isInteger(v))) throw new InputError(`${where}.${k}: expected ${range.what}, got ${shown(v)}`);
    }
    out[k] = v;
  }
  return out as T;
}

/**
 * `count` BOYDs from block `first` to `last` are enough to judge a vat: minSamples of them, over
 * minSpanFraction of a run of `span` blocks (any, when the run has no blocks). The report's
 * common-mode peers are chosen by the same rule (boyd-rules.ts boydTestable, build-report.ts).
 */
export function coversRun(count: number, first: number, last: number, span: number, p: BoydPolicy): boolean {
  return count >= p.minSamples && (span <= 0 || (last - first + 1) / span >= p.minSpanFraction);
}

export function isIgnored(policy: Policy, vatID: string, name: string | null): boolean {
  return policy.ignore.some((m) => m === vatID || (name !== null && m === name));
}

/** The policy for one vat: defaults, then every override whose `match` is its vatID or name. */
export function policyFor(policy: Policy, vatID: string, name: string | null): { boyd: BoydPolicy; clist: ClistPolicy } {
  let boyd = policy.boyd;
  let clist = policy.clist;
  for (const o of policy.overrides) {
    if (o.match !== vatID && o.match !== name) continue;
    if (o.boyd) boyd = { ...boyd, ...o.boyd };
    if (o.clist) clist = { ...clist, ...o.clist };
  }
  return { boyd, clist };
}
