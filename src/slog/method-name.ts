/**
 * The method name of a `message` delivery, for every era (docs/formats.md §1.5):
 * - before 2022-04: `vd[2].method`
 * - 2022-04 → 2022-10: `JSON.parse(vd[2].methargs.body)[0]`
 * - since 2022-10: smallcaps, `body` starts with `#`; strings starting with one of
 *   ``!"#$%&'()*+,-`` carry a `!` prefix; `%name` is a symbol; `#undefined` is a function call.
 * Only the first array element is decoded, never the whole (possibly huge) body.
 */
export function methodFromMessage(msg: unknown): string | null {
  if (!msg || typeof msg !== 'object') return null;
  const m = msg as { method?: unknown; methargs?: { body?: unknown } };
  if (typeof m.method === 'string') return m.method;
  const body = m.methargs?.body;
  if (typeof body !== 'string') return null;
  return methodFromBody(body);
}

export function methodFromBody(body: string): string | null {
  let s = 0;
  const smallcaps = body.charCodeAt(0) === 0x23; /* # */
  if (smallcaps) s = 1;
  while (s < body.length && isSpace(body.charCodeAt(s))) s++;
  if (body.charCodeAt(s) !== 0x5b /* [ */) {
    if (smallcaps && body.startsWith('undefined', s)) return '(function call)';
    return null;
  }
  s++;
  while (s < body.length && isSpace(body.charCodeAt(s))) s++;
  const c = body.charCodeAt(s);
  if (c !== 0x22 /* " */) {
    if (body.startsWith('null', s)) return '(function call)';
    // legacy capdata: method could be an object ({"@qclass":"undefined"}) for function calls
    if (c === 0x7b && body.startsWith('"@qclass":"undefined"', s + 1)) return '(function call)';
    return null;
  }
  // Find the end of the JSON string token.
  let i = s + 1;
  while (i < body.length) {
    const ch = body.charCodeAt(i);
    if (ch === 0x5c) i += 2;
    else if (ch === 0x22) break;
    else i++;
  }
  let name: string;
  try {
    name = JSON.parse(body.slice(s, i + 1)) as string;
  } catch {
    return null;
  }
  if (smallcaps) {
    if (name === '#undefined') return '(function call)';
    if (name.startsWith('!')) return name.slice(1);
    if (name.startsWith('%')) return `[${name.slice(1)}]`; // symbol, e.g. %@@asyncIterator
  }
  return name;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
