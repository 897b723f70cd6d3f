/**
 * The scanner's field reading: the byte-level readers of fields.ts into reused records, and
 * `JSON.parse` (with the reference readers) when they give up, in reference mode, or for a line
 * in another layout than the kernel's that the scanner parsed already to find its type.
 */
import type { FileDiagnostics } from './diagnostics.js';
import {
  clistFromEvent, deliverFromEvent, eventFromObject, fastClist, fastDeliver, fastEvent, fastResult, newClistFields, newDeliverFields,
  newEventFields, newResultFields, resultFromEvent, type ClistFields, type DeliverFields, type EventFields, type ResultFields,
} from './fields.js';

export class FieldReader {
  // Reused for every line: the fields of the current event (sinks copy what they keep).
  private readonly dFields = newDeliverFields();
  private readonly rFields = newResultFields();
  private readonly cFields = newClistFields();
  private readonly eFields = newEventFields();
  /** The current line's event when it is in another layout than the kernel's (parsed once already). */
  parsed: any = null;

  /** `reference`: read every event with JSON.parse. `counters`: how lines were read (for tests). */
  constructor(
    private readonly diag: FileDiagnostics,
    readonly reference: boolean,
    private readonly counters: { fast: number; fallback: number } | undefined,
  ) {}

  /** A `deliver` line's fields, or null for a garbage line (reported). */
  deliver(buf: Buffer, start: number, end: number, line: number): DeliverFields | null {
    const d = this.dFields;
    if (this.reference || this.parsed !== null || !fastDeliver(buf, start, end, d)) {
      this.count(false);
      const ev = this.parse(buf, start, end, line);
      if (!ev) return null;
      deliverFromEvent(ev, d);
    } else this.count(true);
    return d;
  }

  /** A `deliver-result` line's fields, or null for a garbage line (reported). */
  result(buf: Buffer, start: number, end: number, line: number): ResultFields | null {
    const r = this.rFields;
    if (this.reference || this.parsed !== null || !fastResult(buf, start, end, r)) {
      this.count(false);
      const ev = this.parse(buf, start, end, line);
      if (!ev) return null;
      resultFromEvent(ev, r);
    } else this.count(true);
    return r;
  }

  /** A `clist` line's fields, or null for a garbage line (reported). */
  clist(buf: Buffer, start: number, end: number, line: number): ClistFields | null {
    const c = this.cFields;
    if (this.reference || this.parsed !== null || !fastClist(buf, start, end, c)) {
      this.count(false);
      const ev = this.parse(buf, start, end, line);
      if (!ev) return null;
      clistFromEvent(ev, c);
    } else this.count(true);
    return c;
  }

  /** The fields of another event (block, snapshot, syscall), or null for a garbage line (reported). */
  event(buf: Buffer, start: number, end: number, line: number): EventFields | null {
    if (!this.reference && this.parsed === null) {
      if (fastEvent(buf, start, end, this.eFields)) {
        this.count(true);
        return this.eFields;
      }
      this.count(false);
    }
    const ev = this.parse(buf, start, end, line);
    if (!ev) return null;
    eventFromObject(ev, this.eFields);
    return this.eFields;
  }

  /** The line's event object, or null for a garbage or wrong-shape line (reported). */
  parse(buf: Buffer, start: number, end: number, line: number): any {
    if (this.parsed !== null) return this.parsed;
    try {
      const o = JSON.parse(buf.toString('utf8', start, end));
      if (o && typeof o === 'object' && !Array.isArray(o)) return o;
      this.diag.at('wrong-shape', line, 'JSON value is not an event object; line skipped');
    } catch {
      this.diag.at('garbage-line', line, 'not valid JSON; line skipped');
    }
    return null;
  }

  /** Counts a line read by a byte-level reader (`fast`) or by JSON.parse after it gave up. */
  private count(fast: boolean): void {
    const c = this.counters;
    if (c && !this.reference) c[fast ? 'fast' : 'fallback']++;
  }
}
