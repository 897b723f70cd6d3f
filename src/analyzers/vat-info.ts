/** What one slog file says about each vat: its name and kind, and its counted deliveries. */
import type { VatCreation } from '../slog/create-vat.js';

export interface VatFileInfo {
  name?: string;
  managerType?: string;
  description?: string;
  deliveries: number;
  minDeliveryNum: number;
  maxDeliveryNum: number;
  heapFirst?: [number, number];
  heapLast?: [number, number];
  retentionFirst?: Record<string, number>;
  retentionLast?: Record<string, number>;
  /** deliveryNum did not advance between deliveries (no transcript): its repeats are known by crank only. */
  stuckCounter?: boolean;
}

/** The vats of one file, by vatID. */
export class VatInfo {
  /** Null-prototype record: vatIDs come from untrusted lines ("__proto__", "constructor" …). */
  readonly vats: Record<string, VatFileInfo> = Object.create(null);

  /** The vat's record (created on first use). */
  vat(vatID: string): VatFileInfo {
    return (this.vats[vatID] ??= { deliveries: 0, minDeliveryNum: Infinity, maxDeliveryNum: -Infinity });
  }

  /** A `create-vat` event. */
  created(info: VatCreation & { vatID: string }): void {
    const v = this.vat(info.vatID);
    if (info.name) v.name = info.name;
    if (info.managerType) v.managerType = info.managerType;
    if (info.description) v.description = info.description;
  }

  /** The vats a `create-vat` event named so far (with a name or a manager type). */
  namedVats(): string[] {
    return Object.keys(this.vats).filter((vatID) => this.vats[vatID].name || this.vats[vatID].managerType);
  }
}
