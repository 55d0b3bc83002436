/**
 * Key-figure candidates and the labels proposed for them, on sentences made
 * for the test (never the corpus): a label names what is counted in the
 * sentence's own words, and numbers that count nothing are no candidates.
 */
import { describe, expect, it } from 'vitest';
import { countedFigures, figureLabel } from '../../src/lib/ingest/key-figures.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';
import { numberBlocks } from '../../src/lib/edition.ts';

/** The label proposed for the first counted figure of a clause. */
function labelOf(clause: string): string | undefined {
  const m = countedFigures(clause)[0];
  if (!m) throw new Error(`no figure in ${clause}`);
  return figureLabel(clause, m.at, m.figure.length);
}

describe('key-figure labels', () => {
  it('say, of a short clause, what was done and to what: the clause less the figure, its determiners and the words that only state it', () => {
    expect(labelOf('建立11个联合党支部')).toBe('建立联合党支部');
    expect(labelOf('覆盖全镇3.2万个农户')).toBe('覆盖农户');
    expect(labelOf('领到300元奖金')).toBe('领到奖金');
    expect(labelOf('提出入党申请的青年农民超过2000名')).toBe('提出入党申请的青年农民');
    // A place opening the clause says where, not what (trial 12's 东莞).
    expect(labelOf('东莞共有党代表工作室联络员1285名')).toBe('党代表工作室联络员');
    // A figure after 的 is the measure of what stands before it.
    expect(labelOf('占全县农村党员总数的92%')).toBe('占农村党员总数的比例');
    // A determiner bound to the next character (全县性) is part of the word.
    expect(labelOf('先后组织了5次全县性的主题活动')).toBe('先后组织全县性的主题活动');
  });

  // Trial 22: “干部” and “全县” from 全县干部…1.2万人次 said who and where, not what was counted; the editor types it.
  it('are not proposed when they name only a place, or only who did what a 人次 counts', () => {
    expect(labelOf('全县干部1.2万人次')).toBeUndefined();
    expect(labelOf('全县干部累计达1.2万人次')).toBeUndefined();
    expect(labelOf('全县共1.2万人次')).toBeUndefined();
    expect(labelOf('东莞1285名')).toBeUndefined();
    // What was done, or people counted by head, does say it.
    expect(labelOf('全县干部走访群众1.2万人次')).toBe('干部走访群众');
    expect(labelOf('全县党员1285名')).toBe('党员');
  });

  it('name only what is counted when the clause is long or holds another number', () => {
    expect(labelOf('他们在城区南北两河的综合整治项目上共建立11个联合党支部')).toBe('联合党支部');
  });

  it('name every figure of a clause that gives several, each in its measure, joined as a list', () => {
    expect(labelOf('8万名干部组成9000个工作组')).toBe('干部人数和工作组数');
    expect(labelOf('以98%的办结率、97%的满意率、12万余次上门服务赢得了群众的信任')).toBe('办结率、满意率和上门服务次数');
    expect(labelOf('全县120个行政村共有300个“连心驿站”服务点')).toBe('行政村数和“连心驿站”服务点数');
  });

  it('name one thing changed from a figure to a figure, with the times the clause gives', () => {
    expect(labelOf('志愿者也从最初的30人发展到95人')).toBe('志愿者人数（最初、后来）');
    expect(labelOf('由过去的日接听能力200个提升到现在的2000多个')).toBe('日接听能力（过去、现在）');
  });

  it('name what was done and for whom when the figure follows a preposition, never the clause as it runs', () => {
    expect(labelOf('和同事一起为3万多户居民进行了免费检修')).toBe('免费检修的居民户数');
  });

  it('name what a figure before 的 measures, and say which measure', () => {
    expect(labelOf('在全区组成了12万人的联系服务团队')).toBe('联系服务团队（人数）');
  });

  it('say 比例 of a share with no rate named: the share of what the clause says', () => {
    expect(labelOf('有60%左右的干部在机关留守')).toBe('干部在机关留守的比例');
    expect(labelOf('全县85%左右属于丘陵')).toBe('属于丘陵的比例');
    expect(labelOf('40%左右下村服务')).toBe('下村服务的比例');
  });

  it('name the rate a percentage gives, before or after it', () => {
    expect(labelOf('走访小村入户率要在90%以上')).toBe('走访小村入户率');
    expect(labelOf('整改率达100%')).toBe('整改率');
    expect(labelOf('以98%的办结率赢得口碑')).toBe('办结率');
  });

  it('name what stands before the figure, with the verb that counts it but not one that only says it is', () => {
    expect(labelOf('共走访群众3.1万人次')).toBe('走访群众');
    expect(labelOf('全县共有便民服务站212个')).toBe('便民服务站');
    expect(labelOf('网上服务大厅访问量达45万余次')).toBe('网上服务大厅访问量');
    // A change compared keeps its verb: the figure measures the change.
    expect(labelOf('农村上访量较上年度下降27%')).toBe('农村上访量较上年度下降');
  });

  it('take a quoted name whole, with the nouns after it', () => {
    expect(labelOf('全市建立了80个“连心驿站”服务点')).toBe('建立“连心驿站”服务点');
    expect(labelOf('在全市各个乡镇和街道社区建立了80个“连心驿站”服务点')).toBe('“连心驿站”服务点');
  });

  it('is made of the clause’s own words, in order, or is left undecided', () => {
    const clauses = ['建立11个联合党支部', '在全区组成了12万人的联系服务团队', '共走访群众3.1万人次', '网上服务大厅访问量达45万余次', '农村上访量较上年度下降27%'];
    for (const c of clauses) {
      const label = labelOf(c)!.replace(/（[^）]*）$/u, '');
      // Each character in the clause, after the one before it.
      let from = 0;
      for (const ch of label) {
        from = c.indexOf(ch, from) + 1;
        expect(from, `${label} in ${c}`).toBeGreaterThan(0);
      }
    }
    expect(labelOf('目前，5名')).toBeUndefined();
  });

  it('stays a few words, cut at a word, keeping what is counted', () => {
    const label = labelOf('解决近4万名机动车驾驶学员排队待考难题')!;
    expect(Array.from(label).length).toBeLessThanOrEqual(12);
    expect(label.endsWith('难题')).toBe(true);
    expect('机动车驾驶学员排队待考难题').toContain(label);
  });
});

describe('key-figure candidates', () => {
  it('read a figure with 多 or 余 before its unit', () => {
    expect(countedFigures('记载民情事项4300多项').map((f) => f.figure)).toEqual(['4300多项']);
    expect(countedFigures('解决问题200余个').map((f) => f.figure)).toEqual(['200余个']);
  });

  it('leave out ordinals, ranks, spans of time and years', () => {
    expect(countedFigures('第3批干部进村')).toEqual([]);
    expect(countedFigures('每5户设一名联络员').map((f) => f.figure)).toEqual([]);
    expect(countedFigures('仅3个月时间群众自行搬迁达9000余人').map((f) => f.figure)).toEqual(['9000余人']);
    expect(countedFigures('10天内办结')).toEqual([]);
    expect(countedFigures('2013年起实行')).toEqual([]);
  });

  it('propose at most six, a sub-total and an undescribed figure after the others', () => {
    const clauses = ['其中党员30名', '目前，5名', ...Array.from({ length: 6 }, (_, i) => `建立${i + 2}个服务站${'甲乙丙丁戊己'[i]}`)];
    const text = `${clauses.join('，')}。`;
    const proposals = proposeCase({ title: '题', edition: numberBlocks([text]) }, { methods: [], themes: [] }).filter((x) => x.field === 'keyFigures');
    expect(proposals).toHaveLength(6);
    expect(proposals.map((x) => x.quote).join('|')).not.toMatch(/党员30名|5名/u);
    for (const x of proposals) expect(text).toContain(x.quote);
  });
});

describe('key-figure quotes', () => {
  const quotesOf = (text: string) => proposeCase({ title: '题', edition: numberBlocks([text]) }, { methods: [], themes: [] }).filter((x) => x.field === 'keyFigures').map((x) => x.quote);

  it('quote the clause that states the figure, not its whole sentence', () => {
    expect(quotesOf('一年多来，全县党员主动为群众办实事，带动720个贫困户新建蔬菜棚室，帮助他们当年脱贫。')).toEqual(['带动720个贫困户新建蔬菜棚室']);
  });

  it('keep a following clause that compares the figure, as one candidate', () => {
    expect(quotesOf('农村信访量较上年度下降39%，未发生集体访；提出入党申请的青年农民超过2000名，较上年增加了52%，凝聚力进一步增强。')).toEqual(['农村信访量较上年度下降39%', '提出入党申请的青年农民超过2000名，较上年增加了52%']);
  });
});
