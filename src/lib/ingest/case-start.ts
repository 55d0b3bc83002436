/**
 * Where the cases of a document start, decided by the document's structure:
 * `案例一：` headings; 主题——副题 titles (on one line, or a title line and a
 * ——subtitle line); title + author lines; 一、/（一） headings when the
 * document's shape says they are the cases of a compilation (each followed by
 * a subtitle or author, marked as titles by the document, or naming different
 * places under a compilation's header) and not the sections of one essay;
 * otherwise one essay. Contents lines and a list of titles repeated later
 * are not cases; a compilation's header and 编者按 come before the first case.
 */
import { isSectionHeading } from '../mdx-text.ts';
import type { RegionIndex } from '../regions/divisions.ts';
import { COMMENTARY_MARKER, normalizePunctuation, NOTE_LABELS, NOTE_NAMES, POSTSCRIPT_NAMES, PREFACE_NAMES } from '../text.ts';
import { DATE_SOURCE } from './dates.ts';
import { loadRegionIndex } from '../node/region-index.ts';
import { regionMentions, resolvePlace } from './places.ts';
import { INSTITUTION_WORD, UNIT_END } from './unit-words.ts';
import { isIssueLine, isIssueNumberLine, isIssueOrColumn, lineAboveHeadline } from './kicker.ts';
import { tagWords } from './words.ts';
import { foldForMatching, printedForm } from './script-fold.ts';
import { holdsDashedSubtitle, isDashedSubtitle, withoutSubtitleDash } from './dashed-subtitle.ts';

export interface Paragraph {
  text: string;
  first: number;
  last: number;
}

export interface Span {
  /** First paragraph of the case's heading block (a bare 案例一 line, or the title). */
  start: number;
  titleIndex: number;
  subtitleIndex?: number;
  /** A kicker (引题, kicker.ts) printed above the title in smaller type: headline furniture, no subtitle. */
  kickerIndex?: number;
  /** The byline's first paragraph: under the title, or, over the text's first headline, above it in smaller type. */
  authorIndex?: number;
  /** The byline's last paragraph, where it takes more than one (authorIndex is its first). */
  authorLast?: number;
  /** Index after the case's last paragraph. */
  end: number;
  /**
   * First and last paragraph inside the span that are no text of the case: from the line that jumps it to another
   * page (（下转第2页）) to the line that opens its continuation there (（上接第1页）), other articles between (jump-lines.ts).
   */
  skip?: [number, number];
}

const NUMERAL = '[一二三四五六七八九十百零〇]+';
/**
 * A compilation's own number for a case, before its title or on a line of its own: 案例一：, 典型案例之二, 【案例1】, and
 * the serial 之一： (之二, 之三: the compilers' "number N of the series"). The one list of case numberings.
 */
const SERIAL_NUMBER = `之\\s*(?:${NUMERAL}|\\d{1,3})(?=\\s*[：:、.．])`;
const CASE_NUMBER = `(?:(?:典型)?案例\\s*之?\\s*(?:${NUMERAL}|\\d{1,3})|[【\\[]\\s*案例\\s*(?:${NUMERAL}|\\d{1,3})\\s*[】\\]]|${SERIAL_NUMBER})`;
const CASE_MARK = new RegExp(`^${CASE_NUMBER}\\s*(?:[：:、.．]|\\s|$)`, 'u');
/**
 * A compilation's number for a material on a line of its own over the title (经验一, 材料二, 典型经验之三): only alone, since
 * 经验一：… opening a line is as often an essay's own section head.
 */
const MATERIAL_NUMBER = `(?:典型)?(?:经验|材料)\\s*之?\\s*(?:${NUMERAL}|\\d{1,3})`;
const BARE_CASE_MARK = new RegExp(`^(?:${CASE_NUMBER}|${MATERIAL_NUMBER})\\s*[：:、.．]?$`, 'u');
/**
 * The serials that number an essay's sections as well as a compilation's cases: 之一： (a series' articles too) and a
 * material's number alone (经验一 over an essay's section as over a case's title).
 */
const SERIAL_MARK = new RegExp(`^(?:${SERIAL_NUMBER}|${MATERIAL_NUMBER}\\s*[：:、.．]?$)`, 'u');
const CASE_MARK_LEAD = new RegExp(`^${CASE_NUMBER}\\s*[：:、.．]?\\s*`, 'u');
const NUM_MARK = new RegExp(`^${NUMERAL}\\s*[、.．]`, 'u');
const PAREN_MARK = new RegExp(`^[（(](?:${NUMERAL}|\\d{1,2})[)）]`, 'u');
const CHAPTER_MARK = new RegExp(`^第(?:${NUMERAL}|\\d{1,3})[篇章节部分辑]`, 'u');
export const MD_MARK = /^#{1,6}\s+/u;
/** A volume of a series (第二辑, 第3卷) opening a line. */
const SERIES_VOLUME = new RegExp(`^第\\s*(?:${NUMERAL}|\\d{1,4})\\s*[辑卷册集]\\s*`, 'u');
/**
 * A volume or issue set on a line of its own under a compilation's title (第二辑, （第三辑）, 第3期, a bulletin's 第8期（总第56期）), bracketed
 * or not: a word of the source's title, not a heading's marker (a 第一辑 over cases heads a part, with words after it). The issue's
 * number is kicker.ts's pattern.
 */
export function isVolumeLine(text: string): boolean {
  const bare = text.trim().replace(/^[（(]\s*(.*?)\s*[)）]$/u, '$1');
  const volume = SERIES_VOLUME.exec(bare)?.[0] ?? '';
  // Nothing after a volume (a part's heading has its words there), or its issue's number (第三辑（总第12期）).
  const rest = bare.slice(volume.length);
  return rest === '' ? volume !== '' : isIssueNumberLine(rest);
}
/** A cover's mark of how far the document may go (内部资料, 注意保存, 仅供参考, 秘密★): printed beside the title, no word of it. */
const ONE_CIRCULATION_MARK = String.raw`(?:内部资料|内部刊物|内部发行|内部参阅|内部文件|注意保存|妥善保存|仅供参考|仅供内部参考|(?:秘密|机密|绝密)(?:[★\s]\S{0,8})?)`;
/** One mark or several on one line (内部资料　注意保存). */
export const CIRCULATION_MARK = new RegExp(`^${ONE_CIRCULATION_MARK}(?:[\\s\\u3000，,、]+${ONE_CIRCULATION_MARK})*$`, 'u');
const COMPILATION_TITLE = /选编|汇编|摘编|案例|经验做法|典型|集锦|摘录|选粹|做法选|专辑|合集/u;
/** A note's name as a heading line of its own, bracketed or letter-spaced (前　　言, 【编写说明】). */
function headingOf(names: readonly string[]): RegExp {
  return new RegExp(`^[【\\[]?(?:${names.map((name) => Array.from(name).join('\\s*')).join('|')})[】\\]]?$`, 'u');
}
/** The label of an editor's note, on its own line or before the note's first words, letter-spaced or not (编　者　按). */
export const NOTE_LABEL = new RegExp(`^[【\\[]?(?:${NOTE_LABELS.map((name) => Array.from(name).join('\\s?')).join('|')})[】\\]]?\\s*[:：]?\\s*`, 'u');
/** A compilation's 前言, 序言 or 编写说明 under its own heading line, letter-spaced or not (前　　言, 编 写 说 明): the compilers' note; in an article it is the author's own. */
export const PREFACE_LABEL = headingOf(PREFACE_NAMES);
/** A compilation's 后记 (编后记, 编后语) under its own heading line, letter-spaced or not (后　　记): after the last case, the compilers' closing note. */
export const POSTSCRIPT_LABEL = headingOf(POSTSCRIPT_NAMES);
/**
 * A part of a compilation over the cases it groups (第一部分　深入基层　一线服务群众, 第二篇 …): a part's marker with
 * its words. Taken as a part only where it stands right over a case's heading (document.ts), never as a case.
 */
export const PART_HEADING = new RegExp(`^第(?:${NUMERAL}|\\d{1,2})(?:部分|篇|编)[\\s\u3000:：、]*\\p{Script=Han}`, 'u');
/**
 * A part named for what it groups, with no number (县区篇, 部门篇, 典型案例篇): nouns, then 篇 as a word of its own (jieba's
 * measure word). 新篇, 诗篇 and 下一篇 are words of their own, and 这篇 names no part.
 */
function isNamedPart(text: string): boolean {
  const words = tagWords(text.trim());
  const last = words.at(-1);
  return len(text) <= 8 && words.length >= 2 && last?.word === '篇' && last.tag === 'q' && words.slice(0, -1).every((w) => /^(?:n|vn|j)/u.test(w.tag));
}
/** A part's heading, numbered (PART_HEADING) or named (isNamedPart): the heading of the cases under it, no article's headline. */
export const isPartHeading = (text: string) => PART_HEADING.test(text) || isNamedPart(text);
/**
 * The heading of what a teaching compilation prints after a case for its classes (思考题：, 讨论与思考): the
 * compilers' questions, not the text of the case, which another witness prints without them.
 */
export const APPARATUS_HEADING = /^[【\[]?(?:思考题|讨论题|研讨题|思考与讨论|讨论与思考|问题与思考|思考与练习|学习思考)[】\]]?\s*[:：]?$/u;
/** An item of such a list: 1．…, 一、…, （1）… */
/** The heading of a compilation's list of references or notes after its last case (参考文献, 注释): its apparatus. */
export const REFERENCES_HEADING = /^[【\[]?(?:主要)?(?:参考文献|参考资料|参考书目|注[\s\u3000]*释)[】\]]?\s*[:：]?$/u;
export const APPARATUS_ITEM = new RegExp(`^(?:\\d{1,2}\\s*[、.．](?!\\d)|${NUMERAL}\\s*、|[（(](?:\\d{1,2}|${NUMERAL})[)）])`, 'u');
/** An official notice's 文号 (〔2024〕12号). */
export const NOTICE_NUMBER = /[〔［\[]\s*\d{4}\s*[〕］\]]\s*\d{1,4}\s*号/u;
/** A 文号 on a line of its own (国发〔2015〕40号, 湘组通〔2024〕12号): the issuer's short name, the year, the number. */
export const NOTICE_NUMBER_LINE = new RegExp(`^[^\\s〔［\\[]{0,12}\\s*${NOTICE_NUMBER.source}$`, 'u');
/** An official notice's title (关于…的通知, …的指导意见): the title, not its red head (…文件) or its 文号. */
export const NOTICE_TITLE = /^关于.{2,80}的(?:通知|通报|(?:指导|实施|若干)?意见|决定|批复|函|报告|请示)$/u;
/** A label's name (他山之石, 图说洛阳): two to eight characters, no field (：) and no space inside. */
const LABEL_NAME = '[^【】\\s:：]{2,8}';
/** A name in 【】 (他山之石, 学习启示). The one shape of a bracketed label. */
const BRACKETED_NAME = `【${LABEL_NAME}】`;
/** A bracketed label alone on its line, whatever it names (a column, a note, a comment): what the label of each is. */
export const LABEL_LINE = new RegExp(`^${BRACKETED_NAME}$`, 'u');
/**
 * A bulletin's column over the case it heads (【他山之石】, 【经验交流】), a label alone on its line: the
 * bulletin's furniture, not the end of the case before it. Never the compilers' 【点评】 or a note's label (NOTE_NAMES:
 * 【编者按】, 【开栏的话】, 【编辑说明】…): the one list of them, so a label added there is never cut as a column.
 * A column is a name: a field in brackets (【责任编辑：张三】) is a labelled line, which the byline grammar reads
 * (chrome.ts isMetaLine), never a column.
 */
export const COLUMN_LABEL = new RegExp(`^(?!【(?:${[COMMENTARY_MARKER.slice(1, -1), ...NOTE_NAMES].join('|')}))${BRACKETED_NAME}$`, 'u');
/** A notice's attachment label on a line of its own (附件, 附件1, 附件2：, 附件三): it opens the attachment after it, so in a text it follows the case before. */
export const ATTACHMENT_LABEL = /^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$/u;
/**
 * A notice's 附件说明 (附件：…选编, 附件：1．…): the notice's own line naming what it sends, never the heading of what
 * follows. GB/T 9704 sets it so, no number before the colon: 附件1：… is an attachment's label with its heading.
 */
const ATTACHMENT_NOTE = /^附\s*件\s*[:：]\s*\S/u;
/**
 * A compiler's line under a compilation's title: a body's name (`unit`) and 编/编印/整理 (中共××省委组织部组织二处编,
 * …组织一科　编印), perhaps the printing date after it; or, in a bulletin's masthead, the body and the date alone
 * (中共某某县委组织部办公室　2014年3月20日).
 */
// The date sits after spaces or a tab stop; the .doc reader writes a tab as a bar (read/doc.ts), so a bar may stand there.
const TAB_BAR = String.raw`(?:[\s\u3000]*[|｜])?`;
const PRINTED_ON = String.raw`(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?)?`;
export const COMPILER = new RegExp(
  String.raw`^(?<unit>.{2,40}?[部处科股委办局厅室会社院组站所校心队司馆团])(?:[\s\u3000]*(?:编|编印|主编|选编|汇编|整理|编辑|编写|印发)(?:${TAB_BAR}[\s\u3000]*${PRINTED_ON})?|${TAB_BAR}[\s\u3000]+${PRINTED_ON})$`,
  'u',
);
/**
 * A compiler named without a unit's word under a compilation's title: a person or group and 编 or 主编, set apart
 * or not (张××　主编, ××编). A title's own 选编/汇编 closing a line of words is no compiler.
 */
const COMPILER_NAME = new RegExp(String.raw`^(?!.*[选汇摘改续合整]编$)[\p{Script=Han}×·]{2,12}[\s\u3000]*(?:主编|编印|编)(?:${TAB_BAR}[\s\u3000]+${PRINTED_ON})?$`, 'u');
/** A compiler's line: a unit's (COMPILER) or a name's. */
export const isCompilerLine = (text: string): boolean => COMPILER.test(text) || COMPILER_NAME.test(text);
/**
 * The compilers' lead closing on what follows (…座谈会…。现将发言摘编如下，供各单位参考。, 现将有关经验汇编如下：): their words over the cases,
 * never a case's; over the first case it is the compilation's header.
 */
export const COMPILER_LEAD = /现将[^。！？]{0,30}?(?:摘编|汇编|编印|整理|印发|刊发|摘登|选登|转发)如下(?:[，,][^。！？]{0,16})?[:：。]?$/u;
/**
 * A line that is only an organisation's name (中共营山县城南镇委员会, 中共北京市石景山区委组织部):
 * printed over a compilation's title it is the issuer, under a case's title the unit that signs it;
 * never a title and never a person, so never an author. A unit's research group (课题组, 调研组) signs its report so.
 */
// ×× stands for a name a document leaves out (中共××市委组织部), as published documents and their copies print it.
export const UNIT_LINE = new RegExp(`^(?!.*的)(?:中共|中国共产党)?[\\p{Script=Han}×]{2,30}?${UNIT_END}$`, 'u');
/**
 * A notice's 版记 at its very end: 抄送/抄报 lines, the 印发 line, "（此件公开发布）"; a bulletin's 报：/送：/发： lines and
 * its （共印50份）. One character and a colon may open a case's own last paragraph (送：一张便民卡…。群众说…), so a
 * 报/送/发 line is a list of recipients only: one sentence at most, no longer than a distribution list runs; a boxed
 * 专报 sets its lists and the print run on one line under the box (报：…。　送：…。　（共印50份）).
 */
export const COLOPHON = /^(?:抄送|抄报|分送|发送|报送)\s*[:：]|^(?:[报送发]\s*[:：][^。！？!?]{1,80}?[。.]?[\s\u3000]*)+(?:[（(]?\s*共印\s*\d{1,6}\s*份\s*[)）]?)?$|印发$|^[（(]此件.{0,12}[)）]$|^[（(]?\s*共印\s*\d{1,6}\s*份\s*[)）]?$/u;
/** The body that signs a notice or an announcement in its 落款: an organ (UNIT_LINE), or a firm's board (…股份有限公司董事会). */
export const isSigningUnit = (text: string) => UNIT_LINE.test(text) || /^(?!.*的)[^\s，。、]{2,30}?(?:董事会|监事会)$/u.test(text);
/** A post in a locality's government or Party organ (县政府办党总支书记, 县委常委宣传部长): where its holder works is what the text is about. */
const LOCAL_OFFICE = new RegExp(`${UNIT_END}|[省市县区州盟旗镇乡]委|街道`, 'u');
export const isLocalOffice = (role: string) => LOCAL_OFFICE.test(role);

const len = (s: string) => Array.from(s).length;

/** A footnote's mark as the readers write it ("[1]", "［1］", "①"): at the start of the note, and where the text refers to it. */
const NOTE_MARK = String.raw`(?:\[\d{1,3}\]|［\d{1,3}］|[①-⑳])`;
const NOTE_MARK_LEAD = new RegExp(`^\\s*(${NOTE_MARK})`, 'u');
const NOTE_MARK_END = new RegExp(`\\s*(${NOTE_MARK})$`, 'u');

/** The mark a footnote's line starts with, if any. */
export const noteMarkOf = (note: string): string | undefined => NOTE_MARK_LEAD.exec(note)?.[1];
/** The footnote mark a heading ends with, if any: a reference to a note when the document has that note (a series' ① may number the article). */
export const endingNoteMark = (heading: string): string | undefined => NOTE_MARK_END.exec(heading.trim())?.[1];
/** Every note mark a line ends with: a line may refer to two notes at once (…供稿[1][2]). */
const NOTE_MARKS_END = new RegExp(`(?:\\s*${NOTE_MARK})+$`, 'u');
/** A heading or line without the note marks it ends with. */
export const withoutEndingNoteMark = (heading: string): string => heading.trim().replace(NOTE_MARKS_END, '');
/** Every sign a text may refer to a note by: the marks above, asterisks, superscript digits. */
const NOTE_SIGNS = new RegExp(`${NOTE_MARK}|[＊*]+|[¹²³⁰-⁹]+`, 'gu');
/** A line without the note signs it carries, for comparing two printings of one line (a headline and its repeat with [1]). */
export const withoutNoteMarks = (text: string): string => text.replace(NOTE_SIGNS, '').trim();

/** The heading markers a title never keeps: "# ", "案例一：", "【案例1】", "之一：", "第一篇", "一、", "（一）", "1."; the words of the title stay. */
export function stripMarkers(text: string): string {
  return text
    .replace(/^>\s*/u, '')
    .replace(MD_MARK, '')
    // Markdown emphasis, code and links around a title's words (Markdown inputs keep their markup in the text).
    .replace(/\*\*|__|`/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(CASE_MARK_LEAD, '')
    .replace(new RegExp(`^第(?:${NUMERAL}|\\d{1,3})[篇章节部分辑]\\s*[：:、.．]?\\s*`, 'u'), '')
    .replace(new RegExp(`^${NUMERAL}\\s*[、.．]\\s*`, 'u'), '')
    .replace(new RegExp(`^[（(](?:${NUMERAL}|\\d{1,2})[)）]\\s*`, 'u'), '')
    .replace(/^\d{1,2}\s*[、.．](?!\d)\s*/u, '')
    .trim()
    // A headline a briefing prints in 【】 (【贡江镇推行…】) is a title without its brackets; a label's 【】 (【基层动态】,
    // 【点评】) stay, they are the label.
    .replace(/^【([^【】]+)】$/u, (label, words: string) => (COLUMN_LABEL.test(label) || label.startsWith(COMMENTARY_MARKER) || Array.from(words).length <= 8 ? label : words));
}

export function startsWithMarker(text: string): boolean {
  return CASE_MARK.test(text) || BARE_CASE_MARK.test(text) || MD_MARK.test(text) || CHAPTER_MARK.test(text) || ((NUM_MARK.test(text) || PAREN_MARK.test(text)) && isTitleLike(text));
}

/** A line that can be a title: short, no sentence inside; it may end in ” 》 ） ！ or ？ (headlines ask: 群众工作怎么做？). */
export function isTitleLike(text: string): boolean {
  const bare = stripMarkers(text);
  // A note's heading is no title, set as a heading or not (# 后记: the compilers' note, never a case of its own).
  const unmarked = text.replace(MD_MARK, '');
  if (len(text) > 80 || len(bare) < 2 || text === COMMENTARY_MARKER || NOTE_LABEL.test(text) || PREFACE_LABEL.test(text) || POSTSCRIPT_LABEL.test(unmarked) || ATTACHMENT_NOTE.test(unmarked)) return false;
  if (/[。；;]/.test(bare) || /[！!？?](?!$)/.test(bare)) return false;
  if (/[，、：:,（(“‘《—-]$/u.test(bare)) return false;
  return /\p{Script=Han}/u.test(bare) && !/^[\d\s\-/.年月日:：]+$/.test(bare);
}

const CONTENTS_HEADING = /^(?:目\s*录|目\s*次|本期要目|要\s*目|本期目录)$/u;

/** A table-of-contents line: a title, a leader or wide space, a page number. */
export function isContentsLine(text: string): boolean {
  if (CONTENTS_HEADING.test(text)) return true;
  return len(text) <= 90 && /\p{Script=Han}/u.test(text) && /(?:\.{3,}|…{2,}|·{3,}|-{3,}|—{4,}|_{3,}|\s{3,}|\t)\s*\d{1,4}$/u.test(text);
}

/**
 * The entries under a 目录 heading whose leaders the extraction made one space (a Word TOC field's tab): each a
 * title-like line ending in a page number, the run ending at the first line that is not one. Elsewhere a line
 * ending in a number is text (…共发放慰问金 3).
 */
const isEntryTitle = (text: string) => isTitleLike(text) || PREFACE_LABEL.test(text) || POSTSCRIPT_LABEL.test(text) || NOTE_LABEL.exec(text)?.[0] === text;

export function contentsEntries<P extends { text: string }>(ps: readonly P[]): Set<P> {
  const out = new Set<P>();
  let under = false;
  for (const p of ps) {
    if (CONTENTS_HEADING.test(p.text)) under = true;
    else if (under && len(p.text) <= 90 && /\s\d{1,4}$/u.test(p.text) && isEntryTitle(p.text.replace(/\s\d{1,4}$/u, ''))) out.add(p);
    else under = false;
  }
  return out;
}

/** Words a byline prints before names that are never names themselves: 本报记者, 通讯员, 特约记者…. */
/** Every date in a line (a byline may carry one). */
const DATES = new RegExp(DATE_SOURCE, 'gu');
/** How a post or title after a name ends (北京大学经济学院教授, 市委党校副校长). */
const POST_END = /(?:教授|讲师|研究员|博士|学者|专家|校长|院长|主任|书记|部长|局长|记者|编辑|委员|干部|代表|[长员任者授师家士])$/u;
/** The words a unit's name ends in: an institution or facility (places.ts's one list), an organ (UNIT_END), a Party school, a body, a centre. */
const UNIT_WORD = new RegExp(`(?:${INSTITUTION_WORD.source.slice(3, -1)}|研究中心|党校|协会|学会|中心|${UNIT_END.slice(3, -1)})`, 'u');
/** A line that is only a unit's name, an organ's (isSigningUnit) or a school's, hospital's, firm's or centre's (北京大学医学部新闻中心). */
export const isUnitName = (text: string) => isSigningUnit(text) || new RegExp(`^(?!.*的)\\p{Script=Han}{2,30}?${UNIT_WORD.source}$`, 'u').test(text);
/** How a unit's name opens for sure: with the country or the Party (中国人民大学, 中共嘉禾县委), or a place of the division data (北京大学). */
const NATIONAL = /^(?:中共|中国|中央|国家|国务院|全国|解放军)/u;
const opensWithPlace = (text: string) => NATIONAL.test(text) || regionMentions(Array.from(text).slice(0, 8).join(''), loadRegionIndex(), true, true).some((m) => m.at === 0);

/**
 * A name printed glued to its affiliation (方敏北京大学经济学院教授, 孙佑民中共嘉禾县委常委宣传部长): the name
 * ends where the affiliation begins, a unit's name (two characters or more before its unit word) followed
 * by a post. The affiliation must open as a unit's name surely does (a place, 中国, 中共), or end in a post
 * where only one split of the name leaves a unit's name; otherwise which characters are the name is unknown.
 * A unit alone (医技药剂党支部) is no name and its unit.
 */
function splitAffiliation(token: string): { name: string; role: string } | undefined {
  if (!/^\p{Script=Han}{5,40}$/u.test(token) || UNIT_LINE.test(token) || opensWithPlace(token)) return undefined;
  const chars = Array.from(token);
  const splits = [2, 3, 4]
    .map((n) => ({ name: chars.slice(0, n).join(''), role: chars.slice(n).join('') }))
    .filter(({ name, role }) => {
      const unit = UNIT_WORD.exec(role);
      return /^\p{Script=Han}{2,4}$/u.test(name) && !NOT_A_NAME.test(name) && !!unit && unit.index >= 2 && (POST_END.test(role) || new RegExp(`${UNIT_WORD.source}$`, 'u').test(role));
    });
  const sure = splits.find((s) => opensWithPlace(s.role));
  if (sure) return sure;
  const posted = splits.filter((s) => POST_END.test(s.role));
  return posted.length === 1 ? posted[0] : undefined;
}
/** A post, then the name it is printed before (研究员徐占忱): the name is what follows the last post word. */
const POSTED_NAME = /^(.*(?:研究员|教授|讲师|博士|主任|书记|部长|局长|院长|校长|所长|专家|学者))(\p{Script=Han}{2,4})$/u;
/**
 * A unit's name, then the name printed glued after it (武汉大学历史学院郭伦): the name is what follows the unit word,
 * two or three characters that are no unit and no post themselves (…统计局办公室 names no one; 方敏北京大学经济学院教授
 * is a name before its post, splitAffiliation's).
 */
const UNIT_THEN_NAME = new RegExp(`^(\\p{Script=Han}{2,30}?${UNIT_WORD.source})(\\p{Script=Han}{2,3})$`, 'u');
const unitThenName = (line: string) => {
  const m = UNIT_THEN_NAME.exec(line);
  return m && !/[省市县区委局办部院室处所厅会站队镇乡村网报社台刊校司心]$/u.test(m[2]!) && !UNIT_WORD.test(m[2]!) && !POST_END.test(m[2]!) ? m : null;
};
/**
 * The one list of role words a byline prints before names (本报记者, 通讯员, 评论员), an outlet's name perhaps
 * before the role (澎湃新闻记者, 半月谈记者): the role, never a name.
 */
// An outlet's name before the role may join its app and its paper with a middle dot (顶端新闻·河南商报记者).
// Its name may stand in 《》 (《财经》记者, 《中国经济周刊》 记者: the space is closed before the role is read).
const BYLINE_ROLE = /^(?:(?:本报|本刊|本台|本网|新华社)?(?:特约|见习|实习|首席|职工)?(?:记者|通讯员|评论员|实习生|撰稿人?|摄影|摄|编辑)|(?:\p{Script=Han}[\p{Script=Han}·・]{1,14}?|《[^《》]{1,14}》)(?:特约|见习|实习|首席)?(?:记者|通讯员|评论员)|整合|编译|综合|报道)$/u;
/**
 * An editor's credit in a byline, after the reporters (每经编辑 陈星, 编辑 李四, an outlet's name before it or none): the
 * names after it edited the text and never wrote it, so none is an author.
 */
const EDITOR_ROLE = /^(?:\p{Script=Han}{0,8}?|《[^《》]{1,14}》)(?:编辑|责编|责任编辑)$/u;
/** An outlet in 《》 before a reporter's or an editor's role, spaced from it or not (《中国经济周刊》 记者): one role word. */
const BRACKETED_OUTLET = /(《[^《》\s]{1,14}》)\s*(?=(?:特约|见习|实习|首席)?(?:记者|通讯员|评论员)|编辑|责编|责任编辑)/gu;
/** An editor's credit closing a byline as name/编辑 (白兆东/文 李恩树/编辑): the editor's, not the byline's. */
const EDITOR_CREDIT_AFTER = /(\S)\s+[^\s/／]{2,4}\s*[/／]\s*(?:编辑|责编)$/u;
/**
 * Two to four Han characters that are no one's name: dates, page furniture, section names, a title or post,
 * though as short as a name (宣传部长, 主任, 同志), what a site writes in 作者： when no one wrote it (网络整理, 佚名, 不详),
 * and the notes a text closes with in brackets (（全文完）, （有删节）), which read as names (全 and 有 are surnames).
 */
const NOT_A_NAME =
  /^(?:全文完|本文完|未完|待续|未完待续|有删节|有删改|有改动|不详|未知|不明|网络整理|本站整理|综合整理|网络|网友|佚名|匿名|本站|整理|整合|编译|综合|报道|图集|摄|展开|收起|直播|倍速|高清|超清|标清|播放|昨天|今天|前天|明天|今日|昨日|本报|本网|作者|来源|编辑|责编|小编|调整字体|字体|字号|标准|默认|打印|纠错|网摘|商城|分享|推荐|收藏|关闭|评论|微信|微博|返回|更多|查看更多|首页|正文|(?:新闻|工作|图片|要闻|基层|党建)?动态|要闻|时政|专题|编者按|编者|按语|开栏的话|开篇的话|摘要|前言|引言|目录|附件|点评|导读|序言|后记|供稿|来稿|供图|报送|(?:单位)?(?:盖章|签章|公章|印章|签字|签名))$|(?:[部处科局厅县市镇乡村社院校所站组队]长|主任|书记|委员|常委|记者|通讯员|评论员|编辑|主编|干部|代表|秘书|专员|调研员|科员|同志|作者)$/u;

/**
 * The vertical bars a label is set off from its value with (文丨…, 作者︱…, 编辑｜…): ASCII and full-width bars,
 * 丨 (a Han stroke pages use as one), the vertical forms ︱ and box-drawing │ ┃. One list for every reader of labels.
 */
export const BARS = '|｜丨︱│┃';
/** A label's name, then a bar, then the rest of the line (图说洛阳| 洛阳职业技术学院：…). */
const BARRED_LABEL = new RegExp(`^(${LABEL_NAME})\\s*[${BARS}]\\s*(\\S.*)$`, 'u');

/**
 * A column's name set before a bar at the head of a headline (图说洛阳| …, 书记市长这一周 | …): headline furniture, as a
 * kicker is, and the words after the bar the headline. A label's name, with a Han character, no bar in it or after
 * (a row of menu items is no headline), and a headline after it; a line the byline grammar reads (作者｜张三) is a byline.
 */
export function barredColumnOf(line: string): { column: string; headline: string } | undefined {
  const m = BARRED_LABEL.exec(line.trim());
  if (!m || !/\p{Script=Han}/u.test(m[1]!) || new RegExp(`[${BARS}]`, 'u').test(m[1]! + m[2]!) || parseAuthorLine(line)) return undefined;
  return Array.from(m[2]!).length >= 4 ? { column: m[1]!, headline: m[2]! } : undefined;
}
/**
 * Whether jieba's dictionary reads a name-like token as common words: its first word two characters or more and
 * no person's (热点|栏目, 客户端, 责任); a name opens with a one-character surname (周|建华) or is a name it knows.
 */
function isCommonWord(token: string): boolean {
  const first = tagWords(token)[0];
  return !!first && len(first.word) >= 2 && !first.tag.startsWith('nr');
}

/**
 * A byline in brackets closing the last paragraph: …。（张巨峰）, …。(文/图 刘玺东 易赛楠), …。（评论员 ××）: in every reader's
 * text. Damage may have taken its closing bracket (…。（记者宋晨、田中全、胡�础⒑钗睦ぃ�: bytes read in the wrong encoding,
 * U+FFFD where they failed): the bracket still runs to the paragraph's end, and the names before the damage are legible.
 */
export const CLOSING_BYLINE = /([。！？”])\s*([（(【][^（）()【】]{2,40}[)）】]|[（(][^（）()]{2,40}\uFFFD[^（）()]{0,20})$/u;
/**
 * A bracketed byline's words before the damage that took its closing bracket (U+FFFD, the mark of bytes no decoder
 * could read): the name the damage began in is no name, and the bracket is closed. Any other line as it is: damage
 * inside a title or a sentence makes no byline of the words before it.
 */
function legibleByline(line: string): string {
  const at = line.indexOf('\uFFFD');
  if (at < 0 || !/^[（(][^（）()]*$/u.test(line)) return line;
  return `${line.slice(0, at).replace(/[、，,\s\u3000]*[^、，,\s\u3000]*$/u, '')}）`;
}
/** How an outlet's name ends: its kind (…报, …网, …新闻, …客户端). */
const OUTLET_KIND = /(?:报|网|社|台|刊|杂志|新闻|客户端)$/u;
/** A name and the outlet it writes for, parted by a slash (石佳/中国青年报, 张三／澎湃新闻). */
const OUTLET_SIGNED = new RegExp(String.raw`^(\p{Script=Han}{2,4})\s*[/／]\s*[^\s/／]{1,14}?${OUTLET_KIND.source}`, 'u');

/** A writer's credit (马俊峰/文), a pictures' credit (受访者供图, 张三摄, 李四/图) run on after it or none: the words before /文 are the byline. */
export const WRITER_CREDIT = /^(\S.{1,40}?)\s*[/／]\s*文(?:\s*\S{2,10}?(?:供图|摄影?|[/／]\s*图))?$/u;

/** A byline naming only a role, no person (（经济日报评论员）, 本报记者): it signs the text, and gives no author. */
export const isRoleOnlyByline = (text: string) => /^\p{Script=Han}{0,12}?(?:特约|首席|本报|本刊)?(?:评论员|记者|通讯员)$/u.test(text.replace(/^[（(]|[)）]$/gu, ''));

/**
 * A unit credited with supplying or sending the text (中共××县委组织部 供稿, （××街道报送）): a compilation's line under a
 * case's title that signs it as a unit, as UNIT_LINE does; the credit word is no one's name.
 */
const SUPPLIED_BY = /^[（(]?(?!.*的)((?:中共|中国共产党)?[\p{Script=Han}×]{4,30}?)[\s\u3000]*(?:供稿|来稿|报送|推荐)[)）]?$/u;
/** Word classes no unit's name holds (jieba's tags): a verb, preposition, particle, adverb or conjunction makes the words a sentence. */
const NOT_OF_A_UNIT = /^[vpudc]$/u;
/**
 * Whether a line credits a unit with the text (SUPPLIED_BY) and the words credited name a body: not a person (张三同志推荐,
 * 李明书记推荐: a title or post ends them) nor a sentence ending in the credit word (经支部大会研究决定推荐).
 */
function suppliedByUnit(line: string): boolean {
  const words = SUPPLIED_BY.exec(line)?.[1];
  return !!words && !/(?:同志|先生|女士)$/u.test(words) && !POST_END.test(words) && !tagWords(words, true).some((w) => NOT_OF_A_UNIT.test(w.tag));
}

/** A unit's credit in brackets (（古陶镇党委供稿）): closing a text, it says who supplied it — its byline (a unit, so no author), no words of it. */
export const isSupplyCredit = (text: string) => /^[（(].*[)）]$/u.test(text) && suppliedByUnit(text);

/**
 * A line under a case's title naming only where the case is from, in brackets as compilers set it (（湖北省）,
 * （北京市石景山区）): administrative names alone, each ending in its level's word. It signs the case as a unit line does.
 * Unbracketed, such words end many a headline (走进石景山区), so only the brackets make it a place line.
 */
const PLACE_LINE = /^[（(](?:\p{Script=Han}{2,12}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|旗|区|镇|乡|街道)){1,4}[)）]$/u;

/** A byline under a title: names (with their role), only the unit or place that signs the text; a note's mark after it (…供稿[2]) is the note's. */
export const isBylineLine = (text: string) => {
  const line = withoutEndingNoteMark(text);
  return !!parseAuthorLine(line) || UNIT_LINE.test(line) || suppliedByUnit(line) || isPlaceLine(line);
};
/** A township's or street's name closing a place line (八角街道, 松木乡): the division data may not list it. */
const TOWNSHIP_TAIL = /^\p{Script=Han}{1,8}?(?:镇|乡|街道)$/u;

/**
 * A place line's words are the division data's names, one after another from the first character (湖北省, 北京市石景山区),
 * and at most a township after them: a bracketed sentence ending in a place (（以下内容摘自盐津县）, （图为永善县务基镇）)
 * is the text's, not a signature, and places nothing.
 */
export function isPlaceLine(text: string): boolean {
  const line = withoutEndingNoteMark(text);
  if (!PLACE_LINE.test(line)) return false;
  const inner = line.slice(1, -1);
  const names = regionMentions(inner, loadRegionIndex(), false);
  let at = 0;
  for (let next = names.find((m) => m.at === at); next; next = names.find((m) => m.at === at)) at += next.name.length;
  return at > 0 && (at === inner.length || TOWNSHIP_TAIL.test(inner.slice(at)));
}

/**
 * Names in a byline: 崔章程 / 永善县政府办党总支书记 肖文杰 / …工委  徐 平 王书银 /
 * 作者：… / 文/… / 文丨… / 采写：南都见习记者 … / （作者系…） / 本报记者 徐平 通讯员 王书银 / 本报讯（记者 肖文杰）. Role words
 * (本报记者, 通讯员, 宣传部长) and page furniture (调整字体, 昨天) are never names.
 */
export function parseAuthorLine(byline: string, outlets: ReadonlyArray<string | undefined> = []): Array<{ name: string; role?: string }> | undefined {
  // A note's mark closing the byline (龙秀英[1]: the author's 作者简介 at the page's foot) is the note's, no part of a name.
  const text = withoutEndingNoteMark(byline);
  // The grammar is written in simplified characters; a traditional byline (中央社記者溫貴香) is read folded, and its
  // names and roles are given as printed (溫貴香).
  const folded = foldForMatching(text);
  const found = parseSimplifiedAuthorLine(folded, outlets.filter((o): o is string => !!o));
  if (!found || folded === text) return found;
  let from = 0;
  return found.map((a) => {
    const name = printedForm(text, folded, a.name, from);
    if (name) from = name.end;
    const role = a.role === undefined ? undefined : (printedForm(text, folded, a.role)?.printed ?? a.role);
    return { ...a, name: name?.printed ?? a.name, ...(role === undefined ? {} : { role }) };
  });
}

/**
 * The outlet a byline names before its names (文｜财新 余聪 on 财新网's page): the page's publisher, its source or its
 * site name begins with the word (财新 in 财新网). It says whose the piece is, as 石佳/中国青年报 does, and is no author.
 * Only a name an outlet's kind ends (…网, …报, …新闻) is an outlet's: a blog named after its writer (张三的博客) is none.
 */
const isOutletWord = (word: string, outlets: readonly string[]) => len(word) >= 2 && outlets.some((o) => o.startsWith(word) && OUTLET_KIND.test(o));

function parseSimplifiedAuthorLine(text: string, outlets: readonly string[] = []): Array<{ name: string; role?: string }> | undefined {
  // A box or bullet papers set before a byline (□ 本报记者 葛灵丹) is a mark, not a word of it.
  let line = legibleByline(text).replace(/^[□■◇◆○●▲△]\s*/u, '').replace(/^[（(【\[]([^（）()【】\[\]]*)[)）】\]]$/u, '$1');
  // 白兆东/文 李恩树/编辑: the editor's credit after the writer's is no part of the byline.
  line = line.replace(EDITOR_CREDIT_AFTER, '$1');
  // 记者马俊峰/文受访者供图: the writer's credit (…/文) with the pictures' credit run on after it; the writer signs the text.
  const written = WRITER_CREDIT.exec(line);
  if (written) line = written[1]!;
  // 石佳/中国青年报: a name, a slash, the paper it writes for. The outlet is the source, the name the author.
  const forOutlet = OUTLET_SIGNED.exec(line);
  if (forOutlet && !NOT_A_NAME.test(forOutlet[1]!) && !BYLINE_ROLE.test(forOutlet[1]!) && !isCommonWord(forOutlet[1]!)) return [{ name: forOutlet[1]! }];
  const labelled = /^作者\s*[:：]/u.test(line);
  const unlabelled = line;
  line = line.replace(new RegExp(`^(?:文\\s*[/／]?\\s*图|图\\s*[/／]?\\s*文)(?:\\s*[:：/／${BARS}]\\s*|\\s+)|^(?:作者|文字|文|撰稿|撰文|执笔|采写|采访)\\s*[:：/／${BARS}]\\s*|^作者(?:系|为|是)`, 'u'), '');
  const hasLabel = line !== unlabelled;
  // （作者韩涵系政邦智库研究员）: the note names the author before his post.
  const noted = /^作者(\p{Script=Han}{2,4}?)(?:系|为|是)(\S{2,40})$/u.exec(line);
  if (noted && !NOT_A_NAME.test(noted[1]!)) return [{ name: noted[1]!, role: noted[2]! }];
  // 张明远　李　琳（中共丹棱县委组织部）: names, then in brackets the unit they work in, a journal's byline; the unit is
  // each name's affiliation, never a name.
  const affiliated = /^([^（）()]+?)[\s\u3000]*[（(]([^（）()]+)[)）]$/u.exec(line);
  const unitNames = affiliated && UNIT_LINE.test(affiliated[2]!) ? parseSimplifiedAuthorLine(affiliated[1]!, outlets) : undefined;
  if (unitNames?.every((a) => !a.role)) return unitNames.map((a) => ({ ...a, role: affiliated![2]! }));
  line = line.replace(/^[\p{Script=Han}\d]{2,16}[讯电]\s*(?=[（(])/u, '').replace(/^[（(]|[)）]$/gu, '');
  // 中央社记者温贵香台北21日电: the reporter, then where and when she filed; the place (jieba's place words of two
  // characters or more: 台北, not the 香 it cuts from 温贵香) is no name.
  const filed = /^(.*?)(\p{Script=Han}{2,12})(?:\d{1,2}月)?\d{1,2}日[电讯]$/u.exec(line);
  if (filed) {
    const words = tagWords(filed[2]!);
    while (words.length && words.at(-1)!.tag.startsWith('ns') && len(words.at(-1)!.word) >= 2) words.pop();
    line = `${filed[1]}${words.map((w) => w.word).join('')}`;
  }
  // A byline may carry its date and time beside the names (记者 苏晓梅 2013-07-10 08:35), and its role a colon (记者：…).
  line = line.replace(DATES, ' ').replace(/((?:记者|通讯员))\s*[:：]\s*/gu, '$1 ').trim();
  if (labelled) line = line.replace(/[，,]/gu, ' ');
  // 东方网记者曹磊5月13日报道：, a lead naming its reporter: the names before the day; （姚峰 上海报道）: before where he filed (本报记者 王五报道 names him).
  // 王红茹|北京报道: a bar may part the name from where he filed.
  line = withoutGluedFilingPlace(line);
  line = line.replace(new RegExp(`(?:(?<!记者|通讯员)(?:\\s+|\\s*[${BARS}]\\s*)\\p{Script=Han}{2,6}(?=报道))?\\s*(?:\\d{1,2}月\\d{1,2}日)?\\s*报道\\s*[:：]?$`, 'u'), '');
  // 《中国经济周刊》 记者: the outlet's name in 《》 and the role are one role word, and its brackets are no sentence's.
  line = line.replace(BRACKETED_OUTLET, '$1');
  // 作者：…研究部部长、研究员徐占忱: a labelled name printed after its posts is the words after the last post; 作者：武汉大学
  // 历史学院郭伦, after its unit, the words after the unit's.
  const posted = labelled ? (POSTED_NAME.exec(line) ?? unitThenName(line)) : null;
  if (posted && !/\s/.test(posted[2]!) && !NOT_A_NAME.test(posted[2]!)) return [{ name: posted[2]!, role: posted[1]! }];
  if (len(line) > 50 || /[。，！？：:“”《》（）()]/.test(line.replace(BRACKETED_OUTLET, ''))) return undefined;
  // 记者肖文杰 printed without a space: the role word and the name apart.
  line = line.replace(/((?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员))(?=\p{Script=Han}{2,4}(?:[\s、，,]|$))/gu, '$1 ');
  const tokens = line.split(/[\s\u3000、，,&＆]+/).filter(Boolean);
  // Two-character names are printed with a space inside (徐 平): put them back together.
  const merged: string[] = [];
  for (const t of tokens) {
    const prev = merged.at(-1);
    if (prev !== undefined && len(prev) === 1 && len(t) === 1) merged[merged.length - 1] = prev + t;
    else merged.push(t);
  }
  while (merged.length > 1 && isOutletWord(merged[0]!, outlets)) merged.shift();
  const personal = (t: string) => /^[\p{Script=Han}]{2,4}$/u.test(t) && !NOT_A_NAME.test(t) && !BYLINE_ROLE.test(t);
  // Without a role word before it, a name must not read as a unit (…县委, …工会).
  // Nor as a medium (北方网, 石景山报, 新华社).
  // Under a label (作者：杨仕省) a name may end in a unit's character: a one-character surname, then no place word, is a
  // person's name as jieba reads it (杨|仕|省), where a unit is one word or a place (湖南省, 张家村, 李|新村).
  const surnameLed = (t: string) => {
    const words = tagWords(t);
    return words[0]?.tag === 'nr' && len(words[0].word) === 1 && words.every((w) => !w.tag.startsWith('ns'));
  };
  const isName = (t: string) => personal(t) && (!/[省市县区委局办部院室处所厅会站队镇乡村网报社台刊]$/u.test(t) || (hasLabel && surnameLed(t)));
  // 本报记者 徐平 通讯员 王书银: each name takes the role word before it.
  if (merged.some((t) => BYLINE_ROLE.test(t) || EDITOR_ROLE.test(t))) {
    const out: Array<{ name: string; role: string }> = [];
    let role: string | undefined;
    let editing = false;
    for (const t of merged) {
      // 每经记者 吴林静 何强 每经编辑 陈星: the editors after the reporters are credited, not authors.
      if (EDITOR_ROLE.test(t)) [role, editing] = [undefined, true];
      else if (BYLINE_ROLE.test(t)) [role, editing] = [t, false];
      else if (editing) continue;
      else if (role && personal(t)) out.push({ name: t, role });
      // 新华网黑龙江频道 记者 伊琳: the outlet the reporters write for, before their role.
      else if (!role && !out.length && /(?:网|报|社|台|频道)$/u.test(t)) continue;
      else return undefined;
    }
    return out.length ? out : undefined;
  }
  // 作者：方敏，北京大学经济学院教授: a labelled name first, its post after it.
  const post = merged.slice(1).join('');
  if (labelled && merged.length >= 2 && personal(merged[0]!) && POST_END.test(post)) return [{ name: merged[0]!, role: post }];
  const glued = merged.length === 1 ? splitAffiliation(merged[0]!) : undefined;
  if (glued) return [glued];
  const names: string[] = [];
  while (merged.length > 0 && isName(merged.at(-1)!)) names.unshift(merged.pop()!);
  if (names.length === 0) return undefined;
  const role = merged.join('');
  // With neither role nor label (作者：, 执笔/), only the names' form says they are names: a common word (热点栏目, 客户端, 发稿) is none.
  if (!role && !hasLabel && names.some(isCommonWord)) return undefined;
  // A unit ends in its kind of body (…县委, …组织部, …街道, …社区, …镇): a phrase before names that does not is no byline.
  if (role && !/(?:[委局办部院室处所厅会站队记长员表任者人镇乡]|街道|社区)$/u.test(role)) return undefined;
  // A place's kind (社区, 镇) also ends a slogan (情系社区 为民, 和谐社区 共建): before a common word, as with no role
  // at all, the line is words, not a unit and a person. A name that is also a word stays in the text, never an author.
  // The kind alone (社区 王芳) names no unit either.
  const placeKind = /(?:[镇乡]|街道|社区)$/u.exec(role)?.[0];
  if (placeKind && (names.some(isCommonWord) || role === placeKind)) return undefined;
  return names.map((name) => (role ? { name, role } : { name }));
}

/**
 * 本报记者覃剑长沙报道: where the reporter filed, printed with no space after his name, is cut only where the division
 * data names the words before 报道 a place (长沙, 山东冠县) and a name of two to four characters stays before it: 记者王五报道
 * and 记者李长沙报道 keep their names whole.
 */
function withoutGluedFilingPlace(line: string): string {
  const filed = /^(.*?)(\p{Script=Han}+)((?:\d{1,2}月\d{1,2}日)?\s*报道\s*[:：]?)$/u.exec(line);
  if (!filed) return line;
  const [before, glued, tail] = [filed[1]!, filed[2]!, filed[3]!];
  const named = regionMentions(glued, loadRegionIndex(), true, true);
  let at = glued.length;
  for (let place = named.find((m) => m.at + m.name.length === at); place && place.at > 0; place = named.find((m) => m.at + m.name.length === at)) at = place.at;
  const name = glued.slice(0, at).replace(/^.*(?:记者|通讯员|评论员|实习生)/u, '');
  return at < glued.length && /^\p{Script=Han}{2,4}$/u.test(name) ? `${before}${glued.slice(0, at)}${tail}` : line;
}

/** What the document's structure says of a line's type: its heading level and size. */
type HeadingType = Pick<Context, 'levels' | 'sizes'>;

interface Context {
  /** Heading levels the document's structure gives, by first line. */
  levels: ReadonlyMap<number, number>;
  /** Type sizes (pt) of the lines the structure gives a size, by first line. */
  sizes?: ReadonlyMap<number, number>;
  metaTitle?: string;
  regions: RegionIndex;
  /** Lines that stand in a table (attachments.ts): a table's row is never a title line. */
  tables?: ReadonlySet<number>;
  /** The reader took a periodical's issue line (第7期) out of the text with its masthead: the text is an issue. */
  issued?: boolean;
}

const key = (text: string) => normalizePunctuation(stripMarkers(text)).replace(/[\s\p{P}]/gu, '');

/** The heading block starting at i: 案例 marker line, title, ——subtitle line, author line. */
function headingBlock(ps: readonly Paragraph[], i: number, type?: HeadingType): Span {
  let start = i;
  let titleIndex = i;
  if (BARE_CASE_MARK.test(ps[i]!.text.replace(MD_MARK, '')) && ps[i + 1] && isTitleLike(ps[i + 1]!.text)) titleIndex = i + 1;
  let j = titleIndex;
  let subtitleIndex: number | undefined;
  let kickerIndex: number | undefined;
  let bylineAbove: number | undefined;
  const next = ps[j + 1]?.text;
  if (next && isDashedSubtitle(next) && isTitleLike(withoutSubtitleDash(next))) subtitleIndex = j = j + 1;
  else if (type) {
    // Papers print a line in smaller type just below the headline (副题: its subtitle) or above it (引题: a kicker,
    // headline furniture, neither subtitle nor body), with no dash.
    const level = (k: number) => (ps[k] ? type.levels.get(ps[k]!.first) : undefined);
    const size = (k: number) => (ps[k] ? type.sizes?.get(ps[k]!.first) : undefined);
    const own = level(titleIndex);
    // A level says less than a size: a compilation's title over its first case is ranked below the cases (they are
    // the many) yet set larger, and heads them all; a subtitle is set smaller, so a line in the headline's size is none.
    // A line whose size is stated over a headline whose size is not (a 推荐表's title in 18 pt over a case title in a
    // form's cell, set in the style's size) is not shown to be smaller: the document's title, no 引题.
    const notSmallerType = (k: number) => (size(k) !== undefined && size(titleIndex) === undefined) || (size(k) ?? 0) >= (size(titleIndex) ?? Infinity);
    const smallerType = (k: number) => own !== undefined && (level(k) ?? 0) > own && !notSmallerType(k);
    if (smallerType(j + 1) && isSubtitleLike(ps[j + 1]!.text) && !headsSections(ps, j + 1, type)) subtitleIndex = j = j + 1;
    else if (titleIndex === i && i > 0) {
      // A line above the headline: kicker.ts decides, from its type and its words, whether it is a kicker or a byline.
      const text = ps[i - 1]!.text;
      const above = lineAboveHeadline({ text, smallerType: smallerType(i - 1), headlineWords: isSubtitleLike(text), names: !!parseAuthorLine(text), opensText: i === 1 });
      if (above === 'kicker') kickerIndex = start = i - 1;
      else if (above === 'byline') bylineAbove = start = 0;
    }
  }
  let authorIndex: number | undefined = bylineAbove;
  let authorLast: number | undefined;
  if (ps[j + 1] && isBylineLine(ps[j + 1]!.text)) authorIndex = authorLast = j + 1;
  // A byline may take several lines (本报记者 … / 通讯员 …, an author box and a 文/… line): each names its people, none is text.
  while (authorLast !== undefined && authorLast + 2 < ps.length && parseAuthorLine(ps[authorLast + 1]!.text)) authorLast++;
  return {
    start,
    titleIndex,
    ...(subtitleIndex !== undefined ? { subtitleIndex } : {}),
    ...(kickerIndex !== undefined ? { kickerIndex } : {}),
    ...(authorIndex !== undefined ? { authorIndex } : {}),
    ...(authorLast !== undefined && authorLast !== authorIndex ? { authorLast } : {}),
    end: ps.length,
  };
}

/**
 * Whether the heading at k, right under a headline, is set at a level (and size, where known) the text also gives
 * its own section heads further down: then it heads the text's first section, no subtitle (a WeChat article's <h2>
 * 分享一些近期的想法 over the text, its later heads <h2> too). A line at that level right under another headline (a
 * newspaper page's second article's subtitle) is no section head and proves nothing; a lone one stays the subtitle.
 * Back matter at that level (后记, 思考题) heads no section of the text: it leaves the subtitle lone.
 */
function headsSections(ps: readonly Paragraph[], k: number, type: HeadingType): boolean {
  const levelOf = (m: number) => type.levels.get(ps[m]!.first);
  const sizeOf = (m: number) => type.sizes?.get(ps[m]!.first);
  const headline = levelOf(k - 1);
  const sameType = (m: number) => levelOf(m) === levelOf(k) && sizeOf(m) === sizeOf(k);
  const backMatter = (m: number) => POSTSCRIPT_LABEL.test(ps[m]!.text) || APPARATUS_HEADING.test(ps[m]!.text);
  return ps.some((_, m) => m > k + 1 && sameType(m) && levelOf(m - 1) !== headline && !backMatter(m));
}

/** A line that may be a headline's subtitle: a title's words, not a section, byline, marker or note label. */
function isSubtitleLike(text: string): boolean {
  const n = len(text);
  // A line wholly in brackets under a headline is its note (题注: （2007年6月29日…通过）), not a subtitle.
  // A 副题 may set two clauses apart with a semicolon (…攒钱再手术；目前已被取保候审), as no title does.
  return n >= 6 && n <= 50 && isTitleLike(text.replace(/[；;](?=.)/gu, '，')) && !startsWithMarker(text) && !isBylineLine(text) && !isCompilerLine(text) && !NOTE_LABEL.test(text) && !PREFACE_LABEL.test(text) && !/^[【\[]/.test(text) && !/^[（(][^（）()]*[)）]$/u.test(text);
}

/** Index of the last paragraph of a case's heading block (title, subtitle or author line). */
export const lastOf = (s: Span) => Math.max(s.titleIndex, s.subtitleIndex ?? -1, s.authorLast ?? s.authorIndex ?? -1);

/** Candidates that are no case: a title repeated later (a contents list), a heading with no body before the next. */
function prune(ps: readonly Paragraph[], candidates: number[], type?: HeadingType): Span[] {
  const later = new Map<string, number>();
  // A bare 案例一 line is keyed by the title under it: every bare mark alone keys to nothing.
  const keys = candidates.map((i) => key(ps[headingBlock(ps, i, type).titleIndex]!.text) || `#${i}`);
  candidates.forEach((i, k) => later.set(keys[k]!, i));
  const kept = candidates.filter((i, k) => later.get(keys[k]!) === i);
  const spans = kept.map((i) => headingBlock(ps, i, type));
  return spans.filter((s, k) => {
    const next = spans[k + 1];
    return lastOf(s) + 1 < (next ? next.start : ps.length);
  });
}

function withEnds(spans: Span[], total: number): Span[] {
  return spans.map((s, k) => ({ ...s, end: spans[k + 1]?.start ?? total }));
}

/** One author's essay opens with its title and author line, or with its own introduction (before any 编者按). */
function opensAsEssay(ps: readonly Paragraph[], spans: Span[]): boolean {
  const header = ps.slice(0, spans[0]!.start);
  const noteAt = header.findIndex((p) => /^编者按/.test(p.text));
  const beforeNote = noteAt >= 0 ? header.slice(0, noteAt) : header;
  return header.some((p) => parseAuthorLine(p.text)) || beforeNote.some((p) => !isTitleLike(p.text));
}

/**
 * Whether the lead under a headline takes up its subject, the headline's first words (衡山镇“周末议事会”… / 衡山镇在12个
 * 社区推行…): a news item reporting who did what, as each item of a 简报's issue is. An article's own section heads
 * (坚持晚上上门) head a part of it, whose text goes on without restating them.
 */
function leadTakesUp(ps: readonly Paragraph[], s: Span): boolean {
  const subject = Array.from(stripMarkers(ps[s.titleIndex]!.text).replace(/[\p{P}\s]/gu, '')).slice(0, 3).join('');
  const lead = /^[^。！？]*/u.exec(ps[lastOf(s) + 1]?.text ?? '')![0];
  return Array.from(subject).length === 3 && lead.includes(subject);
}

/** Whether numbered or marked headings are the cases of a compilation rather than one essay's sections. */
function isCompilation(ps: readonly Paragraph[], spans: Span[], ctx: Context): boolean {
  // Section heads (一、基本情况) under an essay's opening are its own, even set in Word's Heading 1 (a 调研报告's).
  if (spans.every((s) => isSectionHeading(ps[s.titleIndex]!.text)) && opensAsEssay(ps, spans)) return false;
  const n = spans.length;
  if (spans.filter((s) => s.subtitleIndex !== undefined || s.kickerIndex !== undefined || s.authorIndex !== undefined).length * 2 >= n) return true;
  if (spans.filter((s) => ctx.levels.get(ps[s.titleIndex]!.first) === 1).length * 2 >= n && n >= 2) return true;
  const header = ps.slice(0, spans[0]!.start);
  if (opensAsEssay(ps, spans)) return false;
  if (header.some((p) => COMPILATION_TITLE.test(p.text))) return true;
  if ((ctx.issued || header.some((p) => isIssueLine(p.text))) && spans.every((s) => leadTakesUp(ps, s))) return true;
  const places = new Set(spans.map((s) => resolvePlace(stripMarkers(ps[s.titleIndex]!.text), ctx.regions)?.code).filter(Boolean));
  return places.size >= Math.max(2, Math.ceil((2 * n) / 3));
}

/**
 * A paragraph's heading rank, 1 highest: the level the document's structure gives it (a heading style, <h1>, `#`), or
 * the count of its Markdown `#` marks; undefined for a paragraph set as no heading. The one judge of rank, for the
 * cases' titles, the parts over them and a closing 后记.
 */
export function headingRank(p: Paragraph, levels: ReadonlyMap<number, number>): number | undefined {
  return levels.get(p.first) ?? MD_MARK.exec(p.text)?.[0].trim().length;
}

/**
 * A heading line that can head a case or a part of the document: a title line, no byline under a title (a centred
 * unit line, which Word's looks make a heading one level down, names who signs the case) and no compiler's line.
 */
const headsText = (text: string) => isTitleLike(text) && !isBylineLine(text) && !COMPILER.test(text);

/**
 * The heading rank a compilation's cases take: the level whose headings each own a case's text. The first, unless
 * its every heading stands right over one of the second (a byline under it between them) while the second also
 * stands alone (parts grouping cases: 第一部分 over two cases, 第二部分 over one) — and unless the second repeats
 * its names under two headings of the first (一、主要做法, 二、取得成效 under each case): those are the cases' sections.
 */
function caseRank(ps: readonly Paragraph[], levels: ReadonlyMap<number, number>): number {
  const rank = (i: number) => (ps[i] ? headingRank(ps[i]!, levels) : undefined);
  const headings = (r: number) => ps.map((_, i) => i).filter((i) => rank(i) === r && headsText(ps[i]!.text));
  const tops = headings(1);
  const seconds = headings(2);
  const below = (i: number) => (ps[i + 1] && isBylineLine(ps[i + 1]!.text) ? i + 2 : i + 1);
  const overSecond = tops.length > 0 && tops.every((i) => rank(below(i)) === 2);
  return overSecond && seconds.length > tops.length && !repeatsUnder(ps, tops, seconds) ? 2 : 1;
}

/**
 * Whether lower headings repeat a name under two different higher ones (主要做法 under the first case and the
 * second): the same parts of each of them, their sections. Cases' and parts' titles are each their own.
 */
function repeatsUnder(ps: readonly Paragraph[], highers: readonly number[], lowers: readonly number[]): boolean {
  const parents = new Map<string, number>();
  for (const i of lowers) {
    const parent = highers.findLast((h) => h < i) ?? -1;
    const name = key(ps[i]!.text);
    if (parents.has(name) && parents.get(name) !== parent) return true;
    parents.set(name, parent);
  }
  return false;
}

/**
 * A part's heading over the case after it (第一部分　深入基层…): a part's marker, or a heading the document ranks
 * above that case's title (Heading 1 over Heading 2) as it ranks another heading (parts are several: one heading
 * alone over all the cases is the compilation's title). Only where it stands right over a case's heading: no case itself.
 */
export function isPartOver(p: Paragraph, title: Paragraph, levels: ReadonlyMap<number, number>, ps: readonly Paragraph[]): boolean {
  const own = headingRank(p, levels);
  const theirs = headingRank(title, levels);
  const ranked = own !== undefined && theirs !== undefined && own < theirs && ps.some((q) => q !== p && headingRank(q, levels) === own && isTitleLike(q.text));
  return isTitleLike(p.text) && (isPartHeading(p.text) || ranked);
}

export function findCases(ps: readonly Paragraph[], ctx: Context): Span[] {
  const title = (i: number) => isTitleLike(ps[i]!.text) && !ctx.tables?.has(ps[i]!.first);
  const idx = (test: (i: number) => boolean) => ps.map((_, i) => (test(i) ? i : -1)).filter((i) => i >= 0);
  const level = (i: number) => ctx.levels.get(ps[i]!.first);

  const bare = (i: number) => ps[i]!.text.replace(MD_MARK, '');
  // The strong styles (案例 marks, 主题——副题 titles, title + author lines) can
  // mix within one compilation: their starts are taken together.
  const marks = idx((i) => BARE_CASE_MARK.test(bare(i)) || (CASE_MARK.test(bare(i)) && title(i)));
  // 案例一 says "case"; 之一/之二 and 经验一 alone number an article's sections too: they start cases only where there are several and the
  // document is a compilation by its other evidence (isCompilation), never one alone (review17).
  const serial = marks.filter((i) => SERIAL_MARK.test(bare(i)));
  const serialCases = serial.length >= 2 && isCompilation(ps, prune(ps, serial, ctx), ctx);
  const marked = serialCases ? marks : marks.filter((i) => !serial.includes(i));
  const dashed = idx((i) => title(i) && !isDashedSubtitle(ps[i]!.text) && (holdsDashedSubtitle(ps[i]!.text) || (isDashedSubtitle(ps[i + 1]?.text ?? '') && title(i + 1))));
  // A byline's own first line (a unit over 执笔：…) is never the title it seems to stand as over the next.
  const byAuthor = idx((i) => title(i) && !isDashedSubtitle(ps[i]!.text) && !isSectionHeading(ps[i]!.text) && !PAREN_MARK.test(ps[i]!.text) && !UNIT_LINE.test(ps[i]!.text) && i + 2 < ps.length && isBylineLine(ps[i + 1]!.text) && !isTitleLike(ps[i + 2]!.text));
  const strong = prune(ps, [...new Set([...marked, ...dashed, ...byAuthor])].sort((x, y) => x - y).filter((i, k, all) => k === 0 || !(BARE_CASE_MARK.test(bare(all[k - 1]!)) && all[k - 1] === i - 1)), ctx);
  // One 主题——副题 or title + author pair after the document's declared headline (a poem's title and
  // its ——poet inside an article) is a part of that article, not a case that starts there.
  const headline = ps.findIndex((_, i) => level(i) === 1 && title(i));
  const inArticle = strong.length === 1 && marked.length === 0 && headline >= 0 && headline < strong[0]!.start;
  if (strong.length >= 2 || (strong.length === 1 && marked.length === 1)) return withEnds(strong, ps.length);

  // Numbered headings judged one essay's own sections (一、基本情况 under a report's title) start no case by their style either.
  const sections = new Set<number>();
  for (const mark of [NUM_MARK, PAREN_MARK, CHAPTER_MARK, MD_MARK]) {
    // Where the document marks some numbered lines as headings (Word's numbering, styles), the unmarked ones are the text's own.
    const marks = idx((i) => mark.test(ps[i]!.text) && title(i));
    const outlined = marks.some((i) => level(i) !== undefined);
    const numbered = prune(ps, marks.filter((i) => (outlined ? level(i) : (level(i) ?? 1)) === 1), ctx);
    if (numbered.length >= 2 && isCompilation(ps, numbered, ctx)) return withEnds(numbered, ps.length);
    if (numbered.length >= 2) {
      for (const s of numbered) sections.add(s.titleIndex);
      break;
    }
  }

  // A ——subtitle set in the case rank's type (a bulletin's lead headline over it in larger type) is its headline's: the case starts there.
  const headlineOf = (i: number) => (i > 0 && isDashedSubtitle(ps[i]!.text) && title(i - 1) ? i - 1 : i);
  const hinted = prune(ps, [...new Set(idx((i) => level(i) === caseRank(ps, ctx.levels) && title(i) && headsText(ps[i]!.text) && !sections.has(i)).map(headlineOf))], ctx);
  if (hinted.length >= 2 && isCompilation(ps, hinted, ctx)) return withEnds(hinted, ps.length);

  // Plain title lines, each standing alone before its body, under a compilation's header (which a reader may have taken
  // out with an issue's masthead): at the top rank the title lines take (a .docx whose headlines are only centred and
  // bold ranks them all second, as its masthead), never an issue line.
  const ranked = idx((i) => title(i) && level(i) !== undefined).map((i) => level(i)!);
  const top = ranked.length ? Math.min(...ranked) : 1;
  const plain = prune(ps, idx((i) => title(i) && !isSectionHeading(ps[i]!.text) && !isIssueLine(ps[i]!.text) && (level(i) ?? top) === top && (i > 0 || !!ctx.issued) && !!ps[i + 1] && !isTitleLike(ps[i + 1]!.text)), ctx);
  if (plain.length >= 2 && isCompilation(ps, plain, ctx)) return withEnds(plain, ps.length);

  if (strong.length === 1 && !inArticle) return withEnds(strong, ps.length);

  // A notice whose 附件 holds one case: the case starts at the attachment's title; the notice heads the document.
  const notice = ps.slice(0, 6).findIndex((p) => NOTICE_TITLE.test(p.text));
  const attached = notice < 0 ? -1 : ps.findIndex((p, i) => i > notice && ATTACHMENT_LABEL.test(p.text) && !!ps[i + 1] && title(i + 1));
  if (attached >= 0) {
    const block = headingBlock(ps, attached + 1, ctx);
    if (lastOf(block) + 1 < ps.length) return withEnds([block], ps.length);
  }

  // One essay: its title is the document's stated title, or its first title line.
  const wanted = ctx.metaTitle ? key(ctx.metaTitle) : '';
  const matches = wanted ? idx((i) => key(ps[i]!.text) === wanted || (key(ps[i]!.text).length >= 6 && wanted.startsWith(key(ps[i]!.text)))) : [];
  // A page can state its title twice (head and article): the article's heading wins.
  let first = matches.find((i) => level(i) !== undefined) ?? matches.at(-1) ?? -1;
  if (first === -1) first = ps.slice(0, 6).findIndex((p) => NOTICE_TITLE.test(p.text));
  if (first === -1) first = ps.findIndex((_, i) => level(i) === 1 && title(i));
  // A periodical's issue line and issuer's line (第15期 / 中共平遥县委组织部　2025年11月4日) head the issue, no article.
  if (first === -1) first = ps.findIndex((p, i) => title(i) && !isSectionHeading(p.text) && !parseAuthorLine(p.text) && !isIssueOrColumn(p.text) && !COMPILER.test(p.text));
  if (first === -1) return [];
  const block = headingBlock(ps, first, ctx);
  if (lastOf(block) + 1 >= ps.length) return [];
  // A compilation's title over its compiler line or 编者按 (Word numbering, not in the text, marked its
  // cases): its cases are the title lines one level down, not the sections of one essay.
  const opening = ps[lastOf(block) + 1]!.text;
  if (COMPILATION_TITLE.test(ps[first]!.text) && (NOTE_LABEL.test(opening) || COMPILER.test(opening))) {
    const parts = prune(ps, idx((i) => i > first && level(i) === 2 && title(i) && !isSectionHeading(ps[i]!.text) && !COMPILER.test(ps[i]!.text)), ctx);
    if (parts.length >= 2) return withEnds(parts, ps.length);
  }
  return [block];
}
