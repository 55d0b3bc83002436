/**
 * Word's automatic numbering written into the text as Word shows it. A
 * paragraph numbered by w:numPr (its own or its style's) carries no number
 * in its text: mammoth renders it as a list item and the 一、 / 案例一 / 1.
 * of a compilation's case titles is lost. Here each numbered paragraph gets
 * its number as a first run (counted per list and level in document order,
 * formatted by numbering.xml's numFmt and lvlText) and loses its numPr, so
 * mammoth reads it as the paragraph the reader sees. Bullets stay as they are.
 */
import { DOMParser } from 'linkedom';
import { kid, kids, tag, type El } from './docx-xml.ts';


const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 11 → 十一, 20 → 二十, 105 → 一百零五 (Word's chineseCounting and chineseCountingThousand). */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
    }
  });
  return out;
}

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const roman = (n: number) => ROMAN.reduce((s, [v, r]) => { let out = s; while (n >= v) { out += r; n -= v; } return out; }, '');
const letter = (n: number) => String.fromCharCode(64 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter in a numFmt; undefined for bullets and formats without a number. */
export function formatNumber(n: number, fmt: string): string | undefined {
  switch (fmt) {
    case 'decimal': case 'decimalZero': return fmt === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting': case 'taiwaneseCountingThousand': return chineseCounting(n);
    case 'chineseLegalSimplified': return chineseCounting(n).replace(/[一二三四五六七八九十百千零]/g, (c) => '壹贰叁肆伍陆柒捌玖拾佰仟零'['一二三四五六七八九十百千零'.indexOf(c)]!);
    case 'ideographDigital': case 'taiwaneseDigital': return String(n).split('').map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional': return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10];
    case 'ideographZodiac': return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12];
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return `(${n})`;
    case 'decimalEnclosedFullstop': return `${n}.`;
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letter(n);
    case 'lowerLetter': return letter(n).toLowerCase();
    default: return undefined; // bullet, none
  }
}

const val = (e: El | undefined) => e?.getAttribute('w:val') ?? undefined;

interface Level { fmt: string; text: string; start: number }

export interface Numbered {
  xml: string;
  /** Each numbered paragraph's text as it now reads (number first), and its list level (0 = top). */
  paragraphs: Array<{ text: string; level: number }>;
}

/** The document part with every numbered paragraph's number written in, and those paragraphs. */
export function writeNumbers(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): Numbered {
  if (!numberingXml || !/<w:numPr\b/.test(documentXml + (stylesXml ?? ''))) return { xml: documentXml, paragraphs: [] };
  const parser = new DOMParser();
  const numbering = parser.parseFromString(numberingXml, 'text/xml') as unknown as Document;
  const root = numbering.documentElement as unknown as El;
  const abstract = new Map<string, Level[]>();
  for (const a of kids(root, 'w:abstractNum')) {
    const levels: Level[] = [];
    for (const l of kids(a, 'w:lvl')) levels[Number(l.getAttribute('w:ilvl'))] = { fmt: val(kid(l, 'w:numFmt')) ?? 'decimal', text: val(kid(l, 'w:lvlText')) ?? '', start: Number(val(kid(l, 'w:start')) ?? 1) };
    abstract.set(a.getAttribute('w:abstractNumId') ?? '', levels);
  }
  const lists = new Map<string, Level[]>();
  for (const n of kids(root, 'w:num')) {
    const levels = [...(abstract.get(val(kid(n, 'w:abstractNumId')) ?? '') ?? [])];
    for (const o of kids(n, 'w:lvlOverride')) {
      const i = Number(o.getAttribute('w:ilvl'));
      const start = val(kid(o, 'w:startOverride'));
      if (levels[i] && start !== undefined) levels[i] = { ...levels[i]!, start: Number(start) };
    }
    lists.set(n.getAttribute('w:numId') ?? '', levels);
  }
  // A style's own numbering (Heading 1 numbered 一、), inherited through basedOn.
  const styleNum = new Map<string, { numId: string; ilvl: number }>();
  if (stylesXml) {
    const styles = parser.parseFromString(stylesXml, 'text/xml') as unknown as Document;
    const byId = new Map(kids(styles.documentElement as unknown as El, 'w:style').map((s) => [s.getAttribute('w:styleId') ?? '', s]));
    const numOf = (id: string, depth = 0): { numId: string; ilvl: number } | undefined => {
      const s = byId.get(id);
      if (!s || depth > 10) return undefined;
      const pr = kid(kid(s, 'w:pPr'), 'w:numPr');
      if (pr && val(kid(pr, 'w:numId'))) return { numId: val(kid(pr, 'w:numId'))!, ilvl: Number(val(kid(pr, 'w:ilvl')) ?? 0) };
      const base = val(kid(s, 'w:basedOn'));
      return base ? numOf(base, depth + 1) : undefined;
    };
    for (const id of byId.keys()) {
      const n = numOf(id);
      if (n) styleNum.set(id, n);
    }
  }

  const doc = parser.parseFromString(documentXml, 'text/xml') as unknown as Document;
  const counters = new Map<string, number[]>();
  const paragraphs: Numbered['paragraphs'] = [];
  for (const p of Array.from(doc.querySelectorAll('*')).filter((e) => tag(e) === 'w:p')) {
    const pPr = kid(p, 'w:pPr');
    const own = kid(pPr, 'w:numPr');
    const style = styleNum.get(val(kid(pPr, 'w:pStyle')) ?? '');
    const numId = own ? val(kid(own, 'w:numId')) ?? style?.numId : style?.numId;
    const ilvl = own && kid(own, 'w:ilvl') ? Number(val(kid(own, 'w:ilvl'))) : (style?.ilvl ?? 0);
    // numId 0 switches numbering off for the paragraph.
    if (!numId || numId === '0') continue;
    const levels = lists.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) continue;
    const count = counters.get(numId) ?? [];
    count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl]! + 1;
    count.length = ilvl + 1; // deeper levels start again
    counters.set(numId, count);
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(count[i] ?? levels[i]?.start ?? 1, levels[i]?.fmt ?? 'decimal') ?? '';
    });
    if (formatNumber(1, level.fmt) === undefined || !label.trim()) continue;
    const run = doc.createElement('w:r');
    const t = doc.createElement('w:t');
    t.setAttribute('xml:space', 'preserve');
    t.textContent = label;
    run.appendChild(t);
    // The number takes the place of the list: mammoth then reads the paragraph with its style.
    own?.remove();
    if (!own && pPr) {
      const off = doc.createElement('w:numPr');
      const id = doc.createElement('w:numId');
      id.setAttribute('w:val', '0');
      off.appendChild(id);
      pPr.appendChild(off);
    }
    p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
    const text = Array.from(p.querySelectorAll('*')).filter((e) => tag(e) === 'w:t').map((e) => e.textContent ?? '').join('');
    paragraphs.push({ text, level: ilvl });
  }
  return { xml: doc.toString(), paragraphs };
}
