/**
 * A case draft → MDX text: frontmatter with only what the text states (title,
 * subtitle, authors, place, source lines, the joins) plus `proposals:`, the
 * editors' fields proposed with their grounds (proposals.ts), the remaining
 * to-do as comments, and the escaped body. Also the ids a draft and its
 * source are proposed under.
 */
import { Document, isMap, isSeq } from 'yaml';
import { pinyin } from 'pinyin-pro';
import { cutWords, cutWordsForSearch } from './words.ts';
import { buildEdition, type EditionBlock } from '../edition.ts';
import { escapeMdxText, isSectionHeading } from '../mdx-text.ts';
import { ID_PATTERN } from '../ids.ts';
import { methodSpellings } from '../methods.ts';
import type { Draft } from './document.ts';
import type { DocumentMeta } from './clean.ts';
import { shortPlaceName } from '../regions/divisions.ts';
import { issuedWork, proposeCase, type Proposal, type ProposalVocabulary } from './proposals.ts';
import { SETTLED_FLAG_OPENING } from './reading-flags.ts';
import { ISSUE_IN_TITLE } from './kicker.ts';
import { noSummaryWhy } from './summary-proposal.ts';

// --- ids -------------------------------------------------------------------

/** Syllables an id's practice part may have: a permanent URL stays short. */
const MAX_TERM_SYLLABLES = 5;

/** Words of a title that name no practice. */
/** The library's own subject: in nearly every title, so they tell no case or source from another. */
const SUBJECT_WORDS = ['群众', '干部', '服务', '党员', '联系'];
const TITLE_STOP = new Set([...SUBJECT_WORDS, '工作', '各地', '有关', '做好', '坚持', '切实', '一切', '始终', '实践', '提升', '水平', '新', '形势', '关于', '几点', '体会', '思考', '调查', '推行', '建立', '实行', '开展', '模式', '工作法', '机制', '制度']);

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1+10 → 一加十: a practice named with figures keeps them in its id (yi-jia-shi). */
function spellFigures(text: string): string {
  return text
    .replace(/\d+/g, (n) => {
      const v = Number(n);
      if (v < 10) return DIGITS[v]!;
      if (v < 100) return `${v >= 20 ? DIGITS[Math.floor(v / 10)] : ''}十${v % 10 ? DIGITS[v % 10] : ''}`;
      return Array.from(n, (d) => DIGITS[Number(d)]).join('');
    })
    .replace(/[+＋]/g, '加');
}

const syllables = (word: string) => pinyin(spellFigures(word), { toneType: 'none', type: 'array', nonZh: 'removed' }).filter(Boolean);
const slugOf = (word: string) => syllables(word).join('').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A title word as an id spells it: a four-character compound of two
 * two-character words is hyphenated between them, as the curated ids are
 * (jiceng-jingyan, qunzhong-luxian; 经验交流 → jingyan-jiaoliu, not
 * jingyanjiaoliu). One owner for case and source ids; a place's name stays
 * whole (呼和浩特 is no two words).
 */
function termSlug(word: string): string {
  const chars = Array.from(word);
  if (chars.length === 4 && /^\p{Script=Han}+$/u.test(word)) {
    const halves = [chars.slice(0, 2).join(''), chars.slice(2).join('')];
    const inside = new Set(cutWordsForSearch(word));
    if (halves.every((h) => inside.has(h))) return halves.map(slugOf).join('-');
  }
  return slugOf(word);
}

/** Whole words, in order, until the syllable budget is spent; a word that does not fit ends the term. */
function fitWords(list: readonly string[], budget = MAX_TERM_SYLLABLES): string[] {
  const out: string[] = [];
  let used = 0;
  for (const w of list) {
    const n = syllables(w).length;
    if (n === 0) continue;
    if (used + n > budget) break;
    out.push(w);
    used += n;
  }
  return out;
}

/** A source's title names a whole work: more of its words than a case's term (jingyan-zuofa-xuanbian-zhailu). */
const SOURCE_TITLE_SYLLABLES = 10;
/** Fewer telling syllables than this, and the subject words stay in (联系服务群众案例选编, not 案例选编 alone). */
const TELLING_SYLLABLES = 6;
const SUBJECT = new Set<string>(SUBJECT_WORDS);
const syllableCount = (words: readonly string[]) => words.reduce((n, w) => n + syllables(w).length, 0);

/**
 * The words of a work's title its id spells: its telling words (the library's subject words left out) where they
 * are enough to tell it (党员干部典型经验汇编), else every word but filler (联系服务群众案例选编); within the
 * budget, the last word kept, since it says what the work is (汇编, 选编, 汇总表). A bracketed status after the
 * title (（征求意见稿）) is no part of the work's name.
 */
function sourceTitleWords(title: string): string[] {
  const words = cutWords(title.replace(/[（(][^（）()]*[)）]\s*$/u, '')).filter((w) => /^\p{Script=Han}{2,}$/u.test(w));
  const kept = words.filter((w) => !TITLE_STOP.has(w) || SUBJECT.has(w));
  const telling = kept.filter((w) => !SUBJECT.has(w));
  const chosen = syllableCount(telling) >= TELLING_SYLLABLES ? telling : kept;
  const fitted = fitWords(chosen, SOURCE_TITLE_SYLLABLES);
  const last = chosen.at(-1);
  if (!last || fitted.length === chosen.length) return fitted;
  return [...fitWords(chosen, SOURCE_TITLE_SYLLABLES - syllables(last).length), last];
}

/** A term's words for an id: a figure expression (1+10) stays one word, generic words go. */
function termWords(term: string, name = true): string[] {
  if (/\d/.test(term)) return [term];
  // In a name, single characters join the next word (三/有/两/评 → 三有两评, 三/中心 → 三中心); elsewhere they are particles (将, 用).
  const out: string[] = [];
  let pending = '';
  for (const w of cutWords(term).filter((x) => /\p{Script=Han}/u.test(x))) {
    if (Array.from(w).length === 1) pending += name ? w : '';
    else {
      if (!TITLE_STOP.has(w)) out.push(pending + w);
      pending = '';
    }
  }
  if (pending) out.length ? (out[out.length - 1] += pending) : out.push(pending);
  return out;
}

/** The practice a title names: a method's spelling, a quoted name (“一站三中心”), else its first telling words. */
function practiceWords(title: string, subtitle: string | undefined, places: readonly string[], methods: ProposalVocabulary['methods'], skip = 0): string[] {
  const text = `${subtitle ?? ''}——${title}`;
  const fits = (t: string) => termWords(t).length > 0 && syllables(termWords(t).join('')).length <= MAX_TERM_SYLLABLES;
  const spelled = methods.flatMap((m) => methodSpellings(m)).filter((s) => text.includes(s)).sort((a, b) => b.length - a.length).filter(fits)[0];
  // Quoted names in the subtitle first: it names the practice, the title often a slogan (“好心”).
  const quoted = [...text.matchAll(/[“"「]([^”"」]{2,8})[”"」]/gu)].map((m) => m[1]!).filter((q) => /[\p{Script=Han}\d]/u.test(q));
  const named = quoted.find(fits);
  if (named && spelled) return fitWords([...termWords(named), ...termWords(spelled).filter((w) => Array.from(w).length >= 2 && !named.includes(w))]);
  if (named ?? spelled) return fitWords(termWords((named ?? spelled)!));
  const telling = (t: string) => termWords(t, false).filter((w) => Array.from(w).length >= 2 && !places.some((p) => p.includes(w) || w.includes(p)));
  const told = fitWords([...telling(title), ...telling(subtitle ?? '')].slice(skip));
  if (told.length) return told;
  // A title of common words only (做群众工作的几点体会): its first words still tell it from the place's other cases.
  return fitWords(cutWords(title).filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && !places.some((p) => p.includes(w) || w.includes(p))));
}

/** 八角街道 → 八角, 松木乡 → 松木, 饶阳县 → 饶阳. */
const placeStem = (name: string) => shortPlaceName(name) ?? (name.replace(/(?:街道|乡|镇)$/u, '') || name);

/**
 * A permanent id proposed for a draft: the place's pinyin and the pinyin of the
 * practice or key term its title names, whole words only
 * (shijingshan-bajiao-xuqiu-fuwu, baodi-yizhan-sanzhongxin). The editor may
 * choose another before publishing; `fallback` when nothing usable is left.
 */
export function draftId(
  draft: { title: string; subtitle?: string | undefined; region?: { leaf: string; township?: string | undefined } | undefined },
  fallback: string,
  methods: ProposalVocabulary['methods'] = [],
  taken: (id: string) => boolean = () => false,
): string {
  const leaf = draft.region?.leaf ?? '';
  const township = draft.region?.township;
  const places = [placeStem(leaf), ...(township ? [placeStem(township)] : [])].filter(Boolean);
  const idFor = (skip: number) => [...places.map(slugOf), ...practiceWords(draft.title, draft.subtitle, [leaf, ...(township ? [township] : []), ...places].filter(Boolean), methods, skip).map(termSlug)].filter(Boolean).join('-');
  // Two essays of one place whose titles start alike (群众路线…, 始终坚持群众路线…): the next telling words tell them apart.
  let id = idFor(0);
  for (let skip = 1; taken(id) && skip <= 3; skip++) {
    const next = idFor(skip);
    if (next === id || !ID_PATTERN.test(next)) break;
    id = next;
  }
  return ID_PATTERN.test(id) ? id : fallback;
}

/** A volume of a series (第四辑, 第2卷, 下册) or a periodical's issue (第8期, kicker.ts's): what tells one volume's title from the next one's. */
const VOLUME = new RegExp(`第\\s*[一二三四五六七八九十百零〇两\\d]+\\s*[辑卷册集编]|[上中下]册|${ISSUE_IN_TITLE.source}`, 'u');

/**
 * A source id from what the entry states, not its file name: a paper or site
 * by its name and date (renmin-wang-2013-09-18), a compilation by its title
 * and volume (jingyan-zuofa-xuanbian-zhailu, jiceng-jingyan-disiji: the
 * volume stays whatever the word budget, or 第五辑 would get 第四辑's id);
 * `fallback` when neither gives a word.
 */
/** A year a title names (2014年). */
const TITLE_YEAR = /(?<!\d)((?:19|20)\d\d)\s*年/u;

export function sourceIdFor(entry: { title?: string | undefined; publication?: string | undefined; date?: string | undefined; type?: string | undefined }, fallback: string): string {
  const from = (t: string) => fitWords(cutWords(t).filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && !TITLE_STOP.has(w)));
  const named = entry.type !== 'compilation' && entry.publication ? from(entry.publication) : [];
  // A notice that issues a work (关于印发《联系服务群众经验做法选编》的通知) is named by the work: 印发 names nothing.
  const title = issuedWork(entry.title ?? '') ?? entry.title ?? '';
  const volume = named.length ? undefined : VOLUME.exec(title)?.[0];
  // A year in a compilation's title tells this year's list from next year's (2014年…征集汇总表), as a volume does.
  const year = named.length ? undefined : TITLE_YEAR.exec(title)?.[1];
  // A publication's name is spelled whole, as the curated ids have it (gongchandangyuan-wang); a title's words as case ids spell them.
  const parts = (named.length ? named.map(slugOf) : sourceTitleWords(title.replace(VOLUME, '')).map(termSlug)).filter(Boolean);
  const date = named.length ? /^\d{4}(?:-\d{2}){0,2}/.exec(entry.date ?? '')?.[0] : undefined;
  const id = [...parts, ...(volume ? [slugOf(volume)] : []), ...(year ? [year] : []), ...(date ? [date] : [])].join('-');
  return ID_PATTERN.test(id) && parts.length > 0 ? id : fallback;
}

// --- the draft file -------------------------------------------------------------

/** The proposals as YAML data, one flow map a line: { field, value, p, quote, why }. */
function proposalData(proposals: readonly Proposal[]) {
  return proposals.map((x) => ({ field: x.field, value: x.value, p: x.p, quote: x.quote, why: x.why }));
}

/**
 * How each note ingest writes at a draft's head for the editor opens (how to
 * finish the draft, what the source states, the place it read, a 待核 line the
 * editor has settled): publish leaves these out of the case file, so a note
 * added here must open with one of them.
 */
export const DRAFT_NOTE_OPENINGS = ['草稿：', '补 summary', '来源（原文所载', '地点：', SETTLED_FLAG_OPENING] as const;

export function renderDraft(
  draft: Draft,
  sourceId: string,
  meta: DocumentMeta = {},
  edition: readonly EditionBlock[] = buildEdition(draft.raw, draft.corrections),
  vocab?: ProposalVocabulary,
  /** The source's date ingest read (its page's, or its front matter's line): what a 今年 in the text is counted from. */
  sourceDate: string | undefined = (draft.meta ?? meta).date,
): string {
  const frontmatter: Record<string, unknown> = { title: draft.title };
  if (draft.subtitle) frontmatter.subtitle = draft.subtitle;
  if (draft.authors.length) frontmatter.authors = draft.authors;
  if (draft.region) {
    frontmatter.region = { code: draft.region.code, ...(draft.region.township ? { township: draft.region.township } : {}) };
  }
  frontmatter.source = { id: sourceId, lines: draft.lines, titleLine: draft.titleLine };
  if (draft.corrections.length) frontmatter.corrections = draft.corrections;
  const proposals = vocab ? proposeCase({ title: draft.title, subtitle: draft.subtitle, edition, region: draft.region, flags: draft.flags, byline: draft.authors.flatMap((a) => (a.role ? [a.role] : [])), sourceDate }, vocab) : [];
  if (proposals.length) frontmatter.proposals = proposalData(proposals);
  const source = draft.meta ?? meta;
  const stated = [source.publication, source.date && `${source.date}${source.time ? ` ${source.time}` : ''}`, source.url, source.staff].filter(Boolean).join('；');
  const comments = [
    '# 草稿：由 npm run ingest 生成。编者逐条接受或删去 proposals（npm run accept -- 本文件 --all | --accept 1 3 | --reject 2），看过的“待核”行用 --settle N 标为已核，',
    '# 补 summary（不超过120字）和教学札记，然后 npm run publish（content/README.md）。段号见 npm run paragraphs -- 本文件。',
    ...(vocab && !proposals.some((x) => x.field === 'summary') ? [`# 补 summary：${noSummaryWhy(draft.region && (draft.region.township ?? draft.region.leaf))}`] : []),
    `# 来源（原文所载，供 content/sources/sources.yaml）：${stated || '原文未载刊载处、日期和网址'}`,
    ...(draft.region ? [`# 地点：${draft.region.name}${draft.region.township ?? ''}（${draft.region.code}，据原文推定，请核对）`] : []),
    ...draft.flags.map((f) => `# 待核：${f}`),
  ];
  const body = edition.map((b) => (isSectionHeading(b.text) ? `## ${escapeMdxText(b.text)}` : escapeMdxText(b.text))).join('\n\n');
  const doc = new Document(frontmatter);
  flowItems(doc, 'proposals');
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${comments.map((c) => c.replace(/\r?\n/g, ' ')).join('\n')}\n${yaml}---\n\n${body}\n`;
}

/** Writes each item of a top-level list (or map) as one flow line: a proposal reads as one line. */
export function flowItems(doc: Document, key: string): void {
  const node = doc.get(key, true);
  if (isSeq(node) || isMap(node)) for (const item of node.items) {
    const value = isMap(item) || isSeq(item) ? item : (item as { value?: unknown }).value;
    if (isMap(value) || isSeq(value)) value.flow = true;
  }
}
