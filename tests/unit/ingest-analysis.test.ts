/**
 * The format-independent analysis: the most precise place, source dates in
 * every form a document prints them, compilation headers and notices that
 * are no case, the editor's note lines check:content accepts, OCR guesses
 * only where OCR may have read the text, and drafts already in the library.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition.ts';
import { COLUMN_LABEL, findCases, isPartHeading, parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { metaOfLines } from '../../src/lib/ingest/clean.ts';
import { dateIn, dateTimeIn } from '../../src/lib/ingest/dates.ts';
import { readMetaLine } from '../../src/lib/ingest/read/chrome.ts';
import type { DocumentMeta } from '../../src/lib/ingest/meta.ts';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadLibrary } from '../../src/lib/ingest/library.ts';
import { filingLine } from '../../src/lib/ingest/case-record-labels.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { citiesNamedInShort, cityOfOpening, countyOfBody, isRoundUp, leadsOf, openingText, placeOfCase, placeOfText } from '../../src/lib/ingest/places.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { normalizePunctuation, splitParagraphs } from '../../src/lib/text.ts';

const regions = loadRegionIndex();
const vocab: Vocabulary = { methods: [], themes: [], regions };
const FIXTURES = path.resolve('tests/fixtures/ingest');

describe('the most precise place', () => {
  it('a county the title names in short and the opening in full wins over the title province or city', () => {
    expect(placeOfCase('浙江安吉：绿水青山就是金山银山', '安吉县位于浙江省西北部。', regions)?.code).toBe('330523');
    expect(placeOfCase('成都郫都：党员联系户', '郫都区地处成都平原腹心。', regions)?.code).toBe('510117');
  });
  it('a county only the opening names (an example, a visit) does not replace the title place', () => {
    expect(placeOfCase('湖北开展“三万”活动', '来到恩施土家族苗族自治州鹤峰县海拔近1000米的容美镇', regions)?.code).toBe('42');
  });
  it('a place the opening names as part of the title place, right after its name, makes the title place precise', () => {
    expect(placeOfCase('突发！新疆地震', '5月20日13时10分在新疆克孜勒苏州阿图什市发生5.2级地震，震源深度19公里。', regions)?.code).toBe('653001');
    expect(placeOfCase('突发！新疆地震', '5月20日在新疆阿图什市发生5.2级地震。', regions)?.code).toBe('653001');
    // Other words between the two (a visit, an office) are no chain: the title place stands.
    expect(placeOfCase('湖北开展“三万”活动', '湖北省委书记来到恩施土家族苗族自治州鹤峰县。', regions)?.code).toBe('42');
    expect(placeOfCase('新疆开展走访', '新疆干部到阿图什市走访群众。', regions)?.code).toBe('65');
  });
  it('of places equally precise, the one the text names first is its place, whatever their codes', () => {
    expect(placeOfText('在四川海螺沟景区走失一个月后，父亲返回湖北十堰。', regions, 'province')?.code).toBe('51');
    expect(placeOfText('父亲从湖北来到四川的景区寻子。', regions, 'province')?.code).toBe('42');
  });
  it('a county outside the title province does not win, even if the title names it', () => {
    expect(placeOfCase('浙江：学习郫都经验', '成都市郫都区的做法', regions)?.code).toBe('33');
  });
  it('a county the title names in short right after its city is the place, with no word from the opening', () => {
    expect(placeOfCase('成都郫都：党员联系户', '党员每人联系十户群众。', regions)?.code).toBe('510117');
    // Not after its own city: the short name is a word like any other.
    expect(placeOfCase('成都学习郫都经验', '党员每人联系十户群众。', regions)?.code).toBe('5101');
  });
  it('a short place name counts only where a word ends with it: characters after it that make it a longer word (an idiom, a university) make it none', () => {
    // 长治 is 山西长治市's short name; 长治久安 is an idiom, so the title's place is 新疆.
    expect(placeOfCase('李强在新疆调研时强调 在高质量发展中增进民生福祉促进长治久安', '新华社乌鲁木齐5月9日电 李强在新疆调研。', regions)?.code).toBe('65');
    expect(placeOfCase('山西长治：干部走进村民家', '干部每月走访群众。', regions)?.code).toBe('1404');
    expect(placeOfCase('浙江大学的教授下乡调研', '教授们走访群众。', regions)).toBeUndefined();
    // A full name is a name wherever it stands; a short one may follow another word (首都北京, 成都郫都).
    expect(placeOfCase('长治市促进长治久安', '干部每月走访群众。', regions)?.code).toBe('1404');
    expect(placeOfText('这里是首都北京的中心。', regions, 'province')?.code).toBe('11');
  });
  it('a county two characters long stands alone only when its city or province is named too', () => {
    expect(placeOfText('逐步探索适应县直机关发展需要的服务机制。', regions)).toBeUndefined();
    expect(placeOfText('山西省朔州市应县开展走访。', regions)?.code).toBe('140622');
  });
  it('a text naming places all over the country has none of them as its place; the opening\'s most precise place wins', () => {
    expect(placeOfText('寒潮自新疆阿勒泰地区南下，内蒙古、山西、河北、湖南等地降温。', regions)).toBeUndefined();
    expect(placeOfText('他毕业于浙江省杭州市的一所中学。\n后来他到贵州省台江县支教。', regions)?.code).toBe('522630');
  });
  it('a city named by its bare short name is read only where the segmenter reads it as a place word of its own, never inside a street, an institution, a park, a name, an idiom or an era', () => {
    const codes = (text: string) => citiesNamedInShort(text, regions).map((r) => r.code);
    expect(codes('最近，武汉一个快递小哥直升3级。')).toEqual(['4201']);
    expect(codes('作曲家就曾在南京创作并生活多年。')).toEqual(['3201']);
    expect(codes('他在广西南宁的公园拍了一期视频。')).toEqual(['4501']);
    expect(codes('他在上海南京路开了一家店。')).toEqual([]);
    expect(codes('武汉大学的教授来到村里。')).toEqual([]);
    expect(codes('李长春同志到村里调研。')).toEqual([]);
    expect(codes('在中山公园晨练的老人。')).toEqual([]);
    expect(codes('社会长治久安，大同小异。')).toEqual([]);
    expect(codes('在延安时期，党的群众路线逐步形成。')).toEqual([]);
    expect(codes('北京朝阳区的社区。')).toEqual([]);
  });
  it('a city named in short places the text only when it is consistent with and more precise than what else the opening names', () => {
    const jiangsu = regions.get('32')!;
    expect(cityOfOpening('作曲家就曾在南京创作并生活多年。', undefined, regions)?.code).toBe('3201');
    expect(cityOfOpening('作曲家就曾在南京创作并生活多年。', jiangsu, regions)?.code).toBe('3201');
    expect(cityOfOpening('江苏省文联的作曲家曾在南京生活。', undefined, regions)?.code).toBe('3201');
    // Another province named beside it, a more precise place, or one city among several: no city.
    expect(cityOfOpening('作曲家就曾在南京创作并生活多年。', regions.get('33'), regions)).toBeUndefined();
    expect(cityOfOpening('浙江省的作曲家曾在南京生活。', undefined, regions)).toBeUndefined();
    expect(cityOfOpening('作曲家就曾在南京创作并生活多年。', regions.get('320115'), regions)).toBeUndefined();
    expect(cityOfOpening('南京、武汉、杭州等7个省会城市有可能集体开启入冬进程。', undefined, regions)).toBeUndefined();
    expect(placeOfText('南京、武汉、杭州等7个省会城市入冬。\n重庆湖北等地降雨', regions, 'province')).toBeUndefined();
  });
  it('a firm\'s branch named after its city, and a three-character short name the tagger reads as a name', () => {
    // 深圳分公司 is where the branch sits: 青岛, where the text is, is the one city the opening names.
    expect(citiesNamedInShort('“海葵一号”从中国海油青岛基地离港启运。中国海油深圳分公司总经理介绍了情况。', regions).map((r) => r.code)).toEqual(['3702']);
    expect(cityOfOpening('话剧巡演活动来到张家口。', regions.get('13'), regions)?.code).toBe('1307');
  });
  it('a first paragraph of a paragraph\'s worth is read alone before the opening: a later list of cities is examples', () => {
    const long = '干部每月走访群众，听取意见，解决问题。'.repeat(8);
    expect(leadsOf([long, '第二段。'])).toEqual([long, `${long}\n第二段。`]);
    expect(leadsOf(['短的一段。', '第二段。'])).toEqual(['短的一段。\n第二段。']);
    const draft = analyseDocument(['话剧河北各市巡演结束', '', `${long}巡演活动来到张家口。`, '', '先后在石家庄、邢台、邯郸等10个设区市演出，反响强烈，观众流下感动的泪水。'].join('\n'), vocab).drafts[0]!;
    expect(draft.region?.code).toBe('1307');
  });
  it('the county the body names first and most, inside the opening\'s province, makes it precise; examples do not', () => {
    const shanghai = regions.get('31')!;
    const body = (pudong: number, minhang: number) => ['上海部分农村试点物业管理。', ...Array(pudong).fill('记者前往浦东新区合庆镇。'), ...Array(minhang).fill('闵行区浦江镇的村民也不解。')].join('\n');
    const opening = (text: string) => openingText(text.split('\n'));
    expect(countyOfBody(body(3, 1), opening(body(3, 1)), shanghai, regions)?.code).toBe('310115');
    expect(countyOfBody(body(1, 0), opening(body(1, 0)), shanghai, regions)).toBeUndefined();
    expect(countyOfBody(body(2, 2), opening(body(2, 2)), shanghai, regions)).toBeUndefined();
    expect(countyOfBody(body(3, 0), opening(body(3, 0)), regions.get('13'), regions)).toBeUndefined();
  });
  it('a county the heading and opening do not name is no place of the text, however often the body names it later', () => {
    const paras = ['乡村规划师扎根基层，做规划也做群众工作，成为村民和政府之间的桥梁。', '在四川成都，一批乡村规划师走进乡镇，和村民一起商量村子怎么建。', '蒲江县明月村的规划师住在村里。', '蒲江县的村民说，规划师懂我们。', '蒲江县还请规划师列席村民议事会。'];
    const draft = analyseDocument(['乡村规划师：成都乡村的别样力量', '', ...paras.flatMap((p) => [p, ''])].join('\n'), vocab).drafts[0]!;
    expect(draft.region?.code).toBe('5101');
    // Named in the opening, and the body's place after it, the county is the place.
    const named = [paras[0]!, '在四川成都蒲江县，一批乡村规划师走进乡镇，和村民一起商量村子怎么建。', ...paras.slice(2)];
    expect(analyseDocument(['乡村规划师：成都乡村的别样力量', '', ...named.flatMap((p) => [p, ''])].join('\n'), vocab).drafts[0]!.region?.code).toBe('510131');
  });
  it('a name alone in brackets on the last line is the byline; the unit under it is its writer\'s, not body text', () => {
    const paras = ['李简——新外科运动向我们走来', '美国临床肿瘤学会第40届年会今年6月8日落幕，最受瞩目的依然是化疗新药。', '年轻人名李简。现任胸外科主任。', '到头来，一位自甘穷酸的外科医生。'];
    const doc = analyseDocument([...paras, '（袁源）', '北京大学医学部新闻中心'].join('\n\n'), vocab);
    const draft = doc.drafts[0]!;
    expect(draft.authors).toEqual([{ name: '袁源' }]);
    expect(draft.raw).toEqual(paras.slice(1));
    expect(doc.left?.filter((b) => b.role === 'byline').map((b) => b.text)).toEqual(['（袁源）', '北京大学医学部新闻中心']);
    // A last line that names no one in brackets (（完）), or a unit under no byline, stays as printed.
    expect(analyseDocument([...paras, '（完）', '北京大学医学部新闻中心'].join('\n\n'), vocab).drafts[0]!.raw.slice(-2)).toEqual(['（完）', '北京大学医学部新闻中心']);
    // Closing notes in brackets read like names (全, 有 are surnames): they sign nothing and name no author.
    for (const note of ['（全文完）', '（有删节）']) {
      const closed = analyseDocument([...paras, note].join('\n\n'), vocab).drafts[0]!;
      expect(closed.authors, note).toEqual([]);
      expect(closed.raw.at(-1), note).toBe(note);
    }
  });
  it('a closing line of names alone that are exactly the byline\'s authors restates the byline: out of the body, reported as one', () => {
    const paras = ['兴山县委组织部近日对机关党员开展问卷调查，了解党员联系服务群众的情况。', '调查显示，多数党员每月走访群众一次以上，听取意见，解决问题。'];
    const doc = analyseDocument(['机关党员联系群众调查', '', '记者 徐平 王书银', '', ...paras.flatMap((p) => [p, '']), '徐平 王书银'].join('\n'), vocab);
    const draft = doc.drafts[0]!;
    expect(draft.authors.map((a) => a.name)).toEqual(['徐平', '王书银']);
    expect(draft.raw).toEqual(paras);
    expect(doc.left?.filter((b) => b.role === 'byline').map((b) => b.text)).toEqual(['记者 徐平 王书银', '徐平 王书银']);
    // Other names, or the byline's names but not all of them, stay as printed: bare closing names sign nothing else.
    for (const closing of ['张三 李四', '徐平']) {
      const other = analyseDocument(['机关党员联系群众调查', '', '记者 徐平 王书银', '', ...paras.flatMap((p) => [p, '']), closing].join('\n'), vocab).drafts[0]!;
      expect(other.raw.at(-1), closing).toBe(closing);
    }
  });
  it('a county made a city in its place (撤县设市, same code) is found by its former name', () => {
    // 海安县 became 海安市 (320685) in 2018; a 2005 text names the county.
    expect(placeOfText('记者赶赴海安县，在海安县城见到了他。', regions)?.code).toBe('320685');
    expect(countyOfBody('南通的彩民。记者赶赴海安县。他在海安县城买了房。', '南通的彩民。记者赶赴海安县。', regions.get('3206'), regions)?.code).toBe('320685');
    // A 县 that stands as such today is that county, never a city of the same stem.
    expect(placeOfText('记者来到宁夏固原市西吉县。', regions)?.code).toBe('640422');
  });
  it('the opening a place is read from is two paragraphs of running text, a section head among them not counted', () => {
    expect(openingText(['耐克鞋的气垫“伤机”', '鞋的气垫坏了，消费者去问。', '北京正之本人体力学研究所说，这是设计问题。', '第三段。'])).toBe('耐克鞋的气垫“伤机”\n鞋的气垫坏了，消费者去问。\n北京正之本人体力学研究所说，这是设计问题。');
    expect(openingText(['第一段，说事。', '第二段，说地方。', '第三段。'])).toBe('第一段，说事。\n第二段，说地方。');
  });
  it('a lead that repeats what the text tells later is not the opening: the story begins after it', () => {
    const lead = ['一个简单的推断是：超发电价的上调，实际上就意味着上网电价上调。', '言茂松认为，现在的电力体制改革偏离改革的初衷。'];
    const text = [...lead, '1月4日，浙江东南发电股份有限公司接到了浙江省物价局的一份通知。', '通知称，超发电价由原来的0.328元提高至0.338元。', '上海、江苏的电厂也将调价。', '而且一个简单的推断是：超发电价的上调，实际上就意味着上网电价上调。', '是一扇窗口。言茂松认为，现在的电力体制改革偏离改革的初衷。'];
    expect(openingText(text)).toBe(`${text[2]}\n${text[3]}`);
    expect(placeOfText(openingText(text), regions, 'province')?.code).toBe('33');
    // Told once only, the same lead is the opening.
    expect(openingText(text.slice(0, 5))).toBe(lead.join('\n'));
  });
  it('a round-up of the whole country has no place: the place its opening names is its first story\'s', () => {
    const stories = ['来自四川泸州的老中医在四川省雅安市碧峰峡的玻璃房中绝食49天。', '骗局之2', '在我国的广州和深圳，干细胞产品已经面世。', '骗局之3', '河南师范大学的软体飞机是假新闻。', '山西太原市政协召开信息通报会。'];
    expect(isRoundUp('2004中国十大科技骗局 老中医绝食49天居首', stories.join('\n'), regions)).toBe(true);
    const draft = analyseDocument(['2004中国十大科技骗局 老中医绝食49天居首', '', ...stories.flatMap((p) => [p, ''])].join('\n'), vocab).drafts[0]!;
    expect(draft.region).toBeUndefined();
    // A heading naming its place, or a body that stays in one province, is no round-up.
    expect(isRoundUp('四川十大科技骗局', stories.join('\n'), regions)).toBe(false);
    expect(isRoundUp('2004中国十大科技骗局', stories[0]!, regions)).toBe(false);
    expect(isRoundUp('老中医绝食49天', stories.join('\n'), regions)).toBe(false);
    // A heading that names the country but counts no stories tells of one (中国诺贝尔奖 is a prize, 中国外贸人 traders).
    expect(isRoundUp('奖金711万元！"中国诺贝尔奖"首位获奖女性啥来头?', stories.join('\n'), regions)).toBe(false);
    expect(isRoundUp('盘点2004年科技骗局', stories.join('\n'), regions)).toBe(true);
  });
  it('a heading listing places of equal rank (、/和/与) is a round-up: no one of them is the text\'s place', () => {
    const text = (title: string, opening: string) => [title, '', opening, '', '督察组要求限期整改，群众投诉逐件回访，整改情况向社会公开。'].join('\n');
    const regionOf = (title: string, opening: string) => analyseDocument(text(title, opening), vocab).drafts[0]!.region?.code;
    // Two cities of two provinces, or two cities of one, or two provinces: none is the place.
    expect(regionOf('督察组通报宿迁市、九江市整改不实', '督察组在宿迁市发现，群众投诉属实却被称不实。')).toBeUndefined();
    expect(regionOf('督察组通报南京和苏州整改不实', '督察组在南京市发现，群众投诉属实却被称不实。')).toBeUndefined();
    expect(regionOf('浙江与江苏两省整改不实被通报', '督察组在浙江省发现，群众投诉属实却被称不实。')).toBeUndefined();
    // A place and its own county or township is one place, made precise.
    expect(regionOf('成都市与郫都区共建便民服务站', '成都市郫都区近日建成便民服务站，群众办事不出村。')).toBe('510117');
    expect(regionOf('宿迁市通报整改情况', '督察组在宿迁市发现，群众投诉属实却被称不实。')).toBe('3213');
  });
  // The lead's decision (set 13): a full administrative name inside a unit's or institution's name is that
  // administration's own and places the text; a bare place word inside a proper name (南京大学) names the institution only.
  it("a full administrative name inside a unit's or institution's name places the text; a bare place word inside a proper name does not", () => {
    const regionOf = (title: string, opening: string) => analyseDocument([title, '', opening, '', '第二段正文，干部每月走访群众，听取意见，解决问题。'].join('\n'), vocab).drafts[0]!.region?.code;
    expect(regionOf('福建省民政厅开展节前慰问活动', '厅领导走访困难群众，送去慰问金和慰问品。')).toBe('35');
    expect(regionOf('医院党委开展志愿服务', '上海市第一人民医院的党员医生走进社区，为老人义诊。')).toBe('31');
    expect(regionOf('中共安吉县委组织部关于开展党员联系户工作的通知', '各乡镇党委：现将党员联系户工作有关事项通知如下。')).toBe('330523');
    expect(regionOf('南京大学师生走进社区', '师生们走访群众，听取意见，解决问题。')).toBeUndefined();
    expect(regionOf('大学生志愿服务队下乡', '武汉大学的志愿者来到村里，为群众讲解政策。')).toBeUndefined();
    // An organ's name holds a bare place word as a university's does (a national regulator's 浙江 office): no place.
    expect(regionOf('国家金融监督管理总局浙江监管局行政处罚信息公开表', '当事人为某保险公司，作出决定机关为浙江金融监管局。')).toBeUndefined();
    // …while the province named before a number and a measure word (一处景区) is the text's place.
    expect(regionOf('浙江一处景区推行便民服务', '景区干部走访群众，听取意见，解决问题。')).toBe('33');
    expect(regionOf('四川科技骗局调查', '记者走访群众，听取意见，核实情况。')).toBe('51');
  });
  it("a title the text cites (《浙江省民政厅关于…的通知》) names the cited document's issuer, not the text's place", () => {
    const text = (opening: string) => ['关于社会工作服务站星级评定结果的公示', '', opening, '', '公示期为三个工作日，如有异议，请向我局反映，我局将逐件核实并答复。'].join('\n');
    const regionOf = (opening: string) => analyseDocument(text(opening), vocab).drafts[0]!.region?.code;
    expect(regionOf('根据《浙江省民政厅关于开展社会工作服务站星级评定工作的通知》精神，我局组织开展了星级评定工作。')).toBeUndefined();
    // Named in the text's own words, the place is read as before.
    expect(regionOf('根据浙江省民政厅的通知精神，安吉县组织开展了社会工作服务站星级评定工作。')).toBe('330523');
  });
  it('the opening a short name is read from runs on past a lead of short lines, up to the fourth paragraph', () => {
    expect(leadsOf(['“这里充满了活力。”', '他向网友推荐了一个去处。', '其实就是公园。', '他在广西南宁拍了视频。', '第五段。']).at(-1)).toBe('“这里充满了活力。”\n他向网友推荐了一个去处。\n其实就是公园。\n他在广西南宁拍了视频。');
    const long = '干部每月走访群众，听取意见，解决问题。'.repeat(8);
    expect(leadsOf([long, '第二段。', '第三段在武汉。']).at(-1)).toBe(`${long}\n第二段。`);
  });
  it('the analysis places a text by a city its opening names in short, and not by 北京时间 or an institution', () => {
    const draft = (opening: string) => analyseDocument(['快递小哥连升三级', '', opening, '', '第二段正文，他组织志愿者接送医护人员回家，解决了吃饭问题。'].join('\n'), vocab).drafts[0]!;
    const wuhan = draft('最近，武汉一个快递小哥直升3级，从一个快递员被提拔为分公司经理。');
    expect(wuhan.region?.code).toBe('4201');
    // The weakest place the analysis gives: the editor is told which word it rests on.
    expect(wuhan.flags).toContain('地点据开头所写“武汉”（未写全称）定为湖北省武汉市，请核对');
    expect(draft('北京时间6月24日，武汉大学的一位教授讲述了快递小哥的故事。').region).toBeUndefined();
  });
  it('a county the opening names in short right after its province makes the opening province precise; apart, it does not', () => {
    const draft = (opening: string) => analyseDocument(['女警打百个电话遭停机', '', '认定诈骗和骚扰，不能省略人工核实环节。', '', opening, '', '第三段正文，电信客服人员已核实情况，为民警恢复通话。'].join('\n'), vocab).drafts[0]!;
    expect(draft('近日，四川江油一社区女民警在开展辖区“实有人口”核查工作时，平均日拨100余个电话。').region?.code).toBe('510781');
    expect(draft('近日，四川一社区女民警在江油开展辖区“实有人口”核查工作时，平均日拨100余个电话。').region?.code).toBe('51');
  });
  it('the analysis uses it: a short title above an opening naming the county', () => {
    const text = ['浙江安吉：干部走进村民家', '', '安吉县自开展活动以来，干部每月走访群众，听取意见，解决问题。这是第一段正文，写明了做法。', '', '第二段正文，干部与群众同吃同住，办好实事。'].join('\n');
    expect(analyseDocument(text, vocab).drafts[0]!.region?.code).toBe('330523');
  });

  it('reads the opening as two paragraphs of running text, past a first section head right under the headline', () => {
    // As 网易 2004 sets a feature: its first section's head, then a lead that names no place; the second paragraph does.
    const text = (head: string) => ['耐克鞋的气垫“伤机”', '', head, '', '气垫鞋的功能是什么？很多消费者并不清楚，只是听说穿着舒服。', '', '北京正之本人体力学研究所的研究人员对此作了测试，结果出人意料。'].join('\n');
    expect(analyseDocument(text('气垫的原理'), vocab).drafts[0]!.region?.code).toBe('11');
    // A sentence is no head: the place in the third paragraph stays out of the opening.
    expect(analyseDocument(text('气垫的原理并不复杂，消费者一看就懂。'), vocab).drafts[0]!.region).toBeUndefined();
  });
});

describe('a subtitle or the first section head', () => {
  // A web page's text (中国青年网, readability's youth page): the headline, then the body opening with a bold section head
  // over two deck lines; the text sets a later section head in the same bold. Lines are 1-based in the text.
  const lines = [
    '海外留学生看两会：出国前后关注点大不同',
    '出国前后关注点大不同',
    '出国前：政治科目会出啥考题？',
    '出国后：国家未来将如何发展？',
    '在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。',
    '关注点多与所学专业相关',
    '在谈及对两会的哪些话题比较感兴趣时，卢宇表示，他每年都对两会上有关环保和新能源政策的部分很感兴趣。',
  ];
  const text = lines.join('\n\n');
  const at = (k: number) => 2 * k + 1;
  const emphasis = (...ks: number[]) => ks.map((k) => ({ line: at(k), level: 2, cue: 'emphasis' as const }));
  const headline = { line: 1, level: 1, cue: 'declared' as const };
  it('a bold line under the headline in the type of the text\'s later section heads is the first of them: body, no subtitle', () => {
    const draft = analyseDocument(text, vocab, {}, { headings: [headline, ...emphasis(1, 5)] }).drafts[0]!;
    expect(draft.subtitle).toBeUndefined();
    expect(draft.raw).toContain('出国前后关注点大不同');
  });
  it('without such later heads the same line stays the subtitle', () => {
    expect(analyseDocument(text, vocab, {}, { headings: [headline, ...emphasis(1)] }).drafts[0]!.subtitle).toBe('出国前后关注点大不同');
  });
  // The team's decision (set 11's WeChat page: an <h2> opening the text, the text's later heads <h2> too): a declared
  // heading under the headline at a level the text also gives its own section heads further down heads the first
  // section; a lone one (its level used nowhere else) is the subtitle.
  const declared = (...ks: number[]) => ks.map((k) => ({ line: at(k), level: 2, cue: 'declared' as const }));
  it('a declared heading under the headline at the level of the text\'s later section heads is the first of them: body, no subtitle', () => {
    const draft = analyseDocument(text, vocab, {}, { headings: [headline, ...declared(1, 5)] }).drafts[0]!;
    expect(draft.subtitle).toBeUndefined();
    expect(draft.raw).toContain('出国前后关注点大不同');
    expect(draft.raw).toContain('关注点多与所学专业相关');
  });
  it('a lone declared heading under the headline, its level used nowhere else in the text, is the subtitle', () => {
    const draft = analyseDocument(text, vocab, {}, { headings: [headline, ...declared(1)] }).drafts[0]!;
    expect(draft.subtitle).toBe('出国前后关注点大不同');
    expect(draft.raw).not.toContain('出国前后关注点大不同');
  });
  it('a 后记 or 思考题 closing the text at that level is back matter, no section head: the lone one stays the subtitle', () => {
    for (const label of ['后记', '思考题']) {
      const closed = `${text}\n\n${label}\n\n本文采访于2014年3月，文中人物均为化名，感谢各位同学接受采访。`;
      const draft = analyseDocument(closed, vocab, {}, { headings: [headline, ...declared(1, 7)] }).drafts[0]!;
      expect(draft.subtitle).toBe('出国前后关注点大不同');
    }
  });
});

describe('a part\'s name over the cases it groups', () => {
  // A compilation's page (set 16's two-column 经验汇编): the part's name in the largest type, then each case's title in
  // one smaller type over its text. Marked by type only (a PDF's sizes), as the first section head above is.
  const lines = [
    '县市篇',
    '赫山区“党员中心户”连起千家万户',
    '赫山区在农村每10至15户群众确定一名党员中心户，由党员中心户经常上门走访，收集群众的意见和诉求。',
    '党员中心户收集的问题，能当场解决的当场解决，不能解决的交村党支部研究办理。',
    '沅江市“渔民驿站”服务上岸渔民',
    '沅江市在退捕渔民集中安置的社区设立“渔民驿站”，为上岸渔民提供就业介绍、技能培训等服务。',
    '两年来，全市渔民驿站共帮助3600多名上岸渔民实现就业。',
  ];
  const headings = (part: string) => {
    const text = [part, ...lines.slice(1)].join('\n\n');
    return analyseDocument(text, vocab, {}, { headings: [{ line: 1, level: 1, size: 16, cue: 'emphasis' }, { line: 3, level: 2, size: 14, cue: 'emphasis' }, { line: 9, level: 2, size: 14, cue: 'emphasis' }] });
  };
  it('is no headline: the title under it starts the first case, not the first section of one text', () => {
    const doc = headings('县市篇');
    expect(doc.drafts.map((d) => d.title)).toEqual(['赫山区“党员中心户”连起千家万户', '沅江市“渔民驿站”服务上岸渔民']);
    expect(doc.title).toBeUndefined();
    expect(doc.left?.find((b) => b.text === '县市篇')?.role).toBe('column');
  });
  it('is a part\'s name by its words: nouns and 篇 as a word of its own, or a numbered part', () => {
    for (const part of ['县区篇', '部门篇', '典型案例篇', '乡镇街道篇', '第二篇　乡镇']) expect(isPartHeading(part), part).toBe(true);
    // 新篇, 诗篇 and 一篇 are words of their own; 这篇 names no part.
    for (const words of ['谱写新篇', '奋进新篇', '阅读下一篇', '这篇', '诗篇', '赫山区“党员中心户”连起千家万户']) expect(isPartHeading(words), words).toBe(false);
  });
});

describe('a headline repeated at the top of the body', () => {
  // Set 11's 江西 bulletin: the page's headline, then the document's own headline carrying its note's mark ([1]), as a
  // first body line. The repeat is compared without note marks, and reported with its role, never dropped unsaid.
  const body = '2022年，全省上下深入贯彻新发展理念，经济运行企稳向好，民生保障有力有效。\n\n全年地区生产总值32074.7亿元，比上年增长4.7%。\n\n注释：\n\n本公报中数据均为初步统计数。';
  for (const mark of ['[1]', '①', '＊', '¹']) {
    it(`a repeat with the mark ${mark} is no body text, and is reported as the title repeated`, () => {
      const repeat = `江西省2022年国民经济和社会发展统计公报${mark}`;
      const doc = analyseDocument(`江西省2022年国民经济和社会发展统计公报\n\n${repeat}\n\n${body}\n`, vocab);
      const draft = doc.drafts[0]!;
      expect(draft.title).toBe('江西省2022年国民经济和社会发展统计公报');
      expect(draft.raw[0]).toMatch(/^2022年，全省上下/u);
      expect(doc.left?.find((b) => b.text === repeat)?.role).toBe('duplicate');
    });
  }
  it('a first line that differs by more than a note mark stays in the body', () => {
    const doc = analyseDocument(`江西省2022年国民经济和社会发展统计公报\n\n江西省2022年国民经济和社会发展统计公报解读\n\n${body}\n`, vocab);
    expect(doc.drafts[0]!.raw[0]).toBe('江西省2022年国民经济和社会发展统计公报解读');
  });
});

describe('source dates', () => {
  it('reads arabic and Chinese-numeral dates', () => {
    expect(dateIn('二〇二四年三月十五日')).toBe('2024-03-15');
    expect(dateIn('中共××市委组织部办公室　2024年3月15日印发')).toBe('2024-03-15');
    expect(dateIn('二〇一三年十二月三十一日')).toBe('2013-12-31');
    expect(dateIn('××办公室编　２０１３年７月１０日')).toBe('2013-07-10');
  });
  it('one pattern reads the time a page states beside its date, in every reader', () => {
    expect(dateTimeIn('2013-7-1 9:05')).toEqual({ date: '2013-07-01', time: '09:05' });
    expect(dateTimeIn('2013年05月23日 17:54:08')).toEqual({ date: '2013-05-23', time: '17:54:08' });
    const meta: DocumentMeta = {};
    readMetaLine('作者：孙佑民　来源：红网　时间：２０１３年１１月１８日 9:30', meta);
    expect(meta).toMatchObject({ date: '2013-11-18', time: '09:30', author: '孙佑民', publication: '红网' });
  });
  it('a line that is a year and month, or a year, is a source date of that precision', () => {
    expect(metaOfLines([{ n: 1, text: '2013年10月' }]).date).toBe('2013-10');
    expect(metaOfLines([{ n: 1, text: '2013年' }]).date).toBe('2013');
    expect(metaOfLines([{ n: 1, text: '2013年10月，干部下乡。' }]).date).toBeUndefined();
  });
});

describe('the byline grammar: an author is a personal name from a byline', () => {
  const names = (line: string) => parseAuthorLine(line)?.map((a) => a.name);
  it('role words are never names, an outlet may stand before the role, and a label may be set off by any vertical bar', () => {
    expect(names('（评论员 罗博 萧海川）')).toEqual(['罗博', '萧海川']);
    expect(names('澎湃新闻记者 贺梨萍')).toEqual(['贺梨萍']);
    expect(names('作者︱春春')).toEqual(['春春']);
    expect(names('文│周建华')).toEqual(['周建华']);
    expect(names('责任编辑 肖春芳')).toBeUndefined();
  });
  it('a bare line of common words (menus, buttons) is no byline; a bare name, or a labelled pen name, is', () => {
    expect(names('热点栏目')).toBeUndefined();
    expect(names('客户端')).toBeUndefined();
    expect(names('崔章程')).toEqual(['崔章程']);
    expect(names('执笔/叨叨姐、胡一刀&李小飞刀')).toEqual(['叨叨姐', '胡一刀', '李小飞刀']);
  });
  it('an empty 作者 field before the next label, and a 发稿时间 label, give no author', () => {
    const meta: DocumentMeta = {};
    readMetaLine('作者：责任编辑：肖春芳', meta);
    expect(meta.author).toBeUndefined();
    expect(meta.staff).toBe('编辑：肖春芳');
    const dated: DocumentMeta = {};
    readMetaLine('发稿时间：2017-03-10 08:42:00', dated);
    expect(dated).toEqual({ date: '2017-03-10', time: '08:42:00' });
  });
  it("a time is its own day's: a posting time gives no time to the document's 成文日期 read before it", () => {
    const made: DocumentMeta = { date: '2024-05-06' };
    readMetaLine('时间：2024-05-08 08:00', made);
    expect(made).toEqual({ date: '2024-05-06' });
  });
});

describe('what is not a case', () => {
  const caseBody = (place: string) => `${place}干部每月走访群众，听取意见，解决问题，群众满意。这是一段完整的正文，写明了做法与成效。`;
  it('a line set larger over the first case heads the compilation, not the case: no 引题 however its level ranks', () => {
    const lines = ['联系服务群众经验做法选编', '一、北京西城区广外街道党支部建在项目上', caseBody('广外街道'), '二、天津宝坻区推行一站三中心', caseBody('宝坻区')];
    const ps = lines.map((t, i) => ({ text: t, first: 2 * i + 1, last: 2 * i + 1 }));
    // The cases are the many, so their type ranks first; the compilation's title ranks second, set in 22 pt over their 18.
    const levels = new Map([[1, 2], [3, 1], [7, 1]]);
    expect(findCases(ps, { levels, sizes: new Map([[1, 22], [3, 18], [7, 18]]), regions })[0]!.subtitleIndex).toBeUndefined();
    // Set in the headline's own size it is no 引题 either: an 引题 is set smaller.
    expect(findCases(ps, { levels, sizes: new Map([[1, 18], [3, 18], [7, 18]]), regions })[0]!.subtitleIndex).toBeUndefined();
    // A smaller line over a headline is a newspaper's 引题 all the same: a kicker, no subtitle (kicker.ts).
    const kicked = findCases(ps, { levels, sizes: new Map([[1, 14], [3, 18], [7, 18]]), regions })[0]!;
    expect([kicked.kickerIndex, kicked.subtitleIndex]).toEqual([0, undefined]);
  });

  it('a title whose body is an 编者按 is the compilation title: the note goes to the source entry', () => {
    const text = ['# 联系服务群众经验做法选编', '', '编者按：现将部分地方的经验做法摘录如下，供参考。', '', '# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n');
    const ps = text.split('\n\n').map((t, i) => ({ text: t, first: 2 * i + 1, last: 2 * i + 1 }));
    // The structure alone takes the compilation title for a case whose body is the note…
    expect(findCases(ps, { levels: new Map(), regions })).toHaveLength(3);
    // …the analysis does not.
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '天津宝坻区推行一站三中心']);
    // The run-in label names the note; the source entry keeps the note's words (the page prints its own 编者按).
    expect(doc.editorNote).toBe('现将部分地方的经验做法摘录如下，供参考。');
    expect(doc.left?.filter((b) => b.role === 'editor-note').map((b) => b.line)).toEqual([3]);
  });
  it('a 前言 with its own spaced heading (前　　言) and the editors’ sign-off is the source’s editor note, never words of its title', () => {
    const text = ['基层服务型党组织建设案例选', '', '中共××县委组织部　编', '', '2014年5月', '', '前　　言', '', '我们选了三个案例，供学习借鉴。', '', '编　者', '', '北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.title).toBe('基层服务型党组织建设案例选');
    expect(doc.editorNote).toMatch(/^我们选了三个案例，供学习借鉴。/);
    // The page prints the note under the source's own word, not 编者按.
    expect(doc.editorNoteLabel).toBe('前言');
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '天津宝坻区推行一站三中心']);
  });

  it('a 编写说明 under a letter-spaced heading is the source’s editor note under its own word, never words of the title', () => {
    const text = ['中共某某市委党校', '', '密切联系群众教学案例选编', '', '中共某某市委党校党建教研部　编', '', '编 写 说 明', '', '我们选了三个案例，供教学讨论使用。', '', '编　者', '', '北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.title).not.toMatch(/说|编\s*者/u);
    expect(doc.editorNote).toMatch(/^我们选了三个案例，供教学讨论使用。/);
    expect(doc.editorNoteLabel).toBe('编写说明');
  });

  it('an 经验交流材料汇编: circulation marks, a Word TOC whose leaders became one space, part headings over cases and a closing 后记 are no text of any case', () => {
    const text = [
      '内部资料', '', '注意保存', '', '联系服务群众', '', '经验交流材料汇编', '', '县委教育实践活动领导小组办公室　编', '', '二〇一四年三月', '',
      '目　录', '', '第一部分 深入基层 一线服务群众 1', '', '北京西城区广外街道党支部建在项目上 1', '', '第二部分 开门纳谏 主动接受群众监督 3', '', '天津宝坻区推行一站三中心 3', '', '后 记 5', '',
      '第一部分　深入基层　一线服务群众', '', '北京西城区广外街道党支部建在项目上', '', '北京市西城区广外街道　王永明', '', caseBody('广外街道'), '',
      '第二部分　开门纳谏　主动接受群众监督', '', '天津宝坻区推行一站三中心', '', '——一个区的做法', '', caseBody('宝坻区'), '',
      '后　　记', '', '我们选取两篇，分为两个部分，供学习参考。', '', '编　者',
    ].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.title).toBe('联系服务群众经验交流材料汇编');
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '天津宝坻区推行一站三中心']);
    expect(doc.drafts.map((d) => d.raw)).toEqual([[caseBody('广外街道')], [caseBody('宝坻区')]]);
    // A unit ending in 街道 before a name is a byline, as one ending in 组织部 is.
    expect(doc.drafts[0]!.authors).toEqual([{ name: '王永明', role: '北京市西城区广外街道' }]);
    const roleOf = (line: number) => doc.left?.find((b) => b.line === line)?.role;
    expect([15, 17, 19, 21, 23].map(roleOf)).toEqual(Array(5).fill('contents'));
    expect([25, 33].map(roleOf)).toEqual(['column', 'column']);
    expect([1, 3].map(roleOf)).toEqual(['compilation-header', 'compilation-header']);
    // With no note before the cases, the 后记 is the source's note, under its own word.
    expect(doc.editorNote).toMatch(/^我们选取两篇/u);
    expect(doc.editorNoteLabel).toBe('后记');
    expect([41, 43, 45].map(roleOf)).toEqual(['editor-note', 'editor-note', 'editor-note']);
  });

  it('a heading the document ranks above the next case’s title is that part’s heading; a 后记 section of a single essay stays its own', () => {
    // Parts group cases: the first part holds two, the second one; nothing marks them but their rank.
    const lines = ['深入基层　一线服务群众', '北京西城区广外街道党支部建在项目上', caseBody('广外街道'), '湖南嘉禾推行四联四包', caseBody('嘉禾县'), '开门纳谏　主动接受监督', '天津宝坻区推行一站三中心', caseBody('宝坻区')];
    const text = lines.join('\n\n');
    const hints = { headings: [{ line: 1, level: 1 }, { line: 3, level: 2 }, { line: 7, level: 2 }, { line: 11, level: 1 }, { line: 13, level: 2 }] };
    const doc = analyseDocument(text, vocab, {}, hints);
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '湖南嘉禾推行四联四包', '天津宝坻区推行一站三中心']);
    expect(doc.drafts.map((d) => d.raw)).toEqual([[caseBody('广外街道')], [caseBody('嘉禾县')], [caseBody('宝坻区')]]);
    expect([1, 11].map((line) => doc.left?.find((b) => b.line === line)?.role)).toEqual(['column', 'column']);
    const essay = analyseDocument(['北京西城区广外街道党支部建在项目上', caseBody('广外街道'), '后记', '作者自己的后记，写于成书之时。'].join('\n\n'), vocab);
    expect(essay.drafts[0]!.raw).toContain('作者自己的后记，写于成书之时。');
  });

  it('in plain text with no heading marks, a 后记 closes a compilation only where the document shows someone collected it (a compiler, a note, contents, or the 后记 signed 编者); else it is the last text’s own', () => {
    const own = ['做群众工作的几点体会', '', '北京西城区广外街道的做法', '', caseBody('广外街道'), '', '天津宝坻区的做法', '', caseBody('宝坻区'), '', '后　记', '', '这篇体会写成之后，又请几位老同志看过，作了修改。'].join('\n');
    const essay = analyseDocument(own, vocab);
    expect(essay.drafts.at(-1)!.raw).toContain('这篇体会写成之后，又请几位老同志看过，作了修改。');
    expect(essay.left?.some((b) => b.role === 'editor-note')).toBe(false);
    // Signed by the editors, the same 后记 is the compilers' closing note, cut and listed as before.
    const compiled = analyseDocument(`${own}\n\n编　者`, vocab);
    expect(compiled.drafts.at(-1)!.raw).not.toContain('这篇体会写成之后，又请几位老同志看过，作了修改。');
    expect(compiled.left?.filter((b) => b.role === 'editor-note').map((b) => b.text)).toEqual(['后　记', '这篇体会写成之后，又请几位老同志看过，作了修改。', '编　者']);
  });

  it('a teaching compilation’s 思考题 after a case are no text of it: cut, and listed with their role', () => {
    const questions = ['思考题：', '', '1．服务网点为什么要下延到村？', '', '2．结合本地实际谈谈如何借鉴。'];
    const text = ['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', ...questions, '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区'), '', ...questions].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.map((d) => d.raw)).toEqual([[caseBody('广外街道')], [caseBody('宝坻区')]]);
    const listed = doc.left?.filter((b) => b.role === 'apparatus') ?? [];
    expect(listed.map((b) => b.text)).toEqual([...questions, ...questions].filter(Boolean));
    expect(listed.map((b) => b.line)).toEqual([5, 7, 9, 15, 17, 19]);
  });

  it('a section of the case headed 思考题 and followed by its own prose stays in the case', () => {
    const text = ['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '思考题', '', '这是作者自己的一段话，不是编号的问题。', '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts[0]!.raw).toContain('这是作者自己的一段话，不是编号的问题。');
    expect(doc.left?.some((b) => b.role === 'apparatus')).toBe(false);
  });

  it('a work bulletin: masthead, 本期要目, a column label over each case and the 报/送/发 lines are no text of any case', () => {
    const text = ['组工简报', '', '第8期（总第56期）', '', '中共某某县委组织部办公室　2014年3月20日', '', '本期要目', '', '◆北京西城区广外街道党支部建在项目上', '', '◆天津宝坻区推行一站三中心', '', '【他山之石】', '', '北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '【他山之石】', '', '天津宝坻区推行一站三中心', '', caseBody('宝坻区'), '', '【点评】', '', '服务下沉。', '', '报：县委常委。', '', '送：县直各单位。', '', '发：各乡镇党委。', '', '（共印50份）'].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.title).toBe('组工简报第8期（总第56期）');
    expect(doc.meta).toMatchObject({ date: '2014-03-20' });
    expect(doc.drafts.map((d) => d.raw)).toEqual([[caseBody('广外街道')], [caseBody('宝坻区'), '【点评】', '服务下沉。']]);
    const role = (role: string) => doc.left?.filter((b) => b.role === role).map((b) => b.text);
    expect(role('column')).toEqual(['【他山之石】', '【他山之石】']);
    expect(role('colophon')).toEqual(['报：县委常委。', '送：县直各单位。', '发：各乡镇党委。', '（共印50份）']);
    expect(role('contents')).toEqual(['本期要目', '◆北京西城区广外街道党支部建在项目上', '◆天津宝坻区推行一站三中心']);
    expect(doc.left?.find((b) => b.line === 5)?.reason).toMatch(/publication/);
  });

  it('a 【点评】： alone on its line is numbered as the edition numbers it: a join in the commentary after it lands', () => {
    const text = ['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '【点评】：', '', '服务下沉到村组', '', '，群众办事不出村。'].join('\n');
    const [draft] = analyseDocument(text, vocab).drafts;
    expect(draft!.corrections).toEqual([{ type: 'join', p: 2, after: '下沉到村组'.slice(-4) }]);
    expect(buildEdition(draft!.raw, draft!.corrections)).toEqual([
      { p: 1, text: caseBody('广外街道') },
      { p: null, text: '【点评】' },
      { p: 2, text: '服务下沉到村组，群众办事不出村。' },
    ]);
  });

  it('a case’s own last paragraph opening 送：… is its text, not a bulletin’s distribution line', () => {
    const closing = '送：一张便民卡，一份明白纸。群众说，这是送到家门口的温暖。';
    const text = ['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', closing, '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区'), '', closing].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.map((d) => d.raw)).toEqual([[caseBody('广外街道'), closing], [caseBody('宝坻区'), closing]]);
    expect(doc.left?.some((b) => b.role === 'colophon')).toBe(false);
  });

  it('a line in 【】 closing the last case heads no case after it: it stays the case’s own text', () => {
    const text = ['北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', caseBody('西城区'), '', '【群众满意】'].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts[0]!.raw.at(-1)).toBe('【群众满意】');
    expect(doc.left?.some((b) => b.role === 'column')).toBe(false);
  });

  it('an editor’s credit in 【】 between two cases is the credit, listed as the unbracketed one is: no column, no author', () => {
    const withCredit = (credit: string) => analyseDocument(['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', credit, '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n'), vocab);
    const bracketed = withCredit('【责任编辑：张三】');
    const plain = withCredit('责任编辑：张三');
    const roleOf = (doc: ReturnType<typeof analyseDocument>, text: string) => doc.left?.find((b) => b.text === text)?.role;
    expect(roleOf(plain, '责任编辑：张三')).toBeDefined();
    expect(roleOf(bracketed, '【责任编辑：张三】')).toBe(roleOf(plain, '责任编辑：张三'));
    expect(bracketed.drafts.map((d) => d.raw)).toEqual([[caseBody('广外街道')], [caseBody('宝坻区')]]);
    expect(bracketed.drafts.flatMap((d) => d.authors.map((a) => a.name))).not.toContain('张三');
    expect(COLUMN_LABEL.test('【责任编辑：张三】')).toBe(false);
    expect(COLUMN_LABEL.test('【他山之石】')).toBe(true);
  });

  it('a 声明： paragraph inside the text is the text’s; only closing the text is it the page’s statement', () => {
    const quoted = '声明：本村“两委”公开承诺，一月内修好村道，请群众监督。';
    const footer = '声明：本文仅代表作者个人观点，不代表本站立场。';
    const text = ['北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', quoted, '', caseBody('西城区'), '', footer].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts[0]!.raw).toEqual([caseBody('广外街道'), quoted, caseBody('西城区')]);
  });

  it('a case counting its own systems (构建三大服务体系) keeps its place, though the body names other provinces', () => {
    const body = ['永善县构建三大服务体系，干部每月走访群众，听取意见。', '永善县各乡镇推行代办服务，群众满意。', '永善县学习浙江、江苏、广东等地的经验，建立便民服务中心。'];
    expect(isRoundUp('构建三大服务体系', body.join('\n'), regions)).toBe(false);
    // Other provinces named a paragraph each, the county in most: still the county's own case.
    const visits = ['永善县构建三大服务体系，干部每月走访群众。', '干部赴浙江安吉考察学习。', '又到江苏昆山学习网格化管理。', '再去广东东莞学习党代表工作室。', '永善县各乡镇推行代办服务。', '永善县群众满意。'];
    expect(isRoundUp('构建三大服务体系', visits.join('\n'), regions)).toBe(false);
    const draft = analyseDocument(['构建三大服务体系', '', ...body.flatMap((p) => [p, ''])].join('\n'), vocab).drafts[0]!;
    expect(draft.region?.code).toBe('530625');
  });

  it('a column label is never the compilers’ 【点评】 nor any note’s label, however the note list names it', () => {
    expect(COLUMN_LABEL.test('【他山之石】')).toBe(true);
    expect(COLUMN_LABEL.test('【经验交流】')).toBe(true);
    for (const label of ['【点评】', '【编者按】', '【开栏的话】', '【开篇的话】', '【编辑说明】', '【编写说明】', '【编者的话】']) expect(COLUMN_LABEL.test(label), label).toBe(false);
  });

  it('a compiler line is neither staff nor part of the compilation title; the printed month is the date', () => {
    const text = ['联系服务群众经验做法选编（第三辑）', '', '中共××省委组织部组织二处编', '', '2013年10月', '', '编者按', '', '现将部分地方的经验做法摘录如下，', '供参考。', '', '北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.title).toBe('联系服务群众经验做法选编（第三辑）');
    expect(doc.meta).toMatchObject({ date: '2013-10' });
    // The compiler is the source's publisher (the compiler proposal), never a web page's 责编 (staff).
    expect(doc.meta).not.toHaveProperty('staff');
    expect(doc.left?.find((b) => b.line === 3)?.reason).toMatch(/publication/);
    // The note's lines start after the label line and end on its last line, as check:content reads them.
    expect(doc.editorNoteLines).toEqual([9, 10]);
    // 编者按 is what the page prints anyway: no label is written.
    expect(doc.editorNoteLabel).toBeUndefined();
    const lines = text.split('\n').slice(doc.editorNoteLines![0] - 1, doc.editorNoteLines![1]);
    expect(doc.editorNote!.replace(/\s+/g, '')).toBe(normalizePunctuation(splitParagraphs(lines).join('')));
    expect(doc.left?.map((b) => [b.role, b.line])).toEqual(
      expect.arrayContaining([['compilation-header', 1], ['compilation-header', 3], ['dateline', 5], ['editor-note', 7], ['editor-note', 9]]),
    );
  });
  it('a compiler line ending in any unit (科, 股, 中心) with 编印 is never glued to the title, nor written as staff', () => {
    for (const compiler of ['中共某某市委组织部组织一科　编印', '某某县委宣传部理论股编', '某某市社会工作服务中心编印']) {
      const text = ['基层联系服务群众经验做法选编（第二辑）', '', compiler, '', '2014年1月', '', '编者按：现将部分地方的经验做法摘录如下，供参考。', '', '北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '天津宝坻区推行一站三中心', '', caseBody('宝坻区')].join('\n');
      const doc = analyseDocument(text, vocab);
      expect(doc.title).toBe('基层联系服务群众经验做法选编（第二辑）');
      expect(doc.meta.staff).toBeUndefined();
      expect(doc.left?.find((b) => b.text === compiler)).toMatchObject({ role: 'compilation-header' });
    }
  });
  it("a notice's 版记 leaves the last case, its text is reported, its 落款 date is the source's", async () => {
    const file = path.join(FIXTURES, 'analysis/notice-attachments.docx');
    const { doc, left } = await ingestInput(file, readFileSync(file), vocab);
    expect(doc.drafts).toHaveLength(3);
    expect(doc.drafts[2]!.raw.join('')).not.toMatch(/抄送|印发/);
    expect(doc.meta.date).toBe('2024-03-15');
    expect(doc.meta.publication).toBe('中共××市委组织部');
    expect(left.filter((b) => b.role === 'colophon')).toHaveLength(2);
    expect(left.some((b) => b.role === 'notice' && b.text.includes('〔2024〕12号'))).toBe(true);
  });
  it('a notice that is itself the case: titled by its 关于…的通知 line, red head and 文号 reported, 落款 in the body, 版记 out of it', () => {
    const text = ['中共××县委组织部文件', '', '×组发〔2024〕3号', '', '关于开展党员联系户工作的通知', '', '各乡镇党委：', '', '为密切党群关系，经研究，决定在全县开展党员联系户工作。现将有关事项通知如下。', '', '一、每名党员联系10户左右群众，做到家有病人过去看看、家有纠纷出面劝劝。', '', '二、各乡镇党委要加强督促检查，确保工作落实到位。', '', '中共××县委组织部', '', '二〇二四年五月六日', '', '抄送：县委办公室。', '', '中共××县委组织部办公室　　2024年5月6日印发'].join('\n');
    const doc = analyseDocument(text, vocab);
    // The 落款 (中共××县委组织部, ×× for the name the copy leaves out, the date under it) signs the notice and stays in its
    // text (the team's rule 2); its date is still the source's. The 版记 under it is no text.
    expect(doc.drafts.map((d) => [d.title, d.lines])).toEqual([['关于开展党员联系户工作的通知', [7, 17]]]);
    expect(doc.drafts[0]!.raw.slice(-2)).toEqual(['中共××县委组织部', '二〇二四年五月六日']);
    expect(doc.meta).toMatchObject({ date: '2024-05-06', publication: '中共××县委组织部' });
    expect(doc.left?.map((b) => [b.role, b.line])).toEqual([['notice', 1], ['notice', 3], ['headline', 5], ['colophon', 19], ['colophon', 21]]);
  });
});

// docs16's journal page: a 【编者按】 set between the byline and the text went into the body.
describe('an editor’s note between a text’s heading block and its body', () => {
  const body = ['丹棱县把议事会开到农家院坝，群众有事当面说，干部当场记，能办的马上办。', '一年来，全县院坝说事会共收集群众意见建议2860条，办结2714条。'];
  const heading = ['“院坝说事会”说出干群一条心', '', '——丹棱县推行“院坝说事会”的实践', '', '张明远　李　琳（中共丹棱县委组织部）', ''];
  it('is the source’s note, its label a heading line of its own or run into its words, and no body text', () => {
    for (const note of [['编者按', '', '群众的事情千头万绪。本刊特予刊发。'], ['【编者按】群众的事情千头万绪。本刊特予刊发。']]) {
      const doc = analyseDocument([...heading, ...note, '', ...body.flatMap((p) => [p, ''])].join('\n'), vocab);
      expect(doc.editorNote, note[0]).toBe('群众的事情千头万绪。本刊特予刊发。');
      expect(doc.editorNoteLines, note[0]).toEqual([note.length === 1 ? 7 : 9, note.length === 1 ? 7 : 9]);
      expect(doc.drafts.map((d) => d.raw), note[0]).toEqual([body]);
      expect(doc.left?.filter((b) => b.role === 'editor-note').map((b) => b.text), note[0]).toEqual(note.filter(Boolean));
    }
  });
  it('a periodical’s name over its issue line is its masthead, the issue line its issue number; both still name the source; over a headline with no title the issue line is the issue number', () => {
    const cases = ['北京西城区广外街道党支部建在项目上', body[0], '天津宝坻区推行一站三中心', body[1]];
    for (const [issue, title] of [['第3期', '眉山党建（第3期）'], ['2024年第3期', '眉山党建（2024年第3期）']] as const) {
      const doc = analyseDocument(['眉山党建', issue, '中共眉山市委组织部编　2024年3月20日', '编者按：现将部分地方的经验做法摘录如下，供参考。', ...cases].join('\n\n'), vocab);
      expect(doc.title, issue).toBe(title);
      const role = (text: string) => doc.left?.find((b) => b.text === text)?.role;
      expect([role('眉山党建'), role(issue), role('中共眉山市委组织部编　2024年3月20日')], issue).toEqual(['masthead', 'issue-number', 'masthead']);
    }
    // A compilation's volume line (第二辑) is no issue: docx-compilation-title/volume-line.docx keeps it the title's.
    const journal = analyseDocument(['基层党建·经验交流', '', '2024年第3期', '', ...heading, '编者按：群众的事情千头万绪。', '', ...body.flatMap((p) => [p, ''])].join('\n'), vocab);
    expect(journal.title).toBeUndefined();
    expect(journal.left?.filter((b) => b.line! < 5).map((b) => b.role)).toEqual(['column', 'issue-number']);
  });
  it('is no note where a note’s word only opens the text’s first sentence (编辑说明会…, 按语式…): the label is set off from its words', () => {
    for (const opening of ['编辑说明会是县里每月召开的例会，专门研究群众反映的问题。', '按语式的开头不是编者按，丹棱县的做法是从2019年开始的。']) {
      const doc = analyseDocument([...heading, opening, '', ...body.flatMap((p) => [p, ''])].join('\n'), vocab);
      expect(doc.editorNote, opening).toBeUndefined();
      expect(doc.drafts.map((d) => d.raw), opening).toEqual([[opening, ...body]]);
    }
    const spaced = analyseDocument([...heading, '编者按　群众的事情千头万绪。', '', ...body.flatMap((p) => [p, ''])].join('\n'), vocab);
    expect(spaced.editorNote).toBe('群众的事情千头万绪。');
  });
  it('of several paragraphs runs on while they are set as its words are and the text after them otherwise; with no such evidence it is its first, the next marked unsure', () => {
    const note = ['【编者按】群众的事情千头万绪。', '', '本刊特予刊发，供各地参考。', ''];
    const text = [...heading, ...note, ...body.flatMap((p) => [p, ''])].join('\n');
    const set = (noteLook: string) => ({ looks: [7, 9, 11, 13].map((line, i) => ({ line, look: i < 2 ? noteLook : 'text' })) });
    const boxed = analyseDocument(text, vocab, {}, set('box'));
    expect(boxed.editorNote).toBe('群众的事情千头万绪。\n\n本刊特予刊发，供各地参考。');
    expect(boxed.editorNoteLines).toEqual([7, 9]);
    expect(boxed.drafts.map((d) => d.raw)).toEqual([body]);
    expect(boxed.drafts[0]!.flags.join('')).not.toContain('编者按之后');
    // Set all alike, or not said at all: nothing tells the note's end.
    for (const hints of [set('text'), {}]) {
      const doc = analyseDocument(text, vocab, {}, hints);
      expect(doc.editorNote).toBe('群众的事情千头万绪。');
      expect(doc.drafts.map((d) => d.raw)).toEqual([['本刊特予刊发，供各地参考。', ...body]]);
      expect(doc.drafts[0]!.flags.filter((f) => f.includes('编者按之后'))).toEqual([expect.stringContaining('第9行“本刊特予刊发，供各地参考。…”')]);
    }
  });
  it('a name shaped as a column’s (党建·民生) over several cases, with no other title, is the compilation’s title', () => {
    const cases = ['北京西城区广外街道党支部建在项目上', body[0], '天津宝坻区推行一站三中心', body[1]];
    const doc = analyseDocument(['党建·民生', '编者按：现将部分地方的经验做法摘录如下，供参考。', ...cases].join('\n\n'), vocab);
    expect(doc.title).toBe('党建·民生');
    expect(doc.left?.find((b) => b.text === '党建·民生')?.role).toBe('compilation-header');
  });
  it('in a compilation is that case’s, the compilers’ addition: no note of the whole source, and no body text', () => {
    const text = ['# 北京西城区广外街道党支部建在项目上', '', body[0], '', '# 天津宝坻区推行一站三中心', '', '【编者按】宝坻区的做法值得借鉴。', '', body[1]].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.editorNote).toBeUndefined();
    expect(doc.drafts.map((d) => d.raw)).toEqual([[body[0]], [body[1]]]);
    expect(doc.left?.filter((b) => b.role === 'compilers-addition').map((b) => [b.text, b.line])).toEqual([['【编者按】宝坻区的做法值得借鉴。', 7]]);
  });
});

// docs18 03: a compilation whose compilers set a 【编者按】 over each case and a 【点评】 after it.
describe('a note the compilers set over one case of several', () => {
  const cases = [
    ['北京西城区广外街道党支部建在项目上', '广外街道在综合整治项目上建立联合党支部，把政府的好心办成群众满意的好事。', '街道党工委每月召开联席会，协调解决整治中的问题。'],
    ['天津宝坻区推行一站三中心', '宝坻区从2009年开始推行乡镇“一站三中心”工作模式。', '群众有事到镇里一个门就能办完。'],
  ];
  const text = (notes: string[][], comment = '') =>
    ['××市联系服务群众案例汇编', '中共××市委组织部编', ...cases.flatMap((c, i) => [...notes[i]!, `# ${c[0]}`, c[1]!, c[2]!, ...(comment ? ['【点评】', comment] : [])])].join('\n\n');
  it('is that case’s: not the end of the case before, nor, over the first case, the note of the whole book', () => {
    const notes = [['【编者按】广外街道的做法值得借鉴。'], ['编者按', '宝坻区的做法也值得借鉴。', '两段都是编者所加。']];
    const doc = analyseDocument(text(notes, '这是汇编者的点评。'), vocab);
    expect(doc.editorNote).toBeUndefined();
    expect(doc.drafts.map((d) => d.raw)).toEqual(cases.map((c) => [c[1], c[2], '【点评】', '这是汇编者的点评。']));
    // Plain text does not say how far the label-alone note runs: its first paragraph is the note; the one after it
    // says it is the compilers' own (编者所加) and is listed as their addition by its words.
    expect(doc.left?.filter((b) => b.role === 'compilers-addition').map((b) => b.text)).toEqual([notes[0]![0], '编者按 / 宝坻区的做法也值得借鉴。', '两段都是编者所加。']);
    expect(doc.title).toBe('××市联系服务群众案例汇编');
  });
  it('a 后记 label inside the last case’s text takes only its own extent, never the text after it (a label alone says where it starts, not where it ends)', () => {
    const text = readFileSync(path.resolve('tests/fixtures/ingest/docx-mid-postscript/mid-postscript.txt'), 'utf8');
    const doc = analyseDocument(text, vocab);
    const last = doc.drafts.at(-1)!;
    const body = buildEdition(last.raw, last.corrections).map((b) => b.text);
    expect(body.slice(-2)).toEqual(['半年后，记者再次来到凤冈县回访。县里已把连心卡的办理情况纳入干部年度考核，群众反映的问题按月通报。', '今年以来，全县干部接听群众来电1.2万次，办结群众反映的问题3400余件，群众满意率达到96%。']);
    expect(body.join('')).not.toContain('一张小小的卡片');
    expect(doc.editorNote).toBe('本书选编的案例，都是各县区近年来联系服务群众的做法，供各地学习参考。');
    // Plain text does not say where the 编后语 ends: the paragraph after its first stays in the body, flagged.
    expect(last.flags).toContainEqual(expect.stringMatching(/^正文第3段（第23行“半年后.*紧接在正文中间的编后语之后/u));
  });
  it('standing in the middle of a case’s text is that note alone: the text after it is the case’s again, flagged where nothing tells where the note ends', () => {
    const more = '各社区每季度向居民公开整治进度，接受群众监督。';
    const mid = ['××市联系服务群众案例汇编', '中共××市委组织部编', `# ${cases[0]![0]}`, cases[0]![1], '编者按：广外街道的做法值得借鉴。', cases[0]![2], more, `# ${cases[1]![0]}`, cases[1]![1], cases[1]![2]].join('\n\n');
    const doc = analyseDocument(mid, vocab);
    expect(doc.drafts.map((d) => buildEdition(d.raw, d.corrections).map((b) => b.text))).toEqual([[cases[0]![1], cases[0]![2], more], [cases[1]![1], cases[1]![2]]]);
    expect(doc.left?.filter((b) => b.role === 'compilers-addition').map((b) => b.text)).toEqual(['编者按：广外街道的做法值得借鉴。']);
    expect(doc.drafts[0]!.flags).toContainEqual(expect.stringMatching(/^正文第2段（第\d+行“街道党工委每月召开联席会.*紧接在正文中间的编者按之后/u));
    expect(doc.drafts[1]!.flags.filter((f) => f.includes('编者按'))).toEqual([]);
  });
  it('over the first case only, with no case having its own, is the whole book’s (the source’s editorNote)', () => {
    const doc = analyseDocument(text([['【编者按】现将部分地方的经验做法摘录如下，供参考。'], []]), vocab);
    expect(doc.editorNote).toBe('现将部分地方的经验做法摘录如下，供参考。');
    expect(doc.drafts.map((d) => d.raw)).toEqual(cases.map((c) => [c[1], c[2]]));
  });
  it('closing the last case is that case’s, and leaves the book’s note over the first case the source’s', () => {
    const doc = analyseDocument(`${text([['【编者按】现将部分地方的经验做法摘录如下，供参考。'], []])}\n\n编者按：宝坻区的做法已在全市推广。`, vocab);
    expect(doc.editorNote).toBe('现将部分地方的经验做法摘录如下，供参考。');
    expect(doc.drafts.map((d) => d.raw)).toEqual(cases.map((c) => [c[1], c[2]]));
    expect(doc.left?.find((b) => b.role === 'compilers-addition')).toMatchObject({ text: '编者按：宝坻区的做法已在全市推广。', reason: expect.stringContaining('标在“天津宝坻区推行一站三中心”正文之后') });
  });
});

describe('misread-character guesses', () => {
  const text = ['干部走进村民家', '', '干部把群众的事纳人议事日程，每月走访群众，听取意见，解决问题，群众满意。', '', '这是第二段正文，写明了做法与成效，干部与群众同吃同住。'].join('\n');
  const guess = (doc: ReturnType<typeof analyseDocument>) => doc.drafts[0]!.flags.some((f) => f.includes('疑“入”误作“人”'));
  it('are raised on text OCR may have read (a text export)', () => expect(guess(analyseDocument(text, vocab))).toBe(true));
  it('are not raised on text as typed (a web page as the site serves it)', () => expect(guess(analyseDocument(text, vocab, {}, { bornDigital: true }))).toBe(false));
  it('are raised on text as typed that shows OCR traits (l for 1 among digits)', () => {
    const ocrd = text.replace('每月走访', '每月走访l0次');
    expect(guess(analyseDocument(ocrd, vocab, {}, { bornDigital: true }))).toBe(true);
  });
  it('flag every place once: a second misreading in the paragraph too, two slips a character apart as two flags (answered apart: trial 14), lO for 10', () => {
    const body = '干部把群众的事纳人议事日程，每月深人走访群众约lO户，听取意见，解决问题，“泥牛人海！’’群众满意。';
    const flags = analyseDocument(text.replace(/干部把群众的事纳人议事日程.*?群众满意。/u, body), vocab).drafts[0]!.flags.filter((f) => f.startsWith('第1段'));
    expect(flags).toEqual([
      '第1段：疑“入”误作“人”：“部把群众的事纳人议事日程，每”',
      '第1段：疑“入”误作“人”：“事日程，每月深人走访群众约l”',
      '第1段：疑数字误作字母（l/O）：“人走访群众约lO户，听取意见”',
      '第1段：疑“入”误作“人”：“解决问题，“泥牛人海！’’群众满”',
      '第1段：疑右引号误作两个单引号：““泥牛人海！’’群众满意。”',
    ]);
  });

  const firstParagraphFlags = (body: string, hints: { bornDigital?: boolean } = {}) =>
    analyseDocument(text.replace(/干部把群众的事纳人议事日程.*?群众满意。/u, body), vocab, {}, hints).drafts[0]!.flags.filter((f) => f.startsWith('第1段'));

  it('flag 一 read for a dash between the terms of a list, even in text as typed, but not 一 as a numeral', () => {
    expect(firstParagraphFlags('全县建立网格一社区一街道一区职能部门四级联动机制，干部每月走访群众。', { bornDigital: true })).toEqual([
      '第1段：疑连接号（—）误作“一”：“全县建立网格一社区一街道一区职能部门四级联动机”',
    ]);
    expect(firstParagraphFlags('只能一个门一个门地进，上下一体的机制需进一步完善，群众的一言一行都要看在眼里。')).toEqual([]);
    expect(firstParagraphFlags('实行“一村一站一助理”，干部每月走访群众。')).toEqual([]);
  });

  it('flag a rare character standing alone between two words, used nowhere else in the text, where OCR may have read it', () => {
    const body = '工程复杂、涉及面广、群众爪个性化需求多，干部每月走访群众，解决问题。';
    expect(firstParagraphFlags(body)).toEqual(['第1段：罕用字“爪”孤立于两词之间，疑为衍字或误字：“及面广、群众爪个性化需求多”']);
    expect(firstParagraphFlags(body, { bornDigital: true })).toEqual([]);
    // Used a second time, a character is the text's own; a verb or measure word may stand alone.
    expect(firstParagraphFlags(`${body}老鹰的爪很锋利。`)).toEqual([]);
    expect(firstParagraphFlags('干部和群众聊几句，送点帮扶款等等。')).toEqual([]);
    // A status word's morpheme (患, tagged zg) is used alone as a verb is: the eleventh trial rejected this flag.
    expect(firstParagraphFlags('医生初步诊断孩子患手足口病，马上送到医院。')).toEqual([]);
  });

  it('flag a closing quotation mark with no opening one in its paragraph, and an opening one never closed', () => {
    expect(firstParagraphFlags('热线号码“8860000”中的0”寓意“灵”，干部每月走访群众。', { bornDigital: true })).toEqual(['第1段：右引号前无左引号，疑脱左引号或右引号衍：“00”中的0”寓意“灵”，”']);
    expect(firstParagraphFlags('干部每月走访群众，群众称之为“连心桥。', { bornDigital: true })).toEqual(['第1段：左引号到段末未闭合，疑脱右引号：“，群众称之为“连心桥。”']);
    // A quotation running over paragraphs opens each with “ and closes only at its end.
    expect(firstParagraphFlags('村支书讲道：“干部每月走访群众，解决群众的问题。\n\n“我们要把群众的事当作自己的事。”', { bornDigital: true })).toEqual([]);
    // Paired marks, and a closing mark OCR read as ’’ (flagged as that), raise no flag of their own.
    expect(firstParagraphFlags('干部把“群众满意”当作标准，每月走访群众。', { bornDigital: true })).toEqual([]);
    expect(firstParagraphFlags('群众说“干部好’’，干部每月走访群众。')).toEqual(['第1段：疑右引号误作两个单引号：“众说“干部好’’，干部每月走”']);
  });

  it('flag a colon after a lone noun inside a sentence, not one after a clause that announces, nor a run-in label', () => {
    expect(firstParagraphFlags('社区人口多，群众：工作任务繁重，干部每月走访群众。', { bornDigital: true })).toEqual(['第1段：冒号前只有一个名词，不成分句，疑冒号衍：“人口多，群众：工作任务繁重”']);
    expect(firstParagraphFlags('台账分为两类：一类是基本台账，一类是动态台账。', { bornDigital: true })).toEqual([]);
    expect(firstParagraphFlags('服务做到“两到位”，即：进门问候、出门清理。', { bornDigital: true })).toEqual([]);
    expect(firstParagraphFlags('主要做法：干部每月走访群众。', { bornDigital: true })).toEqual([]);
  });
});

describe('drafts already in the library', () => {
  const library = loadLibrary(path.join(FIXTURES, 'analysis/library'));
  const withLibrary: Vocabulary = { ...vocab, library };
  it('names the published case a page repeats', async () => {
    const file = path.join(FIXTURES, 'rednet-jiahe.html');
    const { doc } = await ingestInput(file, readFileSync(file), withLibrary);
    expect(doc.drafts[0]!.published).toMatchObject({ id: 'jiahe-silian-sibao', title: '用机制保障党群干群关系互动交融' });
    expect(doc.drafts[0]!.flags[0]).toMatch(/^与已发表案例 jiahe-silian-sibao（用机制保障党群干群关系互动交融）正文(相同|高度相似)/);
  });
  it('under a retyped title and another layout too', async () => {
    const file = path.join(FIXTURES, 'analysis/place-short-title.txt');
    const { doc } = await ingestInput(file, readFileSync(file), withLibrary);
    expect(doc.drafts[0]!.title).not.toBe('用机制保障党群干群关系互动交融');
    expect(doc.drafts[0]!.published?.id).toBe('jiahe-silian-sibao');
  });
  it('names nothing for an article the library does not hold', async () => {
    const file = path.join(FIXTURES, 'yongshan.md');
    const { doc } = await ingestInput(file, readFileSync(file), withLibrary);
    expect(doc.drafts[0]!.published).toBeUndefined();
    expect(doc.drafts[0]!.flags.join('')).not.toContain('已发表');
  });
});

describe('a compiler line that ends with the printing date', () => {
  // An editor's trial: “中共某某市委组织部编印 2013年10月” under a Word compilation's title was glued to the title and its date lost.
  // A compiler line ending in the printing date under a compilation's title (composed for the tests; 某某 for the body).
  const text = readFileSync('tests/fixtures/ingest/analysis/compiler-line-dated.txt', 'utf8');
  const doc = analyseDocument(text, vocab);
  it('keeps the title apart from the compiler and reads the date at its precision', () => {
    expect(doc.title).toBe('各地联系服务群众经验做法选编');
    expect(doc.meta.staff).toBeUndefined();
    expect(doc.meta.date).toBe('2013-10');
    expect(doc.drafts.map((d) => d.title)).toEqual(['家有难题请找老李', '群众动嘴干部跑腿']);
  });
});

describe("a form's filing line", () => {
  it('is a label naming a filing date and its value, and nothing else labelled', () => {
    expect(filingLine('填报时间：2024年4月10日')).toEqual({ label: '填报时间', value: '2024年4月10日' });
    expect(filingLine('填 报 日 期: 2024-04-10')).toEqual({ label: '填 报 日 期', value: '2024-04-10' });
    expect(filingLine('活动时间：2024年4月10日')).toBeUndefined();
    expect(filingLine('填报时间')).toBeUndefined();
  });
});
