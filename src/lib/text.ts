/**
 * Text normalisation shared by the edition builder, the fidelity test and the
 * ingest tools. The edition-wide rules here are announced to readers in the
 * 凡例 (see `EDITION_RULES`), so they are recorded corrections, not silent ones.
 */

/** The label that opens a compiler's commentary in the source compilations. */
export const COMMENTARY_MARKER = '【点评】';

/** Editorial rules applied to every source text, shown on every case page: worded for every medium (web capture, Word, PDF, OFD, spreadsheet). */
export const EDITION_RULES = [
  '原文中的半角标点（, : ; ! ? ( )）在汉字旁一律改为全角，不逐条出校。',
  '标点旁多余的空格删去，段首缩进空白不录。',
  '原文在抓取、导出或排版时被截断的段落据文意接排，逐条出校。',
] as const;

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

// Han ideographs, CJK punctuation, full-width forms and curly quotes.
// \ue000 is the edition builder's position marker, treated like the text around it.
const CJK = /[\u3000-\u303f\u3400-\u9fff\ue000\uf900-\ufaff\uff00-\uffef\u2018-\u201f\u2014\u2026【】《》]/u;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Half-width punctuation next to a CJK character becomes full-width; ASCII
 * punctuation between Latin letters or digits (`1:600`, `NO.1`) is kept.
 */
export function normalizePunctuation(input: string): string {
  const chars = Array.from(input);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const full = FULL_WIDTH[ch];
    if (full) {
      const prev = out.length > 0 ? out[out.length - 1] : undefined;
      const next = chars[i + 1];
      const nextNonSpace = chars.slice(i + 1).find((c) => c !== ' ');
      if (isCjk(prev) || isCjk(next) || isCjk(nextNonSpace) || next === undefined) {
        out.push(full);
        continue;
      }
    }
    out.push(ch);
  }
  return removeSpacesAroundCjkPunctuation(out.join(''));
}

const CJK_PUNCT = /[，。、：；！？（）“”‘’《》【】—…]/u;

/** Spaces that sit beside CJK punctuation are capture noise (`以“ 建立`). */
export function removeSpacesAroundCjkPunctuation(input: string): string {
  const chars = Array.from(input);
  return chars
    .filter((ch, i) => {
      if (ch !== ' ' && ch !== '\u00a0' && ch !== '\u3000') return true;
      let j = i - 1;
      while (j >= 0 && /\s/u.test(chars[j]!)) j--;
      let k = i + 1;
      while (k < chars.length && /\s/u.test(chars[k]!)) k++;
      return !(CJK_PUNCT.test(chars[j] ?? '') || CJK_PUNCT.test(chars[k] ?? ''));
    })
    .join('');
}

/** Splits captured text into paragraphs at blank (or whitespace-only) lines. */
export function splitParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(''));
    current = [];
  };
  for (const line of lines) {
    const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
    if (trimmed === '') flush();
    else current.push(trimmed);
  }
  flush();
  return paragraphs;
}

/** Number of user-perceived characters (a summary limit counts these). */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/** Quotations of four or more characters in “” (editors' notes quoting the text). */
export const quotations = (text: string) => [...text.matchAll(/“([^”]{4,})”/g)].map((m) => m[1]!);

const NESTED: Record<string, string> = { '“': '‘', '”': '’', '‘': '“', '’': '”' };
const CLOSES: Record<string, string> = { '“': '”', '‘': '’' };

const WORD = /[\p{L}\p{N}]/u;

/**
 * Positions of the quotation marks in `text` that quote words: those that
 * pair within it, and a lone one that opens words at its start or closes
 * words at its end (the quotation runs past the cut). A lone mark next to
 * another lone mark, or beside no word (’’ for ”), is a character cited.
 */
function quotingMarks(text: string): Set<number> {
  const chars = Array.from(text);
  const quoting = new Set<number>();
  const open: number[] = [];
  chars.forEach((ch, at) => {
    if (CLOSES[ch]) open.push(at);
    else if (ch === '”' || ch === '’') {
      const i = open.findLastIndex((o) => CLOSES[chars[o]!] === ch);
      if (i < 0) return;
      quoting.add(open[i]!).add(at);
      open.splice(i);
    }
  });
  const lone = (at: number) => NESTED[chars[at] ?? ''] !== undefined && !quoting.has(at);
  chars.forEach((ch, at) => {
    if (!lone(at) || lone(at - 1) || lone(at + 1)) return;
    if (CLOSES[ch] ? WORD.test(chars[at + 1] ?? '') : WORD.test(chars[at - 1] ?? '')) quoting.add(at);
  });
  return quoting;
}

/**
 * Words quoted in the editors' own “…” (a 校勘记, a key figure, a method's
 * passage): quotation marks inside go one level down, “ ” to ‘ ’ and ‘ ’ back
 * to “ ”, as GB/T 15834—2011 sets nested quotation marks. Only marks that
 * quote words nest; a mark cited as a character (a 校勘记 on ’’ read as ”)
 * stays as the source has it. The quoted words stay the source's.
 */
export const quote = (text: string): string => {
  const quoting = quotingMarks(text);
  return `“${Array.from(text).map((ch, at) => (quoting.has(at) ? NESTED[ch]! : ch)).join('')}”`;
};

