/**
 * The eighteenth held-out set of real pages (#23), imitated with minimal inputs: the outlet a byline names before its
 * writer; a closing bracket byline damaged by a wrong decoding; a paywall's prompts and what follows them; a place
 * named only past the opening. The annotated fixtures (make-real-pages18.ts) hold the whole layouts; these are the
 * rules' edges.
 */
import { describe, expect, it } from 'vitest';
import { CLOSING_BYLINE, parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { CHROME_REASON, chromeKind, dropChrome, type ChromeKind } from '../../src/lib/ingest/read/chrome.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const names = (line: string, outlets: string[] = []) => parseAuthorLine(line, outlets)?.map((a) => a.name);

describe('eighteenth real-page set: the outlet a byline names before its writer', () => {
  it('is no author where the page names itself so (its site, publisher or source begins with the word)', () => {
    expect(names('文｜财新 余聪', ['财新网'])).toEqual(['余聪']);
    expect(parseAuthorLine('文｜湘潮 孙佑民', [undefined, '湘潮网'])?.map((a) => a.name)).toEqual(['孙佑民']);
  });
  it('is a name where the page names no such outlet, and a lone name stays one', () => {
    expect(names('文｜财新 余聪')).toEqual(['财新', '余聪']);
    expect(names('文｜余聪', ['余聪网'])).toEqual(['余聪']);
    // A blog named after its writer is no outlet: the two writers stay.
    expect(names('文｜张三 李四', ['张三的博客'])).toEqual(['张三', '李四']);
  });
});

describe('eighteenth real-page set: a closing bracket byline damaged by a wrong decoding', () => {
  const damaged = '（记者宋晨、田中全、胡\uFFFD础⒑钗睦ぃ\uFFFD';
  it('gives the names before the damage, the one it began in left out', () => {
    expect(names(damaged)).toEqual(['宋晨', '田中全']);
  });
  it('is a closing byline though its bracket is lost', () => {
    expect(CLOSING_BYLINE.exec(`……造福全人类。${damaged}`)?.[2]).toBe(damaged);
    // Without the decoder's mark an open bracket is a sentence's, not a byline's.
    expect(CLOSING_BYLINE.exec('……造福全人类。（记者宋晨、田中全')).toBeNull();
  });
  it('names no one when the damage began in the first name, nor in a line that is no open bracket', () => {
    expect(names('（记者\uFFFD础⒑钗睦ぃ\uFFFD')).toBeUndefined();
    expect(names('县委书记 肖文杰 讲话\uFFFD础⒑')).toBeUndefined();
  });
});

describe('eighteenth real-page set: a paywall', () => {
  it('tells its prompts as the site’s, not sentences that mention subscribing', () => {
    for (const line of ['本文共计1561字 订阅后继续阅读', '登录 后获取已订阅的阅读权限', '财新通会员 可畅读全文', '订阅/会员升级', '本文为付费内容，订阅后可阅读全文']) expect(chromeKind(line), line).toBe('paywall');
    for (const line of ['打开APP阅读全文', '打开××APP，查看更多']) expect(chromeKind(line), line).toBe('promotion');
    expect(chromeKind('村民订阅后可阅读党报党刊，了解政策。')).toBeUndefined();
    expect(chromeKind('登录政务网站即可办理。')).toBeUndefined();
    expect(chromeKind('登录后即可在线办理社保业务。')).toBeUndefined();
    expect(chromeKind('订阅后可阅读党报党刊，了解政策')).toBeUndefined();
    // A case about 政务服务 apps says what one does in them: a sentence, not the site's prompt.
    expect(chromeKind('打开“云南办事通”APP，查看社保缴费记录只需一分钟，群众足不出户就能办成事。')).toBeUndefined();
    expect(chromeKind('打开APP查看办件进度')).toBe('promotion');
  });
  it('ends the text the page gives: what follows it in the block is the site’s, listed', () => {
    const dropped: Array<[string, ChromeKind]> = [];
    const kept = dropChrome(['途虎养车上市不易。', '本文共计1561字 订阅后继续阅读', '推荐进入财新数据库，可随时查阅公司股价走势、结构人员变化等投资信息。'], (l) => l, {}, (l, kind) => dropped.push([l, kind]));
    expect(kept).toEqual(['途虎养车上市不易。']);
    expect(dropped.map(([, kind]) => kind)).toEqual(['paywall', 'after paywall']);
    // The line after the prompt is told as what it is taken for, and how to tell a subscriber's page: no 推广文字 (tags, @accounts).
    expect(CHROME_REASON['after paywall']).toMatch(/^付费阅读提示之后的文字：.*订户保存的页面若在此接着给出正文，请与原件核对后补回$/);
  });
  it('ends nothing at an app’s prompt, under which a mobile page’s text may go on', () => {
    const kept = dropChrome(['途虎养车上市不易。', '打开APP阅读全文', '途虎养车2022年1月即在港交所递表。'], (l) => l, {}, () => undefined);
    expect(kept).toEqual(['途虎养车上市不易。', '途虎养车2022年1月即在港交所递表。']);
  });
});

describe('eighteenth real-page set: a place named only past the opening', () => {
  const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
  const opening = ['党的群众路线教育实践活动开展以来，机关党员干部深入基层，倾听群众呼声，解决群众反映的实际问题，做了大量工作。', '实践证明，只有把群众放在心上，群众才会把党放在心上，这是我们做好一切工作的根本。'];
  const later = ['各地积极探索，形成了一批可复制可推广的经验做法，为下一步工作打下了坚实基础。', '大家表示，要把学习成果转化为推动工作的实际行动。'];
  const speaker = '湖北省××办负责人××表示，将深入学习，推动机关党员干部常态化联系服务群众。';
  const draft = async (paragraphs: string[]) => (await ingestInput('case.txt', new TextEncoder().encode(['机关党员干部联系群众的几点思考', '', ...paragraphs.flatMap((x) => [x, ''])].join('\n')), vocab, {})).doc.drafts[0]!;
  it('gives no place: a speaker’s unit in the fifth paragraph is not where the text is', async () => {
    expect((await draft([...opening, ...later, speaker])).region).toBeUndefined();
  });
  it('gives the place the unit signing the text names, over the date it is signed on', async () => {
    expect((await draft([...opening, ...later, '中共兴山县委组织部', '2013年5月6日'])).region?.code).toBe('420526');
    expect((await draft([...opening, ...later, '中共兴山县委组织部'])).region?.code).toBe('420526');
  });
  it('says, giving none, what place the text names further on: the flag never claims the text names none', async () => {
    const flags = (await draft([...opening, ...later, speaker])).flags.join('\n');
    expect(flags).not.toMatch(/原文未写明省市县/);
    expect(flags).toMatch(/未能确定地点：标题、开头和落款没有写明省市县；正文后文写到湖北省（“湖北省××办负责人××表示/);
    expect((await draft([...opening, ...later])).flags.join('\n')).toMatch(/未能确定地点（原文未写明省市县）/);
  });
  it('gives the place the third paragraph names, where heading and the two before name none', async () => {
    expect((await draft([...opening, speaker, ...later])).region?.code).toBe('42');
  });
});
