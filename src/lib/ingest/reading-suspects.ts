/**
 * Suspected misreadings in a text, for the editor's 待核 list: OCR's traits (a dash read as 一, a closing quote read as
 * ，，), word guesses (人 for 入), rare characters standing alone, sentences stopped inside a clause, unpaired quotes,
 * stray colons, and the library's own near-miss readings. Each is a doubt with its grounds, never a correction.
 */
import { normalizePunctuation } from '../text.ts';
import { startsWithMarker } from './case-start.ts';
import { nearMissReadings, type ReadingLexicon } from './near-miss-readings.ts';
import { readingFlag } from './reading-flags.ts';
import { charAsWordFrequency, cutWords, RARE_CHAR, tagWords } from './words.ts';

/** A suspicion: the words that raise it, what is suspected, and (where the words alone say too little) what must hold of them. */
type Suspect = [RegExp, string, ((words: string, before: string) => boolean)?];

/**
 * A dash-list read with 一 for —: three or more terms of two to four
 * characters joined by 一 (块区一村居一街镇一区政府), where 一 stands alone
 * as a word at least twice. As a numeral, 一 begins a word (一个门一个门,
 * 上下一体…进一步), and jieba cuts it so.
 */
const DASH_AS_YI = /(?:[^\P{Script=Han}一]{2,4}一){2,}[^\P{Script=Han}一]{2,4}/u;
const yiStandsAlone = (words: string) => cutWords(words).filter((w) => w === '一').length >= 2;

/** OCR's typographic traits: glyphs no typist confuses (l/O among digits, · for a decimal point, ,, for ”, a letter among Han characters, 一 for a dash). */
const OCR_TRAITS: Suspect[] = [
  // A range's bounds count as digits (每月l—5日), as a sum's do (l+10).
  [/(?<![A-Za-z])l(?=[+\d]|[—–~～-]{1,2}\d)|(?<=\d(?:[—–~～-]{1,2})?)[lO](?![A-Za-z])|(?<![A-Za-z])[lO](?=\d)|(?<=\p{Script=Han})[lO]{2}(?=\p{Script=Han})/u, '疑数字误作字母（l/O）'],
  [/\d--\d/u, '数字间两个半角连字符（--），疑当作连接号（—）'],
  // A colon between numbers is a clock time (10:30) or a ratio (比例为1:3); anything else is odd (出1:600多人次).
  [/(?<![\d:：])\d+[:：]\d+(?![\d:：])/u, '数字间夹冒号，既非时刻也非比例，疑有误', (words, before) => !/^(?:[01]?\d|2[0-3])[:：][0-5]\d$/u.test(words) && !/比例?(?:为|是|约|达到?)?$/u.test(before)],
  [/\d·\d/u, '疑小数点误作间隔号（·）'],
  [/,,|，，/u, '疑右引号误作两个逗号'],
  [/’’|''/u, '疑右引号误作两个单引号'],
  [/[\p{Script=Han}][a-z][\p{Script=Han}]/u, '汉字间夹杂字母，疑为误字'],
  [DASH_AS_YI, '疑连接号（—）误作“一”', yiStandsAlone],
];

/**
 * Stray characters: a character of the language's rarest, used nowhere else
 * in the text, standing alone between two words of two or more characters,
 * and not a verb, adverb, preposition, conjunction, particle, numeral,
 * measure word or status word, which may stand alone (群众聊几句, 帮扶款等等): what OCR leaves
 * of a speck or a mark (群众爪个性化).
 */
function strayCharacters(paragraphs: readonly string[]): Array<Array<{ start: number; end: number }>> {
  const uses = new Map<string, number>();
  for (const text of paragraphs) for (const c of text) uses.set(c, (uses.get(c) ?? 0) + 1);
  const word = (w?: { word: string }) => w !== undefined && /^\p{Script=Han}{2,}$/u.test(w.word);
  return paragraphs.map((text) => {
    const words = tagWords(text);
    const out: Array<{ start: number; end: number }> = [];
    let at = 0;
    words.forEach((w, i) => {
      const single = w.word.length === 1 && /\p{Script=Han}/u.test(w.word);
      // A status word or its morpheme (z, zg: 患 of 孩子患手足口病) is used alone as a verb is.
      if (single && uses.get(w.word) === 1 && charAsWordFrequency(w.word) < RARE_CHAR && !/^[vadpcumqz]/u.test(w.tag) && word(words[i - 1]) && word(words[i + 1])) out.push({ start: at, end: at + 1 });
      at += w.word.length;
    });
    return out;
  });
}

/** A sentence this short (in characters, quotes aside) is a heading, a slogan or a fragment, not a statement. */
const FRAGMENT_LENGTH = 8;
const sentenceLength = (s: string) => Array.from(s.replace(/[“”"‘’《》「」\s]/gu, '')).length;

/**
 * Full stops that cut a clause: a short sentence inside a paragraph that has
 * no verb (…《批评台账》。如今的营山县。每个基层党组织…: the 。 after 营山县
 * stands for a comma), and a paragraph's run-in heading of two short halves
 * joined by 。 (“一村一站一助理”。群众有事我来办。), which headings join with
 * a comma. A lead that is one short sentence (主要做法。) is a heading, and a
 * list marker's item (二、主要成效。) too: neither is flagged.
 */
function stopsInsideClauses(text: string): Array<{ start: number; end: number; what: string }> {
  const sentences = [...text.matchAll(/[^。！？!?]+。/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, body: m[0].slice(0, -1) }));
  const out: Array<{ start: number; end: number; what: string }> = [];
  sentences.forEach((s, i) => {
    const short = sentenceLength(s.body) <= FRAGMENT_LENGTH && !startsWithMarker(s.body);
    if (!short || s.end >= text.trimEnd().length) return;
    const next = sentences[i + 1];
    if (i === 0 && next && sentenceLength(next.body) <= FRAGMENT_LENGTH && next.end < text.trimEnd().length) {
      out.push({ start: s.end - 1, end: s.end, what: '段首小标题两半之间用句号，疑当作逗号' });
    } else if (i > 0 && !tagWords(s.body).some((w) => /^v/u.test(w.tag))) {
      out.push({ start: s.end - 1, end: s.end, what: '句中无动词的短句后用句号，疑当作逗号' });
    }
  });
  return out;
}

/** OCR's readings of a closing quotation mark (，， ’’ ,, ''), which OCR_TRAITS flag themselves: read here as the mark they stand for. */
const CLOSER_MISREAD = /，，|,,|’’|''/gu;

/**
 * Quotation marks a paragraph does not pair: a closing ” with no “ open
 * before it (“4420000”中的0”寓意: the 0's opening mark is lost), and an
 * opening “ still open at the paragraph's end, unless the next paragraph
 * opens with “, as a quotation running over paragraphs does.
 */
function unpairedQuotes(text: string, nextOpensQuote: boolean): Array<{ start: number; end: number; what: string }> {
  const marks = text.replace(CLOSER_MISREAD, '” ');
  const open: number[] = [];
  const out: Array<{ start: number; end: number; what: string }> = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] === '“') open.push(i);
    else if (marks[i] === '”' && open.pop() === undefined) out.push({ start: i, end: i + 1, what: '右引号前无左引号，疑脱左引号或右引号衍' });
  }
  if (!nextOpensQuote) for (const i of open) out.push({ start: i, end: i + 1, what: '左引号到段末未闭合，疑脱右引号' });
  return out;
}

/**
 * A colon after a clause of one noun, inside a paragraph, with the clause
 * running on after it (社情民意复杂，群众：工作任务繁重): a colon follows a
 * clause that announces (台账分为两类：), a speaker or a run-in label at the
 * paragraph's start, never a lone noun mid-sentence.
 */
function strayColons(text: string): Array<{ start: number; end: number; what: string }> {
  const out: Array<{ start: number; end: number; what: string }> = [];
  for (const m of text.matchAll(/[，；]([^，；。！？：:“”]{1,6})[：:](?=\p{Script=Han})/gu)) {
    const words = tagWords(m[1]!);
    if (words.length === 1 && /^n/u.test(words[0]!.tag)) {
      const at = m.index + m[0].length - 1;
      out.push({ start: at, end: at + 1, what: '冒号前只有一个名词，不成分句，疑冒号衍' });
    }
  }
  return out;
}

/** Guesses at a misread character: OCR's slips, which text as typed does not make. */
const WORD_GUESSES: Suspect[] = [
  [/进万?村人万?户|人户(?:宣传|了解|服务|走访)|深人|纳人|人党|联户人社|泥牛人海|事项人手/u, '疑“入”误作“人”'],
  [/于部|以匕/u, '疑形近误字'],
];

/** What looks like an OCR slip in `text` (疑“入”误作“人”…), by the same traits and guesses as a draft's flags; collating two witnesses asks it of each reading. */
export function suspectReading(text: string): string | undefined {
  return [...WORD_GUESSES, ...OCR_TRAITS].find((suspect) => matchesOf(suspect, text).length > 0)?.[1];
}

/** Whether `text` shows a trait of OCR's reading (a dash read as 一, a closing quote read as ，，): word guesses then fit it. */
export const showsOcrTraits = (text: string) => OCR_TRAITS.some((suspect) => matchesOf(suspect, text).length > 0);

/** The characters an OCR trait's flag is about within its quote (’’ of 泥牛人海！’’上海市), where the quote shows them once. */
export function flaggedCharacters(flag: string, quote: string): string | undefined {
  const trait = OCR_TRAITS.find(([, what]) => what === flag);
  const found = trait ? matchesOf(trait, quote) : [];
  return found.length === 1 ? found[0]![0] : undefined;
}

/** Where a suspicion's words stand in `text`, each place that holds what it must. */
function matchesOf([re, , holds]: Suspect, text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(re.source, 'gu'))].filter((m) => !holds || holds(m[0], text.slice(0, m.index)));
}

/**
 * Suspected OCR slips and capture damage worth an editor's look, each place
 * once: every occurrence of a trait is flagged (a paragraph may misread 人
 * for 入 twice), and suspicions whose words stand together (泥牛人海！’’: 入
 * and ”) are one flag naming both. `wordGuesses` only where the text may have been
 * read by OCR.
 */
export function flagsFor(paragraphs: readonly string[], wordGuesses: boolean, library: ReadingLexicon = new Map()): string[] {
  const flags: string[] = [];
  const suspects = wordGuesses ? [WORD_GUESSES[0]!, ...OCR_TRAITS, WORD_GUESSES[1]!] : OCR_TRAITS;
  const strays = wordGuesses ? strayCharacters(paragraphs) : [];
  const nearMisses = wordGuesses ? nearMissReadings(paragraphs, library) : [];
  paragraphs.forEach((text, i) => {
    // Suspicions whose words stand within two characters of each other are one place, unless they suspect two
    // different slips in words apart (泥牛人海！’’: 人 for 入, ’’ for ”): each is then its own doubt, answered apart.
    const places: Array<{ start: number; end: number; what: string[] }> = [
      ...(strays[i] ?? []).map((x) => ({ ...x, what: [`罕用字“${text.slice(x.start, x.end)}”孤立于两词之间，疑为衍字或误字`] })),
      ...(nearMisses[i] ?? []).filter((x) => !(strays[i] ?? []).some((y) => y.start < x.end && x.start < y.end)).map((x) => ({ ...x, what: [x.what] })),
      ...stopsInsideClauses(text).map((x) => ({ ...x, what: [x.what] })),
      ...unpairedQuotes(text, /^\s*“/u.test(paragraphs[i + 1] ?? '')).map((x) => ({ ...x, what: [x.what] })),
      ...strayColons(text).map((x) => ({ ...x, what: [x.what] })),
    ];
    for (const suspect of suspects) {
      const what = suspect[1];
      for (const m of matchesOf(suspect, text)) {
        const start = m.index;
        const end = m.index + m[0].length;
        const near = places.find((x) => (x.what.includes(what) ? start <= x.end + 2 && x.start <= end + 2 : start < x.end && x.start < end));
        if (!near) places.push({ start, end, what: [what] });
        else Object.assign(near, { start: Math.min(near.start, start), end: Math.max(near.end, end), what: near.what.includes(what) ? near.what : [...near.what, what] });
      }
    }
    for (const x of places.sort((a, b) => a.start - b.start)) flags.push(readingFlag(i + 1, x.what.join('；'), text.slice(Math.max(0, x.start - 6), x.end + 6)));
    // A quotation followed by a speaker but no verb of saying before the full stop: text missing.
    const speaker = /[”"][^。]{0,8}(?:代表|书记|主任|部长|局长|县长|市长|镇长|乡长)、/u.test(text);
    const q = speaker ? /”([^。“”，]{0,8}(?:代表|书记|主任|部长|局长|县长|市长|镇长|乡长)、[^。“”]{0,12}?)([^。]*。)/u.exec(normalizePunctuation(text)) : null;
    if (q && !/说|表示|介绍|感慨|称|道|讲/.test(q[1]! + q[2]!.slice(0, 12))) {
      flags.push(readingFlag(i + 1, '疑有脱文（引语后有说话人而无“说”等）', text.slice(Math.max(0, q.index - 4), q.index + q[1]!.length + 8)));
    }
  });
  return flags;
}
