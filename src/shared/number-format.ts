/**
 * `1,234,567.89`: what `n.toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d})`
 * gives, without loading ICU's locale data (the first toLocaleString call of a thread pays for loading
 * it: docs/performance.md). Like ICU it rounds the shortest decimal form of `n` (`String(n)`), half away from
 * zero: -559144812900264.1 → `-559,144,812,900,264.10` (toFixed would say .13, from the exact binary value).
 */
export function groupDigits(n: number, fractionDigits = 0): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) {
    return n.toLocaleString('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  }
  const d = Math.max(0, Math.floor(fractionDigits));
  const shortest = String(Math.abs(n));
  const e = shortest.indexOf('e');
  const mantissa = e < 0 ? shortest : shortest.slice(0, e);
  const exponent = e < 0 ? 0 : Number(shortest.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // The decimal point sits after `point` digits of `digits`.
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + d;
  if (digits.length > keep) {
    const up = digits.charCodeAt(keep) >= 0x35; /* '5' */
    digits = digits.slice(0, keep);
    if (up) {
      // Add one unit in the last kept place, carrying left.
      const a = digits.split('');
      let i = a.length - 1;
      while (i >= 0 && a[i] === '9') a[i--] = '0';
      if (i >= 0) a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1);
      else {
        a.unshift('1');
        point++;
      }
      digits = a.join('');
    }
  }
  digits = digits.padEnd(point + d, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const frac = d ? `.${digits.slice(point)}` : '';
  const neg = n < 0 || Object.is(n, -0);
  return `${neg ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac}`;
}

/**
 * How old a run is, in one unit wherever an age is shown (the log, the summary's Source and
 * Baseline lines, the comment): `30 min`, `5.0 h` (under two days), `3.3 days`.
 */
export function formatAge(hours: number): string {
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}
