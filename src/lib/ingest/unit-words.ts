/**
 * The words a unit's name ends in, one list each: an institution's or facility's (…大学, …医院, …机场) and an
 * organ's (…组织部, …监管局, …管委会). Place rules (places.ts: a place word opening such a name names the unit, not
 * where the text is) and the byline and header rules (case-start.ts: a line that is a unit's name) read the same lists.
 */

/** An institution's or a facility's name ends in these (南京大学, 湖南中医药大学附属第一医院, 北京首都国际机场). */
export const INSTITUTION_WORD = /(?:大学|学院|研究院|研究所|科学院|医院|学校|中学|小学|幼儿园|银行|集团|公司|报社|杂志社|出版社|机场|车站|火车站|高铁站|码头|酒店|宾馆|博物馆|图书馆|体育馆)/u;

/**
 * An organ's name ends in these (中共营山县城南镇委员会, 中共北京市石景山区委组织部, 国家金融监督管理总局浙江监管局);
 * a unit's research group (课题组, 调研组) signs its report so. A regular expression's source, for rules that read a
 * unit's name as part of a line.
 */
export const UNIT_END = '(?:委员会|课题组|调研组|党委|[省市县区州盟旗镇乡]委|党组|党工委|工委|组织部|宣传部|统战部|人民政府|政府|办事处|办公室|管委会|局|厅|处|总支部|党支部|党总支)';
