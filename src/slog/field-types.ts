/**
 * The fields the scanner reads from slog events, as reusable records (one per kind, refilled for
 * every line): filled by the byte-level readers (fast-*.ts) or, when they give up, from the parsed
 * event (fields.ts).
 */
import type { KrefKey } from './kref.js';


export interface DeliverFields {
  vatID: string | undefined;
  deliveryNum: number | undefined;
  /** The line has a `crankNum` (replayed deliveries of old slogs lack it). */
  hasCrankNum: boolean;
  /** `crankNum` when a finite number. */
  crankNum: number | undefined;
  replay: boolean;
  /** `vd[0]` when `vd` is an array starting with a string. */
  kind: string | undefined;
  /** `methodFromMessage(vd[2])` for `message` deliveries, else null. */
  method: string | null;
  time: number | undefined;
  monotime: number | undefined;
  /** `kd` itself (reference reader) or its byte range in the line (fast reader, `kdStart >= 0`). */
  kd: unknown;
  kdStart: number;
  kdEnd: number;
}

export interface ResultFields {
  vatID: string | undefined;
  deliveryNum: number | undefined;
  hasCrankNum: boolean;
  replay: boolean;
  seconds: number | undefined;
  /** `time` and `monotime` are only needed (and only read by the fast reader) without `seconds`, or with one over SUSPECT_SECONDS. */
  time: number | undefined;
  monotime: number | undefined;
  /** `dr[2].currentHeapCount` (xsnap usage), when a finite number. */
  heap: number | undefined;
  /** `dr[1]` when it is a plain object (BOYD retention stats), or its byte range (`retStart >= 0`). */
  retention: Record<string, unknown> | undefined;
  retStart: number;
  retEnd: number;
}

export interface ClistFields {
  mode: string | undefined;
  vatID: string | undefined;
  /** `kobj` as a c-list key (src/slog/kref.ts); undefined when not a string. */
  kref: KrefKey | undefined;
  /** The kind of `vobj` (src/slog/kref.ts); undefined when not a non-empty string. */
  vref: number | undefined;
  /** `crankNum` when a finite number. */
  crankNum: number | undefined;
}

/** The fields read from the other events the scanner uses (block events, snapshots, syscalls). */
export interface EventFields {
  vatID: string | undefined;
  replay: boolean;
  blockHeight: number | undefined;
  time: number | undefined;
  monotime: number | undefined;
  seconds: number | undefined;
  /** `ksc[1]`'s strings when `ksc` is `["dropImports", [...]]`, else null. */
  dropImports: string[] | null;
  /** `crankNum` when a finite number. */
  crankNum: number | undefined;
}

export const newEventFields = (): EventFields => ({
  vatID: undefined, replay: false, blockHeight: undefined, time: undefined, monotime: undefined, seconds: undefined, dropImports: null, crankNum: undefined,
});

export const newDeliverFields = (): DeliverFields => ({
  vatID: undefined, deliveryNum: undefined, hasCrankNum: false, crankNum: undefined, replay: false, kind: undefined, method: null,
  time: undefined, monotime: undefined, kd: undefined, kdStart: -1, kdEnd: -1,
});

export const newResultFields = (): ResultFields => ({
  vatID: undefined, deliveryNum: undefined, hasCrankNum: false, replay: false, seconds: undefined, time: undefined,
  monotime: undefined, heap: undefined, retention: undefined, retStart: -1, retEnd: -1,
});

export const newClistFields = (): ClistFields => ({ mode: undefined, vatID: undefined, kref: undefined, vref: undefined, crankNum: undefined });
