/**
 * Which shared words may be given as a reason why two cases are alike
 * (相似做法: 都讲到“…”). A reason must tell a trainer something: a method's
 * name or alias, a named practice, or a distinctive noun of the texts — never
 * a function word (有时, 根据, 一般, 每年), a plain verb (提供) or a job title
 * (主任), nor a slogan of the genre (深入群众, 新形势下: the tagger calls these
 * idioms, i). The rule: words of the taxonomy always qualify; other words must be
 * tagged as a noun or noun-like term by the part-of-speech tagger, must not
 * be one of the genre's generic nouns, must appear in at most half of the
 * texts (a word in most texts distinguishes nothing) and must be uncommon in
 * Chinese at large (IDF at least MIN_GENERAL_IDF in jieba's IDF table: 全部,
 * 利用, 系统, 方案 are everyday words whatever their tag). Words are ranked by
 * their TF-IDF weight in both texts (similarity.ts).
 */

/** IDF in general Chinese (jieba's idf.txt) below which a word is everyday language; 难题 7.4, 方案 5.9. */
export const MIN_GENERAL_IDF = 7;

/** Part-of-speech tags (jieba / ICTCLAS) of nouns and noun-like terms. */
export const TELLING_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'nw', 'ng', 'vn', 'an', 'j', 'l', 's']);

/**
 * Nouns of this genre too generic to explain a likeness: roles and titles,
 * units, times and places in general, abstract words every essay uses.
 */
export const GENERIC_NOUNS = new Set(
  `主任 书记 副书记 部长 局长 县长 乡长 镇长 村长 主席 同志 负责人 工作人员 人员 干部群众 党员干部 领导干部 老百姓 百姓 大家 人们
  部门 单位 机关 地方 地区 区域 时间 时候 时期 年度 期间 当天 事情 事项 东西 内容 方式 方法 途径 措施 举措 工作者 基础 重点 目标
  任务 责任 实际 实践 经验 做法 成效 效果 结果 意见 建议 思想 观念 作风 精神 政策 群众路线 党和政府 关系 感情 心里 心中 手段
  全区 全县 全市 全镇 全乡 全村 全省 全国 各地 当地 本地 村里 镇里 县里 市里 区里 乡里 单位 口号 阵地 平台 载体 体系 环节 渠道
  年来 近年来 多年 今年 去年 明年 每年 一年 月份 日常 期间 以来 当中 之中 方面 层面 方向 角度 程度 范围
  全党 县委 着力 有序 常态 限度 充分发挥 方方面面 事事 思路 理念 素质 氛围 积极性 解决问题 管理工作`
    .split(/\s+/)
    .filter(Boolean),
);

export interface TermFacts {
  /** The word's part-of-speech tag. */
  tag: string;
  /** In how many texts it occurs. */
  df: number;
  /** How many texts there are. */
  n: number;
  /** A method's name or alias, or a named practice: always telling when shared. */
  named: boolean;
  /** The word's IDF in general Chinese (undefined: not in the table, so rare). */
  generalIdf: number | undefined;
}

export function isTellingTerm(term: string, facts: TermFacts): boolean {
  if (facts.named) return true;
  if (!TELLING_TAGS.has(facts.tag) || GENERIC_NOUNS.has(term)) return false;
  if (facts.generalIdf !== undefined && facts.generalIdf < MIN_GENERAL_IDF) return false;
  return facts.df <= Math.max(2, facts.n / 2);
}
