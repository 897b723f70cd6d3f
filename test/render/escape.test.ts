import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlText, mdCode, mdText, safeNumber } from '../../src/render/escape.js';

const BIDI_AND_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Units biased towards markdown/HTML/GitHub syntax, plus arbitrary code points and lone surrogates. */
const hostileUnit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'<>&|`*_[]()!#~>-+=.:/\\@$ \n\r\t1234567890abwhtpsGH'.split('')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'http://',
      'https://',
      'www.',
      '](',
      '</details>',
      '<script>',
      '@octocat',
      '#123',
      'GH-1',
      '\u202e',
      '\u2066',
      '\u200b',
      '\ufeff',
      '\u2028',
      '\u0085',
      '&#64;',
      '&lt;',
      '\\|',
      '```',
      '1. ',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const hostileString = fc.string({ unit: hostileUnit, maxLength: 120 });

/** `|` that GFM would treat as a cell separator: preceded by an even number of backslashes. */
function hasUnescaped(out: string, ch: string): boolean {
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== ch) continue;
    let n = 0;
    for (let j = i - 1; j >= 0 && out[j] === '\\'; j--) n++;
    if (n % 2 === 0) return true;
  }
  return false;
}

/** What GitHub would display for mdText output (backslash escapes and our named entities undone). */
function rendered(md: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', num: '#', colon: ':', period: '.', ZeroWidthSpace: '' };
  return md.replace(/\\([!-/:-@[-`{-~])|&(lt|gt|amp|num|colon|period|ZeroWidthSpace);/g, (_, esc: string, ent: string) =>
    esc !== undefined ? esc : entities[ent]!,
  );
}

/** Splits a table row like GFM does: on pipes not escaped with a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) {
      cur += row[i]! + row[i + 1]!;
      i++;
    } else if (row[i] === '|') {
      out.push(cur);
      cur = '';
    } else cur += row[i];
  }
  out.push(cur);
  return out;
}

describe('mdText payloads', () => {
  const table: Array<[string, string]> = [
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['</details><script>', '&lt;/details&gt;&lt;script&gt;'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['a ``` b ` c', 'a \\`\\`\\` b \\` c'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['![i](http://evil/x.png)', '\\!\\[i\\]\\(http&colon;//evil/x.png\\)'],
    ['@octocat', '@&ZeroWidthSpace;octocat'],
    ['mail a@b.com', 'mail a@&ZeroWidthSpace;b.com'],
    ['#123', '&num;&ZeroWidthSpace;123'],
    ['org/repo#7 and GH-12', 'org/repo&num;&ZeroWidthSpace;7 and GH-&ZeroWidthSpace;12'],
    ['https://evil.example', 'https&colon;//evil.example'],
    ['see www.evil.example', 'see www&period;evil.example'],
    ['\n# heading', '&num; heading'],
    ['> quote', '&gt; quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=====', '\\====='],
    ['12. twelve', '12\\. twelve'],
    ['3) three', '3\\) three'],
    ['v1.2.3 a-b c+d x=y', 'v1.2.3 a-b c+d x=y'],
    ['*bold* _em_ ~~s~~', '\\*bold\\* \\_em\\_ \\~\\~s\\~\\~'],
    ['$x^2$', '\\$x^2\\$'],
    ['back\\slash', 'back\\\\slash'],
    ['&lt; already', '&amp;lt; already'],
    ['line1\r\nline2\tend', 'line1 line2 end'],
    ['  padded   out  ', 'padded out'],
    ['abc\u202Edef\u2066g\u200Bh\uFEFFi', 'abc\uFFFDdef\uFFFDg\uFFFDh\uFFFDi'],
    ['nul\u0000bell\u0007', 'nul bell'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['v9-zoe', 'v9-zoe'],
  ];
  it.each(table)('%j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  it('stringifies non-strings safely', () => {
    expect(mdText(undefined)).toBe('');
    expect(mdText(null)).toBe('');
    expect(mdText(42)).toBe('42');
    expect(mdText(new Error('<b>'))).toBe('&lt;b&gt;');
    expect(mdText({ toString: () => '#1' })).toBe('&num;&ZeroWidthSpace;1');
    expect(
      mdText({
        toString() {
          throw new Error('boom');
        },
      }),
    ).toBe('');
  });

  it('truncates long strings to maxLen with an ellipsis, never inside an escape or code point', () => {
    const long = mdText('x'.repeat(10_000));
    expect(long).toBe(`${'x'.repeat(199)}…`);
    const mentions = mdText('@a'.repeat(500), 50);
    expect(mentions.length).toBeLessThanOrEqual(50);
    expect(mentions.endsWith('…')).toBe(true);
    expect(mentions).toMatch(/^(@&ZeroWidthSpace;a)+…$/);
    const emoji = mdText('😀'.repeat(100), 11);
    expect(emoji).toBe(`${'😀'.repeat(5)}…`);
    expect(mdText('abc', 0)).toBe('');
    expect(mdText('abc', 3)).toBe('abc');
    expect(mdText('abcd', 3)).toBe('ab…');
    expect(mdText('x'.repeat(300), NaN)).toHaveLength(200);
    expect(mdText('x'.repeat(300), Infinity)).toHaveLength(300);
  });

  it('keeps a table row at exactly two cells whatever the payload', () => {
    for (const [input] of table) {
      const row = `| ${mdText(input)} | ${mdCode(input)} |`;
      expect(cells(row), row).toHaveLength(4);
    }
  });
});

describe('mdText properties', () => {
  it('never emits live syntax and respects maxLen', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 0, max: 260 }), (s, maxLen) => {
        const out = mdText(s, maxLen);
        expect(out.length).toBeLessThanOrEqual(maxLen);
        expect(out).not.toMatch(/[<\n\r\t\u2028\u2029]/);
        expect(out).not.toMatch(/@\w/);
        expect(out).not.toMatch(/#\d/);
        expect(out).not.toMatch(/#/);
        expect(out).not.toContain('](');
        expect(out).not.toContain('://');
        expect(out.toLowerCase()).not.toContain('www.');
        expect(out).not.toMatch(BIDI_AND_INVISIBLE);
        expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(hasUnescaped(out, '|')).toBe(false);
        expect(hasUnescaped(out, '`')).toBe(false);
        expect(hasUnescaped(out, '*')).toBe(false);
        expect(hasUnescaped(out, '[')).toBe(false);
        // No trailing lone backslash that could escape whatever the caller appends.
        expect(hasUnescaped(`${out}|`, '|')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('renders back to the (normalised) input when not truncated', () => {
    const printable = fc.string({ unit: fc.constantFrom(...'<>&|`*_[]()!#~-+=.:/\\@$ 0123456789abwhtpGH'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(printable, (s) => {
        const expected = s.replace(/ +/g, ' ').trim();
        expect(rendered(mdText(s, 10_000))).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('htmlText (inside a <summary>, where backslash escapes show as typed)', () => {
  /** What a browser shows for htmlText output: its entities undone, the zero-width spaces dropped. */
  const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", grave: '`', vert: '|', lsqb: '[', rsqb: ']', colon: ':', period: '.', ZeroWidthSpace: '' };
  const shown = (html: string) => html.replace(/&([A-Za-z]+);/g, (_, e: string) => NAMED[e]!);

  it('shows real vat names as they are: no backslashes', () => {
    expect(htmlText('zcf-mintHolder-USDC_axl')).toBe('zcf-mintHolder-USDC_axl');
    expect(htmlText('1. list (v12)')).toBe('1. list (v12)');
    expect(htmlText('</summary><img src=x onerror=alert(1)>')).toBe('&lt;/summary&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(htmlText('@octocat #123 a"b\'c & d')).toBe('@&ZeroWidthSpace;octocat #&ZeroWidthSpace;123 a&quot;b&apos;c &amp; d');
    expect(htmlText('lea\u202eky\nx')).toBe('lea\ufffdky x');
  });

  it('never emits a tag or a raw quote, respects maxLen, and shows the (normalised) input when not cut', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 0, max: 80 }), (s, max) => {
        const out = htmlText(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        // Outside the entities it writes: no tag, quote, code or link syntax, no mention or reference.
        const bare = out.replace(/&(?:amp|lt|gt|quot|apos|grave|vert|lsqb|rsqb|colon|period|ZeroWidthSpace);/g, ' ');
        expect(bare).not.toMatch(/[<>"'`|[\]\r\n]|:\/\/|www\.|@[A-Za-z0-9_]|#\d|GH-\d/i);
        expect(out).not.toMatch(BIDI_AND_INVISIBLE);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos|grave|vert|lsqb|rsqb|colon|period|ZeroWidthSpace);)/);
      }),
      { numRuns: 500 },
    );
    const printable = fc.string({ unit: fc.constantFrom(...'<>&"\'|`*_[]()!#~-+=.:/\\@$ 0123456789abwhtpGH'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(printable, (s) => {
        expect(shown(htmlText(s, 10_000))).toBe(s.replace(/ +/g, ' ').trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('mdCode', () => {
  const table: Array<[string, string]> = [
    ['plain', '` plain `'],
    ['<img src=x onerror=alert(1)>', '` <img src=x onerror=alert(1)> `'],
    ['| a | b |', '` ¦ a ¦ b ¦ `'],
    ['a `b` c', '`` a `b` c ``'],
    ['``` fence', '```` ``` fence ````'],
    ['`', '`` ` ``'],
    ['two\nlines\r\n', '` two lines `'],
    ['rtl\u202Eevil', '` rtl\uFFFDevil `'],
    ['', ''],
    ['   ', ''],
  ];
  it.each(table)('%j', (input, expected) => {
    expect(mdCode(input)).toBe(expected);
  });

  it('truncates within maxLen including the fences', () => {
    expect(mdCode('abcdefghij', 10)).toBe('` abcde… `');
    expect(mdCode('`'.repeat(300), 20).length).toBeLessThanOrEqual(20);
    expect(mdCode('x'.repeat(1000)).length).toBe(200);
  });

  it('is a single well-formed code span for arbitrary input', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 0, max: 260 }), (s, maxLen) => {
        const out = mdCode(s, maxLen);
        if (out === '') return;
        expect(out.length).toBeLessThanOrEqual(Math.max(5, maxLen));
        expect(out).not.toMatch(/[|\n\r]/);
        expect(out).not.toMatch(BIDI_AND_INVISIBLE);
        const fence = /^`+/.exec(out)![0];
        expect(out.endsWith(` ${fence}`)).toBe(true);
        expect(out.startsWith(`${fence} `)).toBe(true);
        const inner = out.slice(fence.length + 1, out.length - fence.length - 1);
        const longest = Math.max(0, ...(inner.match(/`+/g) ?? []).map((r) => r.length));
        expect(longest).toBeLessThan(fence.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('safeNumber', () => {
  it.each([
    [1, '1'],
    [0.1234, '0.123'],
    [1234.5, '1234.5'],
    [-2.5, '-2.5'],
    [-0, '0'],
    [-0.0001, '-1e-4'],
    [0.00001234, '1.23e-5'],
    [1e22, '1.000e+22'],
    [NaN, '—'],
    [Infinity, '—'],
    [-Infinity, '—'],
    ['3', '—'],
    [null, '—'],
    [undefined, '—'],
    [{}, '—'],
    [5n, '5'],
  ])('%s', (n, expected) => {
    expect(safeNumber(n)).toBe(expected);
  });

  it('honours digits', () => {
    expect(safeNumber(Math.PI, 0)).toBe('3');
    expect(safeNumber(Math.PI, 5)).toBe('3.14159');
    expect(safeNumber(0.4, 0)).toBe('0');
  });
});

describe('chart titles in the markdown', () => {
  it('show a vat name as it is inside <summary> (markdown escapes would show there)', async () => {
    const { analyzeFixture } = await import('../engine/helpers.js');
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const r = structuredClone(await analyzeFixture('loadgen-leaky'));
    r.vats.find((v) => v.vatID === 'v7')!.name = 'zcf-mintHolder-USDC_axl';
    const md = renderMarkdown(r);
    expect(md).toContain('<summary>BOYD time: zcf-mintHolder-USDC_axl (v7)</summary>');
    expect(md).not.toMatch(/<summary>[^<]*\\/);
    // In a table cell the same name is markdown, escaped as such.
    expect(md).toContain('zcf-mintHolder-USDC\\_axl');
  }, 60_000);
});
