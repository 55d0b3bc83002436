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
  [/(?:人次|人|名)$/u, '人数'],
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
    if (verbal && words[i + 1]?.tag === 'v') break;
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
  const whole = clauseLabel(clause, at, len);
  if (whole) return whole;
  const figure = clause.slice(at, at + len);
  const before = clause.slice(0, at);
  const after = clause.slice(at + len);
  let label: string | undefined;
  if (/[%％]/u.test(figure)) label = /(\p{Script=Han}{2}率)[^率]*$/u.exec(before)?.[1] ?? /^(?:以上|左右)?的?(\p{Script=Han}{2}率)/u.exec(after)?.[1];
  if (!label) {
    const of = /^[多余]?(?:以上|左右)?的/u.exec(after);
    const rest = of ? after.slice(of[0].length) : after;
    // A quoted name is what is counted, with the nouns after it (343个“农事村办”服务站).
    const named = /^“([^“”]{2,12})”/u.exec(rest);
    const counted = named ? `${named[0]}${countedAfter(rest.slice(named[0].length)) ?? ''}` : countedAfter(rest);
    const measure = of ? MEASURE.find(([re]) => re.test(figure))?.[1] : undefined;
    if (counted && (!of || measure)) return measure ? `${trim(counted)}（${measure}）` : trim(counted);
  }
  label ??= countedBefore(before);
  return label ? trim(label) : undefined;
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
  while (words.length && words[0]!.word !== '\u0000' && kept(words[0]!)) words.shift();
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
