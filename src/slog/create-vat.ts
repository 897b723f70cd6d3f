/** The leading fields of a `create-vat` line (docs/formats.md §1.3). */

/** What a `create-vat` line says about its vat (each field only when it is a string). */
export interface VatCreation {
  vatID?: string;
  name?: string;
  managerType?: string;
  description?: string;
}

const CREATE_VAT_WINDOW = 16 * 1024;
const FIELD_RE = /"(vatID|name|managerType|description)":("(?:[^"\\]|\\.)*")/g;

/** `create-vat` lines carry the whole vat bundle; read the leading fields from a prefix only. */
export function createVatFields(buf: Buffer, start: number, end: number): VatCreation {
  const head = buf.toString('utf8', start, Math.min(end, start + CREATE_VAT_WINDOW));
  const cut = head.indexOf('"vatSourceBundle"');
  const text = cut >= 0 ? head.slice(0, cut) : head;
  const out: Record<string, string> = Object.create(null);
  FIELD_RE.lastIndex = 0;
  for (let m = FIELD_RE.exec(text); m; m = FIELD_RE.exec(text)) {
    if (out[m[1]] !== undefined) continue;
    try {
      out[m[1]] = JSON.parse(m[2]);
    } catch {
      /* malformed string: ignore the field */
    }
  }
  return out;
}

/** `createVatFields` of a parsed `create-vat` event: its string fields. */
export function createVatFromEvent(ev: Record<string, unknown>): VatCreation {
  const out: Record<string, string> = Object.create(null);
  for (const k of ['vatID', 'name', 'managerType', 'description']) if (typeof ev[k] === 'string') out[k] = ev[k];
  return out;
}
