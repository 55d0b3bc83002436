/**
 * The grammar of ingest's flags of odd readings, one owner for those that
 * use it: document.ts writes them (a draft's `# 待核：` lines), proposals.ts
 * turns them into doubt proposals, record-reading.ts removes the flag a
 * recorded reading answers, `npm run accept --settle` marks one read
 * (`# 已核：`) and publish refuses the open ones. Browser-safe.
 */
import { normalizePunctuation } from '../text.ts';

/** 第3段：疑“入”误作“人”：“words around the reading” — what is odd, and the raw words. */
export const READING_FLAG = /^第\d+段：(.+)：“(.+)”$/u;

/** A flag of an odd reading in the nth paragraph of a draft's body. */
export const readingFlag = (n: number, what: string, words: string) => `第${n}段：${what}：“${words}”`;

/**
 * Where, among a draft's frontmatter lines, the `# 待核：` line stands that a
 * doubt proposal was made from: its `quote` is the flag's words with the
 * edition's punctuation, its `value` the flag's what — unless the editor has
 * reworded it into the note, as the guide invites; -1 when none does.
 */
export function flagLineOf(lines: readonly string[], doubt: { value?: unknown; quote?: unknown }): number {
  const flags = lines.map((line) => (/^#\s*待核：/u.test(line) ? READING_FLAG.exec(line.replace(/^#\s*待核：/u, '').trim()) : null));
  const same = (m: RegExpExecArray | null) => m !== null && normalizePunctuation(m[2]!) === doubt.quote;
  const exact = flags.findIndex((m) => same(m) && m![1] === doubt.value);
  return exact !== -1 ? exact : flags.findIndex(same);
}

/**
 * The 校勘记 note a correction answering a flag is proposed: what the flag
 * suspected, now said (疑“入”误作“人” → “入”误作“人”。, 疑小数点误作间隔号（·）
 * → 小数点误作间隔号（·）。, 疑“服”字误作“臣”（据…） → “服”字误作“臣”。). None
 * when the flag still doubts inside its words (汉字间夹杂字母，疑为误字): the
 * editor says what the reading was.
 */
export function correctionNoteOf(what: unknown): string | undefined {
  if (typeof what !== 'string' || !what.startsWith('疑')) return undefined;
  const said = flagWords(what.slice(1));
  if (!said || said.includes('疑')) return undefined;
  // One character read for another (“入”误作“人”) is a misreading by shape: the note says so, as the twelfth trial's editor typed it.
  return SHAPE_MISREADING.test(said) ? `${said}，形近而误。` : `${said}。`;
}

/**
 * The 校勘记 note a doubt proposal accepted as it stands is given: the words
 * the flag suspects and what they should read, doubted (疑数字误作字母（l/O）
 * on 约lO名 → “lO”疑当作“10”，存疑未改。), where the quote shows which they
 * are (misreadWords); else the flag's words without the grounds it gives the
 * editor, closed as the library's doubts close (数字间夹冒号，既非时刻也非比
 * 例，疑有误 → …疑有误，存疑未改。): the note is printed on the case page, so
 * it reads as a sentence (the seventeenth trial's editor rewrote a bare flag
 * after publishing; the eighteenth's, a note not saying what lO should read).
 */
export function doubtNoteOf(what: unknown, quote?: string, isWord?: (word: string) => boolean): string | undefined {
  if (typeof what !== 'string') return undefined;
  const words = quote === undefined ? undefined : misreadWords(what, quote, isWord);
  if (words) return `${shouldRead(words, true)}，存疑未改。`;
  const said = flagWords(what);
  return said ? `${said}，存疑未改。` : undefined;
}

/** Misread words said as the editors say a reading: “lO”当作“10” (a doubt: “lO”疑当作“10”). One wording for every note that names them. */
const shouldRead = (words: { printed: string; meant: string }, doubted = false) => `“${words.printed}”${doubted ? '疑' : ''}当作“${words.meant}”`;

/** A flag's words without the grounds it gives the editor deciding (（据“服务”本文另见36处…）) and its closing stop. */
function flagWords(flag: string): string {
  return flag.replace(GROUNDS, '').trim().replace(/[。；，]$/u, '');
}

/**
 * The 校勘记 note a doubt answered as the original's own slip (原文之误: the
 * other witness prints the same, content/README.md §6) is proposed: what the
 * original meant, as the editors write it — the word the flag names (…；当作
 * “服务”） → 当作“服务”。), else the character it suspects was meant (疑“入”
 * 误作“人” → 当作“入”。), else what the flag suspected, said as a correction's
 * note says it (疑右引号误作两个单引号 → 右引号误作两个单引号。). None when the
 * flag still doubts inside its words: the editor says what was meant.
 */
export function originalErrorNoteOf(what: unknown, quote?: string, isWord?: (word: string) => boolean): string | undefined {
  if (typeof what !== 'string') return undefined;
  // The words themselves where the quote shows which they are (“人户”当作“入户”。): a 校勘记 saying only 当作“入”
  // leaves the reader to find the 人 among the quote's (the eighteenth trial's editor rewrote six such notes).
  const words = quote === undefined ? undefined : misreadWords(what, quote, isWord);
  if (words) return `${shouldRead(words)}。`;
  const meant = INTENDED.exec(what)?.[1] ?? MEANT_CHARACTER.exec(what)?.[1];
  return meant ? `当作“${meant}”。` : correctionNoteOf(what);
}

/** Digits OCR reads as letters (l for 1, O for 0), as 疑数字误作字母（l/O） flags them. */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { l: '1', I: '1', O: '0', o: '0' };

/**
 * The words a flag suspects, as the quote prints them and as the original
 * meant them, where only one stretch of the quote fits: the flag's intended
 * word with the misread character in it (服务 → 臣务), a letter run among
 * digits (lO → 10), or the one misread character that makes a word of the
 * dictionary (`isWord`, Node's: 人 in 次人户 gives 入户, not 次入) with a
 * neighbour. None when the quote leaves it open.
 */
export function misreadWords(what: string, quote: string, isWord?: (word: string) => boolean): { printed: string; meant: string } | undefined {
  const swap = MEANT_CHARACTER.exec(what);
  const intended = INTENDED.exec(what)?.[1];
  if (intended && swap) {
    const printed = intended.split(swap[1]!).join(swap[2]!);
    return printed !== intended && quote.includes(printed) ? { printed, meant: intended } : undefined;
  }
  if (what.startsWith('疑数字误作字母')) {
    const runs = [...new Set(quote.match(/[\dlIOo]*[lIOo][\dlIOo]*/gu) ?? [])].filter((r) => /\d/u.test(r) || r.length > 1);
    return runs.length === 1 ? { printed: runs[0]!, meant: Array.from(runs[0]!, (c) => DIGIT_LETTERS[c] ?? c).join('') } : undefined;
  }
  if (!swap || !isWord) return undefined;
  const [meantChar, readChar] = [swap[1]!, swap[2]!];
  const chars = Array.from(quote);
  const found = new Map<string, string>();
  chars.forEach((c, i) => {
    if (c !== readChar) return;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (before && isWord(before + meantChar)) found.set(before + c, before + meantChar);
    if (after && isWord(meantChar + after)) found.set(c + after, meantChar + after);
  });
  const [only] = found;
  return found.size === 1 && only ? { printed: only[0], meant: only[1] } : undefined;
}

/** The reading a flag's grounds name: （据…；当作“服务”）. */
const INTENDED = /；当作“([^“”]+)”）$/u;

/** The character a flag suspects was meant: 疑“入”误作“人”, 疑“服”字误作“臣”. */
const MEANT_CHARACTER = /^疑“([^“”]+)”字?误作“([^“”]+)”/u;

/**
 * The note a correction the editor found by reading is proposed when none is
 * typed: each character of the corrected words that the original reads as
 * another, said (进万村人万户 → 进万村入万户: “入”误作“人”。). None when the two
 * differ otherwise (a character added or dropped): the editor says why.
 */
export function substitutionNote(original: string, corrected: string): string | undefined {
  const a = Array.from(original);
  const b = Array.from(corrected);
  if (a.length !== b.length) return undefined;
  const pairs = [...new Set(b.flatMap((ch, i) => (ch !== a[i] ? [`“${ch}”误作“${a[i]}”`] : [])))];
  return pairs.length ? `${pairs.join('，')}。` : undefined;
}

/** A flag's grounds, closing what it says: （据“服务”本文另见36处…；当作“服务”）. */
const GROUNDS = /（据[^（）]*）$/u;

/** One character read as another: “入”误作“人”. */
const SHAPE_MISREADING = /^“\p{Script=Han}”误作“\p{Script=Han}”$/u;

/** An open flag line of a draft's head (`# 待核：…`), and one the editor has read and settled (`# 已核：…`). */
const OPEN_FLAG = /^#\s*待核[：:]?\s*/u;
export const SETTLED_FLAG_OPENING = '已核：';

/** The frontmatter lines of a draft (what lies between the --- lines). */
const headLines = (text: string) => (/^---\r?\n([\s\S]*?\r?\n)---/.exec(text)?.[1] ?? '').split(/\r?\n/);

/** The open `# 待核` lines of a draft, in order, as written. */
export function openFlagLines(text: string): string[] {
  return headLines(text).filter((l) => OPEN_FLAG.test(l));
}

/** What an open flag line says, without its `# 待核：` opening: how the desk and publish show it and the desk names it back. */
export const flagWhat = (line: string) => line.replace(OPEN_FLAG, '').replace(/\r$/, '');

export class FlagError extends Error {}

/**
 * Marks open flags `numbers` (1-based, as openFlagLines lists them) settled:
 * `# 待核：无作者` becomes `# 已核：无作者`, so the draft keeps what was
 * read and publish (which leaves 已核 lines out of the case file) no longer
 * counts it open. Nothing else in the text changes.
 */
export function settleFlags(text: string, numbers: readonly number[], file = 'draft'): { text: string; settled: string[] } {
  const open = openFlagLines(text);
  const problems = numbers.filter((n) => !Number.isInteger(n) || n < 1 || n > open.length).map((n) => `${file}: there is no open “# 待核” line ${n} (the draft has ${open.length})`);
  if (problems.length) throw new FlagError(problems.join('\n'));
  const chosen = new Set(numbers);
  let k = 0;
  const head = /^---\r?\n[\s\S]*?\r?\n---/.exec(text)![0];
  const settled: string[] = [];
  const newHead = head.replace(/^#\s*待核[：:]?\s*(.*)$/gmu, (line: string, what: string) => {
    k += 1;
    if (!chosen.has(k)) return line;
    settled.push(what.replace(/\r$/, ''));
    return `# ${SETTLED_FLAG_OPENING}${what}`;
  });
  return { text: newHead + text.slice(head.length), settled };
}
