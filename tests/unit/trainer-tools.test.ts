/** Short links, QR codes, the handout list and passage links: the pure parts. */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { shortCode } from '../../src/lib/node/short-code.ts';
import { shortUrl } from '../../src/lib/urls.ts';
import { qrModules, qrPath } from '../../src/lib/trainer/qr.ts';
import { handoutPath, HANDOUT_MAX, moveId, parseHandoutIds } from '../../src/lib/trainer/handout.ts';
import { passageUrl, textDirective } from '../../src/lib/trainer/passage-link.ts';

describe('short links', () => {
  it('are five Crockford base32 characters derived from the id alone', () => {
    const code = shortCode('nanjing-cheguansuo');
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{7}$/);
    expect(shortCode('nanjing-cheguansuo')).toBe(code);
    expect(shortUrl(code)).toBe(`/c/${code}/`);
  });

  it('keep their documented values (changing the scheme would break printed handouts)', () => {
    // sha256("nanjing-cheguansuo") begins 087210e6ea, sha256("puyang-laoli-rexian") 4aa006cefd: their first 35 bits.
    expect(shortCode('nanjing-cheguansuo')).toBe('11s11sq');
    expect(shortCode('puyang-laoli-rexian')).toBe('9ag0dkq');
  });

  it('do not clash across 10,000 ids', () => {
    const codes = new Set(Array.from({ length: 10_000 }, (_, i) => shortCode(`case-${i}`)));
    expect(codes.size).toBe(10_000);
  });
});

/** Renders the module matrix as RGBA pixels (4 px per module) and decodes it. */
function decode(modules: boolean[][]): string | undefined {
  const scale = 4;
  const size = modules.length * scale;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dark = modules[Math.floor(y / scale)]![Math.floor(x / scale)];
      const i = (y * size + x) * 4;
      pixels.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], i);
    }
  }
  return jsQR(pixels, size, size)?.data;
}

describe('QR codes', () => {
  it('decode back to the URL they were made from', () => {
    for (const url of ['https://cases.example.org/c/11s11sq/', 'http://127.0.0.1:4321/c/9ag0dkq/']) expect(decode(qrModules(url))).toBe(url);
  });

  it('draw one rectangle per run of dark modules, inside the quiet zone', () => {
    const { size, d } = qrPath('https://cases.example.org/c/11s11sq/');
    expect(size).toBe(qrModules('https://cases.example.org/c/11s11sq/').length);
    const starts = [...d.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(starts.length).toBeGreaterThan(50);
    for (const [x, y] of starts) {
      expect(x).toBeGreaterThanOrEqual(4);
      expect(y).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('handout ids', () => {
  it('keeps well-formed ids in order, once each, and reports the rest', () => {
    expect(parseHandoutIds('b-1, a ,b-1,,<script>,A,x/y')).toEqual({ ids: ['b-1', 'a'], rejected: ['<script>', 'A', 'x/y'] });
    expect(parseHandoutIds(null)).toEqual({ ids: [], rejected: [] });
  });

  it(`stops at ${HANDOUT_MAX} cases`, () => {
    const many = Array.from({ length: HANDOUT_MAX + 2 }, (_, i) => `c${i}`).join(',');
    const parsed = parseHandoutIds(many);
    expect(parsed.ids).toHaveLength(HANDOUT_MAX);
    expect(parsed.rejected).toEqual([`c${HANDOUT_MAX}`, `c${HANDOUT_MAX + 1}`]);
  });

  it('moves an id within the list and no further', () => {
    expect(moveId(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('writes the handout URL', () => {
    expect(handoutPath(['a', 'b'])).toBe('/handout/?ids=a,b');
    expect(handoutPath([])).toBe('/handout/');
  });
});

describe('passage links', () => {
  const page = 'https://cases.example.org/cases/x/#p2';

  it('quote a short passage whole after the paragraph anchor', () => {
    expect(passageUrl(page, 'p5', ' 一名党员联十户 ')).toBe(`https://cases.example.org/cases/x/#p5:~:text=${encodeURIComponent('一名党员联十户')}`);
  });

  it('give a long passage by its start and end, escaping the directive syntax', () => {
    const text = '甲-乙,丙&丁' + '长'.repeat(50) + '结尾的十二个字符正好在这里';
    const directive = textDirective(text);
    const [start, end] = directive.split(',');
    expect(decodeURIComponent(start!)).toBe('甲-乙,丙&丁长长长长长');
    expect(decodeURIComponent(end!)).toBe('结尾的十二个字符正好在这里'.slice(-12));
    expect(start).not.toMatch(/[-,&]/);
  });

  it('anchor the passage with the words of its paragraph before and after it', () => {
    const url = passageUrl(page, 'p3', '覆盖全县5.6万个农户', { before: '党员联系户活动已', after: '。全县共有党员 ¶' });
    const directive = decodeURIComponent(url.split(':~:text=')[1]!.replace(/%2D/g, '-'));
    expect(directive).toBe('党员联系户活动已-,覆盖全县5.6万个农户,-。全县共有党员');
    expect(passageUrl(page, 'p3', '甲', { before: '', after: '' })).toBe('https://cases.example.org/cases/x/#p3:~:text=%E7%94%B2');
  });

  it('fall back to the paragraph when nothing is selected', () => {
    expect(passageUrl(page, 'p5', '  ')).toBe('https://cases.example.org/cases/x/#p5');
  });
});
