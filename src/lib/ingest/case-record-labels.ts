/**
 * The labels a case is filed under where a form or a list states it field by field: a case list's column headings
 * (案例征集汇总表, read by read/xlsx.ts) and a 推荐表's or 申报表's labels (a form in Word or on a sheet, read by
 * case-form.ts) are the same words. One list for every reader. Browser-safe.
 */

/**
 * A filling instruction a form sets in brackets after a label: a length (（3000字以内）, （限800字）) or what to put
 * there (（盖章）, （可附页）). A bracket that says what the field holds (主要做法（关键词）) is the label's own.
 */
const INSTRUCTION = /[（(](?:[^（）()]*\d[^（）()]*|盖章|签字|签名|可附页|附页)[)）]/gu;

/** A label as typed, without the spaces forms pad labels with (案 例 名 称, 案例　标题) and its filling instruction. */
export const labelKey = (text: string) => text.replace(INSTRUCTION, '').replace(/[\s\u3000:：]+/g, '');

/** The case's title. */
export const TITLE_LABEL = /^(案例|经验|典型)?(名称|标题|题目)$|^(案例|文章)(名称|标题|题目)?$/;
/** A label naming the case's whole text (案例正文, 案例主要内容): the form's, never a head in the text. */
export const WHOLE_TEXT_LABEL = /^(案例)?(正文|全文|(主要)?内容|文本|材料)$|^(案例|经验做法|主要做法)(正文|内容|全文|材料)$/;
/** A label naming a part of the text (主要做法, 取得成效): a field of its own, or a section head under a whole-text label. */
export const TEXT_PART_LABEL = /^(主要|经验|具体)?做法$|^(取得|主要|工作)?(成效|成果)$/;
/**
 * The case's text, in one field or split over several read in order (主要做法, then 取得成效): the text as the
 * submitter wrote it, under headings the form supplies.
 */
export const TEXT_LABEL = new RegExp(`${WHOLE_TEXT_LABEL.source}|${TEXT_PART_LABEL.source}`);
/** The place the case is from. */
export const PLACE_LABEL = /^(所在|所属)?(地区|地市|区域|地域|区县|县区|所在地)$/;
/** A unit that files the case (报送单位, 申报单位): names the place the case is from where no place field does. */
export const UNIT_LABEL = /^(报送|申报|推荐|实施|供稿|所在)?单位(名称)?$/;
/** A row's number in the list. */
export const NUMBER_LABEL = /^(序号|编号|No\.?)$/i;
/** The compilers' comment on each case (编者点评): the case's 【点评】, set after its text as a Word compilation sets it. */
export const COMMENT_LABEL = /^(编者|汇编者|专家)?(点评|评语|评析)$/;
/**
 * The collector's review of a case (初审意见 in a 申报汇总表, often a column the collector hides): the compilers' own
 * working note, never the case's text nor what the submitter states of it. A 推荐意见 is the recommending unit's, part
 * of what the submission states, and is not this.
 */
export const REVIEW_LABEL = /^(初审|审核|审查|评审)(意见|情况)$/;
/** The day the form was filled in or sent (填报日期, 报送时间): the date of the document that files it. */
export const DATE_LABEL = /^(填报|填表|申报|报送|推荐|上报)(日期|时间)$/;

/** A line stating a filing date under its label (填报时间：2024年4月10日): the label and the date as typed, else undefined. */
export function filingLine(text: string): { label: string; value: string } | undefined {
  const m = /^([^:：]{2,8})[:：]\s*(.+)$/u.exec(text.trim());
  return m && DATE_LABEL.test(labelKey(m[1]!)) ? { label: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}
/** The people who wrote the case: a byline in a form's shape (撰稿人 | 吴建华). A contact (联系人) is no author. */
export const AUTHOR_LABEL = /^(撰稿人?|执笔人?|作者|撰写人|撰稿)$/;

/**
 * The fields a case is filed under besides its text. Under a whole-text label merged across (案例内容 over 案例名称 …),
 * one of these keeps its own role; any other label there (基本情况, 经验启示) divides the text.
 */
export const FIELD_LABELS_BESIDE_TEXT = [TITLE_LABEL, AUTHOR_LABEL, PLACE_LABEL, UNIT_LABEL, NUMBER_LABEL, COMMENT_LABEL, REVIEW_LABEL];
