/**
 * A news lead (电头): the agency or paper, the place it was filed, the day, and perhaps its reporters, opening the
 * first paragraph as printed (新华社北京11月17日电 …, 本报讯（记者 张三）…, （中央社记者溫貴香台北21日電）…). It is part
 * of that paragraph, and the library publishes texts complete: the lead stays in the text, word for word. Ingest
 * reads it (its reporters are the authors where no byline names any; the outlet that filed it) and says so; the
 * place it was filed from is where the item was written, not the place the case is about.
 */
import { parseAuthorLine } from './case-start.ts';
import { execPrinted } from './script-fold.ts';

/**
 * A news lead naming its reporters: 本报讯（记者 …）, 长江网10月4日讯（…）, 新华社北京5月23日电（记者 …）, or all of it in
 * brackets (（中央社记者温贵香台北21日电）).
 */
export const NEWS_LEAD = /^((?:[\p{Script=Han}\d]{2,16}[讯电]\s*[（(][^（）()]{2,40}|[（(][^（）()]{2,40}[讯电])[)）])\s*(\S.*)$/u;
/** A news lead naming its reporter before the day: 东方网记者曹磊5月13日报道：…. */
const REPORTED_LEAD = /^((?:本报|本网|[\p{Script=Han}]{1,6}(?:社|网|报|台))(?:特约|见习|实习)?记者\s*\p{Script=Han}{2,4}(?:[、\s]\p{Script=Han}{2,4})*\s*\d{1,2}月\d{1,2}日报道[:：])\s*(\S.*)$/u;
/**
 * A news lead's dateline without reporters: an agency or paper, a place, the day, 电/讯 (新华社北京2月29日电), or
 * without the day when a space sets it off the text (华龙网-新重庆客户端讯 今日…, 1905电影网讯 以…); an outlet's 讯 so set
 * off (新浪财经讯 5月25日上午消息…) where the name shows it is one (…财经, …新闻, …客户端): a sentence's words before a
 * space (传来喜讯 村民…, 合作社传来喜讯 …) are no outlet's, and 喜讯, 通讯, 闻讯 end words of a sentence, not a name.
 * A broadcaster's lead says 消息 where a paper says 电 (央广网北京2月13日消息 据…): its city is where the news was filed.
 * An outlet's 讯 may be set off by a comma instead (证券时报e公司讯，当升科技…): after a paper's or site's name, as
 * the space is.
 */
export const DATELINE_LEAD = /^((?:本报|本网|本站|\d{0,4}[\p{Script=Han}]{1,6}(?:社|网|报|台))(?:[\p{Script=Han}]{0,10}\d{1,2}月\d{1,2}日(?:[电讯]|消息)|[-－·\p{Script=Han}A-Za-z]{0,12}(?:电(?=[\s\u3000])|(?<![喜通闻音噩死资])讯(?=[\s\u3000，,])))|[\p{Script=Han}]{0,10}(?:财经|新闻|客户端|频道|日报|晚报|早报|传媒)讯(?=[\s\u3000]))(?:[，,]|[\s\u3000]*)(\S.*)$/u;

export interface NewsLead {
  /** The lead as printed (traditional characters kept), without the space or comma after it. */
  lead: string;
  /** The paragraph's words after the lead. */
  rest: string;
  /** The reporters the lead names (none for a wire dateline alone). */
  reporters: Array<{ name: string; role?: string }>;
  /** The outlet that filed it (新华社, 中央社, 证券时报), where the lead names one other than 本报/本网. */
  outlet?: string;
}

/** The outlet a lead opens with, up to its 社/报/网/台 (新华社北京… → 新华社); 本报, 本网 name none. */
const OUTLET = /^[（(]?(\d{0,4}\p{Script=Han}{1,6}?(?:社|报|网|台))/u;

/** The news lead opening a paragraph, read folded (a traditional page's 電 is 电) and given as printed; none when it opens with none. */
export function newsLeadOf(text: string): NewsLead | undefined {
  const named = execPrinted(NEWS_LEAD, text) ?? execPrinted(REPORTED_LEAD, text);
  const reporters = named ? parseAuthorLine(named[1]!) : undefined;
  const m = reporters ? named : execPrinted(DATELINE_LEAD, text);
  if (!m) return undefined;
  const outlet = OUTLET.exec(m[1]!)?.[1];
  return { lead: m[1]!, rest: m[2]!, reporters: reporters ?? [], ...(outlet && !/^本/u.test(outlet) ? { outlet } : {}) };
}
