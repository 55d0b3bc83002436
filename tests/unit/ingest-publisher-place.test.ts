/**
 * The publisher's place is context, not a guess (#23, the lead's decision): a masthead's issuing unit, a site's
 * footer or the 来源 state who publishes a text, and their place is the draft's only where the heading or opening
 * says the events are the publisher's own (a township of its county, its short name after 来/在, 我区/全县), never
 * where the text names a place of its own elsewhere. The report says which unit and which words.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument, type StructureHints, type Vocabulary } from '../../src/lib/ingest/document.ts';
import type { DocumentMeta } from '../../src/lib/ingest/meta.ts';
import { placeNamesFrom } from '../../src/lib/ingest/places.ts';
import { publisherPlace, publishersOf } from '../../src/lib/ingest/publisher.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const regions = loadRegionIndex();
const vocab: Vocabulary = { methods: [], themes: [], regions };
const BODY = '乡党委为每户移民发放一张连心卡，卡上写明联系干部的姓名和电话，群众有事打个电话，干部第二天就上门。';
const SECOND = '联系干部每周至少走访一次，收到群众诉求后24小时内回应，办理情况每月通报。';

function draftOf(title: string, opening: string, hints: StructureHints = {}, meta: Partial<DocumentMeta> = {}) {
  return analyseDocument([title, '', opening, '', SECOND, ''].join('\n'), vocab, meta, hints).drafts[0]!;
}
const masthead = (text: string): StructureHints => ({ readerLeft: [{ role: 'masthead', text }] });
const footer = (text: string): StructureHints => ({ readerLeft: [{ role: 'chrome', text }] });

describe("the publisher's place", () => {
  it("places an item naming only a township of the masthead's county, and says where the place came from", () => {
    const item = draftOf('务基镇建起“移民连心卡”', BODY, masthead('中共永善县委组织部编　2013年6月20日'));
    expect(item.region?.code).toBe('530625');
    expect(item.region?.township).toBe('务基镇');
    expect(item.flags).toContain('地区取自发布单位：中共永善县委组织部（报头）；标题或开头写“务基镇”，指发布单位本地，定为云南省昭通市永善县，请核对');
    // Without the masthead the township alone places nothing.
    expect(draftOf('务基镇建起“移民连心卡”', BODY).region).toBeUndefined();
  });
  it('never places a text whose events are elsewhere, nor one that does not say they are the publisher\'s own', () => {
    // The item names another county in full: its own place, not the publisher's.
    const elsewhere = draftOf('盐津县学习务基镇建起“移民连心卡”', BODY, masthead('中共永善县委组织部编　2013年6月20日'));
    expect(elsewhere.region?.code).toBe('530623');
    expect(elsewhere.flags.join()).not.toContain('发布单位');
    // Nothing ties the text to the publisher's county: unknown stays unknown.
    expect(draftOf('“移民连心卡”让服务一扫就到', BODY, masthead('中共永善县委组织部编　2013年6月20日')).region).toBeUndefined();
  });
  it("reads a site's footer, its place's short name kept as maintained data (来岚), and its own word for its locality (我区)", () => {
    const pingtan = footer('版权所有：平潭综合实验区党工委管委会网站');
    const visit = draftOf('省妇联调研组来岚调研', '15日，省妇联党组成员、副主席一行来岚调研，走访慰问困难妇女。', pingtan);
    expect(visit.region?.code).toBe('350128');
    expect(visit.flags).toContain('地区取自发布单位：平潭综合实验区党工委管委会网站（页脚）；标题或开头写“来岚”，指发布单位本地，定为福建省福州市平潭县，请核对');
    expect(draftOf('我区继续向困难群众发放春节过节费', BODY, pingtan).region?.code).toBe('350128');
    // A province the text names, the publisher's place within it: made precise by 来岚.
    expect(draftOf('省民政厅领导来岚检查减灾救灾设施', '19日，福建省民政厅副厅长带领救灾处负责人来岚检查我区减灾救灾设施建设情况。', pingtan).region?.code).toBe('350128');
    // 岚 is 平潭's, not another publisher's; 我市 is no word of a county's.
    expect(draftOf('省妇联调研组来岚调研', BODY, footer('版权所有：于都县人民政府')).region).toBeUndefined();
    expect(draftOf('我市继续向困难群众发放春节过节费', BODY, pingtan).region).toBeUndefined();
    expect(draftOf('省妇联调研组来岚调研', BODY).region).toBeUndefined();
  });
  it("reads a place's short name after 来/在 only where it is no ordinary word (在前进道路上, 在大兴调查研究, 在平安建设中)", () => {
    // A district's site reposting a text that names no place: the short names 前进, 大兴, 平安, 和平 are words of the
    // language (jieba: v, b, a, nz), not the district, and tie nothing; 平潭 and 永善 are names only.
    expect(draftOf('奋力在前进道路上创造新的业绩', '新时代新征程，我们要在前进道路上坚定信心、勇毅前行。', footer('版权所有：佳木斯市前进区人民政府')).region).toBeUndefined();
    expect(draftOf('在大兴调查研究中密切联系群众', '各级党组织要在大兴调查研究中倾听群众呼声。', footer('版权所有：北京市大兴区人民政府')).region).toBeUndefined();
    expect(draftOf('在平安建设中践行群众路线', '各地在平安建设中坚持依靠群众，化解矛盾纠纷。', footer('主办单位：海东市平安区人民政府办公室')).region).toBeUndefined();
    expect(draftOf('在和平年代如何做群众工作', '在和平年代，党员干部更要保持同群众的血肉联系。', footer('版权所有：天津市和平区人民政府')).region).toBeUndefined();
    expect(draftOf('省妇联调研组来平潭调研', BODY, footer('版权所有：平潭县人民政府')).region?.code).toBe('350128');
    expect(draftOf('州委领导到永善调研', BODY, footer('版权所有：永善县人民政府')).region?.code).toBe('530625');
  });
  it("never places a text its own signature or body places off the publisher's chain (a 我区 text another district's unit signs)", () => {
    const pingtan = footer('版权所有：平潭综合实验区党工委管委会网站');
    const text = (...lines: string[]) => analyseDocument(lines.join('\n\n'), vocab, {}, pingtan).drafts[0]!;
    const opening = '我区各街道推行街巷长制，每条街巷都有一名处级干部担任街巷长，定期走访群众。';
    // The unit that supplied it, closing the text: its place, as without the footer.
    const supplied = text('我区推行“街巷长制”', opening, SECOND, '（北京市东城区委组织部供稿）');
    expect(supplied.region?.code).toBe('110101');
    expect(supplied.flags.join()).not.toContain('发布单位');
    // The unit signing it under the title: not the publisher's 我区.
    const signed = text('我区推行“街巷长制”', '北京市东城区委组织部', opening, SECOND);
    expect(signed.region?.code).not.toBe('350128');
    expect(signed.flags.join()).not.toContain('发布单位');
    // A place the body only mentions (where the cadres went to learn) is no signature: the 我区 is still the publisher's.
    expect(text('我区推行“街巷长制”', opening, SECOND, '随后，我区组织街巷长赴厦门市思明区学习社区治理经验，群众满意度明显提高。').region?.code).toBe('350128');
  });
  it("reads a township of the publisher's county as a word of its own, not inside another (团结乡亲, 幸福乡村)", () => {
    // 南江县 has a 团结乡, 太仆寺旗 a 幸福乡: 团结乡亲 and 幸福乡村 name neither.
    expect(draftOf('团结乡亲共建美好家园', '驻村干部团结乡亲们修路架桥，群众满意。', footer('版权所有：南江县人民政府')).region).toBeUndefined();
    expect(draftOf('建设幸福乡村的几点体会', '我们把建设幸福乡村作为联系服务群众的落脚点。', footer('版权所有：太仆寺旗人民政府')).region).toBeUndefined();
    expect(draftOf('团结乡建起“移民连心卡”', BODY, footer('版权所有：南江县人民政府')).region?.township).toBe('团结乡');
  });
  it('a full name kept as maintained data places the text wherever it stands, as the division data\'s own do', () => {
    expect(draftOf('平潭综合实验区社会事业局关于社会工作服务站星级评定结果的公示', '此次评定共认定五星级站点2个，现予以公示。').region?.code).toBe('350128');
  });
  it('a 来源 alone places nothing: only a text that says its events are the source\'s own', () => {
    const penalty = draftOf('国家金融监督管理总局浙江监管局行政处罚信息公开表', '当事人为某保险公司，作出决定机关为浙江金融监管局。', {}, { publication: '浙江' });
    expect(penalty.region).toBeUndefined();
    expect(draftOf('我省推行“移民连心卡”', BODY, {}, { publication: '浙江' }).region?.code).toBe('33');
  });
  it('reads the unit a footer or masthead states, and no place where publishers disagree', () => {
    const units = publishersOf(
      [
        { role: 'chrome', text: '技术支持：宜春市大数据发展管理局 版权所有：宜春市人民政府' },
        { role: 'chrome', text: '2016 © 版权归广州市南沙区人民政府所有' },
        { role: 'caption', text: '主办单位：福建省平潭综合实验区管理委员会办公室' },
        { role: 'masthead', text: '中共于都县委组织部编 2025年6月18日' },
        { role: 'masthead', text: '人民日报' },
      ],
      '平潭网',
    );
    expect(units).toEqual([
      { unit: '宜春市人民政府', where: '页脚' },
      { unit: '广州市南沙区人民政府', where: '页脚' },
      { unit: '福建省平潭综合实验区管理委员会办公室', where: '页脚' },
      { unit: '中共于都县委组织部', where: '报头' },
      { unit: '平潭网', where: '来源' },
    ]);
    expect(publisherPlace(units.slice(2, 3), regions)?.place.code).toBe('350128');
    expect(publisherPlace(units, regions)).toBeUndefined();
  });
  it('stops on a bad maintained place name with the file, the entry and the field', () => {
    const names = (entry: object) => ({ about: 'test', names: [entry] });
    expect(() => placeNamesFrom(names({ name: '平潭综合实验区', code: '350199', kind: 'full', source: 'a source an editor can check' }), regions, 'place-names.json')).toThrow('place-names.json: names.0.code: 350199 (平潭综合实验区) is no code of the division data');
    expect(() => placeNamesFrom(names({ name: '岚', code: '350128', kind: 'nickname', source: 'a source an editor can check' }), regions, 'place-names.json')).toThrow(/^place-names\.json: names\.0\.kind: /);
  });
});
