/**
 * Key figures in a draft's text: which numbers are figures worth proposing
 * (a count or a share, not a year, a date, an ordinal or a span of time),
 * and the label proposed for one — what it counts, in the sentence's own words.
 * The label stays the editors' to rewrite (proposals.ts says so in its why).
 */
import { tagWords } from './words.ts';

/** Units a counted figure carries; 万/亿 may stand alone or before one (4万多移民, 1万多名, 41万人). */
const UNIT = '%|％|人次|个|户|名|人|次|元|件|项|条|家|所|栋|平方米|公里|天|口|座|支|套|场';
export const FIGURE = new RegExp(`\\d+(?:[.．]\\d+)?\\s*(?:[多余]?[万亿][多余]?(?:${UNIT})?|[多余]?(?:${UNIT}))`, 'gu');

/** A number that is no count: an ordinal or rank (第3批, 前10名, 每5户), or a span of time (3个月, 10天内). */
const RANK_BEFORE = /[第前后每]$/u;
const SPAN_AFTER = /^(?:多|余)?(?:月|小时|周|工作日|季度|内|以内)/u;

/** The figures of a clause worth proposing, in order. */
export function countedFigures(clause: string): Array<{ at: number; figure: string }> {
  return [...clause.matchAll(FIGURE)]
    .filter((m) => !RANK_BEFORE.test(clause.slice(0, m.index)) && !(/[个天]$/u.test(m[0]) && SPAN_AFTER.test(clause.slice(m.index + m[0].length))))
    .map((m) => ({ at: m.index, figure: m[0] }));
}

// --- labels --------------------------------------------------------------------

/** Parts of speech that name a thing (jieba's tags): nouns, abbreviations, idioms, verbal nouns, places, names. */
const NOUNISH = /^(?:n|j|l|vn|nz|nt|ns|nr|an|b|s|zg)/u;
/** Words between a figure and what it counts that say only how it is reached or stated (达, 共有, 累计, 要在…). */
const LINKING = new Set(['达', '达到', '为', '到', '是', '有', '共', '共有', '计', '累计', '总计', '合计', '约', '近', '超过', '在', '要', '要在', '了', '已', '仅', '也', '都', '就', '的', '从', '最初', '发展到', '增加到', '下降', '提高', '增长', '减少', '增加', '上升', '不到', '不足', '多达', '高达', '逾']);
/** Verbs that only state that something is (有, 是, 占): never part of a label. */
const BEING = new Set(['有', '共有', '是', '为', '占', '达', '达到', '涉及', '计']);
/** Determiners a label does without, as words of their own: 全市、各级 say where, not what (全市性 stays). */
const DETERMINER = /^(?:全[省市县区乡镇村]|各级?|该|本|其中)$/u;
/** What a figure before 的 measures (41万人的团队: the team's size in people). */
const MEASURE: ReadonlyArray<[RegExp, string]> = [
  [/[%％]$/u, '比例'],
  [/人次$/u, '人次'],
  [/(?:人|名)$/u, '人数'],
  [/户$/u, '户数'],
  [/次$/u, '次数'],
  [/元$/u, '金额'],
  [/平方米$/u, '面积'],
  [/公里$/u, '长度'],
];
/** Longest label proposed, in characters: a few words. */
const MAX_LABEL = 12;

const han = (s: string) => /\p{Script=Han}/u.test(s);
/** Characters that join or relate words, never the end of a thing's name. */
const FUNCTION_CHAR = /^[的地得和与及或等达为有到在是了也都就从对把将被向于以而并共约近仅已每各]$/u;

/** Whether word i names a thing: tagged as a noun, or a one-character suffix of the noun before it (服务站, 服务点: jieba tags 站 v, 点 m). */
function nounish(words: ReadonlyArray<{ word: string; tag: string }>, i: number): boolean {
  const w = words[i]!;
  if (NOUNISH.test(w.tag)) return true;
  // A locative (上, 下, 内), preposition, conjunction, particle, adverb or pronoun is no suffix.
  return i > 0 && Array.from(w.word).length === 1 && han(w.word) && !FUNCTION_CHAR.test(w.word) && !/^[fpcudr]/u.test(w.tag) && NOUNISH.test(words[i - 1]!.tag);
}

/**
 * The thing a figure counts when it follows the figure (建立11个联合党支部 →
 * 联合党支部, 925人的再就业问题 → 再就业问题): words up to a conjunction, a
 * particle or another figure, ending on a noun; a verb may stand inside
 * (行政审批权限), two verbs in a row begin what is done with it (下放到).
 */
function countedAfter(after: string): string | undefined {
  const words = tagWords(after.replace(/^(?:[多余]|以上|左右)/u, ''));
  const out: Array<{ word: string; tag: string }> = [];
  for (const [i, w] of words.entries()) {
    const verbal = /^v/u.test(w.tag);
    // 的 inside a name of a thing (全市性的主题活动), not at its end.
    if (w.word === '的' && out.length > 0 && words[i + 1] && nounish(words, i + 1)) {
      out.push(w);
      continue;
    }
    if (!han(w.word) || !(nounish(words, i) || verbal || w.tag === 'd')) break;
    // A verbal noun (服务 vn) before a verb ends the thing (上门贴心服务赢得…); it does not begin what is done.
    if (w.tag === 'v' && words[i + 1]?.tag === 'v') break;
    out.push(w);
  }
  while (out.length && !nounish(out, out.length - 1)) out.pop();
  const label = out.map((w) => w.word).join('');
  // One character (市 of 市、区两级…) names nothing yet.
  return Array.from(label).length >= 2 ? label : undefined;
}

/** The thing a figure counts when it stands before the figure (收集意见建议6.3万条 → 收集意见建议). */
function countedBefore(before: string): string | undefined {
  // A comparison (较上年度, 比去年) says against what, not what.
  const words = tagWords(before.split(/较|比|同比|与上年/u)[0]!);
  let end = words.length;
  while (end > 0 && !nounish(words, end - 1) && (LINKING.has(words[end - 1]!.word) || /^(?:p|d|u|c|t|f|m|q|r)/u.test(words[end - 1]!.tag) || !han(words[end - 1]!.word))) end--;
  let start = end;
  while (start > 0 && han(words[start - 1]!.word) && nounish(words, start - 1)) start--;
  const verb = start > 0 ? words[start - 1] : undefined;
  // The verb that counts the thing is part of what is counted (走访群众, 解决疑难问题); one that only says it is (共有, 占) is not.
  if (verb && verb.tag === 'v' && !BEING.has(verb.word) && han(verb.word)) start--;
  else if (start === end && verb === undefined) return undefined;
  const label = words.slice(start, end).map((w) => w.word).join('');
  return Array.from(label).length >= 2 ? label : undefined;
}

/**
 * The label proposed for the figure clause[at, at+len): what it counts, in
 * the clause's own words — a rate names what it measures (入户率要在80%以上 →
 * 入户率), a figure before a noun names that noun (建立11个联合党支部 →
 * 联合党支部; 41万人的联系服务团队 → 联系服务团队（人数）), a figure after
 * one names it (收集意见建议6.3万条 → 收集意见建议). Undefined when the clause
 * says nothing of what is counted.
 */
export function figureLabel(clause: string, at: number, len: number): string | undefined {
  const label = labelFor(clause, at, len);
  return label && saysWhatIsCounted(label, clause.slice(at, at + len)) ? label : undefined;
}

/**
 * Whether a label says what its figure counts (trial 22 was offered 干部 and 全县 for 全县干部…1.2万人次): not
 * when it names only a place, a determiner or a time (全县, 东莞), nor when a figure of times (人次, 次) gets only
 * who did it, no deed (干部). None is better than those: the draft says 待定 and the editor types it.
 */
function saysWhatIsCounted(label: string, figure: string): boolean {
  const words = tagWords(label).filter((w) => w.word.trim());
  if (words.every((w) => DETERMINER.test(w.word) || /^(?:ns|t)/u.test(w.tag))) return false;
  return !/次$/u.test(figure) || words.some((w) => /^v/u.test(w.tag)) || /率|比例|数/u.test(label);
}

function labelFor(clause: string, at: number, len: number): string | undefined {
  const figures = countedFigures(clause);
  if (figures.length > 1 && figures[0]!.at === at) {
    const many = changeLabel(clause, figures) ?? listLabel(clause, figures);
    if (many) return many;
  }
  const single = beneficiaryLabel(clause, at, len) ?? shareOfLabel(clause, at, len) ?? clauseLabel(clause, at, len);
  if (single) return single;
  const figure = clause.slice(at, at + len);
  const before = clause.slice(0, at);
  const after = clause.slice(at + len);
  let label: string | undefined;
  if (/[%％]/u.test(figure)) label = rateNamed(before, after);
  if (!label) {
    const of = /^[多余]?(?:以上|左右)?的/u.exec(after);
    const counted = countedNoun(of ? after.slice(of[0].length) : after);
    const measure = of ? measureOf(figure) : undefined;
    if (counted && (!of || measure)) return measure ? `${trim(counted)}（${measure}）` : trim(counted);
  }
  label ??= countedBefore(before);
  return label ? trim(label) : undefined;
}

const measureOf = (figure: string) => MEASURE.find(([re]) => re.test(figure))?.[1];

/** The rate a percentage gives, named before it (入户率要在80%) or after it (100%的处置率). */
function rateNamed(before: string, after: string): string | undefined {
  return /(\p{Script=Han}{2}率)[^率]*$/u.exec(before)?.[1] ?? /^(?:以上|左右)?的?(\p{Script=Han}{2,6}?率)/u.exec(after)?.[1];
}

/** What a figure counts when it stands after it, a quoted name whole with the nouns after it (343个“农事村办”服务站). */
function countedNoun(rest: string): string | undefined {
  const named = /^“([^“”]{2,12})”/u.exec(rest);
  return named ? `${named[0]}${countedAfter(rest.slice(named[0].length)) ?? ''}` : countedAfter(rest);
}

/** Longest label naming several figures of one clause (处置率、满意率和上门服务次数). */
const MAX_LIST_LABEL = 20;
/** Time words that tell the two ends of a change apart (从最初的28人发展到83人). */
const TIME_TAG = /^t/u;

/**
 * One thing changed from a figure to a figure (队员也从最初的28人发展到83人,
 * 由过去的最高峰日话务处理能力300个提升到现在的3500多个): what changed, in
 * its measure, with the two times the clause names (队员人数（最初、后来）,
 * 最高峰日话务处理能力（过去、现在）); 原/后来 stand for a time not named.
 */
function changeLabel(clause: string, figures: ReadonlyArray<{ at: number; figure: string }>): string | undefined {
  const [from, to] = figures;
  if (figures.length !== 2 || !from || !to) return undefined;
  const start = Math.max(clause.lastIndexOf('从', from.at), clause.lastIndexOf('由', from.at));
  const between = clause.slice(from.at + from.figure.length, to.at);
  if (start === -1 || !/到$/u.test(between.replace(/[^\p{Script=Han}]|(?:现在|目前|如今|后来|最后)的?$/gu, ''))) return undefined;
  const inside = tagWords(clause.slice(start + 1, from.at));
  const times = (words: ReadonlyArray<{ word: string; tag: string }>) => words.filter((w) => TIME_TAG.test(w.tag)).map((w) => w.word)[0];
  // What changed stands inside (由过去的…处理能力300个) or is the clause's subject (队员也从…).
  const named = inside.filter((w) => !TIME_TAG.test(w.tag) && w.word !== '的').map((w) => w.word).join('');
  const what = Array.from(named).length >= 2 ? named : countedBefore(clause.slice(0, start));
  if (!what) return undefined;
  const label = `${trim(what)}${measureOf(from.figure) ?? ''}（${times(inside) ?? '原'}、${times(tagWords(between)) ?? '后来'}）`;
  return Array.from(label).length <= MAX_LIST_LABEL ? label : undefined;
}

/**
 * Several figures of one clause are named together, each by what it counts,
 * joined as the editors join them (以100%的处置率、99%的满意率、19万余次上门
 * 贴心服务 → 处置率、满意率和上门贴心服务次数; 133个乡镇共有343个服务站 →
 * 乡镇数和服务站数): a label for the first alone would hide the others.
 */
function listLabel(clause: string, figures: ReadonlyArray<{ at: number; figure: string }>): string | undefined {
  const parts = figures.map(({ at, figure }, i) => {
    const before = clause.slice(i === 0 ? 0 : figures[i - 1]!.at + figures[i - 1]!.figure.length, at);
    const after = clause.slice(at + figure.length, figures[i + 1]?.at ?? clause.length).replace(/^[多余]?(?:以上|左右)?的?/u, '');
    if (/[%％]/u.test(figure)) {
      // In a list the rate after a figure is its own (100%的处置率、99%的满意率); the one before belongs to the figure before.
      const rate = rateNamed('', after) ?? rateNamed(before, '');
      const of = countedAfter(after);
      return rate ?? (of ? `${trim(of)}比例` : undefined);
    }
    const counted = countedNoun(after);
    // A figure before what it counts is a number of those things (133个乡镇 → 乡镇数).
    if (counted) return `${trim(counted)}${measureOf(figure) ?? '数'}`;
    return countedBefore(before);
  });
  if (parts.some((x) => x === undefined) || new Set(parts).size < parts.length) return undefined;
  const names = parts as string[];
  const label = names.length === 2 ? names.join('和') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
  return Array.from(label).length <= MAX_LIST_LABEL ? label : undefined;
}

/** Verbs that only carry a verbal noun (进行了义务维修): the noun says what was done. */
const LIGHT_VERB = new Set(['进行', '开展', '实施', '实行', '给予', '作出', '做出', '提供']);

/**
 * A figure after a preposition counts those for whom something was done (为
 * 6万多户市民进行了义务维修): the label names what was done and whom, in the
 * figure's measure (义务维修的市民户数), never the clause as it runs.
 */
function beneficiaryLabel(clause: string, at: number, len: number): string | undefined {
  const before = tagWords(clause.slice(0, at).replace(/(?:近|约|共|达)$/u, ''));
  if (before.at(-1)?.tag !== 'p') return undefined;
  const figure = clause.slice(at, at + len);
  const after = clause.slice(at + len).replace(/^[多余]/u, '');
  const whom = countedAfter(after);
  if (!whom) return undefined;
  const done = tagWords(after.slice(after.indexOf(whom) + whom.length).split(/[，。；、：,;:]/u)[0]!);
  while (done.length && (LIGHT_VERB.has(done[0]!.word) || /^u/u.test(done[0]!.tag))) done.shift();
  const deed = done.map((w) => w.word).join('');
  if (!deed || !/^(?:v|n)/u.test(done.at(-1)!.tag) || !han(deed)) return undefined;
  const label = `${deed}的${whom}${measureOf(figure) ?? ''}`;
  return Array.from(label).length <= MAX_CLAUSE_LABEL ? label : undefined;
}

/**
 * A share with no rate named is the share of what the clause says (百色市95%
 * 左右属于山区 → 百色市属于山区的比例; 有60%左右的干部在机关留守 → 干部在机关
 * 留守的比例): a label says 比例, or it reads as a count.
 */
function shareOfLabel(clause: string, at: number, len: number): string | undefined {
  const figure = clause.slice(at, at + len);
  const before = clause.slice(0, at);
  const after = clause.slice(at + len);
  if (!/[%％]/u.test(figure) || rateNamed(before, after) || COMPARED.test(before)) return undefined;
  const of = /^(?:以上|左右)*的/u.exec(after);
  const said = of ? after.slice(of[0].length).replace(/[，。；！？、：,;:!?\s]+$/u, '') : clauseLabel(clause, at, len);
  if (said === undefined || /的比例$/u.test(said)) return said;
  // A long or mixed rest of the clause is left to the older rules (干部（比例）).
  return /^\p{Script=Han}+$/u.test(said) && Array.from(said).length <= MAX_CLAUSE_LABEL - 3 ? `${said}的比例` : undefined;
}

/** Longest label a whole clause gives: the editors' own labels run to a short clause (提出入党申请的青年农民, 农村信访量比上年度下降). */
const MAX_CLAUSE_LABEL = 14;
/** A comparison keeps its verb of change: the figure measures the change (较上年度下降39%). */
const COMPARED = /较|比|同比|环比/u;

/**
 * A short clause is its own label: what was done and to what, less the
 * figure, its determiners and the words that only state it (覆盖全县5.6万个
 * 农户 → 覆盖农户, 整改率达100% → 整改率, 农村信访量较上年度下降39% → 农村
 * 信访量较上年度下降, 占全县农村党员总数的92% → 占农村党员总数的比例). The
 * editors' labels keep the verb and the qualifiers a bare noun (农户, 信访量)
 * drops: the eighth trial rewrote all 13 labels so, and the curated ones read
 * 覆盖农户, 兑现办实事承诺, 意见建议回复率. Undefined when the clause is
 * long or holds another number: then only what is counted is named.
 */
function clauseLabel(clause: string, at: number, len: number): string | undefined {
  const figure = clause.slice(at, at + len);
  const after = clause.slice(at + len).replace(/^(?:[多余]|以上|左右)+/u, '');
  const all = [...tagWords(clause.slice(0, at)), { word: '\u0000', tag: 'x' }, ...tagWords(after)];
  // A determiner bound to the next character (全县性) is part of the word, as trim() keeps it.
  const words = all.filter((w, i) => w.word.trim() && !/^[，。；！？、：,;:!?]$/u.test(w.word) && !(DETERMINER.test(w.word) && !/^\p{Script=Han}$/u.test(all[i + 1]?.word ?? '')));
  const kept = (w: { word: string; tag: string }) => LINKING.has(w.word) || /^[pcdu]/u.test(w.tag);
  // A place opening the clause says where, as 全市 does (东莞共有党代表工作室联络员1285名: trial 12).
  while (words.length && words[0]!.word !== '\u0000' && (kept(words[0]!) || (/^ns/u.test(words[0]!.tag) && words[1]?.word !== '\u0000'))) words.shift();
  const figureAt = words.findIndex((w) => w.word === '\u0000');
  const compared = COMPARED.test(clause.slice(0, at));
  const tailWords = words.slice(figureAt + 1);
  // A figure before 的 qualifies what follows it (60%的干部…): countedAfter's measure names that.
  if (tailWords[0]?.word === '的') return undefined;
  // A figure after 的 is that thing's measure (占…总数的92% → 占…总数的比例).
  const measure = tailWords.length === 0 && words[figureAt - 1]?.word === '的' ? MEASURE.find(([re]) => re.test(figure))?.[1] : undefined;
  // Words just before the figure that only state it (达, 要在, 超过) go; a change compared keeps its verb.
  let end = figureAt;
  if (measure) end--;
  else while (end > 0 && kept(words[end - 1]!) && !(compared && /下降|提高|增长|减少|增加|上升/u.test(words[end - 1]!.word))) end--;
  const label = [...words.slice(0, end), ...tailWords].map((w) => w.word).join('') + (measure ? `的${measure}` : '');
  const length = Array.from(label).length;
  const namesAThing = [...words.slice(0, end), ...tailWords].some((_, i, list) => nounish(list, i));
  return namesAThing && !/\d/u.test(label) && length >= 2 && length <= MAX_CLAUSE_LABEL ? label : undefined;
}

/** A label without its determiners, of at most MAX_LABEL characters: whole words from its end, where what is counted stands. */
function trim(label: string): string {
  const words = tagWords(label).map((w) => w.word);
  // A determiner bound to the next character (全县性) is part of the word.
  if (words.length > 1 && DETERMINER.test(words[0]!) && Array.from(words[1]!).length > 1) words.shift();
  while (words.length > 1 && Array.from(words.join('')).length > MAX_LABEL) words.shift();
  return words.join('');
}
