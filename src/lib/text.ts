/**
 * Text normalisation shared by the edition builder, the fidelity test and the
 * ingest tools. The edition-wide rules here are announced to readers in the
 * 凡例 (see `EDITION_RULES`), so they are recorded corrections, not silent ones.
 */

/** The label that opens a compiler's commentary in the source compilations. */
export const COMMENTARY_MARKER = '【点评】';

/**
 * What a source heads its compilers' note with: a run-in or heading label
 * (编者按：…) or, in a compilation, a 前言/序言 heading. The source page prints
 * the note under the source's own word.
 */
export const NOTE_LABELS = ['编者按', '编前语', '按语', '编者的话', '编辑说明', '开栏的话', '开篇的话'] as const;
/** …and a compilation's 前言/序言 or its 编写说明 (出版说明, 编印说明), a heading only (an article's own 前言 is the author's). */
export const PREFACE_NAMES = ['前言', '序言', '编写说明', '出版说明', '编印说明'] as const;
/** …and a compilation's 后记 (编后记, 编后语) under its own heading after its last case: the compilers' closing note. */
export const POSTSCRIPT_NAMES = ['后记', '编后记', '编后语'] as const;
export const NOTE_NAMES = [...NOTE_LABELS, ...PREFACE_NAMES, ...POSTSCRIPT_NAMES] as const;
export type NoteName = (typeof NOTE_NAMES)[number];

/** A title in 书名号, a title inside it in 〈〉 (《关于印发〈联系服务群众经验做法选编〉的通知》), as Chinese typesetting nests them. */
export const bookTitle = (title: string): string => `《${title.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;

/** Editorial rules applied to every source text, shown on every case page: worded for every medium (web capture, Word, PDF, OFD, spreadsheet). */
export const EDITION_RULES = [
  '原文中的半角标点（, : ; ! ? ( )）在汉字旁一律改为全角，成对的括号随前括号和括内文字一并改或一并不改，不逐条出校。',
  '标点旁多余的空格删去，段首缩进空白不录。',
  '原文在抓取、导出或排版时被截断的段落据文意接排，逐条出校。',
  '“【点评】”标签单独成行（原文与其后文字同段者亦然），标签后的冒号不录。',
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

/** Whether the half-width mark at `i`, after `prev` as already set, stands beside CJK text (or ends the text). */
function besideCjk(chars: readonly string[], i: number, prev: string | undefined): boolean {
  const next = chars[i + 1];
  const nextNonSpace = chars.slice(i + 1).find((c) => c !== ' ');
  return isCjk(prev) || isCjk(next) || isCjk(nextNonSpace) || next === undefined;
}

/** The matching ( ) of a text: opening index → closing index. */
function bracketPairs(chars: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) pairs.set(open.pop()!, i);
  });
  return pairs;
}

/**
 * Half-width punctuation next to a CJK character becomes full-width; ASCII
 * punctuation between Latin letters or digits (`1:600`, `NO.1`) is kept. A pair
 * of brackets turns together or not at all, by its opening bracket and what it
 * encloses (张居正(1525-1582年) turns both); what follows the closing one is
 * outside the pair and decides nothing (@zg(wh)龚永前, a handle before a name, keeps both).
 */
export function normalizePunctuation(input: string): string {
  const chars = Array.from(input);
  const pairs = bracketPairs(chars);
  const closing = new Map<number, boolean>();
  const out: string[] = [];
  chars.forEach((ch, i) => {
    const full = FULL_WIDTH[ch];
    const prev = out.at(-1);
    const close = pairs.get(i);
    const turn = close !== undefined ? besideCjk(chars, i, prev) || isCjk(chars[close - 1]) : (closing.get(i) ?? besideCjk(chars, i, prev));
    if (close !== undefined) closing.set(close, turn);
    out.push(full && turn ? full : ch);
  });
  return removeSpacesAroundCjkPunctuation(out.join(''));
}

/**
 * Every ASCII mark FULL_WIDTH knows set full-width, whatever stands beside it
 * (1:600 → 1：600): for comparing two witnesses, whose widths differ as their
 * typists' did, never for the edition, which keeps a colon between digits.
 */
export function foldPunctuationWidth(input: string): string {
  return Array.from(input, (ch) => FULL_WIDTH[ch] ?? ch).join('');
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

/** A text's letters alone, width-folded (NFKC), without spaces, punctuation or symbols: what two copies of a passage share however each is set. */
export const textKey = (text: string): string => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** Number of user-perceived characters (a summary limit counts these). */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/** Quotations of four or more characters in “” (editors' notes quoting the text). */
export const quotations = (text: string) => [...text.matchAll(/“([^”]{4,})”/g)].map((m) => m[1]!);

const NESTED: Record<string, string> = { '“': '‘', '”': '’', '‘': '“', '’': '”' };

/**
 * Words quoted in the editors' own “…” (a 校勘记, a key figure, a method's
 * passage): quotation marks inside go one level down, “ ” to ‘ ’ and ‘ ’ back
 * to “ ”, as GB/T 15834—2011 sets nested quotation marks. A mark cited as a
 * character stays as the source has it: one doubled (’’ for ”, a 校勘记's
 * reading) or in a reading of marks alone. The quoted words stay the source's.
 */
export const quote = (text: string): string => `“${/[\p{L}\p{N}]/u.test(text) ? nestQuotes(text) : text}”`;

/** Quotation marks inside a quotation one level down (“→‘), as quote() sets them: for a quotation shown in parts (a key figure with its marks). */
export const nestQuotes = (text: string): string => text.replace(/([“”‘’])\1+|[“”‘’]/g, (m) => (m.length > 1 ? m : NESTED[m]!));


/**
 * A title or headline broken over lines (a Word title set on two lines, a headline's <br>, a 公文's title printed in
 * four lines), as one line: Chinese runs on without a space; only two Latin words or numbers keep one between them.
 */
export function joinBrokenLine(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .reduce((line, part) => (line && /[A-Za-z0-9]$/.test(line) && /^[A-Za-z0-9]/.test(part) ? `${line} ${part}` : line + part), '');
}
